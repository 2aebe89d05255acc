"""Meetings: one organization's organ meeting on one date, the unit its documents and items belong to.

A kallelse, its protokoll and their bilagor share a meeting; so does a protocol extract
attached to another document when it names its own organ and date (the item's meeting
then differs from its document's). A document or item without an organ or a full date has
no meeting (NULL).

Public ids (`meetings.uid`) are the date and a hash of the key, `2024-08-27-3f9a0c1d`: stable
across rebuilds of the archive, readable in a URL, and the same for the same meeting however
many times its documents are re-indexed.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def meeting_uid(organization: str | None, organ: str, date: str) -> str:
    """The public id of a meeting."""
    digest = hashlib.sha1(f"{organization or ''}|{organ}|{date}".encode()).hexdigest()[:8]
    return f"{date}-{digest}"


def ensure_meeting(
    conn: sqlite3.Connection, organization: str | None, organ: str | None, date: str | None
) -> int | None:
    """The row id of the meeting with this key, created when new; None when organ or date is missing."""
    if not organ or not date or not _ISO_DATE.match(date):
        return None
    uid = meeting_uid(organization, organ, date)
    row = conn.execute("SELECT id FROM meetings WHERE uid = ?", (uid,)).fetchone()
    if row is not None:
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO meetings(uid, organization, organ, date) VALUES (?, ?, ?, ?)",
        (uid, organization, organ, date),
    )
    return int(cur.lastrowid or 0)


def prune_meetings(conn: sqlite3.Connection) -> None:
    """Remove meetings no document or item belongs to any more (their documents were replaced)."""
    conn.execute(
        "DELETE FROM meetings WHERE id NOT IN (SELECT meeting_id FROM documents WHERE meeting_id IS NOT NULL)"
        " AND id NOT IN (SELECT meeting_id FROM items WHERE meeting_id IS NOT NULL)"
    )


def _uid_or_none(organization: str | None, organ: str | None, date: str | None) -> str | None:
    if not organ or not date or not _ISO_DATE.match(date):
        return None
    return meeting_uid(organization, organ, date)


def assign_all(conn: sqlite3.Connection) -> None:
    """Give every document and item its meeting, in bulk (migrating an archive written before meetings,
    or an archive written row by row by a benchmark)."""
    conn.create_function("arkiv_meeting_uid", 3, _uid_or_none, deterministic=True)
    for table in ("documents", "items"):
        conn.execute(
            "INSERT OR IGNORE INTO meetings(uid, organization, organ, date)"
            f" SELECT DISTINCT arkiv_meeting_uid(organization, organ, date), organization, organ, date"
            f" FROM {table} WHERE arkiv_meeting_uid(organization, organ, date) IS NOT NULL"
        )
        conn.execute(
            f"UPDATE {table} SET meeting_id = (SELECT m.id FROM meetings m"
            f" WHERE m.uid = arkiv_meeting_uid({table}.organization, {table}.organ, {table}.date))"
        )
