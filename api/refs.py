"""The columns and shape of an item reference (`ItemRef`) shared by the read path's look-ups."""

from __future__ import annotations

import sqlite3
from pathlib import PurePath
from typing import Any

__all__ = ["REF_COLS", "REF_FROM", "ref"]

REF_COLS = (
    "i.id, i.uid, i.number, i.title, i.organization, i.organ, i.date, i.year, i.doc_type, i.doc_id, d.source,"
    " (SELECT m.uid FROM meetings m WHERE m.id = i.meeting_id) AS meeting_uid"
)
REF_FROM = "items i JOIN documents d ON d.id = i.doc_id"


def ref(r: sqlite3.Row) -> dict[str, Any]:
    """The `ItemRef` fields of a row selected with `REF_COLS`."""
    return {
        "item_id": r["uid"], "number": r["number"], "title": r["title"], "organization": r["organization"],
        "organ": r["organ"], "date": r["date"], "doc_type": r["doc_type"],
        "source": PurePath(r["source"]).name,  # the file name: readers never see a server path
        "year": r["year"], "meeting_id": r["meeting_uid"],
    }  # fmt: skip
