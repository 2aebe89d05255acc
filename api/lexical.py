"""The lexical side of search: FTS5 word/prefix matches, then compound (trigram) matches.

Ranking, best first:
1. items holding every part of the query (AND), by bm25;
2. items holding some parts (OR), by bm25 — stop-words are already gone
   (`api.fts`), so bm25's idf keeps rare words ahead of common ones;
3. items found only inside compounds by the trigram table, by its bm25.

All matches are fetched (not a top-k), with the filters in the SQL WHERE, so
the match set is complete for `total` and facets, and a filter can never empty
a result list that has matches.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np

from api.filters import Filters
from api.fts import ParsedQuery

#: bm25 column weights of items_fts (title, text, dnr): a hit in the title or the case key says more.
BM25 = "bm25(items_fts, 4.0, 1.0, 3.0)"
BM25_TRI = "bm25(items_tri, 4.0, 1.0)"
#: Trigram-only hits score this fraction of their bm25: they rank below whole-word hits.
TRIGRAM_WEIGHT = 0.5


@dataclass
class LexicalHits:
    """Every lexical match, ranked."""

    ids: np.ndarray  # item ids, best first
    scores: np.ndarray  # higher is better (-bm25; trigram-only hits scaled by TRIGRAM_WEIGHT)
    n_all_terms: int = 0  # how many of `ids` (at the front) hold every part of the query
    trigram_only: np.ndarray | None = None  # ids found only inside compounds


def _run(conn: sqlite3.Connection, table: str, rank: str | None, expr: str, filters: Filters) -> list[tuple]:
    where, params = filters.sql_clause("i")
    cols = f"{table}.rowid" + (f", {rank}" if rank else "")
    join = f" JOIN items i ON i.id = {table}.rowid" if where != "1" else ""
    order = " ORDER BY 2" if rank else ""
    sql = f"SELECT {cols} FROM {table}{join} WHERE {table} MATCH ? AND {where}{order}"
    return conn.execute(sql, (expr, *params)).fetchall()


def lexical_search(conn: sqlite3.Connection, pq: ParsedQuery, filters: Filters) -> LexicalHits:
    """All items matching the query within the filters, ranked (see the module docstring)."""
    any_expr = pq.fts_any()
    if any_expr is None:
        return LexicalHits(ids=np.zeros(0, np.int64), scores=np.zeros(0))
    rows = _run(conn, "items_fts", BM25, any_expr, filters)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    scores = np.fromiter((-r[1] for r in rows), dtype=np.float64, count=len(rows))
    n_parts = len(pq.terms) + len(pq.phrases) + len(pq.dnrs)
    n_all = len(ids)
    if n_parts > 1 and len(ids):
        all_expr = pq.fts_all() or any_expr
        both = np.fromiter((r[0] for r in _run(conn, "items_fts", None, all_expr, filters)), dtype=np.int64)
        first = np.isin(ids, both)
        # stable: bm25 order is kept inside each tier
        order = np.concatenate([np.nonzero(first)[0], np.nonzero(~first)[0]])
        ids, scores, n_all = ids[order], scores[order], int(first.sum())
    tri_only: np.ndarray | None = None
    tri_expr = pq.trigram_any()
    if tri_expr is not None:
        tri = _run(conn, "items_tri", BM25_TRI, tri_expr, filters)
        t_ids = np.fromiter((r[0] for r in tri), dtype=np.int64, count=len(tri))
        t_scores = np.fromiter((-r[1] * TRIGRAM_WEIGHT for r in tri), dtype=np.float64, count=len(tri))
        new = ~np.isin(t_ids, ids)
        if new.any():
            tri_only = t_ids[new]
            ids = np.concatenate([ids, t_ids[new]])
            scores = np.concatenate([scores, t_scores[new]])
    return LexicalHits(ids=ids, scores=scores, n_all_terms=n_all, trigram_only=tri_only)
