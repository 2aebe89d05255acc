"""Web pages: the overview (/), search and browse (/sok) and the people list (/personer)."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse

from api.chart import Series, legend, render_svg, rows_series
from api.deps import STATIC_DIR, ArchiveDep, TemplatesDep
from api.listing import find_listing, list_items
from api.people import people_overview
from api.repo import find_persons, stats
from api.routers.params import SearchQueryDep
from api.urls import FILTER_NAMES, State, toggle_factory, values_of, with_params, without

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, ctx: ArchiveDep, templates: TemplatesDep) -> HTMLResponse:
    """What the archive holds: organizations, organs, years, document types, counts, each linked."""
    s = stats(ctx)
    years = {y: n for y, n in s.years.items() if str(y).isdigit()}
    chart = render_svg(
        [Series("Alla punkter", years)],
        title="Punkter per år i arkivet",
        unit="punkter",
        chart_id="years",
        link=lambda y: with_params("/sok", {"year": y}),
    )
    return templates.TemplateResponse(request, "index.html", {"stats": s, "chart": chart})


def _pages(total: int, page: int, state: State) -> dict[str, object]:
    """Pagination: the number of pages and the previous/next links (the URL keeps the search state)."""
    n = max(1, math.ceil(total / PAGE_SIZE))

    def url(p: int) -> str:
        return with_params("/sok", {**state, "sida": str(p)} if p > 1 else state)

    return {
        "page": page,
        "pages": n,
        "prev": url(page - 1) if page > 1 else None,
        "next": url(page + 1) if page < n else None,
    }


def _chips(state: State) -> list[tuple[str, str, str]]:
    """(filter name, value, URL without it) of every active filter value."""
    out = []
    for name in (*FILTER_NAMES, "from", "to"):
        for value in values_of(state, name):
            out.append((name, value, without("/sok", state, name, value)))
    return out


def _switch_urls(state: State, key: str, values: tuple[str, ...], default: str) -> dict[str, str]:
    """The current URL with `key` set to each of `values` (the default left out of the URL)."""
    base = {k: v for k, v in state.items() if k != key}
    return {v: with_params("/sok", base if v == default else {**base, key: v}) for v in values}


@router.get("/sok", response_class=HTMLResponse)
def search_page(
    request: Request,
    ctx: ArchiveDep,
    templates: TemplatesDep,
    sq: SearchQueryDep,
    sida: Annotated[int, Query(ge=1, le=500)] = 1,
) -> HTMLResponse:
    """Search, or browse without a query: results (one row per ärende), facets, order, dates, exports."""
    state = sq.state()
    page: dict[str, object] = {"q": sq.q, "mode": sq.mode, "sort": sq.sort, "state": state, "response": None}
    page["active"] = _chips(state)
    page["hidden"] = [(k, v) for k in FILTER_NAMES for v in values_of(state, k)]
    page["date_from"], page["date_to"] = sq.filters.date_from or "", sq.filters.date_to or ""
    if sq.q or sq.filters.active() or sq.sort:
        listing = find_listing(ctx, sq.q, mode=sq.mode, filters=sq.filters, sort=sq.sort)
        response = list_items(
            ctx,
            sq.q,
            mode=sq.mode,
            filters=sq.filters,
            sort=sq.sort,
            limit=PAGE_SIZE,
            offset=(sida - 1) * PAGE_SIZE,
            toggle_url=toggle_factory("/sok", state),
            listing=listing,
        )
        rows = ctx.columns.rows(listing.row_ids)
        series = rows_series(ctx.columns, rows[rows >= 0], split=len(sq.filters.organization) != 1)
        what = f"”{sq.q}”" if sq.q else "urvalet"
        other = {k: v for k, v in state.items() if k != "year"}
        page.update(
            response=response,
            chart=render_svg(
                series,
                title=f"Träffar per år för {what}",
                link=lambda y: with_params("/sok", {**other, "year": y}),
            ),
            legend=legend(series) if len(series) > 1 else [],
            pager=_pages(response.total, sida, state),
            feed_url=with_params("/flode/sok", state),
            json_url=with_params("/api/search", state),
            csv_url=with_params("/api/search", {**state, "format": "csv"}),
            ndjson_url=with_params("/api/search", {**state, "format": "ndjson"}),
            mode_urls=_switch_urls(state, "mode", ("hybrid", "lexical", "semantic"), "hybrid"),
            sort_urls=_switch_urls(
                state,
                "sort",
                ("relevance", "newest", "oldest") if sq.q else ("newest", "oldest"),
                "relevance" if sq.q else "newest",
            ),
            suggestion_urls=[(s, with_params("/sok", {**state, "q": s})) for s in response.suggestions],
        )
    return templates.TemplateResponse(request, "search.html", page)


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    """The site's icon (browsers ask for /favicon.ico whatever the page links)."""
    return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")


@router.get("/personer", response_class=HTMLResponse)
def persons_page(
    request: Request,
    ctx: ArchiveDep,
    templates: TemplatesDep,
    q: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    """Find a person by name (fuzzy), or see everyone by organ and party."""
    found = find_persons(ctx, q.strip(), limit=30) if q.strip() else []
    overview_ = None if q.strip() else people_overview(ctx)
    return templates.TemplateResponse(
        request, "persons.html", {"q": q.strip(), "persons": found, "overview": overview_}
    )
