"""`arkiv index`: files in, archive out — incremental, idempotent, crash-safe.

Files are found and hashed (`indexer.run.files`); a file whose bytes are already in the archive
is not analysed again. Each new file is analysed by `indexer.run.task.ExtractTask` on an engine
(a pool of worker processes, or this process with one job: `indexer.run.engines`), and every
result goes, in the files' order, to the one archive writer (`indexer.run.writer`), which embeds
new item texts in batches across documents (cached by text hash) and writes each document in one
SQLite transaction. At the end the FAISS index is rebuilt from the cached vectors and written
atomically; the lexicon (word postings for lexical search, `indexer.store.lexicon`) gets a segment
of the run's new items, or is merged in full (`indexer.store.lexicon_update`); then the manifest.
A bad file is reported with its reason and skipped; the run goes on. One run writes an archive at a
time (`indexer.run.guard`); a full disk ends the run with `DiskFullError`, the archive consistent.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from arkiv.archive import (
    ArchivePaths,
    check_compatible,
    connect,
    migrate_archive,
    read_manifest,
    settings_for_archive,
)
from arkiv.settings import Settings, ocr_options
from indexer.embed.embedder import cache_key
from indexer.read.sources import SourceUrls
from indexer.run.engines import prepare_engine, run_engine
from indexer.run.files import discover, file_sha256
from indexer.run.guard import DiskFullError, is_disk_full, writing
from indexer.run.names import shown_name
from indexer.run.order import in_order
from indexer.run.task import ExtractTask, FileResult
from indexer.run.writer import ArchiveWriter, IndexReport
from indexer.store import rows as store
from indexer.store.lexicon_update import is_current, update_lexicon
from indexer.store.manifest import save_vectors_and_manifest
from indexer.store.originals import Originals
from indexer.store.schema import SCHEMA_VERSION
from indexer.store.term_vectors import TERMS_NAME, update_term_vectors

__all__ = ["DiskFullError", "IndexReport", "index_paths"]

Progress = Callable[[Iterable[FileResult], int], Iterable[FileResult]]


def index_paths(
    paths: Iterable[Path],
    settings: Settings,
    *,
    organization: str | None = None,
    progress: Progress | None = None,
    sources: Path | None = None,
) -> IndexReport:
    """Index files and folders into the archive at `settings.data`.

    Args:
        paths: Files and/or folders (searched recursively).
        settings: Where the archive is, which embedding model, how many jobs, the limits.
        organization: Used when a document does not name its kommun or region.
        progress: Wraps the stream of file results (and is told how many to expect), e.g. with a
            progress bar.
        sources: A JSON file of the files' public URLs (`indexer.read.sources`).

    Returns:
        What was indexed, replaced, unchanged and skipped (with reasons).

    Raises:
        DiskFullError: The disk filled up; the documents written before are in the archive.
    """
    t0 = time.perf_counter()
    urls = SourceUrls.load(sources) if sources else None  # a bad sources file stops the run before it starts
    report = IndexReport()
    archive = ArchivePaths(settings.data)
    try:
        with writing(archive.root):
            _run(paths, settings, archive, report, organization, progress, urls)
    except Exception as e:
        if is_disk_full(e):
            raise DiskFullError(len(report.indexed)) from e
        raise
    report.seconds = time.perf_counter() - t0
    return report


def _run(
    paths: Iterable[Path],
    settings: Settings,
    archive: ArchivePaths,
    report: IndexReport,
    organization: str | None,
    progress: Progress | None,
    urls: SourceUrls | None,
) -> None:
    from indexer.embed.embedder import load_embedder

    files = discover(paths, report.skip)
    manifest = migrate_archive(archive)  # an archive of an older schema is upgraded in place first
    # The model and the passage window that built it, unless set explicitly.
    settings = settings_for_archive(settings, manifest)
    conn = connect(archive.db)
    engine: Iterator[FileResult] | None = None
    try:
        todo = _new_files(conn, files, report)
        prepare_engine(settings, len(todo))  # the pool warms up while the model loads
        embedder = load_embedder(settings)
        check_compatible(
            manifest, model=embedder.model_id, dim=embedder.dim, passage_policy=embedder.passage_policy
        )
        task = ExtractTask(
            organization,
            settings.max_file_bytes,
            settings.max_pages,
            settings.max_items,
            ocr_options(settings),
        )
        engine = run_engine(todo, task, settings)
        results = progress(engine, len(todo)) if progress else engine
        originals = Originals(archive.root, settings.originals)
        writer = ArchiveWriter(
            conn,
            embedder,
            report,
            batch_items=max(settings.embed_batch_size * 4, 16),
            max_passages=settings.max_passages,
            originals=originals,
            sources=urls,
        )
        for result in in_order(results, todo):
            writer.add(result)
        writer.close()
        if writer.changed or _stale(conn, archive):
            with conn:
                store.prune_embeddings(conn, cache_key(embedder))
            originals.prune(conn)
            lexicon = update_lexicon(conn, archive.root)  # a new segment, or a merge (lexicon_update)
            # the lexicon's new words embedded, at most term_vectors_max of them
            terms = update_term_vectors(archive.root, embedder, settings.term_vectors_max)
            save_vectors_and_manifest(
                conn, archive, settings, embedder, lexicon=lexicon, term_vectors=terms.manifest
            )
    finally:
        if engine is not None and hasattr(engine, "close"):
            engine.close()  # a pool's workers stop now, not when the generator is collected
        conn.close()


def _new_files(conn: sqlite3.Connection, files: list[Path], report: IndexReport) -> list[Path]:
    """The files whose bytes are not in the archive yet (the others are reported unchanged)."""
    new: list[Path] = []
    seen: set[str] = set()
    for f in files:
        sha = file_sha256(f)
        if sha is not None and (sha in seen or store.has_document(conn, sha)):
            report.unchanged.append(shown_name(f))
            continue
        if sha is not None:
            seen.add(sha)
        new.append(f)
    return new


def _stale(conn: sqlite3.Connection, archive: ArchivePaths) -> bool:
    """True when the vectors, the lexicon or the manifest lag behind the database.

    That happens when a run stopped after a document's transaction but before the end-of-run
    files were written; the next run, even with nothing new to index, brings them up to date.
    """
    manifest = read_manifest(archive)
    n_items = conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    return (
        not archive.vectors.exists()
        or manifest is None
        or manifest.get("schema_version") != SCHEMA_VERSION  # migrated by `connect`: record it
        or manifest.get("items") != n_items
        or not is_current(conn, archive.root)
        or "term_vectors" not in manifest  # indexed before the archive embedded its words
        or not (archive.root / TERMS_NAME).exists()
    )
