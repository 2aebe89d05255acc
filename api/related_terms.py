"""A weak question's words widened by the archive's own words that the model places near it (issue 13).

A question whose words meet in no item (`api.fusion.weak_question`) is ranked by its semantic standing
plus its bm25 (`api.fusion.weak_question_order`). When it is asked in words the minutes never print,
its bm25 is near 0 for the items that mean it. Here its lexical side is widened: the `K` words of the
archive's vocabulary nearest to the question's vector (`indexer.store.term_vectors`, embedded once at
indexing), leaving out every word that holds one of the question's own words (those are the
question's inflections and compounds, which the model ranks near it for their letters), are searched
as words; each item's bm25 over them, times `WEIGHT`, is added to its bm25 in the weak order, and the
items they find join the match set.

Chosen on the tuning and held-out sets only (BENCHMARKS.md, issue 13 seventh round): K 5 and weight
0.5. Words of the question itself left in (only its prefixes out) cost a keyword query
("skatteväxlingen mellan region och kommun" drew *skatteverkskoppling*); per-word neighbours (each
question word's nearest words) were worse than the whole question's.

Only hybrid search, and only weak questions, read it: keyword queries, one-word queries, lexical and
semantic mode are unchanged. An archive without `terms.npz` (indexed before it, or by another model)
ranks weak questions as before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from api.fts import ParsedQuery, match_form
from api.lexicon import LexiconReader
from indexer.store.term_vectors import read_terms

log = logging.getLogger(__name__)

#: How many of the archive's words nearest to a weak question widen its lexical side.
K = 5
#: How much their bm25 counts beside the question's own words' (`api.fusion.weak_question_order`).
WEIGHT = 0.5
#: Candidates read before the question's own words are left out (more only if too few remain).
_SHORTLIST = 64


@dataclass
class TermVectors:
    """The archive's words and their vectors (float32, rows normalised)."""

    terms: list[str]
    vectors: np.ndarray

    def nearest(self, qvec: np.ndarray, exclude: list[str], k: int = K) -> list[str]:
        """The k words nearest to `qvec` (best first) that contain none of `exclude`."""
        if not len(self.terms) or k <= 0:
            return []
        sims = self.vectors @ np.asarray(qvec, np.float32)
        n = min(len(sims), _SHORTLIST)
        while True:
            top = np.argpartition(-sims, n - 1)[:n] if n < len(sims) else np.arange(len(sims))
            top = top[np.argsort(-sims[top], kind="stable")]
            out = [self.terms[i] for i in top.tolist() if not any(e in self.terms[i] for e in exclude)]
            if len(out) >= k or n >= len(sims):
                return out[:k]
            n = min(len(sims), n * 8)


def load_term_vectors(path: Path, model_id: str | None) -> TermVectors | None:
    """The archive's term vectors when the file exists and was built by `model_id`; else None."""
    got = read_terms(path)
    if got is None:
        return None
    terms, vectors, model = got
    if model_id is not None and model != model_id:
        log.info("term vectors %s are of another model (%s): not used", path, model)
        return None
    return TermVectors(terms, vectors.astype(np.float32))


def question_forms(pq: ParsedQuery) -> list[str]:
    """What the question's own words match (their stems): a word holding one is not a new word."""
    return [match_form(t) for t in pq.terms]


def expansion(
    lx: LexiconReader, tv: TermVectors, qvec: np.ndarray, pq: ParsedQuery, weight: float = WEIGHT
) -> tuple[np.ndarray, np.ndarray]:
    """(ascending item ids, weight x their bm25 summed over the related words) of a weak question."""
    words = tv.nearest(qvec, question_forms(pq))
    ids_list, score_list = [], []
    for w in words:
        part = lx.word(w, prefix=False)
        if len(part.ids):
            ids_list.append(part.ids)
            score_list.append(lx.bm25(part))
    if not ids_list:
        return np.zeros(0, np.int64), np.zeros(0)
    ids, inv = np.unique(np.concatenate(ids_list), return_inverse=True)
    return ids.astype(np.int64), weight * np.bincount(
        inv, weights=np.concatenate(score_list), minlength=len(ids)
    )
