"""The incremental lexicon (indexer.store.lexicon_update, api.lexicon_segments): an indexing run writes a
segment of its new items instead of rebuilding, and searches answer exactly as after a full rebuild.

An archive is grown in steps — documents added, a document replaced by a changed version — with
merging off, so the lexicon is a base and several segments holding dead items; then the same archive
gets its lexicon rebuilt in full, and every query's lexical matches, order, all-terms head, compound
hits and bm25 scores must be equal.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import indexer.store.lexicon_update as lexicon_update
from api.context import open_archive
from api.fts import parse_query
from api.lexical import lexical_search
from api.lexicon import Lexicon
from api.lexicon_segments import SegmentedLexicon
from api.search import search
from arkiv.settings import Settings, get_settings
from indexer.pipeline import index_paths

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "skatteväxling",
    "beslut",
    "taxa",
    "budget",
    "år",
    "2025",
    "ej verkställda beslut",
    "kommunstyrelsen beslutar",
    '"nära vård"',
    "KS-2025-00620 budget",
    "hur tvister mellan kommuner och region ska hanteras",
    "zorbelpropp",
    "vård",
]
EXTRA = "\n\n§ 999 Zorbelpropp i parken\nNämnden beslutar om zorbelpropp och taxa för parkens vård 2025.\n"


def _settings(data: Path) -> Settings:
    return get_settings(data=data, embedding_model="hash")


def _answers(settings: Settings) -> list[tuple]:
    out = []
    with open_archive(settings) as ctx:
        lx = ctx.lexicon
        assert lx is not None
        for q in QUERIES:
            h = lexical_search(ctx.conn, parse_query(q), ctx_filters(), 200, None, None, lx)
            tri = None if h.trigram_only is None else sorted(h.trigram_only.tolist())
            resp = search(ctx, q, mode="lexical", limit=30)
            facets = {k: [(f.value, f.count) for f in v] for k, v in resp.facets.items()}
            scores = h.scores.round(9).tolist()
            out.append((q, h.ids.tolist(), scores, h.n_all_terms, tri, resp.total, facets))
    return out


def ctx_filters():  # type: ignore[no-untyped-def]
    from api.filters import Filters

    return Filters()


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive indexed in three runs (base, two added documents, one replaced), merging off."""
    mp = pytest.MonkeyPatch()
    mp.setattr(lexicon_update, "MERGE_SHARE", 1.0)
    try:
        base = tmp_path_factory.mktemp("grown")
        docs = base / "docs"
        docs.mkdir()
        for f in sorted((ROOT / "corpus" / "seeds").glob("*.txt")):
            shutil.copy(f, docs / f.name)
        data = base / "data"
        s = _settings(data)
        assert index_paths([docs], s).indexed
        assert lexicon_update.segment_paths(data) == [data / "lexicon.npz"]
        for name in ("kungsbacka_ks_2024-08-27_protokoll.txt", "kungsbacka_fg_2024-06-12_protokoll.txt"):
            shutil.copy(ROOT / "corpus" / "dev" / name, docs / name)
        assert len(index_paths([docs], s).indexed) == 2
        changed = docs / "kungsbacka_fg_2024-06-12_protokoll.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
        report = index_paths([docs], s)
        assert report.replaced or report.indexed
        assert len(lexicon_update.segment_paths(data)) == 3  # the base and two segments
    finally:
        mp.undo()
    return data


def _rebuilt(grown: Path, tmp_path: Path) -> Path:
    from arkiv.archive import connect

    copy = tmp_path / "rebuilt"
    shutil.copytree(grown, copy)
    for f in lexicon_update.segment_paths(copy):
        f.unlink()
    conn = connect(copy / "archive.sqlite")
    lexicon_update.save_lexicon(conn, copy)
    conn.close()
    assert lexicon_update.segment_paths(copy) == [copy / "lexicon.npz"]
    return copy


def test_segments_answer_as_a_full_rebuild(grown: Path, tmp_path: Path) -> None:
    with open_archive(_settings(grown)) as ctx:
        assert isinstance(ctx.lexicon, SegmentedLexicon)  # dead items of the replaced document inside
    with open_archive(_settings(_rebuilt(grown, tmp_path))) as ctx:
        assert isinstance(ctx.lexicon, Lexicon)
    seg, full = _answers(_settings(grown)), _answers(_settings(tmp_path / "rebuilt"))
    assert [a[0] for a in seg] == QUERIES
    for a, b in zip(seg, full, strict=True):
        assert a == b, a[0]
    assert any(len(a[1]) for a in seg if a[0] == "zorbelpropp")  # the replaced version's new word


def test_a_merge_leaves_one_base_and_shadows_leftovers(grown: Path, tmp_path: Path) -> None:
    data = tmp_path / "merged"
    shutil.copytree(grown, data)
    leftover = lexicon_update.segment_paths(data)[1].read_bytes()
    docs = tmp_path / "more"
    docs.mkdir()
    shutil.copy(ROOT / "corpus" / "dev" / "kungsbacka_miljo_2026-02-05_protokoll.txt", docs)
    index_paths([docs], _settings(data))  # 5% of a small archive: this run merges
    assert lexicon_update.segment_paths(data) == [data / "lexicon.npz"]
    expected = _answers(_settings(data))
    # a crash after the merged base was written but before an old segment was deleted
    (data / "lexicon-000001.npz").write_bytes(leftover)
    assert _answers(_settings(data)) == expected


def test_an_item_no_segment_holds_makes_the_lexicon_stale(grown: Path, tmp_path: Path) -> None:
    from api.lexicon import load_lexicon

    with open_archive(_settings(grown)) as ctx:
        ids = ctx.columns.ids
    assert load_lexicon(grown / "lexicon.npz", ids) is not None
    assert load_lexicon(grown / "lexicon.npz", np.append(ids, ids.max() + 1)) is None
