"""What Word prints around a .docx's body: the page header, and the page breaks set by hand.

A protocol written in Word often names its kommun only in the page header ("Sundsvalls kommun
SAMMANTRÄDESPROTOKOLL Sida 2 (5)"), which python-docx keeps apart from the body. The header's lines
are put at the top of each page, as Word prints them, so metadata reads them like a PDF's running
header and cleaning removes them from the body. Pages are known where the writer broke them (a page
break, "page break before"); Word's own pagination is not in the file.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["breaks_after", "breaks_before", "header_lines"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A field Word fills in when it prints ("Sida PAGE (NUMPAGES)"): its text is not in the file.
_EMPTY_FIELD = re.compile(r"\s*(?:\b(?:sida|page)\b\s*)?\(\s*\)|\s*\b(?:sida|page)\s*$", re.IGNORECASE)


def header_lines(document: Any) -> list[str]:
    """The text lines of the first section's page header (paragraphs and table rows), or []."""
    if not document.sections:
        return []
    header = document.sections[0].header
    if header.is_linked_to_previous and not header.paragraphs:
        return []
    lines: list[str] = []
    for p in header.paragraphs:
        lines.append(_EMPTY_FIELD.sub("", p.text).strip())
    for table in header.tables:
        for row in table.rows:
            lines.append("\t".join(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip())))
    return [ln for ln in lines if ln]


def _page_break(el: Any) -> bool:
    return el.tag == f"{_W}br" and el.get(f"{_W}type") == "page"


def breaks_before(p: Any) -> bool:
    """Whether the paragraph element starts a new page: "page break before", or a break before its text."""
    ppr = p.find(f"{_W}pPr")
    if ppr is not None and ppr.find(f"{_W}pageBreakBefore") is not None:
        return True
    for el in p.iter(f"{_W}br", f"{_W}t"):
        if el.tag == f"{_W}t" and (el.text or "").strip():
            return False
        if _page_break(el):
            return True
    return False


def breaks_after(p: Any) -> bool:
    """Whether a page break follows text in the paragraph element (what comes next is on a new page)."""
    seen_text = False
    for el in p.iter(f"{_W}br", f"{_W}t"):
        if el.tag == f"{_W}t" and (el.text or "").strip():
            seen_text = True
        elif _page_break(el) and seen_text:
            return True
    return False
