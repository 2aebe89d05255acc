"""The semantic side of search: the query's nearest items in the FAISS index.

A nearest-neighbour search has no natural "match set": every item has some
similarity. Our definition of the semantic matches of a query is a property of
the query alone, never of the filters: the `Settings.candidates` nearest items
of the whole archive whose cosine similarity is at most `RELATIVE_FLOOR` below
the best one (and above `ABS_FLOOR`). A filtered search keeps the matches the
filters allow. So a facet's count (matches with that value) is exactly the
total that clicking it gives — with a floor taken within the filters, a
filtered search measured its floor from a different best item and the counts
disagreed ("2021 (3)" gave 4).

One exception keeps the DESIGN rule that a filtered search never comes back
empty when the filters admit items: when none of the query's matches pass the
filters, `nearest_within` looks for the nearest items among those the filters
allow (inside FAISS, with an id selector) and applies the same relative floor to
the best of them. A facet never shows a count of 0, so a facet click never
lands in that case.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from api.context import ArchiveContext

#: Candidates further than this below the best similarity are not matches. e5-small squeezes all
#: Swedish council text into cosine ~0.77-0.88, so an absolute floor means little; relative to the
#: best hit, on our 39 dev queries: 0.08 kept a median of 181 of 200 candidates as "matches" (facets
#: counted nearly the whole corpus), 0.04 a median of 13 with the same MRR/nDCG as no floor at all.
RELATIVE_FLOOR = 0.04
#: Nothing below this cosine is a semantic match, however close to the best it is.
ABS_FLOOR = 0.0
_EMPTY = np.zeros(0, np.int64)


@dataclass
class SemanticHits:
    """The semantic matches, best first."""

    ids: np.ndarray  # item ids
    scores: np.ndarray  # cosine similarity

    def subset(self, keep: np.ndarray) -> SemanticHits:
        """The hits at the positions where `keep` (a boolean mask) is True, in the same order."""
        return SemanticHits(ids=self.ids[keep], scores=self.scores[keep])


def _floor(ids: np.ndarray, scores: np.ndarray) -> SemanticHits:
    if len(scores):
        keep = (scores >= scores[0] - RELATIVE_FLOOR) & (scores >= ABS_FLOOR)
        ids, scores = ids[keep], scores[keep]
    return SemanticHits(ids=np.asarray(ids, np.int64), scores=np.asarray(scores, np.float32))


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
        allowed_ids: None for the query's own match set (the normal case); item ids for
            `nearest_within`'s fallback, searched inside FAISS.
    """
    index = ctx.index
    if index is None or k <= 0 or (allowed_ids is not None and len(allowed_ids) == 0):
        return SemanticHits(ids=_EMPTY, scores=np.zeros(0, np.float32))
    ids, scores = index.search(query_vector, k, allowed_ids)
    return _floor(np.asarray(ids, np.int64), np.asarray(scores, np.float32))


def nearest_within(
    ctx: ArchiveContext, query_vector: np.ndarray, k: int, allowed_ids: np.ndarray
) -> SemanticHits:
    """The fallback when no semantic match passes the filters: the nearest allowed items.

    The relative floor is taken from the best allowed item, so the set is small and ranked.
    """
    return semantic_search(ctx, query_vector, k, allowed_ids)
