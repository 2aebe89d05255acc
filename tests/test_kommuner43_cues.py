"""Cues the misses of kommuner43 (retired into development in session 16) share with Swedish minutes at
large, each probed with invented content in several markups:

- an agenda table's group headings set across the table ("Beslutsärenden") are no points and do not end
  it (`agenda_groups_probe`; main read 5/9 rows of the PDF and 2/9 of the text export, 9/9 after);
- a delegationslista's date after a labelled field "Anmäls till: Kommunstyrelsen 2026-04-15"
  (`reported_date_probe`; main 0/4 in each of four markups, 4/4 after);
- two signatures side by side, typed apart with spaces in a PDF or captioned with what the signer
  represents under "Justeras" (`signature_pairs_probe`; main 4 of 10 cases, 10 after);
- a matter's author named in passing where another paragraph handles it ("… behandlas som § 3"), and a
  trigger in a subordinate clause with a subject of its own ("…, där kommunen lyfter …")
  (`raised_elsewhere_probe`; main 1 of 5 paragraphs in each of four markups, 5 after).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.read.agenda_groups import is_group_heading
from tests import agenda_groups_probe, raised_elsewhere_probe, reported_date_probe, signature_pairs_probe


@pytest.mark.parametrize("markup", list(agenda_groups_probe.MARKUPS))
def test_group_headings_in_an_agenda_table(tmp_path: Path, markup: str) -> None:
    got = agenda_groups_probe.extract(markup, tmp_path)
    assert [g[:3] for g in got] == [e[:3] for e in agenda_groups_probe.EXPECTED]
    presenters = [g[3] for g in got]
    expected = [sorted(e[3]) for e in agenda_groups_probe.EXPECTED]
    assert presenters == expected


@pytest.mark.parametrize(
    ("text", "below", "heading"),
    [
        ("Beslutsärenden", [(True, True)], True),
        ("Informationsärenden", [(True, False), (True, True)], True),
        ("Sekretessärenden (behandlas inom stängda dörrar)", [(True, False), (True, True)], True),
        ("Johanna Lönn (M)", [(False, False)], False),  # the chair's signature under the table
        ("Handlingarna finns på kommunens webbplats.", [(True, True)], False),
        ("12 Meddelanden", [(True, True)], False),
        ("Beslutsärenden", [(True, False), (True, False), (True, False), (True, True)], False),
    ],
)
def test_is_group_heading(text: str, below: list[tuple[bool, bool]], heading: bool) -> None:
    assert is_group_heading(text, below) is heading


@pytest.mark.parametrize("markup", list(reported_date_probe.MARKUPS))
def test_date_of_the_meeting_a_list_is_reported_to(tmp_path: Path, markup: str) -> None:
    assert reported_date_probe.dates(markup, tmp_path) == [d for _, d in reported_date_probe.HEADS]


@pytest.mark.parametrize("markup", list(signature_pairs_probe.MARKUPS))
def test_two_signatures_side_by_side(tmp_path: Path, markup: str) -> None:
    got = signature_pairs_probe.justerare(markup, tmp_path)
    assert got == [sorted(c[3]) for c in signature_pairs_probe.CASES]


@pytest.mark.parametrize("markup", list(raised_elsewhere_probe.MARKUPS))
def test_raised_where_the_matter_is_handled(tmp_path: Path, markup: str) -> None:
    got = raised_elsewhere_probe.extract(markup, tmp_path)
    assert got == [(n, sorted(a)) for n, a in raised_elsewhere_probe.EXPECTED]
