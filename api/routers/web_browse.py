"""Web pages to browse by: a meeting (/mote/ID), an organization, an organ and a party."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse

from api.chart import Series, render_svg
from api.context import ArchiveContext
from api.deps import ArchiveDep, TemplatesDep
from api.facets import party_label
from api.meetings import get_meeting, list_meetings
from api.people import organ_people, party_people
from api.urls import with_params

router = APIRouter(include_in_schema=False)
Name = Annotated[str, Path(min_length=1, max_length=200)]


@router.get("/mote/{meeting_id}", response_class=HTMLResponse)
def meeting_page(
    request: Request,
    ctx: ArchiveDep,
    templates: TemplatesDep,
    meeting_id: Annotated[str, Path(max_length=40)],
) -> HTMLResponse:
    """A meeting: its documents, attendance, agenda in order, and the organ's previous and next meeting."""
    meeting = get_meeting(ctx, meeting_id)
    if meeting is None:
        raise HTTPException(404, f"Inget möte med id {meeting_id}")
    return templates.TemplateResponse(
        request,
        "meeting.html",
        {"m": meeting, "json_url": f"/api/meetings/{meeting.meeting_id}"},
    )


def _counts(ctx: ArchiveContext, where: str, params: tuple[object, ...]) -> dict[str, dict[str, int]]:
    """Items per organ, per year and per document type, under one condition on `items i`."""
    out: dict[str, dict[str, int]] = {}
    for col in ("organ", "year", "doc_type"):
        rows = ctx.conn.execute(
            f"SELECT i.{col}, COUNT(*) FROM items i WHERE {where} AND i.{col} IS NOT NULL"
            f" GROUP BY i.{col} ORDER BY {'i.year' if col == 'year' else 'COUNT(*) DESC'}",
            params,
        )
        out[col] = {str(k): int(n) for k, n in rows}
    return out


def _year_chart(years: dict[str, int], base: dict[str, str], title: str) -> object:
    return render_svg(
        [Series("Punkter", years)],
        title=title,
        unit="punkter",
        chart_id="years",
        link=lambda y: with_params("/sok", {**base, "year": y}),
    )


@router.get("/organisation/{name}", response_class=HTMLResponse)
def organization_page(request: Request, ctx: ArchiveDep, templates: TemplatesDep, name: Name) -> HTMLResponse:
    """A kommun or region: its organs, meetings, items per year; links to its list of items."""
    counts = _counts(ctx, "i.organization = ?", (name,))
    if not counts["organ"] and not counts["year"]:
        raise HTTPException(404, f"Ingen organisation som heter {name} i arkivet")
    base = {"organization": name}
    return templates.TemplateResponse(
        request,
        "organization.html",
        {
            "name": name,
            "counts": counts,
            "meetings": list_meetings(ctx, organization=name, limit=50),
            "chart": _year_chart(counts["year"], base, f"{name}: punkter per år"),
            "list_url": with_params("/sok", base),
            "csv_url": with_params("/api/search", {**base, "format": "csv"}),
            "json_url": with_params("/api/meetings", base),
        },
    )


@router.get("/organisation/{name}/organ/{organ}", response_class=HTMLResponse)
def organ_page(
    request: Request, ctx: ArchiveDep, templates: TemplatesDep, name: Name, organ: Name
) -> HTMLResponse:
    """An organ of one organization: its meetings, its people with their roles, items per year."""
    counts = _counts(ctx, "i.organization = ? AND i.organ = ?", (name, organ))
    if not counts["year"] and not counts["doc_type"]:
        raise HTTPException(404, f"Inget organ {organ} i {name} i arkivet")
    base = {"organization": name, "organ": organ}
    return templates.TemplateResponse(
        request,
        "organ.html",
        {
            "name": name,
            "organ": organ,
            "counts": counts,
            "meetings": list_meetings(ctx, organization=name, organ=organ),
            "people": organ_people(ctx, name, organ),
            "chart": _year_chart(counts["year"], base, f"{organ}: punkter per år"),
            "list_url": with_params("/sok", base),
            "csv_url": with_params("/api/search", {**base, "format": "csv"}),
            "json_url": with_params("/api/meetings", base),
        },
    )


@router.get("/parti/{code}", response_class=HTMLResponse)
def party_page(
    request: Request, ctx: ArchiveDep, templates: TemplatesDep, code: Annotated[str, Path(max_length=20)]
) -> HTMLResponse:
    """A party: its people (most items first) and where the party's people appear."""
    people = party_people(ctx, code)
    where = "i.id IN (SELECT item_id FROM item_facets WHERE facet = 'party' AND value = ?)"
    counts = _counts(ctx, where, (code,))
    if not people and not counts["year"]:
        raise HTTPException(404, f"Inget parti {code} i arkivet")
    base = {"party": code}
    return templates.TemplateResponse(
        request,
        "party.html",
        {
            "code": code,
            "label": party_label(code),
            "people": people,
            "counts": counts,
            "chart": _year_chart(counts["year"], base, f"{party_label(code)}: punkter per år"),
            "list_url": with_params("/sok", base),
            "csv_url": with_params("/api/search", {**base, "format": "csv"}),
            "json_url": with_params("/api/search", base),
        },
    )
