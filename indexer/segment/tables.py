"""Agenda tables: markdown tables of a kallelse and tab-separated rows of minnesanteckningar.

Markdown (``| 3. | Ärende | Beteckning | Förslag |``): the header row names the
columns; a row with a number is an item, a row without a number is an item
only when something besides the title is filled in ("Val av justerare" with its
proposal) — otherwise it is a section heading ("Information",
"Beslutsärenden"). In the Ärende cell the title ends where the presenter, the
time slot or the document count begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.meta.dates import CLOCK_SPAN
from indexer.read.agenda_table import is_header
from indexer.segment.closing import starts_closing
from indexer.segment.common import (
    continues_title,
    ends_open,
    is_paren_dnr,
    join_lines,
    line_offsets,
    make_item,
)
from indexer.segment.dnr import Dnr, find_dnr_spans, parse_dnr
from indexer.segment.spaced_agenda import spaced_agenda
from indexer.types import Item

_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_SEP = re.compile(r"^\s*:?-{3,}:?\s*$")
_NUM = re.compile(r"^\s*(?:§\s*)?(\d{1,3})\s*\.?\s*$")
# Lines of an Ärende cell that end the title.
_TITLE_STOP = re.compile(
    rf"^(?:föredragande|presentatör|ansvarig|handläggare)\b|^{CLOCK_SPAN}$"
    r"|^\d+\s*st\s+dokument|^\d+\s*min(?:uter)?$|^kl\.?\s*\d",
    re.IGNORECASE,
)
_COLS = {
    "title": re.compile(r"^(ärende|ärenden|rubrik|punkt|ämne)$", re.I),
    "dnr": re.compile(r"^(beteckning|dnr|diarienummer|diarienr|ärendenummer)$", re.I),
    "proposal": re.compile(r"^(förslag|förslag till beslut|beslut|anteckning|kommentar)$", re.I),
}


def _cells(line: str) -> list[str] | None:
    m = _ROW.match(line)
    return [c.strip() for c in m.group(1).split("|")] if m else None


def _columns(header: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, cell in enumerate(header):
        for name, rx in _COLS.items():
            if name not in cols and rx.match(re.sub(r"[*_]", "", cell)):
                cols[name] = i
    return cols


def _split_title(cell: str) -> tuple[str, str]:
    """(title, rest) of an Ärende cell whose lines are separated by <br>."""
    parts = [p.strip() for p in re.split(r"<\s*br\s*/?\s*>", cell, flags=re.IGNORECASE)]
    for k, p in enumerate(parts):
        if k and _TITLE_STOP.search(p):
            return join_lines(parts[:k]), "\n".join(parts[k:])
    return join_lines(parts), ""


def split_markdown_agenda(text: str, hint: str | None) -> list[Item]:
    """Items of a markdown agenda table, or [] when there is none with at least two numbered rows."""
    lines = text.split("\n")
    offs = line_offsets(text)
    cols: dict[str, int] = {}
    items: list[Item] = []
    numbered = 0
    for i, ln in enumerate(lines):
        cells = _cells(ln)
        if cells is None or all(_SEP.match(c) or not c for c in cells):
            continue
        if any(_COLS["title"].match(re.sub(r"[*_]", "", c)) for c in cells):
            cols = _columns(cells)
            continue
        if "title" not in cols or cols["title"] >= len(cells):
            continue
        num_cell = cells[0] if cols["title"] > 0 else ""
        m = _NUM.match(num_cell)
        title_cell = cells[cols["title"]]
        title, rest = _split_title(title_cell)
        inline = None if m else re.match(r"(\d{1,3})[.)]?\s+(\S.*)$", title)
        if inline:  # "| 3. Verksamhetsplan 2025 | … |": the number inside the Ärende cell
            m, title = inline, inline.group(2)
        if not title:
            continue
        extra = [c for k, c in enumerate(cells) if k not in (0, cols["title"]) and c.strip(" -–")]
        if not m and not extra:
            continue  # a section heading row
        dnr_cell = cells[cols["dnr"]] if "dnr" in cols and cols["dnr"] < len(cells) else ""
        dnr = find_dnr_spans(dnr_cell, series_hint=hint, bare=True)
        proposal = cells[cols["proposal"]] if "proposal" in cols and cols["proposal"] < len(cells) else ""
        body = "\n".join(x for x in (rest, proposal.strip(" -–")) if x)
        number = m.group(1) if m else None
        numbered += bool(m)
        items.append(make_item(number, title, body, offs[i], hint, dnr))
    return items if numbered >= 2 else []


_TAB_ROW = re.compile(r"^\s*(\d{1,3})\.?\t+([^\t]+)(?:\t(.*))?$")
# A row whose wider number left no room for the tab stop: "10. Övriga frågor" under "9.⇥…", its
# other cells after tabs as in any row ("11. Val av ersättare⇥Dnr KS 2026/15").
_SPACE_ROW = re.compile(r"^\s*(\d{2,3})\.[ ]([A-ZÅÄÖ][^\t]*)(?:\t(.*))?$")
# A line under a row that starts the row's notes: "Förslag: …", "Regionstyrelsens förslag: …", "Bilaga: …".
_NOTE_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){0,3}\s*:\s")
# A person in a presenter column: "Karin Wennberg", "Johanna Ek-Lindberg,".
_NAME_WORD = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_NAME_CELL = re.compile(rf"^{_NAME_WORD}(?: {_NAME_WORD}){{1,2}},?$")


#: The heading of a group of an agenda's points, a row of its own: "Informationsärenden", "Beslutsärenden",
#: "Ärenden för kännedom". A title never wraps onto such a line.
GROUP_HEAD = re.compile(
    r"(?i)^(?:(?:beslut|information|anmälning|delgivning|delegation|övriga )s?ärenden"
    r"|ärenden för (?:beslut|information|kännedom|diskussion)|för (?:beslut|kännedom|information)"
    r"|informationspunkter|beslutspunkter)\s*:?$"
)


_PRESENTER_HEAD = re.compile(r"^(?:föredragande|presentatör|ansvarig|handläggare)$", re.I)


@dataclass
class _Columns:
    """What the table's columns are, from its header row (or its rows, without one)."""

    text: bool  # a column of text besides the title and the case number (a presenter, a note)
    presenter: str | None  # that column's header when it is the only one and names a presenter
    dnr: bool  # a column of case numbers: a number alone on a line under a row is the row's


def _columns_of(lines: list[str], rows: list[tuple[int, re.Match[str]]], hint: str | None) -> _Columns:
    """The table's columns ("Nr / Ärende / Dnr / Föredragande")."""
    head = next((ln for ln in reversed(lines[: rows[0][0]]) if ln.strip()), "")
    cells = [w for c in head.split("\t") if c.strip() for w in _head_cells(c.strip())]
    if any(_COLS["title"].match(c) for c in cells):
        others = [
            c for c in cells if not any(rx.match(c) for rx in (_COLS["title"], _COLS["dnr"], _NUM_HEAD))
        ]
        presenter = others[0] if len(others) == 1 and _PRESENTER_HEAD.match(others[0]) else None
        return _Columns(bool(others), presenter, any(_COLS["dnr"].match(c) for c in cells))
    notes = [c for _, m in rows for c in (m.group(3) or "").split("\t") if c.strip()]
    return _Columns(any(not _dnr_cell(c, hint) for c in notes), None, False)


_NUM_HEAD = re.compile(r"^(?:nr|nummer|punkt|§)\.?$", re.I)


def _head_cells(cell: str) -> list[str]:
    """A header cell as the column heads it holds: two heads set close together read as one cell
    ("Nr Ärende" over the number and the title column) are two."""
    words = cell.split()
    heads = (_COLS["title"], _COLS["dnr"], _NUM_HEAD, _PRESENTER_HEAD)
    if len(words) > 1 and all(any(rx.match(w) for rx in heads) for w in words):
        return words
    return [cell]


def _title_and_dnr(cell: str, hint: str | None) -> tuple[str, list[Dnr]]:
    """A title cell whose line ran into the Dnr column ("Svar på förslag om … i TN 2025/0098"): the
    title words and the case number at its end (a table with a Dnr column prints no number in a title's
    last words but the row's own)."""
    found = find_dnr_spans(cell, series_hint=hint)
    last = found[-1] if found else None
    if last and last.end == len(cell.rstrip()) and cell[: last.start].endswith(" "):
        head = cell[: last.start].rstrip()
        if " " in head:  # words before it: a title, not a number alone
            return head, [last]
    return cell, []


def _dnr_cell(cell: str, hint: str | None) -> list[Dnr]:
    """The case numbers of a cell that holds only case numbers ("VON 2026/0012", "RS 2026-00412")."""
    found = find_dnr_spans(cell, series_hint=hint, bare=True)
    rest = cell
    for d in reversed(found):
        rest = rest[: d.start] + rest[d.end :]
    return found if found and not re.search(r"\w", re.sub(rf"(?i)\b{_LABELS}\b", "", rest)) else []


#: A case number printed serial first, zero-padded, then its year: "00412-2026" (only in a column of them).
_SERIAL_YEAR = re.compile(r"^0\d{2,5}-(?:19|20)\d{2}$")


def _serial_year(cell: str) -> list[Dnr]:
    """A cell of a case-number column that holds a number printed serial first ("00412-2026"): its key
    is the number as printed, no series being printed."""
    if not _SERIAL_YEAR.match(cell):
        return []
    serial, year = cell.split("-")
    return [Dnr(printed=cell, key=cell, series=None, year=int(year), serial=serial, start=0, end=len(cell))]


#: The label of a case number: "Dnr", "Diarienr:", "Diarienummer", "Ärendenummer".
_LABELS = r"(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr)"
_CASE_LABEL = re.compile(rf"(?i)^{_LABELS}\b")


@dataclass
class _Row:
    """A numbered row and the lines under it: its title lines, case numbers and the rest (notes)."""

    number: str
    line: int
    title: list[str]
    dnr: list[Dnr] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # text of the other column(s)
    notes: list[str] = field(default_factory=list)  # labelled lines under the row ("Förslag: …")
    open: bool = True  # the title may still go on
    last_cells: list[str] = field(default_factory=list)  # the cells of the row's latest line

    def add_cells(
        self, cells: list[str], hint: str | None, dnr_column: bool = True, *, named: bool = False
    ) -> None:
        """The cells of a line of the row. `named`: the header names a case-number column, so a serial
        and year alone ("00412-2026") is a case number too."""
        for c in cells:
            # a labelled cell ("Diarienr: BUN 2026/18" under the title) or a parenthesised one
            # ("(KS/2026:97)" on a line of its own under a wrapped title) is the row's number, column or not
            labelled = _CASE_LABEL.match(c) or is_paren_dnr(c)
            found = _dnr_cell(c.strip("()") if labelled else c, hint) if dnr_column or labelled else []
            if not found and named:
                found = _serial_year(c)
            if found:
                self.dnr += found
            elif _NOTE_LABEL.match(c) or _is_sentence(c):
                self.notes.append(c)  # "Förslag: …", or a sentence describing the point: no presenter's
            else:
                self.cells.append(c)

    def body(self, column: str | None) -> str:
        """The row's text: its other column's cells ("Föredragande: Anna Ek, controller"), then its notes."""
        cells = f"{column}: {_join_cells(self.cells)}" if column and self.cells else "\n".join(self.cells)
        return "\n".join(x for x in (cells, *self.notes) if x)


def _join_cells(cells: list[str]) -> str:
    """A presenter column's lines as one phrase: "Anders Öhman, lokalstrateg, Karin Wennberg"."""
    out = ""
    for c in cells:
        sep = ", " if out and _NAME_CELL.match(c) and not out.endswith(",") else " "
        out = f"{out}{sep}{c}" if out else c
    return out


def _title_goes_on(row: _Row, cells: list[str], text_col: bool, widest: int) -> bool:
    """Whether the first cell of a line under a row continues the row's title (see `split_tab_rows`)."""
    first, last = cells[0], row.title[-1]
    if not row.open or _NOTE_LABEL.match(first) or not continues_title(last, first, None):
        return False
    if len(cells) == 1 and parse_dnr(first.strip(" ()")) is not None:
        return False  # "KS 2026/97" under the title: the row's case number, set on a line of its own
    if len(cells) >= 2:
        return True  # the title cell and the next column wrapped together
    if not text_col:
        # No other column can hold the line: it goes on with the title, unless it is a sentence under a
        # title that broke in no phrase ("1.⇥Mötets öppnande" / "Ordföranden öppnar mötet.": the text
        # under a numbered point of mötesanteckningar set with a tab after the number).
        sentence = first[:1].isupper() and re.search(r"\b[a-zåäö]{4,}\.$", first) is not None
        return ends_open(last) or not sentence
    if row.last_cells and row.last_cells[-1].endswith(","):
        return False  # "Patrik Sjögren," / "controller": the presenter's title under the name
    # A presenter cell that is whole ("Josefin Rask, kvalitetschef") has no more to wrap onto the next line.
    whole = bool(row.last_cells) and bool(re.match(rf"{_NAME_WORD} .*, \w", row.last_cells[-1]))
    if ends_open(last) or (first[:1].islower() and whole):
        return True  # the title broke inside a phrase ("… enligt SoL och" / "LSS, kvartal 4 2025")
    if _is_sentence(first):
        return False  # "Ingen beslutspunkt.": a description under the title, which ends no sentence
    # A title line as wide as the widest wraps; a presenter's name under a full line does not continue it.
    return len(last) >= 0.9 * widest and not _NAME_CELL.match(first)


def _is_sentence(cell: str) -> bool:
    """A whole sentence: a capital first, a full stop last (not an abbreviation's, "m.fl.")."""
    last = cell.rsplit(" ", 1)[-1]
    return cell[:1].isupper() and cell.endswith(".") and "." not in last[:-1] and len(cell.split()) >= 2


def split_tab_rows(text: str, hint: str | None) -> list[Item]:
    """Items of tab-separated agenda rows ("3<TAB>Title<TAB>Note"), or [] for fewer than two rows.

    A title cell that wraps goes on in the first cell of the lines under its row (a PDF table's
    text layer gives each printed line of a row as a line of its cells). A line of one cell is
    ambiguous where the table has another text column (a presenter). Under a presenter cell ending in
    a comma it is the presenter's title ("Patrik Sjögren," / "controller"); otherwise it continues the
    title where the title broke inside a phrase, where it goes on in lower case under a whole presenter
    cell ("Josefin Rask, kvalitetschef": "kränkande" / "behandling, kvartal 3"), or where the title line is as
    wide as the table's widest title line and the cell is not a name. A labelled line
    ("Förslag: …", "Bilaga: …") is the row's note. Lines after the last row are its notes only up to
    the first blank line (what follows is the document's signature, not the item).
    """
    lines = spaced_agenda(text.split("\n")) or _spaced_columns(text.split("\n"))
    matches = [(i, m) for i, ln in enumerate(lines) if (m := _TAB_ROW.match(ln))]
    if len(matches) < 2:
        lines = _numbered_by_order(lines)
        matches = [(i, m) for i, ln in enumerate(lines) if (m := _TAB_ROW.match(ln))]
    if len(matches) < 2:
        return []
    matches = _with_space_rows(lines, matches)
    cols = _columns_of(lines, matches, hint)
    rows = _read_rows(lines, matches, hint, cols)
    offs = line_offsets(text)
    return [
        make_item(r.number, join_lines(r.title), r.body(cols.presenter), offs[r.line], hint, r.dnr)
        for r in rows
    ]


_GAP = re.compile(r"[ ]{2,}")


def _numbered_by_order(lines: list[str]) -> list[str]:
    """An agenda table whose number column ("§", "Nr") is empty in every row (the numbers are set at the
    meeting): its rows, printed with the number cell empty ("⇥Val av justerare⇥⇥08.30") under the
    header, are the agenda's points all the same, numbered by their order (on from the rows above a
    header repeated on the next page). Lines unchanged where no such table is found."""
    out = list(lines)
    n = 0
    in_table = False
    for i, ln in enumerate(lines):
        cells = [c.strip() for c in ln.split("\t")]
        if len(cells) >= 3 and _NUM_HEAD.match(cells[0]) and is_header(cells):
            in_table = True
            if n:  # the header repeated where the table goes on over a page break: no part of the row above
                out[i] = ""
                k = i - 1
                while k > 0 and out[k].strip() and "\t" not in out[k] and len(out[k]) < 40 and i - k <= 4:
                    out[k] = ""  # the page's head above it ("Föredragningslista, forts.", the date)
                    k -= 1
        elif not ln.strip():
            in_table = False
        elif in_table and ln.startswith("\t") and cells[1] and not _NUM.match(cells[1]):
            n += 1
            out[i] = f"{n}{ln}"
    return out if n >= 2 else lines


def _with_space_rows(
    lines: list[str], matches: list[tuple[int, re.Match[str]]]
) -> list[tuple[int, re.Match[str]]]:
    """The rows, plus rows of a number of two or three digits set with a space instead of the tab
    ("9.⇥Delegationsbeslut" / "10. Övriga frågor": a numbered list indented to a tab stop leaves a wider
    number no room for the tab). Only the number that continues the row before it counts, and only up
    to the next tab row or the first blank line: a line opening "12. Att …" further down is text."""
    out = list(matches)
    for k, (i, m) in enumerate(matches):
        end = matches[k + 1][0] if k + 1 < len(matches) else len(lines)
        number = int(m.group(1))
        for j in range(i + 1, end):
            if not lines[j].strip() and k + 1 == len(matches):
                break
            sm = _SPACE_ROW.match(lines[j])
            if sm and int(sm.group(1)) == number + 1:
                out.append((j, sm))
                number += 1
    return sorted(out, key=lambda x: x[0])


def _spaced_header(line: str) -> bool:
    cells = _GAP.split(line.strip())
    return len(cells) >= 3 and any(_COLS["title"].match(c) for c in cells)


def _spaced_columns(lines: list[str]) -> list[str]:
    """A plain-text agenda whose columns are set with spaces ("Nr   Ärende   Dnr   Föredragande"), its
    columns cut at the runs of spaces as if they were tabs; other texts unchanged.

    Only under a header row that names an Ärende column among three or more, and only up to the first
    blank line after the table's rows (a row's wrapped cell is indented, so its first cell is the one
    it continues).
    """
    if any("\t" in ln for ln in lines):
        return lines
    heads = [h for h, ln in enumerate(lines) if _spaced_header(ln)]
    if not heads:
        return lines
    h = heads[0]
    out = lines[:h]
    for k in range(h, len(lines)):
        if not lines[k].strip() and k > h + 1:
            return out + lines[k:]
        out.append("\t".join(_GAP.split(lines[k].strip())))
    return out


def _read_rows(
    lines: list[str], matches: list[tuple[int, re.Match[str]]], hint: str | None, cols: _Columns
) -> list[_Row]:
    widest = max(len(m.group(2).strip()) for _, m in matches)
    rows: list[_Row] = []
    for k, (i, m) in enumerate(matches):
        first, own = _title_and_dnr(m.group(2).strip(), hint) if cols.dnr else (m.group(2).strip(), [])
        row = _Row(m.group(1), i, [first], list(own))
        row.add_cells([c.strip() for c in (m.group(3) or "").split("\t") if c.strip()], hint, named=cols.dnr)
        row.last_cells = [c.strip() for c in lines[i].split("\t") if c.strip()]
        end = matches[k + 1][0] if k + 1 < len(matches) else len(lines)
        cont = lines[i + 1 : end]
        if k + 1 == len(matches) and "" in [c.strip() for c in cont]:
            cont = cont[: [c.strip() for c in cont].index("")]
        if k + 1 == len(matches):  # the letter's place and date or signature under the last row: not its
            cont = cont[: next((n for n in range(len(cont)) if starts_closing(cont, n)), len(cont))]
        for ln in cont:
            cells = [c.strip() for c in ln.split("\t") if c.strip()]
            if not cells:
                continue
            if len(cells) == 1 and GROUP_HEAD.match(cells[0]):
                row.open = False  # "Informationsärenden": the heading of the rows below, no part of this one
                continue
            if len(cells) >= 3 and is_header(cells):
                row.open = False  # the header repeated on the next page: no cell of the row
                continue
            if _title_goes_on(row, cells, cols.text, widest):
                first, own = _title_and_dnr(cells[0], hint) if cols.dnr else (cells[0], [])
                row.title.append(first)
                row.dnr += own
                widest = max(widest, len(cells[0]))
                cells = cells[1:]
            else:
                row.open = False
            row.add_cells(cells, hint, cols.dnr, named=cols.dnr)
            row.last_cells = cells or row.last_cells
        rows.append(row)
    return rows
