"""A Word agenda's Ärende cell that sets the presenter under the title, no label (session 11).

"Nr | Ärende" alone is an agenda table's header too; a line of officials' titles and names under the title
("Chefläkare Sara Lund", "Smittskyddsläkare Olle Dahl informerar") is who presents the point, not words of
its title. Every text is invented; none is copied from a test set.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from indexer.extract import extract_file
from indexer.read.agenda_table import is_header, title_and_notes
from indexer.segment.common import continues_title

_ROWS = [
    ("1", ["Val av justerare"]),
    ("2", ["Budget 2027", "Ekonomidirektör Anna Berg"]),
    ("3", ["Vårdplatsläget i regionen", "Chefläkare Sara Lund"]),
    ("4", ["Patientsäkerhetsberättelse 2025", "Dnr HSN 2026/41", "Chefläkare Sara Lund och hälso- och "
           "sjukvårdsdirektör Per Ek"]),
    ("5", ["Information om vaccinationer", "Smittskyddsläkare Olle Dahl informerar"]),
    ("6", ["Remiss från", "Region Skåne om kollektivtrafiken"]),
]  # fmt: skip


@pytest.mark.parametrize("as_paragraphs", [False, True], ids=["line breaks", "paragraphs"])
def test_presenter_under_the_title_in_the_cell(tmp_path: Path, as_paragraphs: bool) -> None:
    doc = docx.Document()
    doc.add_paragraph("Kallelse Hälso- och sjukvårdsnämnden 2026-12-09")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Nr", "Ärende"
    for number, lines in _ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        if as_paragraphs:
            cells[1].text = lines[0]
            for line in lines[1:]:
                cells[1].add_paragraph(line)
        else:
            cells[1].text = "\n".join(lines)
    path = tmp_path / "region-test_halso-och-sjukvardsnamnden_2026-12-09_kallelse.docx"
    doc.save(path)
    items = extract_file(path).items
    assert [it.title for it in items] == [
        "Val av justerare",
        "Budget 2027",
        "Vårdplatsläget i regionen",
        "Patientsäkerhetsberättelse 2025",
        "Information om vaccinationer",
        "Remiss från Region Skåne om kollektivtrafiken",  # a title broken by hand stays whole
    ]
    presented = [sorted(a.person for a in it.actions if a.kind == "presented") for it in items]
    assert presented == [[], ["Anna Berg"], ["Sara Lund"], ["Per Ek", "Sara Lund"], ["Olle Dahl"], []]


def test_two_column_header() -> None:
    assert is_header(["Nr", "Ärende"]) and is_header(["Ärende", "§"])
    assert not is_header(["Namn", "Parti"]) and not is_header(["Ärende", "Föredragande"])


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Budget 2027", "Sara Lund, ekonomichef"], ["Budget 2027"]),
        (["Översyn av", "Kommunchef Eva Ek:s uppdrag"], ["Översyn av", "Kommunchef Eva Ek:s uppdrag"]),
    ],
)
def test_title_and_notes_with_a_presenter(lines: list[str], title: list[str]) -> None:
    assert title_and_notes(lines, range(1, len(lines)))[0] == title


def test_a_presenter_line_ends_a_title() -> None:
    assert not continues_title("Vårdplatsläget i regionen", "Chefläkare Sara Lund", None)
    assert continues_title("Remiss från", "Region Skåne om kollektivtrafiken", None)
