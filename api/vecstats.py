"""How similar a vector is to the archive on average: the baseline that semantic matches must clear.

Cosine similarities mean different things per model and per query: e5-small puts all Swedish
council text at cosine ~0.77-0.88, and for a one-word query nearly every item is "close". What
does carry over is how far an item stands out from the rest of the archive for this query. For a
probe vector v (a query, or an item's passage), the similarities v·x over the archive's vectors x
have mean v·c and variance vᵀΣv, where c is the mean vector and Σ the covariance of the stored
vectors, so both are exact for any v from two small statistics of the archive (d and d×d numbers).
`z = (v·x - v·c) / sqrt(vᵀΣv)` is then the number of standard deviations item x stands above the
archive's average item for v.

The statistics belong to one state of the archive: they are computed from the FAISS index the
first time they are needed (all vectors of a small archive; the first passage of `SAMPLE_ITEMS`
evenly spaced items of a larger one: ~0.1 s at 100k items) and kept as long as that index object
lives; a re-indexed archive loads a new index (`ArchiveContext.refresh`) and so gets new
statistics. Nothing here depends on a query's filters.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from typing import Any

import numpy as np

from indexer.store.vectors import PASSAGE_BITS

#: Items sampled for the mean and covariance; enough for the quadratic form vᵀΣv within ~2%.
SAMPLE_ITEMS = 16_384
#: Below this many vectors a standard deviation says little (and z cannot exceed sqrt(n - 1)):
#: such an archive has no statistics and the z gates are off.
MIN_VECTORS = 30


@dataclass(frozen=True)
class VectorStats:
    """Mean vector and covariance of an archive's passage vectors."""

    mean: np.ndarray  # (dim,) float64
    cov: np.ndarray  # (dim, dim) float64
    n: int  # vectors they were measured on

    def baseline(self, probes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Mean and standard deviation of each probe's similarity to the archive's vectors.

        Args:
            probes: (k, dim) or (dim,) vectors.

        Returns:
            (means, stds), each of shape (k,); a std is never below 1e-9.
        """
        v = np.atleast_2d(np.asarray(probes, np.float64))
        mu = v @ self.mean
        var = np.einsum("ij,jk,ik->i", v, self.cov, v)
        return mu, np.sqrt(np.maximum(var, 1e-18))

    def z(self, probe: np.ndarray, sims: np.ndarray) -> np.ndarray:
        """Standard scores of similarities `sims` of one probe vector (see the module docstring)."""
        mu, sd = self.baseline(probe)
        return (np.asarray(sims, np.float64) - mu[0]) / sd[0]


_cache: weakref.WeakKeyDictionary[Any, VectorStats | None] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def vector_stats(index: Any) -> VectorStats | None:
    """The statistics of a `indexer.store.vectors.VectorIndex`, computed once per index object.

    Returns None when the index holds fewer than `MIN_VECTORS` vectors.
    """
    with _lock:
        if index in _cache:
            return _cache[index]
    stats = _measure(index)
    with _lock:
        _cache[index] = stats
    return stats


def _sample(index: Any) -> np.ndarray:
    """The vectors measured: every passage of a small archive, else the first passage of evenly
    spaced items (so the same archive always gives the same numbers)."""
    items = np.asarray(index.item_ids(), np.int64)
    if len(items) <= SAMPLE_ITEMS:
        mats = [index.vectors_of(int(i)) for i in items.tolist()]
        return np.concatenate(mats) if mats else np.zeros((0, index.dim), np.float32)
    items = items[np.linspace(0, len(items) - 1, SAMPLE_ITEMS).astype(np.int64)]
    try:  # one call (~15 ms for 16k vectors) instead of one per item (~2 s); exact vectors of IVF-PQ
        return np.asarray(index.passage_vectors(items << PASSAGE_BITS), np.float32)
    except (RuntimeError, AttributeError, KeyError):  # an index kind without batch reconstruction by id
        return np.stack([index.vectors_of(int(i))[0] for i in items.tolist()])


def _measure(index: Any) -> VectorStats | None:
    x = _sample(index).astype(np.float64)
    if len(x) < MIN_VECTORS:
        return None
    mean = x.mean(axis=0)
    cov = (x.T @ x) / len(x) - np.outer(mean, mean)
    return VectorStats(mean=mean, cov=cov, n=len(x))
