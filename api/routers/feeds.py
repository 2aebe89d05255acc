"""Atom feeds of the newest items of a search, a person and a case (linked from their pages)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import Response

from api.context import ArchiveContext
from api.deps import ArchiveDep
from api.feeds import FEED_SIZE, MEDIA_TYPE, build_feed, item_entry, newest_first, plain
from api.listing import list_items
from api.repo import get_case, get_person
from api.routers.params import SearchQueryDep
from api.urls import case_path, with_params

router = APIRouter(prefix="/flode", tags=["flöden"])
_ATOM: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Ett Atom-flöde.",
        "content": {"application/atom+xml": {"schema": {"type": "string"}}},
    },
}
_ATOM_404: dict[int | str, dict[str, Any]] = {**_ATOM, 404: {"description": "Finns inte."}}


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _built_at(ctx: ArchiveContext) -> str:
    manifest = getattr(ctx, "manifest", None) or {}
    return str(manifest.get("built_at") or "1970-01-01T00:00:00Z")


def _atom(body: bytes) -> Response:
    return Response(body, media_type=MEDIA_TYPE)


@router.get("/sok", summary="Atom-flöde för en sökning", response_class=Response, responses=_ATOM)
def search_feed(request: Request, ctx: ArchiveDep, sq: SearchQueryDep) -> Response:
    """De nyaste träffarna för en sökning (samma parametrar som söksidan; utan `q` de nyaste i urvalet)."""
    result = list_items(
        ctx, sq.q, mode=sq.mode, filters=sq.filters, sort="newest", limit=FEED_SIZE, facets=False
    )
    base, state, fallback = _base(request), sq.state(), _built_at(ctx)
    entries = [item_entry(r, base, plain(r.snippet), fallback) for r in newest_first(result.results)]
    where = ", ".join(
        f"{k}: {' / '.join(v) if isinstance(v, list) else v}" for k, v in sq.filters.public().items()
    )
    return _atom(
        build_feed(
            title=f"arkiv: {sq.q or 'de nyaste'}" + (f" ({where})" if where else ""),
            subtitle=f"De senaste av {result.total} träffar",
            feed_id=f"{base}{with_params('/flode/sok', state)}",
            self_url=str(request.url),
            page_url=base + with_params("/sok", state),
            entries=entries,
            fallback_time=fallback,
        )
    )


@router.get(
    "/person/{person_id}", summary="Atom-flöde för en person", response_class=Response, responses=_ATOM_404
)
def person_feed(
    request: Request, ctx: ArchiveDep, person_id: Annotated[int, Path(ge=1, le=10**12)]
) -> Response:
    """De nyaste punkterna där personen förekommer."""
    person = get_person(ctx, person_id)
    if person is None:
        raise HTTPException(404, f"Ingen person med nummer {person_id}")
    base, fallback = _base(request), _built_at(ctx)
    party = f" ({person.party})" if person.party else ""
    return _atom(
        build_feed(
            title=f"arkiv: {person.name}{party}",
            feed_id=f"{base}/flode/person/{person_id}",
            self_url=str(request.url),
            page_url=f"{base}/person/{person_id}",
            entries=[item_entry(it, base, fallback_time=fallback) for it in newest_first(person.items)],
            fallback_time=fallback,
        )
    )


@router.get(
    "/arende/{dnr:path}", summary="Atom-flöde för ett ärende", response_class=Response, responses=_ATOM_404
)
def case_feed(
    request: Request, ctx: ArchiveDep, dnr: Annotated[str, Path(min_length=1, max_length=100)]
) -> Response:
    """De nyaste punkterna i ett ärende."""
    case = get_case(ctx, dnr)
    if case is None:
        raise HTTPException(404, f"Inget ärende med diarienummer {dnr}")
    base, fallback = _base(request), _built_at(ctx)
    return _atom(
        build_feed(
            title=f"arkiv: ärende {case.dnr}",
            feed_id=f"{base}/flode{case_path(case.dnr)}",
            self_url=str(request.url),
            page_url=base + case_path(case.dnr),
            entries=[item_entry(it, base, fallback_time=fallback) for it in newest_first(case.items)],
            fallback_time=fallback,
        )
    )
