"""The original files: `GET /dokument/{doc_id}/original`, byte for byte as they were indexed.

A kept copy is served from the archive's content-addressed store; a referenced file (and the path
of a document indexed before originals were kept) only after its sha256 is checked again, so a
file moved or changed on the server is never passed off as the original. Served inline, with the
file's own name in Content-Disposition and its media type; PDF viewers jump to ``#page=N``.
"""

from __future__ import annotations

import mimetypes
from pathlib import PurePath
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path
from fastapi.responses import FileResponse, RedirectResponse

from api.deps import ArchiveDep
from indexer.store.originals import OriginalError, media_type, verified_path

router = APIRouter(include_in_schema=False)


@router.get("/dokument/{doc_id}/original")
def original(ctx: ArchiveDep, doc_id: Annotated[int, Path(ge=1, le=10**12)]) -> FileResponse:
    """The original file of a document."""
    row = ctx.conn.execute(
        "SELECT sha256, path, fmt, original, original_name, media_type, masked_personnummer FROM documents"
        " WHERE id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        raise HTTPException(404, f"Inget dokument med id {doc_id}")
    name = row["original_name"] or PurePath(row["path"]).name
    if row["masked_personnummer"]:
        raise HTTPException(
            404, f"Originalet till {name} visas inte: det innehåller personnummer, som arkivet aldrig visar"
        )
    try:
        path = verified_path(ctx.paths.root, row["original"] or row["path"], row["sha256"])
    except OriginalError as e:
        raise HTTPException(404, f"Originalet till {name} kan inte visas: {_swedish(e)}") from e
    media = row["media_type"] or media_type(row["fmt"] or "", None)
    if media == "application/octet-stream":
        media = mimetypes.guess_type(name)[0] or media
    return FileResponse(path, media_type=media, filename=name, content_disposition_type="inline")


@router.get("/punkt/{item_id}/kalla")
def item_source(ctx: ArchiveDep, item_id: Annotated[str, Path(max_length=100)]) -> RedirectResponse:
    """The original of an item's document (the address item pages used before originals were kept)."""
    row = ctx.conn.execute("SELECT i.doc_id, i.page FROM items i WHERE i.uid = ?", (item_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"Ingen punkt med id {item_id}")
    return RedirectResponse(f"/dokument/{row['doc_id']}/original", status_code=307)


def _swedish(e: OriginalError) -> str:
    """The reason in the language of the pages."""
    text = str(e)
    if "moved or deleted" in text:
        return "filen har flyttats eller tagits bort sedan den indexerades"
    if "changed" in text:
        return "filen har ändrats sedan den indexerades"
    return "den saknas i arkivet"
