"""A table row of an HTML page as a line: its cells, the columns a merged cell spans, an agenda's columns.

A row becomes one tab-separated line. In an agenda table ("Nr | Ärende | Föredragande") the rows that
print no number are counted from the numbered row above, and the lines of an Ärende cell under its
title are the point's notes, printed under the row as a PDF's table is (`indexer.read.agenda_table`).
A "label | value" row keeps its value's <br> lines as lines (an attendance list).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode as Node

from indexer.read.agenda_table import counted_numbers, is_header, number_and_title

__all__ = ["agenda_columns", "cell_text", "colspan", "counted_row_numbers"]


def agenda_columns(row: Node) -> tuple[int, int] | None:
    """(number column, Ärende column) of the agenda table a row stands in ("Nr | Ärende | Föredragande",
    see `indexer.read.agenda_table`), for a row under the header; else None. Lines of an Ärende cell are
    set apart by hand (<br>, <p>), so a labelled line or a sentence under the title is the point's note
    ("Diarienr: KFN 2026/5", "Ingen beslutspunkt."), printed under the row as a PDF's table is."""
    first = _header_row(row)
    if first is None or first.mem_id == row.mem_id:
        return None
    texts = [re.sub(r"\s+", " ", c.text() or "").strip() for c in first.iter() if c.tag in ("td", "th")]
    if not is_header(texts):
        return None
    return number_and_title(texts)


def _header_row(row: Node) -> Node | None:
    table = row.parent
    if table is None:
        return None
    first = None
    if table.tag == "tbody" and table.parent is not None:  # the header in a <thead> of its own
        first = next(
            (r for t in table.parent.iter() if t.tag == "thead" for r in t.iter() if r.tag == "tr"), None
        )
    return first or next((r for r in table.iter() if r.tag == "tr"), None)


def counted_row_numbers(section: Node, cols: tuple[int, int]) -> dict[int, str]:
    """The numbers of the agenda rows under `section` (a table or its body) that print none, below a
    numbered row, by row (`indexer.read.agenda_table.counted_numbers`), read once for the whole table; a
    row of fewer cells (a group's heading) is no point."""
    num, title = cols
    rows: list[Node] = []
    pairs: list[tuple[str, str] | None] = []
    for r in section.iter():
        if r.tag != "tr":
            continue
        cells = [re.sub(r"\s+", " ", c.text() or "").strip() for c in r.iter() if c.tag in ("td", "th")]
        rows.append(r)
        pairs.append((cells[num], cells[title]) if len(cells) > max(num, title) else None)
    return {rows[k].mem_id: n for k, n in counted_numbers(pairs).items()}


def colspan(cell: Node) -> int:
    span = (cell.attributes.get("colspan") or "1").strip()
    return min(int(span), 50) if span.isdigit() and int(span) > 0 else 1


def cell_text(raw: str, value_of_label: bool) -> str:
    """A table cell on one line; the value of a two-cell "label | value" row keeps its <br> lines
    as lines of their own under the value column ("Beslutande | Anna Ek (S), ordförande<br>Per Berg
    (M)" is an attendance list of one person a line, as a PDF prints it)."""
    if value_of_label and "\n" in raw.strip():
        lines = [re.sub(r"\s+", " ", ln).strip() for ln in raw.strip().split("\n")]
        return "\n\t".join(ln for ln in lines if ln)
    return re.sub(r"\s+", " ", raw).strip()
