"""`GET /api/cases/{dnr}`: an ärende by its diarienummer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

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
    organization: Annotated[
        str | None, Query(max_length=200, description="the organization whose ärende (e.g. Alingsås kommun)")
    ] = None,
) -> CaseDetail:
    """Every item of the ärende, by date, across documents and organs. Any printed form finds it:
    `ks 2025-00970` finds `KS-2025-00970`, `KS 2026/16` finds `2026.016 KS`. Organizations number
    their cases independently: the ärende with the most items is returned, the others are named in
    `others` (choose one with `organization`)."""
    case = get_case(ctx, dnr, organization)
    if case is None:
        raise HTTPException(404, f"no case {dnr!r}")
    return case
