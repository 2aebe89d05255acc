"""Pseudo-relevance feedback for the semantic side of hybrid search (Rocchio).

A short keyword query ("skatteväxling") is a thin vector: e5 puts it near many items that share
nothing with it but a register (delegation reports, "Anmälan av jäv"). When the lexical side has
found items holding every query word, they show what the words mean in this archive. Hybrid's
semantic side then searches with the query vector moved towards them:

    q' = normalise(q + weight * normalise(mean of the best passage of each of the top `items`
         all-terms lexical hits))

The head is taken from the lexical matches of the whole archive (not the filtered ones), so the
semantic match set stays a property of the query alone (`api.semantic`). Semantic mode is left as
it is: it answers by meaning only. On the 39 tuning queries (e5-small), weight 0.5 and 3 items
raised hybrid keyword p@10 from 0.37 to 0.63 (junk@10 1.8 -> 0.25) and all-query MRR from 0.905
to 0.915, recall@10 unchanged.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from api.hits import LexicalHits


def feedback_vector(index: Any, qvec: np.ndarray, lex: LexicalHits, weight: float, items: int) -> np.ndarray:
    """The query vector moved towards its best all-terms lexical hits (unchanged without any).

    Args:
        index: The archive's `indexer.store.vectors.VectorIndex`.
        qvec: The normalised query vector.
        lex: The query's lexical matches over the whole archive (no filters).
        weight: How far to move (0 = not at all).
        items: How many of the best all-terms hits to use.
    """
    head = lex.ids[: min(items, lex.n_all_terms)]
    if weight <= 0 or not len(head) or index is None:
        return qvec
    best = []
    for item in head.tolist():
        vecs = index.vectors_of(int(item))
        if len(vecs):
            best.append(vecs[int(np.argmax(vecs @ qvec))])  # the passage that matched the query
    if not best:
        return qvec
    centre = np.mean(best, axis=0)
    moved = qvec + weight * centre / max(float(np.linalg.norm(centre)), 1e-12)
    return (moved / max(float(np.linalg.norm(moved)), 1e-12)).astype(np.float32)
