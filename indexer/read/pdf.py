"""The PDF text layer: pypdfium2 (PDFium, Apache-2.0/BSD) reads each page's positioned text runs.

Chosen by measurement (bench/bench_pdf.py, BENCHMARKS.md "PDF text layer"): PDFium is the fastest
in-process engine on the Alingsås protocols and gives the run boxes that `indexer.read.pdf_layout`
turns into lines (reading order, two-column lists, rotated margin text dropped). pdfplumber and
pdfminer.six were ~20x slower; pdftotext (poppler, GPL) is as fast but only from a subprocess and
its reading order splits table rows ("§ 94" apart from its title).

Pages without a usable text layer (few letters and something drawn, or a picture over half the
page: a scan, or text drawn as outlines) are OCR'd (`indexer.read.ocr`), and OCR's misread § signs
put back where the paragraph sequence confirms them (`indexer.read.ocr_fix`).

A file that is not a readable PDF gets a one-line reason that says what it is (an HTML page saved
as .pdf, encrypted, truncated, no pages, a scan whose OCR failed or found nothing).
"""

from __future__ import annotations

import ctypes
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from indexer.read.errors import ParseError
from indexer.read.ocr import OcrOptions, ocr_images, render_page, tesseract_available
from indexer.read.ocr_fix import fix_minutes_words, fix_names, fix_paragraph_signs
from indexer.read.pdf_gaps import split_wide_gaps
from indexer.read.pdf_layout import Grid, Run, bold_lines, page_layout

__all__ = ["PAGE_MARKER", "PdfPage", "PdfText", "pdf_pages", "pdf_text", "sniff_not_pdf"]

#: Put before each PDF page; `indexer.read.clean` splits pages on it (the dev corpus uses the same marker).
PAGE_MARKER = "<!-- sida {n} -->"


@dataclass
class PdfPage:
    """One page: its lines, how much text its text layer has, and whether it was OCR'd."""

    number: int  # 1-based
    lines: list[str]
    chars: int = 0  # letters and digits in the text layer (a broken font's private-use glyphs do not count)
    ocr_confidence: float | None = None  # mean word confidence (0-100) when the page was OCR'd
    bold: list[str] = field(default_factory=list)  # the lines set wholly in bold (`pdf_layout.bold_lines`)


@dataclass
class PdfText:
    """The pages of one PDF, and what went wrong on some of them."""

    pages: list[PdfPage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Why pages without a text layer were not OCR'd ("OCR is off", "OCR failed (...)"), if they were not.
    ocr_missed: str | None = None

    @property
    def ocr_pages(self) -> list[int]:
        """The pages whose text comes from OCR."""
        return [p.number for p in self.pages if p.ocr_confidence is not None]


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
        if re.search(rb"/Count\s*0\b", data) and not re.search(rb"/Count\s*[1-9]", data):
            raise ParseError("PDF without pages") from e  # PDFium refuses an empty page tree
        if "password" in msg:
            raise ParseError("encrypted PDF (password protected)") from e
        if b"%%EOF" not in data[-2048:]:
            raise ParseError("truncated PDF (the file ends early: an interrupted download?)") from e
        raise ParseError("corrupt PDF (PDFium cannot read it)") from e


def _runs(textpage: Any) -> list[Run]:
    """The text runs of a page: PDFium's text rectangles and the text inside each.

    PDFium is called directly with one buffer for the page (pypdfium2's `get_rect` and
    `get_text_bounded` allocate per call and ask for each rectangle's text twice, its length then the
    text: a third of reading a page); the text is the same.
    """
    import pypdfium2.raw as pdfium_c

    runs = []
    n_rects = textpage.count_rects()
    size = pdfium_c.FPDFText_CountChars(textpage) * 2 + 64
    buf = (ctypes.c_ushort * size)()
    left, bottom, right, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    for i in range(n_rects):
        if pdfium_c.FPDFText_GetRect(textpage, i, left, top, right, bottom):
            box = (left.value, bottom.value, right.value, top.value)
        else:
            box = textpage.get_rect(i)  # raises pypdfium2's error, as before
        text = _bounded_text(textpage, box, buf, size)
        if text.strip():
            # PDFium reports a hyphen that ends a line as \x02
            text = text.replace("\r", "").replace("\n", " ").replace("\x02", "-")
            # a run typed apart with spaces ("Ordförande          Justerare") is two cells
            runs += split_wide_gaps(textpage, Run(*box, text))
    return runs


#: A font name of a bold face: "DejaVuSans-Bold", "Arial,Bold", "Calibri-Semibold", "Helvetica-Black".
_BOLD_FONT = re.compile(rb"(?i)bold|black|heavy|semibold|demi")


def _is_bold(textpage: Any, run: Run) -> bool:
    """Whether `run` is set in a bold face: the weight of its first character's font (700 is bold), else
    its font's name."""
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = run.left, run.bottom, run.right, run.top
    idx = pdfium_c.FPDFText_GetCharIndexAtPos(
        textpage, left + min(1.0, (right - left) / 2), (bottom + top) / 2, 2.0, 2.0
    )
    if idx < 0:
        return False
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, idx)
    if weight > 0:
        return bool(weight >= 600)
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage, idx, name, 128, ctypes.byref(flags))
    return _BOLD_FONT.search(name.value) is not None


def _bounded_text(textpage: Any, box: tuple[float, float, float, float], buf: Any, size: int) -> str:
    """The text inside `box` (left, bottom, right, top), read into `buf` (`size` UTF-16 units)."""
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = box
    n = pdfium_c.FPDFText_GetBoundedText(textpage, left, top, right, bottom, buf, size)
    if n >= size:  # more than the buffer holds (never seen): as pypdfium2 reads it
        return str(textpage.get_text_bounded(left, bottom, right, top))
    text = ctypes.string_at(buf, max(n, 0) * 2).decode("utf-16-le", errors="ignore")
    return text[:-1] if text.endswith("\x00") else text  # the count includes the terminating NUL


def _alnum(runs: list[Run]) -> int:
    return sum(1 for r in runs for ch in r.text if ch.isalnum())


def _needs_ocr(page: Any, chars: int) -> bool:
    """A page without a usable text layer that shows something: a scan, or text drawn as outlines.

    Few letters and any drawing, or a picture over half the page with little text on it (a scan
    with a stamped header; a cover photo under a typed title keeps its text layer). A blank page
    is not OCR'd, nor one whose only marks are its page number and empty text objects (boxes of
    no area: they draw nothing; OCR'ing such a page cost a Tesseract run per blank page).
    """
    if chars >= 60:
        return False
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    drawn = False
    for obj in page.get_objects(max_depth=1):
        left, bottom, right, top = obj.get_bounds()
        if right <= left or top <= bottom:
            continue  # draws nothing
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if (right - left) * (top - bottom) >= 0.5 * width * height:
                return True
            drawn = True
        elif obj.type in (
            pdfium_c.FPDF_PAGEOBJ_PATH,
            pdfium_c.FPDF_PAGEOBJ_SHADING,
            pdfium_c.FPDF_PAGEOBJ_TEXT,
        ):
            drawn = True
    return drawn and chars < 20


def pdf_pages(data: bytes, ocr: OcrOptions | None = None) -> PdfText:
    """Read every page's lines; OCR the pages without a usable text layer.

    Args:
        data: The bytes of a PDF file.
        ocr: How to OCR pages without a text layer; None or disabled: not at all.

    Returns:
        The pages, each with its lines in reading order (OCR'd pages marked with their confidence),
        and warnings about pages that could not be read.

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
        scanned: list[int] = []
        table: Grid | None = None  # a table running over the page break
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            runs = _runs(textpage)
            chars = _alnum(runs)
            lines, table = page_layout(runs, table) if chars else ([], None)
            bold = bold_lines(runs, functools.partial(_is_bold, textpage)) if chars else []
            out.pages.append(PdfPage(i + 1, lines, chars, bold=bold))
            if _needs_ocr(page, chars):
                scanned.append(i)
            textpage.close()
            page.close()
        if scanned:
            _ocr(pdf, out, scanned, ocr)
        return out
    finally:
        pdf.close()


def _ocr(pdf: Any, out: PdfText, scanned: list[int], options: OcrOptions | None) -> None:
    """Replace the text of the scanned pages by what OCR reads there (a warning when it cannot)."""
    if options is None or not options.enabled:
        out.ocr_missed = "OCR is off"
    elif not tesseract_available():
        out.ocr_missed = "OCR is not installed (apt-get install tesseract-ocr tesseract-ocr-swe)"
    if out.ocr_missed or options is None:
        out.warnings.append(f"{len(scanned)} page(s) without a text layer not read: {out.ocr_missed}")
        return

    def renderer(i: int) -> Callable[[], list[bytes]]:
        def render() -> list[bytes]:
            page = pdf[i]
            try:
                return render_page(page, options.dpi)
            finally:
                page.close()

        return render

    try:
        read = ocr_images(((i + 1, renderer(i)) for i in scanned), options)
    except ParseError as e:
        out.ocr_missed = str(e)
        out.warnings.append(f"{len(scanned)} page(s) without a text layer not read: {e}")
        return
    for i in scanned:
        page = out.pages[i]
        page.lines, page.ocr_confidence, page.bold = read[i + 1].lines, read[i + 1].confidence, []
    fix_paragraph_signs([p.lines for p in out.pages], set(scanned))
    fix_minutes_words([p.lines for p in out.pages], set(scanned))
    fix_names([p.lines for p in out.pages], set(scanned))


def pdf_text(data: bytes, ocr: OcrOptions | None = None) -> tuple[str, PdfText]:
    """The document's text, each page after its page marker, and its pages.

    Args:
        data: The bytes of a PDF file.
        ocr: How to OCR pages without a text layer (see `pdf_pages`).

    Returns:
        The text and the pages it was made of.

    Raises:
        ParseError: As `pdf_pages`, and when no page has any text: no text layer and no OCR, or
            OCR that failed or found nothing; the message says which.
    """
    pdf = pdf_pages(data, ocr)
    if not any(p.lines for p in pdf.pages):
        if pdf.ocr_pages:
            raise ParseError("image-only PDF: OCR found no text on its pages (a drawing or a blank scan?)")
        if pdf.ocr_missed and pdf.ocr_missed.startswith("OCR failed"):
            raise ParseError(f"image-only PDF: {pdf.ocr_missed}")
        if pdf.ocr_missed:
            raise ParseError(f"no text layer (scanned PDF) and {pdf.ocr_missed}")
        raise ParseError("no text layer and nothing drawn on the pages (blank PDF)")
    text = "\n\n".join(PAGE_MARKER.format(n=p.number) + "\n\n" + "\n".join(p.lines) for p in pdf.pages)
    return text, pdf
