"""`GET /api/persons?q=` (fuzzy look-up) and `GET /api/persons/{id}`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from api.deps import ArchiveDep
from api.repo import find_persons, get_person
from api.schemas import PersonDetail, PersonSummary

router = APIRouter(prefix="/api/persons", tags=["persons"])


@router.get("", response_model=list[PersonSummary], summary="Find persons by name")
def api_find_persons(
    ctx: ArchiveDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description='A name or part of one ("hamberg").')],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[PersonSummary]:
    """Persons whose name matches `q`, best match first (fuzzy: spelling variants and surnames match)."""
    return find_persons(ctx, q, limit=limit)


@router.get(
    "/{person_id}",
    response_model=PersonDetail,
    responses={404: {"description": "No such person"}},
    summary="One person",
)
def api_person(ctx: ArchiveDep, person_id: Annotated[int, Path(ge=1, le=10**12)]) -> PersonDetail:
    """A person: parties, organs, roles, what they raised, proposed, reserved, presented, per year."""
    person = get_person(ctx, person_id)
    if person is None:
        raise HTTPException(404, f"no person {person_id}")
    return person
