"""Search: lexical, semantic and hybrid (reciprocal-rank fusion), with filters and facets.

- lexical: `api.lexical` — every FTS5 match within the filters, all-terms hits first.
- semantic: `api.semantic` — the nearest items within the filters (FAISS id selector).
- hybrid (default): reciprocal-rank fusion, score = sum over sides of 1 / (rrf_k + rank),
  over the first `Settings.candidates` of each side; lexical matches beyond them follow in
  lexical order. Each result's `found_by` names the sides that returned it.

`total` is the size of the match set: every lexical match (lexical), the
semantic matches as defined in `api.semantic` (semantic), their union (hybrid).
Facets count over that whole set, never just the page. Scores: hybrid = RRF
score, lexical = -bm25 (higher is better; trigram-only hits halved), semantic =
cosine similarity.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from api.context import ArchiveContext
from api.errors import QueryError
from api.facets import compute_facets
from api.filters import Filters
from api.fts import ParsedQuery, parse_query
from api.lexical import LexicalHits, lexical_search
from api.schemas import SearchResponse, SearchResult
from api.semantic import SemanticHits, semantic_search
from api.snippets import best_sentence, fts_snippets

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


def _fuse(
    lex: LexicalHits | None, sem: SemanticHits | None, k: int, n_cand: int
) -> tuple[np.ndarray, np.ndarray]:
    """Reciprocal-rank fusion of both sides: (ids, scores) best first."""
    score: dict[int, float] = {}
    for hits in (lex, sem):
        if hits is None:
            continue
        for rank, i in enumerate(hits.ids[:n_cand].tolist(), start=1):
            score[i] = score.get(i, 0.0) + 1.0 / (k + rank)
    fused = sorted(score.items(), key=lambda kv: -kv[1])
    ids = [i for i, _ in fused]
    scores = [s for _, s in fused]
    if lex is not None and len(lex.ids) > n_cand:
        # Matches past the fusion window keep lexical order; their RRF score by lexical rank is below
        # every fused score, so the ranking stays monotone.
        rest = lex.ids[n_cand:]
        rest = rest[~np.isin(rest, np.asarray(ids, dtype=np.int64))]
        ids += rest.tolist()
        scores += (1.0 / (k + n_cand + 1 + np.arange(len(rest)))).tolist()
    return np.asarray(ids, dtype=np.int64), np.asarray(scores, dtype=np.float64)


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
    q = _validate(ctx, query, mode, limit, offset)
    filters = filters or Filters()
    pq = parse_query(q)
    cols = ctx.columns
    n_cand = ctx.settings.candidates
    lex = lexical_search(ctx.conn, pq, filters, n_cand) if mode != "semantic" else None
    sem = None
    if mode != "lexical" and not pq.empty:  # only punctuation or emoji: nothing to mean, nothing found
        mask = cols.allowed(filters)
        allowed = None if mask is None else cols.ids[mask]
        qvec = query_vector if query_vector is not None else ctx.embedder.embed_query(q)
        sem = semantic_search(ctx, qvec, n_cand, allowed)
    if mode == "lexical":
        assert lex is not None
        ids, scores = lex.ids, lex.scores
    elif mode == "semantic":
        ids = sem.ids if sem is not None else np.zeros(0, np.int64)
        scores = sem.scores.astype(np.float64) if sem is not None else np.zeros(0)
    else:
        ids, scores = _fuse(lex, sem, ctx.settings.rrf_k, n_cand)
    page_ids = ids[offset : offset + limit].tolist()
    results = _hydrate(ctx, pq, page_ids, scores[offset : offset + limit].tolist(), lex, sem)
    facet_map = {}
    if facets:
        rows = cols.rows(ids)
        facet_map = compute_facets(
            cols,
            rows[rows >= 0],
            filters,
            size=ctx.settings.facet_size,
            budget_ms=ctx.settings.facet_time_budget_ms,
            toggle_url=toggle_url,
        )
    return SearchResponse(
        query=query,
        mode=mode,
        total=len(ids),
        took_ms=round((time.perf_counter() - t0) * 1000, 2),
        limit=limit,
        offset=offset,
        filters=filters.active(),
        results=results,
        facets={name: f.results for name, f in facet_map.items()},
        facets_meta=facet_map,
    )


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
    lex_set = set(np.asarray(ids)[np.isin(ids, lex.ids)].tolist()) if lex is not None else set()
    sem_set = set(np.asarray(ids)[np.isin(ids, sem.ids)].tolist()) if sem is not None else set()
    tri = (
        set(np.asarray(ids)[np.isin(ids, lex.trigram_only)].tolist())
        if lex and lex.trigram_only is not None
        else set()
    )
    snips: dict[int, str] = {}
    any_expr, tri_expr = pq.fts_any(), pq.trigram_any()
    if any_expr:
        snips.update(
            fts_snippets(conn, "items_fts", any_expr, [i for i in ids if i in lex_set and i not in tri])
        )
    if tri_expr and tri:
        snips.update(fts_snippets(conn, "items_tri", tri_expr, sorted(tri)))
    out = []
    for item_id, score in zip(ids, scores, strict=True):
        r = rows.get(item_id)
        if r is None:
            continue  # vanished between the search and now (re-indexed): skip rather than fail
        found_by = [name for name, s in (("lexical", lex_set), ("semantic", sem_set)) if item_id in s]
        out.append(
            SearchResult(
                item_id=r["uid"],
                source=r["source"],
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
