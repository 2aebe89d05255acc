"""The semantic quality gate (api.vecstats, api.semantic, api.neighbours) with the hash embedder.

A hand-made archive of twin items (the same topic in two documents, each with the same
boilerplate sentence) and short "Beslut" rows that hold only the boilerplate: the rows are close
to every item (hubs), like the near-empty kallelse rows that e5-small put into every result.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import numpy as np
import pytest

from api import repo
from api.calibration import MIN_SAMPLES, match_scale, sample_titles
from api.context import ArchiveContext, QueryCache, open_archive
from api.neighbours import mutual_neighbours
from api.search import search
from api.semantic import min_z, semantic_search
from api.vecstats import vector_stats
from arkiv.settings import Settings
from indexer.types import DocMeta, Extraction, Item
from tests.conftest import hash_settings, write_archive

BOILERPLATE = "Kommunstyrelsen beslutar att godkänna förslaget och lägga informationen till handlingarna."
TOPICS = [
    "Upphandling av vägbelysning längs landsvägen",
    "Renovering av simhallen i centrum",
    "Detaljplan för bostäder vid hamnen",
    "Taxa för vatten och avlopp",
    "Skolskjuts för elever på landsbygden",
    "Bibliotekets öppettider under sommaren",
    "Tillsyn av livsmedel på restauranger",
    "Ny förskola i norra delen",
    "Cykelvägar mellan byarna",
    "Avfallshantering och återvinningscentraler",
    "Brandskydd i äldreboenden",
    "Kulturskolans avgifter för instrument",
    "Snöröjning av gång och cykelbanor",
    "Bredband till glesbygden",
    "Friskvårdsbidrag för anställda",
    "Ekonomisk uppföljning efter första tertialet",
    "Motion om solceller på kommunens tak",
    "Parkering vid järnvägsstationen",
    "Integration av nyanlända familjer",
    "Föreningsbidrag till idrottsklubbar",
]
HUB = "Beslut"


def _extractions() -> list[Extraction]:
    docs: list[list[Item]] = [[], [], []]
    for i, topic in enumerate(TOPICS):
        for d in (i % 3, (i + 1) % 3):  # each topic in two documents: twins across documents
            text = f"{topic}. Ärendet gäller {topic.lower()}. {BOILERPLATE}"
            docs[d].append(Item(str(len(docs[d]) + 1), topic, text))
    for d in range(3):
        docs[d].append(Item(str(len(docs[d]) + 1), HUB, BOILERPLATE))
    out = []
    for d, items in enumerate(docs):
        meta = DocMeta(
            organization="Testkommun", organ="Kommunstyrelsen", date=f"2025-0{d + 1}-10", doc_type="protokoll"
        )
        sha = (f"hub{d}".encode().hex() * 16)[:64]
        out.append(Extraction(source=f"hub{d}.txt", sha256=sha, fmt="txt", meta=meta, items=items))
    return out


@pytest.fixture(scope="module")
def hub_archive(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("hub_archive")
    settings = hash_settings(root / "data", root / "cache")
    write_archive(settings, _extractions())
    return settings


@pytest.fixture(scope="module")
def hub_ctx(hub_archive: Settings) -> Iterator[ArchiveContext]:
    c = open_archive(hub_archive)
    yield c
    c.close()


def _ids(ctx: ArchiveContext, title: str) -> list[int]:
    return [r[0] for r in ctx.conn.execute("SELECT id FROM items WHERE title = ? ORDER BY id", (title,))]


def _uid(ctx: ArchiveContext, item: int) -> str:
    return ctx.conn.execute("SELECT uid FROM items WHERE id = ?", (item,)).fetchone()[0]


def test_stats_give_the_exact_mean_and_std_of_a_probes_similarities(ctx) -> None:
    index = ctx.index
    stats = vector_stats(index)
    assert stats is not None and stats is vector_stats(index)  # measured once per index
    vecs = np.concatenate([index.vectors_of(int(i)) for i in index.item_ids()])
    assert stats.n == len(vecs) == index.ntotal
    for probe in (ctx.embedder.embed_query("budget och ekonomi"), vecs[7]):
        sims = vecs.astype(np.float64) @ probe
        mu, sd = stats.baseline(probe)
        assert mu[0] == pytest.approx(sims.mean(), abs=1e-6)
        assert sd[0] == pytest.approx(sims.std(), rel=1e-4)


def test_the_gate_is_measured_once_per_archive_from_titles_that_find_their_items(hub_ctx, tiny_ctx) -> None:
    scale = match_scale(hub_ctx)
    assert scale is not None and scale is match_scale(hub_ctx)
    # By hand: the median standard score of a sampled item when its own title is the query.
    stats = vector_stats(hub_ctx.index)
    zs = []
    for item, title in sample_titles(hub_ctx, hub_ctx.index):
        q = hub_ctx.embedder.embed_query(title)
        zs.append(stats.z(q, np.array([(hub_ctx.index.vectors_of(item) @ q).max()]))[0])
    assert len(zs) >= MIN_SAMPLES and scale == pytest.approx(float(np.median(zs)))
    assert scale > 1.0  # a title finds its own item far above the average item
    assert min_z(hub_ctx) == pytest.approx(hub_ctx.settings.semantic_gate * scale)
    assert match_scale(tiny_ctx) is None and min_z(tiny_ctx) is None  # 11 vectors: nothing to measure


def test_the_hubs_are_near_everything(hub_ctx) -> None:
    # The premise of the tests below: by raw cosine a Beslut row is among the nearest items of a topic item.
    first, twin = _ids(hub_ctx, TOPICS[0])
    ids, _ = hub_ctx.index.neighbours(first, 3)
    assert twin in ids.tolist() and set(ids.tolist()) & set(_ids(hub_ctx, HUB))


def test_an_almost_empty_item_is_not_a_semantic_match_of_an_unrelated_query(hub_ctx, monkeypatch) -> None:
    # e5's similarities for a one-word query are flat (everything within the relative floor); the hash
    # embedder's are not, so the relative floor is taken away here: only the z gate is left.
    monkeypatch.setattr("api.semantic.RELATIVE_FLOOR", 2.0)
    qvec = hub_ctx.embedder.embed_query("fiskevård i sjöar och vattendrag")
    monkeypatch.setattr(hub_ctx, "cache", QueryCache())
    ungated = hub_ctx.settings.model_copy(update={"semantic_gate": float("-inf")})
    with monkeypatch.context() as m:
        m.setattr(hub_ctx, "settings", ungated)
        before = semantic_search(hub_ctx, qvec, 200)
    assert set(before.ids.tolist()) & set(_ids(hub_ctx, HUB)), "without the gate a Beslut row is a match"
    after = semantic_search(hub_ctx, qvec, 200)
    assert not set(after.ids.tolist()) & set(_ids(hub_ctx, HUB))
    assert set(after.ids.tolist()) <= set(before.ids.tolist())


def test_a_topic_query_still_finds_both_twins_and_no_hub(hub_ctx) -> None:
    got = search(hub_ctx, "vägbelysning längs landsvägen", mode="semantic", limit=50)
    titles = [r.title for r in got.results]
    assert titles[:2] == [TOPICS[0], TOPICS[0]] and HUB not in titles


def test_related_lists_the_twin_and_never_a_hub_only_because_it_is_close_to_everything(hub_ctx) -> None:
    hubs = set(_ids(hub_ctx, HUB))
    for topic in TOPICS:
        first, twin = _ids(hub_ctx, topic)
        rel = repo.related(hub_ctx, _uid(hub_ctx, first), limit=10)
        assert rel and rel[0].item_id == _uid(hub_ctx, twin) and rel[0].kind == "semantic"
        assert not {r.item_id for r in rel} & {_uid(hub_ctx, h) for h in hubs}


def test_related_neighbours_stand_out_from_both_sides(ctx) -> None:
    index, stats = ctx.index, vector_stats(ctx.index)
    min_z = ctx.settings.related_min_z
    checked = 0
    for (item,) in ctx.conn.execute("SELECT id FROM items ORDER BY id LIMIT 60"):
        found = mutual_neighbours(ctx, item, 50)
        zs = [n.z for n in found]
        assert zs == sorted(zs, reverse=True) and all(z >= min_z for z in zs)
        for n in found:
            a, b = index.vectors_of(item), index.vectors_of(n.item)
            cos = float((a @ b.T).max())
            assert n.cosine == pytest.approx(cos, abs=1e-5)
            z_ab = (cos - stats.baseline(a)[0]) / stats.baseline(a)[1]
            z_ba = (cos - stats.baseline(b)[0]) / stats.baseline(b)[1]
            assert max(z_ab.max(), z_ba.max()) >= n.z - 1e-6 >= min_z - 1e-6
            checked += 1
    assert checked, "no semantic neighbour at all in the corpus archive"


@pytest.mark.parametrize("query", ["budget och ekonomi", "skatteväxling", "vård och omsorg"])
def test_a_higher_gate_keeps_a_subset_and_hybrid_adds_only_gated_items(ctx, query, monkeypatch) -> None:
    monkeypatch.setattr(ctx, "cache", QueryCache())
    qvec = ctx.embedder.embed_query(query)
    sets = []
    for gate in (float("-inf"), 0.2, 0.4, 0.8):
        monkeypatch.setattr(ctx, "settings", ctx.settings.model_copy(update={"semantic_gate": gate}))
        sets.append(set(semantic_search(ctx, qvec, 200).ids.tolist()))
    assert all(later <= earlier for earlier, later in pairwise(sets))
    monkeypatch.setattr(ctx, "settings", ctx.settings.model_copy(update={"semantic_gate": 0.4}))
    sem = {r.item_id for r in search(ctx, query, mode="semantic", limit=1000).results}
    hyb = search(ctx, query, mode="hybrid", limit=1000)
    assert {r.item_id for r in hyb.results if r.found_by == ["semantic"]} <= sem
    assert all("lexical" in r.found_by or r.item_id in sem for r in hyb.results)
