"""Names hyphenated at the end of a list's column, the rest of the name on the next line of that column.

A PDF's text layer keeps the lines of a column set beside another: a name too long for its column breaks
at a hyphen and goes on under it, with the other column's next line before it ("Ulf Granström (S),
ordförande      Kerstin Abra-" / "Sofia Nygren (M), vice ordförande      hamsson (S)"). The same break in
a list of one column ("Maria Lindqvist-" / "Öberg, förvaltningschef") leaves a first name and a lone
surname on two lines. Both read as no name at all.

The rest of the name (the next line's cell in the same column) is moved up after the hyphen: a
lower-case rest is the same word ("Abra-" + "hamsson" = "Abrahamsson"), a capitalised one the second part
of a hyphenated name ("Åström-" + "Lidgren" = "Åström-Lidgren"). Only where the broken cell starts with a
known first name: a title or a body's name broken the same way is left as printed.
"""

from __future__ import annotations

import re

from indexer.entities.names import TOKEN, is_first_name

#: A column's last cell ending in a name broken at a hyphen: "Kerstin Abra-", "Jonas Åström-".
_BROKEN_CELL = re.compile(rf"(?:^|\t|[ ]{{2,}})[ ]*(?P<cell>(?P<first>{TOKEN})(?: {TOKEN})*-)[ \t]*$")
#: The rest of the name opening the next line's cell: "hamsson (S)", "Lidgren, miljöinspektör, § 32".
_REST = re.compile(r"[a-zåäöéü]+(?=[ \t,(]|$)|[A-ZÅÄÖÉÜ][a-zåäöéü]+(?=[ \t,(]|$)")
#: A cell of a line: up to a tab or a run of two spaces or more.
_CELL = re.compile(r"[^\t\n]+?(?=\t|[ ]{2,}|$)")


def cell_at(line: str, column: int) -> tuple[int, int] | None:
    """(start, end) of the line's cell that starts at `column` (two characters either way): a cell runs to a
    tab or a run of two spaces or more, as a list set in columns prints it."""
    for m in _CELL.finditer(line):
        if not m.group(0).strip():
            continue  # a gap's single spaces
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if abs(start - column) <= 2:
            return start, m.end()
        if start > column + 2:
            break
    return None


def join_column_breaks(text: str) -> str:
    """`text` with each name broken at a hyphen at a column's end joined on the line it starts on (the next
    line's cell moved up, blanked where it stood, so the other column keeps its place)."""
    if "-\n" not in text and "- \n" not in text:
        return text
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        broken = _BROKEN_CELL.search(lines[i])
        if broken is None or not is_first_name(broken["first"]):
            continue
        nxt = lines[i + 1]
        cell = cell_at(nxt, broken.start("cell"))
        if cell is None:
            continue
        rest = _REST.match(nxt, cell[0])
        if rest is None:
            continue
        moved = nxt[cell[0] : cell[1]]
        head = lines[i].rstrip()
        lines[i] = (head[:-1] if moved[0].islower() else head) + moved
        lines[i + 1] = nxt[: cell[0]] + " " * (cell[1] - cell[0]) + nxt[cell[1] :]
    return "\n".join(lines)
