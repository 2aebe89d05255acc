"""An item's "Dnr …" line set apart from its heading is still the item's own case number."""

from __future__ import annotations

from indexer.segment.common import make_item, settle_dnr
from indexer.segment.dnr import find_dnr_spans
from indexer.types import Item


def _items(first_body: str) -> list[Item]:
    heads = [
        ("§119", "Taxa för hamnavgifter", "Dnr TN 2026/244\nHamnchefen föredrar ärendet."),
        ("§120", "Medborgarförslag om cykelväg", "Dnr TN 2026/301\nEtt förslag har inkommit."),
    ]
    items = [make_item("§118", "Ekonomisk uppföljning", first_body, 0, None)]
    for number, title, body in heads:
        line, rest = body.split("\n", 1)
        items.append(make_item(number, title, rest, 0, None, find_dnr_spans(line)))
    return items


def test_a_labelled_number_on_its_own_line_at_the_items_end_is_its_own() -> None:
    items = _items(
        "Nämnden prognostiserar ett underskott.\n\nBeslut\nRapporten godkänns.\n\nDnr TN 2026/17\n"
    )
    settle_dnr(items)
    assert items[0].diarienummer == ["TN 2026/17"]
    assert items[0].dnr_cited == []


def test_a_number_cited_in_running_text_stays_cited() -> None:
    items = _items("Beslut fattade enligt förteckning (TN 2026/282, TN 2026/290).\n")
    settle_dnr(items)
    assert items[0].diarienummer == []


def test_two_labelled_lines_are_a_list_of_other_cases() -> None:
    items = _items("Meddelanden\nBeslut om bygglov\nDnr TN 2026/282\nBeslut om taxa\nDnr TN 2026/290\n")
    settle_dnr(items)
    assert items[0].diarienummer == []
