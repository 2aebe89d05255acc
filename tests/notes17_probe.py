"""Invented probe of notes whose points are unnumbered bold headings (for `tests/test_notes17.py`).

Mötesanteckningar and minnesanteckningar often print no number at all: each point is a short bold
line standing alone over its text ("Mötets öppnande" / "Ordföranden hälsade välkommen …"). A reader
numbers them by their order (GOLD_FORMAT). The same notes are built as a web page (`<p><strong>`,
`<p><b>`, a `<div>` of its own), a Word file (a paragraph wholly bold, or in a Heading style), a PDF (a
bold font run on its own line) and markdown. The cover's headings (Närvarande, Övriga, Justeras) are
set as a portal sets them (`<h2>`) or bold as the points are: neither is a point. A protocol with §
headings set the same way is the control: its items are the §s, whatever else is bold.

Every name is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from fpdf import FPDF

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@dataclass
class Case:
    """A document as (kind, text) lines; kind "title", "head" (a cover's heading), "point" (a point's
    heading), "text"; and what a reader finds: the items' (number, title) and actions."""

    name: str
    lines: list[tuple[str, str]]
    items: list[tuple[str, str]]
    actions: set[tuple[str, str, str]]  # (item number, person, kind)


_NOTES_LINES = [
    ("title", "Mötesanteckningar – Testkommunens tillgänglighetsråd"),
    ("text", "Datum: 14 oktober 2026, kl. 09.00–11.30"),
    ("text", "Plats: Stadshuset, rum Ekorren"),
    ("head", "Närvarande"),
    ("text", "Lena Forsberg (S), ordförande"),
    ("text", "Kjell Ahlqvist (M), vice ordförande"),
    ("text", "Rut Sjödahl, DHR Testköping"),
    ("text", "Ove Bringsjö, SRF Testköping"),
    ("head", "Övriga"),
    ("text", "Pia Malmgård, tillgänglighetsstrateg"),
    ("text", "Nils Ekebom, sekreterare"),
    ("point", "Mötets öppnande"),
    ("text", "Ordföranden hälsade alla välkomna och öppnade mötet. Dagordningen godkändes."),
    ("point", "Tillgänglighet i stadsparken"),
    ("text", "Pia Malmgård informerade om de nya gångvägarna och ledstråken i stadsparken."),
    ("text", "Rut Sjödahl ställde en fråga om belysningen längs ån."),
    ("point", "Färdtjänst och sjukresor"),
    ("text", "Kjell Ahlqvist redogjorde för den nya upphandlingen av färdtjänsten som gäller från mars."),
    ("point", "Övriga frågor"),
    ("text", "Ove Bringsjö ställde en fråga om taktila plattor vid busstationen."),
    ("point", "Nästa möte"),
    ("text", "Nästa möte hålls den 9 december 2026 kl. 09.00."),
    ("head", "Justeras"),
    ("text", "Lena Forsberg, ordförande"),
    ("text", "Rut Sjödahl, DHR Testköping"),
]
_NOTES_ITEMS = [
    ("1", "Mötets öppnande"),
    ("2", "Tillgänglighet i stadsparken"),
    ("3", "Färdtjänst och sjukresor"),
    ("4", "Övriga frågor"),
    ("5", "Nästa möte"),
]
_NOTES_ACTIONS = {
    ("2", "Pia Malmgård", "presented"),
    ("2", "Rut Sjödahl", "raised"),
    ("3", "Kjell Ahlqvist", "presented"),
    ("4", "Ove Bringsjö", "raised"),
}
NOTES = Case("notes", _NOTES_LINES, _NOTES_ITEMS, _NOTES_ACTIONS)

# The control: a protocol whose § headings and section words ("Beslut") are bold paragraphs too.
PROTOCOL = Case(
    "protocol",
    [
        ("title", "Protokoll – Testkommunens tekniska nämnd"),
        ("text", "Datum: 14 oktober 2026, kl. 09.00–11.30"),
        ("text", "Plats: Stadshuset, rum Ekorren"),
        ("head", "Närvarande"),
        ("text", "Lena Forsberg (S), ordförande"),
        ("text", "Kjell Ahlqvist (M), ledamot"),
        ("point", "§ 41 Val av justerare"),
        ("text", "Kjell Ahlqvist utses att jämte ordföranden justera protokollet."),
        ("point", "§ 42 Gatubelysning i Norrby"),
        ("text", "Dnr TN 2026/77"),
        ("point", "Beslut"),
        ("text", "Tekniska nämnden beslutar att byta armaturerna."),
        ("point", "Yrkanden"),
        ("text", "Kjell Ahlqvist (M) yrkar bifall till förvaltningens förslag."),
        ("point", "§ 43 Anmälan av delegationsbeslut"),
        ("text", "Anmälan noteras."),
        ("head", "Justeras"),
        ("text", "Lena Forsberg"),
        ("text", "Kjell Ahlqvist"),
    ],
    [("§41", "Val av justerare"), ("§42", "Gatubelysning i Norrby"), ("§43", "Anmälan av delegationsbeslut")],
    {("§42", "Kjell Ahlqvist", "proposed")},
)


def _stem(case: Case, kind: str) -> str:
    doc = "protokoll" if case is PROTOCOL else "motesanteckningar"
    return f"testkommun_tillganglighetsradet_2026-10-14_{doc}_{case.name}_{kind}"


def _html(case: Case, tmp: Path, kind: str, point: str, head: str) -> Path:
    """A portal page: `point` and `head` format a point's and a cover heading's text (escaped)."""
    forms = {"title": "<h1>{}</h1>", "head": head, "point": point, "text": "<p>{}</p>"}
    parts = [forms[k].format(html.escape(t)) for k, t in case.lines]
    path = tmp / f"{_stem(case, kind)}.html"
    body = "".join(parts)
    path.write_text(f"<html><body><main><article>{body}</article></main></body></html>", encoding="utf-8")
    return path


def _docx(case: Case, tmp: Path, kind: str, styled: bool) -> Path:
    """A Word file: the title bold, a point and a cover heading bold paragraphs, or in Heading 2."""
    d = docx.Document()
    for k, t in case.lines:
        if k in ("point", "head") and styled:
            d.add_heading(t, level=2)
        elif k in ("point", "head", "title"):
            d.add_paragraph().add_run(t).bold = True
        else:
            d.add_paragraph(t)
    path = tmp / f"{_stem(case, kind)}.docx"
    d.save(str(path))
    return path


def _pdf(case: Case, tmp: Path) -> Path:
    """A PDF drawn with DejaVu: the title, the points and the cover's headings in the bold face."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("DejaVu", "", _FONT)
    pdf.add_font("DejaVu", "B", _BOLD)
    pdf.add_page()
    for k, t in case.lines:
        pdf.set_font("DejaVu", "" if k == "text" else "B", 13 if k == "title" else 10)
        if k != "text":
            pdf.ln(3)
        pdf.multi_cell(180, 5, t)
    path = tmp / f"{_stem(case, 'pdf')}.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


def _md(case: Case, tmp: Path) -> Path:
    marks = {"title": "# {}", "head": "**{}**", "point": "**{}**", "text": "{}"}
    text = "\n\n".join(marks[k].format(t) for k, t in case.lines)
    path = tmp / f"{_stem(case, 'md')}.md"
    path.write_text(text + "\n", encoding="utf-8")
    return path


BUILDERS: dict[str, Callable[[Case, Path], Path]] = {
    "html_strong": lambda c, t: _html(c, t, "html_strong", "<p><strong>{}</strong></p>", "<h2>{}</h2>"),
    "html_b": lambda c, t: _html(c, t, "html_b", "<p><b>{}</b></p>", "<p><b>{}</b></p>"),
    "html_div": lambda c, t: _html(c, t, "html_div", "<div><strong>{}</strong></div>", "<h3>{}</h3>"),
    "docx_bold": lambda c, t: _docx(c, t, "docx_bold", False),
    "docx_heading": lambda c, t: _docx(c, t, "docx_heading", True),
    "pdf": _pdf,
    "md": _md,
}
