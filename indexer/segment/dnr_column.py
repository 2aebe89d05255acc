"""Case numbers in a table's column headed for them: a delegationslista's rows ("2026-03-02⇥2026/45⇥…").

A list of decisions prints each row's case number in a column headed "Dnr", "Diarienummer", "Ärendenr",
"Ärendenummer". Under such a header a cell that holds only a number is a case number, bare or not
("2026/45", "KS 26/45"), as a number alone on an item's heading line is (`indexer.segment.titles.
own_dnr`); without the header a bare "2026/45" in running text is no case number (a school year, a
ratio). The header may come again on every page; each cell is read in its own column.
"""

from __future__ import annotations

import re

from indexer.segment.dnr import Dnr, parse_dnr
from indexer.segment.titles import own_dnr

__all__ = ["column_dnr"]

#: A column header of case numbers: "Dnr", "Diarienr.", "Diarienummer", "Ärendenr", "Ärende-id".
_HEADER_CELL = re.compile(
    r"(?i)^(?:dnr|diarienr\.?|diarienummer|ärendenr\.?|ärendenummer|ärende-?id|ärende nr)$"
)


def column_dnr(text: str, hint: str | None) -> list[Dnr]:
    """The case numbers of every tab-separated table row under a header naming a case-number column,
    in text order."""
    out: list[Dnr] = []
    column: int | None = None
    for line in text.split("\n"):
        cells = line.split("\t")
        if len(cells) < 2:
            continue
        heads = [k for k, c in enumerate(cells) if _HEADER_CELL.match(c.strip())]
        if heads:
            column = heads[0]
        elif column is not None and column < len(cells):
            cell = cells[column].strip()
            # a cell of the column is read as a number after its label is ("KS 26/45")
            out += own_dnr(cell, hint) or [d for d in [parse_dnr(cell, hint, bare=True)] if d]
    return out
