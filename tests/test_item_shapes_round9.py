"""Items, titles, case numbers and pages in more shapes that Swedish minutes share (session 6, kommuner9).

Every text is invented and set in a layout *other* than the development document that showed the
miss: the cue tested is one that holds across kommuner (a labelled case number in a shape of its own,
two case numbers one under the other, a page header's label that is never a title, a title wrapped in
a narrow column ending where the body's first section word stands), not one template.
"""

from __future__ import annotations

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.segment.split import segment
from indexer.types import Item


def _items(text: str) -> list[Item]:
    cleaned = clean_text(text)
    return segment(cleaned, detect_meta(cleaned))


def _rows(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(it.number, it.title, it.diarienummer) for it in _items(text)]


_HEAD = "Socialnämnden\nProtokoll\nSammanträdesdatum 2026-05-19\n\n"
_BODY = (
    "Ärendebeskrivning\nFörvaltningen har tagit fram ett förslag som redovisas i tjänsteskrivelsen.\n"
    "Beslut\nSocialnämnden beslutar enligt förslaget.\n\n"
)


def _protocol(*heads: str) -> str:
    return _HEAD + "".join(h + "\n" + _BODY for h in heads)


def test_labelled_case_numbers_in_shapes_of_their_own() -> None:
    # A suffixed year-serial under the title, a hyphenated series on the § line, an unknown shape after
    # "Ärendenr": each is the item's own number because a label says so.
    text = _protocol(
        "§ 31 Riktlinjer för ekonomiskt bistånd 2027\nDiarienummer: 2026-000318-730",
        "§ 32   Ärendenr SN-IFO26-0044\nUppföljning av placeringar",
        "§ 33 Yttrande till Inspektionen för vård och omsorg\nÄrendenr: 3.1.2-5521/2026",
    )
    assert _rows(text) == [
        ("§31", "Riktlinjer för ekonomiskt bistånd 2027", ["2026-000318-730"]),
        ("§32", "Uppföljning av placeringar", ["SN-IFO26-0044"]),
        ("§33", "Yttrande till Inspektionen för vård och omsorg", ["3.1.2-5521/2026"]),
    ]


def test_a_suffixed_number_cited_in_a_list_is_not_the_items_when_headings_carry_theirs() -> None:
    text = _protocol(
        "§ 40 Delårsrapport augusti 2026\nDnr 2026-000412-042",
        "§ 41 Anmälan av delegationsbeslut\n"
        "Yttrande till länsstyrelsen, dnr 2026-000390-101\nBeslut om bistånd, dnr 2026-000377-730",
        "§ 42 Riktlinjer för hemtjänst\nDnr 2026-000455-730",
    )
    assert [r[2] for r in _rows(text)] == [["2026-000412-042"], [], ["2026-000455-730"]]


def test_two_case_numbers_one_under_the_other_are_both_the_items() -> None:
    # A text protocol: the nämnd's number and the kommunstyrelse's printed on two lines under the title.
    text = _protocol(
        "§ 12 Svar på medborgarförslag om utegym i Berga\nDnr SN 2026/14\nKS 2025/301",
        "§ 13 Budget 2027\nDnr SN 2026/20",
    )
    assert _rows(text) == [
        ("§12", "Svar på medborgarförslag om utegym i Berga", ["SN 2026/14", "KS 2025/301"]),
        ("§13", "Budget 2027", ["SN 2026/20"]),
    ]


def test_a_case_number_right_above_the_next_heading_stays_with_it() -> None:
    # "Dnr" lines printed above each § line: the second line of numbers under § 12 is § 13's.
    text = (
        _HEAD
        + "Dnr SN 2026/14\n§ 12 Svar på medborgarförslag om utegym i Berga\n"
        + _BODY
        + "Dnr SN 2026/20\n§ 13 Budget 2027\n"
        + _BODY
    )
    assert [r[2] for r in _rows(text)] == [["SN 2026/14"], ["SN 2026/20"]]
