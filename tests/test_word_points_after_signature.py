"""Information points a Word kallelse sets after its signature and a manual page break.

The agenda table (Nr | Ärende | Dnr | Föredragande) is signed under its last row — the chair and the
secretary, a name over its role, perhaps with the place and date the letter was signed, perhaps side
by side — and the information points follow on a page of their own, under "Informationsärenden": bold
titles that print their number, headings with a "Föredragande:" line, or plain titles with the presenter
named on the line below. The signature closes the letter's first page, not its agenda: the points
after it are points. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_BREAK

from indexer.extract import extract_file
from tests.test_word_points_after_break import _INFO, _ROWS  # the same seven points, signed here


def _sign(document: Any, style: str) -> None:
    if style == "name_over_role":
        for line in ("Gunnar Ivar (C)", "Ordförande", "Frida Ek", "Nämndsekreterare"):
            document.add_paragraph(line)
    elif style == "name_break_role":
        for name, role in (("Gunnar Ivar (C)", "Ordförande"), ("Frida Ek", "Nämndsekreterare")):
            run = document.add_paragraph().add_run(name)
            run.add_break()
            run.add_text(role)
    elif style == "place_date_then_signer":
        document.add_paragraph("Tranby den 30 november 2026")
        document.add_paragraph("Gunnar Ivar (C)")
        document.add_paragraph("Ordförande")
    elif style == "side_by_side":
        document.add_paragraph("Gunnar Ivar (C)\tFrida Ek")
        document.add_paragraph("Ordförande\tNämndsekreterare")
    else:
        raise KeyError(style)


def _info(document: Any, style: str) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph().add_run("Informationsärenden").bold = True
    for n, title, who in _INFO:
        if style == "bold_numbered_then_sentence":
            document.add_paragraph().add_run(f"{n}. {title}").bold = True
            document.add_paragraph(f"{who} informerar om läget.")
        elif style == "heading_and_presenter_label":
            document.add_paragraph(title, style="Heading 2")
            document.add_paragraph(f"Föredragande: {who}")
        elif style == "plain_title_and_presenter":
            document.add_paragraph(title)
            document.add_paragraph(who)
        else:
            raise KeyError(style)


@pytest.mark.parametrize(
    "points", ["bold_numbered_then_sentence", "heading_and_presenter_label", "plain_title_and_presenter"]
)
@pytest.mark.parametrize(
    "signature", ["name_over_role", "name_break_role", "place_date_then_signer", "side_by_side"]
)
def test_information_points_after_signature(tmp_path: Path, signature: str, points: str) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "TRANBY KOMMUN\tKALLELSE\t2026-11-30"
    document.add_paragraph().add_run("Kallelse").bold = True
    document.add_paragraph("Samhällsbyggnadsnämnden 2026-12-09 kl. 13.00, Kommunhuset")
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in [("Nr", "Ärende", "Dnr", "Föredragande"), *_ROWS]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph()
    _sign(document, signature)
    _info(document, points)
    path = tmp_path / f"tranby_samhallsbyggnadsnamnden_2026-12-09_kallelse_{signature}_{points}.docx"
    document.save(str(path))
    ex = extract_file(path)
    assert [(it.number, it.title) for it in ex.items] == [(r[0], r[1]) for r in _ROWS] + [
        (n, t) for n, t, _ in _INFO
    ]
    presenters = [sorted(a.person for a in it.actions if a.kind == "presented") for it in ex.items]
    assert presenters[2:] == [["Anna Berg"], ["Per Ek"], ["Sara Lund"], ["Olle Dahl"], ["Eva Holm"]]
    assert all("Frida Ek" not in it.text for it in ex.items[4:])
