"""`GET /api/cases/{dnr}`: an ärende by its diarienummer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from api.deps import ArchiveDep
from api.repo import get_case
from api.schemas import CaseDetail

router = APIRouter(prefix="/api/cases", tags=["cases"])


@router.get(
    "/{dnr:path}",
    response_model=CaseDetail,
    responses={404: {"description": "No such case"}},
    summary="One case (diarienummer)",
)
def api_case(
    ctx: ArchiveDep,
    dnr: Annotated[str, Path(min_length=1, max_length=100, description="e.g. KS-2025-00970 or RS/292/2024")],
) -> CaseDetail:
    """Every item that carries the diarienummer, by date, across documents and organs. The number is
    normalised first, so `ks 2025-00970` finds `KS-2025-00970`."""
    case = get_case(ctx, dnr)
    if case is None:
        raise HTTPException(404, f"no case {dnr!r}")
    return case
