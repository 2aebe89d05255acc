"""Documents besides full protocols (kinds4): a kallelse exported with ``pdftotext -layout`` (numbered rows
indented, their case number far right), an agenda table whose § column is empty in every row (its rows
numbered by their order), mötesanteckningar whose points are headings set in bold without numbers (a
PDF's bold face is a segmentation cue; markdown headings keep no number), a "Kungörelse" typed as a
kallelse, and a presenter column followed by a time column. Every text is invented; none is copied from a
test set."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from indexer.entities.places import regions
from indexer.entities.signatures import inline_justerare
from indexer.extract import extract_file, extract_text
from indexer.meta.detect import detect_meta
from indexer.read.agenda_table import record_lines
from indexer.read.clean import clean_text
from indexer.read.pdf import pdf_pages
from indexer.segment.common import SECTION
from indexer.segment.headings import split_md_headings
from indexer.segment.split import segment
from indexer.segment.tables import split_tab_rows
from indexer.types import SourceText
from tests.test_agenda_table_pdf import _table
from tests.test_pdf_layout import _pdf


def _items(text: str) -> list[tuple[str | None, str, list[str]]]:
    cleaned = clean_text(text)
    return [(it.number, it.title, it.diarienummer) for it in segment(cleaned, detect_meta(cleaned))]


LAYOUT_KALLELSE = """Grästorps kommun                                                        KALLELSE
Miljönämnden                                                       Datum 2026-05-12

     Tid                       Tisdagen den 12 maj 2026 kl. 13:00
     Plats                     Kommunhuset, rum Nossan

     Ärenden

  1.  Val av justerare

  2.  Tillsynsplan 2026 för miljöbalkens område                          Dnr MN 2026/31
        Föredragande: Miljöchef Tove Lindell

  3.  Yttrande över ansökan om tillstånd för täkt vid Tengene             Dnr MN 2026/44
        kyrkby

  4.  Delegationsbeslut                                                   Dnr MN 2026/2

     Förhinder anmäls till sekreteraren.
"""


def test_indented_rows_of_a_layout_export_are_items_with_their_far_right_case_numbers() -> None:
    items = _items(LAYOUT_KALLELSE)
    assert items == [
        ("1", "Val av justerare", []),
        ("2", "Tillsynsplan 2026 för miljöbalkens område", ["MN 2026/31"]),
        ("3", "Yttrande över ansökan om tillstånd för täkt vid Tengene kyrkby", ["MN 2026/44"]),
        ("4", "Delegationsbeslut", ["MN 2026/2"]),
    ]


def test_an_indented_list_inside_text_is_no_chain_of_its_own() -> None:
    # Two indented points under a heading are a list in the text, not agenda rows (three are needed).
    text = (
        "Tekniska nämnden\nMINNESANTECKNINGAR\n\nAvstämning av vinterväghållningen.\n\n"
        "  1.  Plogning av gång- och cykelvägar\n  2.  Sandning vid skolor\n\nInget beslut fattades.\n"
    )
    assert all(number is None for number, _, _ in _items(text))


def test_a_record_of_a_table_without_numbers_keeps_its_empty_cells() -> None:
    cells = [[], ["Val av justerare"], [], [], ["09.00"]]
    assert record_lines(cells) == ["Val av justerare\t09.00"]
    assert record_lines(cells, keep_columns=True) == ["\tVal av justerare\t\t\t09.00"]


def test_an_agenda_table_with_an_empty_number_column_is_numbered_by_its_rows(tmp_path: Path) -> None:
    cols = [(12, "§"), (22, "Ärende"), (110, "Dnr"), (140, "Föredragande"), (185, "Tid")]
    records = [
        [[], ["Val av justerare"], [], [], ["13.00"]],
        [
            [],
            ["Budgetuppföljning per", "april 2026"],
            ["BN 2026/0031"],
            ["Controller", "Sanna Ekdahl"],
            ["13.05"],
        ],
        [
            [],
            ["Skolskjutsregler", "inför läsåret 2026/27"],
            ["BN 2026/0102"],
            ["Olle Fager,", "skolchef"],
            ["13.40"],
        ],
        [[], ["Meddelanden"], [], [], ["14.10"]],
    ]
    page = [
        (12, 12, "Barn- och utbildningsnämnden"),
        (12, 18, "Kallelse 2026-05-20"),
        (12, 28, "Föredragningslista"),
        *_table(cols, records, 40, 5, 6, centred=False),
    ]
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert "\tBudgetuppföljning per april 2026\tBN 2026/0031\tController Sanna Ekdahl\t13.05" in lines
    path = tmp_path / "kallelse.pdf"
    path.write_bytes(_pdf([page]))
    ex = extract_file(path)
    assert [(it.number, it.title, it.diarienummer) for it in ex.items] == [
        ("1", "Val av justerare", []),
        ("2", "Budgetuppföljning per april 2026", ["BN 2026/0031"]),
        ("3", "Skolskjutsregler inför läsåret 2026/27", ["BN 2026/0102"]),
        ("4", "Meddelanden", []),
    ]
    # The presenter column stands before a time column; a name after a title word still presents.
    presented = {(a.person, it.number) for it in ex.items for a in it.actions if a.kind == "presented"}
    assert ("Olle Fager", "3") in presented


def _bold_pdf(lines: list[tuple[bool, str]]) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    y = 20.0
    for bold, text in lines:
        pdf.set_font("helvetica", style="B" if bold else "", size=11)
        pdf.text(20, y, text)
        y += 6
    return bytes(pdf.output())


NOTES = [
    (False, "Tjörns kommun"),
    (True, "MINNESANTECKNINGAR"),
    (True, "Rådet för funktionshinderfrågor"),
    (False, "Datum: 2026-04-09"),
    (False, "Närvarande: Eva Holm (S), Per Ring (M)"),
    (True, "Mötets öppnande"),
    (False, "Ordföranden öppnade mötet."),
    (True, "Tillgänglighet i hamnen"),
    (False, "Per Ring (M) frågade om ramper vid färjeläget."),
    (True, "Övriga frågor"),
    (False, "Inga övriga frågor."),
]


def test_a_pdf_marks_its_bold_lines_and_they_head_numbered_points(tmp_path: Path) -> None:
    data = _bold_pdf(NOTES)
    page = pdf_pages(data).pages[0]
    assert page.bold == [
        "MINNESANTECKNINGAR",
        "Rådet för funktionshinderfrågor",
        "Mötets öppnande",
        "Tillgänglighet i hamnen",
        "Övriga frågor",
    ]
    assert "Tillgänglighet i hamnen" in page.lines  # the text stays as printed, no marks added
    path = tmp_path / "anteckningar.pdf"
    path.write_bytes(data)
    ex = extract_file(path)
    assert [(it.number, it.title) for it in ex.items] == [
        ("1", "Mötets öppnande"),
        ("2", "Tillgänglighet i hamnen"),
        ("3", "Övriga frågor"),
    ]


def test_markdown_headings_are_numbered_by_order_and_plain_lines_are_no_headings() -> None:
    text = "## Budget\n\nText om budget.\n\n## Övriga frågor\n\nInga.\n"
    assert [(it.number, it.title) for it in split_md_headings(text, None)] == [
        ("1", "Budget"),
        ("2", "Övriga frågor"),
    ]
    plain = "Budget\nText om budget.\nÖvriga frågor\nInga.\n"
    assert split_md_headings(plain, None) == []
    # A bold line that is a sentence or a label is no heading.
    assert split_md_headings(plain, None, bold=["Text om budget.", "Inga."]) == []


def test_a_kungorelse_is_a_kallelse_and_its_meeting_date_is_read() -> None:
    text = (
        "LERUMS KOMMUN\n\nKungörelse\n\nKommunfullmäktige sammanträder onsdagen den 14 oktober 2026 "
        "kl. 18.00 i Lerums kommunhus.\n\nÄrenden\n\n1.\tUpprop\n\n2.\tVal av justerare\n\n"
        "3.\tMeddelanden\n\n"
        "Lerum den 1 oktober 2026\n"
    )
    ex = extract_text(SourceText(path="kungorelse.txt", fmt="txt", text=text, sha256="ef" * 32))
    assert (ex.meta.doc_type, ex.meta.date) == ("kallelse", "2026-10-14")
    assert [it.number for it in ex.items] == ["1", "2", "3"]


def test_a_header_repeated_on_the_next_page_is_no_part_of_the_row_above() -> None:
    text = (
        "Kallelse\n§\tÄrende\tDnr\tFöredragande\n\tVal av justerare\n"
        "\tBudget 2027\tKS 2026/0007\tAnna Berg\n\n"
        "Föredragningslista, forts.\n2026-05-20\n§\tÄrende\tDnr\tFöredragande\n\tMeddelanden\n"
    )
    items = split_tab_rows(text, None)
    assert [(it.number, it.title, it.text) for it in items] == [
        ("1", "Val av justerare", ""),
        ("2", "Budget 2027", "Föredragande: Anna Berg"),
        ("3", "Meddelanden", ""),
    ]


def test_a_proposal_to_the_deciding_body_is_a_section_not_title_words() -> None:
    assert SECTION.match("Kommunstyrelsens förslag till kommunfullmäktige")
    assert SECTION.match("Utskottets förslag till socialnämnden")
    assert not SECTION.match("Förslag till detaljplan för Gula villan")


def test_a_captioned_signature_names_a_justerare_and_a_genitive_names_a_region() -> None:
    found = inline_justerare("Eva Lund (C), ordförande Kjell Borg (S), justerare\nUtdraget bestyrks\n")
    assert [(m.name, m.party, m.roles) for m in found] == [("Kjell Borg", "S", ["justerare"])]
    assert regions("Yttrande över Region Hallands förslag till transportplan.", [], []) == ["Region Halland"]
