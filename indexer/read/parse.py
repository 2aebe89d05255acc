"""Read one file into text: txt/md, html, pdf (text layer) and docx, with encoding detection.

Everything that can go wrong with a file becomes a `ParseError` whose message is
the one-line reason shown to the user (the indexer reports it and skips the file).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

from indexer.read.errors import ParseError
from indexer.read.html import HtmlTooDeep, html_to_text
from indexer.types import SourceText

__all__ = ["PAGE_MARKER", "ParseError", "SourceText", "decode_text", "read_document"]

#: Put between PDF pages; `indexer.read.clean` knows it (the dev corpus uses the same marker).
PAGE_MARKER = "<!-- sida {n} -->"

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_document(path: Path, *, max_bytes: int = 50_000_000) -> SourceText:
    """Read a document and return its text.

    Args:
        path: A txt, md, html, pdf or docx file (the type comes from the extension,
            or from the content when there is none).
        max_bytes: Larger files are refused.

    Returns:
        The text, its format, encoding and the sha256 of the file's bytes.

    Raises:
        ParseError: Missing, unreadable, empty, binary, corrupt, too large or
            unsupported file; the message says which.
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    sha = hashlib.sha256(data).hexdigest()
    fmt = _detect_format(path, data)
    encoding: str | None = None
    pages: int | None = None
    if fmt == "pdf":
        text, pages = _pdf_text(data)
    elif fmt == "docx":
        text = _docx_text(data)
    else:
        text, encoding = decode_text(data)
        if fmt == "html":
            try:
                text = html_to_text(text)
            except HtmlTooDeep as e:
                raise ParseError(str(e)) from e
    if not text.strip():
        raise ParseError(
            "no text in file" if fmt in ("pdf", "docx", "html") else "empty file (only whitespace)"
        )
    return SourceText(str(path), sha, fmt, text, encoding, len(data), pages=pages)


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


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes: BOMs, UTF-8, then cp1252 (a superset of latin-1 for printable text).

    Args:
        data: The raw bytes.

    Returns:
        (text, encoding name).

    Raises:
        ParseError: The bytes are binary, not text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="replace")), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as e:
            raise ParseError("binary file (invalid UTF-16)") from e
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(data.decode(utf16)), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise ParseError("binary file (not text)")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    # Bytes 0x80-0x9F are control characters in latin-1 but quotes and dashes in
    # cp1252; Swedish å ä ö are the same in both, so cp1252 reads either correctly.
    try:
        text = data.decode("cp1252")
        enc = "cp1252" if re.search(rb"[\x80-\x9f]", data) else "latin-1"
    except UnicodeDecodeError:
        text, enc = data.decode("latin-1"), "latin-1"
    return _checked(text), enc


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the bytes look like UTF-16 text without a byte-order mark.

    Latin text in UTF-16 has a zero as the high byte of almost every character: the zeros fall on
    odd offsets (little-endian) or even ones (big-endian), almost never on the other.
    """
    sample = data[:8192]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.4 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


#: Control characters other than tab, line feed, carriage return and form feed, and the C1 range: a
#: regex counts them ~20x faster than a loop over the characters.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x80-\x9f]")


def _checked(text: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file)."""
    sample = text[:20000]
    if not sample:
        return text
    ctrl = len(_CONTROL.findall(sample))
    if ctrl > max(2, len(sample) // 100):
        raise ParseError("binary file (not text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _pdf_text(data: bytes) -> tuple[str, int]:
    """The pages' text, each after its page marker, and the number of pages."""
    from indexer.read.pdf import pdf_pages  # PDFium loads only for PDFs

    pages = pdf_pages(data).pages
    if not any(p.chars for p in pages):
        raise ParseError("no text layer (scanned PDF?)")
    text = "\n\n".join(PAGE_MARKER.format(n=p.number) + "\n\n" + "\n".join(p.lines) for p in pages)
    return text, len(pages)


def _docx_text(data: bytes) -> str:
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from indexer.read.docx_limits import docx_limit_reason
    from indexer.read.docx_numbering import ListNumbers

    if reason := docx_limit_reason(data):
        raise ParseError(reason)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ParseError("corrupt docx (not a Word document)") from e
    except Exception as e:  # lxml and python-docx raise their own types for broken parts
        raise ParseError(f"corrupt docx ({e.__class__.__name__})") from e
    # One block per paragraph (a blank line between, as in text files) and one per table;
    # a list paragraph gets back the number Word draws in front of it.
    numbers = ListNumbers(document)
    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = paragraph.text.strip()
            if text:
                blocks.append(numbers.marker(paragraph) + text)
        elif tag == "tbl":
            rows: list[str] = []
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    t = cell.text.replace("\n", " ").strip()
                    if not cells or cells[-1] != t:  # merged cells repeat their text
                        cells.append(t)
                rows.append("\t".join(cells))
            blocks.append("\n".join(rows))
    return "\n\n".join(blocks)
