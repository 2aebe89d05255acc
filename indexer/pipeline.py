"""`arkiv index`: files in, archive out — incremental, idempotent, crash-safe.

Per file: read and analyse it (`indexer.extract`), embed its items (cached by
text hash), write it in one SQLite transaction. At the end the FAISS index is
rebuilt from the cached vectors and written atomically, as is the lexicon (word
postings for lexical search, `indexer.store.lexicon`), then the manifest.
A bad file is reported with its reason and skipped; the run goes on.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from arkiv.archive import ArchivePaths, check_compatible, connect, read_manifest
from arkiv.settings import Settings
from indexer.embed.embedder import Embedder, cache_key
from indexer.extract import extract_file
from indexer.read.parse import ParseError
from indexer.store import rows as store
from indexer.store.lexicon import is_current, save_lexicon
from indexer.store.manifest import save_vectors_and_manifest
from indexer.types import Extraction

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}
# Files that travel with document folders but are not meeting documents.
NOT_DOCUMENTS = {"readme", "license", "licence", "changelog", "manifest"}


@dataclass
class IndexReport:
    """What one `arkiv index` run did."""

    indexed: list[tuple[str, int]] = field(default_factory=list)  # (source, items)
    replaced: list[str] = field(default_factory=list)  # changed files whose old version was removed
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    masked_personnummer: int = 0
    embedded: int = 0  # items embedded now (the rest came from the cache)
    seconds: float = 0.0

    @property
    def items(self) -> int:
        return sum(n for _, n in self.indexed)


def discover(paths: Iterable[Path], report: IndexReport) -> list[Path]:
    """Expand folders into document files; report what is not a document."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if not f.is_file() or any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if f.stem.lower() in NOT_DOCUMENTS:
                    continue  # a folder's README or manifest describes the documents, it is not one
                if f.suffix.lower() not in SUPPORTED:
                    report.skipped.append((str(f), f"unsupported file type {f.suffix or '(none)'}"))
                    continue
                found.append(f)
        elif p.exists():
            found.append(p)
        else:
            report.skipped.append((str(p), "no such file or directory"))
    return found


def index_paths(
    paths: Iterable[Path],
    settings: Settings,
    *,
    organization: str | None = None,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
) -> IndexReport:
    """Index files and folders into the archive at `settings.data`.

    Args:
        paths: Files and/or folders (searched recursively).
        settings: Where the archive is and which embedding model to use.
        organization: Used when a document does not name its kommun or region.
        progress: Wraps the file list, e.g. with a progress bar.

    Returns:
        What was indexed, replaced, unchanged and skipped (with reasons).
    """
    from indexer.embed.embedder import load_embedder

    t0 = time.perf_counter()
    report = IndexReport()
    files = discover(paths, report)
    archive = ArchivePaths(settings.data)
    conn = connect(archive.db)
    embedder = load_embedder(settings)
    check_compatible(read_manifest(archive), model=embedder.model_id, dim=embedder.dim)
    changed = False
    for f in progress(files) if progress else files:
        changed |= _index_one(conn, f, settings, embedder, organization, report)
    if changed or _stale(conn, archive):
        with conn:
            store.prune_embeddings(conn, cache_key(embedder))
        lexicon = save_lexicon(conn, archive.root)
        save_vectors_and_manifest(conn, archive, settings, embedder, lexicon=lexicon)
    conn.close()
    report.seconds = time.perf_counter() - t0
    return report


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
        or manifest.get("items") != n_items
        or not is_current(conn, archive.root)
    )


def _index_one(
    conn: sqlite3.Connection,
    f: Path,
    settings: Settings,
    embedder: Embedder,
    organization: str | None,
    report: IndexReport,
) -> bool:
    """Index one file; returns True when the archive changed."""
    source = str(f)
    try:
        ex = extract_file(f, organization=organization, max_bytes=settings.max_file_bytes)
    except ParseError as e:
        report.skipped.append((source, str(e)))
        return False
    except Exception as e:  # a bug on one odd file must not lose the run
        report.skipped.append((source, f"could not be analysed ({type(e).__name__}: {e})"))
        return False
    if store.has_document(conn, ex.sha256):
        report.unchanged.append(source)
        return False
    if not ex.items:
        report.skipped.append((source, "no agenda items or text found"))
        return False
    hashes, blobs = _embed(conn, ex, embedder, report)
    path = str(f.resolve())
    with conn:  # one transaction: old version out, new version in, or nothing at all
        old = store.documents_at(conn, path)
        for doc_id in old:
            store.delete_document(conn, doc_id)
        store.put_vectors(conn, cache_key(embedder), blobs)
        store.write_extraction(conn, ex, path=path, text_hashes=hashes)
    if old:
        report.replaced.append(source)
    report.indexed.append((source, len(ex.items)))
    report.masked_personnummer += ex.masked_personnummer
    return True


def _embed(
    conn: sqlite3.Connection, ex: Extraction, embedder: Embedder, report: IndexReport
) -> tuple[list[str], dict[str, bytes]]:
    """Hashes of every item's text, and blobs for those not yet cached."""
    from indexer.embed.embedder import cache_key, embed_items, item_text, text_hash, to_blob

    texts = [item_text(it.title, it.text) for it in ex.items]
    hashes = [text_hash(t) for t in texts]
    cached = store.cached_vectors(conn, cache_key(embedder), hashes)
    todo = list({h: t for h, t in zip(hashes, texts, strict=True) if h not in cached}.items())
    blobs: dict[str, bytes] = {}
    if todo:
        mats = embed_items(embedder, [t for _, t in todo], progress=len(todo) > 50)
        blobs = {h: to_blob(m) for (h, _), m in zip(todo, mats, strict=True)}
        report.embedded += len(todo)
    return hashes, blobs
