"""The query parameters of a search, shared by the JSON API, the search page, its feed and exports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Query
from pydantic import StringConstraints

from api.deps import SettingsDep
from api.errors import QueryError
from api.filters import DATE_PATTERN, MAX_VALUES, Filters
from api.urls import State, state_params

Mode = Literal["hybrid", "lexical", "semantic"]
#: "" is the default order too: the search form sends the parameter empty when nothing is chosen.
Sort = Literal["", "relevance", "newest", "oldest"]


#: A date, or empty (the search form's date fields are sent empty when not filled in).
FORM_DATE = f"^$|{DATE_PATTERN}"
_VALUE = Annotated[str, StringConstraints(max_length=200)]
_YEAR = Annotated[str, StringConstraints(pattern=r"^\d{4}$")]


def _values(description: str) -> Any:
    return Query(
        description=description + " Upprepa parametern för flera värden (de kombineras med ELLER).",
        max_length=MAX_VALUES,
    )


@dataclass(frozen=True)
class SearchQuery:
    """What to search: query text, mode, order and filters (the state a shared URL carries)."""

    q: str
    mode: str
    filters: Filters
    sort: str | None = None  # None: relevance with a query, newest without

    def state(self) -> State:
        """The non-empty state as URL parameters; defaults are left out to keep URLs short."""
        f = self.filters
        return state_params(
            {
                "q": self.q,
                "mode": self.mode if self.mode != "hybrid" else None,
                "sort": self.sort,
                **{k: list(v) for k, v in f.facets().items()},
                "from": f.date_from,
                "to": f.date_to,
            }
        )


def search_query(
    settings: SettingsDep,
    q: Annotated[
        str,
        Query(
            max_length=500,
            description=(
                "Sökfrågan, högst 500 tecken. Utan q listas allt som filtren släpper igenom, nyast först. "
                'Syntax: ord, "exakt fras", -ord (uteslut), ord OR ord, diarienummer.'
            ),
        ),
    ] = "",
    mode: Annotated[
        Mode, Query(description="lexical (ord), semantic (betydelse) eller hybrid (båda).")
    ] = "hybrid",
    sort: Annotated[
        Sort | None,
        Query(description="relevance, newest eller oldest; standard: relevance med `q`, newest utan."),
    ] = None,
    year: Annotated[list[_YEAR] | None, _values("Mötesår, t.ex. 2024.")] = None,
    organization: Annotated[list[_VALUE] | None, _values("Kommun eller region som höll mötet.")] = None,
    organ: Annotated[list[_VALUE] | None, _values("Organ (nämnd, styrelse, utskott).")] = None,
    doc_type: Annotated[list[_VALUE] | None, _values("Dokumenttyp: protokoll, kallelse, …")] = None,
    party: Annotated[list[_VALUE] | None, _values("Parti (förkortning) hos en person i punkten.")] = None,
    person: Annotated[list[_VALUE] | None, _values("Person som nämns i punkten.")] = None,
    kommun: Annotated[list[_VALUE] | None, _values("Kommun som nämns i punktens text.")] = None,
    date_from: Annotated[
        str | None,
        Query(
            alias="from",
            pattern=FORM_DATE,
            description="Från och med mötesdatum: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ.",
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(
            alias="to",
            pattern=FORM_DATE,
            description="Till och med mötesdatum: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ.",
        ),
    ] = None,
) -> SearchQuery:
    """Parse and check the search parameters.

    Raises:
        QueryError: The query is longer than `Settings.max_query_chars`, a date is not a date, or a
            filter holds too many values (HTTP 422).
    """
    if len(q) > settings.max_query_chars:
        raise QueryError(f"query is longer than {settings.max_query_chars} characters")
    filters = Filters(
        year=tuple(year or ()),
        organization=tuple(organization or ()),
        organ=tuple(organ or ()),
        doc_type=tuple(doc_type or ()),
        party=tuple(party or ()),
        person=tuple(person or ()),
        kommun=tuple(kommun or ()),
        date_from=date_from,
        date_to=date_to,
    )
    return SearchQuery(q=q.strip(), mode=mode, filters=filters, sort=sort or None)


SearchQueryDep = Annotated[SearchQuery, Depends(search_query)]
