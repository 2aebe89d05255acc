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


#: A line that starts a list entry or a table row keeps its line break when the text is reflowed.
_KEEP_BREAK = re.compile(r"\n(?=[ \t]*(?:[-–•*|]|\d{1,3}[.)][ \t]|[a-zåäö][.)][ \t]|§))")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


def reflow(text: str) -> str:
    """The text with a PDF's hard line breaks inside paragraphs turned into spaces, the same length.

    Blank lines (paragraphs) and breaks before list entries and table rows stay; every other
    newline becomes a space, so the stored entity offsets still point at the same words.
    """
    keep = {m.start() for m in _KEEP_BREAK.finditer(text)} | {
        i for m in _PARAGRAPH.finditer(text) for i in range(m.start(), m.end()) if text[i] == "\n"
    }
    return "".join(" " if c == "\n" and i not in keep else c for i, c in enumerate(text))


def _marked(piece: str, pattern: re.Pattern[str] | None) -> str:
    """An escaped piece of text with the query's words in <mark>."""
    if pattern is None:
        return str(escape(piece))
    out, pos = [], 0
    for m in pattern.finditer(piece):
        out += [str(escape(piece[pos : m.start()])), f"<mark>{escape(m.group(0))}</mark>"]
        pos = m.end()
    out.append(str(escape(piece[pos:])))
    return "".join(out)


def _paragraph(text: str, start: int, end: int, spans: list[Span], pattern: re.Pattern[str] | None) -> str:
    out: list[str] = []
    pos = start
    for s in spans:
        if s.start < start or s.end > end:
            continue
        out.append(_marked(text[pos : s.start], pattern))
        out.append(
            f'<a class="ent ent-{s.kind}" href="{escape(s.href)}" title="{escape(s.title)}">'
            f"{_marked(text[s.start : s.end], pattern)}</a>"
        )
        pos = s.end
    out.append(_marked(text[pos:end], pattern))
    return "<p>" + "".join(out).strip().replace("\n", "<br>\n") + "</p>"


def marked_text(item: ItemDetail, query: str = "") -> Markup:
    """The item's text as HTML paragraphs, reflowed (`reflow`), escaped, with
    `<a class="ent ent-person|ent-dnr">` around people and diarienummer and the words of `query` in `<mark>`.

    Stored entity offsets and a search for the item's people and diarienummer by name are combined, so a
    repeated name or number is linked every time, also where the extractor recorded it once.
    """
    from api.fts import parse_query
    from api.snippets import query_pattern

    ids = {p.name.casefold(): p.person_id for p in item.persons}
    spans = _non_overlapping(_from_entities(item, ids) + _from_names(item, ids))
    pattern = query_pattern(parse_query(query)) if query.strip() else None
    text = reflow(item.text)
    paragraphs, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        paragraphs.append(_paragraph(text, pos, m.start(), spans, pattern))
        pos = m.end()
    paragraphs.append(_paragraph(text, pos, len(text), spans, pattern))
    return Markup("\n".join(p for p in paragraphs if p != "<p></p>"))
