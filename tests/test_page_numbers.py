"""Page numbers in every printed shape, owned by one module (indexer.read.page_numbers) and used alike by
the reader's chrome removal, the header reader and the segmenters."""

from __future__ import annotations

import pytest

from indexer.meta.header import page_heads
from indexer.read.clean import clean_text
from indexer.read.page_numbers import PAGE_AT_END, is_page_number, without_page_numbers


@pytest.mark.parametrize(
    "line",
    [
        "Sida 3 av 7",
        "Sida 3(7)",
        "Sida 3 (7)",
        "sid. 2",
        "Page 2 of 5",
        "3 (7)",
        "3(14)",
        "3/7",
        "- 3 -",
        "– 12 –",
    ],
)
def test_a_page_number_alone_on_its_line(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize(
    "line", ["Sidan 3 i bilagan", "§ 3", "2026-03-25", "Sid 2 Budget", "3", "KS 2026/45"]
)
def test_lines_that_are_no_page_number(line: str) -> None:
    assert not is_page_number(line)


def test_a_bare_number_only_where_the_caller_knows_it_is_a_header() -> None:
    assert is_page_number("3", bare=True) and not is_page_number("3")


def test_page_numbers_inside_and_at_the_end_of_a_line() -> None:
    assert (
        without_page_numbers("KOMMUNSTYRELSEN  Protokoll  Sida 2 (9)", "#") == "KOMMUNSTYRELSEN  Protokoll  #"
    )
    assert without_page_numbers("Protokoll\t3 (14)", "#") == "Protokoll\t#"
    assert without_page_numbers("Bilaga 2 (3) till protokollet") == "Bilaga 2 (3) till protokollet"
    assert (
        PAGE_AT_END.sub("", "§ 13 Anmälan av delegationsbeslut      4/9")
        == "§ 13 Anmälan av delegationsbeslut"
    )
    assert PAGE_AT_END.sub("", "§ 14 Budget 2026/27") == "§ 14 Budget 2026/27"  # a school year, not a page


def test_a_running_header_with_sida_n_of_m_in_brackets_is_one_header() -> None:
    pages = [
        f"Gnesta kommun\tSAMMANTRÄDESPROTOKOLL\tSida {n} ({3})\nKommunstyrelsen\n§ {n} Ärende {n}\nText."
        for n in (1, 2, 3)
    ]
    heads = page_heads("\f".join(pages))
    assert "Gnesta kommun\tSAMMANTRÄDESPROTOKOLL\tSida 1 (3)" in heads.running
    cleaned = clean_text("\f".join(pages))
    assert cleaned.count("SAMMANTRÄDESPROTOKOLL") == 1  # kept on the cover page only
