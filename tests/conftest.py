"""Shared fixtures: archives indexed with the deterministic hash embedder (no model download, fast).

- `hash_archive`: the bundled corpus/ indexed by the real pipeline -> its Settings.
- `ctx`: an `ArchiveContext` on it.
- `tiny_archive` / `tiny_ctx`: a small hand-written archive (Swedish cases the corpus lacks:
  inflections, compounds, å/ä/ö, cases across documents, people), written through
  `indexer.store.rows` so it does not depend on segmentation or entity extraction.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest

from arkiv.archive import ArchivePaths, connect
from arkiv.settings import Settings, get_settings
from indexer.types import Action, DocMeta, Extraction, Item, Person

if TYPE_CHECKING:
    from api.semantic import SemanticHits

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
#: The text documents the search and web tests are written against (corpus/alingsas holds PDFs,
#: indexed by the tests that need them).
TEXT_CORPUS = [CORPUS / "seeds", CORPUS / "dev"]


def semantic_hits(gate: list[int], ranking: list[int], standing: list[float] | None = None) -> SemanticHits:
    """Semantic matches for a fusion test: `gate` passes, `ranking` is the candidates' order, and
    `standing` (when given) how far each of them stands out, the last one the ranking's floor."""
    from api.semantic import SemanticHits  # only the fusion tests need the search side

    return SemanticHits(
        ids=np.array(gate, np.int64),
        scores=np.ones(len(gate), np.float32),
        ranking=np.array(ranking, np.int64),
        standing=None if standing is None else np.array(standing, np.float32),
        floor_standing=None if standing is None else standing[-1],
    )


def hash_settings(data: Path, cache: Path, **kw: object) -> Settings:
    """Settings for a test archive built with the hash embedder."""
    return get_settings(data=data, embedding_model="hash", model_cache=cache, **kw)


@pytest.fixture(scope="session")
def hash_archive(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """corpus/seeds and corpus/dev indexed into a temporary archive with ARKIV_EMBEDDING_MODEL=hash."""
    from indexer.pipeline import index_paths

    root = tmp_path_factory.mktemp("hash_archive")
    settings = hash_settings(root / "data", root / "cache")
    report = index_paths(TEXT_CORPUS, settings)
    assert report.indexed, f"nothing indexed: {report.skipped}"
    return settings


@pytest.fixture(scope="session")
def ctx(hash_archive: Settings) -> Iterator[object]:
    """An ArchiveContext on the hash-embedded corpus archive."""
    from api.context import open_archive

    c = open_archive(hash_archive)
    yield c
    c.close()


@pytest.fixture(scope="session")
def client(hash_archive: Settings) -> Iterator[object]:
    """One in-process app over `hash_archive`, shared by the API and web tests."""
    from fastapi.testclient import TestClient

    from api.main import create_app

    with TestClient(create_app(hash_archive)) as c:
        yield c


@pytest.fixture
def wide_floor(client: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A wider semantic floor (api.semantic): the hash embedder's similarities are flatter than e5's, so
    this spreads a query's semantic matches over several facet values. The query cache is emptied on
    both sides, so no match set of another floor is reused."""
    cache = client.app.state.ctx.cache  # type: ignore[attr-defined]
    cache.clear()
    monkeypatch.setattr("api.semantic.RELATIVE_FLOOR", 0.2)
    yield
    cache.clear()


def write_archive(settings: Settings, extractions: list[Extraction]) -> None:
    """Write hand-made extractions into an archive as the indexer does (store, lexicon, vectors, manifest)."""
    from indexer.embed.embedder import cache_key, embed_items, item_text, load_embedder, text_hash, to_blob
    from indexer.store import rows as store
    from indexer.store.lexicon_update import save_lexicon
    from indexer.store.manifest import save_vectors_and_manifest

    embedder = load_embedder(settings)
    paths = ArchivePaths(settings.data)
    conn = connect(paths.db)
    for ex in extractions:
        texts = [item_text(it.title, it.text) for it in ex.items]
        hashes = [text_hash(t) for t in texts]
        mats = embed_items(embedder, texts)
        with conn:
            store.put_vectors(
                conn, cache_key(embedder), {h: to_blob(m) for h, m in zip(hashes, mats, strict=True)}
            )
            store.write_extraction(conn, ex, path=f"/tiny/{ex.source}", text_hashes=hashes)
    save_vectors_and_manifest(conn, paths, settings, embedder, lexicon=save_lexicon(conn, paths.root))
    conn.close()


def _doc(name: str, meta: DocMeta, items: list[Item], persons: list[Person] | None = None) -> Extraction:
    sha = (name.encode().hex() * 8)[:64]
    return Extraction(source=name, sha256=sha, fmt="txt", meta=meta, items=items, persons=persons or [])


def tiny_extractions() -> list[Extraction]:
    """Three small documents in two organizations, with Swedish search cases and people."""
    ks = DocMeta(
        organization="Kungsbacka kommun", organ="Kommunstyrelsen", date="2025-10-21", doc_type="protokoll"
    )
    te = DocMeta(
        organization="Kungsbacka kommun", organ="Nämnden för Teknik", date="2024-09-24", doc_type="kallelse"
    )
    rj = DocMeta(
        organization="Region Jämtland Härjedalen",
        organ="Regionstyrelsen",
        date="2024-12-09",
        doc_type="protokoll",
    )
    doc1 = _doc(
        "ks.txt",
        ks,
        [
            Item(
                "§1",
                "Skatteväxlingen mellan region och kommuner",
                "Styrelsen diskuterar skatteväxlingsfrågan inför hemsjukvården. Robert Hamberg yrkar bifall.",
                diarienummer=["KS-2025-00970"],
                actions=[Action("Robert Hamberg", "proposed"), Action("Anna Lind", "reserved")],
            ),
            Item(
                "§2",
                "Budget för år 2026",
                "Kommunstyrelsen fastställer budgeten för år 2026 och skattesatsen.",
                diarienummer=["KS-2025-00971"],
            ),
            Item("§3", "Arrende av mark", "Tomten om 12 ar arrenderas ut till föreningen för odling."),
            Item(
                "§4",
                "Nära vård i kommunen",
                "Arbetet med nära vård fortsätter enligt den gemensamma målbilden.",
            ),
            Item(
                "§5",
                "Övriga frågor",
                "Vård och omsorg: frågan om bemanning på äldreboenden tas upp. Inget beslut.",
            ),
        ],
        [
            Person("Robert Hamberg", party="M", roles=["ledamot"], items=[0]),
            Person("Anna Lind", party="S", roles=["ordförande"], items=[0, 1]),
        ],
    )
    doc2 = _doc(
        "te.txt",
        te,
        [
            Item("1", "VA-taxa 2026", "Förslag till ny VA-taxa för vatten och avlopp från och med 2026."),
            Item("2", "Avfallstaxa 2026", "Nämnden föreslår Avfallstaxa 2026 och en ny taxekonstruktion."),
            Item(
                "3",
                "Skatteväxling, remiss",
                "Remiss om skatteväxling för hemsjukvård; yttrande till kommunstyrelsen.",
                diarienummer=["KS-2025-00970"],
                actions=[Action("Robert Hamberg", "raised")],
            ),
            Item(
                "4",
                "Vägbelysning",
                "Upphandling av vägbelysning i Kungsbacka. Vården av vägnätet fortsätter.",
            ),
        ],
        [
            Person("Anna Lind", party="S", roles=["ledamot"], items=[2]),
            Person("Robert Hamberg", party="M", roles=["ersättare"], items=[2]),
        ],
    )
    doc3 = _doc(
        "rj.txt",
        rj,
        [
            Item(
                "5",
                "Ersättningsmodell för vårdcentraler",
                "Ersättningsmodell 2025 för vårdcentraler på landsbygden.",
                diarienummer=["RS/292/2024"],
                actions=[Action("Jakob Eiserman", "presented")],
            ),
            Item("6", "Hälsoval och nära vård", "Dialog om hälsoval; vård nära patienten i glesbygd."),
        ],
        # Another region: a namesake there would be another person (indexer.store.identity).
        [Person("Jakob Eiserman", party="S", roles=["ordförande"], items=[0])],
    )
    return [doc1, doc2, doc3]


@pytest.fixture(scope="session")
def tiny_archive(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The hand-written archive (see `tiny_extractions`)."""
    root = tmp_path_factory.mktemp("tiny_archive")
    settings = hash_settings(root / "data", root / "cache")
    write_archive(settings, tiny_extractions())
    return settings


@pytest.fixture(scope="session")
def tiny_ctx(tiny_archive: Settings) -> Iterator[object]:
    """An ArchiveContext on the tiny archive."""
    from api.context import open_archive

    c = open_archive(tiny_archive)
    yield c
    c.close()
