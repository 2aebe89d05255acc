"""A paragraph's continuation label in the margin beside a vote table's line.

Protocols that set the § and its case number in a left margin column (Ciceron and its kin) label a new
page of a paragraph "§ 32 forts." in that margin, on the page's first line of text. When a vote table
runs over the page break, that line is the table's repeated header ("§ 32 forts.⇥Ledamot⇥Parti⇥…⇥Ja")
or its next row: the label is no column of the table, and read as one it moves every label one column
right of the marks under it (a Ja mark read under "Tjänstgörande ersättare", a Nej mark as Ja), and the
repeated header no longer matches the first one, so the list's second half reads as a new omröstning.

The label is taken out of the line: left blank in a text export that keeps the layout (the columns
stay where they are) and in a table whose margin is a column of its own (the rows around begin with an
empty cell), dropped where it was set before the table's first cell (the other rows begin with a name).
"""

from __future__ import annotations

import re

from indexer.cues.continued import CONTINUED

#: A table cell: its text and where it starts (as `indexer.entities.votes.grid`, which reads through this).
Cell = tuple[str, int]

#: The label at a layout-kept line's start, a wide gap after it and the line's text.
_LEADING = re.compile(rf"^([ \t]*)({CONTINUED.pattern})(?=[ ]{{2,}}\S)")


def blank_label(line: str) -> str:
    """A text-export line without the continuation label it starts with (spaces in its place, so every
    column keeps its place); other lines as they are."""
    if "\t" in line or "|" in line:
        return line
    m = _LEADING.match(line)
    return line if m is None else m.group(1) + " " * len(m.group(2)) + line[m.end() :]


def without_labels(block: list[tuple[int, list[Cell]]]) -> list[tuple[int, list[Cell]]]:
    """A block of table lines whose rows that begin with a continuation label cell lose it: an empty cell
    in its place when the rows around begin with one (the margin is the table's first column), else
    the cell dropped."""
    out = []
    for k, (at, cells) in enumerate(block):
        if len(cells) < 2 or not CONTINUED.fullmatch(cells[0][0]) or not any(c for c, _ in cells[1:]):
            out.append((at, cells))
            continue
        around = [block[j][1] for j in (k - 1, k + 1) if 0 <= j < len(block)]
        margin = any(len(r) > 1 and not r[0][0] and any(c for c, _ in r[1:]) for r in around)
        out.append((at, [("", cells[0][1]), *cells[1:]] if margin else cells[1:]))
    return out
