"""The case number printed for a document as a whole, in its head (letterhead, first-page box).

A region's minnesanteckningar prints "Diarienummer: 26RK112" under its date, a tjänsteskrivelse "Dnr KS
2026/123" in its letterhead, a kallelse "Ärendenr RS 2026/12" in its running header, a protocol a
"Diarienummer" box over its value. That number files the document itself, not one of its items: the
document's list of numbers is its own and its items' (`Extraction.diarienummer`).

Read only in the document's head (before its first item, within its first lines) and only as a header
field prints it: a label that starts its field (a line, a cell, a column after a wide gap) with the number
alone after it, or a label alone in its field over the number alone in the field below. A number a sentence
cites, the other party's ("Ert dnr", "Er beteckning") and an item's own number are not the document's.
"""

from __future__ import annotations

import re

from indexer.segment.dnr import DNR_LABEL_WORD, Dnr, parse_dnr
from indexer.types import Item

__all__ = ["document_numbers"]

#: Lines of the head looked at: a letterhead and a first-page box, never the body.
HEAD_LINES = 15
# Fields of a line: a tab, a table's bar, or a wide gap between columns.
_FIELD_SEP = re.compile(r"\t|\s*\|\s*| {2,}")
_LABEL = re.compile(rf"(?i:{DNR_LABEL_WORD})\b\.?:?", re.I)
_OTHER_PARTY = re.compile(r"(?i:er|ert)\b")  # "Ert dnr", "Er beteckning": the addressee's number
_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


def _head(text: str, items: list[Item]) -> list[list[str]]:
    """The fields of the head's non-blank lines: before the first item that does not start the text."""
    end = min((it.start for it in items if it.start > 0), default=len(text))
    lines = [ln for ln in text[:end].split("\n") if ln.strip()][:HEAD_LINES]
    return [[f.strip() for f in _FIELD_SEP.split(ln.strip())] for ln in lines]


def _is_label(field: str) -> bool:
    """The field is a label of the document's own number, nothing else ("Diarienummer", "Vår beteckning:")."""
    m = _LABEL.match(field)
    return bool(m and m.end() == len(field)) and not _OTHER_PARTY.match(field)


def _labelled(field: str, hint: str | None) -> Dnr | None:
    """The number of a field that is a label and one number ("Diarienummer: 26RK112", "Dnr KS 2026/123")."""
    m = _LABEL.match(field)
    if not m or m.end() == len(field) or _OTHER_PARTY.match(field):
        return None
    return parse_dnr(field, hint, bare=True)


def _below(head: list[list[str]], row: int, col: int, hint: str | None) -> Dnr | None:
    """The number alone in the field under a label alone in its field (a box of labels over values)."""
    if row + 1 >= len(head):
        return None
    above, below = head[row], head[row + 1]
    if len(below) == len(above):
        value = below[col]
    elif col == len(above) - 1:
        value = below[-1]  # the right column's label over the right column's value
    elif col == 0:
        value = below[0]
    else:
        return None
    if not value or _DATE.fullmatch(value) or _LABEL.match(value):
        return None
    return parse_dnr(value, hint, bare=True)


def _same(d: Dnr, others: list[Dnr]) -> bool:
    """`d` is one of `others`: the same match form, or the same year and serial where one lacks its series."""
    return any(
        d.match == o.match or (d.year == o.year and d.serial.lstrip("0") == o.serial.lstrip("0"))
        for o in others
    )


def document_numbers(text: str, items: list[Item], hint: str | None = None) -> list[Dnr]:
    """The case numbers the document's head prints for the document itself, not already an item's.

    Args:
        text: The cleaned document text (its cover keeps its running header).
        items: The document's items (their offsets bound the head; their numbers are theirs).
        hint: The series for a bare "2025-00970" (`indexer.segment.common.series_hint`).

    Returns:
        The numbers in order, each once; empty when the head prints none.
    """
    taken: list[Dnr] = []
    for it in items:
        for key in [*it.diarienummer, *it.dnr_cited]:
            if d := parse_dnr(it.dnr_printed.get(key, key), hint, bare=True) or parse_dnr(key, bare=True):
                taken.append(d)
    head = _head(text, items)
    out: list[Dnr] = []
    for row, fields in enumerate(head):
        for col, field in enumerate(fields):
            d = _below(head, row, col, hint) if _is_label(field) else _labelled(field, hint)
            if d and not _same(d, taken) and not _same(d, out):
                out.append(d)
    return out
