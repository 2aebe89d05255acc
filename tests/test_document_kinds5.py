"""Documents besides full protocols (kinds5): a kungörelse's numbered list whose short title line carries
its case number far right (no table header), a row whose two-digit number took the tab stop yet has a
case-number cell, case numbers "series serial/year - class" in a Dnr column, a delegationslista's Dnr
cells wrapped with a document number, and the list's own case above its table after "Ärende". Every
text is invented; none is copied from a test set."""

from __future__ import annotations

import pytest

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.read.pdf import pdf_pages
from indexer.read.pdf_layout import page_lines
from indexer.read.pdf_rows import Run
from indexer.segment.decisions import wrapped_column_dnr
from indexer.segment.dnr import find_dnr, parse_dnr
from indexer.segment.headings import _capital_heads
from indexer.segment.split import segment
from indexer.segment.tables import split_tab_rows
from tests.test_pdf_layout import _pdf


def _run(left: float, top: float, text: str) -> Run:
    """A run of 10-point text whose top is `top` points up the page."""
    return Run(left, top - 10, left + 4.6 * len(text), top, text)


def _numbered_list_runs() -> list[Run]:
    """A numbered list of points, each title in a column after its number, the case number far right on
    the title's first line and the title wrapped under it (invented)."""
    rows = [
        ("5.", "Taxa för slamtömning 2027", "Dnr TN 2026/118", []),
        ("6.", "Ändring av arvodesregler för", "Dnr KS 2026/233", ["förtroendevalda"]),
        ("7.", "Svar på motion från Eva Lund (C) om", "Dnr KS 2025/904", ["cykelbanor längs Storgatan"]),
        ("8.", "Svar på medborgarförslag om en", "Dnr KS 2026/41", ["hundrastgård i Bergby"]),
        ("9.", "Avsägelser och fyllnadsval", "", []),
    ]
    runs: list[Run] = []
    top = 700.0
    for number, title, dnr, more in rows:
        runs += [_run(45, top, number), _run(74, top, title)]
        if dnr:
            runs.append(_run(470, top, dnr))
        for line in more:
            top -= 15.5
            runs.append(_run(74, top, line))
        top -= 22.5
    return runs


def test_a_numbered_row_with_a_case_number_is_no_table_header() -> None:
    # "6.  Ändring av arvodesregler för  Dnr KS 2026/233" has three short cells like a header; taken for
    # one, its wrapped line went to the row under it and the next title was lost
    lines = page_lines(_numbered_list_runs())
    at = lines.index("6.\tÄndring av arvodesregler för\tDnr KS 2026/233")
    assert lines[at + 1] == "förtroendevalda"
    assert lines[at + 2] == "7.\tSvar på motion från Eva Lund (C) om\tDnr KS 2025/904"


def test_a_row_whose_wide_number_took_the_tab_keeps_its_case_number_cell() -> None:
    text = (
        "Ärenden\n"
        "8.\tTaxa för slamtömning 2027\tDnr TN 2026/118\n"
        "9.\tRevidering av delegationsordning\tDnr KS 2026/97\n"
        "10. Val av ersättare i kultur- och fritidsnämnden\tDnr KS 2026/12\n"
        "efter Olle Berg (M)\n"
        "11. Anmälan av nya motioner\n"
    )
    items = split_tab_rows(text, None)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("8", "Taxa för slamtömning 2027", ["TN 2026/118"]),
        ("9", "Revidering av delegationsordning", ["KS 2026/97"]),
        ("10", "Val av ersättare i kultur- och fritidsnämnden efter Olle Berg (M)", ["KS 2026/12"]),
        ("11", "Anmälan av nya motioner", []),
    ]


@pytest.mark.parametrize(
    ("printed", "key"),
    [
        ("BUN 000412/2026 - 041", "BUN 000412/2026-041"),
        ("KS 000087/2025-109", "KS 000087/2025-109"),
        ("KS 45/2026", "KS 45/2026"),
    ],
)
def test_a_serial_before_the_year_keeps_its_classification_code(printed: str, key: str) -> None:
    d = parse_dnr(printed, bare=True)  # a Dnr column's cell
    assert d is not None and d.key == key and d.printed == printed
    assert find_dnr(f"Dnr {printed}") == [key]


def test_a_serial_before_the_year_needs_its_place_and_a_year_is_no_code() -> None:
    assert find_dnr("KS 000412/2026 - 041") == []  # unlabelled, outside a Dnr column: not taken
    d = parse_dnr("KS 45/2026 - 2027", bare=True)  # a span of years after it is no classification code
    assert d is None


DELEGATIONSLISTA = """REGION EXEMPEL\tANMÄLAN AV DELEGATIONSBESLUT
Regionstyrelsen\tSammanträde 2026-12-09
Anmälan av delegationsbeslut
Beslut fattade med stöd av delegationsordningen under perioden 2026-10-01 – 2026-11-15.
Ärende RX 2026/0021 (Delegationsbeslut 2026). Ett beslut i ärende RX 2025/0400 är överklagat.
Datum\tDnr\tÄrende\tDelegat\tBeslut
2026-10-02\tRX 2026/0711\tAvtal om städtjänster\tServicechef Per Alm\tAvtal tecknat
RX\tTilldelningsbeslut, upphandling\tInköpschef Lisa\tTilldelning
2026-10-09
2026/0602-7 av fordonstjänster\tMoberg\tenligt bilaga
RX
2026-10-20\t\tAvtal om samverkan kring\tHälsodirektör Ola\tAvtal tecknat
2025/01120-12
ungdomshälsa\tStrand
"""


def test_a_wrapped_dnr_cell_keeps_its_document_number_and_the_text_run_onto_it() -> None:
    assert [d.printed for d in wrapped_column_dnr(DELEGATIONSLISTA)] == ["RX 2026/0602-7", "RX 2025/01120-12"]


def test_the_case_a_list_is_filed_in_after_arende_is_its_own_and_a_case_in_a_sentence_is_cited() -> None:
    cleaned = clean_text(DELEGATIONSLISTA)
    [item] = segment(cleaned, detect_meta(cleaned))
    assert item.diarienummer == ["RX 2026/0021", "RX 2026/0711", "RX 2026/0602-7", "RX 2025/01120-12"]
    assert item.dnr_cited == ["RX 2025/0400"]


def test_a_title_centred_on_its_number_over_lines_set_as_far_apart_as_records_is_one_record() -> None:
    # the title's three lines stand as far apart as the records do, the number on the middle one: read
    # by the white space alone the first line was a record of its own and the title lost it
    page = [
        (15, 20, "Föredragningslista"),
        *[(15, 40, "Nr"), (25, 40, "Ärende"), (110, 40, "Dnr"), (140, 40, "Föredragande")],
        *[(15, 49, "1"), (25, 49, "Val av justerare")],
        *[(25, 58, "Budgetuppföljning oktober"), (15, 60.25, "2"), (110, 60.25, "KS 2026/51")],
        *[(140, 60.25, "Eva Lind"), (25, 62.5, "2026 för nämnden")],
        *[(25, 71.5, "Ombudgetering av medel -"), (15, 80.5, "3"), (25, 80.5, "flyttning av anslag för")],
        *[(110, 80.5, "KS 2026/77"), (140, 80.5, "Per Olsson"), (25, 89.5, "Ekbackens förskola")],
        *[(15, 98.5, "4"), (25, 98.5, "Meddelanden")],
    ]
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert lines[2:6] == [
        "1\tVal av justerare",
        "2\tBudgetuppföljning oktober 2026 för nämnden\tKS 2026/51\tEva Lind",
        "3\tOmbudgetering av medel - flyttning av anslag för Ekbackens förskola\tKS 2026/77\tPer Olsson",
        "4\tMeddelanden",
    ]


def test_a_header_repeated_after_the_last_row_of_a_page_is_no_title_word() -> None:
    text = (
        "Nr\tÄrende\tDnr\tFöredragande\n"
        "1\tVal av justerare\n"
        "2\tRedovisning av delegationsbeslut\tKS 2026/4\n"
        "\n"
        "Nr\tÄrende\tDnr\tFöredragande\n"
        "3\tMeddelanden\n"
    )
    assert [(it.number, it.title) for it in split_tab_rows(text, None)] == [
        ("1", "Val av justerare"),
        ("2", "Redovisning av delegationsbeslut"),
        ("3", "Meddelanden"),
    ]


NOTES_IN_CAPITALS = """MÖTESANTECKNINGAR
Pensionärsrådet
2026-10-08

Närvarande
Anna Berg (S), ordförande
Kurt Lund, PRO

INLEDNING
Ordföranden öppnade mötet och hälsade alla välkomna.

BESÖK AV VERKSAMHETSCHEFEN
Rådet fick besök av äldreomsorgens verksamhetschef.

KOST INOM ÄLDREOMSORGEN
Verksamhetschefen berättade om den nya menyn. Rådet ställde frågor.

BESLUT
Rådet noterar informationen.

NÄSTA MÖTE
Nästa möte hålls den 10 december.
"""


def test_points_headed_by_lines_in_capitals_are_items_numbered_by_their_order() -> None:
    cleaned = clean_text(NOTES_IN_CAPITALS)
    items = segment(cleaned, detect_meta(cleaned))
    assert [(it.number, it.title) for it in items] == [
        ("1", "INLEDNING"),
        ("2", "BESÖK AV VERKSAMHETSCHEFEN"),
        ("3", "KOST INOM ÄLDREOMSORGEN"),
        ("4", "NÄSTA MÖTE"),
    ]
    assert "Rådet noterar informationen." in items[2].text  # a section word in capitals heads no point


def test_capital_lines_without_running_text_under_them_head_nothing() -> None:
    lines = ["", "ANNA BERG", "KURT LUND", "", "SAMMANFATTNING", "", "INFORMATION"]
    assert _capital_heads(lines) == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Dnr 2026/148-SBN", ["2026/148-SBN"]),
        ("antagen 2022-06-20, § 98 (Dnr 2019/52-KS)", ["2019/52-KS"]),
        ("budget 2026/27-SEK", []),
        ("inkom 2026-11-24", []),
    ],
)
def test_a_series_joined_after_year_serial_by_a_dash(text: str, keys: list[str]) -> None:
    assert find_dnr(text) == keys
