"""URLs that carry a search's state: query, mode, order, filters and page, so a search can be shared.

A state is a dict of parameter -> value, or -> list of values for a facet with several
selected values (`year=2024&year=2025`). Facet links toggle one value in the current URL (add
it, or remove it when it is already there) and go back to the first page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import quote, urlencode

from api.filters import NAMES

#: Facet filter names, in the order they appear in URLs and on the page.
FILTER_NAMES: tuple[str, ...] = NAMES
#: The query parameters that make up a search's state (page excluded).
STATE_KEYS: tuple[str, ...] = ("q", "mode", "sort", *FILTER_NAMES, "from", "to")

State = dict[str, str | list[str]]


def state_params(params: Mapping[str, object]) -> State:
    """The non-empty state parameters of a request, in a stable order (lists for repeated values)."""
    out: State = {}
    for k in STATE_KEYS:
        v = params.get(k)
        if isinstance(v, list | tuple):
            vals = [str(x) for x in v if x not in (None, "")]
            if vals:
                out[k] = vals[0] if len(vals) == 1 else vals
        elif v not in (None, ""):
            out[k] = str(v)
    return out


def values_of(state: Mapping[str, str | list[str]], key: str) -> list[str]:
    """The values of one parameter of a state, as a list."""
    v = state.get(key)
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)


def with_params(path: str, params: Mapping[str, str | list[str]]) -> str:
    """`path` with `params` as its query string (none when empty); list values repeat the parameter."""
    query = urlencode(params, doseq=True)
    return f"{path}?{query}" if query else path


def toggle_factory(path: str, params: Mapping[str, str | list[str]]) -> Callable[[str, str], str]:
    """A `toggle_url(facet, value)` that adds one value to a facet filter in the current URL, or removes it.

    Args:
        path: The page or endpoint the links point to ("/sok", "/api/search").
        params: The current state parameters (see `state_params`); paging is dropped.
    """
    base = {k: v for k, v in params.items() if k not in ("offset", "sida")}

    def toggle(facet: str, value: str) -> str:
        new = dict(base)
        current = values_of(new, facet)
        vals = [v for v in current if v != value] if value in current else [*current, value]
        if vals:
            new[facet] = vals[0] if len(vals) == 1 else vals
        else:
            new.pop(facet, None)
        return with_params(path, {k: new[k] for k in (*STATE_KEYS, "limit", "format") if k in new})

    return toggle


def without(path: str, params: Mapping[str, str | list[str]], key: str, value: str | None = None) -> str:
    """The current URL with one parameter removed, or only one of its values (an active filter's chip)."""
    new = {k: v for k, v in params.items() if k not in (key, "sida", "offset")}
    if value is not None:
        rest = [v for v in values_of(params, key) if v != value]
        if rest:
            new[key] = rest[0] if len(rest) == 1 else rest
    return with_params(path, {k: new[k] for k in params if k in new})


def case_path(dnr: str) -> str:
    """The web page of an ärende; diarienummer keep their slashes (`RS/292/2024`)."""
    return "/arende/" + quote(dnr, safe="/")


def meeting_path(meeting_id: str) -> str:
    """The web page of a meeting."""
    return "/mote/" + quote(meeting_id, safe="")


def original_url(doc_id: int, page: int | None = None) -> str:
    """A document's original file, at a page when it has pages (PDF viewers read #page=N)."""
    return f"/dokument/{doc_id}/original" + (f"#page={page}" if page else "")
