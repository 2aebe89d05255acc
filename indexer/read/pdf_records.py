"""A list of decisions printed as a table on a PDF page, read record by record: "Datum | Dnr | Ärende |
Delegat | Beslut" (a delegationslista, a list of anmälda beslut).

Its cells wrap over two or three lines and a word processor centres the shorter cells of a row
vertically, so read line by line a decision maker's name is cut in two ("Regiondirektör Magnus" two
lines above "Lindén"), a case number too ("RS" over "2026/0602-14"), and the date stands beside the
middle line of the matter. Here such a table is found by its header row (three cells or more of a few
words: a date column, a matter or decision column and a decision maker's column), its rows are grouped
into records around their dates (`_groups`) and each record is printed as one line, its cells in header order,
each cell's lines joined ("2026-09-03⇥RS 2026/0912⇥Avtal om konsultstöd för ny vårdplaneringstjänst⇥
Regiondirektör Magnus Lindén⇥Avtal tecknat, 480 000 kr"), the header likewise. A table of fewer than two
dated records is left as it is.
"""

from __future__ import annotations

import re
import statistics

from indexer.read.pdf_rows import Row, Run, cell_text, fit_columns
from indexer.read.pdf_tables import Table

__all__ = ["find_record_tables"]

#: The date column's header.
_DATE_HEAD = re.compile(r"(?i)^(?:datum|beslutsdatum|beslutad|beslutsdag)$")
#: The decision maker's column: "Delegat", "Beslutsfattare", "Beslutad av".
_MAKER_HEAD = re.compile(r"(?i)^(?:delegat|delegater|beslutsfattare|beslutad av|beslut fattat av|fattat av)$")
#: The matter's or the decision's column.
_MATTER_HEAD = re.compile(r"(?i)^(?:ärende|ärendemening|ärenderubrik|rubrik|beslut|beslutet|åtgärd|ämne)$")
#: A date cell: "2026-09-03".
_DATE = re.compile(r"^(?:19|20)\d\d-[01]\d-[0-3]\d$")
#: A header cell holds at most this many words.
_HEAD_WORDS = 4


def _header(row: Row) -> list[tuple[float, float, str]] | None:
    """The header's cells (left, right, text), or None when the row is no such header."""
    cells = row.cells(gap=0.8 * row.size)
    boxes = [(c[0].left, c[-1].right, cell_text(c, row.size)) for c in cells]
    texts = [t for _, _, t in boxes]
    if not 3 <= len(texts) <= 8 or any(len(t.split()) > _HEAD_WORDS for t in texts):
        return None
    if not (any(_DATE_HEAD.match(t) for t in texts) and any(_MAKER_HEAD.match(t) for t in texts)):
        return None
    return boxes if any(_MATTER_HEAD.match(t) for t in texts) else None


def _groups(rows: list[Row], dated: list[bool]) -> list[list[int]]:
    """The rows (indexes) grouped into records, each holding one dated row; rows after the last record
    are left out. Where the first row has the date, the dates stand on the records' first lines and a
    record starts at its date. Else a word processor centred the date in its record: the record's lines
    stand as far below the date as its first line stands above it (its tallest cell's lines are centred
    on the same middle), so a record ends at the last row within that reach; no white space is needed
    between records (a ruled table has none beyond its lines' own spacing)."""
    if dated and dated[0]:
        at = [k for k, flag in enumerate(dated) if flag]
        return [list(range(a, b)) for a, b in zip(at, [*at[1:], len(rows)], strict=True)]
    tol = 0.5 * statistics.median(r.size for r in rows)
    groups: list[list[int]] = []
    k = 0
    while k < len(rows):
        d = next((j for j in range(k, len(rows)) if dated[j]), None)
        if d is None:
            break
        middle = _middle(rows[d])
        reach = _middle(rows[k]) - middle
        end = d
        while end + 1 < len(rows) and not dated[end + 1] and middle - _middle(rows[end + 1]) <= reach + tol:
            end += 1
        groups.append(list(range(k, end + 1)))
        k = end + 1
    return groups


def _middle(row: Row) -> float:
    return (row.top + row.bottom) / 2


def _read(rows: list[Row], first: int, boxes: list[tuple[float, float, str]]) -> Table | None:
    """The table whose header is row `first` - 1, or None when fewer than two of its records hold one
    date each."""
    date = next(j for j, (_, _, t) in enumerate(boxes) if _DATE_HEAD.match(t))
    body: list[Row] = []
    fitted: list[dict[int, list[Run]]] = []
    for k in range(first, len(rows)):
        prev = rows[k - 1]
        if prev.bottom - rows[k].top > 4 * max(prev.size, rows[k].size):
            break  # far below the last row: no row of the table
        cells = fit_columns(rows[k], boxes)
        if cells is None:
            break
        body.append(rows[k])
        fitted.append(cells)
    if not body:
        return None
    dated = [
        bool(fitted[k].get(date)) and bool(_DATE.match(cell_text(fitted[k][date], 1.0)))
        for k in range(len(body))
    ]
    records = _groups(body, dated)
    if len(records) < 2:
        return None
    body = body[: records[-1][-1] + 1]
    lines = ["\t".join(t for _, _, t in boxes)]
    for g in records:
        texts: list[str] = []
        for j in range(len(boxes)):
            parts = [cell_text(fitted[k][j], body[k].size) for k in g if fitted[k].get(j)]
            texts.append(" ".join(p for p in parts if p))
        lines.append("\t".join(texts).rstrip("\t"))
    return Table(first - 1, first + len(body), [*lines, ""])


def find_record_tables(rows: list[Row]) -> list[Table]:
    """The tables of decisions on a page (see the module docstring), in page order: each table's rows
    (start, end) and its lines (the header, then one line per record)."""
    out: list[Table] = []
    i = 0
    while i < len(rows):
        head = _header(rows[i])
        table = _read(rows, i + 1, head) if head is not None else None
        if table is not None:
            out.append(table)
            i = table.end
        else:
            i += 1
    return out
