"""Warming up before the first request: the first reader's search is as fast as the next one's.

A search touches, on first use, the facet columns, the lexicon, the FAISS index and its statistics
(`api.vecstats`), the semantic gate's calibration (`api.calibration`), the query model and the
dedup groups (`api.dedup`). `arkiv serve` runs one search of every kind before it accepts
requests (FastAPI's lifespan), so none of that is paid by a reader: measured in BENCHMARKS.md.
"""

from __future__ import annotations

import logging
import time

from api.context import ArchiveContext
from arkiv.archive import ArchiveError

log = logging.getLogger("arkiv.api")
#: A query with words in any Swedish archive; its results are thrown away.
WARM_QUERY = "kommunstyrelsen beslut"


def warm_up(ctx: ArchiveContext) -> float:
    """Load everything a search needs and run one of each kind; returns the seconds it took.

    A failure (an archive of another model, no vectors) is logged, not raised: the request that
    needs the missing part reports it as it would have without the warm-up.
    """
    from api.listing import list_items

    t0 = time.perf_counter()
    try:
        list_items(ctx, "", limit=1)  # columns, dedup groups, browse order
        for mode in ("lexical", "hybrid"):  # lexicon; then query model, vectors, gate calibration
            list_items(ctx, WARM_QUERY, mode=mode, limit=1)
    except (ArchiveError, OSError) as e:
        log.warning("arkiv: warm-up stopped: %s", e)
    seconds = time.perf_counter() - t0
    log.info("arkiv: ready in %.2f s", seconds)
    return seconds
