"""Upgrading an archive database in place, one schema version at a time.

`PRAGMA user_version` records the version of the database's tables (0 = the first
layout, version 1). `migrate` applies every step above it, each in one transaction,
so an archive written by an older arkiv is brought up to date the first time a
writer opens it (`arkiv index`, `arkiv migrate`); a new database goes through the
same steps, so a fresh archive and an upgraded one have the same tables. Steps only
add (tables, columns, indexes) and fill what they add from what is already stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from indexer.store import meetings

MEETINGS_DDL = """
CREATE TABLE IF NOT EXISTS meetings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uid TEXT NOT NULL UNIQUE,
  organization TEXT,
  organ TEXT NOT NULL,
  date TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS meetings_organ ON meetings(organization, organ, date);
"""


def _add_column(conn: sqlite3.Connection, table: str, column: str, decl: str) -> None:
    have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    if column not in have:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")


def _v2_meetings(conn: sqlite3.Connection) -> None:
    """Version 2: meetings (organization + organ + date), `meeting_id` on documents and items, and whom a
    serving substitute replaced (`appearances.replaces`, empty for documents indexed before it)."""
    for stmt in MEETINGS_DDL.split(";"):
        if stmt.strip():
            conn.execute(stmt)
    _add_column(conn, "documents", "meeting_id", "INTEGER REFERENCES meetings(id)")
    _add_column(conn, "items", "meeting_id", "INTEGER REFERENCES meetings(id)")
    _add_column(conn, "appearances", "replaces", "TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS documents_meeting ON documents(meeting_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS items_meeting ON items(meeting_id)")
    meetings.assign_all(conn)


def _v3_pages(conn: sqlite3.Connection) -> None:
    """Version 3: a document's page count and each item's first page and page span in the original
    (empty for documents indexed before it: re-index them to fill it)."""
    _add_column(conn, "documents", "pages", "INTEGER")
    _add_column(conn, "items", "page", "INTEGER")
    _add_column(conn, "items", "page_end", "INTEGER")


def _v4_votes(conn: sqlite3.Connection) -> None:
    """Version 4: `party_actions` (a party's action as a whole) and `votes` (each person's vote in a printed
    omröstning). Their tables are in `DDL` (CREATE TABLE IF NOT EXISTS), which every writable connection
    runs before the steps, so this step only records the version; documents indexed before have none
    until they are indexed again."""


def _v5_cases(conn: sqlite3.Connection) -> None:
    """Version 5: each diarienummer as printed, its match form (shared by all printed forms of one case)
    and its ärende (`case_key`, scoped by organization), filled for numbers stored before; and how the
    document's metadata was decided (`documents.meta_source`, empty for documents indexed before)."""
    from indexer.store.cases import backfill  # cases reads diarienummer; the schema itself does not

    for column in ("printed", "match", "case_key"):
        _add_column(conn, "item_dnr", column, "TEXT")
    _add_column(conn, "documents", "meta_source", "TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS item_dnr_match ON item_dnr(match)")
    conn.execute("CREATE INDEX IF NOT EXISTS item_dnr_case ON item_dnr(case_key)")
    backfill(conn)


def _v6_originals(conn: sqlite3.Connection) -> None:
    """Version 6: which pages of a PDF were OCR'd and with what confidence (document and item), and the
    original file (kept in the archive, or referenced), its name, media type and public URL; empty for
    documents indexed before (index them again to fill it)."""
    for column, decl in (
        ("ocr_pages", "TEXT"),  # JSON list of the OCR'd pages; NULL when none
        ("ocr_confidence", "REAL"),
        ("original", "TEXT"),  # originals/xx/<sha256> in the archive, or an absolute path
        ("original_name", "TEXT"),
        ("media_type", "TEXT"),
        ("public_url", "TEXT"),
    ):
        _add_column(conn, "documents", column, decl)
    _add_column(conn, "items", "ocr_confidence", "REAL")


def _v7_document_dnr(conn: sqlite3.Connection) -> None:
    """Version 7: a document's own case numbers (`document_dnr`, printed in its head for the whole
    document); empty for documents indexed before (index them again to fill it)."""
    from indexer.store.schema import DOCUMENT_DNR_DDL

    for stmt in DOCUMENT_DNR_DDL.split(";"):
        if stmt.strip():
            conn.execute(stmt)


#: version -> the step that brings a database of the version before it up to it.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _v2_meetings,
    3: _v3_pages,
    4: _v4_votes,
    5: _v5_cases,
    6: _v6_originals,
    7: _v7_document_dnr,
}


def db_version(conn: sqlite3.Connection) -> int:
    """The schema version of the database's tables (1 for an archive written before versions were kept)."""
    return max(int(conn.execute("PRAGMA user_version").fetchone()[0]), 1)


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every step above the database's version; returns the versions applied."""
    done = []
    for version in sorted(STEPS):
        if version > db_version(conn):
            conn.execute("BEGIN")  # DDL too: SQLite alters tables inside a transaction
            try:
                STEPS[version](conn)
                conn.execute(f"PRAGMA user_version = {int(version)}")
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            done.append(version)
    return done
