"""Case numbers with a document number in brackets after them, "PN 2026/17 (15)" (`tests/dnr61_probe.py`).

kommuner61's kallelse printed its agenda's case numbers so (Netpublicator); the reader took the bracket for
a page number ("41 (6)" as "3 (7)") and the item kept "PN 2026/17" alone. Probe: main 12/183, after 183/183.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from dnr61_probe import variants
from dnr_positions14_probe import Variant, result

from arkiv.evaluation.items import gold_dnr_key
from indexer.read.page_numbers import PAGE_IN_LINE, is_page_number
from indexer.segment.dnr import find_dnr_spans

_ALL = {v.name: v for v in variants()}
# Every shape and lookalike in text, and kommuner61's shape in every markup, keep the suite fast.
_PICKED = sorted(n for n in _ALL if n.startswith(("txt/", "txt14/")) or n.endswith("/slash"))


@pytest.mark.parametrize("name", _PICKED)
def test_own_numbers(name: str, tmp_path: Path) -> None:
    v: Variant = _ALL[name]
    ok, got, _doc = result(v, tmp_path)
    assert ok, (got, v.want)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("PN 2026/17 (15)", ["PN 2026/17 (15)"]),
        ("Dnr PN 2026/17 (15)   Maria Forsell", ["PN 2026/17 (15)"]),
        ("RS 2026-00412 (3)", ["RS 2026-00412 (3)"]),
        ("Dnr 2026/41 (3)", ["2026/41 (3)"]),
        ("RUN/2026:118 (2), KS 2026/9", ["RUN/2026:118 (2)", "KS 2026/9"]),
        ("(KS 2026/41 (2))", ["KS 2026/41 (2)"]),
        ("KS 2026/41 (S)", ["KS 2026/41"]),  # a party
        ("KS 2026/41 (2026)", ["KS 2026/41"]),  # a year
        ("KS 2026/41 (2 st)", ["KS 2026/41"]),  # a count
        ("KS 2026/41 (1/2)", ["KS 2026/41"]),  # a page
        ("KS 2026/41 (2) bilagor", ["KS 2026/41"]),  # the sentence goes on
        ("KS 2026/41:12 (3)", ["KS 2026/41:12"]),  # a document number already
        ("Sida 2 (4)", []),
        ("2026-10-12 (3)", []),  # a date
        ("060-19 10 00 (växel)", []),  # a phone number
        ("SFS 2017:725 (15)", []),
        ("851 80 Sundsvall (post)", []),
        ("kommunkod 2281 (Sundsvall)", []),
        ("2 026 000 kr (15 procent)", []),
    ],
)
def test_document_numbers_in_brackets(text: str, printed: list[str]) -> None:
    assert [d.printed for d in find_dnr_spans(text)] == printed


def test_a_document_number_keeps_its_case() -> None:
    forms = ["PN 2026/17 (15)", "PN 2026/17", "Dnr PN 2026/017 (3)", "PN 2026/17(15)"]
    assert {d.match for f in forms for d in find_dnr_spans(f)} == {"PN|2026|17"}
    assert gold_dnr_key("PN 2026/17 (15)") == gold_dnr_key("PN 2026/17(15)") == "PN 2026/17 (15)"


@pytest.mark.parametrize(
    ("line", "page"),
    [
        ("PN 2026/17 (15)", False),
        ("Dnr RUN/2026:41 (4)", False),
        ("KOMMUNSTYRELSEN  Protokoll  3 (14)", True),
        ("Sida 2 (9)", True),
        ("2026-10-28  3(7)", True),
    ],
)
def test_a_case_serial_is_no_page_count(line: str, page: bool) -> None:
    assert bool(PAGE_IN_LINE.search(line)) is page
    assert not is_page_number("PN 2026/17 (15)")
