"""Exports: a search's matches as CSV or NDJSON rows, and the archive's tables for `arkiv export`.

A search export has one row per result row of the list (one per ärende and meeting, as the
page shows them), in the list's order, up to `Settings.export_max_rows`; the response says how
many there were and whether the cap cut them (`X-Total-Count`, `X-Export-Truncated`).

The table export writes what a user needs to take the archive elsewhere, one row per item,
person, action, ärende (diarienummer) and meeting, from the tables as they are; documents'
server paths are never exported (`source` is the path as given to `arkiv index`).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from api.urls import meeting_path

#: Columns of a search export, in order.
SEARCH_FIELDS = (
    "id", "date", "organization", "organ", "meeting", "doc_type", "number", "title", "diarienummer", "url",
    "meeting_url",
)  # fmt: skip
_CHUNK = 500

#: The tables of `arkiv export`: name -> SQL (every column a reader can use; no server paths).
TABLES: dict[str, str] = {
    "items": (
        "SELECT i.uid AS id, i.date, i.year, i.organization, i.organ, m.uid AS meeting, i.doc_type, i.number,"
        " i.title, (SELECT group_concat(dnr, '; ') FROM item_dnr x WHERE x.item_id = i.id) AS diarienummer,"
        " d.source, i.text FROM items i JOIN documents d ON d.id = i.doc_id"
        " LEFT JOIN meetings m ON m.id = i.meeting_id ORDER BY i.date, i.id"
    ),
    "persons": (
        "SELECT p.id, p.name, p.party, (SELECT group_concat(spelling, '; ') FROM person_spellings s"
        " WHERE s.person_id = p.id) AS spellings, (SELECT COUNT(*) FROM mentions x WHERE x.person_id = p.id)"
        " AS items FROM persons p ORDER BY p.id"
    ),
    "actions": (
        "SELECT a.id, a.person_id, p.name AS person, p.party, a.kind, i.uid AS item_id, i.date, i.organ,"
        " i.title, a.evidence FROM actions a JOIN persons p ON p.id = a.person_id"
        " JOIN items i ON i.id = a.item_id ORDER BY i.date, a.id"
    ),
    "cases": (
        "SELECT x.dnr, COUNT(*) AS items, MIN(i.date) AS first_date, MAX(i.date) AS last_date,"
        " group_concat(DISTINCT i.organ) AS organs FROM item_dnr x JOIN items i ON i.id = x.item_id"
        " GROUP BY x.dnr ORDER BY x.dnr"
    ),
    "meetings": (
        "SELECT m.uid AS id, m.organization, m.organ, m.date,"
        " (SELECT group_concat(DISTINCT d.doc_type) FROM documents d WHERE d.meeting_id = m.id) AS documents,"
        " (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id) AS items FROM meetings m"
        " ORDER BY m.date, m.organization, m.organ"
    ),
}


def search_rows(conn: sqlite3.Connection, item_ids: list[int], base_url: str) -> Iterator[dict[str, Any]]:
    """The export rows of these items, in the given order (fetched in chunks)."""
    base = base_url.rstrip("/")
    for start in range(0, len(item_ids), _CHUNK):
        chunk = item_ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        found = {
            r["id"]: r
            for r in conn.execute(
                "SELECT i.id, i.uid, i.date, i.organization, i.organ, m.uid AS meeting, i.doc_type, i.number,"
                " i.title, (SELECT group_concat(dnr, '; ') FROM item_dnr x WHERE x.item_id = i.id) AS dnrs"
                f" FROM items i LEFT JOIN meetings m ON m.id = i.meeting_id WHERE i.id IN ({marks})",
                chunk,
            )
        }
        for item_id in chunk:
            r = found.get(item_id)
            if r is None:
                continue
            yield {
                "id": r["uid"], "date": r["date"], "organization": r["organization"], "organ": r["organ"],
                "meeting": r["meeting"], "doc_type": r["doc_type"], "number": r["number"],
                "title": r["title"],
                "diarienummer": r["dnrs"] or "", "url": f"{base}/punkt/{r['uid']}",
                "meeting_url": f"{base}{meeting_path(r['meeting'])}" if r["meeting"] else "",
            }  # fmt: skip


def table_rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """The columns and rows of one export table (`TABLES`)."""
    cur = conn.cursor()
    cur.row_factory = None
    cur.execute(TABLES[table])
    return [d[0] for d in cur.description], iter(cur)


def csv_lines(
    fields: Iterable[str], rows: Iterable[dict[str, Any]] | Iterable[tuple[Any, ...]]
) -> Iterator[str]:
    """CSV text (a header, then one line per row), yielded line by line for streaming."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    names = list(fields)
    writer.writerow(names)
    for row in rows:
        writer.writerow([row.get(f) for f in names] if isinstance(row, dict) else list(row))
        if buf.tell() > 1 << 16:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def ndjson_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON object per line (UTF-8 as is)."""
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"
