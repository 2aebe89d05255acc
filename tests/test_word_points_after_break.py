"""Information points a Word kallelse sets after its agenda table and a manual page break (session 12).

Each case is one markup of the same seven points — four rows of an agenda table (Nr | Ärende | Dnr |
Föredragande), then after a page break three information points: a second table with or without its
header or number column, rows of the same table, numbered or bold paragraphs, or plain paragraphs of a
title and its presenter ("Projektledare Sara Lund", "HR-chef Olle Dahl"). Every text is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_BREAK

from indexer.extract import extract_file

_ROWS = [
    ("1", "Val av justerare", "", ""),
    ("2", "Godkännande av dagordning", "", ""),
    ("3", "Budget 2027", "SBN 2026/0148", "Ekonomichef Anna Berg"),
    ("4", "Detaljplan för Kvarnen 2", "SBN 2026/0151", "Planchef Per Ek"),
]
_INFO = [
    ("5", "Information om ombyggnad av resecentrum", "Projektledare Sara Lund"),
    ("6", "Information om sjukfrånvaro", "HR-chef Olle Dahl"),
    ("7", "Förvaltningschefen informerar", "Förvaltningschef Eva Holm"),
]


def _table(document: Any, head: list[str] | None, cols: int) -> Any:
    table = document.add_table(rows=0, cols=cols)
    table.style = "Table Grid"
    if head:
        for cell, text in zip(table.add_row().cells, head, strict=True):
            cell.text = text
    return table


def _info(document: Any, style: str, agenda: Any) -> None:
    if style == "row_in_same_table":
        cells = agenda.add_row().cells
        cells[0].merge(cells[3]).text = "Informationsärenden"
        for n, title, who in _INFO:
            cells = agenda.add_row().cells
            cells[0].text, cells[1].text, cells[3].text = n, title, who
        return
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if style == "second_table_with_header":
        document.add_paragraph().add_run("Informationsärenden").bold = True
        table = _table(document, ["Nr", "Ärende", "Föredragande"], 3)
        for n, title, who in _INFO:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = n, title, who
    elif style in ("same_columns_numbered", "same_columns_unnumbered"):
        document.add_paragraph().add_run("Informationsärenden").bold = True
        table = _table(document, None, 4)
        for n, title, who in _INFO:
            cells = table.add_row().cells
            cells[0].text = n if style == "same_columns_numbered" else ""
            cells[1].text, cells[3].text = title, who
    elif style == "title_and_presenter_table":
        document.add_paragraph().add_run("Information").bold = True
        table = _table(document, ["Ärende", "Föredragande"], 2)
        for _, title, who in _INFO:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = title, who
    elif style in ("numbered_paragraphs", "bold_paragraphs", "plain_paragraphs"):
        if style == "plain_paragraphs":
            document.add_paragraph("Informationsärenden")
        else:
            document.add_paragraph("Informationsärenden", style="Heading 2")
        for n, title, who in _INFO:
            if style == "numbered_paragraphs":
                document.add_paragraph(f"{n}. {title}")
            elif style == "bold_paragraphs":
                document.add_paragraph().add_run(title).bold = True
            else:
                document.add_paragraph(title)
            document.add_paragraph(who if style == "plain_paragraphs" else f"Föredragande: {who}")
    else:
        raise KeyError(style)


_STYLES = [
    "row_in_same_table",
    "second_table_with_header",
    "same_columns_numbered",
    "same_columns_unnumbered",
    "title_and_presenter_table",
    "numbered_paragraphs",
    "bold_paragraphs",
    "plain_paragraphs",
]


@pytest.mark.parametrize("style", _STYLES)
def test_information_points_after_a_page_break(tmp_path: Path, style: str) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("Kallelse").bold = True
    document.add_paragraph("Samhällsbyggnadsnämnden 2026-12-09 kl. 13.00, Kommunhuset")
    agenda = _table(document, ["Nr", "Ärende", "Dnr", "Föredragande"], 4)
    for row in _ROWS:
        for cell, text in zip(agenda.add_row().cells, row, strict=True):
            cell.text = text
    _info(document, style, agenda)
    document.add_paragraph("Välkomna!")
    document.add_paragraph("Anna Ek (S), ordförande")
    path = tmp_path / f"tranby_samhallsbyggnadsnamnden_2026-12-09_kallelse_{style}.docx"
    document.save(str(path))
    ex = extract_file(path)
    assert [(it.number, it.title) for it in ex.items] == [(r[0], r[1]) for r in _ROWS] + [
        (n, t) for n, t, _ in _INFO
    ]
    presenters = [sorted(a.person for a in it.actions if a.kind == "presented") for it in ex.items]
    assert presenters[2:] == [["Anna Berg"], ["Per Ek"], ["Sara Lund"], ["Olle Dahl"], ["Eva Holm"]]
