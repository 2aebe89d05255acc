"""A break in a meeting's agenda: "Lunch 12.00–12.45", "Paus", "Fika", "Kaffe 10.00", "Bensträckare".

A kallelse's agenda sets the meeting's breaks among its points, in a row of the table with no number (a
Word or PDF table, a portal page's table) or on a line of their own (a text export). A break is never a
point, whatever the markup: it takes no number of the count (`indexer.read.agenda_table.counted_numbers`),
is a record of its own in a table read from a page (never a line of the title above or below it), and
no title goes on onto it (`indexer.segment.common.continues_title`). The cue is the line alone: a
break's word, perhaps with its time ("kl. 12.00–12.45", "ca 15 min"), and nothing else, so a point about
a meal ("Skolfrukost", "Lunch i förskolan – avgifter") is no break.
"""

from __future__ import annotations

import re

__all__ = ["is_break"]

#: The words a break is named by (first letter either case).
_WORDS = (
    "lunch", "lunchpaus", "lunchuppehåll", "paus", "kaffepaus", "fikapaus", "bensträckare", "kaffe", "fika",
    "förmiddagsfika", "eftermiddagsfika", "förmiddagskaffe", "eftermiddagskaffe", "middag",
)  # fmt: skip
#: A time or a length beside a break's word: "12.00–12.45", "kl. 10", "ca 15 min", "(10.00)".
_TIME = (
    r"(?:kl\.?|ca\.?|cirka|\d{1,2}(?:[.:]\d{2})?(?:\s*[–-]\s*\d{1,2}(?:[.:]\d{2})?)?|min(?:uter)?\.?|[–(),-])"
)
_BREAK = re.compile(
    rf"^(?:{_TIME}\s*)*(?i:{'|'.join(_WORDS)})(?:\s+och\s+(?i:{'|'.join(_WORDS)}))?(?:\s*{_TIME})*\s*\.?$"
)


def is_break(text: str) -> bool:
    """Whether a row's or a line's text is a break alone ("Lunch 12.00–12.45", "10.00 Kaffe", "Paus")."""
    return bool(_BREAK.match(" ".join(text.split())))
