"""A kommun named by its border is a kommun named (kommuner60's uppsala page: "skolskjutsar till Knivsta
gräns"): "X gräns", "Xs gräns", "kommungränsen mot X och Y"; a person's surname before "gräns" is none.

The same sentences in four markups. Probe: main 4/16 (only the surname cases), after 16/16.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from indexer.entities.places import _placed_kommuner
from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"
SENTENCES = {
    "bare": ("Förvaltningen informerar om skolskjutsar till Knivsta gräns.", {"Knivsta"}),
    "genitive": ("Linjen förlängs fram till Sigtunas gräns.", {"Sigtuna"}),
    "against": ("Vägen följer kommungränsen mot Håbo och Enköping.", {"Håbo", "Enköping"}),
    "person": ("Ordföranden tackar Eva Berg gräns för gott samarbete.", set()),
}


def _lines(sentence: str) -> list[str]:
    return [
        "Uppsala kommun",
        "PROTOKOLL",
        "Utbildningsnämnden",
        "Sammanträdesdatum 2026-05-13",
        "",
        "§ 74 Information från förvaltningen",
        sentence,
        "Beslut",
        "Nämnden tackar för informationen.",
    ]


def _write(tmp: Path, suffix: str, lines: list[str]) -> Path:
    p = tmp / f"uppsala_utbildningsnamnden_2026-05-13_protokoll.{suffix}"
    if suffix == "txt":
        p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif suffix == "pdf":
        pdf = FPDF(unit="mm", format="A4")
        pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
        pdf.add_page()
        pdf.set_font("S", size=10)
        for ln in lines:
            pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
        p.write_bytes(bytes(pdf.output()))
    elif suffix == "docx":
        doc = docx.Document()
        for ln in lines:
            doc.add_paragraph(ln)
        doc.save(str(p))
    else:
        body = "".join(f"<p>{html.escape(x)}</p>" for x in lines if x)
        p.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
    return p


@pytest.mark.parametrize("suffix", ["txt", "pdf", "docx", "html"])
@pytest.mark.parametrize("case", list(SENTENCES))
def test_a_border_names_its_kommun(case: str, suffix: str, tmp_path: Path) -> None:
    sentence, want = SENTENCES[case]
    found = set(extract_file(_write(tmp_path, suffix, _lines(sentence))).kommuner) - {"Uppsala"}
    assert found == want


def test_the_patterns() -> None:
    found = _placed_kommuner("till Knivsta gräns, kommungränsen mot Håbo")
    assert [k for _, k in found] == ["Knivsta", "Håbo"]
    assert _placed_kommuner("Eva Berg gräns") == []
