"""A reader's search: the query syntax, browsing without a query, date order, one row per ärende.

`api.search` ranks the matches of one query (the engine: lexical, semantic, hybrid). This
module is what the API, the pages, the feeds, the CLI and the export ask:

- the search box's syntax (`api.query_syntax`): each OR-expansion is ranked by the engine and
  the lists are fused by reciprocal rank; -exclusions and "required phrases" cut the match set;
- no query at all: every item the filters allow, newest first (browsing an organ, a year);
- a query none of whose words occur in the archive: no results, close words from the archive's
  vocabulary (`api.suggest`) and the nearest items in meaning, apart and never counted;
- `sort`: relevance (the default with a query), newest or oldest (by meeting date, undated last;
  ties keep relevance, or the agenda's order when browsing);
- one ärende, one row (`api.dedup`): `total` counts rows, `total_items` items, and facets count
  each row once per value. A facet with selected values is counted over the matches of every
  other filter, so its other values can be added (several values of a facet are OR).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from api.context import ArchiveContext
from api.dedup import Groups, first_of_groups, groups_of, prefer_protocol
from api.errors import QueryError
from api.facets import match_facets
from api.filters import Filters
from api.fts import ParsedQuery, parse_query
from api.hits import LexicalHits
from api.lexical import lexical_search
from api.query_syntax import Syntax, excluded_ids, parse_syntax, required_ids
from api.schemas import AlsoRef, QueryExplained, SearchResponse, SearchResult
from api.search import MAX_LIMIT, MODES, Matches, _hydrate, find_matches
from api.semantic import SemanticHits
from api.suggest import suggest

SORTS = ("relevance", "newest", "oldest")
#: Items offered as "nearest in meaning" when no word of the query occurs in the archive.
NEIGHBOURS = 5
_EMPTY = np.zeros(0, np.int64)


@dataclass
class Listing:
    """Every match of a request: ordered, with one ärende's items folded into one row."""

    syntax: Syntax
    sort: str
    ids: np.ndarray  # item ids of every match, in order (not folded)
    scores: np.ndarray
    heads: np.ndarray  # positions in `ids` of each row's first item (one per group), in order
    pq: ParsedQuery
    lex: LexicalHits | None = None
    sem: SemanticHits | None = None
    no_match: bool = False
    neighbour_ids: np.ndarray = field(default_factory=lambda: _EMPTY)

    @property
    def row_ids(self) -> np.ndarray:
        """Item ids of the rows (the first item of each group), in order."""
        return self.ids[self.heads]


def _check(ctx: ArchiveContext, q: str, mode: str, sort: str) -> None:
    if len(q) > ctx.settings.max_query_chars:
        raise QueryError(f"query is longer than {ctx.settings.max_query_chars} characters")
    if mode not in MODES:
        raise QueryError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")


def _browse_rank(ctx: ArchiveContext) -> np.ndarray:
    """Each row's place in meeting order: date, organization, organ, protokoll before kallelse, agenda."""

    def make() -> np.ndarray:
        row = ctx.conn.execute(
            "SELECT group_concat(id) FROM (SELECT id FROM items ORDER BY date, organization, organ,"
            " CASE doc_type WHEN 'protokoll' THEN 0 WHEN 'kallelse' THEN 2 ELSE 1 END, doc_id, seq)"
        ).fetchone()
        ids = np.fromstring(row[0], dtype=np.int64, sep=",") if row and row[0] else _EMPTY
        rank = np.zeros(cols.n, dtype=np.int64)
        rank[cols.rows(ids)] = np.arange(len(ids))
        return rank

    cols = ctx.columns
    return cols.memo("browse_rank", make)


def _date_order(ctx: ArchiveContext, ids: np.ndarray, sort: str, browse: bool) -> np.ndarray:
    """The permutation of `ids` by meeting date (undated last); ties keep their order, or agenda order."""
    cols = ctx.columns
    rows = cols.rows(ids)
    dates = np.where(rows >= 0, cols.dates[np.maximum(rows, 0)], 0).astype(np.int64)
    key = np.where(dates > 0, -dates if sort == "newest" else dates, np.iinfo(np.int64).max)
    if browse:
        rank = _browse_rank(ctx)[np.maximum(rows, 0)]
        return np.lexsort((rank, key))
    return np.argsort(key, kind="stable")


def _fuse_lists(lists: list[tuple[np.ndarray, np.ndarray]], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Reciprocal-rank fusion of the ranked id lists of a query's OR-expansions."""
    if len(lists) == 1:
        return lists[0]
    score: dict[int, float] = {}
    for ids, _ in lists:
        for rank, i in enumerate(ids.tolist(), start=1):
            score[i] = score.get(i, 0.0) + 1.0 / (k + rank)
    fused = sorted(score.items(), key=lambda kv: -kv[1])
    return (
        np.fromiter((i for i, _ in fused), np.int64, count=len(fused)),
        np.fromiter((s for _, s in fused), np.float64, count=len(fused)),
    )


def _merge_sides(matches: list[Matches]) -> tuple[LexicalHits | None, SemanticHits | None]:
    """One LexicalHits and one SemanticHits holding every expansion's (for snippets and `found_by`)."""
    lexes = [m.lex for m in matches if m.lex is not None]
    sems = [m.sem for m in matches if m.sem is not None]
    if len(matches) == 1:
        return matches[0].lex, matches[0].sem
    lex = None
    if lexes:
        tri = [x.trigram_only for x in lexes if x.trigram_only is not None]
        ids = np.unique(np.concatenate([x.ids for x in lexes]))
        lex = LexicalHits(
            ids=ids, scores=np.zeros(len(ids)), trigram_only=np.unique(np.concatenate(tri)) if tri else None
        )
    sem = None
    if sems:
        ids = np.unique(np.concatenate([x.ids for x in sems]))
        sem = SemanticHits(ids=ids, scores=np.zeros(len(ids), np.float32), ranking=ids)
    return lex, sem


def _words_occur(ctx: ArchiveContext, syn: Syntax, lex: LexicalHits | None) -> bool:
    """True when some word of the query occurs somewhere in the archive (whatever the filters)."""
    if lex is not None and len(lex.ids):
        return True
    for e in syn.expansions:
        pq = parse_query(e)
        if pq.empty:
            continue
        hits = lexical_search(ctx.conn, pq, Filters(), ctx.settings.candidates, None, ctx.cache, ctx.lexicon)
        if len(hits.ids):
            return True
    return False


def _restrict(ctx: ArchiveContext, syn: Syntax, ids: np.ndarray) -> np.ndarray:
    """Which of `ids` hold every required phrase and no excluded word (a boolean mask)."""
    keep = np.ones(len(ids), dtype=bool)
    if syn.excluded:
        keep &= ~np.isin(ids, excluded_ids(ctx.conn, syn))
    req = required_ids(ctx.conn, syn)
    if req is not None:
        keep &= np.isin(ids, req)
    return keep


def _ranked(ctx: ArchiveContext, syn: Syntax, mode: str, filters: Filters) -> Listing:
    """The engine's matches of the positive query, fused over OR-expansions, restricted (not ordered yet)."""
    matches = [find_matches(ctx, e, mode=mode, filters=filters) for e in syn.expansions]
    ids, scores = _fuse_lists([(m.ids, m.scores) for m in matches], ctx.settings.rrf_k)
    lex, sem = _merge_sides(matches)
    pq = parse_query(syn.highlight_query())
    if not _words_occur(ctx, syn, lex):
        neighbours = sem.ids[:NEIGHBOURS] if sem is not None else _EMPTY
        return Listing(syn, "relevance", _EMPTY, np.zeros(0), _EMPTY, pq, lex, sem, True, neighbours)
    keep = _restrict(ctx, syn, ids)
    return Listing(syn, "relevance", ids[keep], scores[keep], _EMPTY, pq, lex, sem)


def _browse(ctx: ArchiveContext, syn: Syntax, filters: Filters) -> Listing:
    """Every item the filters allow (no query to rank by)."""
    cols = ctx.columns
    mask = cols.allowed(filters)
    ids = cols.ids if mask is None else cols.ids[mask]
    ids = ids[_restrict(ctx, syn, ids)]
    return Listing(syn, "newest", ids, np.zeros(len(ids)), _EMPTY, parse_query(""))


def find_listing(
    ctx: ArchiveContext,
    query: str,
    *,
    mode: str = "hybrid",
    filters: Filters | None = None,
    sort: str | None = None,
) -> Listing:
    """Every match of a request, ordered and folded (see the module docstring).

    Args:
        ctx: The open archive.
        query: What the user typed (may be empty: browse the filters).
        mode: "hybrid", "lexical" or "semantic".
        filters: Facet values (OR within a facet) and the date range.
        sort: "relevance", "newest" or "oldest"; None: relevance with a query, newest without.

    Raises:
        QueryError: An over-long query, an unknown mode or sort.
    """
    q = (query or "").strip()
    _check(ctx, q, mode, sort or "relevance")
    filters = filters or Filters()
    ctx.refresh()
    syn = parse_syntax(q)
    listing = _ranked(ctx, syn, mode, filters) if syn.positive else _browse(ctx, syn, filters)
    browse = not syn.positive
    listing.sort = sort or listing.sort
    if browse and listing.sort == "relevance":
        listing.sort = "newest"  # nothing to rank by
    if listing.sort != "relevance" and len(listing.ids):
        order = _date_order(ctx, listing.ids, listing.sort, browse)
        listing.ids, listing.scores = listing.ids[order], listing.scores[order]
    cols = ctx.columns
    groups = groups_of(ctx.conn, cols)
    listing.heads = first_of_groups(cols.rows(listing.ids), groups)
    listing.ids = prefer_protocol(listing.ids, listing.heads, groups, cols)
    return listing


def _rows_for(ctx: ArchiveContext, query: str, mode: str, filters: Filters) -> Callable[[str], np.ndarray]:
    """For a facet with selected values: the rows of the matches under every other filter."""

    def rows(name: str) -> np.ndarray:
        other = find_listing(ctx, query, mode=mode, filters=filters.without(name), sort="relevance")
        r = ctx.columns.rows(other.ids)
        return r[r >= 0]

    return rows


def _also(ctx: ArchiveContext, groups: Groups, page_ids: list[int]) -> dict[int, list[AlsoRef]]:
    """For each item id of a page, the other items of its group."""
    cols = ctx.columns
    rows = cols.rows(np.asarray(page_ids, np.int64))
    wanted: dict[int, list[int]] = {}
    for item_id, r in zip(page_ids, rows.tolist(), strict=True):
        members = groups.members.get(int(groups.of_row[r]), []) if r >= 0 else []
        others = [int(cols.ids[m]) for m in members if m != r]
        if others:
            wanted[item_id] = others
    flat = sorted({i for v in wanted.values() for i in v})
    if not flat:
        return {}
    marks = ",".join("?" * len(flat))
    refs = {
        r["id"]: AlsoRef(item_id=r["uid"], number=r["number"], title=r["title"], doc_type=r["doc_type"])
        for r in ctx.conn.execute(
            f"SELECT id, uid, number, title, doc_type FROM items WHERE id IN ({marks})", flat
        )
    }
    return {k: [refs[i] for i in v if i in refs] for k, v in wanted.items()}


def hydrate(ctx: ArchiveContext, listing: Listing, ids: list[int], scores: list[float]) -> list[SearchResult]:
    """Results for item ids of a listing: metadata, snippet, meeting and the ärende's other items."""
    results = _hydrate(ctx, listing.pq, ids, scores, listing.lex, listing.sem)
    if not ids:
        return results
    marks = ",".join("?" * len(ids))
    uid_of = dict(ctx.conn.execute(f"SELECT id, uid FROM items WHERE id IN ({marks})", ids).fetchall())
    meeting = dict(
        ctx.conn.execute(
            "SELECT i.uid, m.uid FROM items i JOIN meetings m ON m.id = i.meeting_id"
            f" WHERE i.id IN ({marks})",
            ids,
        ).fetchall()
    )
    also = _also(ctx, groups_of(ctx.conn, ctx.columns), ids)
    also_by_uid = {uid_of[k]: v for k, v in also.items() if k in uid_of}
    for r in results:
        r.meeting_id = meeting.get(r.item_id)
        r.also = also_by_uid.get(r.item_id, [])
    return results


def list_items(
    ctx: ArchiveContext,
    query: str,
    *,
    mode: str = "hybrid",
    filters: Filters | None = None,
    sort: str | None = None,
    limit: int = 20,
    offset: int = 0,
    toggle_url: Callable[[str, str], str] | None = None,
    facets: bool = True,
    listing: Listing | None = None,
) -> SearchResponse:
    """A page of a reader's search or browse, in the `arkiv search --json` contract (with added fields).

    `listing` is the request's `find_listing` when the caller has it already (the page draws its
    chart from it).

    Raises:
        QueryError: As `find_listing`, or a bad limit/offset.
    """
    t0 = time.perf_counter()
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, offset not negative")
    filters = filters or Filters()
    listing = listing or find_listing(ctx, query, mode=mode, filters=filters, sort=sort)
    heads = listing.heads[offset : offset + limit]
    results = hydrate(ctx, listing, listing.ids[heads].tolist(), listing.scores[heads].tolist())
    facet_map = {}
    if facets:
        groups = groups_of(ctx.conn, ctx.columns)
        facet_map = match_facets(
            ctx,
            listing.ids,
            filters,
            toggle_url=toggle_url,
            rows_for=_rows_for(ctx, query, mode, filters),
            groups=groups.of_row,
            grouped=groups.grouped,
        )
    syn = listing.syntax
    nb = listing.neighbour_ids.tolist()
    return SearchResponse(
        query=query,
        mode=mode,
        total=len(listing.heads),
        took_ms=round((time.perf_counter() - t0) * 1000, 2),
        limit=limit,
        offset=offset,
        filters=filters.public(),
        results=results,
        facets={name: f.results for name, f in facet_map.items()},
        facets_meta=facet_map,
        sort=listing.sort,
        total_items=len(listing.ids),
        query_syntax=QueryExplained(required=syn.required, excluded=syn.excluded, or_groups=syn.or_groups),
        no_match=listing.no_match,
        suggestions=suggest(ctx, syn) if listing.no_match else [],
        neighbours=hydrate(ctx, listing, nb, [0.0] * len(nb)) if nb else [],
    )
