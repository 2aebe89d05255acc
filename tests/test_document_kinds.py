"""Documents kommuner publish besides plain protocols (issue 9, item 2): a scanned protocol's OCR, a
kallelse's föredragningslista table, a tjänsteskrivelse, a protokollsutdrag.

The cues are those such documents share in any kommun: a § heading whose title OCR parted into two
paragraphs where it broke after a comma, the dash sub-points under an agenda row's title, the signature
under a tjänsteskrivelse's sändlista, a labelled case number with a two-digit year. Every text is
invented.
"""

from __future__ import annotations

import pytest

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.segment.split import segment


def _titles(text: str) -> list[tuple[str | None, str]]:
    cleaned = clean_text(text)
    return [(it.number, it.title) for it in segment(cleaned, detect_meta(cleaned))]


# What Tesseract gives of a protocol whose headings break after a comma: a blank line where the
# spacing between a heading's two lines differs.
OCR_PARTED_TITLE = """SAMMANTRÄDESPROTOKOLL
Barn- och utbildningsnämnden
Sammanträdesdatum 2026-03-11

§ 21
Val av justerare

Nämnden utser Ida Berg att justera protokollet.

§ 22\tDnr BUN 2026/31
Skolskjuts för elever i Västra skolområdet,

revidering av riktlinjer

Ärendebeskrivning

Förvaltningen föreslår ändrade riktlinjer.

§ 23
Läsårstider 2027/2028

Beslut

Nämnden fastställer läsårstiderna.
"""


def test_a_title_ocr_parted_after_a_comma_goes_on_over_the_blank_line() -> None:
    assert _titles(OCR_PARTED_TITLE) == [
        ("§21", "Val av justerare"),
        ("§22", "Skolskjuts för elever i Västra skolområdet, revidering av riktlinjer"),
        ("§23", "Läsårstider 2027/2028"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Ärendebeskrivning",  # a section word
        "Revidering av riktlinjer",  # capitalised: a line of its own
        "och förvaltningen föreslår ändrade riktlinjer för skolskjuts under läsåret.",  # a sentence
    ],
)
def test_no_other_line_goes_on_past_the_blank(after: str) -> None:
    text = OCR_PARTED_TITLE.replace("revidering av riktlinjer", after)
    assert all(after not in title for _, title in _titles(text))
