"""Matches per year as an inline SVG bar chart — stacked per organization when there are several.

The counts are over all matches, not the page shown: the search's year facet,
and, when the matches span several organizations and none is selected, the
whole match set counted by organization and year (`api.search.pivot`, however
many matches there are). The SVG has a <title> and <desc> and every bar its
own <title>, so it reads with a screen reader; no JavaScript.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
from markupsafe import Markup, escape

from api.columns import Columns
from api.context import ArchiveContext
from api.filters import Filters
from api.schemas import SearchResponse
from api.search import pivot

#: Colour-blind-safe palette (Okabe–Ito), one colour per organization.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#7f7f7f")
MAX_SERIES = 6
#: Series name of the matches without an organization.
UNKNOWN_ORG = "Okänd organisation"


@dataclass(frozen=True)
class Series:
    """One bar segment kind: a name and its count per year."""

    name: str
    counts: Mapping[str, int]


def _year_counts(response: SearchResponse) -> dict[str, int]:
    return {v.value: v.count for v in response.facets.get("year", []) if v.value.isdigit()}


def year_series(
    ctx: ArchiveContext, query: str, mode: str, filters: Filters, response: SearchResponse
) -> list[Series]:
    """The series of a search's chart: one per organization when several, else one for all matches.

    The split per organization counts the whole match set by organization and year (`pivot`: no page
    limit, so a query with more matches than a search page still splits), so the bars add up to exactly
    the year facet's counts.

    Args:
        ctx: The open archive.
        query: The search text shown on the page.
        mode: Its mode.
        filters: Its filters.
        response: Its response (its year and organization facets are reused).
    """
    total = _year_counts(response)
    orgs = [v.value for v in response.facets.get("organization", []) if v.count > 0]
    if len(orgs) < 2 or filters.organization:
        return [Series(orgs[0] if len(orgs) == 1 else "Alla träffar", total)] if total else []
    return _split(pivot(ctx, query, mode=mode, filters=filters, missing_row=UNKNOWN_ORG))


def rows_series(cols: Columns, rows: np.ndarray, split: bool = True) -> list[Series]:
    """The series of a list's chart from its rows (one per result row): one per organization when the
    rows span several and `split`, else one. Counts are exactly the rows' (no page limit)."""
    total = dict(cols.count("year", rows))
    orgs = [v for v, _ in cols.count("organization", rows)]
    if len(orgs) < 2 or not split:
        return [Series(orgs[0] if len(orgs) == 1 else "Alla träffar", total)] if total else []
    table = cols.pivot("organization", "year", rows, missing_row=UNKNOWN_ORG)
    return _split(table)


def _split(table: dict[str, dict[str, int]]) -> list[Series]:
    counts = {org: Counter(years) for org, years in table.items()}
    named = sorted(counts, key=lambda o: (-sum(counts[o].values()), o))
    series = [Series(o, dict(counts[o])) for o in named[:MAX_SERIES]]
    rest: Counter[str] = sum((counts[o] for o in named[MAX_SERIES:]), Counter())
    if rest:
        series.append(Series("Övriga", dict(rest)))
    return series


def _years(series: list[Series]) -> list[str]:
    present = sorted({y for s in series for y in s.counts})
    if not present:
        return []
    lo, hi = int(present[0]), int(present[-1])
    # Every year in the range, also those without matches, so gaps are visible.
    return [str(y) for y in range(lo, hi + 1)] if hi - lo <= 40 else present


def render_svg(
    series: list[Series],
    *,
    title: str,
    unit: str = "träffar",
    chart_id: str = "chart",
    link: Callable[[str], str] | None = None,
) -> Markup:
    """A stacked bar chart of counts per year as inline SVG (empty markup when there is nothing to draw).

    Args:
        series: The segments; each year's bar stacks them in order.
        title: The chart's accessible title.
        unit: What is counted, in Swedish plural ("träffar", "omnämnanden").
        chart_id: Prefix of the element ids (unique per page).
        link: year -> the URL its bar links to (the list of that year's items), or None for no links.
    """
    years = _years(series)
    if not years:
        return Markup("")
    totals = {y: sum(s.counts.get(y, 0) for s in series) for y in years}
    peak = max(totals.values()) or 1
    width, height, left, bottom, top = 480, 210, 36, 28, 12
    slot = (width - left - 8) / len(years)
    bar = max(min(slot * 0.7, 48), 2)
    scale = (height - bottom - top) / peak
    desc = "; ".join(f"{y}: {totals[y]}" for y in years)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" preserveAspectRatio="xMidYMid meet" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(unit.capitalize())} per år: {escape(desc)}</desc>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 4}" y2="{height - bottom}" class="axis"/>',
        f'<text x="{left - 6}" y="{top + 4}" class="tick" text-anchor="end">{peak}</text>',
        f'<text x="{left - 6}" y="{height - bottom}" class="tick" text-anchor="end">0</text>',
    ]
    label_every = max(1, round(len(years) / 12))
    for i, y in enumerate(years):
        x = left + i * slot + (slot - bar) / 2
        base = float(height - bottom)
        if link is not None:
            parts.append(f'<a href="{escape(link(y))}" aria-label="{escape(y)}: {totals[y]} {escape(unit)}">')
        for k, s in enumerate(series):
            n = s.counts.get(y, 0)
            if not n:
                continue
            h = n * scale
            base -= h
            colour = PALETTE[k % len(PALETTE)]
            parts.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}">'
                f"<title>{escape(y)} · {escape(s.name)}: {n} {escape(unit)}</title></rect>"
            )
        if link is not None:
            parts.append("</a>")
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" class="tick" '
                f'text-anchor="middle">{escape(y)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def legend(series: list[Series]) -> list[tuple[str, str, int]]:
    """(name, colour, total) of each series, for the legend under the chart."""
    return [(s.name, PALETTE[k % len(PALETTE)], sum(s.counts.values())) for k, s in enumerate(series)]
