"""Points set as paragraphs after an agenda table: the table numbers the matters to decide, and a section
under it ("Information") lists the information points as headings, each with its presenter on the line
below ("Information om läget i räddningstjänsten" / "Föredragande: Räddningschef Stefan Kull").

Nothing numbers them; GOLD_FORMAT numbers points that print no number by their order, and such a point
follows the table's last row, so it goes on with the table's count (9 rows, then 10, 11, 12), as a row
without a number under the numbered ones does (`indexer.read.docx`).

A heading right under the table (after blank lines) is such a point where the line below it labels a
presenter or a case number ("Föredragande: …", "Dnr …"), or where it stands under a section heading
("Information", "Informationsärenden") and is set as a heading (bold, `SourceText.bold`, or "**…**").
The run of points ends at the first line that is neither a point nor a point's own line (a label, a
sentence, a bullet): the document's signature ("Ulrika Hedin" / "Ordförande") is no point's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.segment.common import SECTION, line_offsets, make_item
from indexer.segment.tables import GROUP_HEAD
from indexer.types import Item

__all__ = ["points_after_table"]

#: The heading of a section of unnumbered points: "Information", "Informationsärenden", "För kännedom".
_SECTION_HEAD = re.compile(r"(?i)^(?:övrig |aktuell )?(?:information|informationer|rapporter)\s*:?$")
#: A point's title: a capital first, a few words, no label, no sentence's full stop, no exclamation.
_TITLE = re.compile(r"^(?![§\d])[A-ZÅÄÖ][^\t:]{2,148}(?<![.:;,!])$")
#: A line naming who presents the point or its case number: "Föredragande: …", "Dnr KS 2026/12".
_POINT_LABEL = re.compile(
    r"(?i)^(?:föredragande|föredragare|presentatör|ansvarig|handläggare|dnr|diarienr|diarienummer"
    r"|ärendenummer|ärendenr)\b[ \t]*:?[ \t]*\S"
)
#: A line of a point's own text: a label ("Tid: 10.30"), a sentence, a bullet.
_OWN_LINE = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){0,3}\s*:\s*\S|[–•·▪*-]\s|.*[a-zåäö)]\.$)")
_BOLD_MARK = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)$")


def points_after_table(text: str, rows: list[Item], bold: Sequence[str], hint: str | None) -> list[Item]:
    """`rows` (an agenda table's items) and the unnumbered points set after the table, numbered on from
    its last row (see the module's doc); `rows` itself where none follows."""
    numbered = [r for r in rows if r.number and r.number.isdigit()]
    if not numbered or numbered[-1] is not rows[-1]:
        return rows
    last = rows[-1]
    lines = text.split("\n")
    offs = line_offsets(text)
    i = next((k for k, o in enumerate(offs) if o >= last.start), len(lines))
    while i < len(lines) and lines[i].strip():  # the last row and the lines set under it
        i += 1
    in_bold = {" ".join(b.split()) for b in bold}
    points: list[tuple[int, str, list[str]]] = []
    section = False
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        nxt = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
        m = _BOLD_MARK.match(line)
        head = m.group(1).strip() if m else line
        labelled = _POINT_LABEL.match(nxt) is not None
        heading = m is not None or " ".join(line.split()) in in_bold
        if _TITLE.match(head) and not SECTION.match(head) and (labelled or (section and heading)):
            points.append((i, head, []))
        elif not points and not section and (_SECTION_HEAD.match(head) or GROUP_HEAD.match(head)):
            section = True
        elif points and _OWN_LINE.match(line):
            points[-1][2].append(line)
        else:
            break
        i += 1
    if not points:
        return rows
    count = int(numbered[-1].number or 0)
    extra = [
        make_item(str(count + k), title, "\n".join(own), offs[at], hint)
        for k, (at, title, own) in enumerate(points, start=1)
    ]
    return [*rows, *extra]
