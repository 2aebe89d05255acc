"""The query parameters of a search, shared by the JSON API, the search page and its feed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Query

from api.deps import SettingsDep
from api.errors import QueryError
from api.filters import Filters
from api.urls import state_params

Mode = Literal["hybrid", "lexical", "semantic"]
_VALUE = Query(max_length=200)


@dataclass(frozen=True)
class SearchQuery:
    """What to search: query text, mode and filters (the state a shared URL carries)."""

    q: str
    mode: str
    filters: Filters

    def state(self) -> dict[str, str]:
        """The non-empty state as URL parameters; the default mode is left out to keep URLs short."""
        params = state_params(
            {"q": self.q, "mode": self.mode if self.mode != "hybrid" else None, **self.filters.active()}
        )
        return params


def search_query(
    settings: SettingsDep,
    q: Annotated[
        str, Query(description="The search text (Swedish). Quote a phrase for an exact match.")
    ] = "",
    mode: Annotated[Mode, Query(description="lexical, semantic or hybrid (rank fusion of both).")] = "hybrid",
    year: Annotated[str | None, Query(pattern=r"^\d{4}$", description="Meeting year, e.g. 2024.")] = None,
    organization: Annotated[str | None, _VALUE] = None,
    organ: Annotated[str | None, _VALUE] = None,
    doc_type: Annotated[str | None, _VALUE] = None,
    party: Annotated[str | None, _VALUE] = None,
    person: Annotated[str | None, _VALUE] = None,
    kommun: Annotated[str | None, _VALUE] = None,
) -> SearchQuery:
    """Parse and check the search parameters.

    Raises:
        QueryError: The query is longer than `Settings.max_query_chars` (HTTP 422).
    """
    if len(q) > settings.max_query_chars:
        raise QueryError(f"query is longer than {settings.max_query_chars} characters")
    filters = Filters(
        year=year,
        organization=organization,
        organ=organ,
        doc_type=doc_type,
        party=party,
        person=person,
        kommun=kommun,
    )
    return SearchQuery(q=q.strip(), mode=mode, filters=filters)


SearchQueryDep = Annotated[SearchQuery, Depends(search_query)]
