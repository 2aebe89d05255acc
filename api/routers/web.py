"""Web pages: the overview (/), search (/sok) and the person look-up (/personer)."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from api.chart import Series, legend, render_svg, year_series
from api.deps import ArchiveDep, TemplatesDep
from api.repo import find_persons, stats
from api.routers.params import SearchQueryDep
from api.search import search
from api.urls import FILTER_NAMES, toggle_factory, with_params, without

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, ctx: ArchiveDep, templates: TemplatesDep) -> HTMLResponse:
    """What the archive holds: organizations, organs, years, document types, counts; a search box."""
    s = stats(ctx)
    years = {y: n for y, n in s.years.items() if str(y).isdigit()}
    chart = render_svg(
        [Series("Alla punkter", years)], title="Punkter per år i arkivet", unit="punkter", chart_id="years"
    )
    return templates.TemplateResponse(request, "index.html", {"stats": s, "chart": chart})


def _pages(total: int, page: int, state: dict[str, str]) -> dict[str, object]:
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


@router.get("/sok", response_class=HTMLResponse)
def search_page(
    request: Request,
    ctx: ArchiveDep,
    templates: TemplatesDep,
    sq: SearchQueryDep,
    sida: Annotated[int, Query(ge=1, le=500)] = 1,
) -> HTMLResponse:
    """The search page: query box, mode switch, facets that toggle filters, results, a chart, pagination."""
    state = sq.state()
    page: dict[str, object] = {"q": sq.q, "mode": sq.mode, "state": state, "response": None}
    active = sq.filters.active()
    page["active"] = [(name, value, without("/sok", state, name)) for name, value in active.items()]
    page["hidden"] = {k: v for k, v in active.items() if k in FILTER_NAMES}
    if sq.q:
        response = search(
            ctx,
            sq.q,
            mode=sq.mode,
            filters=sq.filters,
            limit=PAGE_SIZE,
            offset=(sida - 1) * PAGE_SIZE,
            toggle_url=toggle_factory("/sok", state),
        )
        series = year_series(ctx, sq.q, sq.mode, sq.filters, response)
        page.update(
            response=response,
            chart=render_svg(series, title=f"Träffar per år för ”{sq.q}”"),
            legend=legend(series) if len(series) > 1 else [],
            pager=_pages(response.total, sida, state),
            feed_url=with_params("/flode/sok", state),
            mode_urls={
                m: with_params(
                    "/sok",
                    {**state, "mode": m}
                    if m != "hybrid"
                    else {k: v for k, v in state.items() if k != "mode"},
                )
                for m in ("hybrid", "lexical", "semantic")
            },
        )
    return templates.TemplateResponse(request, "search.html", page)


@router.get("/personer", response_class=HTMLResponse)
def persons_page(
    request: Request,
    ctx: ArchiveDep,
    templates: TemplatesDep,
    q: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    """Find a person by name (fuzzy), then open their page."""
    found = find_persons(ctx, q.strip(), limit=30) if q.strip() else []
    return templates.TemplateResponse(request, "persons.html", {"q": q.strip(), "persons": found})
