"""Search filters: which items a query may return, applied inside retrieval.

The same `Filters` drive the SQL WHERE of the lexical side (`sql_clause`) and
the allowed-id selector of the semantic side (`api.columns.Columns.allowed`),
so both sides see exactly the same candidate set before any top-k cut.

A facet filter holds one or more values: several values of one facet are OR
(`year=2024&year=2025`: either year), different facets AND. `date_from` and
`date_to` bound the meeting date (inclusive, ISO dates); an item without a
known date is outside every date range.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

from api.errors import QueryError

#: Filters that are a column of `items` (one value per item).
SCALAR = ("year", "organization", "organ", "doc_type")
#: Filters held in `item_facets` (several values per item).
MULTI = ("party", "person", "kommun")
NAMES = SCALAR + MULTI
#: How many values one facet filter may hold (a URL of hundreds of values is not a reader's).
MAX_VALUES = 20
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
#: The same forms as a JSON-schema pattern (months 01-12, days 01-31), for the OpenAPI document.
DATE_PATTERN = r"^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


def _values(v: object) -> tuple[str, ...]:
    """A filter's values as a tuple of distinct non-empty strings (None, a string or an iterable)."""
    if v is None:
        return ()
    items: Iterable[object] = (v,) if isinstance(v, str | int) else v  # type: ignore[assignment]
    out = tuple(dict.fromkeys(s for x in items if (s := str(x).strip())))
    if len(out) > MAX_VALUES:
        raise QueryError(f"at most {MAX_VALUES} values per filter")
    return out


def parse_date(text: str | None, *, end: bool = False) -> str | None:
    """An ISO date from "2024", "2024-05" or "2024-05-17": the first day of the span, or its last (`end`).

    Raises:
        QueryError: Not a date in one of those forms.
    """
    if text is None or not str(text).strip():
        return None
    m = _DATE.match(str(text).strip())
    if not m:
        raise QueryError(f"not a date (YYYY-MM-DD, YYYY-MM or YYYY): {text!r}")
    year, month = int(m[1]), int(m[2] or (12 if end else 1))
    if not (year >= 1 and 1 <= month <= 12):
        raise QueryError(f"not a date: {text!r}")
    last = calendar.monthrange(year, month)[1]
    # A day past the month's end (2024-02-31) is its last day: a bound, not a calendar entry.
    day = min(int(m[3]), last) if m[3] else (last if end else 1)
    if day < 1:
        raise QueryError(f"not a date: {text!r}")
    return dt.date(year, month, day).isoformat()


@dataclass
class Filters:
    """Restrictions of a search; an empty tuple (or None dates) means "any"."""

    year: tuple[str, ...] = ()
    organization: tuple[str, ...] = ()
    organ: tuple[str, ...] = ()
    doc_type: tuple[str, ...] = ()
    party: tuple[str, ...] = ()
    person: tuple[str, ...] = ()
    kommun: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None

    def __post_init__(self) -> None:
        for name in NAMES:  # a single string (older callers) becomes a one-value tuple
            setattr(self, name, _values(getattr(self, name)))
        for y in self.year:
            if not (y.isdigit() and len(y) == 4):
                raise QueryError(f"year filter must be a four-digit year, not {y!r}")
        self.date_from = parse_date(self.date_from)
        self.date_to = parse_date(self.date_to, end=True)  # a range that ends before it starts holds nothing

    def active(self) -> dict[str, tuple[str, ...] | str]:
        """The filters that are set: facet name -> its values, date_from/date_to -> the date."""
        out: dict[str, tuple[str, ...] | str] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v:
                out[f.name] = v
        return out

    def facets(self) -> dict[str, tuple[str, ...]]:
        """The facet filters that are set, name -> values."""
        return {name: v for name in NAMES if (v := getattr(self, name))}

    def public(self) -> dict[str, str | list[str]]:
        """The filters as a response states them: one value as a string, several as a list."""
        out: dict[str, str | list[str]] = {}
        for k, v in self.active().items():
            out[k] = v if isinstance(v, str) else (v[0] if len(v) == 1 else list(v))
        return out

    def without(self, name: str) -> Filters:
        """A copy with facet `name` (or a date bound) cleared."""
        cleared: dict[str, object] = {name: () if name in NAMES else None}
        return replace(self, **cleared)  # type: ignore[arg-type]

    def toggled(self, name: str, value: str) -> Filters:
        """A copy with `value` added to facet `name`, or removed when it is already there."""
        current: tuple[str, ...] = getattr(self, name)
        new = tuple(v for v in current if v != value) if value in current else (*current, value)
        changed: dict[str, object] = {name: new}
        return replace(self, **changed)  # type: ignore[arg-type]

    def sql_clause(self, alias: str = "i") -> tuple[str, list[object]]:
        """A WHERE fragment over `items` (aliased `alias`) and its parameters; "1" when no filter is set."""
        parts: list[str] = []
        params: list[object] = []
        for name, values in self.facets().items():
            marks = ",".join("?" * len(values))
            if name == "year":
                parts.append(f"{alias}.year IN ({marks})")
                params.extend(int(v) for v in values)
            elif name in SCALAR:
                parts.append(f"{alias}.{name} IN ({marks})")
                params.extend(values)
            else:
                parts.append(
                    f"{alias}.id IN (SELECT item_id FROM item_facets WHERE facet = ? AND value IN ({marks}))"
                )
                params.extend([name, *values])
        if self.date_from:
            parts.append(f"{alias}.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append(f"{alias}.date <= ?")
            params.append(self.date_to)
        return (" AND ".join(parts) or "1"), params
