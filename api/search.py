"""Search: lexical, semantic and hybrid (reciprocal-rank fusion), with filters and facets.

- lexical: `api.lexical` — every word match within the filters (from the lexicon, or FTS5), all-terms
  hits first.
- semantic: `api.semantic` — the query's nearest items that stand out from the archive for it (z gate)
  and are near the best (a set defined without the filters), those the filters allow; the nearest
  allowed items (FAISS id selector) only when none of them is allowed.
- hybrid (default): weighted reciprocal-rank fusion, score = sum over sides of w / (rrf_k + rank),
  over the first `Settings.candidates` of each side (w = 1 except for partial lexical matches,
  see `api.fusion`); lexical matches beyond them follow in lexical order. The semantic rank is the
  item's rank among the semantic candidates near the best (`SemanticHits.ranking`): a lexical match
  gets its semantic vote even when it is not a semantic match, but an item found only semantically
  must be a semantic match (pass the z gate), so near-empty items that are close to every query
  ("Beslut", a kallelse row title) no longer enter a keyword query's results or its facet counts.
  A partial lexical match of a question of three or more parts gets no lexical vote (`api.fusion`),
  and a question whose words meet in no item is ranked by its semantic standing plus its bm25
  (`api.fusion.weak_question_order`) instead of by votes; its lexical side is widened by the archive's
  own words nearest to it in the model's space (`api.related_terms`).
  Hybrid's semantic side searches with the query vector moved towards the query's best all-terms
  lexical hits over the whole archive (`api.feedback`, pseudo-relevance feedback), so what the
  words mean in this archive steers it; semantic mode uses the query alone.
  Each result's `found_by` names the sides that matched it.

`total` is the size of the match set: every lexical match (lexical), the
semantic matches as defined in `api.semantic` (semantic), their union (hybrid),
each within the filters. Facets count over that whole set, never just the page,
and because neither side's match set depends on the filters, a facet value's
count is exactly the total of the search with that value selected. Scores: hybrid = RRF
score (0 past the fusion window; for a question whose words meet in no item, standing + weighted
bm25, `api.fusion.weak_question_order`), lexical = -bm25 (higher is better; trigram-only
hits halved; 0 past the ranked head), semantic = cosine similarity.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

import numpy as np

from api.columns import Columns
from api.context import ArchiveContext, QueryCache
from api.errors import QueryError
from api.facets import match_facets
from api.feedback import feedback_vector
from api.filters import Filters
from api.fts import ParsedQuery, parse_query
from api.fusion import fuse, n_parts, weak_question
from api.lexical import LexicalHits, lexical_search
from api.related_terms import expansion
from api.schemas import SearchResponse, SearchResult
from api.semantic import SemanticHits, nearest_within, semantic_search
from api.snippets import best_sentence, lexical_snippet

MODES = ("hybrid", "lexical", "semantic")
MAX_LIMIT = 1000


def _validate(ctx: ArchiveContext, query: str, mode: str, limit: int, offset: int) -> str:
    q = (query or "").strip()
    if not q:
        raise QueryError("empty query")
    if len(q) > ctx.settings.max_query_chars:
        raise QueryError(f"query is longer than {ctx.settings.max_query_chars} characters")
    if mode not in MODES:
        raise QueryError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise QueryError("offset must not be negative")
    return q


def _allowed(cols: Columns, mask: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Which of `ids` the filter mask (over column rows) allows; unknown ids are not allowed."""
    rows = cols.rows(ids)
    out = np.zeros(len(ids), dtype=bool)
    ok = rows >= 0
    out[ok] = mask[rows[ok]]
    return out


@dataclass
class Matches:
    """Every match of a query within its filters, ranked (the input of pages, facets and pivots)."""

    query: str
    mode: str
    pq: ParsedQuery
    ids: np.ndarray
    scores: np.ndarray
    lex: LexicalHits | None
    sem: SemanticHits | None


def find_matches(
    ctx: ArchiveContext,
    query: str,
    *,
    mode: str = "hybrid",
    filters: Filters | None = None,
    query_vector: np.ndarray | None = None,
) -> Matches:
    """Rank every match of a query (see `search`; no page, no facets).

    Kept in `ctx.cache` with its query vector, its semantic matches and its unfiltered lexical
    matches, so the next page, the chart's pivot and a facet click on the same query reuse them.

    Raises:
        QueryError: Empty or too long query, unknown mode.
    """
    q = _validate(ctx, query, mode, 1, 0)
    filters = filters or Filters()
    ctx.refresh()  # a re-indexed archive clears the cache before it is read
    if query_vector is not None:  # a caller's own vector (benchmarks): not what the cache holds for q
        return _find_matches(ctx, q, mode, filters, query_vector)
    key = ("matches", q, mode, tuple(sorted(filters.active().items())))
    return ctx.cache.get(key, lambda: _find_matches(ctx, q, mode, filters, None))


def _query_vector(ctx: ArchiveContext, q: str) -> np.ndarray:
    return ctx.cache.get(("qvec", q), lambda: ctx.embedder.embed_query(q))


def remember_query_vector(ctx: ArchiveContext, query: str, vector: np.ndarray) -> None:
    """Put a precomputed embedding of `query` in the cache (benchmarks time the model separately)."""
    ctx.cache.get(("qvec", query.strip()), lambda: vector)


def _find_matches(
    ctx: ArchiveContext, q: str, mode: str, filters: Filters, query_vector: np.ndarray | None
) -> Matches:
    pq = parse_query(q)
    n_cand = ctx.settings.candidates
    cols = ctx.columns
    mask = cols.allowed(filters)
    keep = None if mask is None else (lambda ids: _allowed(cols, mask, ids))
    cache = ctx.cache if query_vector is None else None
    lex: LexicalHits | None = None
    if mode != "semantic":
        lex = lexical_search(ctx.conn, pq, filters, n_cand, keep, cache, ctx.lexicon)
    sem = None
    if mode != "lexical" and not pq.empty:  # only punctuation or emoji: nothing to mean, nothing found
        qvec = query_vector if query_vector is not None else _query_vector(ctx, q)
        sem = _semantic_side(ctx, q, pq, mode, lex, mask, qvec, cache)
    if mode == "lexical":
        assert lex is not None
        ids, scores = lex.ids, lex.scores
    elif mode == "semantic":
        ids = sem.ids if sem is not None else np.zeros(0, np.int64)
        scores = sem.scores.astype(np.float64) if sem is not None else np.zeros(0)
    else:
        parts = n_parts(pq)
        related = None
        if weak_question(lex, sem, parts):
            qvec = query_vector if query_vector is not None else _query_vector(ctx, q)
            related = _related(ctx, pq, qvec, keep)
        ids, scores = fuse(lex, sem, ctx.settings.rrf_k, n_cand, parts, len(cols.ids), related)
    return Matches(query=q, mode=mode, pq=pq, ids=ids, scores=scores, lex=lex, sem=sem)


def _related(
    ctx: ArchiveContext, pq: ParsedQuery, qvec: np.ndarray, keep: Callable[[np.ndarray], np.ndarray] | None
) -> tuple[np.ndarray, np.ndarray] | None:
    """A weak question's items by the archive's words near it (`api.related_terms`), within the filters."""
    lx, tv = ctx.lexicon, ctx.term_vectors
    if lx is None or tv is None:
        return None
    ids, score = expansion(lx, tv, qvec, pq)
    if keep is not None and len(ids):
        sel = keep(ids)
        ids, score = ids[sel], score[sel]
    return ids, score


def _semantic_side(
    ctx: ArchiveContext,
    q: str,
    pq: ParsedQuery,
    mode: str,
    lex: LexicalHits | None,
    mask: np.ndarray | None,
    qvec: np.ndarray,
    cache: QueryCache | None,
) -> SemanticHits:
    """The query's semantic matches within the filters (`mask` over column rows; None: no filters).

    Hybrid's query vector takes feedback from the lexical matches of the whole archive: the semantic
    matches never depend on the filters (`api.semantic`), so a facet's count is what clicking it
    returns; the filters keep the matches they allow.
    """
    n_cand = ctx.settings.candidates
    cols = ctx.columns
    if mode == "hybrid" and lex is not None:
        whole = (
            lex if mask is None else lexical_search(ctx.conn, pq, Filters(), n_cand, None, cache, ctx.lexicon)
        )
        s = ctx.settings
        qvec = feedback_vector(ctx.index, qvec, whole, s.feedback_weight, s.feedback_items)
    if cache is not None:
        sem = cache.get(("semantic", mode, q), lambda: semantic_search(ctx, qvec, n_cand))
    else:
        sem = semantic_search(ctx, qvec, n_cand)
    if mask is not None:
        sem = sem.within(lambda ids: _allowed(cols, mask, ids))
        nothing = not len(sem.ids) and (lex is None or not len(lex.ids))
        if nothing and mask.any():  # never empty when the filters admit items (not a facet click)
            sem = nearest_within(ctx, qvec, n_cand, cols.ids[mask])
    return sem


def search(
    ctx: ArchiveContext,
    query: str,
    *,
    mode: str = "hybrid",
    filters: Filters | None = None,
    limit: int = 20,
    offset: int = 0,
    toggle_url: Callable[[str, str], str] | None = None,
    query_vector: np.ndarray | None = None,
    facets: bool = True,
) -> SearchResponse:
    """Run a search.

    Args:
        ctx: The open archive.
        query: What the user typed.
        mode: "hybrid" (default), "lexical" or "semantic".
        filters: Restrictions applied inside retrieval on both sides.
        limit: Results per page (1..1000).
        offset: Results to skip.
        toggle_url: toggle_url(facet, value) -> URL that flips that filter (default: "").
        query_vector: A precomputed query embedding (benchmarks time the model separately).
        facets: Compute facets (True) or skip them.

    Returns:
        The SearchResponse contract (DESIGN.md).

    Raises:
        QueryError: Empty or too long query, unknown mode, bad limit/offset.
        arkiv.archive.ArchiveError: Semantic search with an archive of another embedding model.
    """
    t0 = time.perf_counter()
    _validate(ctx, query, mode, limit, offset)
    filters = filters or Filters()
    m = find_matches(ctx, query, mode=mode, filters=filters, query_vector=query_vector)
    page_ids = m.ids[offset : offset + limit].tolist()
    results = _hydrate(ctx, m.pq, page_ids, m.scores[offset : offset + limit].tolist(), m.lex, m.sem)
    facet_map = {}
    if facets:
        facet_map = match_facets(ctx, m.ids, filters, toggle_url=toggle_url)
    return SearchResponse(
        query=query,
        mode=mode,
        total=len(m.ids),
        took_ms=round((time.perf_counter() - t0) * 1000, 2),
        limit=limit,
        offset=offset,
        filters=filters.public(),
        results=results,
        facets={name: f.results for name, f in facet_map.items()},
        facets_meta=facet_map,
    )


def pivot(
    ctx: ArchiveContext,
    query: str,
    *,
    mode: str = "hybrid",
    filters: Filters | None = None,
    rows: str = "organization",
    cols: str = "year",
    missing_row: str | None = None,
    query_vector: np.ndarray | None = None,
) -> dict[str, dict[str, int]]:
    """Counts of all matches by two facets, e.g. {organization: {year: n}} for a trend chart.

    Every match counts, however many there are (no page limit), with the same match set as `search`.

    Args:
        rows, cols: Single-valued facets: "year", "organization", "organ" or "doc_type".
        missing_row: Label under which matches without a `rows` value are counted (None: left out).
        query_vector: A precomputed query embedding.

    Raises:
        QueryError: As `search`, or a facet that is not single-valued.
    """
    c = ctx.columns
    if rows not in c.scalar or cols not in c.scalar:
        raise QueryError("pivot needs two of: year, organization, organ, doc_type")
    m = find_matches(ctx, query, mode=mode, filters=filters, query_vector=query_vector)
    r = c.rows(m.ids)
    return c.pivot(rows, cols, r[r >= 0], missing_row=missing_row)


def _hydrate(
    ctx: ArchiveContext,
    pq: ParsedQuery,
    ids: list[int],
    scores: list[float],
    lex: LexicalHits | None,
    sem: SemanticHits | None,
) -> list[SearchResult]:
    """Turn a page of item ids into results with metadata, diarienummer and snippets."""
    if not ids:
        return []
    conn = ctx.conn
    q = ",".join("?" * len(ids))
    rows = {
        r["id"]: r
        for r in conn.execute(
            "SELECT i.id, i.uid, i.number, i.title, i.text, i.organization, i.organ, i.date, i.doc_type,"
            f" d.source FROM items i JOIN documents d ON d.id = i.doc_id WHERE i.id IN ({q})",
            ids,
        )
    }
    dnrs: dict[int, list[str]] = {}
    for item_id, dnr in conn.execute(f"SELECT item_id, dnr FROM item_dnr WHERE item_id IN ({q})", ids):
        dnrs.setdefault(item_id, []).append(dnr)
    lex_set = set(np.asarray(ids)[np.isin(ids, lex.ids, kind="table")].tolist()) if lex is not None else set()
    sem_set = set(np.asarray(ids)[np.isin(ids, sem.ids, kind="table")].tolist()) if sem is not None else set()
    tri = (
        set(np.asarray(ids)[np.isin(ids, lex.trigram_only, kind="table")].tolist())
        if lex and lex.trigram_only is not None
        else set()
    )
    snips: dict[int, str] = {}
    for item_id in ids:
        r = rows.get(item_id)
        if r is not None and item_id in lex_set:
            snips[item_id] = lexical_snippet(r["text"], pq, compound=item_id in tri)
    out = []
    for item_id, score in zip(ids, scores, strict=True):
        r = rows.get(item_id)
        if r is None:
            continue  # vanished between the search and now (re-indexed): skip rather than fail
        found_by = [name for name, s in (("lexical", lex_set), ("semantic", sem_set)) if item_id in s]
        out.append(
            SearchResult(
                item_id=r["uid"],
                source=PurePath(r["source"]).name,  # the file name: never a server path to readers
                number=r["number"],
                title=r["title"],
                snippet=snips.get(item_id) or best_sentence(r["text"], pq),
                score=round(float(score), 6),
                organization=r["organization"],
                organ=r["organ"],
                date=r["date"],
                doc_type=r["doc_type"],
                diarienummer=sorted(dnrs.get(item_id, [])),
                found_by=found_by,
            )
        )
    return out
