"""URLs that carry a search's state: query, mode, filters and page, so a search can be shared.

Facet links toggle one filter in the current URL (set it, or clear it when it
is already set) and go back to the first page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from urllib.parse import quote, urlencode

from api.filters import Filters

#: Filter names, in the order they appear in URLs and on the page.
FILTER_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Filters))
#: The query parameters that make up a search's state (page excluded).
STATE_KEYS: tuple[str, ...] = ("q", "mode", *FILTER_NAMES)


def state_params(params: Mapping[str, str | None]) -> dict[str, str]:
    """The non-empty state parameters of a request, in a stable order."""
    return {k: str(params[k]) for k in STATE_KEYS if params.get(k) not in (None, "")}


def with_params(path: str, params: Mapping[str, str]) -> str:
    """`path` with `params` as its query string (none when empty)."""
    query = urlencode(params)
    return f"{path}?{query}" if query else path


def toggle_factory(path: str, params: Mapping[str, str]) -> Callable[[str, str], str]:
    """A `toggle_url(facet, value)` for `api.search.search` that flips one filter in the current URL.

    Args:
        path: The page or endpoint the links point to ("/sok", "/api/search").
        params: The current state parameters (see `state_params`); the page is dropped.
    """
    base = dict(params)
    base.pop("offset", None)

    def toggle(facet: str, value: str) -> str:
        new = dict(base)
        if new.get(facet) == value:
            del new[facet]
        else:
            new[facet] = value
        return with_params(path, {k: new[k] for k in (*STATE_KEYS, "limit") if k in new})

    return toggle


def without(path: str, params: Mapping[str, str], key: str) -> str:
    """The current URL with one parameter removed (an active filter's "remove" link)."""
    return with_params(path, {k: v for k, v in params.items() if k != key})


def case_path(dnr: str) -> str:
    """The web page of an ärende; diarienummer keep their slashes (`RS/292/2024`)."""
    return "/arende/" + quote(dnr, safe="/")
