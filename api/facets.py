"""Facets over all matches of a query and its filters, Datasette-shaped.

Counts come from `api.columns.Columns` (one bincount per facet over the match
set), so a facet costs O(matches), not O(page) and not one SQL scan per facet.
Every facet is still held to `Settings.facet_time_budget_ms`: a facet that
starts after its budget is spent is returned empty and marked `truncated`.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

from api.columns import Columns
from api.filters import NAMES, Filters
from api.schemas import Facet, FacetValue


@lru_cache(maxsize=1)
def party_names() -> dict[str, str]:
    """Party code -> full name, from the party gazetteers in models/data."""
    out: dict[str, str] = {}
    data = Path(__file__).resolve().parent.parent / "models" / "data"
    for name in ("parties.csv", "local_parties.csv"):
        path = data / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    if row.get("code") and row.get("name"):
                        out.setdefault(row["code"], row["name"])
    return out


def _label(name: str, value: str) -> str:
    if name == "party":
        full = party_names().get(value)
        return f"{full} ({value})" if full else value
    return value


def compute_facets(
    cols: Columns,
    rows: np.ndarray,
    filters: Filters,
    *,
    size: int,
    budget_ms: float,
    toggle_url: Callable[[str, str], str] | None = None,
    names: tuple[str, ...] = NAMES,
) -> dict[str, Facet]:
    """Facets of the items at `rows` (every match, not a page).

    Args:
        cols: The archive's facet columns.
        rows: Column rows of all matches of the query within the filters.
        filters: The active filters; their values are `selected` and always shown.
        size: Values shown per facet (the selected value is added when outside them).
        budget_ms: Time budget of each facet.
        toggle_url: Builds the URL that flips a facet value's filter.
        names: Which facets to compute.

    Returns:
        facet name -> Facet, in the order of `names`.
    """
    active = filters.active()
    out: dict[str, Facet] = {}
    start = time.perf_counter()
    # A match set of most of the archive is counted as everything minus the rest (fewer rows to read).
    complement = cols.complement(rows) if len(rows) > cols.n // 2 else None
    for name in names:
        t0 = time.perf_counter()
        if (t0 - start) * 1000 > budget_ms * len(out) + budget_ms:
            out[name] = Facet(name=name, truncated=True)  # the shared budget is gone: skip, say so
            continue
        counts = cols.count(name, rows, complement)
        shown = counts[:size]
        selected = active.get(name)
        if selected is not None and all(v != selected for v, _ in shown):
            shown.append((selected, dict(counts).get(selected, 0)))
        out[name] = Facet(
            name=name,
            results=[
                FacetValue(
                    value=v,
                    label=_label(name, v),
                    count=c,
                    selected=v == selected,
                    toggle_url=toggle_url(name, v) if toggle_url else "",
                )
                for v, c in shown
            ],
            truncated=len(counts) > size or (time.perf_counter() - t0) * 1000 > budget_ms,
        )
    return out
