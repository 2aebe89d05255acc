"""Written reservations and notes printed as a bilaga after the items, each for the paragraph it names.

A protocol often prints a written reservation or protokollsanteckning after its last paragraph:
"Bilaga 3 – Reservation, § 45" or "Reservation § 45 Budget 2027", then the text, then the signers. The
segmenter leaves that text in the last item; its reservation belongs to § 45.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The nouns of such a bilaga.
_NOTE = r"(?:reservation|protokollsanteckning|särskilt yttrande)"
#: A line opening one: a "Bilaga" line, or a line starting with the noun and naming the paragraph.
_OPENING = re.compile(rf"(?im)^[ \t]*(?:bilaga\b[^\n]*|{_NOTE}\b[^\n]*§[^\n]*)$")
#: The paragraph the bilaga is for, within its first three lines: "§ 45", "§45".
_PARAGRAPH = re.compile(r"§\s*(?P<n>\d{1,4})\b")
_NOTE_RE = re.compile(rf"(?i)(?<![\wåäö]){_NOTE}")


@dataclass
class NoteAppendix:
    """A written reservation or note in an item's text [start:end] for paragraph `target` ("§45")."""

    start: int
    end: int
    target: str


def note_appendices(text: str, number: str | None) -> list[NoteAppendix]:
    """The written reservations and notes for other paragraphs printed in an item's text, in order; each
    runs to the next one or to the end of the text."""
    own = (number or "").replace(" ", "").lstrip("§")
    starts: list[tuple[int, str]] = []
    covered = -1  # the end of the last opening's head: a line inside it opens nothing new
    for m in _OPENING.finditer(text):
        if m.start() < covered:
            continue
        head_end = m.end()
        for _ in range(2):  # the opening line and the two below it
            nxt = text.find("\n", head_end + 1)
            head_end = len(text) if nxt < 0 else nxt
        head = text[m.start() : head_end]
        paragraph = _PARAGRAPH.search(head)
        if paragraph is None or not _NOTE_RE.search(head) or paragraph.group("n") == own:
            continue
        covered = head_end
        starts.append((m.start(), f"§{paragraph.group('n')}"))
    return [
        NoteAppendix(start, starts[k + 1][0] if k + 1 < len(starts) else len(text), target)
        for k, (start, target) in enumerate(starts)
    ]
