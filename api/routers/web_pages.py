"""Web pages of one thing: an item (/punkt/ID), a person (/person/ID), a case (/arende/DNR)."""

from __future__ import annotations

import mimetypes
from collections import defaultdict
from pathlib import Path as FsPath
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import FileResponse, HTMLResponse

from api.chart import Series, render_svg
from api.context import ArchiveContext
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
    meeting, who did what, related items, the source."""
    item = get_item(ctx, item_id)
    if item is None:
        raise HTTPException(404, f"Ingen punkt med id {item_id}")
    source = _source_file(ctx, item_id) or FsPath(item.source)
    return templates.TemplateResponse(
        request,
        "item.html",
        {
            "item": item,
            "q": q.strip(),
            "decision": decision_text(item.text),
            "text": marked_text(item, parse_syntax(q).highlight_query()),
            "related": related(ctx, item_id, limit=10) or [],
            "source_name": source.name,
            "source_available": source.is_file(),
        },
    )


@router.get("/punkt/{item_id}/kalla")
def item_source(ctx: ArchiveDep, item_id: ItemId) -> FileResponse:
    """The original document the item was read from (only files the indexer recorded are ever served)."""
    item = get_item(ctx, item_id)
    if item is None:
        raise HTTPException(404, f"Ingen punkt med id {item_id}")
    path = _source_file(ctx, item_id) or FsPath(item.source)
    if not path.is_file():
        raise HTTPException(404, f"Källdokumentet {path.name} finns inte längre på servern")
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if media.startswith("text/"):
        media += "; charset=utf-8" if _is_utf8(path) else "; charset=windows-1252"
    return FileResponse(path, media_type=media, filename=path.name, content_disposition_type="inline")


def _source_file(ctx: ArchiveContext, item_id: str) -> FsPath | None:
    """The absolute path the indexer recorded for the item's document (`source` may be relative)."""
    row = ctx.conn.execute(
        "SELECT d.path FROM items i JOIN documents d ON d.id = i.doc_id WHERE i.uid = ?", (item_id,)
    ).fetchone()
    return FsPath(row[0]) if row and row[0] else None


def _is_utf8(path: FsPath) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


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
