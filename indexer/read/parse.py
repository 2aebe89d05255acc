"""Read one file into text: the format is told by extension or content, then each format's reader runs.

txt/md: `indexer.read.txt` (encoding detection); html: `indexer.read.html`; pdf: `indexer.read.pdf`
(text layer, OCR of scanned pages via `indexer.read.ocr`); docx: `indexer.read.docx`.
Everything that can go wrong with a file becomes a `ParseError` whose message is
the one-line reason shown to the user (the indexer reports it and skips the file).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from indexer.read.docx import docx_document
from indexer.read.errors import ParseError
from indexer.read.html import HtmlTooDeep, html_read
from indexer.read.ocr import OcrOptions
from indexer.read.pdf import PAGE_MARKER, pdf_text
from indexer.read.txt import decode_text
from indexer.types import PageCues, SourceText

__all__ = ["PAGE_MARKER", "OcrOptions", "ParseError", "SourceText", "decode_text", "read_document"]

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_document(path: Path, *, max_bytes: int = 50_000_000, ocr: OcrOptions | None = None) -> SourceText:
    """Read a document and return its text.

    Args:
        path: A txt, md, html, pdf or docx file (the type comes from the extension,
            or from the content when there is none).
        max_bytes: Larger files are refused.
        ocr: How PDF pages without a text layer are OCR'd (default: Swedish Tesseract, on);
            `OcrOptions(enabled=False)` turns OCR off.

    Returns:
        The text, its format, encoding and the sha256 of the file's bytes; for a PDF its
        pages and which of them were OCR'd, with what confidence.

    Raises:
        ParseError: Missing, unreadable, empty, binary, corrupt, too large or
            unsupported file; the message says which.
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    sha = hashlib.sha256(data).hexdigest()
    fmt = _detect_format(path, data)
    if fmt == "pdf":
        text, pdf = pdf_text(data, OcrOptions() if ocr is None else ocr)
        conf = {p.number: p.ocr_confidence for p in pdf.pages if p.ocr_confidence is not None}
        return SourceText(
            str(path), sha, fmt, text, None, len(data), warnings=pdf.warnings, pages=len(pdf.pages),
            ocr_confidence=conf, bold=[ln for p in pdf.pages for ln in p.bold],
        )  # fmt: skip
    encoding: str | None = None
    cues = PageCues()
    bold: list[str] = []
    if fmt == "docx":
        text, bold, parts = docx_document(data)
        cues = PageCues(running=parts)  # its page headers and footers: metadata, never item text
    else:
        text, encoding = decode_text(data)
        if fmt == "html":
            try:
                text, cues, bold = html_read(text)
            except HtmlTooDeep as e:
                raise ParseError(str(e)) from e
    if not text.strip():
        raise ParseError("no text in file" if fmt in ("docx", "html") else "empty file (only whitespace)")
    return SourceText(str(path), sha, fmt, text, encoding, len(data), cues=cues, bold=bold)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        if not path.exists():
            raise ParseError("file not found")
        if not path.is_file():
            raise ParseError("not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise ParseError(f"file too large ({size / 1e6:.1f} MB, limit {max_bytes / 1e6:.1f} MB)")
        data = path.read_bytes()
    except PermissionError as e:
        raise ParseError("unreadable (permission denied)") from e
    except OSError as e:
        raise ParseError(f"unreadable ({e.strerror or e.__class__.__name__})") from e
    if not data:
        raise ParseError("empty file")
    return data


def _detect_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix == ".doc":
        raise ParseError("unsupported file type .doc (old Word format; save it as .docx)")
    if suffix:
        raise ParseError(f"unsupported file type {suffix}")
    # No extension: sniff the content.
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    low = head.lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<body" in low:
        return "html"
    return "txt"
