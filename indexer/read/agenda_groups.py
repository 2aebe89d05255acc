"""A group heading inside a kallelse's agenda table: one cell set across the table over its points.

A föredragningslista often sorts its points under headings ("Inledande ärenden", "Informationsärenden",
"Beslutsärenden", "Anmälningsärenden", "Sekretessärenden (behandlas inom stängda dörrar)") printed in
a row whose cells are merged from the number's column over the title's: in a PDF page or its text
export the heading starts where the numbers stand and runs on into the title's column, so it fits no
column and read as prose it would end the table at its first heading. Both readers of such a table
(`indexer.read.pdf_agenda`, `indexer.segment.spaced_agenda`) ask the same question here: is a line
that fits no column a heading of the points under it? The heading is then printed as a line of its own
(no number, no point: a Word table gives the same row), and the table goes on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.read.agenda_table import NUMBER

__all__ = ["is_group_heading"]

#: A group heading is a few words: "Ärenden för beslut", "Sekretessärenden (behandlas inom stängda dörrar)".
_MAX_WORDS = 8
#: A heading opens with a capital word, never a number, a bullet or a dash.
_STARTS = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ-]")
#: How many rows under the heading may stand before its first point (a presenter's first line set
#: above a centred number, "Marie Kvist," / "3  Förvaltningschefen informerar").
_POINT_WITHIN = 3


def is_group_heading(text: str, below: Sequence[tuple[bool, bool]]) -> bool:
    """Whether a line of an agenda table that fits none of its columns is a heading of the points under
    it: a few words opening with a capital, no sentence (no full stop or colon at its end, no number
    first), and right under it rows of the table, a numbered one among the first few.

    Args:
        text: The line's text.
        below: For the rows under it, in order: (fits the table's columns, starts with a number), up to
            the first that does not fit.

    Returns:
        True for a group heading; a signature, a note or prose under the table is none (no numbered
        row of the table follows it).
    """
    words = text.split()
    if not words or len(words) > _MAX_WORDS or not _STARTS.match(text) or text.rstrip().endswith((".", ":")):
        return False
    if NUMBER.match(words[0]):
        return False
    for fits, numbered in below[:_POINT_WITHIN]:
        if not fits:
            return False
        if numbered:
            return True
    return False
