"""Keeping the lexicon up to date: a new segment for what a run added, a full merge now and then.

Rebuilding the whole lexicon at the end of every indexing run cost ~2.5 minutes per million items,
so adding one protocol to a large archive took minutes. Now a run that added or replaced documents
writes a *segment* (`indexer.store.lexicon.build_lexicon` over only the items no segment holds yet)
beside the base `lexicon.npz`, as `lexicon-<seq>.npz`. Items of replaced or removed documents stay in
their old segment but are no longer in the database, so the reader (`api.lexicon`) leaves them out;
an item is read from the newest segment that holds it. Word counts, document frequencies, lengths
and so every bm25 score are then exactly what a full rebuild would give (tested).

Segments are merged — the base rebuilt in full and the others deleted — when they are more than
`MAX_SEGMENTS`, or when the items written to segments, or held by segments but gone from the
database, pass `MERGE_SHARE` of the archive: then a rebuild costs little next to the run that
caused it, and queries never read many small segments.

Crash safety: every file is written to a temporary name and renamed into place; the base written by
a merge has a higher `seq` than the segments it replaces, so segments left by a crash before they
were deleted are shadowed, never read in its place. A lexicon that does not hold every item of the
database is not used (lexical search falls back to FTS5) and the next run brings it up to date.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from arkiv.archive import LEXICON_NAME
from indexer.store.lexicon import build_lexicon

log = logging.getLogger(__name__)

SEGMENT_PREFIX = "lexicon-"
#: At most this many segments besides the base; one more and they are merged.
MAX_SEGMENTS = 8
#: Segment items (new or replaced) or items gone from the database beyond this share of the archive:
#: merge. At 5% of a million items a merge (~2.5 min) follows ~50k new items, which took hours to embed.
MERGE_SHARE = 0.05


@dataclass
class Segment:
    """One lexicon file: where it is, its place in the order of writing, the items it holds."""

    path: Path
    seq: int
    items: np.ndarray


def segment_paths(root: Path) -> list[Path]:
    """The base lexicon (if any) and every segment file in the archive directory."""
    base = [root / LEXICON_NAME] if (root / LEXICON_NAME).exists() else []
    return base + sorted(root.glob(f"{SEGMENT_PREFIX}*.npz"))


def read_segments(root: Path) -> list[Segment] | None:
    """Every segment's seq and items, newest first; None when one is unreadable or of the old format."""
    out = []
    for path in segment_paths(root):
        try:
            with np.load(path) as z:
                out.append(Segment(path, int(z["seq"][0]), np.asarray(z["items"], np.int64)))
        except (OSError, ValueError, KeyError) as e:
            log.info("lexicon segment %s not usable (%s): rebuilt in full", path.name, e)
            return None
    return sorted(out, key=lambda s: -s.seq)


def db_item_ids(conn: sqlite3.Connection) -> np.ndarray:
    """The ids of every item in the database, ascending."""
    row = conn.execute("SELECT group_concat(id) FROM (SELECT id FROM items ORDER BY id)").fetchone()
    return np.fromstring(row[0], dtype=np.int64, sep=",") if row and row[0] else np.zeros(0, np.int64)


def _covered(segments: list[Segment]) -> np.ndarray:
    """Every item id some segment holds, ascending (a mask, not np.unique: its hashing took ~10 s a
    million ids on this machine's numpy)."""
    if not segments:
        return np.zeros(0, np.int64)
    held = np.zeros(max(int(s.items.max()) if len(s.items) else 0 for s in segments) + 1, bool)
    for s in segments:
        held[s.items] = True
    return np.flatnonzero(held)


def is_current(conn: sqlite3.Connection, root: Path) -> bool:
    """True when the lexicon's segments hold every item of the database.

    False after a crash between a document's transaction and the end of the run: the next
    `arkiv index` then brings the lexicon up to date even if no file changed.
    """
    segments = read_segments(root)
    if not segments:
        return False
    return not len(np.setdiff1d(db_item_ids(conn), _covered(segments), assume_unique=True))


def _write(root: Path, name: str, arrays: dict[str, np.ndarray]) -> Path:
    """Write one lexicon file atomically (temp file + rename)."""
    path = root / name
    fd, tmp = tempfile.mkstemp(dir=root, prefix=".lexicon-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)  # type: ignore[arg-type]  # numpy's stub misreads **kwargs
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _needs_merge(segments: list[Segment], db_ids: np.ndarray, missing: np.ndarray) -> bool:
    base = [s for s in segments if s.path.name == LEXICON_NAME]
    if not base or len(segments) - len(base) + 1 > MAX_SEGMENTS:
        return True
    in_segments = sum(len(s.items) for s in segments if s.path.name != LEXICON_NAME) + len(missing)
    gone = len(np.setdiff1d(_covered(segments), db_ids, assume_unique=True))
    limit = MERGE_SHARE * max(len(db_ids), 1)
    return in_segments > limit or gone > limit


def update_lexicon(conn: sqlite3.Connection, root: Path, *, full: bool = False) -> dict[str, int]:
    """Bring the archive's lexicon up to date: a segment of the new items, or a full merge.

    Args:
        conn: The archive database (after the run's documents were committed).
        root: The archive directory.
        full: Rebuild the base in full whatever the merge policy says.

    Returns:
        For the manifest: items held, segments, whether this run merged, and the tokens and postings
        of what it wrote (the base after a merge, else the new segment).
    """
    segments = read_segments(root) or []
    db_ids = db_item_ids(conn)
    missing = np.setdiff1d(db_ids, _covered(segments), assume_unique=True)
    seq = max((s.seq for s in segments), default=-1) + 1
    merge = full or _needs_merge(segments, db_ids, missing)
    if not merge and not len(missing):
        return {"items": len(db_ids), "segments": len(segments), "merged": 0, "tokens": 0, "postings": 0}
    arrays = build_lexicon(conn, None if merge else missing, seq=seq)
    _write(root, LEXICON_NAME if merge else f"{SEGMENT_PREFIX}{seq:06d}.npz", arrays)
    if merge:  # the new base shadows them (higher seq) even if a crash leaves them behind
        for s in segments:
            if s.path.name != LEXICON_NAME:
                s.path.unlink(missing_ok=True)
    n_segments = 1 if merge else len(segments) + 1
    return {
        "items": len(db_ids),
        "segments": n_segments,
        "merged": int(merge),  # 1: this run rebuilt the base in full; 0: it wrote one segment
        "tokens": len(arrays["ptr"]) - 1,
        "postings": len(arrays["docs"]),
    }


def save_lexicon(conn: sqlite3.Connection, root: Path) -> dict[str, int]:
    """Rebuild the archive's lexicon in full (one base segment); returns its sizes for the manifest."""
    return update_lexicon(conn, root, full=True)
