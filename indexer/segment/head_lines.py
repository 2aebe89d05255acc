"""What the lines at a § heading are: the § line itself, a contents line, a markdown heading mark, a list
line, a page's header cells, a sentence's end.

Every rule that reads a heading's title (`indexer.segment.titles`, `.title_below`, `.title_above`,
`.title_dnr`) asks these of the lines around it, so they live here once: a line the § pattern (`HEAD`)
matches starts the next item, a page header's cells read between the § line and its title are never
title words, and a list line or a finished sentence is the body's.
"""

from __future__ import annotations

import re

from indexer.read.page_numbers import is_page_number
from indexer.segment.marks import MARK

__all__ = ["HEAD", "LIST_LINE", "MD_MARK", "TOC_LINE", "ends_sentence", "head_number", "is_header_line"]

# "§ 86", "§ 7.", "$ 86" (OCR), "**§ 45 Title**" (markdown bold), "## § 45",
# "KS § 101" / "KF § 45" / "Ks §12" / "KS AU § 88" (organ prefix; not "Se § 12", a reference), "§ 12/26"
# (the paragraph's number in the year's series), "Paragraf 12" (the sign written out), "12 §" and "KS 12 §"
# (the number before the sign). The number is group "n" or "before" (`head_number`), the rest "rest".
HEAD = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:(?!(?:Se|Enligt|Och|Samt|Jfr|Till|Från|Vid|Under|Forts)\s)"
    r"(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5}(?:[- ][A-ZÅÄÖ]{2,4})?"
    # the organ's name: "Kommunstyrelsen § 12", "Kommunstyrelsens arbetsutskott § 12", "Barn- och
    # utbildningsnämnden § 12"
    r"|[A-ZÅÄÖ][a-zåäö]*-?(?: och [a-zåäö]+)?(?:styrelse|nämnd|fullmäktige|utskott|beredning)[a-zåäö]*"
    r"(?: [a-zåäö]+)?)\s+)?(?:(?:§|\$|(?:Paragraf|PARAGRAF)(?=[ \t]))\s*(?P<n>\d{1,4})(?:/(?:19|20)?\d\d)?\.?"
    # the number before the sign, "12 §" (not "12 §§", a range)
    r"|(?P<before>\d{1,4})[ \t]?§(?!§))"
    r"(?=[\s*_]|$)(?P<rest>.*)$"
)


def head_number(m: re.Match[str]) -> int:
    """The paragraph number of a `HEAD` match, printed before or after the sign."""
    return int(m.group("n") or m.group("before"))


TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$")
MD_MARK = re.compile(r"^#{1,6}\s+")
LIST_LINE = re.compile(rf"^(?:{MARK}\s|[A-Za-zÅÄÖåäö]{{1,2}}[/)]\s)")


# A page header's or footer's cells, which the text layer may put between a § line and its title: a
# label of the meeting ("Sammanträdesdatum 2026-09-22", "Justerandes sign", "Utdragsbestyrkande") or a
# date alone. Never a title's words.
_HEADER_CELL = re.compile(
    r"(?:(?:sammanträdes(?:datum|dag)|mötesdatum|protokollsdatum|datum|justerandes?\s+sign(?:atur|\.)?|utdragsbestyrkande"
    r"|sammanträdesprotokoll)\s*:?\s*(?:(?:19|20)\d\d-\d\d-\d\d)?|(?:19|20)\d\d-\d\d-\d\d)",
    re.IGNORECASE,
)


def is_header_line(line: str) -> bool:
    """A line that holds only a page's header or footer cells (`_HEADER_CELL`) or a page number."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    return bool(cells) and all(_HEADER_CELL.fullmatch(c) or is_page_number(c) for c in cells)


def ends_sentence(line: str) -> bool:
    """Ends with a period that is not an abbreviation's ("m.fl.", "bl.a.", "kv.")."""
    last = line.rsplit(" ", 1)[-1]
    return line.endswith(".") and "." not in last[:-1] and len(last) > 4
