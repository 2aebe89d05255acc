"""Hybrid search: rank fusion, found_by, filters inside retrieval, facets over all matches, paging."""

from __future__ import annotations

import pytest

from api.context import QueryCache, open_archive
from api.filters import Filters
from api.search import search

ALL = 1000  # a page size that holds every match of these small archives


def _ids(resp) -> list[str]:
    return [r.item_id for r in resp.results]


@pytest.mark.parametrize("query", ["skatteväxling", "remiss", "vårdcentraler", "budget"])
def test_hybrid_is_reciprocal_rank_fusion(tiny_ctx, query: str) -> None:
    # One-word queries: every lexical hit holds every query part, so each side votes 1 / (k + rank).
    k = tiny_ctx.settings.rrf_k
    lex = _ids(search(tiny_ctx, query, mode="lexical", limit=ALL))
    sem = _ids(search(tiny_ctx, query, mode="semantic", limit=ALL))
    hyb = search(tiny_ctx, query, mode="hybrid", limit=ALL)
    expected = {}
    for side in (lex, sem):
        for rank, i in enumerate(side, start=1):
            expected[i] = expected.get(i, 0.0) + 1.0 / (k + rank)
    assert hyb.total == len(set(lex) | set(sem))
    assert {r.item_id for r in hyb.results} == set(expected)
    for r in hyb.results:
        assert r.score == pytest.approx(expected[r.item_id], abs=1e-6)
        assert set(r.found_by) == {s for s, ids in (("lexical", lex), ("semantic", sem)) if r.item_id in ids}
    scores = [r.score for r in hyb.results]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    "query", ["nära vård", "taxa 2026", "vårdcentraler på landsbygden", "skatteväxling remiss"]
)
def test_partial_lexical_matches_vote_less(tiny_ctx, query: str) -> None:
    k = tiny_ctx.settings.rrf_k
    lex = _ids(search(tiny_ctx, query, mode="lexical", limit=ALL))
    sem = _ids(search(tiny_ctx, query, mode="semantic", limit=ALL))
    hyb = search(tiny_ctx, query, mode="hybrid", limit=ALL)
    assert hyb.total == len(set(lex) | set(sem))
    for r in hyb.results:
        s = 1.0 / (k + sem.index(r.item_id) + 1) if r.item_id in sem else 0.0
        lexical = 1.0 / (k + lex.index(r.item_id) + 1) if r.item_id in lex else 0.0
        # the lexical vote is whole (all parts), halved (compound part) or a tenth (some parts), and
        # a compound part of a several-part query votes as a partial match, halved
        assert any(r.score == pytest.approx(s + w * lexical, abs=2e-6) for w in (1.0, 0.5, 0.1, 0.05))
        assert set(r.found_by) == {n for n, ids in (("lexical", lex), ("semantic", sem)) if r.item_id in ids}
    scores = [r.score for r in hyb.results]
    assert scores == sorted(scores, reverse=True)


def test_found_by_in_single_modes(tiny_ctx) -> None:
    assert all(r.found_by == ["lexical"] for r in search(tiny_ctx, "taxa", mode="lexical").results)
    assert all(r.found_by == ["semantic"] for r in search(tiny_ctx, "taxa", mode="semantic").results)


@pytest.fixture(scope="module")
def narrow_ctx(hash_archive):
    """The corpus archive with only 3 candidates per side, so a post-hoc filter would come back empty."""
    c = open_archive(hash_archive.model_copy(update={"candidates": 3}))
    yield c
    c.close()


def test_filters_apply_inside_lexical_retrieval(narrow_ctx) -> None:
    full = search(narrow_ctx, "kommunstyrelsen", mode="lexical", limit=ALL).results
    assert len(full) > 10
    low = full[-1]  # the organ of the worst-ranked match: far outside any top-k
    got = search(narrow_ctx, "kommunstyrelsen", mode="lexical", limit=ALL, filters=Filters(organ=low.organ))
    want = {r.item_id for r in full if r.organ == low.organ}
    assert {r.item_id for r in got.results} == want
    assert got.total == len(want)


@pytest.mark.parametrize("mode", ["semantic", "hybrid"])
def test_filters_apply_inside_semantic_retrieval(narrow_ctx, mode: str) -> None:
    conn = narrow_ctx.conn

    def year_of(uid: str) -> str:
        return str(conn.execute("SELECT year FROM items WHERE uid = ?", (uid,)).fetchone()[0])

    top = {year_of(r.item_id) for r in search(narrow_ctx, "budget och ekonomi", mode="semantic").results}
    years = [str(r[0]) for r in conn.execute("SELECT DISTINCT year FROM items WHERE year IS NOT NULL")]
    outside = [y for y in years if y not in top]
    assert outside, "every year is already among the 3 unfiltered candidates"
    for year in outside:
        got = search(narrow_ctx, "budget och ekonomi", mode=mode, filters=Filters(year=year), limit=ALL)
        assert got.results, f"filter year={year} came back empty"
        assert {year_of(r.item_id) for r in got.results} == {year}


def test_filter_on_a_multi_valued_facet(tiny_ctx) -> None:
    got = search(
        tiny_ctx, "vårdcentraler", mode="hybrid", filters=Filters(person="Jakob Eiserman"), limit=ALL
    )
    assert [r.title for r in got.results] == ["Ersättningsmodell för vårdcentraler"]
    assert (
        search(tiny_ctx, "skatteväxling", mode="lexical", filters=Filters(person="Jakob Eiserman")).total == 0
    )
    got = search(tiny_ctx, "skatteväxling", mode="lexical", filters=Filters(party="M"), limit=ALL)
    assert {r.title for r in got.results} == {
        "Skatteväxlingen mellan region och kommuner",
        "Skatteväxling, remiss",
    }


def test_facets_count_all_matches_not_the_page(ctx) -> None:
    full = search(ctx, "kommunen", mode="hybrid", limit=ALL)
    page = search(ctx, "kommunen", mode="hybrid", limit=2)
    assert page.total == full.total == len(full.results) > 2
    by_org: dict[str, int] = {}
    by_year: dict[str, int] = {}
    for r in full.results:
        by_org[r.organization] = by_org.get(r.organization, 0) + 1
        # the year facet is the item's year: its date's, or its document's when the item has no date
        (year,) = ctx.conn.execute("SELECT year FROM items WHERE uid = ?", (r.item_id,)).fetchone()
        if year is not None:
            by_year[str(year)] = by_year.get(str(year), 0) + 1
    assert {v.value: v.count for v in page.facets["organization"]} == by_org
    shown_years = {v.value: v.count for v in page.facets["year"]}
    assert shown_years and all(by_year[y] == c for y, c in shown_years.items())


@pytest.mark.parametrize(
    ("query", "mode"),
    [
        ("budget och ekonomi", "semantic"),
        ("skatteväxling", "semantic"),
        ("vård", "hybrid"),
        ("kommun", "hybrid"),
    ],
)
def test_every_facet_count_is_the_total_its_click_gives(ctx, query: str, mode: str, monkeypatch) -> None:
    # The hash embedder's similarities are flatter than e5's: a wider floor spreads the semantic matches
    # over many facet values, where a floor taken within the filters would change the counts.
    # The z gate (api.semantic) is turned off for the same reason: this is about counts, not quality.
    monkeypatch.setattr("api.semantic.RELATIVE_FLOOR", 0.2)
    monkeypatch.setattr(ctx, "settings", ctx.settings.model_copy(update={"semantic_gate": float("-inf")}))
    monkeypatch.setattr(ctx, "cache", QueryCache())  # this floor's match sets stay out of the shared cache
    resp = search(ctx, query, mode=mode, limit=1)
    values = [(name, v) for name, vals in resp.facets.items() for v in vals]
    assert len(values) >= 10 and resp.total > 10
    for name, v in values:
        got = search(ctx, query, mode=mode, limit=1, filters=Filters(**{name: v.value}))
        assert got.total == v.count > 0, (name, v.value)
        # and the facet of the clicked value, now selected, still shows the same count
        assert [(x.count, x.selected) for x in got.facets[name] if x.value == v.value] == [(v.count, True)]


def test_a_filter_without_semantic_matches_falls_back_to_the_nearest_allowed(ctx) -> None:
    matches = search(ctx, "budget och ekonomi", mode="semantic", limit=ALL)
    shown = {v.value for v in matches.facets["organ"]}
    organs = [r[0] for r in ctx.conn.execute("SELECT DISTINCT organ FROM items WHERE organ IS NOT NULL")]
    outside = [o for o in organs if o not in shown]
    assert outside and matches.facets_meta["organ"].truncated is False
    got = search(ctx, "budget och ekonomi", mode="semantic", limit=ALL, filters=Filters(organ=outside[0]))
    assert got.total > 0 and {r.organ for r in got.results} == {outside[0]}


def test_facets_are_datasette_shaped(ctx) -> None:
    resp = search(ctx, "vård", toggle_url=lambda name, value: f"?{name}={value}")
    assert set(resp.facets) == {"year", "organization", "organ", "doc_type", "party", "person", "kommun"}
    for name, facet in resp.facets_meta.items():
        assert facet.name == name and isinstance(facet.truncated, bool)
        assert len(facet.results) <= ctx.settings.facet_size
        counts = [v.count for v in facet.results]
        assert counts == sorted(counts, reverse=True)
        for v in facet.results:
            assert v.label and v.toggle_url == f"?{name}={v.value}" and v.selected is False


def test_selected_facet_value_is_always_shown(tiny_ctx) -> None:
    resp = search(tiny_ctx, "taxa", filters=Filters(year="2026"))
    assert resp.total == 0
    assert [(v.value, v.count, v.selected) for v in resp.facets["year"]] == [("2026", 0, True)]
    resp = search(tiny_ctx, "skatteväxling", filters=Filters(organ="Nämnden för Teknik"))
    assert [(v.value, v.selected) for v in resp.facets["organ"]] == [("Nämnden för Teknik", True)]
    assert resp.filters == {"organ": "Nämnden för Teknik"}


@pytest.mark.parametrize("mode", ["lexical", "semantic", "hybrid"])
def test_offset_and_limit_page_through_the_same_ranking(ctx, mode: str) -> None:
    full = _ids(search(ctx, "kommunstyrelsen beslutar", mode=mode, limit=ALL))
    assert full if mode == "semantic" else len(full) >= 3  # few semantic matches with the hash embedder
    for offset, limit in ((0, 2), (1, 2), (2, 1), (len(full) - 1, 5), (len(full) + 5, 5)):
        page = search(ctx, "kommunstyrelsen beslutar", mode=mode, limit=limit, offset=offset)
        assert _ids(page) == full[offset : offset + limit]
        assert page.total == len(full)


def test_search_json_contract_keys(ctx) -> None:
    from arkiv.cli_output import search_json

    data = search_json(search(ctx, "skatteväxling"))
    assert {"query", "mode", "total", "took_ms", "results", "facets"} <= set(data)
    assert {"item_id", "source", "number", "title", "snippet", "score", "organization", "organ", "date",
            "diarienummer", "found_by"} <= set(data["results"][0])  # fmt: skip
    assert all({"value", "count", "selected"} <= set(v) for vals in data["facets"].values() for v in vals)


def test_a_facet_click_and_the_next_page_reuse_the_query(ctx, monkeypatch) -> None:
    monkeypatch.setattr(ctx, "cache", QueryCache())
    calls: list[str] = []
    embed = ctx.embedder.embed_query
    monkeypatch.setattr(ctx.embedder, "embed_query", lambda q: calls.append(q) or embed(q))
    first = search(ctx, "vård och omsorg", limit=5)
    year = first.facets["year"][0]
    clicked = search(ctx, "vård och omsorg", limit=5, filters=Filters(year=year.value))
    second_page = search(ctx, "vård och omsorg", limit=5, offset=5)
    assert calls == ["vård och omsorg"]  # embedded once
    assert clicked.total == year.count
    assert second_page.total == first.total
    fresh = search(ctx, "vård och omsorg", limit=10, query_vector=embed("vård och omsorg"))
    assert [r.item_id for r in fresh.results] == [r.item_id for r in first.results + second_page.results]
