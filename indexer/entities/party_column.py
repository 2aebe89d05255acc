"""Party codes a table prints in a column headed "Parti": the document's own parties, whatever they spell.

An attendance list or a voteringslista set as a table names its column ("Namn | Parti | Funktion",
"Ledamot | Parti | Ja | Nej | Avstår"); every code in that column is a party, also one a bracket after a
name is not trusted to be (a local party "TF" may as well be "t.f." or a förvaltning's initials elsewhere).
Cells are read as the readers print them: a tab, a bar, or two spaces or more between them.
"""

from __future__ import annotations

import re

#: Between two cells of a row: a tab, a bar, or two spaces or more (a text export's aligned columns).
_CELL_BREAK = re.compile(r"[ \t]*(?:\t|\||[ ]{2,})[ \t]*")
#: A header cell that names the party column.
_PARTY_HEADER = re.compile(r"(?i)parti(?:tillhörighet|beteckning)?")
#: A party's code in a cell: one to six letters, a capital first ("S", "KD", "TF", "SoL").
_CODE = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}")
#: Marks and words a column may hold that are no party (a vote, a presence mark, a role).
_NOT_CODES = frozenset(["X", "JA", "NEJ", "AVST", "NÄRV", "FRÅNV", "ORDF", "ERS", "TJG", "LED", "SEK"])


def _cells(line: str) -> list[str]:
    return _CELL_BREAK.split(line.strip(" \t|"))


def party_column_codes(text: str) -> frozenset[str]:
    """The codes printed in the "Parti" column of the document's tables.

    Args:
        text: The document's text, table rows one a line.

    Returns:
        The codes found under a header cell "Parti" in the rows that follow it (blank lines between
        rows skipped; the table ends at the first line that is no row of cells).
    """
    out: set[str] = set()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "arti" not in line:
            continue  # the fast way past the lines of running text
        head = _cells(line)
        column = next((k for k, c in enumerate(head) if _PARTY_HEADER.fullmatch(c)), None)
        if column is None or len(head) < 2:
            continue
        for row in lines[i + 1 :]:
            if not row.strip():
                continue
            cells = _cells(row)
            if len(cells) < 2:
                break
            code = cells[column].strip() if column < len(cells) else ""
            if _CODE.fullmatch(code) and code.upper() not in _NOT_CODES:
                out.add(code)
    return frozenset(out)
