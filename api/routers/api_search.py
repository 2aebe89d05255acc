"""`GET /api/search`: the search contract of DESIGN.md over HTTP, as JSON, CSV or NDJSON."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse

from api.deps import ArchiveDep
from api.export import SEARCH_FIELDS, csv_lines, ndjson_lines, search_rows
from api.listing import find_listing, list_items
from api.routers.params import SearchQueryDep
from api.schemas import SearchResponse
from api.urls import toggle_factory

router = APIRouter(prefix="/api", tags=["sök"])
_EXPORT_HEADERS = {
    "X-Total-Count": {"description": "Antal träffrader (ärenden) totalt.", "schema": {"type": "integer"}},
    "X-Export-Truncated": {"description": "`true` när taket klippte listan.", "schema": {"type": "string"}},
}
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Träffarna som JSON; som format=csv eller format=ndjson alla rader upp till taket.",
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
        "headers": _EXPORT_HEADERS,
    }
}


@router.get(
    "/search",
    response_model=SearchResponse,
    responses=_RESPONSES,
    summary="Sök eller bläddra bland punkter, med filter och facetter",
)
def api_search(
    request: Request,
    ctx: ArchiveDep,
    sq: SearchQueryDep,
    limit: Annotated[int, Query(ge=1, le=100, description="Träffar per sida, 1–100.")] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000, description="Träffar att hoppa över (sidor).")] = 0,
    format: Annotated[
        Literal["json", "csv", "ndjson"],
        Query(description="json (en sida), eller csv/ndjson: alla träffrader upp till exporttaket."),
    ] = "json",
) -> Any:
    """Söker i arkivet, eller listar utan `q` allt som filtren släpper igenom (nyast först). Samma ärende i
    samma möte (kallelsens punkt och protokollets paragraf) är en rad med båda länkarna (`also`); `total`
    räknar rader, `total_items` punkter. Facetternas antal gäller alla träffar; varje värde har en
    `toggle_url` som lägger till eller tar bort filtret. Flera värden av samma facett kombineras med ELLER,
    olika facetter med OCH. När inget av frågans ord finns i arkivet blir det inga träffar, men förslag
    (`suggestions`) och närliggande punkter (`neighbours`, räknas inte som träffar)."""
    if format != "json":
        return _export(request, ctx, sq, format)
    params = sq.state()
    if limit != 20:
        params["limit"] = str(limit)
    return list_items(
        ctx,
        sq.q,
        mode=sq.mode,
        filters=sq.filters,
        sort=sq.sort,
        limit=limit,
        offset=offset,
        toggle_url=toggle_factory("/api/search", params),
    )


def _export(request: Request, ctx: Any, sq: Any, fmt: str) -> Response:
    """Every result row of a search, up to the cap, as CSV or NDJSON."""
    listing = find_listing(ctx, sq.q, mode=sq.mode, filters=sq.filters, sort=sq.sort)
    cap = ctx.settings.export_max_rows
    ids = listing.row_ids[:cap].tolist()
    rows = list(search_rows(ctx.conn, ids, str(request.base_url)))  # read now, on this request's thread
    headers = {
        "X-Total-Count": str(len(listing.heads)),
        "X-Export-Truncated": "true" if len(listing.heads) > cap else "false",
        "Content-Disposition": f'attachment; filename="arkiv-sok.{fmt}"',
    }
    if fmt == "csv":
        return StreamingResponse(
            csv_lines(SEARCH_FIELDS, rows), media_type="text/csv; charset=utf-8", headers=headers
        )
    return StreamingResponse(ndjson_lines(rows), media_type="application/x-ndjson", headers=headers)
