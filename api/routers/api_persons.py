"""`GET /api/persons?q=` (fuzzy look-up) and `GET /api/persons/{id}`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from api.deps import ArchiveDep
from api.repo import find_persons, get_person
from api.schemas import PersonDetail, PersonSummary

router = APIRouter(prefix="/api/persons", tags=["personer"])


@router.get("", response_model=list[PersonSummary], summary="Hitta personer på namn")
def api_find_persons(
    ctx: ArchiveDep,
    q: Annotated[
        str, Query(min_length=1, max_length=200, description='Ett namn eller en del av ett ("hamberg").')
    ],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[PersonSummary]:
    """Personer vars namn liknar `q`, bästa först (stavningsvarianter och efternamn räcker)."""
    return find_persons(ctx, q, limit=limit)


@router.get(
    "/{person_id}",
    response_model=PersonDetail,
    responses={404: {"description": "Ingen person med det numret"}},
    summary="En person",
)
def api_person(ctx: ArchiveDep, person_id: Annotated[int, Path(ge=1, le=10**12)]) -> PersonDetail:
    """En person: partier, organ, roller, vad personen väckt, yrkat, reserverat sig mot och föredragit,
    per år."""
    person = get_person(ctx, person_id)
    if person is None:
        raise HTTPException(404, f"no person {person_id}")
    return person
