"""A vote table's name cell wrapped over lines: "Lars Wennberg, 1:e vice" / "M  X  X" / "ordförande".

A PDF sets a long name (with its role) over two or three lines of its cell and prints the row's other
cells (party, marks) once, on any of those lines: beside the first, the middle or the last. Read line by
line, the marks stand beside no name (or beside "ordförande") and the name's lines beside no mark, so
the vote is lost. The lines of one cell are set closer together than the table's rows are: a line that
fills only the first column, set tight against a row's line (less than half the table's usual gap between
rows), is that row's name going on, and is joined to it in reading order.
"""

from __future__ import annotations

import statistics

from indexer.read.pdf_rows import Row

#: A row's cells by column: (text, left, right), the text "" where the column is empty.
Cells = list[tuple[str, float, float]]
#: Lines closer than this share of the table's usual gap between rows are one row's.
_TIGHT = 0.5


def _body(cells: Cells) -> bool:
    """A line with a cell beyond the first column (a party, a mark)."""
    return any(t for t, _, _ in cells[1:])


def _has_body(group: list[int], fitted: list[Cells]) -> bool:
    return any(_body(fitted[j]) for j in group)


def _gap(upper: Row, lower: Row) -> float:
    return upper.bottom - lower.top


def join_wrapped(rows: list[Row], fitted: list[Cells]) -> tuple[list[Row], list[Cells]]:
    """`rows` and their `fitted` cells with each name cell's wrapped lines joined to the row that holds
    its other cells (`rows[k]` is `fitted[k]`'s line); the table as given when no line wraps."""
    usual = [
        _gap(rows[k - 1], rows[k]) for k in range(1, len(rows)) if _body(fitted[k - 1]) and _body(fitted[k])
    ]
    apart = [g for g in usual if g > 0]
    if not apart or all(_body(c) for c in fitted):
        return rows, fitted
    tight = _TIGHT * statistics.median(apart)
    groups: list[list[int]] = []
    for k, cells in enumerate(fitted):
        group = groups[-1] if groups else None
        bodies = sum(1 for j in group or () if _body(fitted[j]))
        # the lines of one row: tight together, one of them holding the cells beyond the name
        joins = group is not None and _gap(rows[group[-1]], rows[k]) < tight and bodies + _body(cells) <= 1
        if joins and group is not None:
            group.append(k)
        else:
            groups.append([k])
    # a group without a row of cells is no wrapped name (lines of a note under the table): as printed
    groups = [g for group in groups for g in ([group] if _has_body(group, fitted) else [[k] for k in group])]
    if all(len(g) == 1 for g in groups):
        return rows, fitted
    out_rows: list[Row] = []
    out_cells: list[Cells] = []
    for group in groups:
        body = next((j for j in group if _body(fitted[j])), group[0])
        cells = list(fitted[body])
        parts = [fitted[j][0] for j in group if fitted[j][0][0]]
        if len(group) > 1 and parts:
            name = " ".join(t for t, _, _ in parts)
            cells[0] = (name, min(a for _, a, _ in parts), max(b for _, _, b in parts))
        out_rows.append(rows[body])
        out_cells.append(cells)
    return out_rows, out_cells
