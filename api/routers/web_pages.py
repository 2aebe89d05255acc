"""Web pages of one thing: an item (/punkt/ID), a person (/person/ID), a case (/arende/DNR)."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse

from api.chart import Series, render_svg
from api.decision import decision_text
from api.deps import ArchiveDep, TemplatesDep
from api.query_syntax import parse_syntax
from api.repo import get_case, get_item, get_person, related
from api.schemas import ActionEntry, PersonDetail
from api.textmark import marked_text
from api.urls import case_path

router = APIRouter(include_in_schema=False)
ItemId = Annotated[str, Path(max_length=100)]


@router.get("/punkt/{item_id}", response_class=HTMLResponse)
def item_page(
    request: Request,
    ctx: ArchiveDep,
    templates: TemplatesDep,
    item_id: ItemId,
    q: Annotated[str, Query(max_length=500)] = "",
) -> HTMLResponse:
    """An item: whole text (reflowed, the search's words marked) with people and diarienummer linked, its
    meeting, who did what, related items, the original."""
    item = get_item(ctx, item_id)
    if item is None:
        raise HTTPException(404, f"Ingen punkt med id {item_id}")
    return templates.TemplateResponse(
        request,
        "item.html",
        {
            "item": item,
            "q": q.strip(),
            "decision": decision_text(item.text),
            "text": marked_text(item, parse_syntax(q).highlight_query()),
            "related": related(ctx, item_id, limit=10) or [],
        },
    )


def _timeline(person: PersonDetail) -> list[tuple[str, list[ActionEntry]]]:
    """The person's actions grouped by meeting date, newest first (undated last)."""
    by_date: dict[str, list[ActionEntry]] = defaultdict(list)
    for entries in person.actions.values():
        for e in entries:
            by_date[e.date or (str(e.year) if e.year else "")].append(e)
    return sorted(by_date.items(), key=lambda kv: kv[0], reverse=True)


@router.get("/person/{person_id}", response_class=HTMLResponse)
def person_page(
    request: Request,
    ctx: ArchiveDep,
    templates: TemplatesDep,
    person_id: Annotated[int, Path(ge=1, le=10**12)],
) -> HTMLResponse:
    """A person: parties, organs, roles, and what they raised, proposed, reserved and presented, by date."""
    person = get_person(ctx, person_id)
    if person is None:
        raise HTTPException(404, f"Ingen person med nummer {person_id}")
    chart = render_svg(
        [Series(person.name, person.mentions_per_year)],
        title=f"{person.name}: punkter per år",
        unit="punkter",
        chart_id="mentions",
    )
    return templates.TemplateResponse(
        request,
        "person.html",
        {
            "person": person,
            "timeline": _timeline(person),
            "chart": chart,
            "feed_url": f"/flode/person/{person_id}",
        },
    )


@router.get("/arende/{dnr:path}", response_class=HTMLResponse)
def case_page(
    request: Request,
    ctx: ArchiveDep,
    templates: TemplatesDep,
    dnr: Annotated[str, Path(min_length=1, max_length=100)],
) -> HTMLResponse:
    """An ärende: its path through organs and meetings, by date."""
    case = get_case(ctx, dnr)
    if case is None:
        raise HTTPException(404, f"Inget ärende med diarienummer {dnr}")
    return templates.TemplateResponse(
        request,
        "case.html",
        {
            "case": case,
            "feed_url": "/flode" + case_path(case.dnr),
        },
    )
