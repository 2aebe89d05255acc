"""Members listed under an absence label, one a line below it: where their names stand.

`indexer.entities.absence` reads the names on the label's own line ("Frånvarande: Lena Sjö (S)"). Minutes
as often set the label as a block header with its names under it, in any markup:

- the label alone on its line, the names on the lines below (a Word paragraph a name, a comma list):
  "Frånvarande" / "Lena Sjö (S)" / "Åke Rudin (M)";
- a text export's label column, the names continuing in the names' column: "Frånvarande      Lena Sjö (S)"
  / "                 Åke Rudin (M)";
- the label over the left column of a two-column block, the other column a block of its own: "Frånvarande
      Övriga närvarande" / "Lena Sjö (S)      Gunilla Strand, kommunchef" (the right column is present).

A member named absent is no person of the meeting (GOLD_FORMAT); one also named present elsewhere stays
(`indexer.entities.people` drops only names every mention of which is absent).
"""

from __future__ import annotations

import re

from indexer.entities.attendance import HEADER_WORDS
from indexer.entities.column_breaks import cell_at
from indexer.entities.names import TOKEN

#: The words of an absence label, the one vocabulary of the labels (a regex alternation, case-blind where
#: used): "Frånvarande", "Frånvarande ledamöter", "Frånvarande ersättare", "Frånvarande utan ersättare",
#: "Anmält förhinder", "Anmälda förhinder", "Förhinder", "Ej närvarande". `indexer.entities.absence` reads
#: the names on the label's own line with it, this module those on the lines below.
ABSENT_LABEL = (
    r"frånvarande(?:[ \t]+(?:ledamöter|ledamot|ersättare))?(?:[ \t]+utan ersättare)?"
    r"|anmält förhinder|anmälda förhinder|förhinder|ej närvarande"
)
#: An absence label opening a line, with what follows it on the line.
_LABEL = re.compile(
    rf"(?im)^(?P<indent>[ \t]*)(?:{ABSENT_LABEL})"
    r"[ \t]*(?::|\t|[ \t]{2,}|$)[ \t]*"
    r"(?P<rest>[^\n]*)$"
)
#: A printed name, maybe inverted, with its party: "Lena Sjö (S)", "Sjö, Lena (S)".
_NAME = re.compile(rf"{TOKEN}(?:,? {TOKEN}){{1,3}}(?:[ \t]*\([^()\n]{{1,5}}\))?")
#: A cell that opens another block or a form's field, not one more absent name.
_OTHER_BLOCK = re.compile(
    rf"(?i)(?:{HEADER_WORDS}|sekreterare|ordförande|justera|paragraf|underskrift|plats|utses|§|\d)(?![\wåäö])"
)
#: How many lines under its label a list is read at most.
_MAX_LINES = 30


def listed_absent_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name listed under an absence label on the lines below it, in the label's
    column (its names' column where the names start on the label's line)."""
    spans: list[tuple[int, int]] = []
    for label in _LABEL.finditer(text):
        rest = label["rest"].strip()
        own_line = bool(rest) and not _OTHER_BLOCK.match(rest)
        column = label.start("rest") - label.start() if own_line else len(label["indent"])
        pos = label.end() + 1
        blanks, spaced, names = 0, False, 0
        for _ in range(_MAX_LINES):
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line, start = text[pos:end], pos
            pos = end + 1
            if not line.strip():
                blanks += 1
                # a blank line ends a list set line under line; a Word list has one after every paragraph
                if blanks > 1 or own_line or (names and not spaced):
                    break
                continue
            spaced, blanks = spaced or (blanks > 0 and not names), 0
            cell = cell_at(line, column)
            if cell is None or line[: cell[0]].strip():
                break  # "Ej tjänstgörande ersättare⇥Hugo Lind (M)": another label opens the line's own block
            names_cell = line[cell[0] : cell[1]].strip()
            if _OTHER_BLOCK.match(names_cell) or not _NAME.match(names_cell):
                break
            at = start + cell[0]
            spans += [(at + n.start(), at + n.end()) for n in _NAME.finditer(names_cell)]
            names += 1
    return spans
