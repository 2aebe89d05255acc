"""People arkiv missed or invented after session 14, in every markup (`tests/persons15_probe.py`).

Names in capitals (attendance, signatures), a party code before the name, role labels before names and
after names printed surname first, a block header broken over two lines, a name broken over a page turn,
members named only as resigning (no person of the meeting, GOLD_FORMAT), particles and double surnames:
every person with the party and the roles printed, no one else. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.people import find_persons, person_key
from indexer.extract import extract_file
from tests.persons15_probe import BUILDERS, CASES, Case

_RUNS = [(c, mk) for c in CASES for mk in c.markups]


@pytest.mark.parametrize(("case", "markup"), _RUNS, ids=[f"{c.name}-{mk}" for c, mk in _RUNS])
def test_every_person_with_party_and_roles_and_no_one_else(tmp_path: Path, case: Case, markup: str) -> None:
    got = {person_key(p.name): p for p in extract_file(BUILDERS[markup](case, tmp_path)).persons}
    for name, (party, roles) in case.persons.items():
        person = got.get(person_key(name))
        assert person is not None, f"missed {name}"
        assert person.name == name
        assert person.party == party, name
        assert roles <= set(person.roles), (name, person.roles)
    assert set(got) == {person_key(n) for n in case.persons}, "a person too many"


def _names(text: str) -> set[str]:
    return {p.name for p in find_persons(text)}


@pytest.mark.parametrize(
    "text",
    [
        "KOMMUNSTYRELSEN\nBESLUT\nANNA LINDHS MINNESFOND\n",  # headings in capitals
        "Ärendet gäller ELSA BESKOWS VÄG och KARL JOHANS TORG.\n",  # streets in running text
        "Justeras\nKARL JOHANS TORG\n",  # a place under a caption: its last word is a place word
        "Plats och tid  STORA SALEN, STADSHUSET\n",
    ],
)
def test_capitals_that_are_no_name_stay_as_they_are(text: str) -> None:
    assert not _names(text)


def test_a_name_in_capitals_is_the_same_person_as_written_normally() -> None:
    text = "Beslutande\nANNA EKSTRÖM (S), ordförande\n\n§ 1 Budget\nAnna Ekström (S) yrkar bifall.\n"
    people = find_persons(text)
    assert [(p.name, p.party) for p in people] == [("Anna Ekström", "S")]
    assert "ordförande" in people[0].roles


def test_a_party_bracket_opening_the_next_line_is_that_line_s() -> None:
    text = "Beslutande\n(M) Bo Berg\n(C) Cecilia Lund\n"
    assert {(p.name, p.party) for p in find_persons(text)} == {("Bo Berg", "M"), ("Cecilia Lund", "C")}


def test_a_lone_first_name_after_no_list_is_not_moved() -> None:
    text = "Anna Ek (S) yrkar bifall.\nVälkommen\n\nKommunstyrelsen\nLindström (S)\n"
    assert "Välkommen Lindström" not in _names(text)
