"""What the lexical side of search returns (from FTS5 or from the lexicon)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class LexicalHits:
    """Every lexical match, ranked."""

    ids: np.ndarray  # item ids, best first
    scores: np.ndarray  # higher is better: bm25 in the ranked head (compound hits halved), 0 past it
    n_all_terms: int = 0  # how many ranked items (at the front) hold every part of the query
    trigram_only: np.ndarray | None = None  # ids found only inside compounds
