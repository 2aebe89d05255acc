"""Headings of the attendance list's groups in notes: "Från Region Västerbotten", "Tjänstepersoner".

Notes of a råd list who came in groups, each group under a heading set the way the points' headings are
(bold, a Word heading style, "## …", capitals). A cover word names some groups ("Närvarande",
"Ledamöter", `headings._COVER`), but most are named by who they are: "Från förvaltningen", "Inbjudna",
"Pensionärsorganisationerna". What every such group shares is its text: nothing but lines of names, each
a first name and a surname with at most a party, an organisation or a title after a comma or in brackets
("Malin Strand, hälso- och sjukvårdsdirektör (punkt 3)", "• Anna Nordlund (S), regionråd"), or such people
run on in a paragraph, set apart by semicolons ("Sofie Lund, folkhälsostrateg; Ahmed Karimi, analytiker"), and
labelled lines ("Förhinder: Lennart Forsman"). Headings over such text before the first point are the cover's
(`indexer.segment.headings`).
"""

from __future__ import annotations

import re

from indexer.entities.names import RUN, TOKEN, is_first_name
from indexer.segment.marks import LEAD

#: One listed person: an optional list mark, "Förnamn Efternamn" (or "Efternamn, Förnamn"), then nothing,
#: a comma, a bracket, a dash or a cell gap; never a sentence ("Anna Ek hälsade välkommen").
_NAME_LINE = re.compile(
    rf"^{LEAD}(?:(?P<name>{RUN})|(?P<last>{TOKEN}), (?P<first>{TOKEN}))"
    r"[ \t]*(?:$|[,(]|[ \t]–[ \t]|\t)"
)
#: A labelled line of the cover under a group: "Förhinder: …", "Frånvarande: …", "Sekreterare: …".
_LABELLED = re.compile(r"^[ \t]*[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?:[ \t]")


def _is_name_line(line: str) -> bool:
    """A line listing one person: two names or more, a known first name first (or after the comma)."""
    m = _NAME_LINE.match(line)
    if not m:
        return False
    if m.group("name"):
        words = m.group("name").split()
        return len(words) >= 2 and is_first_name(words[0])
    return is_first_name(m.group("first"))


def is_attendance_group(body_lines: list[str]) -> bool:
    """True when a heading's text is a group of the attendance list: two or more lines of names and
    nothing but such lines and labelled cover lines (`_LABELLED`)."""
    lines = [ln for ln in body_lines if ln.strip()]
    if any(";" in ln for ln in lines):
        # "Sofie Lund, folkhälsostrateg; Ahmed Karimi, analytiker; Elsa Norén, …, vid" / "anteckningarna":
        # the group run on as one paragraph, its people set apart by semicolons and its lines wrapped
        lines = [part for part in " ".join(ln.strip() for ln in lines).split(";") if part.strip()]
    names = sum(1 for ln in lines if _is_name_line(ln))
    return names >= 2 and all(_is_name_line(ln) or _LABELLED.match(ln) for ln in lines)
