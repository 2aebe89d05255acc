"""Text runs of a PDF page and the rows they make: the geometry `indexer.read.pdf_layout` and
`indexer.read.pdf_tables` build lines from.

A run is a piece of text on one line with its box, as the PDF draws it (PDFium's text rectangles); a
row is the runs that share a line, left to right.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

__all__ = ["Row", "Run", "cell_text", "column_of", "fit_columns", "is_rotated", "make_rows"]


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
class Row:
    """Runs that share a line, left to right."""

    runs: list[Run]
    top: float
    bottom: float

    @property
    def size(self) -> float:
        """The row's height, a stand-in for its font size (at least 1 point)."""
        return max(self.top - self.bottom, 1.0)

    def cells(self, gap: float, edges: tuple[float, ...] = ()) -> list[list[Run]]:
        """Runs grouped into cells: a horizontal gap wider than `gap` starts a new cell, and so does a
        narrower one (wider than a word space) before a run that starts at one of `edges`, a column's
        left edge other rows share: a long title filling its cell leaves no wide gap before the next."""
        cells: list[list[Run]] = []
        for run in self.runs:
            space = run.left - cells[-1][-1].right if cells else 0.0
            at_edge = space >= 0.6 * self.size and any(abs(run.left - e) <= 1.0 for e in edges)
            if cells and space <= gap and not at_edge:
                cells[-1].append(run)
            else:
                cells.append([run])
        return cells


def make_rows(runs: list[Run]) -> list[Row]:
    """Group runs into rows: a run belongs to a row when its vertical middle lies within the row's box."""
    rows: list[Row] = []
    for run in sorted(runs, key=lambda r: (-r.top, r.left)):
        mid = (run.top + run.bottom) / 2
        for row in reversed(rows[-3:]):  # only the last rows can still overlap (sorted by top)
            if row.bottom <= mid <= row.top or (run.bottom <= (row.top + row.bottom) / 2 <= run.top):
                row.runs.append(run)
                row.top, row.bottom = max(row.top, run.top), min(row.bottom, run.bottom)
                break
        else:
            rows.append(Row([run], run.top, run.bottom))
    for row in rows:
        row.runs.sort(key=lambda r: r.left)
    return rows


def cell_text(cell: list[Run], space: float) -> str:
    """The runs of one cell joined: a space where the runs do not already touch a space."""
    out = cell[0].text.strip()
    for prev, run in itertools.pairwise(cell):
        text = run.text.strip()
        touching = run.left - prev.right < space * 0.15
        out += text if touching and not prev.text.endswith(" ") else " " + text
    return out


def column_of(boxes: list[tuple[float, float, str]], run: Run, tol: float) -> int | None:
    """The column of a table a run stands in, given its header cells' boxes (left, right, text).

    Returns:
        The column's index: the run's left edge lies between the gap before that header cell and the
        gap after it, and the run does not reach into the next header cell; None when it fits none.
    """
    for j, (left, _, _) in enumerate(boxes):
        lo = (boxes[j - 1][1] + left) / 2 if j else -1e9
        hi = (boxes[j][1] + boxes[j + 1][0]) / 2 if j + 1 < len(boxes) else 1e9
        if lo - tol <= run.left < hi:
            nxt = boxes[j + 1][0] if j + 1 < len(boxes) else 1e9
            return j if run.right <= nxt + tol else None
    return None


def fit_columns(row: Row, boxes: list[tuple[float, float, str]]) -> dict[int, list[Run]] | None:
    """A row's runs by the column each stands in (`column_of`), or None when a run fits no column."""
    out: dict[int, list[Run]] = {}
    for run in row.runs:
        j = column_of(boxes, run, 0.5 * row.size)
        if j is None:
            return None
        out.setdefault(j, []).append(run)
    return out
