"""Atom feeds (RFC 4287) of the newest items of a search, a person or a case.

Written by feedgen, so every feed is well-formed XML whatever the item titles
contain, each text escaped exactly once (a snippet's HTML is turned back into plain
text first: `plain`). Entry ids are tag URIs of the item ids, stable across rebuilds
of the archive as long as the document is unchanged.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from api.templating import item_label

MEDIA_TYPE = "application/atom+xml; charset=utf-8"
FEED_SIZE = 20
_EPOCH = "1970-01-01T00:00:00Z"
_TAGS = re.compile(r"<[^>]+>")


class ItemLike(Protocol):
    """What a feed needs of an item: `ItemRef`, `SearchResult` and `ActionEntry` all have it."""

    @property
    def item_id(self) -> str: ...
    @property
    def number(self) -> str | None: ...
    @property
    def title(self) -> str: ...
    @property
    def organ(self) -> str | None: ...
    @property
    def organization(self) -> str | None: ...
    @property
    def date(self) -> str | None: ...


T = TypeVar("T", bound=ItemLike)


@dataclass(frozen=True)
class Entry:
    """One feed entry: an item."""

    id: str
    title: str
    link: str
    updated: str
    summary: str


def plain(snippet: str) -> str:
    """A search snippet (HTML with <mark>) as plain text: tags out, entities back to characters."""
    return html.unescape(_TAGS.sub("", snippet))


def atom_time(date: str | None, fallback: str = _EPOCH) -> str:
    """An RFC 3339 timestamp for a meeting date ("2024-12-09" -> "2024-12-09T00:00:00Z")."""
    if date and len(date) == 10 and date[4] == "-" and date[7] == "-":
        return f"{date}T00:00:00Z"
    return fallback


def newest_first(items: Iterable[T], n: int = FEED_SIZE) -> list[T]:
    """The `n` newest items (undated ones last), without duplicates."""
    seen: dict[str, T] = {}
    for it in items:
        seen.setdefault(it.item_id, it)
    return sorted(seen.values(), key=lambda it: it.date or "", reverse=True)[:n]


def item_entry(item: ItemLike, base_url: str, summary: str = "", fallback_time: str = _EPOCH) -> Entry:
    """The entry of one item, linking to its web page under `base_url`."""
    where = " · ".join(x for x in (item.organ, item.organization, item.date) if x)
    return Entry(
        id=f"tag:arkiv,2024:item/{item.item_id}",
        title=item_label(item.number, item.title),
        link=f"{base_url.rstrip('/')}/punkt/{item.item_id}",
        updated=atom_time(item.date, fallback_time),
        summary=" — ".join(x for x in (where, summary) if x),
    )


#: Characters XML 1.0 does not allow (control characters but tab, newline and carriage return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text an XML document can hold: control characters (from a typed query, say) removed."""
    return _NOT_XML.sub("", text)


def _time(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def build_feed(
    *,
    title: str,
    feed_id: str,
    self_url: str,
    page_url: str,
    entries: list[Entry],
    subtitle: str | None = None,
    fallback_time: str = _EPOCH,
) -> bytes:
    """An Atom feed document, written by feedgen (which escapes every text once, correctly).

    Args:
        title: The feed's title.
        feed_id: A stable IRI identifying the feed.
        self_url: The feed's own URL (rel="self").
        page_url: The web page it belongs to (rel="alternate").
        entries: The entries, newest first.
        subtitle: An optional description.
        fallback_time: `updated` of a feed without dated entries (e.g. the archive's build time).

    Returns:
        The UTF-8 XML document.
    """
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id(xml_text(feed_id))
    fg.title(xml_text(title))
    if subtitle:
        fg.subtitle(xml_text(subtitle))
    fg.link(href=xml_text(self_url), rel="self", type="application/atom+xml")
    fg.link(href=xml_text(page_url), rel="alternate", type="text/html")
    fg.author({"name": "arkiv"})
    fg.generator("arkiv")
    fg.language("sv")
    fg.updated(_time(max((e.updated for e in entries), default=fallback_time)))
    for e in entries:
        fe = fg.add_entry(order="append")
        fe.id(xml_text(e.id))
        fe.title(xml_text(e.title))
        fe.link(href=xml_text(e.link), rel="alternate", type="text/html")
        fe.updated(_time(e.updated))
        if e.summary:
            fe.summary(xml_text(e.summary))
    return bytes(fg.atom_str(pretty=True))
