"""`GET /api/search`: the search contract of DESIGN.md over HTTP."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import ArchiveDep
from api.routers.params import SearchQueryDep
from api.schemas import SearchResponse
from api.search import search
from api.urls import toggle_factory

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search", response_model=SearchResponse, summary="Search items with filters and facets")
def api_search(
    ctx: ArchiveDep,
    sq: SearchQueryDep,
    limit: Annotated[int, Query(ge=1, le=100, description="Results per page, 1–100.")] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000, description="Results to skip (paging).")] = 0,
) -> SearchResponse:
    """Search the archive. Facet counts are over all matches of the query and filters; each facet value
    carries a `toggle_url` that flips its filter. Errors: 422 for an empty or over-long `q`, a bad `mode`,
    `year` or `limit`."""
    params = sq.state()
    if limit != 20:
        params["limit"] = str(limit)
    return search(
        ctx,
        sq.q,
        mode=sq.mode,
        filters=sq.filters,
        limit=limit,
        offset=offset,
        toggle_url=toggle_factory("/api/search", params),
    )
