"""What an archive holds, as plain data, to compare two archives built in different ways.

Every table's rows (timestamps left out), the FTS5 tables' integrity, the lexicon's arrays, the FAISS
ids and vectors, the manifest (build time left out). Two archives with equal snapshots answer every
query alike.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np

#: Columns that record when, not what.
_CLOCK = {"indexed_at", "built_at"}


def tables(conn: sqlite3.Connection) -> list[str]:
    """The archive's ordinary tables (FTS5 shadow tables included, virtual tables left out)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [
        n
        for n, sql in rows
        if not (sql or "").upper().startswith("CREATE VIRTUAL") and n != "sqlite_sequence"
    ]


def db_snapshot(db: Path) -> dict[str, Any]:
    """Every row of every table, timestamps left out; checks integrity on the way."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not conn.execute("PRAGMA foreign_key_check").fetchall()
        out: dict[str, Any] = {}
        for name in tables(conn):
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({name})") if r[1] not in _CLOCK]
            if name.endswith(("_data", "_idx", "_docsize", "_config")):  # FTS5 internals: compared by content
                continue
            sel = ", ".join(f'"{c}"' for c in cols)
            out[name] = sorted(conn.execute(f"SELECT {sel} FROM {name}").fetchall(), key=repr)
        out["fts"] = sorted(conn.execute("SELECT rowid, title, text, dnr FROM items_fts").fetchall())
        out["tri"] = sorted(conn.execute("SELECT rowid, title, text FROM items_tri").fetchall())
        return out
    finally:
        conn.close()


def fts_ok(db: Path) -> bool:
    """FTS5's own integrity check of both full-text tables."""
    conn = sqlite3.connect(db)
    try:
        for fts in ("items_fts", "items_tri"):
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def lexicon_snapshot(data: Path) -> str:
    """A digest of what the lexicon answers: every stored word's matching items, counts and bm25.

    An archive built in steps holds a base and segments, a clean build one file; both must answer
    every word alike (`indexer.store.lexicon_update`), so their answers are compared, not their bytes.
    """
    from api.lexicon import load_lexicon
    from indexer.store.tokens import words

    conn = sqlite3.connect(f"file:{data / 'archive.sqlite'}?mode=ro", uri=True)
    try:
        ids = np.array([r[0] for r in conn.execute("SELECT id FROM items ORDER BY id")], np.int64)
        rows = conn.execute("SELECT title, text FROM items")
        vocab = sorted({w for title, text in rows for w in words(f"{title} {text}")})
    finally:
        conn.close()
    reader = load_lexicon(data / "lexicon.npz", ids)
    assert reader is not None, "the lexicon is missing or stale"
    h = hashlib.sha256()
    for w in vocab:
        part = reader.word(w, False)
        h.update(w.encode() + part.ids.tobytes() + part.freq.tobytes() + reader.bm25(part).round(9).tobytes())
    return h.hexdigest()


def snapshot(data: Path) -> dict[str, Any]:
    """The whole archive directory as comparable data (see the module docstring)."""
    from indexer.store.vectors import load_index

    out: dict[str, Any] = {"db": db_snapshot(data / "archive.sqlite")}
    out["lexicon"] = lexicon_snapshot(data)
    index = load_index(data / "vectors.faiss")
    ids = np.sort(index.item_ids())
    out["faiss"] = (
        index.ntotal,
        ids.tolist(),
        [hashlib.sha256(index.vectors_of(int(i)).tobytes()).hexdigest() for i in ids],
    )
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))
    manifest.pop("built_at", None)
    # How the lexicon is split into segments depends on the archive's history (a run adds a segment,
    # a later one merges): what it answers is compared above, not its files.
    manifest.pop("lexicon", None)
    # Likewise whether the last run updated the vector index in place or rebuilt it, and on how
    # many vectors an IVF index was last trained (the vectors themselves are compared above).
    for key in ("updated_in_place", "trained_on"):
        manifest.get("faiss", {}).pop(key, None)
    out["manifest"] = manifest
    return out
