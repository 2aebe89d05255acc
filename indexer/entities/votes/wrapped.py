"""A vote table's name cell wrapped over lines, as a text export prints it with the layout kept:
"Lars Wennberg, 1:e vice" / "        M    X" / "ordförande", or "Cecilia Bratt, 2:e vice" /
"ordförande  M  X".

Read line by line, the marks stand beside no name (or beside "ordförande") and the name beside no mark,
so the seat's vote is lost. A line that holds only the name column's text is the name going on where the
line under it (or above it) holds the row's other cells but no name of its own: an empty name cell, or
one that goes on in lower case ("ordförande", "vice ordförande"). A PDF's table joins its lines by their
positions (`indexer.read.pdf_wrapped_cells`); this reads the text that kept no positions.
"""

from __future__ import annotations

from indexer.entities.votes.grid import MARK, Cell

#: A table line: where it starts, and its cells.
Line = tuple[int, list[Cell]]


def _fragment(cells: list[Cell]) -> bool:
    """A line holding only its first cell's text (no mark)."""
    return (
        bool(cells) and bool(cells[0][0]) and not MARK.match(cells[0][0]) and not any(c for c, _ in cells[1:])
    )


def _body(cells: list[Cell]) -> bool:
    """A line with a mark beside a name cell that is empty or goes on in lower case."""
    head = cells[0][0] if cells else ""
    return (not head or head[0].islower()) and any(MARK.match(c) for c, _ in cells[1:])


def join_wrapped(lines: list[Line]) -> list[Line]:
    """`lines` with each wrapped name's lines joined to the line holding its row's cells (in reading
    order); the lines as given where no name wraps."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        at, cells = lines[k]
        if not (_fragment(cells) and k + 1 < len(lines) and _body(lines[k + 1][1])):
            out.append(lines[k])
            k += 1
            continue
        body = list(lines[k + 1][1])
        parts = [cells[0], body[0]] if body[0][0] else [cells[0]]
        k += 2
        # the name's last line under the row's cells: "ordförande" after an empty name cell
        if (
            not lines[k - 1][1][0][0]
            and k < len(lines)
            and _fragment(lines[k][1])
            and lines[k][1][0][0][0].islower()
        ):
            parts.append(lines[k][1][0])
            k += 1
        body[0] = (" ".join(c for c, _ in parts), cells[0][1])
        out.append((at, body))
    return out
