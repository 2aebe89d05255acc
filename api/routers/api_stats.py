"""`GET /api/stats`: what the archive holds."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import ArchiveDep
from api.repo import stats
from api.schemas import Stats

router = APIRouter(prefix="/api", tags=["stats"])


@router.get("/stats", response_model=Stats, summary="What the archive holds")
def api_stats(ctx: ArchiveDep) -> Stats:
    """Counts of documents, items, persons and cases; items per organization, organ, year and document
    type; the date range; the embedding model that built the archive."""
    return stats(ctx)
