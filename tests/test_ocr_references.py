"""OCR's "8" for "§" is put back where a citation's shape says it is one, in a table of contents
whose numbers are the protocol's paragraphs, and in a paragraph range; an amount stays a number."""

from __future__ import annotations

import pytest

from indexer.read.ocr_fix import fix_paragraph_signs


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (
            "Enligt kommunallagen 4 kap. 8 20 har varje ledamot",
            "Enligt kommunallagen 4 kap. § 20 har varje ledamot",
        ),
        ("Lag om kommunal redovisning kap 5 8 4,", "Lag om kommunal redovisning kap 5 § 4,"),
        ("Enligt 4 kap. 3 8 skollagen (2010:800) ska", "Enligt 4 kap. 3 § skollagen (2010:800) ska"),
        ("Enligt bibliotekslagen (2013:801, 8 17) ska", "Enligt bibliotekslagen (2013:801, § 17) ska"),
        (
            "kommunfullmäktige 2013-02-27 8 69 ska lednings-",
            "kommunfullmäktige 2013-02-27 § 69 ska lednings-",
        ),
        ("beslutade den 11 december 2024 8 185 att anta", "beslutade den 11 december 2024 § 185 att anta"),
        ("5. Protokollsutdrag KF 8 241- Förslag om", "5. Protokollsutdrag KF § 241- Förslag om"),
        ("Bilaga: 8 174 SBN 2022-10-24 - Framtida VA", "Bilaga: § 174 SBN 2022-10-24 - Framtida VA"),
        ("landsbygden 8 14 2023.082 TEN. Kriterierna", "landsbygden § 14 2023.082 TEN. Kriterierna"),
        ("Plats och tid\tSkräddaren\tParagrafer 859", "Plats och tid\tSkräddaren\tParagrafer §59"),
        ("Plats och tid\tSunnerö\tParagrafer 8§1-9", "Plats och tid\tSunnerö\tParagrafer §§1-9"),
        # amounts and counts stay
        ("budgeten 2026 8 500 tkr till", "budgeten 2026 8 500 tkr till"),
        ("KS 8 000 kr per år", "KS 8 000 kr per år"),
        ("Totalt 8 12 Ordförande", "Totalt 8 12 Ordförande"),
        ("4 kap. 8 st.", "4 kap. 8 st."),
    ],
)
def test_a_citation_gets_its_paragraph_sign(read: str, meant: str) -> None:
    pages = [[read]]
    fix_paragraph_signs(pages, {0})
    assert pages[0][0] == meant


def test_a_table_of_contents_repeats_the_headings() -> None:
    contents = ["894\tInformation och överläggningar", "895\tFördjupad månadsuppföljning", "896\tSvar på"]
    body = ["§ 94", "Information och överläggningar", "§ 95", "Fördjupad", "§ 96", "Svar"]
    pages = [list(contents), body]
    fix_paragraph_signs(pages, {0})
    assert pages[0] == [
        "§ 94\tInformation och överläggningar",
        "§ 95\tFördjupad månadsuppföljning",
        "§ 96\tSvar på",
    ]


def test_numbers_not_among_the_headings_are_no_contents() -> None:
    listed = ["8170\tÖverenskommelse om partnerskap", "8171\tAvtal", "8172\tUppföljning"]
    body = ["§ 34", "Budget", "§ 35", "Avtal", "§ 36", "Uppföljning"]
    pages = [list(listed), body]
    fix_paragraph_signs(pages, {0})
    assert pages[0] == listed


def test_the_contents_list_does_not_take_the_first_heading() -> None:
    """The contents' "§ 34" and the body's "834" are both candidates for 34; the body's "§ 35" follows
    the body's, not the list's: the body's "834" is a heading too."""
    contents = ["834\tInformation", "835\tBudget", "836\tTaxor", "837\tAvgifter"]
    body = ["834", "Information", "Text.", "Mer text.", "§ 35", "Budget", "Text.", "Mer text."]
    body += ["§ 36", "Taxor", "Text.", "Mer text.", "§ 37", "Avgifter", "Text.", "Mer text."]
    pages = [list(contents), list(body)]
    fix_paragraph_signs(pages, {0, 1})
    assert pages[1][0] == "§ 34"
    assert pages[0][0] == "§ 34\tInformation"
