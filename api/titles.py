"""Field-aware lexical scoring: the title as a field of its own, weighted (issue 13).

bm25 over the whole item folds a title hit into the item's counts (`indexer.store.lexicon.WEIGHTS`:
a title word counts 4), so a long item that says a word four times scores like an item named after
it. An engine that scores the title as its own field (BM25F-style, as tantivy or Lucene do) ranks the
item *about* the matter first. Here every item of the ranked lexical head gets, on top of its bm25,

    TITLE_WEIGHT x sum over query words found in its title of
        idf(word) x tf (k1 + 1) / (tf + k1 (1 - b + b |title| / AVG_TITLE_WORDS))

with idf the word's document frequency over the archive (the same idf as its bm25 part), and the
head re-sorted by the new score within each of its blocks (items holding every part, then items
holding some). A query word is found in a title as in the text: its Swedish stem as a prefix of a
title word (4+ letters), the word itself otherwise. Both lexical paths (lexicon and FTS5) call this
with the same head, so they still answer alike.
"""

from __future__ import annotations

import math
import sqlite3

import numpy as np

from api.fts import MAX_TERM_CHARS, ParsedQuery, is_prefix_term, match_form
from indexer.store.tokens import words

#: How much a title hit adds relative to the item's bm25 (0: titles not weighted apart).
TITLE_WEIGHT = 0.5
#: Average title length in words (the corpus: 7.2-8.4); bm25's length normalisation of a title.
AVG_TITLE_WORDS = 8.0
K1 = 1.2
B = 0.75


def idf(n_items: int, df: int) -> float:
    """bm25's idf of a word found in `df` of `n_items` items (as `api.lexicon.bm25_of`)."""
    return max(math.log((n_items - df + 0.5) / (df + 0.5)), 1e-6) if df else 0.0


def _forms(pq: ParsedQuery) -> list[tuple[str, bool]]:
    """(form, prefix?) of each query word as it matches a title word."""
    out = []
    for t in pq.terms:
        prefix = is_prefix_term(t)
        out.append(((match_form(t) if prefix else t)[:MAX_TERM_CHARS], prefix))
    return out


def bonus(conn: sqlite3.Connection, pq: ParsedQuery, ids: np.ndarray, idfs: list[float]) -> np.ndarray:
    """The title score of each item of `ids` (0 where no query word is in its title).

    Args:
        conn: The archive connection (titles are read for `ids` only).
        pq: The parsed query.
        ids: Item ids (the ranked head).
        idfs: The idf of each of `pq.terms`, in order.
    """
    out = np.zeros(len(ids))
    forms = _forms(pq)
    if TITLE_WEIGHT <= 0 or not len(ids) or not forms:
        return out
    marks = ",".join("?" * len(ids))
    titles = dict(conn.execute(f"SELECT id, title FROM items WHERE id IN ({marks})", ids.tolist()).fetchall())
    for pos, item in enumerate(ids.tolist()):
        toks = words(titles.get(item) or "")
        if not toks:
            continue
        norm = K1 * (1.0 - B + B * len(toks) / AVG_TITLE_WORDS)
        for (form, prefix), w_idf in zip(forms, idfs, strict=True):
            tf = sum(1 for w in toks if (w.startswith(form) if prefix else w == form))
            if tf:
                out[pos] += w_idf * tf * (K1 + 1.0) / (tf + norm)
    return TITLE_WEIGHT * out


def rerank_head(
    conn: sqlite3.Connection,
    pq: ParsedQuery,
    ids: np.ndarray,
    scores: np.ndarray,
    blocks: list[int],
    idfs: list[float],
) -> tuple[np.ndarray, np.ndarray]:
    """The ranked head with title scores added, re-sorted within each block; the rest as it was.

    Args:
        ids, scores: The lexical ranking (best first).
        blocks: Lengths of the consecutive ranked blocks at the front (all parts, some parts).
        idfs: The idf of each of `pq.terms`.
    """
    n = sum(blocks)
    if TITLE_WEIGHT <= 0 or not n or not pq.terms:
        return ids, scores
    ids, scores = ids.copy(), scores.copy()
    scores[:n] += bonus(conn, pq, ids[:n], idfs)
    start = 0
    for size in blocks:
        seg = slice(start, start + size)
        order = np.lexsort((-ids[seg], -scores[seg]))  # best score first, ties: newer item first
        ids[seg], scores[seg] = ids[seg][order], scores[seg][order]
        start += size
    return ids, scores
