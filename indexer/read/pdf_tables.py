"""Tables on a PDF page: each row's cells put under the header's columns, empty cells kept.

A PDF draws a table as text at positions; joining a row's text left to right loses which column a
cell stood in when cells are empty ("Anna Ek  M  .  X  ." and "Anna Ek  M  X  .  ." both read
"Anna Ek⇥M⇥X"). A vote table depends on it: the X under Ja, Nej or Avstår is the vote. Here a table
is found by its header row (three cells or more: "Ledamot  Parti  Ja  Nej  Avstår") and the rows
under it whose every run falls in one of the header's columns (between the neighbouring header
cells), close together; each such row is printed with a tab per column, so "Anna Ek⇥M⇥⇥X" keeps its
X under Nej.

Only a table that needs it is rewritten: one whose rows have an empty cell between filled ones, the
first column filled (a vote table, an agenda row without a case number). Other tables, forms, page
headers and two-column lists keep the layout `indexer.read.pdf_layout` gives them. A row whose first
cell is empty (a title wrapped in its cell) keeps its own cells.

A table that runs to the foot of a page may go on at the top of the next without its header; its
columns are carried to the next page (`Grid`), where rows continue it only when each cell stands where
the table's cells stood (same left edge or centre), so a page header does not.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from dataclasses import dataclass, field

from indexer.cues.continued import CONTINUED
from indexer.read.pdf_rows import Row, Run, cell_text
from indexer.read.pdf_wrapped_cells import join_wrapped
from indexer.segment.dnr import find_dnr

__all__ = ["Grid", "Table", "find_tables"]

#: How far (points) a cell may reach past the gap between two header cells, and how close a cell of a
#: continued table must stand to where the table's cells stood.
_TOL = 2.0
_ANCHOR_TOL = 2.5
#: A data cell at most this wide (points) is a mark ("X", "✓"), not a name or a party.
_MARK_WIDTH = 10.0
#: A row belongs to the table while its gap to the row above is at most this many row heights (or
#: this many times the table's usual gap).
_GAP_HEIGHTS = 2.2
_GAP_USUAL = 1.6
#: A header cell is at most this long.
_HEADER_CHARS = 40  # "Ledamot / tjänstgörande ersättare"
_HEADER_WORDS = 5
#: A header word naming a vote or presence column: such words set close together are columns each.
_VOTE_LABEL = re.compile(
    r"(?i)^(?:ja|nej|avst(?:år|\.)?|avstod|för|emot|frånv\.?|frånvarande|närv\.?|jäv)(?:[ \t]*\(\d{1,3}\))?$"
)
#: A header cell over a list of voters: "Ja-röster", "Nej (2)", "Avstår: 1".
_LIST_HEAD = re.compile(
    r"(?i)^(?:ja|nej|avstår|avstod|avstående|ja-?\s?röster|nej-?\s?röster|för|emot)"
    r"(?:\s*\(\d+\)|\s*:?\s*\d+)?\s*:?$"
)
#: A vote table's label of a column beside the votes: set close to a vote label, each its own column.
_NAME_LABEL = re.compile(r"(?i)^(?:parti|partibeteckning|grupp|ledamot|ledamöter|namn)$")
#: An agenda table's column labels: "Nr Ärende" set close together are two columns.
_AGENDA_LABEL = re.compile(
    r"(?i)^(?:nr\.?|§|punkt|ärende|ärenden|rubrik|dnr|diarienummer|beteckning|föredragande)$"
)
_NUMBER_CELL = re.compile(r"^\d{1,3}\.?$")
#: A cell that is a table's data, never a column's label: a vote mark ("X") or a name with its party
#: code ("Ek, Anna (S)"), so a data row at the top of a page is no header repeated over the rows.
_DATA_CELL = re.compile(r"^(?:[Xx×✓✔]|[^()]*\w[^()]*\([A-ZÅÄÖ]{1,5}\))$")
#: A table ending within this many rows of the page's foot may go on on the next page.
_FOOT_ROWS = 3


@dataclass
class Grid:
    """A table's columns: the header cells' boxes, and where the table's data cells stood."""

    boxes: list[tuple[float, float]]
    lefts: list[set[int]] = field(default_factory=list)
    centres: list[set[int]] = field(default_factory=list)
    by_column: bool = False  # every row read by column (marks before the names: a row may start empty)
    marks: set[int] = field(default_factory=set)  # where marks stood from their header cell's left edge
    votes: frozenset[int] = frozenset()  # the columns headed by a vote label (Ja, Nej, Avst): marks only

    def __post_init__(self) -> None:
        if not self.lefts:
            self.lefts = [set() for _ in self.boxes]
            self.centres = [set() for _ in self.boxes]

    def column(self, left: float, right: float) -> int | None:
        """The column a box [left, right] stands in: between its neighbours' header cells; the one it
        overlaps most (else the nearest by centre) when it fits two; None when it fits none."""
        fits = []
        for j in range(len(self.boxes)):
            lo = self.boxes[j - 1][1] - _TOL if j else -math.inf
            hi = self.boxes[j + 1][0] + _TOL if j + 1 < len(self.boxes) else math.inf
            if left >= lo and right <= hi:
                fits.append(j)
        if not fits:
            return None
        if right - left > _MARK_WIDTH and any(j not in self.votes for j in fits):
            # a name fits a vote column and the label column beside it (a list in two halves: the right
            # half's short name set left under its centred "Namn", nearer the left half's "Avst"): a vote
            # column holds marks, the name is the label column's
            fits = [j for j in fits if j not in self.votes]
        centre = (left + right) / 2

        def score(j: int) -> tuple[float, float]:
            lo, hi = self.boxes[j]
            return (min(right, hi) - max(left, lo), -abs(centre - (lo + hi) / 2))

        return max(fits, key=score)

    def holds_a_mark(self, cell: list[Run]) -> bool:
        """A cell of several runs, one of them a mark under a vote column and another in a column of
        its own: a mark set close to the next column's name (narrow vote columns) is a cell apart."""
        cols = {self.column(r.left, r.right) for r in cell}
        return len(cols) > 1 and any(
            r.right - r.left <= _MARK_WIDTH and self.column(r.left, r.right) in self.votes for r in cell
        )

    def stood_here(self, j: int, left: float, right: float) -> bool:
        """A box whose left edge or centre is where one of column j's cells stood, or whose left edge or
        centre is the header cell's (a column no row of the last page filled: an ersättare's name under
        its label, the only "X" under "Nej" centred under it)."""
        centre = (left + right) / 2
        lo, hi = self.boxes[j]
        return (
            any(abs(left - a) <= _ANCHOR_TOL for a in self.lefts[j])
            or any(abs(centre - a) <= _ANCHOR_TOL for a in self.centres[j])
            or abs(left - lo) <= _ANCHOR_TOL
            or abs(centre - (lo + hi) / 2) <= _ANCHOR_TOL
            # a mark in a column the last page left empty ("Nej" of a list's second half) stands as
            # marks stood under the other columns: a printer sets every vote column's marks alike
            or (right - left <= _MARK_WIDTH and any(abs(centre - lo - a) <= _ANCHOR_TOL for a in self.marks))
        )

    def remember(self, j: int, left: float, right: float) -> None:
        """Note where a data cell of column j stood."""
        self.lefts[j].add(round(left))
        self.centres[j].add(round((left + right) / 2))
        if right - left <= _MARK_WIDTH:
            self.marks.add(round((left + right) / 2 - self.boxes[j][0]))


@dataclass
class Table:
    """Rows start..end (exclusive) of a page are a table, printed as `lines`."""

    start: int
    end: int
    lines: list[str]


#: A row's cells by column: (text, left, right), the text "" where the column is empty.
_Cells = list[tuple[str, float, float]]


def _fit(row: Row, grid: Grid, strict: bool, first_only: bool = False) -> _Cells | None:
    """The row's cells by column, or None when the row does not fit: a run that fits no column, two
    separate cells in one column or (strict) a cell where no cell of the table stood (`first_only`: in
    the first column; a mark may stand in a column no row of the last page used)."""
    size = row.size
    owner: dict[int, int] = {}
    runs_of: dict[int, list[Run]] = {}
    for k, cell in enumerate(row.cells(gap=1.5 * size)):
        j = grid.column(cell[0].left, cell[-1].right)
        if j is not None and len(cell) > 1 and grid.holds_a_mark(cell):
            j = None  # "X  Öst, Eva" set close: the mark under its vote column, the name in the next one
        placed = [(j, cell)] if j is not None else [(grid.column(r.left, r.right), [r]) for r in cell]
        for col, runs in placed:
            if col is None or owner.get(col, k) != k:
                return None
            anchored = col == 0 or not first_only
            if strict and anchored and not grid.stood_here(col, runs[0].left, runs[-1].right):
                return None
            owner[col] = k
            runs_of.setdefault(col, []).extend(runs)
    cells: _Cells = [("", 0.0, 0.0)] * len(grid.boxes)
    for col, runs in runs_of.items():
        cells[col] = (cell_text(runs, size), runs[0].left, runs[-1].right)
    return cells


def _close(prev: Row, row: Row, gaps: list[float]) -> bool:
    """The row is near enough under `prev` to belong to the same table (the usual gap is taken between
    rows apart: the lines of a cell set beside a number in the middle of its row overlap it)."""
    gap = prev.bottom - row.top
    apart = [g for g in gaps if g > 0]
    usual = _GAP_USUAL * statistics.median(apart) if apart else 0.0
    return gap <= max(_GAP_HEIGHTS * max(row.size, prev.size), usual)


def _grow(rows: list[Row], first: int, grid: Grid, strict: bool) -> list[_Cells]:
    """Cells of the rows from `first` on that fit the grid, as long as they are close."""
    fitted: list[_Cells] = []
    gaps: list[float] = []
    for k in range(first, len(rows)):
        if k > first or not strict:
            prev = rows[k - 1]
            if not _close(prev, rows[k], gaps):
                break
            gaps.append(prev.bottom - rows[k].top)
        cells = _fit(rows[k], grid, strict, first_only=k > first)
        if cells is None:
            break
        fitted.append(cells)
    return fitted


def _needs_columns(fitted: list[_Cells]) -> bool:
    """Rows that lose a column when their cells are simply joined: an empty cell between filled ones
    in a row whose first cell is filled, on a table of two such rows or more."""
    texts = [[t for t, _, _ in c] for c in fitted]
    keyed = [c for c in texts if c[0] and sum(1 for x in c if x) >= 2]
    gapped = any("" in c[: max(k for k, x in enumerate(c) if x)] for c in keyed)
    return len(keyed) >= 2 and gapped


def _lines(rows: list[Row], first: int, fitted: list[_Cells], grid: Grid, lists: bool = False) -> list[str]:
    """The table's lines: a row with its first cell filled by column, any other row as printed (every
    row by column under `lists`: names under "Ja-röster  Nej-röster", where an empty first cell means
    the Ja list has ended). A vote table's name cell wrapped over lines is one row's (`join_wrapped`)."""
    if grid.votes:
        rows, fitted = join_wrapped(rows[first : first + len(fitted)], fitted)
        first = 0
    out = []
    for k, cells in enumerate(fitted):
        row = rows[first + k]
        if cells[0][0] or lists:
            out.append("\t".join(t for t, _, _ in cells).rstrip("\t"))
            for j, (text, left, right) in enumerate(cells):
                if text:
                    grid.remember(j, left, right)
        else:
            out.append("\t".join(cell_text(c, row.size) for c in row.cells(gap=1.5 * row.size)))
    return out


def _centred(fitted: list[_Cells]) -> bool:
    """An agenda table whose row numbers stand in the middle of their rows: two numbered rows or more
    with nothing in the title column beside the number (the title's lines are above and below it)"""
    numbered = [c for c in fitted if _NUMBER_CELL.match(c[0][0]) and len(c) >= 3]
    if len(numbered) < 2 or len(fitted) == len(numbered):
        return False
    # ... or a title's line above the first number, right under the header.
    return sum(1 for c in numbered if not c[1][0]) >= 2 or (not fitted[0][0][0] and bool(fitted[0][1][0]))


def _centred_lines(rows: list[Row], first: int, fitted: list[_Cells]) -> list[str]:
    """A centred agenda table's lines, row by row: each line of a cell goes to the numbered row whose
    middle is nearest its own (a cell of two lines prints one above the number and one under it), and
    each numbered row is printed from its top line down: "4⇥Title…⇥KS 2026/214⇥Presenter", then the
    lines of its cells that follow."""
    mid = [(rows[first + k].top + rows[first + k].bottom) / 2 for k in range(len(fitted))]
    anchors = [k for k, c in enumerate(fitted) if _NUMBER_CELL.match(c[0][0])]
    if not anchors:
        return []
    parts: dict[int, list[list[tuple[float, str]]]] = {a: [[] for _ in fitted[0]] for a in anchors}
    for k, cells in enumerate(fitted):
        owner = min(anchors, key=lambda a: (abs(mid[a] - mid[k]), a))
        for j, (text, _, _) in enumerate(cells):
            if text:
                parts[owner][j].append((mid[k], text))
    out = []
    for a in anchors:
        cols = [[t for _, t in sorted(col, key=lambda x: -x[0])] for col in parts[a]]
        for i in range(max(len(c) for c in cols)):
            out.append("\t".join(c[i] if i < len(c) else "" for c in cols).rstrip("\t"))
    return out


def _header_cells(row: Row) -> list[list[Run]]:
    """A header row's cells: runs apart by a gap, and vote labels set close together each a cell of
    their own ("Nej  Avst" with less than the gap between them are two columns), as are labels drawn
    apart by more than a word space ("Parti  Tjänstgörande ersättare", `_label_runs`)."""
    out: list[list[Run]] = []
    for cell in row.cells(gap=1.5 * row.size):
        if len(cell) > 1 and (
            all(_VOTE_LABEL.match(r.text.strip()) for r in cell)
            or all(_AGENDA_LABEL.match(r.text.strip()) for r in cell)
            # "Parti Ja", "Ledamot Parti Ja" set a word space apart: a vote table's labels each a column
            or (
                any(_VOTE_LABEL.match(r.text.strip()) for r in cell)
                and all(_VOTE_LABEL.match(r.text.strip()) or _NAME_LABEL.match(r.text.strip()) for r in cell)
            )
        ):
            out += [[r] for r in cell]
        else:
            for part in _vote_label_parts(cell):
                out += [p for labels in _label_runs(part, row.size) for p in _party_apart(labels)]
    return out


#: A party column's label: never a word of a longer label.
_PARTY_LABEL = re.compile(r"(?i)^(?:parti|partibeteckning)$")


def _party_apart(cell: list[Run]) -> list[list[Run]]:
    """A header cell cut around a party label drawn as a run of its own: "Parti" set a word space from
    the next label ("Parti Tjänstgörande ersättare", the member's party beside the serving ersättare's
    name) is a column of its own, else the ersättare's name and the member's party fall in one column
    and the table ends at the first row with an ersättare."""
    parts: list[list[Run]] = []
    for run in cell:
        alone = bool(_PARTY_LABEL.match(run.text.strip()))
        if not parts or alone or _PARTY_LABEL.match(parts[-1][-1].text.strip()):
            parts.append([run])
        else:
            parts[-1].append(run)
    return parts


#: What may follow a vote label in its own cell: its count ("Ja (3)", "Nej: 2").
_LABEL_COUNT = re.compile(r"^[(:]?\s*\d{1,3}\s*\)?:?$")


def _vote_label_parts(cell: list[Run]) -> list[list[Run]]:
    """A header cell cut around its vote labels: a vote label is a column of its own, never part of a
    longer label, so "Nej  Avst  Ledamot" set close (a vote table printed as two halves side by side,
    the second half's name column right after the first half's Avstår) is three columns, not one; a
    count after a label stays with it ("Ja (3)")."""
    parts: list[list[Run]] = []
    after_label = False
    for run in cell:
        text = run.text.strip()
        label = bool(_VOTE_LABEL.match(text))
        count = after_label and bool(_LABEL_COUNT.match(text))
        if parts and (count or not (label or after_label)):
            parts[-1].append(run)
        else:
            parts.append([run])
        after_label = label and not count
    return parts


def _label_runs(cell: list[Run], size: float) -> list[list[Run]]:
    """A header cell split where its runs stand apart by more than a word space (the font size): two
    column labels set close ("Parti   Tjänstgörande ersättare") are two columns; a label the PDF drew
    word by word ("Tjänstgörande ersättare") stays one."""
    out: list[list[Run]] = [[cell[0]]]
    for prev, run in itertools.pairwise(cell):
        if run.left - prev.right > size:
            out.append([run])
        else:
            out[-1].append(run)
    return out


def _header_boxes(row: Row) -> list[tuple[float, float, str]] | None:
    """(left, right, text) of a header row's cells, or None when the row is no header: a header cell
    is a label ("Ledamot", "Tjänstgörande ersättare", "Avstår"), not a line of prose in a column, and
    a row that starts with an item's number or holds a case number is an agenda row, not its header
    ("7.  Revidering av reglemente för  Dnr KS 2026/290", a short title over its second line)."""
    cells = _header_cells(row)
    texts = [cell_text(c, row.size) for c in cells]
    if any(len(t) > _HEADER_CHARS or len(t.split()) > _HEADER_WORDS for t in texts):
        return None
    if texts and (_NUMBER_CELL.match(texts[0]) or any(find_dnr(t) for t in texts)):
        return None
    if any(_DATA_CELL.match(t) for t in texts):
        return None
    return [(c[0].left, c[-1].right, t) for c, t in zip(cells, texts, strict=True)]


def _header_at(rows: list[Row], i: int) -> tuple[int, int, list[tuple[float, float, str]]] | None:
    """(first row, last row, cells) of a header starting at row i: the row itself, or one of the two
    close rows under it with more cells ("Votering 1  Votering 2" over "Ledamot  Parti  Ja  Nej  Avstår
    Ja  Nej  Avstår"), which keeps the cells of the rows above that stand over none of its own
    ("Ledamot  Parti  Omröstning" over "Ja  Nej  Avstår": five columns)."""
    best = _header_boxes(rows[i])
    if best is None:
        return None
    first = head = i
    for k in range(i + 1, min(i + 3, len(rows))):
        lower = _header_boxes(rows[k]) if _close(rows[k - 1], rows[k], []) else None
        if lower is None:
            break
        kept = [b for b in best if not any(b[0] < r and lo < b[1] for lo, r, _ in lower)]
        if kept and sum(1 for _, _, t in lower if _VOTE_LABEL.match(t)) < 2:
            kept = []  # only a row with vote labels is the lower half of a header
        if len(lower) + len(kept) > len(best):
            best, head = sorted(lower + kept), k
            first = i if kept else k
    return first, head, best


def _may_head(rows: list[Row], i: int) -> bool:
    """Row i may start a table's header: three cells or more, or two over a close row of vote labels
    ("Ledamot  Omröstning" over "Parti  Ja  Nej  Avstår")."""
    n = len(_header_cells(rows[i]))
    if n >= 3:
        return True
    if n < 2 or i + 1 >= len(rows) or not _close(rows[i], rows[i + 1], []):
        return False
    below = [cell_text(c, rows[i + 1].size) for c in _header_cells(rows[i + 1])]
    return sum(1 for t in below if _VOTE_LABEL.match(t)) >= 2


def _table_at(rows: list[Row], i: int) -> tuple[Table, Grid] | None:
    """A table whose header starts at row i (`_header_at`)."""
    found = _header_at(rows, i)
    if found is None:
        return None
    first, head, cells = found
    votes = frozenset(j for j, (_, _, t) in enumerate(cells) if _VOTE_LABEL.match(t))
    grid = Grid([(lo, hi) for lo, hi, _ in cells], votes=votes)
    fitted = _grow(rows, head + 1, grid, strict=False)
    lists = all(_LIST_HEAD.match(t) for _, _, t in cells) and any(not c[0][0] for c in fitted)
    # "Ja  Nej  Avstår  Ledamot  Parti": the marks stand before the names, so a row's first cell is
    # empty whenever its vote is not the first column's; every row is read by column
    grid.by_column = bool(cells) and bool(_VOTE_LABEL.match(cells[0][2])) and len(cells) >= 3
    lists = lists or grid.by_column
    centred = _centred(fitted)
    if not (_needs_columns(fitted) or lists or centred or _votes_at_foot(rows, head, fitted, cells)):
        return None
    header = "\t".join(t for _, _, t in cells)
    rows_out = (
        _centred_lines(rows, head + 1, fitted) if centred else _lines(rows, head + 1, fitted, grid, lists)
    )
    return Table(first, head + 1 + len(fitted), [header, *rows_out]), grid


def _votes_at_foot(
    rows: list[Row], head: int, fitted: list[_Cells], cells: list[tuple[float, float, str]]
) -> bool:
    """A vote table ("Ledamot  Ja  Nej  Avstår") running to the page's foot after a row or two whose marks
    need no columns yet ("Stefan Holm (S)  X" under Ja): its columns are what the rows on the next page
    are read by, so the table is kept."""
    votes = sum(1 for _, _, t in cells if _VOTE_LABEL.match(t)) >= 2
    return votes and bool(fitted) and len(rows) - (head + 1 + len(fitted)) <= _FOOT_ROWS


def _continued(rows: list[Row], grid: Grid) -> Table | None:
    """The carried table going on near the top of this page: the first rows that fit it strictly."""
    for i in range(min(len(rows), 10)):
        row, label = _beside_label(rows[i], grid)
        cells = _fit(row, grid, strict=True)
        if cells is None or not (cells[0][0] or grid.by_column) or sum(1 for t, _, _ in cells if t) < 2:
            continue
        page = [*rows[:i], row, *rows[i + 1 :]]
        fitted = _grow(page, i, grid, strict=True)
        if len(fitted) >= 1:
            lines = _lines(page, i, fitted, grid, grid.by_column)
            lines[0] = f"{label}\t{lines[0]}" if label else lines[0]
            return Table(i, i + len(fitted), lines)
    return None


def _beside_label(row: Row, grid: Grid) -> tuple[Row, str]:
    """A row without the paragraph's continuation label set in the margin left of the table ("§ 32
    forts.⇥Anna Ek⇥S⇥⇥X" at a page's top), and the label ("" for none): the rest fits the columns."""
    first = row.cells(gap=1.5 * row.size)[0]
    text = cell_text(first, row.size)
    beside = len(first) < len(row.runs) and first[-1].right <= grid.boxes[0][0] - _TOL
    if not beside or not CONTINUED.fullmatch(text):
        return row, ""
    return Row(row.runs[len(first) :], row.top, row.bottom), text


def _header_above(rows: list[Row], cont: Table) -> bool:
    """The page repeats the table's header above the rows that go on with it: read them under it."""
    heads = [k for k in range(cont.start) if len(_header_cells(rows[k])) >= 3]
    return any(_table_at(rows, k) is not None for k in heads)


def find_tables(rows: list[Row], carry: Grid | None = None) -> tuple[list[Table], Grid | None]:
    """The tables of a page whose rows need their columns (see the module docstring).

    Args:
        rows: The page's rows, top to bottom.
        carry: The columns of a table that ran to the foot of the previous page, or None.

    Returns:
        The tables in page order, and the columns of a table running to this page's foot (or None).
    """
    tables: list[Table] = []
    grids: list[Grid] = []
    i = 0
    if carry is not None and (cont := _continued(rows, carry)) is not None and not _header_above(rows, cont):
        tables.append(cont)
        grids.append(carry)
        i = cont.end
    while i < len(rows):
        if _may_head(rows, i) and (found := _table_at(rows, i)) is not None:
            tables.append(found[0])
            grids.append(found[1])
            i = found[0].end
            continue
        i += 1
    if tables and len(rows) - tables[-1].end <= _FOOT_ROWS:
        return tables, grids[-1]
    return tables, None
