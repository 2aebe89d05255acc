"""Page numbers as Swedish documents print them: the one place that knows their shapes.

A page number stands alone on its line (a footer, a line the text layer put between a § line and its
title) or at the end of a running header or a § line. The shapes:

- labelled: "Sida 3", "Sida 3 av 7", "Blad 2/3", "Sida 3(7)", "Sida 3 (7)", "sid 3", "sid. 3/7",
  "Page 3 of 7";
- the count in brackets: "3 (7)", "3(7)", "3 (av 7)";
- a fraction or "av": "3/7", "3 av 7" — only alone on a line or set off in a column of its own at
  the end of one, since in running text "3/7" is a date and "3 av 7" a count;
- dashes around it: "- 3 -", "– 3 –";
- a bare number "3", alone on its line: only where the caller knows it stands in a header or footer.

The reader drops page-number lines as chrome (`indexer.read.clean`), the header reader leaves them
out of a page's identity (`indexer.meta.header`, `indexer.meta.dates`, `indexer.meta.doctype`), and
the segmenters skip them between a heading and its title (`indexer.segment`).
"""

from __future__ import annotations

import re

__all__ = ["PAGE_AT_END", "PAGE_IN_LINE", "is_page_number", "without_page_numbers"]

_N = r"\d{1,3}"
# "Sida 3", "Sida 3 av 7", "Sida 3(7)", "Sida 3 (av 7)", "sid. 3/7", "Page 3 of 7"
_LABELLED = rf"(?:sida|sid\.?|blad|page)\s*{_N}(?:\s*(?:av|of|/)\s*{_N}|\s*\(\s*(?:av\s+)?{_N}\s*\))?"
_BRACKETED = rf"{_N}\s*\(\s*(?:av\s+)?{_N}\s*\)"  # "3 (7)", "3(7)", "3 (av 7)"
_FRACTION = rf"{_N}\s*(?:/|av|of)\s*{_N}"  # "3/7", "3 av 7": only set apart
_DASHED = rf"[-–—]\s*{_N}\s*[-–—]"  # "- 3 -"

#: A page number inside a line (a running header: "KOMMUNSTYRELSEN  Protokoll  Sida 2 (9)"); "3 (14)"
#: only at the line's end or before a column break, so "Bilaga 2 (3) till protokollet" keeps its count,
#: and never as a case number's serial with its document number ("PN 2026/17 (15)", "RUN/2026:41 (4)").
PAGE_IN_LINE = re.compile(
    rf"\b(?:{_LABELLED})(?!\d)|(?<![/:])\b{_BRACKETED}(?=\s*$|\t|\s{{2}})", re.IGNORECASE
)
#: A page number at the end of a line, after the text (a § line: "§ 12 Budget 2027      Sida 3 av 9",
#: "§ 13 Anmälan av delegationsbeslut      4/9"): a fraction only in a column of its own.
PAGE_AT_END = re.compile(
    rf"(?:\s+(?:{_LABELLED}|{_BRACKETED})|(?:[ ]{{3,}}|\t)(?:{_FRACTION}|{_DASHED}))\s*$", re.IGNORECASE
)
_ALONE = re.compile(rf"\s*(?:{_LABELLED}|{_BRACKETED}|{_FRACTION}|{_DASHED})\s*", re.IGNORECASE)
_BARE = re.compile(rf"\s*{_N}\s*")


def is_page_number(line: str, *, bare: bool = False) -> bool:
    """Whether `line` holds only a page number ("Sida 6 (8)", "3 (14)", "4/12", "- 3 -").

    Args:
        line: One line of text.
        bare: Also accept a number alone ("3"): for lines known to be a page's header or footer.
    """
    return bool(_ALONE.fullmatch(line) or (bare and _BARE.fullmatch(line)))


def without_page_numbers(line: str, mark: str = "") -> str:
    """`line` with the page numbers inside it replaced by `mark` ("Protokoll Sida 2 (9)" -> "Protokoll ")."""
    return PAGE_IN_LINE.sub(mark, line)
