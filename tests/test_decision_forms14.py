"""The decision part of a § in the forms Swedish kommuner print (acts14): yrkanden, reservationer,
protokollsanteckningar and named voteringslistor, each the same § in a text export, a two-column PDF and
a Word file (`tests.decision_forms14_probes`), read as GOLD_FORMAT counts them: the proposers (not the
chair's propositionsordning, not a person a yrkande names), reservers and noters (a party as a whole
where the party acts), and each voter's vote per omröstning.

The forms main missed before acts14 run in the fast suite; the whole table (174 files) is slow."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.decision_forms14_probes import CASES, FORMATS, Case, check, extract, got

#: "biträder X:s (P) yrkande", "yrkas av", a voter line's "tjg ers för", a two-halves list over a page,
#: a proposer alone on a line under "Yrkande" (a Word table's "Ledamot | Yrkande" rows read so too).
FIXED = {
    "yrkanden_bullets_instammer",
    "passive_yrkas_av",
    "vote_rows_with_words",
    "vote_two_columns_over_page",
    "yrkande_name_line_then_text",
}


def _run(case: Case, fmt: str, tmp: Path) -> None:
    ex = extract(case, fmt, tmp)
    assert check(case, ex), got(ex)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", [c for c in CASES if c.name in FIXED], ids=lambda c: c.name)
def test_forms_fixed_in_acts14(case: Case, fmt: str, tmp_path: Path) -> None:
    _run(case, fmt, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", [c for c in CASES if c.name not in FIXED], ids=lambda c: c.name)
def test_decision_forms(case: Case, fmt: str, tmp_path: Path) -> None:
    _run(case, fmt, tmp_path)
