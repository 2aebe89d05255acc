"""A probe: a protocol's § titles that break inside a bracket, in three markups (text export, PDF, Word).

"Detaljplan för del av Arlöv 19:4 m.fl. (kvarteret" / "Sockerbruket), beslut om granskning": the line
under the § line's case number ends inside an open bracket, so the title goes on where it closes, even
when the first line is short of the page's width. Every name and matter is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"
_BODY = (
    "Planchef Maja Lund föredrar ärendet. Förslaget har varit ute på samråd under våren och synpunkterna "
    "redovisas i en samrådsredogörelse som bifogas handlingarna till sammanträdet."
)
#: (number, dnr, title lines) of each §.
PARAGRAPHS: list[tuple[int, str, list[str]]] = [
    (21, "KS 2026/1", ["Val av justerare"]),
    (22, "KS 2024/203", ["Detaljplan för del av Ekby 19:4 (kvarteret", "Sockerbruket), beslut om samråd"]),
    (23, "KS 2025/77", ["Försäljning av fastigheten Ekbacken 3:12 (tidigare", "Norrskolan), beslut"]),
    (24, "KS 2026/9", ["Planbesked för Väster 1:5 (del av", "Stora torget)"]),
    (25, "KS 2026/12", ["Budgetuppföljning mars 2026"]),
]  # fmt: skip
EXPECTED = [(f"§{n}", " ".join(t)) for n, _, t in PARAGRAPHS]
_HEAD = ["Protokoll", "Kommunstyrelsen", "Sammanträdesdatum 2026-04-14"]


def _text(path: Path) -> None:
    out = ["EKBY KOMMUN", *_HEAD, ""]
    for n, dnr, title in PARAGRAPHS:
        out += [f"§ {n}{'Dnr ' + dnr:>90}", *title, "Ärendebeskrivning", _BODY[:95], _BODY[96:], ""]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _pdf(path: Path) -> None:
    p = FPDF(format="A4")
    p.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    p.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    p.add_page()
    p.set_font("S", "", 10)
    for line in ["Ekby kommun", *_HEAD]:
        p.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for n, dnr, title in PARAGRAPHS:
        p.ln(4)
        p.set_font("S", "B", 11)
        p.cell(90, 6, f"§ {n}")
        p.set_font("S", "", 10)
        p.cell(0, 6, f"Dnr {dnr}", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_font("S", "B", 11)
        for line in title:
            p.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        p.set_font("S", "B", 10)
        p.cell(0, 6, "Ärendebeskrivning", new_x="LMARGIN", new_y="NEXT")
        p.set_font("S", "", 10)
        p.multi_cell(0, 5, _BODY, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def _docx(path: Path) -> None:
    doc = docx.Document()
    for line in ["EKBY KOMMUN", *_HEAD]:
        doc.add_paragraph(line)
    for n, dnr, title in PARAGRAPHS:
        doc.add_paragraph(f"§ {n}\tDnr {dnr}").runs[0].bold = True
        par = doc.add_paragraph()
        for k, line in enumerate(title):
            run = par.add_run(line)
            run.bold = True
            if k + 1 < len(title):
                run.add_break()
        doc.add_paragraph("Ärendebeskrivning").runs[0].bold = True
        doc.add_paragraph(_BODY)
    doc.save(path)


MARKUPS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "text": ("txt", _text),
    "pdf": ("pdf", _pdf),
    "docx": ("docx", _docx),
}


def extract(markup: str, tmp: Path) -> list[tuple[str | None, str]]:
    """The probe in one markup, extracted: (number, title) per item."""
    suffix, write = MARKUPS[markup]
    path = tmp / f"ekby_kommunstyrelsen_2026-04-14_protokoll.{suffix}"
    write(path)
    return [(it.number, it.title) for it in extract_file(path).items]


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for m in MARKUPS:
            got = extract(m, Path(d))
            print(m, f"titles {sum(g in EXPECTED for g in got)}/{len(EXPECTED)} items {len(got)}")
            if "-v" in sys.argv:
                for g in got:
                    print("   ", g)
