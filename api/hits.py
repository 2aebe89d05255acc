"""What the lexical side of search returns, and the compound rules both of its paths follow.

Both paths (`api.lexical` over FTS5, `api.lexicon_search` over the lexicon) must give the same
matches, so the rules for items found only inside compounds are defined once, here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Compound hits score this fraction of their bm25: they rank below whole-word hits.
TRIGRAM_WEIGHT = 0.5
#: Compound matching is for keyword queries: a long question's substrings would flood the matches.
TRIGRAM_MAX_TERMS = 3
#: A query whose words already match this many items gets no compound matches on top.
TRIGRAM_MAX_WORD_HITS = 5000


@dataclass
class LexicalHits:
    """Every lexical match, ranked."""

    ids: np.ndarray  # item ids, best first
    scores: np.ndarray  # higher is better: bm25 in the ranked head (compound hits halved), 0 past it
    n_all_terms: int = 0  # how many ranked items (at the front) hold every part of the query
    trigram_only: np.ndarray | None = None  # ids found only inside compounds
    #: Per ranked-head item (`ids[: len(word_share)]`): the share of the query words' idf it holds
    #: (`word_share`); None for a query without words. Fusion reads it (`api.fusion`).
    word_share: np.ndarray | None = None


def word_share(head: np.ndarray, term_ids: list[np.ndarray], idfs: list[float]) -> np.ndarray | None:
    """For each item of `head`: the idf of the query words it holds over that of all the words.

    A partial match holding the rare words of a query ("Anders Dahl" of "Anders Dahl avsägelse") is
    near 1, one sharing only common words with a question ("kommun", "beslut") near 0.

    Args:
        head: Item ids of the ranked head.
        term_ids: Per query word, every item id holding it.
        idfs: Per query word, its idf over the archive.
    """
    total = float(sum(idfs))
    if not term_ids or total <= 0:
        return None
    held = np.zeros(len(head))
    for ids, idf in zip(term_ids, idfs, strict=True):
        held += idf * _holds(ids, head)
    return held / total


def _holds(ids: np.ndarray, head: np.ndarray) -> np.ndarray:
    """Which of `head` are in `ids`: a binary search per head item (postings come sorted), so a word
    in most of a million items costs microseconds, where `np.isin` sorts both (~45 ms at 100k)."""
    if len(ids) > 1 and (ids[1:] < ids[:-1]).any():
        ids = np.sort(ids)
    if not len(ids):
        return np.zeros(len(head), bool)
    pos = np.minimum(np.searchsorted(ids, head), len(ids) - 1)
    return ids[pos] == head
