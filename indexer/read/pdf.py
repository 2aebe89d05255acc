"""The PDF text layer: pypdfium2 (PDFium, Apache-2.0/BSD) reads each page's positioned text runs.

Chosen by measurement (bench/bench_pdf.py, BENCHMARKS.md "PDF text layer"): PDFium is the fastest
in-process engine on the Alingsås protocols and gives the run boxes that `indexer.read.pdf_layout`
turns into lines (reading order, two-column lists, rotated margin text dropped). pdfplumber and
pdfminer.six were ~20x slower; pdftotext (poppler, GPL) is as fast but only from a subprocess and
its reading order splits table rows ("§ 94" apart from its title).

A file that is not a readable PDF gets a one-line reason that says what it is (an HTML page saved
as .pdf, encrypted, truncated, no pages).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from indexer.read.errors import ParseError
from indexer.read.pdf_layout import Run, page_lines

__all__ = ["PdfPage", "PdfText", "pdf_pages", "sniff_not_pdf"]


@dataclass
class PdfPage:
    """One page: its lines and whether it has a usable text layer."""

    number: int  # 1-based
    lines: list[str]
    chars: int = 0  # characters of text on the page

    @property
    def has_text(self) -> bool:
        """A page with a few words at least (a scanned page often carries a stray stamp or page number)."""
        return self.chars >= 20


@dataclass
class PdfText:
    """The pages of one PDF."""

    pages: list[PdfPage] = field(default_factory=list)


def sniff_not_pdf(data: bytes) -> str | None:
    """Say what a file that does not start like a PDF is instead, or None when it looks like a PDF.

    Args:
        data: The file's bytes.

    Returns:
        The one-line reason ("not a PDF: an HTML page (a failed download?)"), or None.
    """
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return None
    low = head.lower()
    if low.startswith((b"<!doctype", b"<head", b"<?xml")) or b"<body" in low or b"<html" in low:
        return "not a PDF: an HTML page (a failed download?)"
    if head.startswith(b"PK\x03\x04"):
        return "not a PDF: a zip archive or Office document (wrong file extension?)"
    if head[:1] in (b"{", b"["):
        return "not a PDF: JSON text (a failed download?)"
    if data[:1024].find(b"%PDF") > 0:
        return None  # junk before the header: PDF readers accept it, so do we
    return "not a PDF (no PDF header)"


def _open(data: bytes) -> Any:  # pypdfium2 is untyped
    import pypdfium2 as pdfium  # only for PDFs

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            raise ParseError("encrypted PDF (password protected)") from e
        if b"%%EOF" not in data[-2048:]:
            raise ParseError("truncated PDF (the file ends early: an interrupted download?)") from e
        raise ParseError("corrupt PDF (PDFium cannot read it)") from e


def _runs(textpage: Any) -> list[Run]:
    """The text runs of a page: PDFium's text rectangles and the text inside each."""
    runs = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if text.strip():
            # PDFium reports a hyphen that ends a line as \x02
            text = text.replace("\r", "").replace("\n", " ").replace("\x02", "-")
            runs.append(Run(left, bottom, right, top, text))
    return runs


def pdf_pages(data: bytes) -> PdfText:
    """Read every page's lines.

    Args:
        data: The bytes of a PDF file.

    Returns:
        The pages, each with its lines in reading order.

    Raises:
        ParseError: Not a PDF, encrypted, truncated, corrupt or without pages; the message says which.
    """
    reason = sniff_not_pdf(data)
    if reason:
        raise ParseError(reason)
    pdf = _open(data)
    try:
        if len(pdf) == 0:
            raise ParseError("PDF without pages")
        out = PdfText()
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            runs = _runs(textpage)
            out.pages.append(PdfPage(i + 1, page_lines(runs), sum(len(r.text.strip()) for r in runs)))
            textpage.close()
            page.close()
        return out
    finally:
        pdf.close()
