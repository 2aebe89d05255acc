"""`GET /api/items/{id}` and `GET /api/items/{id}/related`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from api.deps import ArchiveDep
from api.repo import get_item, related
from api.schemas import ItemDetail, RelatedItem

router = APIRouter(prefix="/api/items", tags=["items"])
ItemId = Annotated[str, Path(max_length=100, description='An item id, e.g. "3d44ddcbe333-4".')]
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No item with this id"}}


@router.get("/{item_id}", response_model=ItemDetail, responses=_NOT_FOUND, summary="One item with its text")
def api_item(ctx: ArchiveDep, item_id: ItemId) -> ItemDetail:
    """An item: its whole text, diarienummer, people, who did what, and its entities with offsets."""
    item = get_item(ctx, item_id)
    if item is None:
        raise HTTPException(404, f"no item {item_id!r}")
    return item


@router.get(
    "/{item_id}/related",
    response_model=list[RelatedItem],
    responses=_NOT_FOUND,
    summary="Items related to an item",
)
def api_related(
    ctx: ArchiveDep, item_id: ItemId, limit: Annotated[int, Query(ge=1, le=100)] = 10
) -> list[RelatedItem]:
    """Items of the same case first (the diarienummer is the reason), then items about the same matter in
    other documents (the similarity is the reason); never the item itself."""
    found = related(ctx, item_id, limit=limit)
    if found is None:
        raise HTTPException(404, f"no item {item_id!r}")
    return found
