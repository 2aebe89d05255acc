"""Metadata forms of session 17 (`tests/meta17_probe.py`, written before the rules): a date printed
"3/11 2026", an organ's name wrapping onto a second header line, a län named as a place (no region), the
organ on one line with its date, time and place, and "Protokoll från direktionen i X" (a förbund's direktion).

kommuner59 (Hultsfred's "3/11 2026", Bräcke's "… för Bräcke och" / "Ragunda", "i Jämtlands län och
Västernorrlands län") and kommuner55 (Ödeshög's "Kommunala pensionärsrådet (KPR), 2026-03-12, kl. …").
Probe: main 24/88, after 88/88.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.meta.dates import before_date, find_dates, parse_swedish_date
from indexer.meta.federation import federation_name
from indexer.meta.header import join_broken, running_cells
from tests.meta17_probe import MARKUPS, cases, misses

_CASES = {c.name: c for c in cases()}
# Every case as text, and the first case of each form in the other markups, keep the suite fast.
_FIRST = {name.split("/")[0]: name for name in reversed(list(_CASES))}
_PICKED = [("txt", n) for n in _CASES] + [(m, n) for m in MARKUPS[1:] for n in _FIRST.values()]


@pytest.mark.parametrize(("markup", "name"), _PICKED)
def test_probe(markup: str, name: str, tmp_path: Path) -> None:
    assert misses(_CASES[name], markup, tmp_path) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("3/11 2026", "2026-11-03"),
        ("Kommunhuset Hultsfred, 3/11 2026 kl. 08.30–12.15", "2026-11-03"),
        ("Protokoll 4/2 2026", "2026-02-04"),
        ("Dnr 2026/31", None),  # a case number: the year first
        ("KS 12/2026", None),
        ("Nämnden träffades 3/11 på plats.", None),  # no year
        ("Två tredjedelar (2/3) av ledamöterna", None),
        ("31/2 2026", None),  # no day of the calendar
        ("3/11-2026", None),
    ],
)
def test_day_month_year(text: str, iso: str | None) -> None:
    assert parse_swedish_date(text) == iso
    assert find_dates(text) == ([iso] if iso else [])


def test_a_name_left_open_is_joined() -> None:
    lines = [
        "Bräcke kommun\tPROTOKOLL",
        "Gemensamma överförmyndarnämnden för Bräcke och\tSammanträdesdatum: 2026-10-21",
        "Ragunda\t1 av 3",
    ]
    assert join_broken(lines)[1] == (
        "Gemensamma överförmyndarnämnden för Bräcke och Ragunda\tSammanträdesdatum: 2026-10-21"
    )
    assert len(join_broken(lines)) == 2  # the page number beside the name's end is left out
    assert join_broken(["Närvarande ledamöter och", "Anna Berg (S), ordförande"]) == [
        "Närvarande ledamöter och",
        "Anna Berg (S), ordförande",
    ]


def test_kommuner_listed_in_a_name_are_one_field() -> None:
    assert running_cells(["Gemensamma lönenämnden för Vimmerby, Hultsfred och Kinda\t2026-10-21"]) == [
        "Gemensamma lönenämnden för Vimmerby, Hultsfred och Kinda",
        "2026-10-21",
    ]
    assert running_cells(["Hjo kommun, Kommunstyrelsen, Sida 2 (3)"]) == [
        "Hjo kommun",
        "Kommunstyrelsen",
        "Sida 2 (3)",
    ]


@pytest.mark.parametrize(
    ("line", "before"),
    [
        (
            "Kommunala pensionärsrådet (KPR), 2026-03-12, kl. 09.30–11.40, Kommunhuset, Aulan",
            "Kommunala pensionärsrådet (KPR)",
        ),
        ("Kommunstyrelsen 2026-03-12", "Kommunstyrelsen"),
        ("Socialnämnden har 2026-03-12 beslutat om riktlinjer", None),  # a sentence goes on after the date
    ],
)
def test_before_date(line: str, before: str | None) -> None:
    assert before_date(line) == before


def test_direktion_in_the_title() -> None:
    assert federation_name(["Protokoll från direktionen i Räddningstjänsten Syd"]) == "Räddningstjänsten Syd"
    assert federation_name(["Protokoll från direktionen i Lund"]) is None  # a kommun is where it met
