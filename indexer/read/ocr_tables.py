"""Vote tables on OCR'd pages: each row's words put under the header's columns, as on a text layer.

Tesseract reads a table row as one line of words; joined with spaces ("Anna Ek S X") the line no longer
says whether the X stood under Ja, Nej or Avstår. The words' boxes do: here an OCR'd page's lines
become rows of runs (pixels turned into points, y upwards, as PDFium gives them) and
`indexer.read.pdf_tables` finds the tables by their header and prints each row with a tab per column,
so "Anna Ek⇥S⇥⇥X" keeps its X under Nej for `indexer.entities.votes.tables`.

Only vote tables are rewritten (the header names two vote columns at least): the rest of an OCR'd page
keeps Tesseract's lines. The table's ruling read as "|" or "[" is left out of its rows. In a vote
column Tesseract's readings of a cross ("Xx", "X.", "x", "×", "K", "XX") are put back as "X", and in a
party column a letter read twice ("Vv") as the letter. A cross is often read with little confidence: a
word below the page's confidence threshold is kept in a table row when it reads as a cross.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from indexer.entities.votes.grid import parse_header
from indexer.read.pdf_rows import Row, Run
from indexer.read.pdf_tables import find_tables

__all__ = ["OcrWord", "mark_like", "vote_table_lines"]

#: What Tesseract makes of a cross in a box: "X", "x", "Xx", "XX", "X.", "×", "K", "%".
_CROSS = re.compile(r"^(?:[XxK×✕✗]{1,2}|[Xx×][.,:;]|%|\*)$")
#: A table's ruling read as a word: "|", "[", "]|".
_RULING = re.compile(r"^[|\[\]{}_]+$")
#: A party letter read twice: "Vv", "Ss".
_DOUBLED = re.compile(r"^([A-ZÅÄÖ])([a-zåäö])$")


@dataclass(frozen=True)
class OcrWord:
    """A word Tesseract read, its box in pixels (y downwards) and its confidence (0-100)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float


def mark_like(text: str) -> bool:
    """Does a word read like a cross marking a vote ("X", "Xx", "X.", "×", "K")?"""
    return bool(_CROSS.match(text.strip()))


def _runs(words: list[OcrWord]) -> list[OcrWord]:
    """Words closer than a letter's height joined into one run, as a text layer draws a phrase: a
    sentence then spans the columns it crosses and is no table row."""
    words = sorted((w for w in words if not _RULING.match(w.text)), key=lambda w: w.left)
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    out = [words[0]]
    for w in words[1:]:
        last = out[-1]
        if w.left - (last.left + last.width) <= height:
            top, bottom = min(last.top, w.top), max(last.top + last.height, w.top + w.height)
            right = max(last.left + last.width, w.left + w.width)
            conf = min(last.confidence, w.confidence)
            out[-1] = OcrWord(f"{last.text} {w.text}", last.left, top, right - last.left, bottom - top, conf)
        else:
            out.append(w)
    return out


def _row(words: list[OcrWord], scale: float) -> Row:
    """A line's words as a row of runs in points, y growing upwards."""
    runs = [
        Run(w.left * scale, -(w.top + w.height) * scale, (w.left + w.width) * scale, -w.top * scale, w.text)
        for w in _runs(words)
    ]
    return Row(runs, max(r.top for r in runs), min(r.bottom for r in runs))


def _clean(line: str, header: list[str]) -> str:
    """A table row with its crosses read as "X" and its doubled party letters as one letter."""
    cols = parse_header(header)
    if cols is None:
        return line
    cells = line.split("\t")
    for i, cell in enumerate(cells):
        if i in cols.votes and mark_like(cell):
            cells[i] = "X"
        elif i in cols.party and (m := _DOUBLED.match(cell)) and m.group(1).lower() == m.group(2):
            cells[i] = m.group(1)
    return "\t".join(cells)


def vote_table_lines(lines: list[list[OcrWord]], dpi: int) -> dict[int, tuple[int, list[str]]]:
    """The vote tables among a page's OCR lines, printed with a tab per column.

    Args:
        lines: The page's lines in reading order, each its words (blank lines left out); a word below
            the confidence threshold is there only when it reads as a cross.
        dpi: The resolution the page was read at (pixels to points).

    Returns:
        For each vote table, the index (into `lines`) of its header line -> (index past its last row,
        the table's lines: the header's cells, then each row's cells, tab-separated).
    """
    kept = [k for k, words in enumerate(lines) if _runs(words)]
    rows = [_row(lines[k], 72 / dpi) for k in kept]
    tables, _ = find_tables(rows)
    out: dict[int, tuple[int, list[str]]] = {}
    for table in tables:
        header = table.lines[0].split("\t")
        if parse_header(header) is None:
            continue  # a table that holds no vote: Tesseract's lines are kept
        body = [_clean(line, header) for line in table.lines[1:]]
        out[kept[table.start]] = (kept[table.end - 1] + 1, [table.lines[0], *body])
    return out
