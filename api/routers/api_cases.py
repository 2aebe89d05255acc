"""`GET /api/cases/{dnr}`: an ärende by its diarienummer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

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
        str,
        Path(min_length=1, max_length=100, description="t.ex. KS-2025-00970, RS/292/2024 eller 2026.016 KS"),
    ],
    organization: Annotated[
        str | None, Query(max_length=200, description="organisationen vars ärende (t.ex. Alingsås kommun)")
    ] = None,
) -> CaseDetail:
    """Ärendets titel och beslut, och varje punkt med diarienumret i datumordning, över dokument och organ.
    Varje tryckt form hittar det: `ks 2025-00970` hittar `KS-2025-00970`, `KS 2026/16` hittar
    `2026.016 KS`. Organisationer numrerar sina ärenden var för sig: ärendet med flest punkter
    returneras, de andra nämns i `others` (välj med `organization`)."""
    case = get_case(ctx, dnr, organization)
    if case is None:
        raise HTTPException(404, f"no case {dnr!r}")
    return case
