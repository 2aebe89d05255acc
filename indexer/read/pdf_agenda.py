"""A kallelse's agenda table on a PDF page, read row by row: each cell's wrapped lines joined under
its header column.

A föredragningslista is often a table "Nr | Ärende | Dnr | Föredragande" whose cells wrap over two or
three lines, and a word processor centres the shorter cells of a row vertically: the number, the case
number and the first lines of the title and the presenter then stand on different printed lines, the
number beside the title's second line. Read line by line the title loses its first or last line, or
the case number is taken for the title. Here such a table is found by its header row (three cells or
more, one of them an Ärende column and one a number or a case-number or presenter column), its rows
are grouped into records by the white space between them (the lines of one record stand close, records
stand apart by the cell padding: the widest jump between the sorted gaps tells the two apart), and each
record is printed as one line, its cells in
header order with the number first and the title second ("4⇥Delårsrapport … för Gnosjö kommun⇥KS
2026/214⇥Ekonomichef Tobias Hjalmarsson"), the header likewise, so `indexer.segment.tables` reads
title, case number and presenter from their cells. Where no white space separates the records (cells
top-aligned on single-spaced lines) a record starts at its number. Labelled lines under the title in
the Ärende cell ("Förslag: …", "Regionstyrelsens förslag: …") are printed under the row as its notes, and
a blank line ends the table (what follows is no cell of its last row). A table that runs to the foot
of a page goes on at the top of the next without its header where a row there fits its columns and
starts with a number (`AgendaGrid` carries its header over the break). The header test, the number and
title columns, the split at numbers and the printed line are `indexer.read.agenda_table`'s, shared with
the same table in a text export (`indexer.segment.spaced_agenda`).
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field

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
from indexer.read.pdf_rows import Row, Run, cell_text, fit_columns
from indexer.read.pdf_tables import Grid, Table
from indexer.segment.breaks import is_break

__all__ = ["AgendaGrid", "find_agenda_tables", "merge_tables"]


def _header(row: Row) -> list[tuple[float, float, str]] | None:
    """The header's cells (left, right, text), or None when the row is no agenda table header
    (`indexer.read.agenda_table.is_header`).

    Cells are the row's runs apart by more than a word gap, so "Nr  Ärende" set close together are two.
    """
    cells = row.cells(gap=0.8 * row.size)
    boxes = [(c[0].left, c[-1].right, cell_text(c, row.size)) for c in cells]
    if not is_header([t for _, _, t in boxes]):
        return None
    if TITLE_HEAD.match(boxes[0][2]):  # the numbers' column has no header: it is left of the title's
        boxes.insert(0, (-1e9, boxes[0][0] - 1.0, ""))
    return boxes


def _records(
    rows: list[Row], fitted: list[dict[int, list[Run]]], num: int, title: int, headings: set[int]
) -> list[list[int]]:
    """The table's rows (indexes) grouped into records: split at the wider kind of white space between
    rows (the widest jump between the sorted gaps, when it is a good part of a line), and, where that
    leaves two numbers in one record, before each numbered row; a title centred on its number over
    three lines set as far apart as records are is one record (`_centred_title_records`). A group
    heading (`headings`) is a record of its own, like a break."""
    size = statistics.median(r.size for r in rows)
    gaps = [rows[k - 1].bottom - rows[k].top for k in range(1, len(rows))]
    cut = float("inf")
    # the space around a group heading is no measure of the records' (an empty row may stand above it)
    ordered = sorted(g for k, g in enumerate(gaps, start=1) if k not in headings and k - 1 not in headings)
    jumps = [(b - a, (a + b) / 2) for a, b in itertools.pairwise(ordered)]
    if jumps and max(jumps)[0] > 0.4 * size:
        cut = max(jumps)[1]
    groups: list[list[int]] = []
    for k in range(len(rows)):
        if not groups or gaps[k - 1] > cut:
            groups.append([])
        groups[-1].append(k)
    out: list[list[int]] = []
    for g in groups:
        out += split_at_numbers(
            g,
            [_is_number(fitted[k].get(num)) for k in g],
            [k in headings or (title in fitted[k] and is_break(cell_text(fitted[k][title], 1.0))) for k in g],
        )
    return _centred_title_records(rows, fitted, out, num, title)


def _title_only(cells: dict[int, list[Run]], title: int) -> bool:
    return list(cells) == [title]


def _centred_title_records(
    rows: list[Row], fitted: list[dict[int, list[Run]]], records: list[list[int]], num: int, title: int
) -> list[list[int]]:
    """Records joined where a title cell's lines stand as far apart as the records do: a numbered record
    of one line between two records of a title line alone, the number's line right in the middle of
    them, is one record of three lines (the cell's lines centred on the number, "Investeringsbudget 2027
    –" / "5  omfördelning av medel …  KS 2026/214" / "av Edsgärdet …"): read by the white space the
    line above went to the record before and the title lost its first line."""
    out: list[list[int]] = []
    k = 0
    while k < len(records):
        g = records[k]
        if (
            k + 2 < len(records)
            and len(records[k + 1]) == 1
            and len(g) == 1
            and len(records[k + 2]) == 1
            and _title_only(fitted[g[0]], title)
            and _title_only(fitted[records[k + 2][0]], title)
            and not any(is_break(cell_text(fitted[r[0]][title], 1.0)) for r in (g, records[k + 2]))
            and _is_number(fitted[records[k + 1][0]].get(num))
            and title in fitted[records[k + 1][0]]
        ):
            above, mid, below = rows[g[0]], rows[records[k + 1][0]], rows[records[k + 2][0]]
            centre = (mid.top + mid.bottom) / 2
            if abs((above.top + below.bottom) / 2 - centre) <= 0.3 * mid.size:
                out.append([g[0], records[k + 1][0], records[k + 2][0]])
                k += 3
                continue
        out.append(g)
        k += 1
    return out


#: A title cell's first run opening with the point's number: "2. Budgetuppföljning …", "3) Yttrande …".
_NUMBER_FIRST = re.compile(r"^(\s*\d{1,3}[.)])\s+\S")


def _numbers_out_of_titles(fitted: list[dict[int, list[Run]]], num: int, title: int) -> None:
    """A table whose header names no number column ("Ärende | Dnr | Föredragande") may print each point's
    number first in its title cell ("1. Val av justerare"): that number is the row's, set in the number
    column, its width the characters' share of the run's (the title cell keeps the rest)."""
    for cells in fitted:
        runs = cells.get(title)
        m = _NUMBER_FIRST.match(runs[0].text) if runs else None
        if not runs or not m:
            continue
        first = runs[0]
        cut = first.left + first.width * len(m.group(1)) / max(len(first.text), 1)
        rest = first.text[m.end(1) :].lstrip()
        cells[num] = [Run(first.left, first.bottom, cut, first.top, m.group(1).strip())]
        cells[title] = [Run(cut, first.bottom, first.right, first.top, rest), *runs[1:]]


def _group_heading(
    rows: list[Row], k: int, boxes: list[tuple[float, float, str]], num: int, title: int
) -> bool:
    """Whether row k, fitting no column, is one cell set across the table from the numbers' column over
    the title's, a heading of the points under it (`indexer.read.agenda_groups`)."""
    row = rows[k]
    if len(row.cells(gap=1.5 * row.size)) != 1 or row.runs[0].left >= boxes[title][0] - 0.5 * row.size:
        return False
    below: list[tuple[bool, bool]] = []
    for nxt in rows[k + 1 : k + 4]:
        cells = fit_columns(nxt, boxes)
        below.append((cells is not None, cells is not None and _is_number(cells.get(num))))
    return is_group_heading(cell_text(row.runs, row.size), below)


def _is_number(runs: list[Run] | None) -> bool:
    return bool(runs) and NUMBER.match(" ".join(r.text.strip() for r in runs or [])) is not None


def _breaks(lines: list[list[Run]], edge: float) -> list[int]:
    """The lines of a title cell that the line above did not wrap onto: the first word would have fitted
    on the line above, short of the cell's right edge (`edge`, the rightmost any line of the column
    reaches). A word processor wraps only a word that does not fit, so such a line starts a paragraph
    of its own: the description under a title ("Ingen beslutspunkt.", "Delegationsbeslut fattade …")."""
    out: list[int] = []
    texts = [cell_text(runs, 1.0) for runs in lines]
    for k in range(1, len(lines)):
        above, here = lines[k - 1], lines[k]
        text = texts[k].strip()
        if not text or not texts[k - 1].strip():
            continue
        first = here[0]
        chars = max(len(first.text.strip()), 1)
        per_char = first.width / chars
        word = len(text.split()[0]) * per_char
        if above[-1].right + per_char + word < edge - per_char:
            out.append(k)
    # A title that wrapped right up to the edge: the description's first line could not have gone on
    # it, so the width tells nothing; a capitalised word after a title line that ends no phrase starts
    # it ("Ekonomisk uppföljning per oktober 2026" / "Prognosen visar ett underskott …";
    # `title_and_notes` takes it only when the cell's lines from there on end with a full stop).
    stop = min(out, default=len(lines))
    return [k for k in range(1, stop) if _sentence_after_title(texts[k - 1], texts[k])][:1] + out


#: A title line that the next line goes on: it ends with a word that joins ("Yttrande över motion om
#: trygghetsboende i" / "Brösarp"), a dash or a comma.
_JOINS_NEXT = re.compile(
    r"(?i)(?:\b(?:i|för|och|av|om|till|på|med|från|inom|enligt|över|under|mot|samt|vid|efter|hos|inför|"
    r"angående|avseende|gällande|ang\.|avs\.|kv\.|nr|del)|[–,:/&+-])$"
)
#: A description's first line: a capitalised word (not an abbreviation or a number) and two words more.
_SENTENCE_LINE = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+(?:\s+\S+){2,}")


def _sentence_after_title(above: str, here: str) -> bool:
    """A line that starts a sentence after a title line that ends no phrase."""
    return bool(_SENTENCE_LINE.match(here.strip())) and not _JOINS_NEXT.search(above.strip())


@dataclass
class AgendaGrid(Grid):
    """The header cells of an agenda table that ran to the foot of a page (carried to the next)."""

    head: list[tuple[float, float, str]] = field(default_factory=list)


#: An agenda table ending within this many rows of the page's foot (a page number, a footer) may go on.
_FOOT_ROWS = 2
#: A table going on from the page before starts within this many rows of the page's top.
_TOP_ROWS = 6


def _read(
    rows: list[Row], first: int, boxes: list[tuple[float, float, str]], head: bool, min_numbered: int
) -> Table | None:
    """The table whose body starts at row `first` under the header `boxes` (printed on row first - 1
    when `head`), or None when fewer than `min_numbered` of its rows have a number."""
    cols = number_and_title([t for _, _, t in boxes])
    if cols is None:
        return None
    num, title = cols
    body: list[Row] = []
    fitted: list[dict[int, list[Run]]] = []
    headings: set[int] = set()
    for k in range(first, len(rows)):
        prev = rows[k - 1]
        # measured in the table's own type, not the two rows': a case number set small under a title and
        # a small "Paus" row stand as far apart as any two records (kommuner42's Götene kallelse)
        size = max(prev.size, rows[k].size, statistics.median(r.size for r in body) if body else 0.0)
        apart = prev.bottom - rows[k].top > 4 * size
        if (body or head) and apart:  # the row under the header, or under the last row, far below
            break
        cells = fit_columns(rows[k], boxes)
        if cells is None and _group_heading(rows, k, boxes, num, title):
            headings.add(len(body))  # "Beslutsärenden" across the table: its own line, the table goes on
            cells = {title: rows[k].runs}
        if cells is None:
            break
        body.append(rows[k])
        fitted.append(cells)
    if not any(_is_number(cells.get(num)) for cells in fitted):
        _numbers_out_of_titles(fitted, num, title)
    records = _records(body, fitted, num, title, headings) if body else []
    numbered = [any(_is_number(fitted[k].get(num)) for k in g) for g in records]
    # A table whose number column is named ("§", "Nr") but left empty in every row (the numbers are set
    # at the meeting): its records, apart by the cell padding, are its rows all the same.
    unnumbered = head and bool(boxes[num][2]) and len(records) >= 2 and not any(numbered)
    unnumbered = unnumbered and not any(fitted[k].get(num) for g in records for k in g)
    if not unnumbered and (sum(numbered) < min_numbered or (not head and not (numbered and numbered[0]))):
        return None
    order = column_order(len(boxes), num, title)
    lines = ["\t".join(boxes[j][2] for j in order)] if head else []
    edge = max((r.right for cells in fitted for r in cells.get(title, [])), default=0.0)
    for g in records:
        lines += record_lines(
            [
                [p for p in (cell_text(fitted[k][j], body[k].size) for k in g if j in fitted[k]) if p]
                for j in order
            ],
            _breaks([fitted[k][title] for k in g if title in fitted[k]], edge),
            keep_columns=unnumbered,
        )
    # A blank line closes the table: what follows (a note, the signature) is no cell of its last row.
    return Table(first - 1 if head else first, first + len(body), [*lines, ""])


def find_agenda_tables(
    rows: list[Row], carry: AgendaGrid | None = None
) -> tuple[list[Table], AgendaGrid | None]:
    """The agenda tables of a page (see the module docstring), in page order.

    Args:
        rows: The page's rows, top to bottom.
        carry: The header of an agenda table that ran to the foot of the page before, or None.

    Returns:
        Each table's rows (start, end) and its lines (the header, then one line per record), and the
        header of a table that runs to this page's foot (or None). A carried table goes on at the top
        of the page without its header where its first row there fits the columns and has a number.
    """
    out: list[Table] = []
    boxes: list[tuple[float, float, str]] | None = None
    i = 0
    if carry is not None and not any(_header(rows[k]) for k in range(min(len(rows), _TOP_ROWS))):
        for k in range(min(len(rows), _TOP_ROWS)):
            table = _read(rows, k, carry.head, head=False, min_numbered=1)
            if table is not None:
                out.append(table)
                boxes, i = carry.head, table.end
                break
    while i < len(rows):
        head = _header(rows[i])
        table = _read(rows, i + 1, head, head=True, min_numbered=2) if head is not None else None
        if table is not None:
            out.append(table)
            boxes, i = head, table.end
        else:
            i += 1
    if out and boxes is not None and len(rows) - out[-1].end <= _FOOT_ROWS:
        return out, AgendaGrid([(a, b) for a, b, _ in boxes], head=boxes)
    return out, None


def merge_tables(agenda: list[Table], tables: list[Table]) -> list[Table]:
    """The agenda tables and the other tables of a page that do not overlap them, in page order."""
    kept = [t for t in tables if not any(t.start < a.end and a.start < t.end for a in agenda)]
    return sorted(agenda + kept, key=lambda t: t.start)
