"""`arkiv index`: files in, archive out — incremental, idempotent, crash-safe.

Files are found and hashed (`indexer.run.files`); a file whose bytes are already in the archive
is not analysed again. Each new file is analysed by `indexer.run.task.ExtractTask` on an engine
(in this process by default), and every result goes to the one archive writer
(`indexer.run.writer`), which embeds new item texts in batches across documents (cached by text
hash) and writes each document in one SQLite transaction. At the end the FAISS index is rebuilt
from the cached vectors and written atomically, as is the lexicon (word postings for lexical
search, `indexer.store.lexicon`), then the manifest.
A bad file is reported with its reason and skipped; the run goes on.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from arkiv.archive import ArchivePaths, check_compatible, connect, read_manifest
from arkiv.settings import Settings, ocr_options
from indexer.embed.embedder import cache_key
from indexer.read.sources import SourceUrls
from indexer.run.files import discover, file_sha256
from indexer.run.local import run_local
from indexer.run.task import ExtractTask, FileResult
from indexer.run.writer import ArchiveWriter, IndexReport
from indexer.store import rows as store
from indexer.store.lexicon import is_current, save_lexicon
from indexer.store.manifest import save_vectors_and_manifest
from indexer.store.originals import Originals
from indexer.store.schema import SCHEMA_VERSION

__all__ = ["IndexReport", "index_paths"]

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
        settings: Where the archive is and which embedding model to use.
        organization: Used when a document does not name its kommun or region.
        progress: Wraps the stream of file results (and is told how many to expect), e.g. with a
            progress bar.
        sources: A JSON file of the files' public URLs (`indexer.read.sources`).

    Returns:
        What was indexed, replaced, unchanged and skipped (with reasons).
    """
    from indexer.embed.embedder import load_embedder

    t0 = time.perf_counter()
    urls = SourceUrls.load(sources) if sources else None  # a bad sources file stops the run before it starts
    report = IndexReport()
    files = discover(paths, report.skipped)
    archive = ArchivePaths(settings.data)
    conn = connect(archive.db)
    embedder = load_embedder(settings)
    check_compatible(read_manifest(archive), model=embedder.model_id, dim=embedder.dim, writer=True)
    todo = _new_files(conn, files, report)
    task = ExtractTask(
        organization=organization, max_bytes=settings.max_file_bytes, ocr=ocr_options(settings)
    )
    results: Iterable[FileResult] = run_local(todo, task)
    if progress:
        results = progress(results, len(todo))
    originals = Originals(archive.root, settings.originals)
    writer = ArchiveWriter(
        conn,
        embedder,
        report,
        batch_items=max(settings.embed_batch_size * 4, 16),
        originals=originals,
        sources=urls,
    )
    for result in results:
        writer.add(result)
    writer.close()
    if writer.changed or _stale(conn, archive):
        with conn:
            store.prune_embeddings(conn, cache_key(embedder))
        originals.prune(conn)
        lexicon = save_lexicon(conn, archive.root)
        save_vectors_and_manifest(conn, archive, settings, embedder, lexicon=lexicon)
    conn.close()
    report.seconds = time.perf_counter() - t0
    return report


def _new_files(conn: sqlite3.Connection, files: list[Path], report: IndexReport) -> list[Path]:
    """The files whose bytes are not in the archive yet (the others are reported unchanged)."""
    new: list[Path] = []
    seen: set[str] = set()
    for f in files:
        sha = file_sha256(f)
        if sha is not None and (sha in seen or store.has_document(conn, sha)):
            report.unchanged.append(str(f))
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
    )
