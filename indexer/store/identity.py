"""One person record per real person across documents.

Two appearances are the same person when their names have the same key
(`indexer.entities.people.person_key` when available) and their parties and places are
compatible: a party or place that is unknown on one side never splits a
person, two different known parties or two different known places do.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata

from indexer.types import Person


def name_key(name: str) -> str:
    """Case-, space- and hyphen-insensitive key of a person's name."""
    try:  # helper-written rules win when present
        from indexer.entities.people import person_key

        return person_key(name)
    except ImportError:  # pragma: no cover - only before indexer.entities.people exists
        s = unicodedata.normalize("NFC", name).casefold()
        return re.sub(r"[\s\-]+", " ", s).strip()


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def resolve_person(conn: sqlite3.Connection, person: Person, place: str | None) -> int:
    """Return the id of the person record this appearance belongs to, creating one if needed.

    Args:
        conn: The archive connection (inside the caller's transaction).
        person: The person as read from one document.
        place: Where they act: their printed affiliation or the document's organization.
    """
    key = name_key(person.name)
    rows = conn.execute("SELECT id, party, places FROM persons WHERE key = ?", (key,)).fetchall()
    best: tuple[int, int] | None = None  # (score, id)
    for row in rows:
        places = json.loads(row["places"])
        if not _compatible(row["party"], person.party):
            continue
        if place and places and place not in places:
            # The same name acting for another kommun or region is taken as another person.
            continue
        score = (row["party"] == person.party) * 2 + (place in places if place else 0)
        if best is None or score > best[0]:
            best = (score, row["id"])
    if best is None:
        cur = conn.execute(
            "INSERT INTO persons(key, name, party, places) VALUES (?, ?, ?, ?)",
            (key, person.name, person.party, json.dumps([place] if place else [], ensure_ascii=False)),
        )
        pid = int(cur.lastrowid or 0)
    else:
        pid = best[1]
        row = conn.execute("SELECT party, places FROM persons WHERE id = ?", (pid,)).fetchone()
        places = json.loads(row["places"])
        if place and place not in places:
            places.append(place)
        conn.execute(
            "UPDATE persons SET party = COALESCE(party, ?), places = ? WHERE id = ?",
            (person.party, json.dumps(places, ensure_ascii=False), pid),
        )
    for spelling in {person.name, *person.spellings}:
        conn.execute(
            "INSERT OR IGNORE INTO person_spellings(person_id, spelling) VALUES (?, ?)", (pid, spelling)
        )
    return pid


def prune_orphans(conn: sqlite3.Connection) -> None:
    """Drop person records that no longer appear in any document (after a document was replaced)."""
    conn.execute("DELETE FROM persons WHERE id NOT IN (SELECT person_id FROM appearances)")
