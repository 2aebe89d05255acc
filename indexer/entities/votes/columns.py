"""Vote lists printed side by side: a line of labels ("Ja-röster      Nej-röster      Avstår") with the
names of each list in its column under it, as a text layer keeps a page's layout (columns aligned with
spaces) or a Word/HTML table prints them (a tab per cell).

`unfold` rewrites such a block as the lists one after the other ("Ja-röster⏎Anna Ek (S)⏎…⏎Nej-röster⏎…"),
so `indexer.entities.votes.lists` reads them as any list printed a name per line. A line's cells go to
the label nearest above them (aligned text), or to the label of the same cell index (tabs). The block
ends at a line of prose or two blank lines. The rewritten block is no longer than the original, padded
with spaces, so what follows keeps its offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A line's cells: tab-separated, or runs of text apart by two spaces or more.
_CELL = re.compile(r"[^\t ](?:[^\t ]| (?! ))*")


def _cells(line: str) -> tuple[list[tuple[int, str]], bool]:
    """(start, text) of each cell of a line, and whether tabs split it (cells are then counted)."""
    if "\t" in line:
        out, pos = [], 0
        for part in line.split("\t"):
            out.append((pos, part.strip()))
            pos += len(part) + 1
        return out, True
    return [(m.start(), m.group(0)) for m in _CELL.finditer(line)], False


def unfold(text: str, is_label: Callable[[str], bool], is_prose: Callable[[str], bool]) -> str:
    """`text` with every block of lists printed side by side rewritten as lists one after the other.

    Args:
        text: An item's text.
        is_label: Whether a cell is a list label alone ("Ja-röster", "Nej (2)", "Avstår:").
        is_prose: Whether a line is prose (ends a block).

    Returns:
        The text, as long as the original.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells, tabbed = _cells(lines[i])
        filled = [(s, c) for s, c in cells if c]
        if len(filled) >= 2 and all(is_label(c) for _, c in filled):
            found = _block(lines, i, cells, tabbed, is_prose)
            if found is None:
                out.append(lines[i])
                i += 1
                continue
            end, block = found
            original = "\n".join(lines[i:end])
            rewritten = "\n".join(block)
            if len(rewritten) <= len(original):
                pad = len(original) - len(rewritten)
                out.append(rewritten + " " * pad)
                i = end
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _block(
    lines: list[str], i: int, head: list[tuple[int, str]], tabbed: bool, is_prose: Callable[[str], bool]
) -> tuple[int, list[str]] | None:
    """(index past the block starting at the label line i, its lists one after the other); None when
    the labels head a vote table instead (a mark under a label, a name left of the first label)."""
    columns: list[list[str]] = [[c] for _, c in head]
    starts = [s for s, _ in head]
    k, blanks = i + 1, 0
    while k < len(lines):
        line = lines[k]
        if not line.strip():
            blanks += 1
            if blanks > 1:
                break
            k += 1
            continue
        if is_prose(line):
            break
        blanks = 0
        cells, _ = _cells(line)
        for n, (s, c) in enumerate(cells):
            if not c:
                continue
            if len(c) <= 2 or (not tabbed and s < starts[0] - 2):
                return None  # "X" under Ja, or the table's name column without a header
            j = (
                min(n, len(starts) - 1)
                if tabbed
                else min(range(len(starts)), key=lambda j: abs(starts[j] - s))
            )
            if not head[j][1]:
                return None  # a cell under no label: a table's name column
            columns[j].append(c)
        k += 1
    while k > i + 1 and not lines[k - 1].strip():
        k -= 1  # trailing blank lines stay where they were
    return k, [line for col in columns for line in col]


def _nearest(starts: list[int], at: int) -> int:
    """The column whose label starts nearest to `at`."""
    return min(range(len(starts)), key=lambda j: abs(starts[j] - at))
