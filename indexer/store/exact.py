"""The exact passage vectors beside a compressed FAISS index, memory-mapped, for re-ranking.

An IVF-PQ index keeps ~100 bytes a vector instead of 1,536, but its scores are approximations:
on real e5 vectors PQ96 codes alone find only ~0.69 of the exact top ten, because the top ten of
a query differ by less than the codes' error (BENCHMARKS.md, issue 14). The search therefore
takes a shortlist from FAISS and rescores it with these vectors (`VectorIndex.search`).

The file `vectors.exact` sits beside `vectors.faiss` and is read through the page cache, never
loaded whole: a query touches only its shortlist's rows. Layout (little-endian):

    8 bytes magic b"ARKVEC1\\0" | int64 n | int64 dim | int64 dtype code (1 = float16)
    n int64 FAISS ids, ascending | n x dim float16 vectors, row i belonging to id i

float16 halves the file (768 bytes a vector at 384-d); its rounding (~5e-4 per component) moves an
inner product by ~1e-5, well below the gaps it has to order. The ids make the file check itself
against the index it belongs to (`matches`): the two are renamed into place one after the other,
and a reader that catches them in between must notice rather than rescore with another run's vectors.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"ARKVEC1\0"
_HEADER = 32
_F16 = 1
#: Rows converted to float32 at a time when a whole matrix is streamed (build, write).
CHUNK = 100_000


@dataclass
class ExactVectors:
    """Passage vectors by FAISS id: `ids` ascending, `vecs[i]` the vector of `ids[i]` (float16)."""

    ids: np.ndarray
    vecs: np.ndarray

    @classmethod
    def from_rows(cls, ids: np.ndarray, vectors: np.ndarray) -> ExactVectors:
        """Keep `vectors` (rows in any order) under their FAISS `ids`, as float16 in memory."""
        ids = np.asarray(ids, np.int64)
        order = np.argsort(ids, kind="stable")
        if np.all(order[1:] > order[:-1]):  # already ascending (the usual case): no gather copy
            return cls(ids.copy(), _as_f16(vectors))
        return cls(ids[order], _as_f16(vectors, order))

    def __len__(self) -> int:
        return len(self.ids)

    def get(self, ids: np.ndarray) -> np.ndarray:
        """float32 vectors of `ids` (each must be stored), in the order given."""
        ids = np.asarray(ids, np.int64)
        rows = np.searchsorted(self.ids, ids)
        if len(ids) and (rows.max(initial=0) >= len(self.ids) or np.any(self.ids[rows] != ids)):
            raise KeyError("an id without an exact vector")
        order = np.argsort(rows)  # ascending rows: sequential page reads of the mapped file
        out = np.empty((len(ids), self.vecs.shape[1]), np.float32)
        out[order] = self.vecs[rows[order]]
        return out

    def matches(self, sorted_ids: np.ndarray) -> bool:
        """Whether this file holds exactly the vectors of an index with these (sorted) ids."""
        return len(sorted_ids) == len(self.ids) and bool(np.array_equal(sorted_ids, self.ids))

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> ExactVectors:
        """A new store with these rows added (ids must not be stored yet); loads a mapped file."""
        new = ExactVectors.from_rows(ids, vectors)
        both = ExactVectors.from_rows(
            np.concatenate([self.ids, new.ids]), np.concatenate([np.asarray(self.vecs), new.vecs])
        )
        return both

    def without(self, ids: np.ndarray) -> ExactVectors:
        """A new store without these ids."""
        keep = ~np.isin(self.ids, np.asarray(ids, np.int64))
        return ExactVectors(self.ids[keep], np.asarray(self.vecs[keep]))


def _as_f16(vectors: np.ndarray, order: np.ndarray | None = None) -> np.ndarray:
    """float16 copy of `vectors` (rows reordered by `order`), converted chunk by chunk."""
    n = len(order) if order is not None else len(vectors)
    out = np.empty((n, vectors.shape[1] if vectors.ndim == 2 else 0), np.float16)
    for start in range(0, n, CHUNK):
        rows = slice(start, min(n, start + CHUNK))
        out[rows] = vectors[order[rows]] if order is not None else vectors[rows]
    return out


def exact_path(index_path: Path) -> Path:
    """Where the exact vectors of the index at `index_path` live (`vectors.faiss` -> `vectors.exact`)."""
    return Path(index_path).with_suffix(".exact")


def write_exact(store: ExactVectors, path: Path) -> None:
    """Write `store` atomically: a temp file in the same folder, fsync, rename."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    n, dim = store.vecs.shape if len(store) else (0, 0)
    try:
        with open(tmp, "wb") as f:
            f.write(MAGIC + np.array([n, dim, _F16], "<i8").tobytes())
            f.write(np.ascontiguousarray(store.ids, "<i8").tobytes())
            for start in range(0, n, CHUNK):
                f.write(np.ascontiguousarray(store.vecs[start : start + CHUNK], "<f2").tobytes())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def read_exact(path: Path) -> ExactVectors | None:
    """Map the file at `path`; None when it is missing or not an exact-vector file."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            head = f.read(_HEADER)
        size = path.stat().st_size
    except OSError:
        return None
    if len(head) < _HEADER or head[:8] != MAGIC:
        return None
    n, dim, code = (int(x) for x in np.frombuffer(head[8:], "<i8"))
    if code != _F16 or n < 0 or size != _HEADER + 8 * n + 2 * n * dim:
        return None
    if n == 0:
        return ExactVectors(np.zeros(0, np.int64), np.zeros((0, dim), np.float16))
    ids = np.memmap(path, "<i8", "r", offset=_HEADER, shape=(n,))
    vecs = np.memmap(path, "<f2", "r", offset=_HEADER + 8 * n, shape=(n, dim))
    return ExactVectors(np.asarray(ids), vecs)
