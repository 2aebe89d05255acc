"""Documents that are not plain protocols (kinds2): a § OCR read as "3", a title parted over a blank line
on the § line, party codes misread in an OCR'd member list, a protocol printing its agenda first and a
delegationslista's meeting date. Every text is invented; none is copied from a test set."""

from __future__ import annotations

import pytest

from indexer.meta.dates import meeting_date
from indexer.meta.detect import detect_meta
from indexer.meta.doctype import doc_type
from indexer.read.clean import clean_text
from indexer.read.ocr_fix import fix_paragraph_signs, fix_party_column
from indexer.segment.split import segment


def _titles(text: str) -> list[tuple[str | None, str]]:
    cleaned = clean_text(text)
    return [(it.number, it.title) for it in segment(cleaned, detect_meta(cleaned))]


@pytest.mark.parametrize(
    ("read", "heads"),
    [
        # "§ 57" read as "357", its title a tab away: the run of paragraphs confirms it
        (
            ["§ 56\tVal av justerare", "Text.", "357\tMotion om cykel", "Text.", "§ 58\tBudget", "Text."],
            ["§ 56\tVal av justerare", "§ 57\tMotion om cykel", "§ 58\tBudget"],
        ),
        # out of the run's order it stays as read
        (
            ["§ 56\tVal av justerare", "Text.", "371\tMotion om cykel", "Text.", "§ 58\tBudget", "Text."],
            ["§ 56\tVal av justerare", "§ 58\tBudget"],
        ),
        # a "3" with no title on its line is never a sign ("357" alone is an amount, a count)
        (
            ["§ 56\tVal av justerare", "Text.", "357", "Motion om cykel", "§ 58\tBudget", "Text."],
            ["§ 56\tVal av justerare", "§ 58\tBudget"],
        ),
    ],
)
def test_a_sign_read_as_3_before_a_title_is_put_back_in_the_run(read: list[str], heads: list[str]) -> None:
    pages = [["Socialnämnden", *read, "Justerandes sign"]]
    fix_paragraph_signs(pages, {0})
    assert [line for line in pages[0] if line.startswith("§")] == heads


PARTED = """SAMMANTRÄDESPROTOKOLL
Kommunfullmäktige
Sammanträdesdatum 2026-02-23

§ 14\tVal av justerare

Fullmäktige utser Eva Berg att justera protokollet.

§ 15\tFråga från Olle Lind (L) till tekniska nämndens

ordförande om gatubelysningen i Norrby
Dnr TN 2026/044

Olle Lind har ställt en fråga om belysningen.

§ 16\tÖversiktsplan för Västra hamnen,

samrådsförslag

Planen beskriver en ny stadsdel.

§ 17\tAnmälan av motioner

Två motioner har kommit in.
"""


def test_a_title_on_the_paragraph_line_goes_on_over_one_blank_line() -> None:
    assert _titles(PARTED) == [
        ("§14", "Val av justerare"),
        ("§15", "Fråga från Olle Lind (L) till tekniska nämndens ordförande om gatubelysningen i Norrby"),
        ("§16", "Översiktsplan för Västra hamnen, samrådsförslag"),
        ("§17", "Anmälan av motioner"),
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Dnr TN 2026/044\n", ""),  # no case number under the lower-case line: it may be the body's
        ("ordförande om gatubelysningen i Norrby", "Ordförande om gatubelysningen i Norrby"),  # capitalised
        ("samrådsförslag", "och förvaltningen föreslår att planen ställs ut för samråd under våren."),
    ],
)
def test_no_other_line_goes_on_past_the_blank_on_the_paragraph_line(old: str, new: str) -> None:
    text = PARTED.replace(old, new)
    added = new.strip().split("\n")[-1]
    titles = _titles(text)
    assert all(added not in title for _, title in titles) if added else titles[1][1].endswith("nämndens")


MEMBERS = [
    "NÄRVAROLISTA",
    "Ledamot\tParti\tLedamot\tParti",
    "Britt Holmberg\tS ordf.\tOla Sundin\tM",
    "Jonas Ek\tM\tLena Strand\t5",
    "Per-Olof Lindh\t(&\tAnders Backe\tSD",
    "Karin Sjöberg\tV\tMaja Norell\tGc",
    "Rune Alm\t3",
]


def test_party_codes_misread_in_an_ocr_member_list_are_put_back() -> None:
    pages = [list(MEMBERS)]
    fix_party_column(pages, {0})
    assert pages[0][2:] == [
        "Britt Holmberg\tS\tordf.\tOla Sundin\tM",
        "Jonas Ek\tM\tLena Strand\tS",
        "Per-Olof Lindh\tC\tAnders Backe\tSD",
        "Karin Sjöberg\tV\tMaja Norell\tC",
        "Rune Alm\tS",
    ]


def test_party_codes_are_left_alone_without_a_party_column_or_off_ocr() -> None:
    # a text-layer page is never changed
    pages = [list(MEMBERS)]
    fix_party_column(pages, set())
    assert pages[0] == MEMBERS
    # a table with no party column: a name and a count are no misread code
    table = ["Namn\tAntal", "Lena Strand\t5", "Rune Alm\t3", "Jonas Ek\t12"]
    pages = [list(table)]
    fix_party_column(pages, {0})
    assert pages[0] == table


PORTAL = """Socialnämnden

Sammanträde 2026-05-06 kl. 09.00 · Rådhuset
Status: Justerat protokoll · Publicerat 2026-05-12 · Ladda ner som PDF

Föredragningslista

Nr\tÄrende\tDnr

1\tVal av justerare\t

2\tBudget 2027\tSN 2026/12

PROTOKOLL

§ 31 Val av justerare

Nämnden utser Ida Berg att justera protokollet.

§ 32 Budget 2027

Nämnden beslutar att godkänna budgeten.
"""


def _kind(text: str) -> str | None:
    cleaned = clean_text(text)
    lines = [ln.strip() for ln in cleaned.splitlines()]
    return doc_type(cleaned, lines, [])[0]


def test_a_protocol_printing_its_agenda_first_is_a_protocol() -> None:
    assert _kind(PORTAL) == "protokoll"
    assert _kind(PORTAL.replace("PROTOKOLL", "SAMMANTRÄDESPROTOKOLL")) == "protokoll"


def test_an_agenda_with_no_protocol_under_it_stays_a_kallelse() -> None:
    assert _kind(PORTAL.replace("PROTOKOLL\n", "")) == "kallelse"  # no protocol title
    assert _kind(PORTAL.replace("Socialnämnden\n", "Kallelse\nSocialnämnden\n")) == "kallelse"


@pytest.mark.parametrize(
    "line",
    [
        "Anmäls vid socialnämndens sammanträde 2026-11-18.",
        "Redovisas vid nämndens sammanträde onsdagen den 18 november 2026",
        "Redovisas vid sammanträdet den 18 november 2026",
    ],
)
def test_a_delegationslista_is_dated_by_the_meeting_it_is_reported_to(line: str) -> None:
    head = [
        "Socialnämnden\tUtskriftsdatum: 2026-11-02",
        "Delegationsbeslut 2026-10-01 – 2026-10-31",
        "Redovisning av delegationsbeslut",
        line,
    ]
    assert meeting_date(head, [], lambda _: False, doc_type="delegationslista")[0] == "2026-11-18"
    # a list's own date wins ("Datum: 2026-11-02"); another document's is not read from a meeting it names
    own = ["Datum: 2026-11-02", *head]
    assert meeting_date(own, [], lambda _: False, doc_type="delegationslista")[0] == "2026-11-02"
    assert meeting_date(["Datum 2026-11-02", line], [], lambda _: False, doc_type="tjänsteskrivelse")[0] == (
        "2026-11-02"
    )
