"""A question whose words meet in no item: ranked by standing + bm25 (api.fusion, issue 13, search6)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from api.fusion import WEAK_WORDS_WEIGHT, fuse, weak_question
from api.hits import LexicalHits
from api.semantic import SemanticHits, _floor
from tests.conftest import semantic_hits

K = 60
N_ITEMS = 1000


def test_a_rare_word_lifts_a_partial_match_above_meaning_alone() -> None:
    # 1 and 2 pass the gate (standing 0.9, 0.8); 3 holds a rare word of the question (bm25 12) and
    # stands at 0.7; 4 shares only common words with it (bm25 0.05)
    sem = semantic_hits([1, 2], [1, 2, 3, 4], [0.9, 0.8, 0.7, 0.6])
    lex = LexicalHits(ids=np.array([3, 4]), scores=np.array([12.0, 0.05]), n_all_terms=0)
    ids, scores = fuse(lex, sem, K, 200, parts=4, n_items=N_ITEMS)
    assert ids.tolist() == [3, 1, 2, 4]
    assert scores[0] == pytest.approx(0.7 + WEAK_WORDS_WEIGHT * 12.0 / math.log(N_ITEMS))
    # rank votes (before) kept the semantic order and gave 3 no lexical vote
    before, _ = fuse(lex, sem, K, 200, parts=4)
    assert before.tolist() == [1, 2, 3, 4]


def test_common_words_do_not_outrank_meaning() -> None:
    sem = semantic_hits([1, 2], [1, 2, 4], [0.9, 0.8, 0.6])
    lex = LexicalHits(ids=np.array([4]), scores=np.array([0.01]), n_all_terms=0)
    ids, _ = fuse(lex, sem, K, 200, parts=5, n_items=N_ITEMS)
    assert ids.tolist() == [1, 2, 4]


def test_a_lexical_match_outside_the_ranking_stands_at_its_floor_and_the_tail_follows() -> None:
    sem = semantic_hits([1], [1, 2], [1.0, 0.5])
    # 7 is a lexical match the semantic ranking does not hold; 8 lies past the ranked head (n_cand 2)
    lex = LexicalHits(ids=np.array([7, 2, 8]), scores=np.array([3.0, 1.0, 0.0]), n_all_terms=0)
    ids, scores = fuse(lex, sem, K, 2, parts=3, n_items=N_ITEMS)
    assert ids.tolist() == [1, 7, 2, 8]
    assert scores[1] == pytest.approx(0.5 + WEAK_WORDS_WEIGHT * 3.0 / math.log(N_ITEMS))
    assert scores[-1] == 0.0
    # the match set is what rank fusion gives: the semantic matches and every lexical match
    rrf, _ = fuse(lex, sem, K, 2, parts=3)
    assert sorted(ids.tolist()) == sorted(rrf.tolist())


def test_only_weak_questions_leave_rank_fusion() -> None:
    sem = semantic_hits([1], [1, 2], [1.0, 0.5])
    some = LexicalHits(ids=np.array([2]), scores=np.array([5.0]), n_all_terms=0)
    every = LexicalHits(ids=np.array([2]), scores=np.array([5.0]), n_all_terms=1)
    assert weak_question(some, sem, 3)
    assert not weak_question(some, sem, 2)  # a keyword query keeps its votes
    assert not weak_question(every, sem, 3)  # the words meet: not asked in other words
    no_stats = SemanticHits(ids=sem.ids, scores=sem.scores, ranking=sem.ranking)
    assert not weak_question(some, no_stats, 3)  # an archive without statistics: rank votes
    assert not weak_question(some, None, 3)
    # without the archive's size fusion keeps its votes
    ids, _ = fuse(some, sem, K, 200, parts=3)
    assert ids.tolist() == [1, 2]


def test_standing_is_the_standard_score_over_the_match_scale_and_survives_filters() -> None:
    hits = _floor(
        np.array([5, 6, 7]),
        np.array([0.90, 0.88, 0.80], np.float32),
        np.array([0.89, 0.89, 0.89], np.float32),
        (0.80, 0.05),
    )
    assert hits.ids.tolist() == [5]
    assert hits.ranking.tolist() == [5, 6]  # 7 is beyond the relative floor
    assert hits.standing is not None
    assert hits.standing.tolist() == pytest.approx([2.0, 1.6], abs=1e-5)
    assert hits.floor_standing == pytest.approx(1.6, abs=1e-5)
    kept = hits.within(lambda ids: ids != 5)
    assert kept.ranking.tolist() == [6]
    assert kept.standing is not None and kept.standing.tolist() == pytest.approx([1.6], abs=1e-5)
    assert kept.floor_standing == hits.floor_standing
    assert _floor(np.array([5]), np.array([0.9], np.float32), None).standing is None
