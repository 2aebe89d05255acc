"""A probe: a protokollsutdrag whose case number stands in its head, not with its one paragraph.

"Kommunstyrelsen⇥Sammanträdesdatum 2026-04-07⇥Dnr KS/2026:40" above "§ 67⇥Försäljning av fastigheten …",
a title wrapped over three lines, a numbered decision list and an earlier decision's case number cited in
the text (`indexer.segment.extract_head`). The extract is one item, §67, with its title whole and the head's
number as its case. The same extract in three markups (a text export, a PDF, a Word file) and with three
labels ("Dnr", "Diarienummer:", "Ärendenummer"). Every name and matter is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"
TITLE = [
    "Försäljning av fastigheten Ekby 3:45 (f.d.",
    "Ekby skola) samt upphävande av tidigare beslut",
    "om inriktning",
]
EXPECTED_TITLE = " ".join(TITLE)
_COVER = [
    ("Ordförande", "Karin Ölund (C)"),
    ("Sekreterare", "Olle Dahl"),
    ("Justerare", "Lars Öhman (S)"),
    ("Justerat", "2026-04-10"),
]
_BODY = [
    "Kommunstyrelsens beslut",
    "1. Kommunstyrelsen godkänner försäljningen av fastigheten Ekby 3:45 för 2 350 000 kronor.",
    "2. Kommunstyrelsens beslut 2024-11-12, § 201, om inriktning för fastigheten upphävs.",
    "3. Kommundirektören får i uppdrag att underteckna köpekontraktet.",
    "Ärendebeskrivning",
    "Kommunstyrelsen beslutade 2024-11-12, § 201 (KS/2024:301), att fastigheten skulle användas för",
    "kommunal verksamhet. Någon sådan verksamhet har inte kunnat lokaliseras dit.",
    "Beslutet skickas till",
    "Kommundirektören",
    "Ekonomiavdelningen",
]
#: The head's case-number cell, by its label.
LABELS = {
    "Dnr": "Dnr KS/2026:40",
    "Diarienummer": "Diarienummer: KS/2026:40",
    "Ärendenummer": "Ärendenummer KS/2026:40",
}


def _text(path: Path, cell: str) -> None:
    out = [
        "EKBY KOMMUN\tPROTOKOLLSUTDRAG\tSida 1(1)",
        f"Kommunstyrelsen\tSammanträdesdatum 2026-04-07\t{cell}",
        "",
    ]
    out += [f"{k}\t{v}" for k, v in _COVER] + ["", f"§ 67\t{TITLE[0]}", *TITLE[1:], *_BODY]
    out += ["", "Justerandes signatur\tUtdragsbestyrkande"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _pdf(path: Path, cell: str) -> None:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("S", "", 9)
    for x, text in ((20, "EKBY KOMMUN"), (95, "PROTOKOLLSUTDRAG"), (170, "Sida 1(1)")):
        pdf.text(x, 15, text)
    for x, text in ((20, "Kommunstyrelsen"), (95, "Sammanträdesdatum 2026-04-07"), (160, cell)):
        pdf.text(x, 21, text)
    y = 40.0
    for label, value in _COVER:
        pdf.text(20, y, label)
        pdf.text(55, y, value)
        y += 5
    y += 8
    pdf.set_font("S", "B", 11)
    pdf.text(20, y, "§ 67")
    for line in TITLE:
        pdf.text(45, y, line)
        y += 5.5
    for line in _BODY:
        pdf.set_font("S", "B" if not line[0].isdigit() and len(line.split()) <= 3 else "", 10)
        pdf.text(20, y, line)
        y += 5
    pdf.set_font("S", "", 8)
    pdf.text(20, 285, "Justerandes signatur")
    pdf.text(160, 285, "Utdragsbestyrkande")
    pdf.output(str(path))


def _docx(path: Path, cell: str) -> None:
    doc = docx.Document()
    doc.add_paragraph("EKBY KOMMUN\tPROTOKOLLSUTDRAG")
    doc.add_paragraph(f"Kommunstyrelsen\tSammanträdesdatum 2026-04-07\t{cell}")
    for k, v in _COVER:
        doc.add_paragraph(f"{k}\t{v}")
    head = doc.add_paragraph()
    head.add_run("§ 67\t").bold = True
    for k, line in enumerate(TITLE):
        run = head.add_run(line)
        run.bold = True
        if k + 1 < len(TITLE):
            run.add_break()
    for line in _BODY:
        doc.add_paragraph(line)
    doc.save(path)


MARKUPS: dict[str, tuple[str, Callable[[Path, str], None]]] = {
    "text": ("txt", _text),
    "pdf": ("pdf", _pdf),
    "docx": ("docx", _docx),
}
CASES = [(m, label) for m in MARKUPS for label in LABELS]


def extract(markup: str, label: str, tmp: Path) -> list[tuple[str | None, str, list[str]]]:
    """The probe in one markup with one label, extracted: (number, title, case numbers) per item."""
    suffix, write = MARKUPS[markup]
    path = tmp / f"ekby_kommunstyrelsen_2026-04-07_protokollsutdrag.{suffix}"
    write(path, LABELS[label])
    return [(it.number, it.title, it.diarienummer) for it in extract_file(path).items]


@pytest.mark.parametrize(("markup", "label"), CASES)
def test_an_extract_takes_its_case_number_from_its_head(markup: str, label: str, tmp_path: Path) -> None:
    assert extract(markup, label, tmp_path) == [("§67", EXPECTED_TITLE, ["KS/2026:40"])]


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        right = 0
        for m, label in CASES:
            got = extract(m, label, Path(d))
            ok = got == [("§67", EXPECTED_TITLE, ["KS/2026:40"])]
            right += ok
            print(f"{m:6} {label:14} {'right' if ok else 'WRONG'} (items {len(got)})")
            if "-v" in sys.argv and not ok:
                for g in got:
                    print("   ", g)
        print(f"right {right}/{len(CASES)}")
