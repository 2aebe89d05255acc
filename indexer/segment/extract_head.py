"""A protokollsutdrag's case number printed in its head, above its one paragraph.

An extract of a protocol holds one paragraph. Many print its case number in the page's head, beside the
body and the date ("Kommunstyrelsen⇥Sammanträdesdatum 2026-04-07⇥Dnr KS/2026:118"), and not again at the
§ line, which gives only the number and the title ("§ 67⇥Försäljning av fastigheten …"). The numbers in
the paragraph's text are then only those it cites (an earlier decision's), and without its own number the
paragraph was not taken for the document's one item: its numbered decision list was read as items.

The cue is shared by every writer that prints the case in the head: a labelled case number ("Dnr",
"Diarienummer", "Ärendenummer") in a cell of its own above the only § heading. It is the paragraph's own.
"""

from __future__ import annotations

from indexer.segment.dnr import Dnr
from indexer.segment.titles import DNR_ON_LINE, line_dnr
from indexer.types import Item

__all__ = ["head_dnr", "with_head_dnr"]


def head_dnr(text: str, start: int, hint: str | None) -> list[Dnr]:
    """The labelled case numbers in cells of their own above offset `start` (the paragraph's heading).

    Args:
        text: The document's cleaned text.
        start: Where the paragraph's heading begins.
        hint: The series of bare case numbers (`indexer.segment.common.series_hint`).

    Returns:
        The numbers, in the order printed, each once; [] when the head prints none.
    """
    found: dict[str, Dnr] = {}
    for line in text[:start].split("\n"):
        for cell in line.split("\t"):
            cell = cell.strip()
            if DNR_ON_LINE.match(cell):  # the cell begins with its label: no sentence that mentions a "dnr"
                for d in line_dnr(cell, hint):
                    found.setdefault(d.key, d)
    return list(found.values())


def with_head_dnr(items: list[Item], text: str, hint: str | None) -> list[Item]:
    """The one paragraph of an extract with the case number its head prints as its own.

    Args:
        items: The extract's paragraphs (`indexer.segment.paragraphs.split_paragraphs`, ``min_items=1``).
        text: The document's cleaned text.
        hint: The series of bare case numbers.

    Returns:
        `items` with the number added, or [] when there is not exactly one paragraph or no such number.
    """
    if len(items) != 1:
        return []
    numbers = head_dnr(text, items[0].start, hint)
    if not numbers:
        return []
    item = items[0]
    own = [d.key for d in numbers]
    item.dnr_cited = [k for k in item.dnr_cited if k not in own]
    item.diarienummer = [*own, *(k for k in item.diarienummer if k not in own)]
    for d in numbers:
        item.dnr_printed.setdefault(d.key, d.printed)
    return items
