"""Case numbers after "Ärende" on a § line and with an archive code after them (`tests/dnr60_probe.py`).

kommuner60 printed "§ 33 … Ärende 2026-815" (a bygg- och miljö system's bare year-serial) and "Dnr KS
2026/0412 023" (Ciceron's klassificering after the number). Probe: main 9/79, after 79/79.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from dnr60_probe import variants
from dnr_positions14_probe import Variant, result

from arkiv.evaluation.items import gold_dnr_key
from indexer.segment.dnr import find_dnr_spans

_ALL = {v.name: v for v in variants()}
# Every shape and lookalike in text, and the two kommuner60 printed in every markup, keep the suite fast.
_KOMMUNER60 = ("/arende_year_serial", "/archive_code")
_PICKED = sorted(n for n in _ALL if n.startswith("txt/") or n.endswith(_KOMMUNER60))


@pytest.mark.parametrize("name", _PICKED)
def test_own_numbers(name: str, tmp_path: Path) -> None:
    v: Variant = _ALL[name]
    ok, got, _doc = result(v, tmp_path)
    assert ok, (got, v.want)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Dnr KS 2026/0412 023", ["KS 2026/0412 023"]),
        ("(KS 2026/41 023)", ["KS 2026/41 023"]),
        ("Dnr 2026/0412 023", ["2026/0412 023"]),
        ("KS 2026/41 023, KS 2026/42", ["KS 2026/41 023", "KS 2026/42"]),
        ("KS 2026/41 2027", ["KS 2026/41"]),  # a year
        ("KS 2026/41 250 000 kr", ["KS 2026/41"]),  # money
        ("KS 2026/41 100 st", ["KS 2026/41"]),  # a count
        ("KS 2026/41 023 bilagor", ["KS 2026/41"]),  # a figure of the sentence
        ("Ärende 2026-815", ["2026-815"]),
        ("§ 33 Föreläggande   Ärende: 2026-815", ["2026-815"]),
        ("i ärende 2026-774 beslutade", []),  # a sentence cites a case
        ("Ärende 2026-090 avser grannfastigheten.", []),  # ... also at its start
        ("Ärende 12", []),
        ("Ärende 2026-03-18", []),  # a date
    ],
)
def test_archive_codes_and_the_arende_label(text: str, printed: list[str]) -> None:
    assert [d.printed for d in find_dnr_spans(text)] == printed


def test_an_archive_code_keeps_its_case() -> None:
    forms = ["KS 2026/0412 023", "KS 2026/412", "Dnr KS 2026/0412-023"]
    assert {d.match for f in forms for d in find_dnr_spans(f)} == {"KS|2026|412"}
    assert gold_dnr_key("KS 2026/0412 023") == "KS 2026/0412-023"
