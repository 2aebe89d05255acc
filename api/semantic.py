"""The semantic side of search: the query's nearest items in the FAISS index.

A nearest-neighbour search has no natural "match set": every item has some
similarity. Our definition of the semantic matches of a query is a property of
the query alone, never of the filters: of the `Settings.candidates` nearest items
of the whole archive, those that
- stand out from the archive for this query: z >= `min_z` (+ `LONG_ITEM_GATE` x sqrt(2 ln n) for
  an item of n passages, which scores as the best of n), where
  z = (cosine - mean) / std over the archive's items for this query vector
  (`api.vecstats`: exact, from the archive's mean vector and covariance), and
- are at most `RELATIVE_FLOOR` below the best cosine.
The z gate is what keeps junk out. e5-small puts all Swedish council text at cosine
~0.77-0.88; for a one-word query such as "skatteväxling" its similarities are flat, so
118 of 243 corpus items were within 0.04 of the best and near-empty items ("Beslut",
a kallelse row title) were "matches". A standard score tells how unusual an item is for
this query whatever the model's cosine range, but how far real matches stand out still
depends on the model (e5-small's tail is twice as long as its static tier's), so the
floor is `Settings.semantic_gate` x the archive's measured match scale (`api.calibration`:
the median z of an item under its own title as the query): 0.4 x 5.2 = 2.1 for e5-small on
the corpus, 0.4 x 2.3 = 0.9 for the static tier. See BENCHMARKS.md for the measurements.
An archive too small to measure (`vecstats.MIN_VECTORS`, `calibration.MIN_SAMPLES`) has no
z gate.

A filtered search keeps the matches the filters allow. So a facet's count (matches
with that value) is exactly the total that clicking it gives — with a floor taken
within the filters, a filtered search measured its floor from a different best item
and the counts disagreed ("2021 (3)" gave 4).

One exception keeps the DESIGN rule that a filtered search never comes back
empty when the filters admit items: when none of the query's matches pass the
filters, `nearest_within` looks for the nearest items among those the filters
allow (inside FAISS, with an id selector) and applies only the relative floor to
the best of them (no z gate: it is the fallback "nearest we have", and would
otherwise be empty exactly when it is needed). A facet never shows a count of 0,
so a facet click never lands in that case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from api.calibration import match_scale
from api.context import ArchiveContext
from api.vecstats import vector_stats

#: Candidates further than this below the best cosine are not matches. Relative to the best hit, on
#: our 39 dev queries (e5-small): 0.08 kept a median of 181 of 200 candidates, 0.04 a median of 13
#: with the same MRR/nDCG as no floor at all. The z gate (`min_z`) is the tighter one
#: for e5-small; this floor still bounds the set where an archive has no statistics.
RELATIVE_FLOOR = 0.04
_EMPTY = np.zeros(0, np.int64)


@dataclass
class SemanticHits:
    """The semantic matches, best first, and the ranking the hybrid fusion reads its votes from."""

    ids: np.ndarray  # item ids of the matches (z gate and relative floor)
    scores: np.ndarray  # their cosine similarity
    #: Every candidate within the relative floor, best first (a superset of `ids`). Hybrid search gives
    #: a lexical match the semantic vote of its rank here even when it is not a semantic match itself.
    ranking: np.ndarray
    #: How far each item of `ranking` stands out for the query: its standard score over the archive
    #: divided by the archive's match scale (`api.calibration`), so the gate sits at
    #: `Settings.semantic_gate` whatever the model. None when the archive has no statistics (and in
    #: the filtered fallback). Hybrid fusion of a question whose words are weak reads it (`api.fusion`).
    standing: np.ndarray | None = None
    #: The standing of the last candidate of the unfiltered ranking: what an item outside it is taken
    #: to stand at (at most), whatever the filters keep. None with `standing`.
    floor_standing: float | None = None

    def within(self, allowed: Callable[[np.ndarray], np.ndarray]) -> SemanticHits:
        """The hits (and ranking) that `allowed(ids) -> boolean mask` keeps, in the same order."""
        keep = allowed(self.ids)
        in_ranking = allowed(self.ranking)
        return SemanticHits(
            ids=self.ids[keep],
            scores=self.scores[keep],
            ranking=self.ranking[in_ranking],
            standing=None if self.standing is None else self.standing[in_ranking],
            floor_standing=self.floor_standing,
        )


#: How much more a long item must stand out, per unit of sqrt(2 ln passages): an item scores as its
#: best passage, and the best of n draws of noise lies about sqrt(2 ln n) standard deviations above
#: their mean, so a 40-page bilaga "stands out" for any query by chance alone (BENCHMARKS.md, issue 13).
LONG_ITEM_GATE = 0.5


def _floor(
    ids: np.ndarray,
    scores: np.ndarray,
    min_score: float | np.ndarray | None,
    baseline: tuple[float, float] | None = None,
) -> SemanticHits:
    """The candidates near the best (`ranking`) and those of them that pass `min_score` (`ids`).

    `baseline` (mean, std x match scale) of the query's cosine over the archive gives `standing`.
    """
    ids, scores = np.asarray(ids, np.int64), np.asarray(scores, np.float32)
    if len(scores):
        near = scores >= scores[0] - RELATIVE_FLOOR
        ids, scores = ids[near], scores[near]
        if isinstance(min_score, np.ndarray):
            min_score = min_score[near]
    ranking = ids
    standing, floor_standing = None, None
    if baseline is not None:
        standing = ((scores.astype(np.float64) - baseline[0]) / baseline[1]).astype(np.float32)
        floor_standing = float(standing[-1]) if len(standing) else None
    if min_score is not None:
        keep = scores >= min_score
        ids, scores = ids[keep], scores[keep]
    return SemanticHits(
        ids=ids, scores=scores, ranking=ranking, standing=standing, floor_standing=floor_standing
    )


def min_z(ctx: ArchiveContext) -> float | None:
    """The standard score a semantic match needs: Settings.semantic_gate x the archive's match scale.

    None (no z gate) when the archive cannot be measured (`api.vecstats`, `api.calibration`).
    """
    scale = match_scale(ctx)
    return None if scale is None else ctx.settings.semantic_gate * max(scale, 0.0)


def semantic_search(
    ctx: ArchiveContext,
    query_vector: np.ndarray,
    k: int,
    allowed_ids: np.ndarray | None = None,
) -> SemanticHits:
    """The semantic matches of a query vector: of the whole archive, or (fallback) within `allowed_ids`.

    Args:
        ctx: The archive.
        query_vector: The embedded query (normalised).
        k: How many candidates to look at (Settings.candidates).
        allowed_ids: None for the query's own match set (the normal case, z gate and relative
            floor); item ids for `nearest_within`'s fallback, searched inside FAISS (relative floor only).
    """
    index = ctx.index
    if index is None or k <= 0 or (allowed_ids is not None and len(allowed_ids) == 0):
        return SemanticHits(ids=_EMPTY, scores=np.zeros(0, np.float32), ranking=_EMPTY)
    ids, scores = index.search(query_vector, k, allowed_ids)
    ids = np.asarray(ids, np.int64)
    if allowed_ids is not None:
        return _floor(ids, np.asarray(scores, np.float32), None)
    gate, baseline = _item_gates(ctx, query_vector, ids)
    return _floor(ids, np.asarray(scores, np.float32), gate, baseline)


def _item_gates(
    ctx: ArchiveContext, query_vector: np.ndarray, ids: np.ndarray
) -> tuple[np.ndarray | None, tuple[float, float] | None]:
    """The cosine each candidate needs (the archive's gate, raised for items of many passages), and
    the query's baseline (mean cosine, std x match scale) that `SemanticHits.standing` is measured by."""
    stats = vector_stats(ctx.index) if ctx.index is not None else None
    scale = match_scale(ctx) if stats is not None else None
    if stats is None or scale is None:
        return None, None
    z = ctx.settings.semantic_gate * max(scale, 0.0)
    mu, sd = stats.baseline(query_vector)
    counts = np.maximum(ctx.index.passage_counts(ids), 1)
    extra = LONG_ITEM_GATE * np.sqrt(2 * np.log(counts))
    baseline = (float(mu[0]), float(sd[0]) * scale) if scale > 0 else None
    return np.asarray(mu[0] + (z + extra) * sd[0], np.float32), baseline


def nearest_within(
    ctx: ArchiveContext, query_vector: np.ndarray, k: int, allowed_ids: np.ndarray
) -> SemanticHits:
    """The fallback when no semantic match passes the filters: the nearest allowed items.

    The relative floor is taken from the best allowed item, so the set is small and ranked; the z
    gate is not applied (the fallback exists to show the nearest allowed items, however weak).
    """
    return semantic_search(ctx, query_vector, k, allowed_ids)
