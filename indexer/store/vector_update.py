"""Bringing the archive's FAISS index up to date in place instead of rebuilding it.

A run that adds or replaces a few documents changes a few items; rebuilding the index from every
cached vector costs ~18 s at 100k items and minutes at 1M (reading a million blobs, IVF training).
Item ids come from an AUTOINCREMENT column and are never reused, so the index is brought level
with the database by id alone: the vectors of items the database no longer holds are removed,
those of items the index lacks are read from the embedding cache and added (`updated_index`).

The index is rebuilt instead when it is missing or unreadable, when "auto" would now choose
another kind (the archive crossed `IVF_THRESHOLD`), when an explicit factory changed, or when an
IVF index has grown past twice the vectors it was trained on (its lists, chosen for the smaller
archive, would grow long and its probe share would no longer hold).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from indexer.store.vectors import VectorIndex, choose_factory, factory_kind, load_index

log = logging.getLogger(__name__)
#: An IVF index is retrained once it holds this many times the vectors it was trained on.
REGROW = 2
_CHUNK = 500  # item ids per SQL IN (...) lookup


def vector_item_ids(conn: sqlite3.Connection, model: str) -> np.ndarray:
    """Sorted ids of the items whose embedding under `model` is cached."""
    rows = conn.execute(
        "SELECT i.id FROM items i JOIN embeddings e ON e.text_hash = i.text_hash AND e.model = ?"
        " ORDER BY i.id",
        (model,),
    )
    return np.fromiter((r[0] for r in rows), np.int64)


def item_vectors(
    conn: sqlite3.Connection, model: str, dim: int, ids: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(row item ids, passage vectors) of the given items, read from the embedding cache."""
    from indexer.embed.embedder import from_blob

    row_ids: list[np.ndarray] = []
    mats: list[np.ndarray] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = [int(i) for i in ids[start : start + _CHUNK]]
        marks = ",".join("?" * len(chunk))
        for item_id, blob in conn.execute(
            "SELECT i.id, e.vec FROM items i JOIN embeddings e ON e.text_hash = i.text_hash AND e.model = ?"
            f" WHERE i.id IN ({marks}) ORDER BY i.id",
            (model, *chunk),
        ):
            m = from_blob(blob, dim)
            row_ids.append(np.full(len(m), int(item_id), np.int64))
            mats.append(m)
    if not mats:
        return np.zeros(0, np.int64), np.zeros((0, dim), np.float32)
    return np.concatenate(row_ids), np.vstack(mats)


@dataclass(frozen=True)
class IndexUpdate:
    """An index brought level with the database in place, and what that changed.

    Attributes:
        index: The updated index (in memory; the caller writes it).
        removed_items: Items whose vectors were removed (the database no longer holds them).
        added_items: Items whose vectors were added from the embedding cache.
        added_vectors: The vectors added (a long item has one per passage).
    """

    index: VectorIndex
    removed_items: int
    added_items: int
    added_vectors: int


def updated_index(
    conn: sqlite3.Connection,
    path: Path,
    *,
    model: str,
    dim: int,
    factory: str,
    trained_on: int | None,
) -> IndexUpdate | None:
    """The index at `path` brought level with the database, or None when it must be rebuilt.

    Args:
        conn: The archive database.
        path: The current vectors.faiss.
        model: The embedding cache key of the archive's model.
        dim: Its dimension.
        factory: Settings.faiss_factory ("auto" or a factory string).
        trained_on: Vectors the IVF index was trained on (manifest); None forces a rebuild of an IVF index.

    Returns:
        The index and what changed (items removed and added), or None.
    """
    try:
        index = load_index(path)
    except (OSError, RuntimeError) as e:  # missing, or a file FAISS cannot read: rebuild
        log.info("%s: rebuilding the vector index (%s)", path, e)
        return None
    want = vector_item_ids(conn, model)
    have = index.item_ids()
    gone = have[~np.isin(have, want, kind="sort")]
    new = want[~np.isin(want, have, kind="sort")]
    row_ids, vecs = item_vectors(conn, model, dim, new)
    index.remove_ids(gone)  # in memory only: a rebuild below discards this copy
    if not _still_fits(index, factory, index.ntotal + len(vecs), dim, trained_on):
        return None
    if len(vecs):
        index.add(row_ids, vecs)
    return IndexUpdate(index, removed_items=len(gone), added_items=len(new), added_vectors=len(vecs))


def _still_fits(index: VectorIndex, factory: str, n_after: int, dim: int, trained_on: int | None) -> bool:
    """Whether the existing index is what a rebuild with `n_after` vectors would give (up to its lists)."""
    if index.dim != dim:
        return False
    chosen = choose_factory(n_after, factory, dim=dim)
    if factory != "auto" and chosen != index.factory:
        return False
    if factory_kind(chosen) != factory_kind(index.factory):
        return False
    if factory_kind(chosen) == "ivf-pq" and not index.reranks:
        return False  # its exact vectors are missing: a rebuild writes them
    # An IVF index: its lists were sized for the vectors it was trained on.
    return index.nprobe is None or (trained_on is not None and n_after <= REGROW * trained_on)
