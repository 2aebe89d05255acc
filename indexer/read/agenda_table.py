"""What reading a kallelse's agenda table shares, whatever it is read from.

A föredragningslista "Nr | Ärende | Dnr | Föredragande" is read from a PDF page's positioned runs
(`indexer.read.pdf_agenda`) and from a text export's space-aligned columns
(`indexer.segment.spaced_agenda`). Only finding the cells differs; both then ask the same questions,
answered here: is a row of cell texts the table's header, which columns hold the number and the title,
where one record ends and the next begins when no white space parts them (at each number), and how a
record is printed: one tab-separated line, number first and title second, the labelled lines of the
Ärende cell ("Förslag: …") under it as notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from indexer.segment.breaks import is_break
from indexer.segment.common import TITLE_AND_NAME
from indexer.segment.dnr import parse_dnr
from indexer.segment.marks import MARK

__all__ = [
    "NUMBER",
    "NUM_HEAD",
    "OTHER_HEAD",
    "TITLE_HEAD",
    "column_order",
    "counted_numbers",
    "is_header",
    "number_and_title",
    "record_lines",
    "split_at_numbers",
    "title_and_notes",
]

#: The title column's header.
TITLE_HEAD = re.compile(r"(?i)^(?:ärende|ärenden|ärendemening|rubrik|ämne)$")
#: The number column's header.
NUM_HEAD = re.compile(r"(?i)^(?:nr|nr\.|nummer|punkt|§|ärendenr|p)$")
#: Other columns an agenda table has (case number, presenter, proposal, notes, time).
OTHER_HEAD = re.compile(
    r"(?i)^(?:dnr|diarienr|diarienummer|beteckning|ärendenummer|föredragande|föredragare|presentatör|"
    r"ansvarig|handläggare|förslag(?: till beslut)?|beslutsförslag|anteckning(?:ar)?|kommentar|tid|bilaga|"
    r"bilagor|handlingar)$"
)
#: A number cell: "4", "4.", "12)", "§ 4".
NUMBER = re.compile(r"^(?:§\s*)?(\d{1,3})[.)]?$")
#: A header cell holds at most this many words.
_HEAD_WORDS = 4

T = TypeVar("T")


#: A note under a point rather than a point: "Förslag: …", a sentence, a line in lower case, a bullet.
_NOTE_ROW = re.compile(
    rf"^(?:[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){{0,3}}\s*:\s|[a-zåäö(]|{MARK}\s)|[a-zåäö]{{3,}}\.$"
)


def counted_numbers(rows: Sequence[tuple[str, str] | None]) -> dict[int, str]:
    """The numbers of an agenda table's rows that print none, below a numbered row.

    A row of a Word or HTML table is a whole record (a title never wraps onto the next row), so a row
    with a title and an empty number cell under the numbered ones is a point the table does not number
    ("Informationsärenden" / "⇥Information om upphandling …"): it goes on with the count, as GOLD_FORMAT
    numbers such rows. A row whose title is a note ("Förslag: …", a sentence) or a break ("Lunch
    12.00–12.45", `indexer.segment.breaks`) is no point.

    Args:
        rows: Each row under the header as (number cell, title cell), whitespace collapsed; None for a
            row that cannot be a point (too few cells, or one cell merged across the table: a group's
            heading).

    Returns:
        {row index: its number} for the rows that go on with the count.
    """
    out: dict[int, str] = {}
    last: int | None = None
    for k, row in enumerate(rows):
        if row is None:
            continue
        number, title = row
        m = NUMBER.match(number)
        if m:
            last = int(m.group(1))
        elif (
            last is not None and not number and title and not _NOTE_ROW.search(title) and not is_break(title)
        ):
            last += 1
            out[k] = str(last)
    return out


def is_header(texts: Sequence[str]) -> bool:
    """Whether a row's cell texts are an agenda table's header: three cells or more of a few words,
    one the Ärende column, two or more a number, case-number or presenter column, at most one other; or
    two cells, the number's and the Ärende's."""
    if len(texts) == 2:  # "Nr | Ärende": the number's column and the title's alone
        return any(TITLE_HEAD.match(t) for t in texts) and any(NUM_HEAD.match(t) for t in texts)
    if len(texts) < 3 or any(len(t.split()) > _HEAD_WORDS for t in texts):
        return False
    titles = [t for t in texts if TITLE_HEAD.match(t)]
    others = [t for t in texts if NUM_HEAD.match(t) or OTHER_HEAD.match(t)]
    return len(titles) == 1 and len(others) >= 2 and len(titles) + len(others) >= len(texts) - 1


def number_and_title(texts: Sequence[str]) -> tuple[int, int] | None:
    """(number column, title column) of a header (an unnamed column is the numbers'), or None when the
    number column would be the title's."""
    title = next(j for j, t in enumerate(texts) if TITLE_HEAD.match(t))
    num = next((j for j, t in enumerate(texts) if NUM_HEAD.match(t) or not t), 0)
    return None if num == title else (num, title)


def column_order(n: int, num: int, title: int) -> list[int]:
    """The order a record's cells are printed in: number, title, then the others as in the header."""
    return [num, title, *(j for j in range(n) if j not in (num, title))]


def split_at_numbers(
    rows: Sequence[T], numbered: Sequence[bool], breaks: Sequence[bool] = ()
) -> list[list[T]]:
    """A block of rows cut before each numbered row but the first (where no white space parted two
    records, each starts at its number); a block with one number or none stays whole. A row that is a
    break (`breaks`: "Lunch 12.00–12.45" alone, no number) is a record of its own, never a line of the
    title above or below it."""
    at = [k for k, flag in enumerate(numbered) if flag]
    cuts = {0, *at[1:]} if len(at) > 1 else {0}
    for k, flag in enumerate(breaks):
        if flag and not numbered[k]:
            cuts |= {k, k + 1}
    ends = sorted(c for c in cuts if c < len(rows))
    return [list(rows[a:b]) for a, b in zip(ends, [*ends[1:], len(rows)], strict=True)]


#: A labelled line in an Ärende cell under its title: "Förslag: …", "Regionstyrelsens förslag: …".
_NOTE_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){0,3}\s*:\s")


#: A sub-point under an Ärende cell's title: "– Lokalöversyn sporthallen", "• Sommarlovet".
_SUB_POINT = re.compile(rf"^{MARK}\s+\S")
#: A note that holds the row's case number ("Diarienr: BUN 2026/18"): the lines under it are no part of it.
_CASE_LABEL = re.compile(r"(?i)^(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr)\b")


def _case_number_line(line: str) -> bool:
    """A line of an Ärende cell that is the row's case number alone ("KS 2026/241", "Dnr KS 2026/241"): set
    under the title, never part of it; what follows it (the row's handlingar) is no part of it either."""
    return parse_dnr(line.strip(" ()")) is not None


def _sentence_start(parts: list[str], breaks: Sequence[int]) -> int | None:
    """The first break whose lines, up to the next labelled line, end with a full stop: the description
    of the point. A title never ends so, so a title broken by hand ("Ändring av" / "taxa för bygglov")
    stays whole."""
    for k in sorted(breaks):
        if not 0 < k < len(parts):
            continue
        end = next((j for j in range(k + 1, len(parts)) if _NOTE_LABEL.match(parts[j])), len(parts))
        last = parts[end - 1].rstrip()
        if last.endswith(".") and "." not in last.rsplit(" ", 1)[-1][:-1]:
            return k
    return None


#: A presenter in brackets ending the title: "(föredragande: rektor Per Holm)", "(Föredragande Anna Ek)".
_BRACKET_PRESENTER = re.compile(r"\s*\((?i:föredragande|föredragare|föredras av)\s*:?\s*(?P<who>[^()]+)\)$")
#: A dash before the last part of a title: where a presenter set after it begins.
_DASH = re.compile(r"\s+[–-]\s+")


def _presenter_after_title(title: str) -> tuple[str, str] | None:
    """(the matter, a presenter's note) for a title cell's line that names who presents after the matter:
    "Budget 2027 – Ekonomichef Anna Ek" (an official's title and name after a dash, `TITLE_AND_NAME`, the
    same line a presenter is set on under a title), "Taxa för kulturskolan (föredragande: rektor Per
    Holm)"; None when the title names none. The note is printed as a presenter's line under the row is,
    so who presents is `presented` on the point and no word of its title."""
    m = _BRACKET_PRESENTER.search(title)
    if m and m.start():
        return title[: m.start()].rstrip(), f"Föredragande: {m['who'].strip()}"
    for d in reversed(list(_DASH.finditer(title))):
        if d.start() and TITLE_AND_NAME.match(title[d.end() :]):
            return title[: d.start()].rstrip(), title[d.end() :]
    return None


def title_and_notes(parts: list[str], breaks: Sequence[int] = ()) -> tuple[list[str], list[str]]:
    """An Ärende cell's lines as (title lines, notes), a presenter set after the title on its own line
    (`_presenter_after_title`) the first note."""
    title, notes = _title_and_notes(parts, breaks)
    split = _presenter_after_title(" ".join(title)) if title else None
    if split is None:
        return title, notes
    return [split[0]], [split[1], *notes]


def _title_and_notes(parts: list[str], breaks: Sequence[int] = ()) -> tuple[list[str], list[str]]:
    """An Ärende cell's lines as (title lines, notes): the title ends at the first labelled line, where
    a description under it starts (`breaks`: lines the one above did not wrap onto; see
    `_sentence_start`), at a line that is the row's case number alone ("KS 2026/241"), or at a list of
    two sub-points or more under it ("Information från
    förvaltningen" / "– Lokalöversyn …" / "– Sommarlovet …": what the information is about, not the
    matter's name; one dashed line alone is the title going on: "Barn och unga" / "– gemensam
    handlingsplan"). Each note — a labelled line, the description or a sub-point, with the lines it
    wraps onto — is printed as a line of its own under the row; a case number's note ("Diarienr: BUN
    2026/18") is its line alone."""
    cut = _sentence_start(parts, breaks)
    k = next(
        (
            k
            for k, p in enumerate(parts)
            if k and (_NOTE_LABEL.match(p) or k == cut or _case_number_line(p) or TITLE_AND_NAME.match(p))
        ),
        len(parts),
    )
    points = [j for j in range(1, k) if _SUB_POINT.match(parts[j])]
    if len(points) >= 2:
        k = points[0]
    notes: list[str] = []
    for at, p in enumerate(parts[k:], start=k):
        if (
            notes
            and not _NOTE_LABEL.match(p)
            and not _SUB_POINT.match(p)
            and at != cut
            and not _CASE_LABEL.match(notes[-1])
        ):
            notes[-1] += " " + p
        else:
            notes.append(p)
    return parts[:k], notes


def record_lines(
    cells: Sequence[list[str]], breaks: Sequence[int] = (), *, keep_columns: bool = False
) -> list[str]:
    """A record printed as lines: its cells' lines (in `column_order`, the number's first and the
    title's second) joined, tab-separated on one line, then the title cell's notes (`breaks`: the
    title cell's lines that start a paragraph of their own, see `title_and_notes`). A record without a
    number (a section heading, a cell gone on from the page before) prints only its non-empty cells, but
    in a table that prints no number in any row (`keep_columns`) every cell, the empty number first."""
    texts: list[str] = []
    notes: list[str] = []
    for j, parts in enumerate(cells):
        if j == 1:
            parts, notes = title_and_notes(parts, breaks)
        texts.append(" ".join(parts))
    first = "\t".join(texts).rstrip("\t") if texts[0] or keep_columns else "\t".join(t for t in texts if t)
    return [first, *notes]
