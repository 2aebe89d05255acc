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
from typing import TYPE_CHECKING, Any

import numpy as np

from api.columns import Columns
from api.filters import NAMES, Filters
from api.schemas import Facet, FacetValue

if TYPE_CHECKING:
    from api.context import ArchiveContext


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


def party_label(code: str | None) -> str:
    """A party as it is written everywhere on the pages: "Moderaterna (M)", or the code when unknown."""
    if not code:
        return ""
    full = party_names().get(code)
    return f"{full} ({code})" if full else code


def label(name: str, value: str) -> str:
    """The label of a facet value (parties by their full name)."""
    return party_label(value) if name == "party" else value


def _count_folded(
    cols: Columns, name: str, rows: np.ndarray, groups: np.ndarray, grouped: np.ndarray | None
) -> list[tuple[str, int]]:
    """Counts where each group counts once per value: single rows by bincount, grouped rows by group."""
    if grouped is None:
        return cols.count_groups(name, rows, groups)
    multi = grouped[rows]
    total = dict(cols.count(name, rows[~multi]))
    for v, n in cols.count_groups(name, rows[multi], groups):
        total[v] = total.get(v, 0) + n
    return sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))


def compute_facets(
    cols: Columns,
    rows: np.ndarray,
    filters: Filters,
    *,
    size: int,
    budget_ms: float,
    toggle_url: Callable[[str, str], str] | None = None,
    names: tuple[str, ...] = NAMES,
    rows_for: Callable[[str], np.ndarray] | None = None,
    groups: np.ndarray | None = None,
    grouped: np.ndarray | None = None,
) -> dict[str, Facet]:
    """Facets of the items at `rows` (every match, not a page).

    Args:
        cols: The archive's facet columns.
        rows: Column rows of all matches of the query within the filters.
        filters: The active filters; their values are `selected` and always shown.
        size: Values shown per facet (the selected values are added when outside them).
        budget_ms: Time budget of each facet.
        toggle_url: Builds the URL that flips a facet value's filter.
        names: Which facets to compute.
        rows_for: For a facet with selected values, the rows its counts are over: the matches under
            every other filter but not its own, so each value counts what it holds and another value
            can be added (values of one facet are OR). Default: `rows` for every facet.
        groups: Group code per column row (`api.dedup`): the items of one group count once per value.
        grouped: Bool per row, True for rows of groups of several items (only those need the slower
            count by group; every other row is counted by one bincount).

    Returns:
        facet name -> Facet, in the order of `names`.
    """
    active = filters.facets()
    out: dict[str, Facet] = {}
    start = time.perf_counter()
    # A match set of most of the archive is counted as everything minus the rest (fewer rows to read).
    complement = cols.complement(rows) if groups is None and len(rows) > cols.n // 2 else None
    for name in names:
        t0 = time.perf_counter()
        if (t0 - start) * 1000 > budget_ms * len(out) + budget_ms:
            out[name] = Facet(name=name, truncated=True)  # the shared budget is gone: skip, say so
            continue
        selected = active.get(name, ())
        own = rows_for(name) if rows_for is not None and selected else rows
        if groups is not None:
            counts = _count_folded(cols, name, own, groups, grouped)
        else:
            counts = cols.count(name, own, complement if own is rows else None)
        shown = counts[:size]
        have = {v for v, _ in shown}
        by_value = dict(counts)
        shown += [(v, by_value.get(v, 0)) for v in selected if v not in have]
        out[name] = Facet(
            name=name,
            results=[
                FacetValue(
                    value=v,
                    label=label(name, v),
                    count=c,
                    selected=v in selected,
                    toggle_url=toggle_url(name, v) if toggle_url else "",
                )
                for v, c in shown
            ],
            truncated=len(counts) > size or (time.perf_counter() - t0) * 1000 > budget_ms,
        )
    return out


def match_facets(
    ctx: ArchiveContext,
    ids: np.ndarray,
    filters: Filters,
    *,
    toggle_url: Callable[[str, str], str] | None = None,
    **options: Any,
) -> dict[str, Facet]:
    """Facets of every match (item ids) of a search, with the archive's facet size and time budget.

    What `api.search.search` and `api.listing.list_items` share; `options` go to `compute_facets`
    (`rows_for`, `groups`, `grouped`).
    """
    cols = ctx.columns
    rows = cols.rows(ids)
    return compute_facets(
        cols,
        rows[rows >= 0],
        filters,
        size=ctx.settings.facet_size,
        budget_ms=ctx.settings.facet_time_budget_ms,
        toggle_url=toggle_url,
        **options,
    )
