"""`GET /api/cases/{dnr}`: an ärende by its diarienummer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from api.deps import ArchiveDep
from api.repo import get_case
from api.schemas import CaseDetail

router = APIRouter(prefix="/api/cases", tags=["ärenden"])


@router.get(
    "/{dnr:path}",
    response_model=CaseDetail,
    responses={404: {"description": "Inget ärende med det diarienumret"}},
    summary="Ett ärende (diarienummer)",
)
def api_case(
    ctx: ArchiveDep,
    dnr: Annotated[
        str, Path(min_length=1, max_length=100, description="t.ex. KS-2025-00970 eller RS/292/2024")
    ],
) -> CaseDetail:
    """Ärendets titel och beslut, och varje punkt med diarienumret i datumordning, över dokument och organ.
    Numret normaliseras först, så `ks 2025-00970` hittar `KS-2025-00970`."""
    case = get_case(ctx, dnr)
    if case is None:
        raise HTTPException(404, f"no case {dnr!r}")
    return case
