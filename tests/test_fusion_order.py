"""Fusion groups results by the query words they hold (issue 13: hybrid >= lexical on keyword queries)."""

from __future__ import annotations

import numpy as np

from api.fusion import fuse
from api.hits import LexicalHits
from api.semantic import SemanticHits


def _sem(ids: list[int]) -> SemanticHits:
    a = np.array(ids)
    return SemanticHits(ids=a, scores=np.linspace(0.9, 0.8, len(a)).astype(np.float32), ranking=a)


def test_semantic_votes_reorder_full_matches_but_never_lift_others_above_them():
    # Items 2 and 1 hold every word (lexical ranks 1, 2), 3 holds some; 7 and 8 are found only by meaning,
    # at the top of the semantic ranking, where 1 is too. By votes alone 7 (1/61) ties with 2 (1/61) and
    # 8 (1/63) beats 3 (0.1/63).
    lex = LexicalHits(ids=np.array([2, 1, 3]), scores=np.array([3.0, 2.0, 1.0]), n_all_terms=2)
    ids, scores = fuse(lex, _sem([7, 1, 8]), k=60, n_cand=200, parts=2)
    assert ids.tolist() == [1, 2, 3, 7, 8]  # 1 has both votes: ahead of 2 within the full group
    assert scores[3] > scores[2]  # 7 outscores 3 but holds none of the words


def test_a_question_lets_meaning_outrank_partial_word_matches():
    # Three parts: a partial match (3) has no lexical vote and its place is by meaning alone.
    lex = LexicalHits(ids=np.array([2, 3]), scores=np.array([3.0, 1.0]), n_all_terms=1)
    ids, _ = fuse(lex, _sem([7, 3]), k=60, n_cand=200, parts=3)
    assert ids.tolist() == [2, 7, 3]


def test_without_full_matches_the_order_is_the_fused_one():
    lex = LexicalHits(ids=np.array([3, 4]), scores=np.array([1.0, 0.5]), n_all_terms=0)
    ids, scores = fuse(lex, _sem([7, 4]), k=60, n_cand=200, parts=3)
    assert ids.tolist() == [7, 4, 3]
    assert scores.tolist() == sorted(scores.tolist(), reverse=True)
