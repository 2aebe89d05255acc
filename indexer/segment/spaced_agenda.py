"""A kallelse's agenda table in plain text (``pdftotext -layout``), its columns set with spaces and its
cells wrapped: each row read as one line, the cells' lines joined under the header's columns.

The same table `indexer.read.pdf_agenda` reads in a PDF ("Nr  Ärende  Dnr  Föredragande", the shorter
cells of a row centred on its height) arrives from a text export as lines whose pieces stand at the
header's character columns: the title's first line above the number, the presenter's last line under
it. Here, under a header line of three cells or more (one an Ärende column, two others a number, case
number or presenter column), each line's pieces (cut at runs of two spaces or more) are put in the
column whose header starts where they start; rows are the blocks between blank lines (where no blank
line parts them, a row starts at its number); the table ends at a line that fits no column. A row is
given back as one tab-separated line (number, title, the other cells in header order) at the row's
first line, its other lines left blank, so every line keeps its offset in the text; labelled lines in
the Ärende cell ("Förslag: …") follow the row as its notes. What both readers share (the header test,
the columns, the split at numbers, the printed line) is `indexer.read.agenda_table`.
"""

from __future__ import annotations

import itertools
import re

from indexer.read.agenda_groups import is_group_heading
from indexer.read.agenda_table import (
    NUMBER,
    TITLE_HEAD,
    column_order,
    is_header,
    number_and_title,
    record_lines,
    split_at_numbers,
)
from indexer.segment.breaks import is_break
from indexer.segment.common import ends_open

__all__ = ["spaced_agenda"]

_PIECE = re.compile(r"\S+(?: \S+)*")
#: How far (characters) a piece may start from its column's header.
_TOL = 2


def _pieces(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the line's pieces apart by two spaces or more."""
    return [(m.start(), m.end(), m.group()) for m in _PIECE.finditer(line)]


def _header(line: str) -> list[tuple[int, int, str]] | None:
    cells = _pieces(line)
    if not is_header([t for _, _, t in cells]):
        return None
    if TITLE_HEAD.match(cells[0][2]) and cells[0][0] > 0:  # the numbers' column, left of the title's, unnamed
        cells.insert(0, (0, 0, ""))
    return cells


def _at_columns(line: str, cols: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The line's pieces, each cut where a column begins right after a single space: a cell filled to
    the edge of its column runs into the next column's cell with one space between them
    ("… 4:26 m.fl. Kim Berggren," under "Ärende" and "Föredragande")."""
    starts = {c[0] for c in cols if c[0] > 0}
    out: list[tuple[int, int, str]] = []
    for start, end, _text in _pieces(line):
        a = start
        for b in sorted(x for x in starts if start < x < end):
            if line[b - 1] == " " and line[b] != " ":
                out.append((a, b - 1, line[a : b - 1]))
                a = b
        out.append((a, end, line[a:end]))
    return out


def _fit(line: str, cols: list[tuple[int, int, str]], num: int) -> dict[int, list[str]] | None:
    """The line's pieces by column, or None when a piece stands in no column."""
    out: dict[int, list[str]] = {}
    for start, end, text in _at_columns(line, cols):
        j = next((j for j in range(len(cols) - 1, -1, -1) if cols[j][0] - _TOL <= start), None)
        if j is None and NUMBER.match(text):
            j = num
        if j is None:
            return None
        if j == num and not NUMBER.match(text) and num + 1 < len(cols):
            return None  # text in the number column: prose under the table
        nxt = cols[j + 1][0] if j + 1 < len(cols) else 10**6
        if end > nxt + _TOL:
            return None  # reaches into the next column: a line of prose, not a cell
        out.setdefault(j, []).append(text)
    return out


def _title_span(line: str, pieces: list[str]) -> tuple[int, int] | None:
    """Where a line's title-column text stands (first column, end), or None."""
    if not pieces:
        return None
    a = line.find(pieces[0])
    b = line.rfind(pieces[-1])
    return (a, b + len(pieces[-1])) if a >= 0 and b >= 0 else None


def _breaks(held: list[tuple[tuple[int, int] | None, list[str]]], edge: int) -> list[int]:
    """The title cell's lines the line above did not wrap onto: their first word would have fitted on
    it short of the column's right edge (`edge`), as in `indexer.read.pdf_agenda`: the description
    under a title, not its last words."""
    out: list[int] = []
    k = 0  # the index of the line's first piece among the cell's pieces
    for n, (span, pieces) in enumerate(held):
        above = held[n - 1][0] if n else None
        if above is not None and span is not None:
            word = len(" ".join(pieces).split()[0])
            if above[1] + 1 + word < edge:
                out.append(k)
        k += len(pieces)
    return out


def spaced_agenda(lines: list[str]) -> list[str] | None:
    """The lines with every spaced agenda table read row by row (see the module docstring), or None
    when the text has no such table (or has tabs: its columns are cut already)."""
    if any("\t" in ln for ln in lines):
        return None
    out = list(lines)
    found = False
    cols: list[tuple[int, int, str]] | None = None
    edges: dict[int, int] = {}  # the title column's right edge by where it starts
    i = 0
    while i < len(lines):
        head = _header(lines[i])
        if head is not None:
            cols = head
        if head is None:
            i += 1
            continue
        assert cols is not None
        found_cols = number_and_title([t for _, _, t in cols])
        if found_cols is None:
            i += 1
            continue
        num, title = found_cols
        end, rows = _rows(lines, i + 1, cols, num)
        if sum(1 for r in rows if any(num in c for _, c in r)) < 2 and not found:
            i += 1
            continue
        found = True
        order = column_order(len(cols), num, title)
        out[i] = "\t".join(cols[j][2] for j in order)
        spans = {k: _title_span(lines[k], c.get(title, [])) for row in rows for k, c in row}
        # The title column's right edge, as far as a title's first line reaches: a text export counts
        # characters, not their widths, and a bold title's are wider than the text's under it.
        # A table repeated under its header on the next page is the same column.
        firsts = [next((spans[k] for k, c in row if c.get(title)), None) for row in rows]
        left = cols[title][0]
        edges[left] = edge = max([sp[1] for sp in firsts if sp] + [edges.get(left, 0)])
        for row in rows:
            at = [k for k, _ in row]
            for k in at:
                out[k] = ""
            cells = [[p for _, c in row for p in c.get(j, [])] for j in order]
            held = [(spans[k], c[title]) for k, c in row if c.get(title)]
            for k, text in zip(_room(lines, at, end), record_lines(cells, _breaks(held, edge)), strict=False):
                out[k] = text
        i = end
    return out if found else None


def _room(lines: list[str], at: list[int], end: int) -> list[int]:
    """The lines a row's record may be printed on: its own, then the blank lines right under it inside
    the table (up to `end`), for a note the title cell held on its own line (a presenter after the title,
    "Budget 2027 – Ekonomichef Anna Ek"): every line keeps its offset, so a note has only a blank line."""
    k = at[-1] + 1
    out = list(at)
    while k < end and not lines[k].strip():
        out.append(k)
        k += 1
    return out


def _rows(
    lines: list[str], start: int, cols: list[tuple[int, int, str]], num: int
) -> tuple[int, list[list[tuple[int, dict[int, list[str]]]]]]:
    """(the line after the table, its rows: each a list of (line index, pieces by column))."""
    blocks: list[list[tuple[int, dict[int, list[str]]]]] = [[]]
    title = next((j for j, (_, _, t) in enumerate(cols) if TITLE_HEAD.match(t)), None)
    k = start
    while k < len(lines):
        if not lines[k].strip():
            if blocks[-1]:
                blocks.append([])
            k += 1
            continue
        if _header(lines[k]) is not None:
            break
        fitted = _fit(lines[k], cols, num)
        if fitted is None and not blocks[-1] and (moved := _moved(lines, k, cols)) is not None:
            cols[:] = moved  # the next page's table, its header dropped as a running line, set wider
            fitted = _fit(lines[k], cols, num)
        if fitted is None and title is not None and _group_heading(lines, k, cols, num):
            # "Beslutsärenden" across the table: a row of its own (in the title's column), the table goes on
            blocks += [[(k, {title: [lines[k].strip()]})], []]
            k += 1
            continue
        if fitted is None:
            break
        blocks[-1].append((k, fitted))
        k += 1
    rows: list[list[tuple[int, dict[int, list[str]]]]] = []
    for block in (b for b in blocks if b):
        numbered = [n for n, (_, c) in enumerate(block) if num in c]
        if title is not None and _centred(block, numbered, title):
            cuts = [0]
            for a, b in itertools.pairwise(numbered):
                cuts.append(_row_start(block, a, b, title, a - cuts[-1]))
            rows += [block[a:b] for a, b in zip(cuts, [*cuts[1:], len(block)], strict=True)]
        else:
            rows += split_at_numbers(
                block,
                [num in c for _, c in block],
                [title is not None and is_break(_title_piece(c, title)) for _, c in block],
            )
    return k, rows


def _group_heading(lines: list[str], k: int, cols: list[tuple[int, int, str]], num: int) -> bool:
    """Whether line k, fitting no column, is one piece set from the numbers' column on, a heading of the
    points under it (`indexer.read.agenda_groups`)."""
    pieces = _pieces(lines[k])
    if len(pieces) != 1 or pieces[0][0] > cols[num][0] + _TOL:
        return False
    below: list[tuple[bool, bool]] = []
    for ln in lines[k + 1 : k + 4]:
        fitted = _fit(ln, cols, num) if ln.strip() else None
        below.append((fitted is not None, fitted is not None and num in fitted))
    return is_group_heading(pieces[0][2], below)


def _title_piece(line: dict[int, list[str]], title: int) -> str:
    return " ".join(line.get(title, []))


def _centred(block: list[tuple[int, dict[int, list[str]]]], numbered: list[int], title: int) -> bool:
    """Whether the table centres a row's number on its wrapped title (the title's first line above the
    number's line): a numbered line with no title words, or whose title words go on from the line above
    it (lower case, or the line above broke inside a phrase), under a line of title words that is no
    row's."""
    for a, b in itertools.pairwise([-1, *numbered]):
        if b - a < 2:
            continue  # no line between this row's number and the last one's
        above = _title_piece(block[b - 1][1], title)
        here = _title_piece(block[b][1], title)
        if above and (not here or here[:1].islower() or ends_open(above)):
            return True
    return False


def _row_start(block: list[tuple[int, dict[int, list[str]]]], a: int, b: int, title: int, above: int) -> int:
    """Where the row numbered on line b begins, between the row numbered on line a and it: the first
    line between whose title words begin a new title (a capital after a line that did not break inside
    a phrase); the number's line itself when none does. A row whose number's line has no title words,
    or words that go on from above, begins above it. Lines of other cells only (a presenter's name) right
    above a number's line whose title begins there are row a's as far as row a reaches below its number
    as many lines as above it (`above`: a row is centred on its number), row b's beyond that."""
    last = _title_piece(block[a][1], title) or next(
        (p for _, c in reversed(block[:a]) if (p := _title_piece(c, title))), ""
    )
    for k in range(a + 1, b):
        piece = _title_piece(block[k][1], title)
        if not piece:
            continue
        if piece[:1].isupper() and last and not ends_open(last):
            return k
        last = piece
    here = _title_piece(block[b][1], title)
    if (not here or here[:1].islower()) and b - 1 > a and _title_piece(block[b - 1][1], title):
        return b - 1  # no capital told the start: the line right above the number's is the row's
    k = b
    while k - 1 > a + above and not _title_piece(block[k - 1][1], title):
        k -= 1  # a presenter's name above a title that begins on the number's line: row b's own
    return k


def _moved(lines: list[str], k: int, cols: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The columns of the block of lines from k to the next blank line when its pieces start at as many
    places as the table has columns (the table going on after a page break, set at other widths), the
    header's texts kept; None otherwise."""
    starts: list[int] = []
    for ln in lines[k:]:
        if not ln.strip():
            break
        starts += [a for a, _, _ in _pieces(ln)]
    places: list[int] = []
    for a in sorted(set(starts)):
        if not places or a - places[-1] > _TOL:
            places.append(a)
    if len(places) != len(cols):
        return None
    return [(a, a + len(t), t) for a, (_, _, t) in zip(places, cols, strict=True)]
