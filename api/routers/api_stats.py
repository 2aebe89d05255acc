"""`GET /api/stats`: what the archive holds."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import ArchiveDep
from api.repo import stats
from api.schemas import Stats

router = APIRouter(prefix="/api", tags=["statistik"])


@router.get("/stats", response_model=Stats, summary="Vad arkivet innehåller")
def api_stats(ctx: ArchiveDep) -> Stats:
    """Antal dokument, punkter, personer och ärenden; punkter per organisation, organ, år och dokumenttyp;
    datumspannet; språkmodellen som byggde arkivet."""
    return stats(ctx)
