"""Writing extractions into the archive database.

Each document is written in one transaction: a crash leaves the previous
archive readable. A document is keyed by the sha256 of its bytes; a changed
file (same path, new bytes) replaces its old items everywhere, FTS included
(triggers in `indexer.store.schema`), and its vectors disappear at the next FAISS
rebuild (`indexer.pipeline`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

import numpy as np

from indexer.store.cases import dnr_rows, document_series, own_dnr_rows
from indexer.store.identity import prune_orphans, resolve_person
from indexer.store.meetings import ensure_meeting, prune_meetings
from indexer.store.originals import KeptOriginal
from indexer.types import Extraction


def has_document(conn: sqlite3.Connection, sha256: str) -> bool:
    """True when a document with these exact bytes is already in the archive."""
    return conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone() is not None


def delete_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Remove a document and everything hanging off it (items, FTS rows, mentions, actions)."""
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    prune_orphans(conn)
    prune_meetings(conn)


def documents_at(conn: sqlite3.Connection, path: str) -> list[int]:
    """Ids of documents indexed from this path (an earlier version of the file)."""
    return [r[0] for r in conn.execute("SELECT id FROM documents WHERE path = ?", (path,))]


def _year(date: str | None, fallback: int | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return fallback


def write_extraction(
    conn: sqlite3.Connection,
    ex: Extraction,
    *,
    path: str,
    text_hashes: list[str],
    original: KeptOriginal | None = None,
    public_url: str | None = None,
) -> int:
    """Insert one extracted document; returns its id. The caller owns the transaction.

    Args:
        conn: The archive connection.
        ex: The extraction.
        path: The resolved file path (identity of "the same file" across runs).
        text_hashes: Per item, the hash of its embedding text (see `item_embedding_text`).
        original: Where the original file is kept (`indexer.store.originals`).
        public_url: Where the original is published (`arkiv index --sources`).
    """
    m = ex.meta
    cur = conn.execute(
        "INSERT INTO documents(sha256, path, source, fmt, organization, organ, date, year, doc_type,"
        " n_items, masked_personnummer, indexed_at, pages, meta_source, ocr_pages, ocr_confidence, original,"
        " original_name, media_type, public_url) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            ex.sha256,
            path,
            ex.source,
            ex.fmt,
            m.organization,
            m.organ,
            m.date,
            _year(m.date, m.year),
            m.doc_type,
            len(ex.items),
            ex.masked_personnummer,
            datetime.now(UTC).isoformat(timespec="seconds"),
            ex.pages,
            json.dumps(m.meta_source, ensure_ascii=False) if m.meta_source else None,
            json.dumps(ex.ocr_pages) if ex.ocr_pages else None,
            ex.ocr_confidence,
            original.location if original else None,
            original.name if original else None,
            original.media_type if original else None,
            public_url,
        ),
    )
    doc_id = int(cur.lastrowid or 0)
    meeting = ensure_meeting(conn, m.organization, m.organ, m.date)
    conn.execute("UPDATE documents SET meeting_id = ? WHERE id = ?", (meeting, doc_id))
    series = document_series(ex)
    conn.executemany(
        "INSERT OR IGNORE INTO document_dnr(doc_id, dnr, printed, match, case_key) VALUES (?, ?, ?, ?, ?)",
        [(doc_id, *row) for row in own_dnr_rows(ex, series)],
    )
    item_ids = [_write_item(conn, ex, i, doc_id, text_hashes[i], series) for i in range(len(ex.items))]
    _write_people(conn, ex, doc_id, item_ids)
    for i, item in enumerate(ex.items):
        kommuner = {e.norm for e in item.entities if e.label == "KOMMUN"}
        for k in kommuner:
            conn.execute("INSERT OR IGNORE INTO item_facets VALUES ('kommun', ?, ?)", (k, item_ids[i]))
    return doc_id


def _write_item(
    conn: sqlite3.Connection, ex: Extraction, i: int, doc_id: int, text_hash: str, series: str | None
) -> int:
    item, m = ex.items[i], ex.meta
    date = item.date or m.date
    cur = conn.execute(
        "INSERT INTO items(uid, doc_id, seq, number, title, text, organization, organ, date, year, doc_type,"
        " own_organ, text_hash, page, page_end, ocr_confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            ex.item_id(i),
            doc_id,
            i + 1,
            item.number,
            item.title,
            item.text,
            m.organization,
            item.organ or m.organ,
            date,
            _year(date, m.year),
            m.doc_type,
            int(bool(item.organ)),
            text_hash,
            item.page,
            item.page_end,
            item.ocr_confidence,
        ),
    )
    item_id = int(cur.lastrowid or 0)
    meeting = ensure_meeting(conn, m.organization, item.organ or m.organ, date)
    conn.execute("UPDATE items SET meeting_id = ? WHERE id = ?", (meeting, item_id))
    conn.executemany(
        "INSERT OR IGNORE INTO item_dnr(item_id, dnr, printed, match, case_key) VALUES (?, ?, ?, ?, ?)",
        [(item_id, *row) for row in dnr_rows(ex, item, series)],
    )
    conn.execute(
        "INSERT INTO items_fts(rowid, title, text, dnr) VALUES (?, ?, ?, ?)",
        (item_id, item.title, item.text, " ".join(item.diarienummer)),
    )
    conn.execute(
        "INSERT INTO items_tri(rowid, title, text) VALUES (?, ?, ?)", (item_id, item.title, item.text)
    )
    conn.executemany(
        'INSERT INTO entities(item_id, label, text, norm, start, "end") VALUES (?,?,?,?,?,?)',
        [(item_id, e.label, e.text, e.norm, e.start, e.end) for e in item.entities],
    )
    return item_id


def _write_people(conn: sqlite3.Connection, ex: Extraction, doc_id: int, item_ids: list[int]) -> None:
    by_name: dict[str, int] = {}
    for p in ex.persons:
        place = p.affiliation or ex.meta.organization
        pid = resolve_person(conn, p, place)
        by_name[p.name] = pid
        conn.execute(
            "INSERT OR REPLACE INTO appearances(person_id, doc_id, name, party, roles, title, affiliation,"
            " replaces) VALUES (?,?,?,?,?,?,?,?)",
            (
                pid,
                doc_id,
                p.name,
                p.party,
                json.dumps(p.roles, ensure_ascii=False),
                p.title,
                p.affiliation,
                p.replaces,
            ),
        )
        for idx in p.items:
            if 0 <= idx < len(item_ids):
                _mention(conn, pid, item_ids[idx], p.name, p.party)
    for i, item in enumerate(ex.items):
        _write_votes(conn, ex, item_ids[i], by_name, i)
        for a in item.actions:
            if not a.person and a.party:  # a party's action: stored with the party and no person
                conn.execute(
                    "INSERT INTO party_actions(item_id, party, kind, evidence) VALUES (?,?,?,?)",
                    (item_ids[i], a.party, a.kind, a.evidence),
                )
                conn.execute(
                    "INSERT OR IGNORE INTO item_facets VALUES ('party', ?, ?)", (a.party, item_ids[i])
                )
                continue
            actor = by_name.get(a.person)
            if actor is None:
                continue  # an action by someone the extractor did not list: nothing to link it to
            conn.execute(
                "INSERT INTO actions(person_id, item_id, kind, evidence) VALUES (?,?,?,?)",
                (actor, item_ids[i], a.kind, a.evidence),
            )
            party = next((p.party for p in ex.persons if p.name == a.person), None)
            _mention(conn, actor, item_ids[i], a.person, party)


def _write_votes(
    conn: sqlite3.Connection, ex: Extraction, item_id: int, by_name: dict[str, int], i: int
) -> None:
    """The item's printed votes, one row per person and omröstning; the voter is in the item."""
    for v in ex.items[i].votes:
        pid = by_name.get(v.person)
        if pid is None:
            continue
        conn.execute(
            "INSERT OR REPLACE INTO votes(item_id, person_id, round, vote, party) VALUES (?,?,?,?,?)",
            (item_id, pid, v.round, v.vote, v.party),
        )
        _mention(conn, pid, item_id, v.person, v.party)


def _mention(conn: sqlite3.Connection, pid: int, item_id: int, name: str, party: str | None) -> None:
    conn.execute("INSERT OR IGNORE INTO mentions(person_id, item_id) VALUES (?, ?)", (pid, item_id))
    conn.execute("INSERT OR IGNORE INTO item_facets VALUES ('person', ?, ?)", (name, item_id))
    if party:
        conn.execute("INSERT OR IGNORE INTO item_facets VALUES ('party', ?, ?)", (party, item_id))


def cached_vectors(conn: sqlite3.Connection, model: str, hashes: list[str]) -> dict[str, bytes]:
    """Embedding blobs already in the cache for these text hashes."""
    out: dict[str, bytes] = {}
    for start in range(0, len(hashes), 500):
        chunk = hashes[start : start + 500]
        q = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT text_hash, vec FROM embeddings WHERE model = ? AND text_hash IN ({q})", (model, *chunk)
        ):
            out[row[0]] = row[1]
    return out


def put_vectors(conn: sqlite3.Connection, model: str, blobs: dict[str, bytes]) -> None:
    """Add embeddings to the cache."""
    conn.executemany(
        "INSERT OR REPLACE INTO embeddings(text_hash, model, vec) VALUES (?, ?, ?)",
        [(h, model, b) for h, b in blobs.items()],
    )


def iter_item_vectors(conn: sqlite3.Connection, model: str, dim: int) -> Iterator[tuple[int, np.ndarray]]:
    """(item id, passage vectors (n, dim)) for every item whose embedding is cached, in id order."""
    from indexer.embed.embedder import from_blob

    rows = conn.execute(
        "SELECT i.id, e.vec FROM items i JOIN embeddings e ON e.text_hash = i.text_hash AND e.model = ?"
        " ORDER BY i.id",
        (model,),
    )
    for item_id, blob in rows:
        yield int(item_id), from_blob(blob, dim)


def prune_embeddings(conn: sqlite3.Connection, model: str) -> None:
    """Forget cached vectors no item uses any more."""
    conn.execute(
        "DELETE FROM embeddings WHERE model = ? AND text_hash NOT IN (SELECT text_hash FROM items)", (model,)
    )
