"""Documents besides full protocols (kinds5): a kungörelse's numbered list whose short title line carries
its case number far right (no table header), a row whose two-digit number took the tab stop yet has a
case-number cell, case numbers "series serial/year - class" in a Dnr column, a delegationslista's Dnr
cells wrapped with a document number, and the list's own case above its table after "Ärende". Every
text is invented; none is copied from a test set."""

from __future__ import annotations

import pytest

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.read.pdf_layout import page_lines
from indexer.read.pdf_rows import Run
from indexer.segment.decisions import wrapped_column_dnr
from indexer.segment.dnr import find_dnr, parse_dnr
from indexer.segment.split import segment
from indexer.segment.tables import split_tab_rows


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
