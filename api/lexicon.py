"""The lexicon on the read path: every match of a query word, and its bm25, as numpy arrays.

The lexicon (`indexer.store.lexicon`) holds the archive's postings sorted by token,
so a word is one slice and a prefix term (`beslut*`: beslut, beslutet,
beslutar, ...) one contiguous run of slices. A compound part (`taxa` inside
`avfallstaxa`) is the tokens whose text contains it, found in the vocabulary.

Scores follow FTS5's bm25 (k1 = 1.2, b = 0.75, column weights folded into the
stored counts, document frequency over the whole archive, an idf of at least
1e-6), so a ranking is the one FTS5 would give, computed over every match
instead of a bounded pool.

An archive's lexicon may be several segments (`indexer.store.lexicon_update`): then
`api.lexicon_segments.SegmentedLexicon` reads each item from the newest segment holding it and
answers with the same methods, so callers see one lexicon either way.
"""

from __future__ import annotations

import bisect
import logging
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

K1 = 1.2
B = 0.75
MIN_IDF = 1e-6
#: A merge of this many postings or more per item of the archive uses a dense array (bincount)
#: rather than a sort: linear, and cheaper once a word's postings are a sizeable share of the archive.
DENSE_SHARE = 1 / 32


@dataclass
class Part:
    """Items matching one part of a query: ascending unique ids and their weighted term counts."""

    ids: np.ndarray
    freq: np.ndarray
    score: np.ndarray | None = None  # a bm25 contribution computed elsewhere (FTS5, for phrases)


def bm25_of(part: Part, n_items: int, lengths: np.ndarray, avgdl: float) -> np.ndarray:
    """Each matching item's bm25 contribution of a part (FTS5's formula, higher is better)."""
    if part.score is not None:
        return part.score
    n = len(part.ids)
    idf = max(math.log((n_items - n + 0.5) / (n + 0.5)), MIN_IDF) if n else 0.0
    dl = lengths[np.minimum(part.ids, len(lengths) - 1)]
    f = part.freq
    return idf * f * (K1 + 1.0) / (f + K1 * (1.0 - B + B * dl / avgdl))


def _merge(docs: np.ndarray, freq: np.ndarray, max_id: int) -> Part:
    """Unique ids of a postings run with the counts of each id added up."""
    if not len(docs):
        return Part(np.zeros(0, np.int64), np.zeros(0))
    if len(docs) >= DENSE_SHARE * max_id:
        acc = np.bincount(docs, weights=freq, minlength=max_id + 1)
        ids = np.flatnonzero(acc > 0)  # via a bool mask: 4x faster than on the floats
        return Part(ids, acc[ids])
    ids, inv = np.unique(docs, return_inverse=True)
    return Part(ids.astype(np.int64), np.bincount(inv, weights=freq))


class LexiconReader(Protocol):
    """What the read path asks of a lexicon: one segment (`Lexicon`) or several (`api.lexicon_segments`)."""

    n_items: int
    max_id: int

    def word(self, term: str, prefix: bool) -> Part: ...
    def containing_any(self, terms: list[str]) -> Part: ...
    def counts_in(self, token: str, ids: np.ndarray) -> np.ndarray: ...
    def bm25(self, part: Part) -> np.ndarray: ...


class Lexicon:
    """The postings of one archive state (see `indexer.store.lexicon` for the arrays)."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        blob = bytes(np.asarray(arrays["vocab"], np.uint8)).decode("utf-8")
        self.vocab: list[str] = blob.split("\n") if blob else []
        self._blob = blob + "\n"
        lens = np.fromiter((len(t) + 1 for t in self.vocab), np.int64, count=len(self.vocab))
        self._starts = np.concatenate([[0], np.cumsum(lens)[:-1]]) if len(lens) else lens
        self.ptr = arrays["ptr"]
        self.docs = arrays["docs"]
        self.freq = arrays["freq"]
        self.lengths = arrays["lengths"]
        self.stamp = arrays["stamp"]
        self.n_items = int(self.stamp[0])
        self.max_id = len(self.lengths) - 1
        self.avgdl = float(self.lengths.sum()) / max(self.n_items, 1) or 1.0

    def token_range(self, term: str, prefix: bool) -> tuple[int, int]:
        """[lo, hi) of the tokens equal to `term`, or (prefix) starting with it."""
        lo = bisect.bisect_left(self.vocab, term)
        if prefix:
            return lo, bisect.bisect_left(self.vocab, term + "\U0010ffff", lo)
        return lo, lo + int(lo < len(self.vocab) and self.vocab[lo] == term)

    def tokens_containing(self, term: str) -> np.ndarray:
        """Indices of the tokens that contain `term` anywhere (compound parts)."""
        pos = [m.start() for m in re.finditer(re.escape(term), self._blob)]
        if not pos:
            return np.zeros(0, np.int64)
        return np.unique(np.searchsorted(self._starts, np.asarray(pos, np.int64), side="right") - 1)

    def run(self, lo: int, hi: int) -> Part:
        """The items of the tokens lo..hi-1 (a word, or every word of a prefix)."""
        a, b = int(self.ptr[lo]), int(self.ptr[hi])
        if hi - lo == 1:  # one token: its postings are already unique and sorted
            return Part(self.docs[a:b].astype(np.int64), self.freq[a:b].astype(np.float64))
        return _merge(self.docs[a:b], self.freq[a:b], self.max_id)

    def tokens(self, toks: np.ndarray) -> Part:
        """The items of any of the given tokens."""
        if not len(toks):
            return Part(np.zeros(0, np.int64), np.zeros(0))
        slices = [slice(int(self.ptr[t]), int(self.ptr[t + 1])) for t in toks.tolist()]
        docs = np.concatenate([self.docs[s] for s in slices])
        freq = np.concatenate([self.freq[s] for s in slices]).astype(np.float64)
        return _merge(docs, freq, self.max_id)

    def counts_in(self, token: str, ids: np.ndarray) -> np.ndarray:
        """The weighted count of one exact token in each of the items `ids` (ascending), 0 where absent."""
        lo, hi = self.token_range(token, prefix=False)
        if hi == lo:
            return np.zeros(len(ids))
        docs = self.docs[int(self.ptr[lo]) : int(self.ptr[hi])]
        pos = np.minimum(np.searchsorted(docs, ids), len(docs) - 1)
        return np.where(docs[pos] == ids, self.freq[int(self.ptr[lo]) + pos], 0).astype(np.float64)

    def word(self, term: str, prefix: bool) -> Part:
        """The items of one query word: the token equal to it, or (prefix) every token starting with it."""
        return self.run(*self.token_range(term, prefix))

    def containing_any(self, terms: list[str]) -> Part:
        """The items of every token that contains one of `terms` anywhere (compound parts)."""
        if not terms:
            return Part(np.zeros(0, np.int64), np.zeros(0))
        return self.tokens(np.unique(np.concatenate([self.tokens_containing(t) for t in terms])))

    @property
    def n_tokens(self) -> int:
        """Distinct tokens held."""
        return len(self.vocab)

    @property
    def n_postings(self) -> int:
        """(token, item) pairs held."""
        return len(self.docs)

    def bm25(self, part: Part) -> np.ndarray:
        """Each matching item's bm25 contribution of this part (FTS5's formula, higher is better)."""
        return bm25_of(part, self.n_items, self.lengths, self.avgdl)


def read_arrays(path: Path) -> dict[str, np.ndarray] | None:
    """Every array of one lexicon file; None (logged) when it cannot be read."""
    try:
        with np.load(path) as z:
            return {k: z[k] for k in z.files}
    except (OSError, ValueError, KeyError) as e:
        log.warning("lexicon %s unreadable (%s): lexical search uses FTS5", path, e)
        return None


def load_lexicon(path: Path, item_ids: np.ndarray) -> LexiconReader | None:
    """The archive's lexicon if it holds exactly these items; None when missing or stale.

    Args:
        path: The base lexicon file (`lexicon.npz`); segments are read from beside it.
        item_ids: The ids of the items the database holds.

    Returns:
        A `Lexicon` (one segment holding every item), an `api.lexicon_segments.SegmentedLexicon`, or
        None. A stale or unreadable lexicon is not an error: lexical search then asks FTS5, as before
        the lexicon existed (an archive indexed by an older arkiv, or a crash between files).
    """
    from api.lexicon_segments import load_segments

    return load_segments(path.parent, np.asarray(item_ids, np.int64))
