"""Lines of a PDF page from its positioned text runs: reading order that keeps what segmentation needs.

The engine (`indexer.read.pdf`) hands over runs: a piece of text on one line with its box, as the
PDF draws it. From them this module builds the page's lines, top to bottom:
- runs whose boxes share a line are joined left to right; a wide gap (a table cell, a form label and
  its value, "§ 95        2026.016 KS") becomes a tab, a word gap a space;
- a two-column block (an attendance list printed in two columns, names in both on most rows) is
  read column by column, so names never interleave across the columns; a form (labels left, values
  right, most label cells empty) stays row by row, so a label keeps its value on its line;
- runs drawn rotated (signature ids and print dates up a margin) are dropped: they are taller than
  they are wide.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

__all__ = ["Run", "page_lines"]


@dataclass(frozen=True)
class Run:
    """A run of text on one line, in PDF points with y growing upwards (PDF user space)."""

    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def height(self) -> float:
        """Height of the box."""
        return self.top - self.bottom

    @property
    def width(self) -> float:
        """Width of the box."""
        return self.right - self.left


def is_rotated(run: Run) -> bool:
    """A run drawn at an angle: a horizontal run of four or more characters is never taller than wide."""
    text = run.text.strip()
    return len(text) >= 4 and run.height > 1.5 * run.width


@dataclass
class _Row:
    """Runs that share a line, left to right."""

    runs: list[Run]
    top: float
    bottom: float

    def cells(self, gap: float) -> list[list[Run]]:
        """Runs grouped into cells: a horizontal gap wider than `gap` starts a new cell."""
        cells: list[list[Run]] = []
        for run in self.runs:
            if cells and run.left - cells[-1][-1].right <= gap:
                cells[-1].append(run)
            else:
                cells.append([run])
        return cells


def _rows(runs: list[Run]) -> list[_Row]:
    """Group runs into rows: a run belongs to a row when its vertical middle lies within the row's box."""
    rows: list[_Row] = []
    for run in sorted(runs, key=lambda r: (-r.top, r.left)):
        mid = (run.top + run.bottom) / 2
        for row in reversed(rows[-3:]):  # only the last rows can still overlap (sorted by top)
            if row.bottom <= mid <= row.top or (run.bottom <= (row.top + row.bottom) / 2 <= run.top):
                row.runs.append(run)
                row.top, row.bottom = max(row.top, run.top), min(row.bottom, run.bottom)
                break
        else:
            rows.append(_Row([run], run.top, run.bottom))
    for row in rows:
        row.runs.sort(key=lambda r: r.left)
    return rows


def _cell_text(cell: list[Run], space: float) -> str:
    """The runs of one cell joined: a space where the runs do not already touch a space."""
    out = cell[0].text.strip()
    for prev, run in itertools.pairwise(cell):
        text = run.text.strip()
        touching = run.left - prev.right < space * 0.15
        out += text if touching and not prev.text.endswith(" ") else " " + text
    return out


#: A cell: (left edge, right edge, text).
_Cell = tuple[float, float, str]


def _row_text(row: _Row) -> tuple[str, list[_Cell]]:
    """A row's text (cells joined by tabs) and its cells."""
    size = max(row.top - row.bottom, 1.0)
    cells = row.cells(gap=1.5 * size)
    texts = [(c[0].left, c[-1].right, _cell_text(c, size)) for c in cells]
    return "\t".join(t for _, _, t in texts), texts


def _two_columns(cells: list[list[_Cell]], split: float, span: tuple[float, float]) -> bool:
    """A block of rows is a two-column list when both columns are filled on most rows and the
    columns share the page's width: a form's labels or a table's § numbers sit in a narrow first
    column (less than 40% of the text width), and their rows are read across."""
    x0, x1 = span
    if split - x0 < 0.4 * (x1 - x0):
        return False
    left = sum(1 for row in cells if any(right < split for _, right, _ in row))
    right = sum(1 for row in cells if any(right >= split for _, right, _ in row))
    return len(cells) >= 3 and left >= 0.6 * len(cells) and right >= 0.6 * len(cells)


def _column_blocks(rows: list[tuple[str, list[_Cell]]], span: tuple[float, float]) -> list[str]:
    """Lines of the page; runs of two-cell rows that form a two-column list are read column-wise."""
    out: list[str] = []
    i = 0
    while i < len(rows):
        text, cells = rows[i]
        if len(cells) != 2:
            out.append(text)
            i += 1
            continue
        split = cells[1][0]
        j = i
        block: list[list[_Cell]] = []
        while j < len(rows) and _fits_split(rows[j][1], split):
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
    kept = [r for r in runs if r.text.strip() and not is_rotated(r)]
    if not kept:
        return []
    rows = [_row_text(row) for row in _rows(kept)]
    return _column_blocks(rows, (min(r.left for r in kept), max(r.right for r in kept)))
