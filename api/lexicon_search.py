"""The lexical side of search answered from the lexicon (`api.lexicon`) instead of FTS5.

Same contract and order as `api.lexical` (which it replaces when the archive has
a lexicon): the best `n_rank` items holding every part of the query by bm25, then
the best `n_rank` holding some parts, then the other word matches newest first,
then items found only inside compounds (their bm25 halved, best `n_rank`, then
newest first). Differences, both in favour of the lexicon:

- bm25 ranks every match, not only the newest `api.lexical.RANK_POOL` of them;
- compound parts are found in the vocabulary (tokens containing the term), so
  a compound hit is a word that contains the term, scored by that word's counts.

Quoted phrases and diarienummer need token positions, which the lexicon does
not keep: their items come from FTS5, and so does their share of bm25 up to
`PHRASE_EXACT_MAX` matches (bm25 is a sum over the query's parts, so the total
is still FTS5's); a phrase found in more items gets an estimate (`_phrase_part`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import numpy as np

from api import compounds, titles
from api.context import QueryCache
from api.fts import BM25, MAX_TERM_CHARS, ParsedQuery, is_prefix_term, match_form
from api.hits import TRIGRAM_MAX_TERMS, TRIGRAM_MAX_WORD_HITS, TRIGRAM_WEIGHT, LexicalHits, word_share
from api.lexicon import DENSE_SHARE, LexiconReader, Part

#: Phrases with more matches than this get an estimated bm25 (see `_phrase_part`).
PHRASE_EXACT_MAX = 2000
_EMPTY = np.zeros(0, np.int64)


def _phrase_part(lx: LexiconReader, conn: sqlite3.Connection, tokens: list[str]) -> Part:
    """A phrase's (or diarienummer's) items, with its share of bm25.

    Up to `PHRASE_EXACT_MAX` matches: FTS5's own bm25 of the phrase alone (bm25 adds up over a
    query's parts, so the sum is FTS5's). Beyond, FTS5's bm25 costs ~4 µs a row, so the phrase's
    count in an item is estimated as the smallest count of its words there (an upper bound).
    """
    tokens = [t[:MAX_TERM_CHARS] for t in tokens]
    expr = '"' + " ".join(tokens) + '"'
    cur = conn.cursor()
    cur.row_factory = None
    row = cur.execute("SELECT group_concat(rowid) FROM items_fts WHERE items_fts MATCH ?", (expr,)).fetchone()
    ids = np.sort(np.fromstring(row[0], dtype=np.int64, sep=",")) if row and row[0] else _EMPTY
    if len(ids) > PHRASE_EXACT_MAX:
        freq = np.min([lx.counts_in(t, ids) for t in tokens], axis=0)
        return Part(ids, np.maximum(freq, 1.0))
    rows = cur.execute(
        f"SELECT rowid, -{BM25} FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid", (expr,)
    ).fetchall()
    ids = np.fromiter((r[0] for r in rows), np.int64, count=len(rows))
    score = np.fromiter((r[1] for r in rows), np.float64, count=len(rows))
    return Part(ids, np.ones(len(ids)), score)


def _combine(lx: LexiconReader, parts: list[Part]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ids ascending, bm25 summed over parts, number of parts matched) of the union of parts."""
    scored = [(p.ids, lx.bm25(p)) for p in parts if len(p.ids)]
    if not scored:
        return _EMPTY, np.zeros(0), np.zeros(0, np.int64)
    if len(scored) == 1:
        ids, s = scored[0]
        return ids, s, np.ones(len(ids), np.int64)
    ids = np.concatenate([i for i, _ in scored])
    s = np.concatenate([x for _, x in scored])
    if len(ids) >= DENSE_SHARE * lx.max_id:  # many matches: count over all item ids (linear, no sort)
        cnt = np.bincount(ids, minlength=lx.max_id + 1)
        u = np.flatnonzero(cnt > 0)
        return u, np.bincount(ids, weights=s, minlength=lx.max_id + 1)[u], cnt[u]
    u, inv = np.unique(ids, return_inverse=True)
    return u, np.bincount(inv, weights=s, minlength=len(u)), np.bincount(inv, minlength=len(u))


def _top(positions: np.ndarray, score: np.ndarray, ids: np.ndarray, n: int) -> np.ndarray:
    """The best n of `positions` by score (ties: newer item first), best first."""
    if len(positions) > n:
        positions = positions[np.argpartition(-score[positions], n - 1)[:n]]
    return positions[np.lexsort((-ids[positions], -score[positions]))]


def _ranked(ids: np.ndarray, score: np.ndarray, heads: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Head positions in order, then every other position newest first: (ids, scores)."""
    head = np.concatenate(heads) if heads else _EMPTY
    rest = np.ones(len(ids), bool)
    rest[head] = False
    tail = np.flatnonzero(rest)[::-1]  # ids ascend, so reversed positions are newest first
    return np.concatenate([ids[head], ids[tail]]), np.concatenate([score[head], np.zeros(len(tail))])


def _word_parts(lx: LexiconReader, conn: sqlite3.Connection, pq: ParsedQuery) -> list[Part]:
    parts = []
    for term in pq.terms:
        t = match_form(term)[:MAX_TERM_CHARS]
        parts.append(compounds.with_head(lx, term, lx.word(t, is_prefix_term(term))))
    parts += [_phrase_part(lx, conn, toks) for toks in pq.position_parts()]
    return parts


def _compound_part(lx: LexiconReader, pq: ParsedQuery) -> Part | None:
    subs = [match_form(t)[:MAX_TERM_CHARS] for t in pq.terms if is_prefix_term(t)]
    if not subs:
        return None
    return lx.containing_any(subs)


def lexicon_search(
    lx: LexiconReader,
    conn: sqlite3.Connection,
    pq: ParsedQuery,
    n_rank: int,
    keep: Callable[[np.ndarray], np.ndarray] | None = None,
    cache: QueryCache | None = None,
) -> LexicalHits:
    """All items matching the query within the filters (`keep`), ranked (see the module docstring).

    Args:
        lx: The archive's lexicon.
        conn: The archive connection (phrases and diarienummer are matched by FTS5).
        pq: The parsed query.
        n_rank: Size of each bm25-ranked head.
        keep: ids -> boolean mask of the ids the filters allow; None when no filter is set.
        cache: Keeps the unfiltered matches, so a facet click on this query reuses them.
    """
    if pq.empty:
        return LexicalHits(ids=_EMPTY, scores=np.zeros(0))
    key = ("lexicon", tuple(pq.terms), tuple(map(tuple, pq.phrases)), tuple(pq.dnrs))

    def unfiltered() -> tuple[np.ndarray, np.ndarray, np.ndarray, int, list[float], list[np.ndarray]]:
        parts = _word_parts(lx, conn, pq)
        ids, score, hit = _combine(lx, parts)
        idfs = [titles.idf(lx.n_items, len(p.ids)) for p in parts[: len(pq.terms)]]
        return ids, score, hit, len(parts), idfs, [p.ids for p in parts[: len(pq.terms)]]

    got = cache.get(key, unfiltered) if cache is not None else unfiltered()
    ids, score, hit, n_parts, idfs, term_ids = got
    n_word_hits = len(ids)
    if keep is not None:
        sel = keep(ids)
        ids, score, hit = ids[sel], score[sel], hit[sel]
    full = np.flatnonzero(hit == n_parts)
    heads = [_top(full, score, ids, n_rank)]
    if n_parts > 1 and len(heads[0]) < n_rank:
        heads.append(_top(np.flatnonzero(hit < n_parts), score, ids, n_rank))
    out_ids, out_scores = _ranked(ids, score, heads)
    out_ids, out_scores = titles.rerank_head(conn, pq, out_ids, out_scores, [len(h) for h in heads], idfs)
    n_head = sum(len(h) for h in heads)
    share = word_share(out_ids[:n_head], term_ids, idfs)
    hits = LexicalHits(ids=out_ids, scores=out_scores, n_all_terms=len(heads[0]), word_share=share)
    if len(pq.terms) <= TRIGRAM_MAX_TERMS and n_word_hits <= TRIGRAM_MAX_WORD_HITS:
        _add_compounds(lx, pq, hits, ids, n_rank, keep)
    return hits


def _add_compounds(
    lx: LexiconReader,
    pq: ParsedQuery,
    hits: LexicalHits,
    word_ids: np.ndarray,
    n_rank: int,
    keep: Callable[[np.ndarray], np.ndarray] | None,
) -> None:
    """Append the items that hold a query term only inside a longer word (in place)."""
    part = _compound_part(lx, pq)
    if part is None:
        return
    score = lx.bm25(part) * TRIGRAM_WEIGHT
    sel = ~np.isin(part.ids, word_ids, kind="table") if len(word_ids) else np.ones(len(part.ids), bool)
    if keep is not None:
        sel &= keep(part.ids)
    t_ids, t_score = part.ids[sel], score[sel]
    hits.trigram_only = t_ids
    if len(t_ids):
        c_ids, c_scores = _ranked(t_ids, t_score, [_top(np.arange(len(t_ids)), t_score, t_ids, n_rank)])
        hits.ids = np.concatenate([hits.ids, c_ids])
        hits.scores = np.concatenate([hits.scores, c_scores])
