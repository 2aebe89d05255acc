"""Hybrid fusion keeps what the words find for keyword queries (api.fusion, issue 13 fourth round)."""

from __future__ import annotations

import numpy as np

from api.fusion import fuse
from api.hits import LexicalHits, word_share
from tests.conftest import semantic_hits

K = 60


def test_word_share_weighs_the_words_by_idf() -> None:
    head = np.array([1, 2, 3])
    share = word_share(head, [np.array([1, 2]), np.array([1, 3])], [3.0, 1.0])
    assert share is not None
    assert share.tolist() == [1.0, 0.75, 0.25]
    unsorted = word_share(head, [np.array([2, 1]), np.array([3, 1])], [3.0, 1.0])
    assert unsorted is not None and unsorted.tolist() == [1.0, 0.75, 0.25]
    assert word_share(head, [np.array([7, 9]), np.zeros(0, np.int64)], [1.0, 1.0]).tolist() == [0.0] * 3  # type: ignore[union-attr]
    assert word_share(head, [], []) is None


def test_keyword_partial_matches_outside_the_gate_keep_their_lexical_order() -> None:
    # two-word query: item 1 holds both; 2 (lexical 2nd) and 9 (lexical 3rd) one of them, neither in
    # the gate, 9 far down the semantic ranking: a remote cosine must not lift 9 above 2
    lex = LexicalHits(ids=np.array([1, 2, 9]), scores=np.array([3.0, 2.0, 1.0]), n_all_terms=1)
    ranking = [1, *range(100, 250), 9]
    ids, _ = fuse(lex, semantic_hits([1], ranking), K, 200, parts=2)
    assert ids[:3].tolist() == [1, 2, 9]


def test_compound_hits_of_a_two_word_query_vote_below_word_hits() -> None:
    # "Vision 2040": 2 holds "2040", 7 only "revision" (a compound holding "vision")
    lex = LexicalHits(
        ids=np.array([1, 2, 7]), scores=np.array([3.0, 2.0, 1.0]), n_all_terms=1, trigram_only=np.array([7])
    )
    _, scores = fuse(lex, semantic_hits([1], [1]), K, 200, parts=2)
    ids, _ = fuse(lex, semantic_hits([1], [1]), K, 200, parts=2)
    assert ids.tolist() == [1, 2, 7]
    assert scores[2] == 0.05 / (K + 3)


def test_a_many_word_query_keeps_partial_matches_holding_its_rare_words() -> None:
    # "Anders Dahl avsägelse": 1 holds all three; 5 holds the rare names (share 0.8); 6 only a common
    # word (share 0.1) and a semantic vote; 8 is found by meaning alone
    lex = LexicalHits(
        ids=np.array([1, 5, 6]),
        scores=np.array([9.0, 5.0, 1.0]),
        n_all_terms=1,
        word_share=np.array([1.0, 0.8, 0.1]),
    )
    ids, _ = fuse(lex, semantic_hits([1, 8], [1, 8, 6]), K, 200, parts=3)
    assert ids.tolist() == [1, 5, 8, 6]
    # without an item holding every word the query reads as a question: the partial match gets no vote
    lex.n_all_terms, lex.word_share = 0, np.array([0.6, 0.8, 0.1])
    ids, _ = fuse(lex, semantic_hits([8], [8, 6]), K, 200, parts=3)
    assert ids[0] == 8
