"""The semantic side scores an item by its best passage less a penalty for its number of passages."""

from __future__ import annotations

import numpy as np

from api.semantic import LENGTH_PENALTY, length_adjusted
from indexer.store.vectors import build_index


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v, axis=-1, keepdims=True)).astype(np.float32)


def _index():
    rng = np.random.default_rng(7)
    item_ids = np.array([1, 2, 2, 2, 2, 3, 3])  # item 1: one passage, item 2: four, item 3: two
    return build_index(item_ids, _unit(rng.normal(size=(7, 16))))


def test_passage_counts_per_item_and_zero_for_unknown_items():
    idx = _index()
    assert idx.passage_counts(np.array([2, 1, 3, 9])).tolist() == [4, 1, 2, 0]


def test_a_long_item_falls_below_a_short_one_it_beats_by_less_than_its_penalty():
    idx = _index()
    # Item 2 (four passages, two doublings) is ahead by less than 2 x LENGTH_PENALTY: it drops behind.
    ids = np.array([2, 1, 3])
    scores = np.array([0.80, 0.80 - 1.5 * LENGTH_PENALTY, 0.70], np.float32)
    out_ids, out_scores = length_adjusted(idx, ids, scores)
    assert out_ids.tolist() == [1, 2, 3]
    assert np.isclose(out_scores[1], 0.80 - 2 * LENGTH_PENALTY)
    assert np.isclose(out_scores[0], scores[1])  # a one-passage item keeps its cosine
    assert np.isclose(out_scores[2], 0.70 - LENGTH_PENALTY)  # two passages: one doubling


def test_a_long_item_far_ahead_stays_first():
    idx = _index()
    out_ids, _ = length_adjusted(idx, np.array([2, 1]), np.array([0.9, 0.8], np.float32))
    assert out_ids.tolist() == [2, 1]
