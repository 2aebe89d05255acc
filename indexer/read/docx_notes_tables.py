"""Notes set as a table of two columns: each point's title in the left cell, what was said in the right
("Lägesbild från polisen" | "Polisen redogjorde för läget …"), perhaps under a header row ("Punkt" |
"Anteckningar"), perhaps a third column beside (who is responsible, "Ansvarig": a line of the point's
text, labelled by its header).

Such a table is read as the notes it stands for: each title a paragraph heading its point (as one set
in bold by hand, `indexer.read.docx_headings`), the text cell's paragraphs under it. A table is one of
these where every row under the header has a title (a few words, a capital first, no sentence's end)
and text with a sentence in it, two rows or more: an attendance table ("Anna Ek" | "ordförande") or a
table of times and places has no sentences beside its first cells.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["notes_table_rows"]

#: A point's title in the left cell: a capital first, no § or number first, short, no sentence's end.
_TITLE = re.compile(r"^(?![§\d])[A-ZÅÄÖ][^\t\n:]{1,100}(?<![.!?,;:])$")
#: Text holding a sentence: words, then a full stop, a question or exclamation mark.
_SENTENCE = re.compile(r"\w{2,}[ \t]+\w+[^\n]*[.!?](?:\s|$)")
#: A header's cells: a word or three ("Punkt", "Anteckningar", "Ärende").
_HEADER_CELL = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){0,2}:?$")


def notes_table_rows(table: Any) -> tuple[list[str], list[tuple[str, list[str]]]] | None:
    """(the header row's cells, or [], [(title, the text's paragraphs)]) of a table of notes (see the
    module's doc), or None for another table."""
    rows: list[list[Any]] = []
    for row in table.rows:
        cells: list[Any] = []
        for cell in row.cells:
            if not cells or cell._tc is not cells[-1]._tc:  # a merged cell once
                cells.append(cell)
        rows.append(cells)
    if not rows or any(len(r) not in (2, 3) for r in rows) or len({len(r) for r in rows}) > 1:
        return None
    header: list[str] = []
    first = [" ".join(c.text.split()) for c in rows[0]]
    if all(_HEADER_CELL.match(t) for t in first):
        header, rows = first, rows[1:]
    out: list[tuple[str, list[str]]] = []
    for left, right, *more in rows:
        title = " ".join(left.text.split())
        text = [" ".join(p.text.split()) for p in right.paragraphs if p.text.strip()]
        if not title and not text:
            continue
        if not _TITLE.match(title) or not any(_SENTENCE.search(t) for t in text):
            return None
        for k, cell in enumerate(more, start=2):  # a third column ("Ansvarig"): labelled by its header
            said = " ".join(cell.text.split())
            if said:
                text.append(f"{header[k]}: {said}" if header and header[k] else said)
        out.append((title, text))
    return (header, out) if len(out) >= 2 else None
