"""Issue 13's ranking rules, each on its own: the title as a field (api.titles), a rare compound's head
(api.compounds), and no lexical vote for a question's partial matches (api.fusion).

Fast and offline (the hash-embedded corpus archive, or hand-made rows); the relevance they buy is
measured with the real model in tests/test_relevance.py and BENCHMARKS.md.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from api import compounds, titles
from api.filters import Filters
from api.fts import parse_query
from api.fusion import OR_WEIGHT, lexical_weights, n_parts
from api.hits import LexicalHits
from api.lexical import lexical_search


def _titles(rows: list[tuple[int, str]]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)")
    conn.executemany("INSERT INTO items VALUES (?, ?)", rows)
    return conn


def test_an_item_named_after_the_query_ranks_first() -> None:
    conn = _titles([(1, "Anmälningar för kännedom"), (2, "Taxa för avfall 2026"), (3, "Övrigt")])
    pq = parse_query("avfallstaxa avfall")
    ids, scores = np.array([1, 2, 3]), np.array([5.0, 4.8, 1.0])
    new_ids, new_scores = titles.rerank_head(conn, pq, ids, scores, [3], [2.0, 1.0])
    assert new_ids.tolist() == [2, 1, 3]  # "avfall" is in item 2's title
    assert new_scores[0] > 4.8 and new_scores[1] == 5.0


def test_the_title_never_lifts_a_partial_match_over_an_item_holding_every_word() -> None:
    conn = _titles([(1, "Budget 2026"), (2, "Budget och taxa för vatten")])
    pq = parse_query("budget vatten")
    ids, scores = np.array([1, 2]), np.array([1.0, 0.5])
    new_ids, _ = titles.rerank_head(conn, pq, ids, scores, [1, 1], [1.0, 1.0])
    assert new_ids.tolist() == [1, 2]  # blocks: item 1 holds every word, item 2 only some


def test_without_title_weight_the_ranking_is_bm25_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(titles, "TITLE_WEIGHT", 0.0)
    conn = _titles([(1, "x"), (2, "avfall")])
    ids, scores = np.array([1, 2]), np.array([2.0, 1.0])
    new_ids, new_scores = titles.rerank_head(conn, parse_query("avfall"), ids, scores, [2], [1.0])
    assert new_ids.tolist() == [1, 2] and new_scores.tolist() == [2.0, 1.0]


def test_a_compound_the_archive_never_prints_finds_its_head(ctx) -> None:
    lx = ctx.lexicon
    assert compounds.head_of(lx, "gatubelysning") == "belysning"
    assert compounds.head_of(lx, "kranvatten") == "vatten"
    whole = lx.word("skatteväxling", prefix=True)  # printed: not split
    assert compounds.with_head(lx, "skatteväxling", whole) is whole
    hits = lexical_search(ctx.conn, parse_query("gatubelysning"), Filters(), 200, None, None, lx)
    assert len(hits.ids) == len(lx.word("belysning", prefix=True).ids)


def test_a_rare_compound_is_not_split_without_a_lexicon(ctx) -> None:
    # the FTS5 path has no vocabulary to split with: the compound matches as typed (nothing here)
    assert not len(lexical_search(ctx.conn, parse_query("gatubelysning"), Filters(), 200).ids)


def test_a_questions_partial_matches_get_no_lexical_vote() -> None:
    lex = LexicalHits(ids=np.array([7, 8, 9]), scores=np.array([3.0, 2.0, 1.0]), n_all_terms=1)
    question = parse_query("hur ska tvister mellan kommuner hanteras")
    keywords = parse_query("tvister kommuner")
    assert n_parts(question) >= 3 and n_parts(keywords) == 2
    assert lexical_weights(lex, 3, n_parts(question)).tolist() == [1.0, 0.0, 0.0]
    assert lexical_weights(lex, 3, n_parts(keywords)).tolist() == [1.0, OR_WEIGHT, OR_WEIGHT]
