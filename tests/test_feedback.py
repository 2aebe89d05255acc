"""Pseudo-relevance feedback (api.feedback): hybrid's semantic side leans towards the query's lexical hits."""

from __future__ import annotations

import numpy as np

from api.feedback import feedback_vector
from api.hits import LexicalHits


class _Index:
    """Two passages for item 1, one for item 2 (unit vectors along axes)."""

    def __init__(self) -> None:
        e = np.eye(4, dtype=np.float32)
        self.vecs = {1: np.stack([e[1], e[2]]), 2: e[3][None, :]}

    def vectors_of(self, item: int) -> np.ndarray:
        return self.vecs.get(item, np.zeros((0, 4), np.float32))


def _q() -> np.ndarray:
    v = np.array([1.0, 0.2, 0.0, 0.0], np.float32)
    return v / np.linalg.norm(v)


def test_moves_towards_the_best_passage_of_all_terms_hits() -> None:
    lex = LexicalHits(ids=np.array([1, 2]), scores=np.array([2.0, 1.0]), n_all_terms=1)
    out = feedback_vector(_Index(), _q(), lex, weight=0.5, items=3)
    assert abs(float(np.linalg.norm(out)) - 1.0) < 1e-6
    # item 1's passage nearest the query is axis 1 (not axis 2); item 2 holds only some words: unused
    assert out[1] > _q()[1] and out[2] == 0 and out[3] == 0


def test_unchanged_without_all_terms_hits_or_weight() -> None:
    partial = LexicalHits(ids=np.array([1, 2]), scores=np.array([2.0, 1.0]), n_all_terms=0)
    assert np.array_equal(feedback_vector(_Index(), _q(), partial, weight=0.5, items=3), _q())
    full = LexicalHits(ids=np.array([1]), scores=np.array([2.0]), n_all_terms=1)
    assert np.array_equal(feedback_vector(_Index(), _q(), full, weight=0.0, items=3), _q())
    assert np.array_equal(feedback_vector(None, _q(), full, weight=0.5, items=3), _q())
