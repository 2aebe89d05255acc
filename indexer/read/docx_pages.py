"""What Word prints around a .docx's body: the page headers and footers, and the page breaks set by hand.

A protocol written in Word often names its kommun only in the page header ("Sundsvalls kommun
SAMMANTRÄDESPROTOKOLL Sida 2 (5)"), which python-docx keeps apart from the body. The header's lines
are put at the top of each page, as Word prints them, so metadata reads them like a PDF's running
header and cleaning removes them from the body. Pages are known where the writer broke them (a page
break, "page break before"); Word's own pagination is not in the file.

A template may name who met and when only in a footer ("Vara kommun – Socialnämnden – 2026-05-06"),
a different first page's header or footer, or the even pages' (`page_part_lines`). Those lines are
the document's own as surely as a running header, but never body text: they go to the metadata as
cues (`indexer.types.PageCues.running`), not into the text, so no footer becomes a point or a title.
"""

from __future__ import annotations

import re
from typing import Any

from indexer.read.page_numbers import is_page_number

__all__ = ["breaks_after", "breaks_before", "header_lines", "page_part_lines"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A field Word fills in when it prints ("Sida PAGE (NUMPAGES)"): its text is not in the file.
# "Sida PAGE av NUMPAGES" leaves "Sida  av".
_EMPTY_FIELD = re.compile(
    r"\s*(?:\b(?:sida|page)\b\s*)?\(\s*\)|\s*\b(?:sida|page)(?:\s+(?:av|of))?\s*$", re.IGNORECASE
)
# Fields of a header's or footer's line set apart by spaces ("Vara kommun  Socialnämnden"), not tab stops.
_SPACED = re.compile(r"[ \u00a0]{2,}")


def header_lines(document: Any) -> list[str]:
    """The text lines of the first section's page header (paragraphs and table rows), or []."""
    if not document.sections:
        return []
    header = document.sections[0].header
    if header.is_linked_to_previous and not header.paragraphs:
        return []
    return _part_lines(header)


def page_part_lines(document: Any) -> list[str]:
    """The lines of every page header and footer Word prints, each once: each section's own default
    header and footer, its first page's where the section sets a different first page, the even
    pages' where the document sets them apart. A part the file holds but Word does not print (a
    first-page footer without "different first page") is left out, and so are page numbers; fields
    set apart by spaces are cut apart by a tab, as a tab stop sets them."""
    even = bool(document.settings.odd_and_even_pages_header_footer)
    lines: dict[str, None] = {}
    for section in document.sections:
        parts = [section.header, section.footer]
        if section.different_first_page_header_footer:
            parts += [section.first_page_header, section.first_page_footer]
        if even:
            parts += [section.even_page_header, section.even_page_footer]
        for part in parts:
            if part.is_linked_to_previous:  # no part of its own: the previous section's, read already
                continue
            for ln in (x.strip() for raw in _part_lines(part) for x in raw.split("\n")):
                ln = _SPACED.sub("\t", ln)
                if ln and not is_page_number(ln, bare=True):
                    lines[ln] = None
    return list(lines)


def _part_lines(part: Any) -> list[str]:
    """A header's or footer's text lines: its paragraphs, then its tables' rows (cells joined by a tab)."""
    lines: list[str] = []
    for p in part.paragraphs:
        lines.append(_EMPTY_FIELD.sub("", p.text).strip())
    for table in part.tables:
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
