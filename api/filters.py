"""Search filters: which items a query may return, applied inside retrieval.

The same `Filters` drive the SQL WHERE of the lexical side (`sql_clause`) and
the allowed-id selector of the semantic side (`api.columns.Columns.allowed`),
so both sides see exactly the same candidate set before any top-k cut.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from api.errors import QueryError

#: Filters that are a column of `items` (one value per item).
SCALAR = ("year", "organization", "organ", "doc_type")
#: Filters held in `item_facets` (several values per item).
MULTI = ("party", "person", "kommun")
NAMES = SCALAR + MULTI


@dataclass
class Filters:
    """Restrictions of a search; None means "any"."""

    year: str | None = None
    organization: str | None = None
    organ: str | None = None
    doc_type: str | None = None
    party: str | None = None
    person: str | None = None
    kommun: str | None = None

    def __post_init__(self) -> None:
        for name in NAMES:
            v = getattr(self, name)
            if v is not None:
                v = str(v).strip()
                setattr(self, name, v or None)
        if self.year is not None and not (self.year.isdigit() and len(self.year) == 4):
            raise QueryError(f"year filter must be a four-digit year, not {self.year!r}")

    def active(self) -> dict[str, str]:
        """The filters that are set, name -> value."""
        return {k: v for k, v in asdict(self).items() if v is not None}

    def toggled(self, name: str, value: str) -> Filters:
        """A copy with `name` set to `value`, or cleared when it already has that value."""
        d = asdict(self)
        d[name] = None if d.get(name) == value else value
        return Filters(**d)

    def sql_clause(self, alias: str = "i") -> tuple[str, list[object]]:
        """A WHERE fragment over `items` (aliased `alias`) and its parameters; "1" when no filter is set."""
        parts: list[str] = []
        params: list[object] = []
        for name, value in self.active().items():
            if name == "year":
                parts.append(f"{alias}.year = ?")
                params.append(int(value))
            elif name in SCALAR:
                parts.append(f"{alias}.{name} = ?")
                params.append(value)
            else:
                parts.append(f"{alias}.id IN (SELECT item_id FROM item_facets WHERE facet = ? AND value = ?)")
                params.extend([name, value])
        return (" AND ".join(parts) or "1"), params
