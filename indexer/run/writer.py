"""The one writer of the archive: embeds new item texts in batches across documents, writes each
document in its own transaction (old version out, new version in, or nothing at all).

Results may come from any engine, in any order; only this object touches SQLite, so idempotency,
changed-file replacement and crash safety do not depend on where the analysis ran.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from indexer.embed.embedder import Embedder, cache_key, embed_items, item_text, text_hash, to_blob
from indexer.read.sources import SourceUrls
from indexer.run.names import escape, shown_name
from indexer.run.task import FileResult
from indexer.store import rows as store
from indexer.store.originals import OriginalError, Originals


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

    def skip(self, path: Path | str, reason: str) -> None:
        """Record a file that is not indexed, with its reason (both made one printable line)."""
        self.skipped.append((shown_name(path), escape(" ".join(reason.split()))))


class ArchiveWriter:
    """Collects file results and writes them to the archive.

    Args:
        conn: The archive database.
        embedder: The model that embeds item texts not yet in the cache.
        report: Receives what was indexed, replaced and skipped.
        batch_items: Item texts to gather (over several documents) before one embedding call, so
            short documents still fill the model's batches.
        max_passages: A document whose items make more passages to embed is refused (0: no limit).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        embedder: Embedder,
        report: IndexReport,
        *,
        batch_items: int = 64,
        max_passages: int = 0,
        originals: Originals | None = None,
        sources: SourceUrls | None = None,
    ) -> None:
        self.originals = originals
        self.sources = sources
        self.conn = conn
        self.embedder = embedder
        self.model = cache_key(embedder)
        self.report = report
        self.batch_items = batch_items
        self.max_passages = max_passages
        self.changed = False
        self._pending: list[tuple[FileResult, list[str]]] = []  # result, item text hashes
        self._todo: dict[str, str] = {}  # text hash -> text, not cached, not yet embedded
        self._vectors: dict[str, bytes] = {}  # text hash -> blob, embedded or shipped by the engine

    def add(self, result: FileResult) -> None:
        """Take one file's result; writes happen in batches (call `close` at the end)."""
        ex = result.extraction
        if ex is None:
            self.report.skip(result.path, result.reason or "could not be analysed")
            return
        if store.has_document(self.conn, ex.sha256):
            self.report.unchanged.append(shown_name(result.path))
            return
        texts = [item_text(it.title, it.text) for it in ex.items]
        if self.max_passages and (n := self._passages(texts)) > self.max_passages:
            self.report.skip(
                result.path, f"too much text to embed ({n:,} passages, limit {self.max_passages:,})"
            )
            return
        hashes = [text_hash(t) for t in texts]
        # Embedded where the file was analysed (a cluster's worker), with this archive's model and window;
        # vectors of another key (a worker that cut other passages) are not mixed in: they are embedded here.
        if result.vectors and result.vector_key == self.model:
            self._vectors.update(result.vectors)
            self.report.embedded += len(result.vectors)
        missing = [h for h in hashes if h not in self._vectors and h not in self._todo]
        cached = store.cached_vectors(self.conn, self.model, missing)
        for h, t in zip(hashes, texts, strict=True):
            if h not in cached and h not in self._vectors:
                self._todo[h] = t
        self._pending.append((result, hashes))
        if len(self._todo) >= self.batch_items:
            self.flush()

    def flush(self) -> None:
        """Embed what is pending and write the pending documents."""
        if self._todo:
            todo = list(self._todo.items())
            mats = embed_items(self.embedder, [t for _, t in todo], progress=len(todo) > 50)
            self._vectors.update({h: to_blob(m) for (h, _), m in zip(todo, mats, strict=True)})
            self.report.embedded += len(todo)
            self._todo.clear()
        for result, hashes in self._pending:
            self._write(result, hashes)
        self._pending.clear()
        self._vectors.clear()

    def close(self) -> None:
        """Write whatever is still pending."""
        self.flush()

    def _passages(self, texts: list[str]) -> int:
        """How many passages the texts make (a short text is one: no token is shorter than a character)."""
        return sum(1 if len(t) <= 256 else len(self.embedder.split(t)) for t in texts)

    def _write(self, result: FileResult, hashes: list[str]) -> None:
        ex = result.extraction
        assert ex is not None
        if store.has_document(self.conn, ex.sha256):  # the same bytes twice in one run
            self.report.unchanged.append(shown_name(result.path))
            return
        path = _stored_path(result.path)
        kept = None
        # A file that held a personnummer is not kept: its text is masked, its bytes cannot be.
        if self.originals is not None and not ex.masked_personnummer:
            try:  # before the transaction: a document is never in the archive without its original
                kept = self.originals.keep(result.path, ex.sha256, ex.fmt, ex.encoding)
            except OriginalError as e:
                self.report.skip(result.path, str(e))
                return
        url = self.sources.url_for(result.path) if self.sources else None
        blobs = {h: self._vectors[h] for h in hashes if h in self._vectors}
        with self.conn:  # one transaction: old version out, new version in, or nothing at all
            old = store.documents_at(self.conn, path)
            for doc_id in old:
                store.delete_document(self.conn, doc_id)
            store.put_vectors(self.conn, self.model, blobs)
            store.write_extraction(
                self.conn, ex, path=path, text_hashes=hashes, original=kept, public_url=url
            )
        if old:
            self.report.replaced.append(shown_name(result.path))
        self.report.indexed.append((shown_name(result.path), len(ex.items)))
        self.report.masked_personnummer += ex.masked_personnummer
        self.changed = True


def _stored_path(path: Path) -> str:
    """The file's identity across runs: its absolute path through links, as `shown_name` writes it.

    Two files whose names differ only in a personnummer get the same identity (the number is never
    stored); the later one then replaces the earlier.
    """
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a link loop appeared since the walk
        real = path.absolute()
    return shown_name(real)
