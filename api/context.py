"""The open archive as the read path sees it: settings, database, manifest, model, vectors.

`open_archive` checks at once that the archive exists and has a readable
manifest. The embedding model and the FAISS index are loaded lazily, the first
time a semantic or hybrid search (or `related`) needs them; that is also when
the archive's model and dimension are checked against the configured embedder
(loading e5 takes seconds, and a lexical search or an item page needs no model).
A mismatch raises `ArchiveError` with what to do.

Thread safety: `conn` is one read-only SQLite connection per thread (FastAPI runs
sync endpoints in a thread pool), the facet columns and the index are built
once under a lock and replaced when the manifest changes (a new `arkiv index`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np

from api.columns import Columns
from arkiv.archive import (
    ArchiveError,
    ArchivePaths,
    check_compatible,
    check_schema,
    connect,
    read_manifest,
    settings_for_archive,
)
from arkiv.settings import Settings

T = TypeVar("T")


class QueryCache:
    """A small thread-safe LRU of per-query work (query vectors, match sets), for one archive state.

    A facet click, the next page and the chart all repeat the query just run: they reuse its
    embedding, its semantic matches and its unfiltered lexical matches instead of recomputing them.
    Cleared when the archive changes (`ArchiveContext.refresh`).
    """

    def __init__(self, size: int = 64, max_bytes: int = 256 * 2**20) -> None:
        self.size = size
        self.max_bytes = max_bytes  # a match set of a common word at 1M items weighs ~20 MB
        self._data: OrderedDict[tuple[object, ...], tuple[object, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """The cached value of `key`, or `make()` stored under it (not under the lock: it may be slow)."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key][0]  # type: ignore[return-value]
        value = make()
        weight = _nbytes(value)
        if self.size > 0 and weight <= self.max_bytes:
            with self._lock:
                if key not in self._data:
                    self._data[key] = (value, weight)
                    self._bytes += weight
                while len(self._data) > self.size or self._bytes > self.max_bytes:
                    _, (_, w) = self._data.popitem(last=False)
                    self._bytes -= w
        return value

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._data.clear()
            self._bytes = 0


def _nbytes(value: object) -> int:
    """Memory held by the numpy arrays of a value (an array, or a dataclass of them, nested)."""
    if isinstance(value, np.ndarray):
        return int(value.nbytes)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return sum(_nbytes(getattr(value, f.name)) for f in dataclasses.fields(value))
    return 0


class ArchiveContext:
    """One opened archive; share it between requests, `close()` it at the end."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.paths = ArchivePaths(settings.data)
        if not self.paths.db.exists():
            raise ArchiveError(
                f"no archive at {settings.data} (run `arkiv index PATH --data {settings.data}`)"
            )
        manifest = read_manifest(self.paths)
        if manifest is None:
            raise ArchiveError(f"archive at {settings.data} has no manifest.json (indexing did not finish)")
        check_schema(manifest)
        self.manifest: dict[str, Any] = manifest
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.RLock()
        self._generation = self._stamp()
        self._columns: Columns | None = None
        self._embedder: Any = None
        self._index: Any = None
        self._lexicon: Any = False  # False: not loaded yet; None: the archive has no usable lexicon
        self._terms: Any = False  # False: not loaded yet; None: the archive has no usable term vectors
        self.cache = QueryCache()

    # -- database -------------------------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's read-only connection to archive.sqlite (rows are `sqlite3.Row`)."""
        c = getattr(self._local, "conn", None)
        if c is None:
            c = connect(self.paths.db, readonly=True)
            self._local.conn = c
            with self._lock:
                self._conns.append(c)
        return c

    def _stamp(self) -> tuple[int, int]:
        # The indexer writes the manifest last, after the vectors: its mtime marks a new archive state.
        try:
            st = self.paths.manifest.stat()
            return st.st_mtime_ns, st.st_size
        except OSError:
            return 0, 0

    def refresh(self) -> None:
        """Drop cached columns and vectors if the archive was re-indexed since they were loaded."""
        stamp = self._stamp()
        if stamp != self._generation:
            with self._lock:
                manifest = read_manifest(self.paths)
                if manifest is not None:
                    self.manifest = manifest
                self._generation = stamp
                self._columns = None
                self._index = None
                self._lexicon = False
                self._terms = False
                self.cache.clear()

    @property
    def columns(self) -> Columns:
        """Facet columns of the current archive state (built on first use, ~1 s per million items)."""
        self.refresh()
        cols = self._columns
        if cols is None:
            with self._lock:
                if self._columns is None:
                    self._columns = Columns(self.conn)
                cols = self._columns
        return cols

    @property
    def lexicon(self) -> Any:
        """The word postings (`api.lexicon.Lexicon`), or None when the archive has none matching its items."""
        cols = self.columns  # refreshes first
        if self._lexicon is False:
            with self._lock:
                if self._lexicon is False:
                    from api.lexicon import load_lexicon

                    self._lexicon = load_lexicon(self.paths.lexicon, cols.ids)
        return self._lexicon

    @property
    def term_vectors(self) -> Any:
        """The archive's words in the model's space (`api.related_terms.TermVectors`), or None."""
        self.refresh()
        if self._terms is False:
            with self._lock:
                if self._terms is False:
                    from api.related_terms import load_term_vectors
                    from indexer.store.term_vectors import TERMS_NAME

                    entry = self.manifest.get("term_vectors") or {}
                    path = self.paths.root / str(entry.get("file", TERMS_NAME))
                    # the file records its model: vectors of another model than the archive's are not read
                    self._terms = load_term_vectors(path, self.model_id) if entry else None
        return self._terms

    # -- model and vectors ----------------------------------------------------------------------------------
    @property
    def embedder(self) -> Any:
        """The query embedder; checked against the archive's model and dim when first loaded.

        Raises:
            ArchiveError: The model cannot be loaded, or the archive was built with another one.
        """
        if self._embedder is None:
            with self._lock:
                if self._embedder is None:
                    from indexer.embed.embedder import EmbedderError, load_query_embedder

                    try:
                        emb = load_query_embedder(settings_for_archive(self.settings, self.manifest))
                    except EmbedderError as e:
                        raise ArchiveError(str(e)) from e
                    check_compatible(self.manifest, model=emb.model_id, dim=emb.dim)
                    single_threaded_queries()
                    self._embedder = emb
        return self._embedder

    @property
    def index(self) -> Any:
        """The FAISS index of the archive (ids = items.id), or None when the archive has no vectors."""
        self.refresh()
        if self._index is None:
            with self._lock:
                if self._index is None and self.paths.vectors.exists():
                    from indexer.store.vectors import load_index

                    single_threaded_queries()
                    index = load_index(self.paths.vectors)
                    check_index_kind(self.manifest, index.factory)
                    self._index = index
        return self._index

    @property
    def model_id(self) -> str | None:
        """The embedding model recorded in the manifest."""
        return (self.manifest.get("embedding") or {}).get("model")

    def close(self) -> None:
        """Close every connection this context opened."""
        with self._lock:
            for c in self._conns:
                with contextlib.suppress(sqlite3.ProgrammingError):  # closed from another thread already
                    c.close()
            self._conns.clear()
            self._local = threading.local()

    def __enter__(self) -> ArchiveContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_index_kind(manifest: dict[str, Any] | None, factory: str) -> None:
    """Refuse a vector index of another kind than the manifest records (flat, IVF, IVF-PQ).

    A file from another run or copied in by hand would be searched with the wrong expectations
    (an IVF-PQ index's scores are only right with its exact vectors beside it).

    Raises:
        ArchiveError: The kinds differ.
    """
    from indexer.store.vectors import factory_kind

    recorded = ((manifest or {}).get("faiss") or {}).get("factory")
    if recorded and factory_kind(recorded) != factory_kind(factory):
        raise ArchiveError(
            f"vectors.faiss is a {factory!r} index but the manifest records {recorded!r}; "
            "re-run `arkiv index` on the archive's files to rebuild it"
        )


def single_threaded_queries() -> None:
    """Run each query's vector search and embedding on one thread (FAISS OpenMP, torch intra-op).

    Their worker threads spin-wait, which on a busy 2-core machine turns milliseconds into seconds:
    measured here, a 10k-item FAISS search took 170 ms with OpenMP threads and 2 ms without, an e5
    query embedding 3.4 s with torch's 2 threads and 0.33 s with one. A server gets its concurrency
    from request threads instead. Process-wide; the indexer in the same process only runs slower.
    """
    import faiss

    faiss.omp_set_num_threads(1)
    torch = sys.modules.get("torch")  # only if a torch model is loaded: never import torch for this
    if torch is not None:
        torch.set_num_threads(1)


def open_archive(settings: Settings) -> ArchiveContext:
    """Open the archive at `settings.data` for reading.

    Raises:
        ArchiveError: No archive there, or no manifest (indexing never finished).
    """
    return ArchiveContext(settings)
