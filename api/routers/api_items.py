"""`GET /api/items/{id}` and `GET /api/items/{id}/related`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from api.deps import ArchiveDep
from api.repo import get_item, related
from api.schemas import ItemDetail, RelatedItem

router = APIRouter(prefix="/api/items", tags=["punkter"])
ItemId = Annotated[str, Path(max_length=100, description='Punktens id, t.ex. "3d44ddcbe333-4".')]
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "Ingen punkt med det id:t"}}


@router.get("/{item_id}", response_model=ItemDetail, responses=_NOT_FOUND, summary="En punkt med hela texten")
def api_item(ctx: ArchiveDep, item_id: ItemId) -> ItemDetail:
    """En punkt: hela texten, diarienummer, personer, vem som gjorde vad, mötet (`meeting_id`) och
    entiteter med teckenpositioner."""
    item = get_item(ctx, item_id)
    if item is None:
        raise HTTPException(404, f"no item {item_id!r}")
    return item


@router.get(
    "/{item_id}/related",
    response_model=list[RelatedItem],
    responses=_NOT_FOUND,
    summary="Punkter som hör ihop med en punkt",
)
def api_related(
    ctx: ArchiveDep, item_id: ItemId, limit: Annotated[int, Query(ge=1, le=100)] = 10
) -> list[RelatedItem]:
    """Först punkter i samma ärende (skälet är diarienumret), sedan punkter om samma sak i andra dokument
    (skälet är likheten); aldrig punkten själv."""
    found = related(ctx, item_id, limit=limit)
    if found is None:
        raise HTTPException(404, f"no item {item_id!r}")
    return found
