"""Text columns: a page set in two columns of running text (newspaper style) is read column by column.

Some protocols set their paragraphs in two columns: the left column is read top to bottom, then the right
one, and a paragraph may begin at the foot of the left column and go on at the top of the right one. Read
row by row, the columns interleave ("§ 14⇥att fastställa budgetramar …", "Budgetramar 2027–2029 för
Hammarö⇥arbetsutskottets förslag."): two paragraphs' text mixes and titles, case numbers and decisions are
lost. Here such a block is found from its geometry and given back column by column, each row cut in two.

The cue is the gutter, which every such page shares whatever its template: an x band near the middle of
the text that no run crosses over a run of rows, with prose on both sides (lines of several words, most of
them in small letters). A list in two columns (names, "Anna Berg (S)"), a table of § numbers, titles and
case numbers, a form of labels and values or § numbers in a narrow side column have a gutter too, but no
prose on one side of it, and are left as they are (`indexer.read.pdf_layout` reads a two-column list
column-wise on its own). A line across the gutter (a one-column head block, a signature line at full
width) ends the block; a page header or footer that stands off the columns by a gap and holds no prose
(two cells at the margins) is kept out of it.
"""

from __future__ import annotations

import itertools
import re
import statistics

from indexer.read.pdf_rows import Row, Run

__all__ = ["text_columns"]

_WINDOW = (0.3, 0.7)  # the gutter lies within this share of the text's width
_GUTTER = 1.0  # the gutter is at least this many (median) row heights wide
_MIN_WORDS = 4  # words on a prose line, at least
_PROSE_LINES = 3  # prose lines on each side, at least
_PROSE_SHARE = 0.4  # of the side's lines, at least
_TABLE_SHARE = 0.2  # of a side's lines that are a table's rows (`_table_line`), fewer than
_EDGE_ROWS = 3  # a header or footer kept out of the block has at most this many rows
_EDGE_GAP = 1.5  # row heights between a header or footer and the columns, more than
_CELL_GAP = 1.5  # row heights between two cells of a row (as `indexer.read.pdf_layout` cuts them)
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü][A-Za-zÅÄÖåäöÉéÜü-]+")

Band = tuple[float, float]


def _free(row: Row, window: Band, width: float) -> list[Band]:
    """The x bands of `window` that no run of `row` covers, as wide as `width` at least."""
    out: list[Band] = []
    x = window[0]
    for run in row.runs:  # left to right
        if run.left >= x + width and x + width <= window[1]:
            out.append((x, min(run.left, window[1])))
        x = max(x, run.right)
    if x + width <= window[1]:
        out.append((x, window[1]))
    return [(a, b) for a, b in out if b - a >= width and b > a]


def _meet(bands: list[Band], other: list[Band], width: float) -> list[Band]:
    """The bands both lists leave free, as wide as `width` at least (wider than 0 at `width` 0)."""
    out = []
    for a0, a1 in bands:
        for b0, b1 in other:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= width and hi > lo:
                out.append((lo, hi))
    return out


def _cells(runs: list[Run]) -> list[list[Run]]:
    """The cells of a line: runs set off by a gap wider than a word space's ("1.⇥Val av justerare")."""
    size = max(max(r.top for r in runs) - min(r.bottom for r in runs), 1.0)
    cells = [[runs[0]]]
    for a, b in itertools.pairwise(runs):
        if b.left - a.right > _CELL_GAP * size:
            cells.append([b])
        else:
            cells[-1].append(b)
    return cells


def _sided(row: Row, bands: list[Band]) -> tuple[bool, bool]:
    """Whether the row's part left of one of its free `bands` is a prose line, and its part right of one."""
    left = right = False
    if sum(len(r.text) + 1 for r in row.runs) <= 3 * _MIN_WORDS - 1:
        return left, right  # too short for a prose line (`_is_prose`), as most rows clear of a gutter are
    for b0, b1 in bands:
        before = [r for r in row.runs if r.right <= b0]
        after = [r for r in row.runs if r.left >= b1]
        left = left or (bool(before) and _is_prose(before))
        right = right or (bool(after) and _is_prose(after))
    return left, right


def _table_line(runs: list[Run]) -> bool:
    """A table's row within one side: several cells, one of them running text ("Kostnads-⇥Omfattar
    riktade handlingsplaner för hus-"); names side by side under a column's text are no table."""
    cells = _cells(runs)
    return len(cells) > 1 and any(_is_prose(c) for c in cells)


def _is_prose(runs: list[Run]) -> bool:
    """A line of running text: one cell (a table's row "1.⇥Val av justerare" is two) of four words or
    more, two of them in small letters, mostly letters (no dotted signature line)."""
    if sum(len(r.text) + 1 for r in runs) <= 3 * _MIN_WORDS - 1:
        return False  # too short for four words of two letters and the spaces between them
    text = " ".join(r.text.strip() for r in runs)
    words = _WORD.findall(text)
    if len(words) < _MIN_WORDS or sum(w[0].islower() for w in words) < 2:
        return False  # asked first: most lines of a page fail here, and it is the cheapest question
    return len(_cells(runs)) == 1 and sum(ch.isalpha() for ch in text) >= 0.6 * len(text.replace(" ", ""))


#: What is known of one side of a row: (is prose, is a table's row), by (row's index, runs left of the
#: gutter, side): a block that is no text columns is looked at again from its next row on, and the same
#: rows must not be read again.
_Seen = dict[tuple[int, int, int], tuple[bool, bool]]


def _prose_sides(rows: list[Row], first: int, band: Band, seen: _Seen) -> bool:
    """Both sides of the gutter `band` are text columns (`rows` the page's, `first` the block's first):
    prose on several of their lines, and few lines that are a table's rows (a table's side has a column
    within it: "Kostnads-⇥Omfattar riktade …", "1,5 mnkr/år⇥Arbetet har …")."""
    for side in (0, 1):
        prose = table = lines = 0
        for k, row in enumerate(rows, first):
            cut = sum(r.right <= band[0] for r in row.runs)
            runs = row.runs[cut:] if side else row.runs[:cut]
            if not runs:
                continue
            key = (k, cut, side)
            if key not in seen:
                seen[key] = (_is_prose(runs), _table_line(runs))
            lines += 1
            prose += seen[key][0]
            table += seen[key][1]
        if prose < _PROSE_LINES or prose < _PROSE_SHARE * lines or table >= _TABLE_SHARE * lines:
            return False
    return True


def _trim(rows: list[Row], size: float) -> tuple[int, int]:
    """The first and last (exclusive) row of the columns within `rows`: a group of a few rows at the top
    or foot that stands off the rest by a gap and holds no prose (a page header, a footer) is no part."""
    start, end = 0, len(rows)
    for k in range(1, min(_EDGE_ROWS, len(rows) - 1) + 1):
        if rows[k - 1].bottom - rows[k].top > _EDGE_GAP * size:
            if not any(_is_prose(r.runs) for r in rows[:k]):
                start = k
            break
    for k in range(len(rows) - 1, max(start, len(rows) - 1 - _EDGE_ROWS), -1):
        if rows[k - 1].bottom - rows[k].top > _EDGE_GAP * size:
            if not any(_is_prose(r.runs) for r in rows[k:]):
                end = k
            break
    return start, end


def _block(free: list[list[Band]], at: int) -> tuple[int, list[Band]]:
    """Where the run of rows from `at` that leaves a gutter free ends, and the gutter's bands (`free`:
    each row's free bands, as wide as a gutter)."""
    bands, end = free[at], at + 1
    while bands and end < len(free):
        nxt = _meet(bands, free[end], 0.0)
        if not nxt:
            break
        bands, end = nxt, end + 1
    return end, bands


def _cut(row: Row, band: Band) -> list[Row]:
    """A row cut at the gutter: its left part and its right part, each a row of its own."""
    parts = [[r for r in row.runs if r.right <= band[0]], [r for r in row.runs if r.left >= band[1]]]
    return [Row(p, max(r.top for r in p), min(r.bottom for r in p)) for p in parts if p]


def text_columns(rows: list[Row], span: Band) -> list[Row]:
    """The page's rows with every block of two text columns read column by column (see the module
    docstring).

    Args:
        rows: The page's rows, top to bottom.
        span: The left and right edges of the page's text.

    Returns:
        The rows: above a block, the block's left column, its right column, then what follows.
    """
    if len(rows) < 2 * _PROSE_LINES:
        return rows
    x0, x1 = span
    window = (x0 + _WINDOW[0] * (x1 - x0), x0 + _WINDOW[1] * (x1 - x0))
    width = _GUTTER * statistics.median(r.size for r in rows)
    free = [_free(row, window, width) for row in rows]
    # Cheap first: a page without a few prose lines clear of a gutter on each side has no text columns
    # (running text at full width crosses the middle; a list, a form or a table has no prose on a side).
    sided = [_sided(row, f) for row, f in zip(rows, free, strict=True) if f]
    if sum(s[0] for s in sided) < _PROSE_LINES or sum(s[1] for s in sided) < _PROSE_LINES:
        return rows
    out: list[Row] = []
    seen: _Seen = {}
    i = 0
    while i < len(rows):
        end, bands = _block(free, i)
        if not bands or end - i < _PROSE_LINES:
            out.append(rows[i])
            i += 1
            continue
        start, stop = _trim(rows[i:end], width / _GUTTER)
        if start:
            # A page header kept out of the block may cross the gutter's x band ("Protokoll" centred over
            # it) and narrow the gutter sought from it to a strip beside the true one, which the columns'
            # ragged lines close early: the gutter is sought again from the columns' first row.
            below, below_bands = _block(free, i + start)
            if below > end:
                end, bands = below, below_bands
                stop = start + _trim(rows[i + start : end], width / _GUTTER)[1]
        band = max(bands, key=lambda b: b[1] - b[0])
        if stop - start < _PROSE_LINES or not _prose_sides(rows[i + start : i + stop], i + start, band, seen):
            out.append(rows[i])
            i += 1
            continue
        cut = [_cut(row, band) for row in rows[i + start : i + stop]]
        left = [parts[0] for parts in cut if parts[0].runs[0].right <= band[0]]
        right = [parts[-1] for parts in cut if parts[-1].runs[0].left >= band[1]]
        out += rows[i : i + start] + left + right + rows[i + stop : end]
        i = end
    return out
