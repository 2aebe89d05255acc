"""`GET /api/meetings` (a list) and `GET /api/meetings/{id}` (one meeting)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from api.deps import ArchiveDep
from api.meetings import get_meeting, list_meetings
from api.schemas import MeetingDetail, MeetingRef

router = APIRouter(prefix="/api/meetings", tags=["möten"])
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "Inget möte med det id:t"}}


@router.get("", response_model=list[MeetingRef], summary="Möten, nyast först")
def api_meetings(
    ctx: ArchiveDep,
    organization: Annotated[str | None, Query(max_length=200, description="Kommun eller region.")] = None,
    organ: Annotated[str | None, Query(max_length=200, description="Organ (nämnd, styrelse).")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100, description="Mötesår.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[MeetingRef]:
    """Möten (organisation + organ + datum) som arkivet har dokument från, med dokumenttyper och antal
    punkter."""
    return list_meetings(ctx, organization=organization, organ=organ, year=year, limit=limit)


@router.get("/{meeting_id}", response_model=MeetingDetail, responses=_NOT_FOUND, summary="Ett möte")
def api_meeting(
    ctx: ArchiveDep,
    meeting_id: Annotated[str, Path(max_length=40, description="Mötets id, t.ex. 2024-08-27-ff40aeaa.")],
) -> MeetingDetail:
    """Mötets dokument (kallelse, protokoll, bilagor), närvaro (namn, parti, roll), dagordningen i ordning
    med samma ärende i mötets andra dokument, och organets föregående och nästa möte."""
    meeting = get_meeting(ctx, meeting_id)
    if meeting is None:
        raise HTTPException(404, f"no meeting {meeting_id!r}")
    return meeting
