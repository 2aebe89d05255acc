"""How far a real match stands out with this model on this archive: the scale of the semantic gate.

The standard score of a query's best items (`api.vecstats`) depends on the model: on the corpus,
an item whose own title is the query stands a median 5.1 standard deviations above the archive's
average with e5-small, but 2.5 with its static (model2vec) tier, whose similarities are broader.
A fixed z floor that removes e5's junk (2.25) would leave the static tier's semantic side almost
empty. So the gate is measured per archive: `match_scale` embeds the titles of up to
`CALIBRATION_ITEMS` items (evenly spaced over the archive, titles of at least `MIN_TITLE_WORDS`
words) as queries and takes the median standard score of each item under its own title. A
semantic match needs z >= Settings.semantic_gate x that scale.

Computed once per index object (so once per archive state, like `api.vecstats`), with the query
model: ~1 s for e5-small on a quiet core (10 s measured under heavy load) on the first semantic
query after indexing, instant for the static tier. Nothing here depends on a query or its
filters. Where the query model cannot be loaded (a benchmark archive of synthetic vectors whose
queries are precomputed) there is no scale and so no z gate.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

import numpy as np

from api.vecstats import vector_stats
from arkiv.archive import ArchiveError

#: Titles embedded per archive state (~1 s with e5-small on a quiet core). On the corpus the median of 32
#: titles falls within ±0.45 of the median of all 225 usable titles in 90% of random samples.
CALIBRATION_ITEMS = 32
#: Shorter titles ("Val av justerare", "Övriga frågor") name no subject a query would ask for.
MIN_TITLE_WORDS = 3
#: With fewer usable titles than this there is no scale (and no z gate).
MIN_SAMPLES = 5

_cache: weakref.WeakKeyDictionary[Any, float | None] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def match_scale(ctx: Any) -> float | None:
    """Median standard score of an item when its own title is the query; None when unmeasurable.

    Args:
        ctx: An `api.context.ArchiveContext` (its index and query embedder are used).
    """
    index = ctx.index
    if index is None:
        return None
    with _lock:
        if index in _cache:
            return _cache[index]
    scale = _measure(ctx, index)
    with _lock:
        _cache[index] = scale
    return scale


def sample_titles(ctx: Any, index: Any) -> list[tuple[int, str]]:
    """Up to CALIBRATION_ITEMS (item id, title) pairs, spread evenly over the indexed items."""
    items = np.asarray(index.item_ids(), np.int64)
    if not len(items):
        return []
    # Look at a few times more items than needed: many titles are too short to ask for anything.
    n = min(len(items), CALIBRATION_ITEMS * 8)
    picked = items[np.linspace(0, len(items) - 1, n).astype(np.int64)].tolist()
    marks = ",".join("?" * len(picked))
    titles = dict(ctx.conn.execute(f"SELECT id, title FROM items WHERE id IN ({marks})", picked).fetchall())
    usable = [(i, titles[i]) for i in picked if len((titles.get(i) or "").split()) >= MIN_TITLE_WORDS]
    if len(usable) > CALIBRATION_ITEMS:
        keep = np.linspace(0, len(usable) - 1, CALIBRATION_ITEMS).astype(np.int64)
        usable = [usable[k] for k in keep.tolist()]
    return usable


def _measure(ctx: Any, index: Any) -> float | None:
    stats = vector_stats(index)
    if stats is None:
        return None
    try:
        embedder = ctx.embedder
    except ArchiveError:  # no query model here: a benchmark's synthetic vectors, queries precomputed
        return None
    zs = []
    for item, title in sample_titles(ctx, index):
        query = embedder.embed_query(title)
        own = index.vectors_of(item)
        zs.append(float(stats.z(query, np.array([float((own @ query).max())]))[0]))
    return float(np.median(zs)) if len(zs) >= MIN_SAMPLES else None
