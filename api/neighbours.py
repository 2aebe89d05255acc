"""Semantic neighbours of an item that are about the same matter, not just close to everything.

A raw cosine threshold does not work for "similar content": e5-small puts all Swedish council
text at cosine ~0.77-0.88 (the median pair of corpus items is 0.84), so the old threshold 0.82
admitted nearly every pair, and short boilerplate rows ("Anmälan av delegeringsbeslut",
"Meddelanden", "Nästa sammanträde") were listed as similar to hundreds of items: they are hubs,
close to everything.

Here both sides must find the pair unusual (mutual proximity): y stands out among the archive
for x by z_x(y) standard deviations, and x stands out for y by z_y(x) (`api.vecstats`: each
vector's mean and std of similarity to the archive). The pair's score is the smaller of the two,
and it must reach `Settings.related_min_z`. A hub is close to everything, so for a hub nothing is
unusual and it fails from its own side. Measured on the corpus (e5-small, cross-document pairs):
pairs that share a diarienummer have a median mutual z of 3.4, other pairs 99% below 1.9. An
archive too small to measure (`vecstats.MIN_VECTORS`) lists no semantic neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from api.context import ArchiveContext
from api.vecstats import vector_stats


@dataclass(frozen=True)
class Neighbour:
    """A semantic neighbour: item id, cosine of the best passage pair, mutual standard score."""

    item: int
    cosine: float
    z: float


def mutual_neighbours(ctx: ArchiveContext, item_id: int, k: int) -> list[Neighbour]:
    """Neighbours of `item_id` among its `k` nearest whose mutual z >= Settings.related_min_z, best first.

    Args:
        ctx: The archive (its index must exist).
        item_id: The item (rowid).
        k: How many nearest items (by cosine) to examine.
    """
    index = ctx.index
    stats = vector_stats(index) if index is not None else None
    if stats is None:
        return []
    own = index.vectors_of(item_id)
    if not len(own):
        return []
    own_mu, own_sd = stats.baseline(own)
    ids, _ = index.neighbours(item_id, k)
    out: list[Neighbour] = []
    for other in ids.tolist():
        theirs = index.vectors_of(int(other))
        if not len(theirs):
            continue
        sims = own @ theirs.T  # passages x passages; the best pair stands for the two items
        a, b = np.unravel_index(int(np.argmax(sims)), sims.shape)
        cos = float(sims[a, b])
        their_mu, their_sd = stats.baseline(theirs[b])
        z = min((cos - own_mu[a]) / own_sd[a], (cos - their_mu[0]) / their_sd[0])
        if z >= ctx.settings.related_min_z:
            out.append(Neighbour(item=int(other), cosine=cos, z=float(z)))
    out.sort(key=lambda n: -n.z)
    return out
