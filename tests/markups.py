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
