"""The lexical side of search: FTS5 word/prefix matches, then compound (trigram) matches.

An archive with a lexicon (`indexer.store.lexicon`, written by every `arkiv index`) is
answered by `api.lexicon_search` instead, in the same order and shape but with
exact bm25 over every match; this FTS5 path serves archives without one (or with
a stale one) and is the reference the lexicon is tested against.

Ranking, best first:
1. the best `n_rank` items holding every part of the query (AND), by bm25;
2. the best `n_rank` items holding some parts (OR), by bm25 — stop-words are
   already gone (`api.fts`), so bm25's idf keeps rare words ahead of common ones;
3. the other word matches (past the ranked window, newest items first);
4. items found only inside compounds by the trigram table (ranked by its bm25,
   then the rest). Trigram matching is used for keyword queries of up to
   `TRIGRAM_MAX_TERMS` terms: compound parts are what a keyword search misses,
   while a long question's substrings would flood the match set.

When a query matches more than `RANK_POOL` items, bm25 ranks the newest
`RANK_POOL` of them (item ids grow with indexing; FTS5 seeks a rowid range) and
the older matches follow newest first: bm25 costs ~2 µs a row, and a word found
in most of a million items would otherwise cost seconds. Trigram matching is
skipped when the words already match `TRIGRAM_MAX_WORD_HITS` items.

Every match is fetched (the id list comes out of SQLite as one string, parsed by
numpy, so a match set of 100k items costs milliseconds, not a Python object per
row), with the filters in the SQL WHERE: the match set is complete for `total`
and the facets, and a filter can never empty a result list that has matches.
bm25 ranks only the head (`ORDER BY ... LIMIT n_rank`, sorted inside SQLite).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import numpy as np

from api import titles
from api.context import QueryCache
from api.filters import Filters
from api.fts import BM25, ParsedQuery
from api.hits import TRIGRAM_MAX_TERMS, TRIGRAM_MAX_WORD_HITS, TRIGRAM_WEIGHT, LexicalHits, word_share
from api.lexicon import LexiconReader
from api.lexicon_search import lexicon_search

__all__ = ["LexicalHits", "lexical_search"]

BM25_TRI = "bm25(items_tri, 4.0, 1.0)"
#: bm25 ranks at most this many matches (the newest: item ids grow with indexing), so a query
#: matching most of a million-item archive stays within the latency budget. Below it, ranking is exact.
RANK_POOL = 10_000
_EMPTY = np.zeros(0, np.int64)


def _from_where(table: str, filters: Filters) -> tuple[str, list[object]]:
    where, params = filters.sql_clause("i")
    if where == "1":
        return f"{table} WHERE {table} MATCH ?", params
    # CROSS JOIN pins the FTS table as the outer loop: otherwise the planner may walk an items index
    # and re-run the MATCH per row (seconds instead of milliseconds on 10k items).
    return f"{table} CROSS JOIN items i ON i.id = {table}.rowid WHERE {table} MATCH ? AND {where}", params


def _ids(
    conn: sqlite3.Connection, table: str, expr: str, filters: Filters, cache: QueryCache | None = None
) -> np.ndarray:
    """Every matching item id, as an int64 array (unfiltered id lists are kept in `cache`)."""
    if cache is not None and not filters.active():
        return cache.get(("ids", table, expr), lambda: _ids(conn, table, expr, filters))
    body, params = _from_where(table, filters)
    row = conn.execute(f"SELECT group_concat({table}.rowid) FROM {body}", (expr, *params)).fetchone()
    if not row or not row[0]:
        return _EMPTY
    return np.fromstring(row[0], dtype=np.int64, sep=",")


def _ranked(
    conn: sqlite3.Connection, table: str, rank: str, expr: str, filters: Filters, n: int, min_id: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """The n best matches by bm25 among items with id >= min_id: (ids, -bm25)."""
    body, params = _from_where(table, filters)
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: cheaper than sqlite3.Row
    sql = f"SELECT {table}.rowid, {rank} AS s FROM {body} AND {table}.rowid >= ? ORDER BY s LIMIT ?"
    pairs = cur.execute(sql, (expr, *params, min_id, n)).fetchall()
    ids = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    return ids, np.fromiter((-p[1] for p in pairs), dtype=np.float64, count=len(pairs))


def _idfs(conn: sqlite3.Connection, pq: ParsedQuery, cache: QueryCache | None) -> list[float]:
    """bm25's idf of each query word over the whole archive (its FTS5 document frequency)."""
    n_items = conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    exprs = [pq.fts_word(t) for t in pq.terms]
    return [titles.idf(n_items, len(_ids(conn, "items_fts", e, Filters(), cache))) for e in exprs]


def _pool_floor(ids: np.ndarray) -> int:
    """Smallest item id of the bm25 pool: 0 (every match), or that of the newest RANK_POOL matches."""
    if len(ids) <= RANK_POOL:
        return 0
    return int(np.partition(ids, len(ids) - RANK_POOL)[len(ids) - RANK_POOL])


def _rest(all_ids: np.ndarray, head: np.ndarray) -> np.ndarray:
    """Matches not in the ranked head, newest (highest id) first."""
    rest = all_ids[~np.isin(all_ids, head, kind="table")] if len(head) else all_ids
    return np.sort(rest)[::-1]


def lexical_search(
    conn: sqlite3.Connection,
    pq: ParsedQuery,
    filters: Filters,
    n_rank: int = 200,
    keep: Callable[[np.ndarray], np.ndarray] | None = None,
    cache: QueryCache | None = None,
    lexicon: LexiconReader | None = None,
) -> LexicalHits:
    """All items matching the query within the filters, ranked (see the module docstring).

    Args:
        conn: The archive connection.
        pq: The parsed query.
        filters: Applied in SQL (ranking) and, for the match set, by `keep` when given.
        n_rank: Size of the bm25-ranked head.
        keep: ids -> boolean mask of the ids the filters allow (`api.columns`): filtering the whole
            match set in numpy is cheaper than joining every FTS row to `items` in SQL.
        cache: Keeps the unfiltered id lists, so a facet click on this query does not fetch them again.
        lexicon: The archive's lexicon; when given (and the filters come as `keep`), it answers.
    """
    if lexicon is not None and (keep is not None or not filters.active()):
        return lexicon_search(lexicon, conn, pq, n_rank, keep, cache)
    any_expr = pq.fts_any()
    if any_expr is None:
        return LexicalHits(ids=_EMPTY, scores=np.zeros(0))
    unfiltered = Filters() if keep is not None else filters
    word_ids = _ids(conn, "items_fts", any_expr, unfiltered, cache)
    all_ids = word_ids[keep(word_ids)] if keep is not None else word_ids
    floor = _pool_floor(all_ids)
    h_ids, h_scores = _ranked(conn, "items_fts", BM25, pq.fts_all() or any_expr, filters, n_rank, floor)
    n_all = len(h_ids)
    if (
        len(pq.terms) + len(pq.phrases) + len(pq.dnrs) > 1 and len(h_ids) < n_rank
    ):  # else OR hits rank past the head
        o_ids, o_scores = _ranked(conn, "items_fts", BM25, any_expr, filters, n_rank, floor)
        new = ~np.isin(o_ids, h_ids, kind="table")
        h_ids, h_scores = np.concatenate([h_ids, o_ids[new]]), np.concatenate([h_scores, o_scores[new]])
    share = None
    if pq.terms:  # the title as its own field (api.titles), as the lexicon path does
        idfs = _idfs(conn, pq, cache)
        h_ids, h_scores = titles.rerank_head(conn, pq, h_ids, h_scores, [n_all, len(h_ids) - n_all], idfs)
        term_ids = [_ids(conn, "items_fts", pq.fts_word(t), Filters(), cache) for t in pq.terms]
        share = word_share(h_ids, term_ids, idfs)
    rest = _rest(all_ids, h_ids)
    ids = np.concatenate([h_ids, rest])
    scores = np.concatenate([h_scores, np.zeros(len(rest))])
    tri_only: np.ndarray | None = None
    # Decided on the unfiltered word hits: compounds matter when the words themselves are rare.
    compounds_help = len(pq.terms) <= TRIGRAM_MAX_TERMS and len(word_ids) <= TRIGRAM_MAX_WORD_HITS
    tri_expr = pq.trigram_any() if compounds_help else None
    if tri_expr is not None:
        t_all = _ids(conn, "items_tri", tri_expr, unfiltered, cache)
        t_all = t_all[keep(t_all)] if keep is not None else t_all
        tri_only = t_all[~np.isin(t_all, all_ids, kind="table")]
        if len(tri_only):
            n_tri = n_rank + len(all_ids)  # word hits are among the trigram hits too: rank past them
            t_ids, t_scores = _ranked(
                conn, "items_tri", BM25_TRI, tri_expr, filters, n_tri, _pool_floor(t_all)
            )
            sel = np.isin(t_ids, tri_only, kind="table")
            t_ids, t_scores = t_ids[sel][:n_rank], t_scores[sel][:n_rank] * TRIGRAM_WEIGHT
            t_rest = _rest(tri_only, t_ids)
            ids = np.concatenate([ids, t_ids, t_rest])
            scores = np.concatenate([scores, t_scores, np.zeros(len(t_rest))])
    return LexicalHits(ids=ids, scores=scores, n_all_terms=n_all, trigram_only=tri_only, word_share=share)
