"""An item's whole text as HTML, with people and diarienummer marked and linked.

The entity offsets stored with the item are used when they fit the text, and
the names of the item's people and its diarienummer are also looked for in the
text (an extractor may record a repeated name once). Everything else is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from api.schemas import ItemDetail
from api.urls import case_path


@dataclass(frozen=True)
class Span:
    """A stretch of the text to link."""

    start: int
    end: int
    kind: str  # "person" or "dnr"
    href: str
    title: str


def _person_href(name: str, ids: dict[str, int]) -> str:
    pid = ids.get(name.casefold())
    if pid is None:  # the entity's name differs from the person record (a spelling): look it up
        return "/personer?q=" + quote(name)
    return f"/person/{pid}"


def _from_entities(item: ItemDetail, ids: dict[str, int]) -> list[Span]:
    spans = []
    for e in item.entities:
        label, start, end = e.get("label"), e.get("start"), e.get("end")
        if label not in ("PERSON", "DNR") or not isinstance(start, int) or not isinstance(end, int):
            continue
        if not 0 <= start < end <= len(item.text):
            continue
        norm = str(e.get("norm") or e.get("text") or item.text[start:end])
        if label == "PERSON":
            spans.append(Span(start, end, "person", _person_href(norm, ids), norm))
        else:
            spans.append(Span(start, end, "dnr", case_path(norm), f"Ärende {norm}"))
    return spans


def _find_all(text: str, needle: str) -> Iterable[tuple[int, int]]:
    if not needle.strip():
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return ((m.start(), m.end()) for m in pattern.finditer(text))


def _from_names(item: ItemDetail, ids: dict[str, int]) -> list[Span]:
    spans = []
    for p in item.persons:
        spans += [
            Span(s, e, "person", f"/person/{p.person_id}", p.name) for s, e in _find_all(item.text, p.name)
        ]
    for dnr in item.diarienummer:
        spans += [Span(s, e, "dnr", case_path(dnr), f"Ärende {dnr}") for s, e in _find_all(item.text, dnr)]
    return spans


def _non_overlapping(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    # At one position the longest span wins, then one that links a person record rather than a look-up.
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.href.startswith("/personer?"))):
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


def marked_text(item: ItemDetail) -> Markup:
    """The item's text, escaped, with `<a class="ent ent-person|ent-dnr">` around people and diarienummer.

    Stored entity offsets and a search for the item's people and diarienummer by name are combined, so a
    repeated name or number is linked every time, also where the extractor recorded it once.
    """
    ids = {p.name.casefold(): p.person_id for p in item.persons}
    spans = _from_entities(item, ids) + _from_names(item, ids)
    out: list[str] = []
    pos = 0
    for s in _non_overlapping(spans):
        out.append(str(escape(item.text[pos : s.start])))
        out.append(
            f'<a class="ent ent-{s.kind}" href="{escape(s.href)}" title="{escape(s.title)}">'
            f"{escape(item.text[s.start : s.end])}</a>"
        )
        pos = s.end
    out.append(str(escape(item.text[pos:])))
    return Markup("".join(out))
