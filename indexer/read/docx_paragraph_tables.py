"""Word protocols that set each paragraph (§) in a table: "§ 412" in a narrow left cell, the title and
the text in the right one.

Word templates of several meeting systems print a paragraph as a two-column table: the § number in the
left cell (with the case number under it, or not), the title in bold in the right cell, and the case
number, the text and its section words ("Beslut", "Yrkanden") under the title in the same cell, in the
next row, or after the table. Read as a row of tab-separated cells, each cell flattened to one line,
the title, the case number and the whole text of the paragraph end up on its § line, and the title
cannot be told from the text.

A table with a § row (its first filled cell holds a § number, "§ 412" or "KS § 12", alone on its first
line) and at most three columns is read paragraph by paragraph instead: the § line is the § number, a
tab and the first line of the next cell (the title), with a short cell after it (a case-number column)
kept on the line; the § cell's other lines (a "Dnr" under the number) follow on their own lines, then
every other line of the cells, a blank line between them, as the paragraphs of a text outside a table
are. Rows without a § number in such a table (the text in a row of its own, a "Dnr" cell beside it, a
header row) give their cells' lines the same way. Other tables are left to the caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["paragraph_table_text"]

Marker = Callable[[Any], str]

# "§ 412", "§ 12.", "KS § 12", "KSAU § 88": a § number alone on the cell's first line.
_NUMBER_CELL = re.compile(r"(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5}(?:[- ][A-ZÅÄÖ]{2,4})?\s+)?§\s*\d{1,4}\.?")
# The same with a title after it: "§ 412 Information från …" (the text then stands in the other cells).
_HEADING_CELL = re.compile(_NUMBER_CELL.pattern + r"(?:\s+\S.*)?")
_MAX_COLUMNS = 3
_SHORT_CELL = 40  # a cell of one short line after the title (a case-number column) stays on the § line


def _blocks(cell: Any, marker: Marker) -> list[str]:
    """A cell's lines: each paragraph (with the number Word draws before it, `marker`) and each row of
    a table in it."""
    from docx.table import Table

    out: list[str] = []
    for block in cell.iter_inner_content():
        if isinstance(block, Table):
            out += _inner_rows(block)
        else:  # a line break in the paragraph stays one ("Title" / "Dnr KS 2026/5" set with Shift+Enter)
            text = marker(block) + block.text
            lines = (re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n"))
            text = "\n".join(ln for ln in lines if ln)
            if text:
                out.append(text)
    return out


def _inner_rows(table: Any) -> list[str]:
    """A table inside a cell, a line per row, its cells' texts once each (python-docx repeats a merged
    cell's in each grid column). A table of four columns or more keeps its empty cells as cells, so a
    voteringslista set in the cell beside "§ 32 forts." keeps its X under Ja, Nej or Avstår."""
    out = []
    wide = len(table.columns) >= 4
    for row in table.rows:
        if wide:
            cells: list[Any] = []
            for c in row.cells:
                if not any(c._tc is seen._tc for seen in cells):
                    cells.append(c)
            texts = [" ".join(c.text.split()) for c in cells]
            line = "\t".join(texts) if any(texts) else ""
        else:
            line = "\t".join(
                c for c in dict.fromkeys(c.text.replace("\n", " ").strip() for c in row.cells) if c
            )
        if line:
            out.append(line)
    return out


def _is_sentence(block: str) -> bool:
    """A block that reads as the text, not a title: a sentence of six words or more, or a long line."""
    first = block.split("\n")[0]
    return len(first) > 150 or (first.endswith(".") and len(first.split()) >= 6)


def _rows(table: Any, marker: Marker) -> list[list[list[str]]]:
    """Each row's cells as lists of lines; a cell merged across columns or rows is read once."""
    seen: list[Any] = []  # the cells' elements: python-docx repeats a merged cell's in each grid cell
    rows: list[list[list[str]]] = []
    for row in table.rows:
        cells: list[list[str]] = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            cells.append(_blocks(cell, marker))
        rows.append(cells)
    return rows


def _is_heading_row(cells: list[list[str]]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and bool(_HEADING_CELL.fullmatch(filled[0][0].split("\n")[0]))


def _heading_row(cells: list[list[str]]) -> str:
    """A § row: the § line, the § cell's other lines under it, then the other cells' lines."""
    filled = [list(c) for c in cells if c]
    number = [x for block in filled[0] for x in block.split("\n")]  # "§ 12" / "Dnr KS 2026/5" in one cell
    line, under, body = number[0], number[1:], []
    rest = filled[1:]
    # "§ 412" | "Title" / "Dnr …" / text; not the text's first sentence (a title printed above the row)
    if _NUMBER_CELL.fullmatch(line) and rest and not _is_sentence(rest[0][0]):
        title_cell = rest.pop(0)
        line += "\t" + title_cell[0]
        body += title_cell[1:]
    for cell in rest:
        if len(cell) == 1 and len(cell[0]) <= _SHORT_CELL and "\n" not in cell[0]:
            line += "\t" + cell[0]  # "§ 12 | Title | KS 2026/5": the case-number column
        else:
            body += cell
    head = "\n".join([line, *under])
    return "\n\n".join([head, *body])


def paragraph_table_text(table: Any, marker: Marker | None = None) -> str | None:
    """The text of a table that sets protocol paragraphs (see the module doc), or None for another table.

    Args:
        table: A python-docx ``Table``.
        marker: The number Word draws before a paragraph ("§ 412 " where the template numbers its §
            cells with a list, `indexer.read.docx_numbering.ListNumbers.marker`); none by default.

    Returns:
        The table's text, its § lines first in their paragraphs; None when no row holds a § number or
        the table has more than three columns.
    """
    rows = _rows(table, marker or (lambda _p: ""))
    if not any(_is_heading_row(r) for r in rows) or max(len(r) for r in rows) > _MAX_COLUMNS:
        return None
    parts: list[str] = []
    for cells in rows:
        if _is_heading_row(cells):
            parts.append(_heading_row(cells))
        elif sum(1 for c in cells if c) >= 3 and all(len(c) <= 1 for c in cells):
            parts.append("\t".join(c[0] if c else "" for c in cells).strip("\t"))  # a row of a list
        else:
            parts.extend(x for c in cells for x in c)  # the text's row, a "Dnr" cell, a header row
    return "\n\n".join(parts)
