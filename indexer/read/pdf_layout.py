"""Lines of a PDF page from its positioned text runs: reading order that keeps what segmentation needs.

The engine (`indexer.read.pdf`) hands over runs: a piece of text on one line with its box, as the
PDF draws it. From them this module builds the page's lines, top to bottom:
- runs whose boxes share a line are joined left to right; a wide gap (a table cell, a form label and
  its value, "§ 95        2026.016 KS") becomes a tab, a word gap a space;
- a two-column block (an attendance list printed in two columns, names in both on most rows) is
  read column by column, so names never interleave across the columns; a form (labels left, values
  right, most label cells empty) stays row by row, so a label keeps its value on its line; a § line
  ends such a block (a page header's two cells over a "§ 85" at the left margin are no list), and so
  does a row below a gap (the header's cells over a case number printed above the § line);
- a table whose rows have empty cells (a vote table: the X under Ja, Nej or Avstår) gets a tab per
  header column, empty cells kept (`indexer.read.pdf_tables`), also where it goes on over a page
  break without its header;
- an agenda table ("Nr  Ärende  Dnr  Föredragande") whose cells wrap gets a line per row, each cell's
  lines joined (`indexer.read.pdf_agenda`), also where it goes on over a page break without its header;
- a page set in two columns of running text (newspaper style) is read column by column, the left
  column, then the right one (`indexer.read.pdf_text_columns`);
- a paragraph set with its number, title and case number in a narrow column left of its text is read
  heading first, then text (`indexer.read.pdf_side_headings`);
- runs drawn rotated (signature ids and print dates up a margin) are dropped: they are taller than
  they are wide.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from indexer.read.pdf_agenda import AgendaGrid, find_agenda_tables, merge_tables
from indexer.read.pdf_overlap import untangle_overlaps
from indexer.read.pdf_records import find_record_tables
from indexer.read.pdf_rows import Row, Run, cell_text, is_rotated, make_rows
from indexer.read.pdf_side_headings import side_headings
from indexer.read.pdf_tables import Grid, find_tables
from indexer.read.pdf_text_columns import text_columns

__all__ = ["Grid", "Run", "bold_lines", "page_layout", "page_lines"]


#: A cell: (left edge, right edge, text).
_Cell = tuple[float, float, str]
# A § line: "§ 85", "§ 85 Val av justerare", "KS § 12" (not "§§ 85–93", a list of paragraphs).
_PARAGRAPH_LINE = re.compile(r"(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}\s+)?§\s*\d{1,4}\b")


def _row_text(row: Row, edges: tuple[float, ...] = ()) -> tuple[str, list[_Cell]]:
    """A row's text (cells joined by tabs) and its cells; `edges` are the page's column edges
    (`_column_edges`)."""
    size = row.size
    cells = row.cells(gap=1.5 * size, edges=edges)
    texts = [(c[0].left, c[-1].right, cell_text(c, size)) for c in cells]
    return "\t".join(t for _, _, t in texts), texts


def _column_edges(rows: list[Row]) -> tuple[float, ...]:
    """Left edges where a cell after a wide gap starts on two rows or more of the page (to a point): a
    table's column. A row whose long title leaves only a narrow gap before that column is cut there."""
    lefts: dict[int, list[float]] = {}
    for row in rows:
        for cell in row.cells(gap=1.5 * row.size)[1:]:
            lefts.setdefault(round(cell[0].left), []).append(cell[0].left)
    out = []
    for key, xs in lefts.items():
        near = xs + lefts.get(key - 1, []) + lefts.get(key + 1, [])
        if len(near) >= 2:
            out.append(sum(xs) / len(xs))
    return tuple(out)


def _two_columns(cells: list[list[_Cell]], split: float, span: tuple[float, float]) -> bool:
    """A block of rows is a two-column list when both columns are filled on most rows and the
    columns share the page's width: a form's labels or a table's § numbers sit in a narrow first
    column (less than 40% of the text width), and their rows are read across."""
    x0, x1 = span
    if split - x0 < 0.4 * (x1 - x0):
        return False
    left = sum(1 for row in cells if any(right < split for _, right, _ in row))
    right = sum(1 for row in cells if any(right >= split for _, right, _ in row))
    if _code_column([t for row in cells for _, right, t in row if right >= split]):
        return False
    return len(cells) >= 3 and left >= 0.6 * len(cells) and right >= 0.6 * len(cells)


def _code_column(texts: list[str]) -> bool:
    """The right column holds only short one-word codes (a party column "S", "KD", "MP" beside a name,
    a vote mark "X"): it tells something about the cell on its left, so the rows are a table read
    across, never a second list of names."""
    return bool(texts) and all(len(t) <= 4 and " " not in t.strip() for t in texts)


def _column_blocks(rows: list[tuple[str, list[_Cell], Row]], span: tuple[float, float]) -> list[str]:
    """Lines of the page; runs of two-cell rows that form a two-column list are read column-wise."""
    out: list[str] = []
    i = 0
    while i < len(rows):
        text, cells, _ = rows[i]
        if len(cells) != 2:
            out.append(text)
            i += 1
            continue
        split = cells[1][0]
        j = i
        block: list[list[_Cell]] = []
        while j < len(rows) and _fits_split(rows[j][1], split):
            if j > i and _PARAGRAPH_LINE.match(rows[j][0]):
                break  # a paragraph's heading begins the protocol's text: no list goes on past it
            if j > i + 1 and _after_gap([r for _, _, r in rows[i : j + 1]]):
                break  # a page header's two cells over the text, a case number set below them
            block.append(rows[j][1])
            j += 1
        if _two_columns(block, split, span):
            out += [t for row in block for _, right, t in row if right < split]
            out += [t for row in block for _, right, t in row if right >= split]
            i = j
        else:
            out.append(text)
            i += 1
    return out


def _after_gap(rows: list[Row]) -> bool:
    """The last row stands below a gap: farther from the row above than twice the block's line pitch
    (a list's rows follow each other evenly; what a blank space sets apart is something else)."""
    pitches = [a.top - b.top for a, b in itertools.pairwise(rows)]
    return pitches[-1] > 2 * min(pitches[:-1])


def _fits_split(cells: list[_Cell], split: float) -> bool:
    """A row with at most one cell on each side of `split`, the right one starting near it."""
    if not cells or len(cells) > 2:
        return False
    if len(cells) == 2:
        return cells[0][1] < split and abs(cells[1][0] - split) < 12
    return abs(cells[0][0] - split) < 12 or cells[0][1] < split


def page_lines(runs: list[Run]) -> list[str]:
    """The page's lines in reading order (see the module docstring).

    Args:
        runs: The text runs of one page, any order.

    Returns:
        Lines top to bottom; cells of a row are separated by a tab.
    """
    return page_layout(runs)[0]


def page_layout(runs: list[Run], carry: Grid | None = None) -> tuple[list[str], Grid | None]:
    """The page's lines, following a table the previous page left open (`indexer.read.pdf_tables`).

    Args:
        runs: The text runs of one page, any order.
        carry: The columns of a table that ran to the foot of the previous page, or None.

    Returns:
        The lines top to bottom, and the columns of a table that runs to this page's foot (or None).
    """
    kept = [r for r in runs if r.text.strip() and not is_rotated(r)]
    if not kept:
        return [], None
    span = (min(r.left for r in kept), max(r.right for r in kept))
    rows = side_headings(text_columns(untangle_overlaps(make_rows(kept)), span), span)
    agenda_carry = carry if isinstance(carry, AgendaGrid) else None
    tables, carry_on = find_tables(rows, None if agenda_carry else carry)
    agenda, agenda_on = find_agenda_tables(rows, agenda_carry)  # a kallelse's agenda table, cells wrapped
    tables = merge_tables(agenda, tables)
    tables = merge_tables(find_record_tables(rows), tables)  # a list of decisions, cells wrapped
    carry_on = agenda_on if agenda_on is not None else carry_on
    out: list[str] = []
    done = 0
    edges = _column_edges(rows)
    for table in tables:
        out += _column_blocks([(*_row_text(row, edges), row) for row in rows[done : table.start]], span)
        out += table.lines
        done = table.end
    out += _column_blocks([(*_row_text(row, edges), row) for row in rows[done:]], span)
    return out, carry_on


def bold_lines(runs: list[Run], is_bold: Callable[[Run], bool]) -> list[str]:
    """The page's short lines set wholly in a bold face (`is_bold`), as `page_layout` prints them: a
    heading without a number stands out by its face alone (a point of notes written in Word, "Lägesbild
    från polisen"). A cue for segmentation beside the text, which stays as printed. Only lines that can
    be such a heading are asked about (one cell of a few words, a capital first, no sentence's or
    label's end): asking the face of every run costs a fifth of reading a page."""
    kept = [r for r in runs if r.text.strip() and not is_rotated(r)]
    if not kept:
        return []
    span = (min(r.left for r in kept), max(r.right for r in kept))
    out = []
    for row in text_columns(make_rows(kept), span):  # a heading in one text column, cut from the other's line
        text = _row_text(row)[0]
        if _HEAD_LIKE.match(text) and all(is_bold(r) for r in row.runs):
            out.append(text)
    return out


#: A line that can head a point: one cell, up to 80 characters, a capital first, no full stop, colon,
#: semicolon or comma at its end.
_HEAD_LIKE = re.compile(r"^[A-ZÅÄÖ][^\t]{1,79}(?<![.:;,])$")
