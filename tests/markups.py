"""One document's lines written in the four markups arkiv reads, for probes of one cue in every form.

Each line becomes a line of a text export, a line of a PDF's text layer, a Word paragraph and an HTML
paragraph (empty lines are kept where the markup keeps them), so a probe tests the cue and not a layout.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
from fpdf import FPDF

#: The four markups, by file suffix.
SUFFIXES = ("txt", "pdf", "docx", "html")
_FONTS = "/usr/share/fonts/truetype/dejavu/"


def write_lines(path: Path, lines: list[str]) -> Path:
    """Write `lines` to `path` in the markup its suffix names.

    Args:
        path: The file to write; its suffix (.txt, .pdf, .docx, .html) picks the markup.
        lines: The document's lines, in order.

    Returns:
        The path written.
    """
    suffix = path.suffix.lstrip(".")
    if suffix == "txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif suffix == "pdf":
        pdf = FPDF(unit="mm", format="A4")
        pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")  # å, ä and ö need a Unicode font
        pdf.add_page()
        pdf.set_font("S", size=10)
        for ln in lines:
            pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
        path.write_bytes(bytes(pdf.output()))
    elif suffix == "docx":
        doc = docx.Document()
        for ln in lines:
            doc.add_paragraph(ln)
        doc.save(str(path))
    elif suffix == "html":
        body = "".join(f"<p>{html.escape(x)}</p>" for x in lines if x)
        path.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
    else:
        raise ValueError(f"no markup for {path.name}")
    return path


def write_placed(path: Path, lines: list[str], *, size: int = 9, left: int = 15, step: int = 5) -> Path:
    """Write `lines` as `write_lines` does, but with each PDF line drawn at its own place (never wrapped,
    `step` mm apart from 20 mm down, `left` mm in, in a `size` pt font) and Word without empty paragraphs.

    Args:
        path: The file to write; its suffix (.txt, .pdf, .docx, .html) picks the markup.
        lines: The document's lines, in order.
        size: The PDF font size in points.
        left: The PDF lines' left edge in mm.
        step: The PDF line distance in mm.

    Returns:
        The path written.
    """
    if path.suffix == ".docx":
        doc = docx.Document()
        for ln in lines:
            if ln:
                doc.add_paragraph(ln)
        doc.save(str(path))
    elif path.suffix == ".pdf":
        pdf = FPDF(unit="mm", format="A4")
        pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
        pdf.add_page()
        pdf.set_font("S", size=size)
        for i, ln in enumerate(lines):
            pdf.text(left, 20 + step * i, ln)
        path.write_bytes(bytes(pdf.output()))
    else:
        write_lines(path, lines)
    return path
