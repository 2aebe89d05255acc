"""The PDF text layer: reading order, columns, running headers, rotated margin text, hyphens, pages.

Every PDF is made here with fpdf2, so each test says exactly what the page holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.read.clean import clean_document, join_broken_words
from indexer.read.pdf import pdf_pages
from indexer.read.pdf_layout import Run, page_lines

LEFT = ["Anna Berg (S)", "Bo Ek (M)", "Cilla Dahl (C)", "Dan Ek (V)"]
RIGHT = ["Eva Falk (SD)", "Fia Gran (L)", "Gun Holm (KD)", "Hans Ito (MP)"]


def _pdf(pages: list[list[tuple[float, float, str]]], rotated: str | None = None) -> bytes:
    """A PDF of A4 pages; each text is (x mm, y mm from the top, text) in Helvetica 11."""
    pdf = FPDF(unit="mm", format="A4")
    for texts in pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        for x, y, text in texts:
            pdf.text(x, y, text)
        if rotated:
            with pdf.rotation(90, x=200, y=250):
                pdf.set_font("helvetica", size=7)
                pdf.text(200, 250, rotated)
    return bytes(pdf.output())


def _header(n: int) -> list[tuple[float, float, str]]:
    return [(20, 15, "Alingsås kommun Protokoll"), (20, 21, "Kommunstyrelsen 2026-06-01"), (180, 15, str(n))]


def test_two_column_attendance_list_is_read_column_by_column() -> None:
    rows = [(20, 60 + 6 * i, a) for i, a in enumerate(LEFT)] + [
        (110, 60 + 6 * i, b) for i, b in enumerate(RIGHT)
    ]
    lines = pdf_pages(_pdf([[(20, 50, "Ledamöter"), (110, 50, "Ersättare"), *rows]])).pages[0].lines
    names = [ln for ln in lines if ln in LEFT + RIGHT]
    assert names == LEFT + RIGHT  # never Anna, Eva, Bo, Fia


def test_a_name_column_beside_a_party_column_is_read_across() -> None:
    """A table of names with a column of party codes (a function column filled on a few rows only) is
    no two-column list of names: each name keeps its party on its line."""
    names = ["Anna Berg", "Bo Ek", "Cilla Dahl", "Dan Ek", "Eva Falk"]
    codes = ["S", "M", "KD", "V", "MP"]
    page = [(30, 50, "Ledamot"), (120, 50, "Parti"), (150, 50, "Roll"), (150, 56, "ordförande")]
    page += [(30, 56 + 6 * i, n) for i, n in enumerate(names)]
    page += [(120, 56 + 6 * i, c) for i, c in enumerate(codes)]
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert "Anna Berg\tS\tordförande" in lines
    rows = [f"{n}\t{c}" for n, c in zip(names[1:], codes[1:], strict=True)]
    assert [ln for ln in lines if ln.split("\t")[0] in names[1:]] == rows


def test_form_labels_keep_their_values_on_the_line() -> None:
    page = [
        (20, 50, "Beslutande"),
        (60, 50, LEFT[0]),
        *[(60, 56 + 6 * i, name) for i, name in enumerate(LEFT[1:])],
        (20, 90, "Utses att justera"),
        (60, 90, RIGHT[0]),
    ]
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert lines[0] == "Beslutande\tAnna Berg (S)"
    assert "Utses att justera\tEva Falk (SD)" in lines


def test_rotated_margin_text_is_dropped() -> None:
    signature = "Signerat digitalt ID 8f3a-22c1-9e0b"
    data = _pdf([[(20, 50, "§ 1 Mötets öppnande"), (20, 60, "Ordföranden öppnar mötet.")]], rotated=signature)
    text = "\n".join(pdf_pages(data).pages[0].lines)
    assert "Ordföranden öppnar mötet." in text
    assert "8f3a" not in text and "Signerat" not in text


def test_rotation_is_told_by_the_box_shape() -> None:
    upright = Run(10, 100, 90, 110, "Ordföranden")
    turned = Run(10, 100, 20, 190, "Signerat ID 1234")
    assert page_lines([upright, turned]) == ["Ordföranden"]


def test_running_headers_are_metadata_and_items_know_their_pages(tmp_path: Path) -> None:
    pages = [
        [*_header(1), (20, 50, "§ 1 Mötets öppnande"), (20, 60, "Ordföranden öppnar mötet.")],
        [*_header(2), (20, 50, "§ 2 Budget 2027"), (20, 60, "Kommunstyrelsen beslutar att anta budget-"),
         (20, 66, "ramarna för 2027."), (20, 80, "§ 3 Barn- och ungdomsfrågor"),
         (20, 90, "Ärendet gäller Barn-"), (20, 96, "och ungdomsnämnden och e-"),
         (20, 102, "post till skolorna.")],
        [*_header(3), (20, 50, "Fortsättning av § 3: nämnden informerar.")],
    ]  # fmt: skip
    path = tmp_path / "alingsas_ks_2026-06-01_protokoll.pdf"
    path.write_bytes(_pdf(pages))
    ex = extract_file(path)
    by_number = {it.number: it for it in ex.items}
    assert [(n, by_number[n].page, by_number[n].page_end) for n in ("§1", "§2", "§3")] == [
        ("§1", 1, 1),
        ("§2", 2, 2),
        ("§3", 2, 3),
    ]
    assert ex.pages == 3
    body = "\n".join(it.title + "\n" + it.text for it in ex.items)
    assert "Alingsås kommun Protokoll" not in body.split("§ 1")[-1]  # running header out of the items
    assert "budgetramarna" in body  # a word the typesetter split is joined
    assert "Barn-\noch ungdomsnämnden" in body  # an elision keeps its hyphen
    assert "e-post" in body
    assert ex.to_json()["items"][2]["page"] == 2


def test_clean_document_keeps_page_offsets_and_running_lines() -> None:
    text = "".join(
        f"<!-- sida {n} -->\nAlingsås kommun Protokoll\n{n}\n\n§ {n} Rubrik {n}\nText på sidan {n}.\n"
        for n in (1, 2, 3)
    )
    cleaned = clean_document(text)
    for n in (1, 2, 3):
        offset = cleaned.text.index(f"Rubrik {n}")
        assert cleaned.page_at(offset) == n
    assert "Alingsås kommun Protokoll" in cleaned.running
    assert cleaned.text.count("Alingsås kommun Protokoll") == 1  # kept on the cover for the metadata


def test_text_without_page_marks_has_no_pages() -> None:
    cleaned = clean_document("§ 1 Rubrik\nText.\n")
    assert cleaned.page_starts == [] and cleaned.page_at(0) is None


@pytest.mark.parametrize(
    ("broken", "joined"),
    [
        ("budget-\nramar för 2025", "budgetramar för 2025"),
        ("Barn-\noch ungdomsnämnden", "Barn-\noch ungdomsnämnden"),
        ("miljö-\neller hälsoskydd", "miljö-\neller hälsoskydd"),
        ("via e-\npost", "via e-post"),
        ("nya VA-\nlösningar", "nya VA-lösningar"),
        ("åren 2026-\n2027", "åren 2026-\n2027"),
    ],
)
def test_hyphens_are_joined_only_where_a_word_was_split(broken: str, joined: str) -> None:
    assert join_broken_words(broken) == joined


def test_agenda_rows_numbered_in_the_middle_of_their_cells() -> None:
    """A kallelse table whose number, case number and presenter stand in the middle of each row, the
    title's lines above and under them, under a header whose "Nr" and "Ärende" are set close: each row
    is read from its top line, its number first."""
    page = [
        (20, 50, "Nr"),
        (28, 50, "Ärende"),
        (110, 50, "Dnr"),
        (145, 50, "Föredragande"),
        (20, 62, "1"),
        (28, 62, "Sammanträdets öppnande"),
        (28, 74, "Detaljplan för kvarteret Svanen"),
        (20, 76.25, "2"),
        (110, 76.25, "BN 2026/31"),
        (145, 76.25, "Planarkitekt Eva Lind"),
        (28, 78.5, "i Ljungby centrum"),
        (28, 90, "Taxa för bygglov och"),
        (20, 92.25, "3"),
        (110, 92.25, "BN 2026/40"),
        (28, 94.5, "anmälan 2027"),
        (20, 106, "4"),
        (28, 106, "Övriga frågor"),
    ]
    lines = pdf_pages(_pdf([page])).pages[0].lines
    at = lines.index("2\tDetaljplan för kvarteret Svanen\tBN 2026/31\tPlanarkitekt Eva Lind")
    assert lines[at + 1].strip("\t") == "i Ljungby centrum"
    at = lines.index("3\tTaxa för bygglov och\tBN 2026/40")
    assert lines[at + 1].strip("\t") == "anmälan 2027"
    assert "1\tSammanträdets öppnande" in lines and "4\tÖvriga frågor" in lines
