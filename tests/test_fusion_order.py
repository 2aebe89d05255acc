"""Fusion keeps the items holding every query part ahead of the rest (issue 13: hybrid >= lexical)."""

from __future__ import annotations

import numpy as np

from api.fusion import every_part_first, fuse
from api.hits import LexicalHits
from api.semantic import SemanticHits


def test_semantic_votes_reorder_full_matches_but_never_push_them_below_the_rest():
    # Items 2 and 1 hold every word (lexical ranks 1, 2); 3 holds some; 7 and 8 are found only by meaning,
    # at the top of the semantic ranking, where 2 is too. By votes alone 7 (1/61) would beat 1 (1/62).
    lex = LexicalHits(ids=np.array([2, 1, 3]), scores=np.array([3.0, 2.0, 1.0]), n_all_terms=2)
    sem = SemanticHits(
        ids=np.array([7, 8, 2]), scores=np.array([0.9, 0.89, 0.88], np.float32), ranking=np.array([7, 8, 2])
    )
    ids, scores = fuse(lex, sem, k=60, n_cand=200, parts=2)
    assert ids.tolist()[:2] == [2, 1]  # 2 has both votes: ahead of 1 within the full block
    assert set(ids.tolist()[2:]) == {3, 7, 8}
    assert list(ids[2:]) == sorted(ids[2:], key=lambda i: -scores[list(ids).index(i)])


def test_every_part_first_is_stable_and_leaves_single_blocks_alone():
    ids, sc = np.array([5, 4, 3, 2]), np.array([4.0, 3.0, 2.0, 1.0])
    out, out_sc = every_part_first(ids, sc, np.array([2, 4]))
    assert out.tolist() == [4, 2, 5, 3]
    assert out_sc.tolist() == [3.0, 1.0, 4.0, 2.0]
    assert every_part_first(ids, sc, np.array([9]))[0].tolist() == ids.tolist()
    assert every_part_first(ids, sc, ids)[0].tolist() == ids.tolist()
