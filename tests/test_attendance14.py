"""Persons with party from attendance lists of every shape (session 14).

The same meeting's attendance set in many markups (`tests/attendance14_cases.py`: Word tables, a PDF's
two-column head block and label column, a text export with serving ersättare and whom they replace, a
råd's notes with organisations' representatives, local party codes, inverted and broken names, absence
lists): every person is found with the party printed, and no member named only as replaced or absent is a
person (GOLD_FORMAT). Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.people import find_persons, person_key
from indexer.extract import extract_file
from tests.attendance14_cases import CASES, HARD_CASES, MORE_CASES, PDF_CASES, Case

_ALL = [*CASES, *HARD_CASES, *MORE_CASES, *PDF_CASES]


@pytest.mark.parametrize("case", _ALL, ids=[c.name for c in _ALL])
def test_every_listed_person_with_party_and_no_absent_one(tmp_path: Path, case: Case) -> None:
    got = {person_key(p.name): p for p in extract_file(case.build(tmp_path)).persons}
    for name, (party, _roles) in case.persons.items():
        assert person_key(name) in got, f"missed {name}"
        assert got[person_key(name)].party == party, name
    assert not {person_key(n) for n in case.absent} & set(got)


_HEAD = "Beslutande\nAnna Ek (S), ordförande\nBo Berg (M)\n\n"
_AGENDA = "\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n"


@pytest.mark.parametrize(
    "absent",
    [
        "Frånvarande\nLena Sjö (S)\nÅke Rudin (M)",  # a header over one name a line
        "Frånvarande\nLena Sjö (S), Åke Rudin (M)",  # a comma list under it
        "Frånvarande\n\nLena Sjö (S)\n\nÅke Rudin (M)",  # a Word paragraph a name
        "Anmält förhinder\nLena Sjö (S)\nÅke Rudin (M)",
        "Frånvarande ledamöter\nSjö, Lena (S)\nRudin, Åke (M)",  # inverted
        "Frånvarande          Lena Sjö (S)\n                     Åke Rudin (M)",  # a label column
    ],
)
def test_members_listed_under_an_absence_label_are_no_persons(absent: str) -> None:
    names = {p.name for p in find_persons(_HEAD + absent + _AGENDA)}
    assert {"Anna Ek", "Bo Berg"} <= names
    assert not names & {"Lena Sjö", "Åke Rudin"}


def test_the_other_column_beside_an_absence_list_is_present() -> None:
    text = (
        _HEAD + "Frånvarande               Övriga närvarande\n"
        "Lena Sjö (S)              Gunilla Strand, kommunchef\n"
        "Åke Rudin (M)             Hans Öberg, sekreterare\n" + _AGENDA
    )
    names = {p.name for p in find_persons(text)}
    assert {"Gunilla Strand", "Hans Öberg"} <= names
    assert not names & {"Lena Sjö", "Åke Rudin"}


def test_a_label_opening_the_next_line_ends_an_absence_list() -> None:
    text = (
        _HEAD + "Frånvarande utan ersättare: Lena Sjö (S).\n"
        "Ej tjänstgörande ersättare\tHugo Lind (M), Nadia Rask (S)\n" + _AGENDA
    )
    names = {p.name for p in find_persons(text)}
    assert {"Hugo Lind", "Nadia Rask"} <= names
    assert "Lena Sjö" not in names


def test_a_blank_line_ends_an_absence_list_set_line_under_line() -> None:
    text = _HEAD + "Frånvarande\nLena Sjö (S)\n\nÖvriga\nGunilla Strand, kommunchef\n" + _AGENDA
    names = {p.name for p in find_persons(text)}
    assert "Gunilla Strand" in names
    assert "Lena Sjö" not in names


@pytest.mark.parametrize(
    "name", ["Sean O'Brien", "Sean O’Brien", "D'Angelo Rossi", "Fiona McDonald", "Ewan MacLeod"]
)
def test_names_with_an_elided_particle_or_a_prefix(name: str) -> None:
    text = f"Beslutande\nAnna Ek (S)\n{name} (L)\n" + _AGENDA
    assert name in {p.name for p in find_persons(text)}


_COLUMN_BREAKS = """Beslutande                 Ledamöter                               Tjänstgörande ersättare
                           Olle Sand (S), ordförande               Karin Abra-
                           Stina Berg (M), vice ordförande         hamsson (S)

Övriga deltagare           Mia Lund, förvaltningschef              Jonas Åström-
                           Elin Fors, byggnadsinspektör            Lidgren, miljöinspektör, § 32

Tjänstepersoner
Maria Lindqvist-
Öberg, förvaltningschef
Johan Säll, rektor
"""


def test_names_hyphenated_at_a_columns_end_are_joined() -> None:
    names = {p.name for p in find_persons(_COLUMN_BREAKS + _AGENDA)}
    assert {"Karin Abrahamsson", "Jonas Åström-Lidgren", "Maria Lindqvist-Öberg"} <= names
    assert {"Olle Sand", "Stina Berg", "Mia Lund", "Elin Fors", "Johan Säll"} <= names
    assert not names & {"Karin Abra", "Jonas Åström", "Maria Lindqvist"}


def test_a_party_name_is_no_part_of_a_name() -> None:
    text = (
        "Ledamöter\nSverigedemokraterna (SD): Tobias Berg, Linnea Roos, Arvid Pettersson\n"
        "Centerpartiet (C): Mikael Lund, Jonas Sandberg\n\nDLP = Dorotea Landsbygdsparti\n" + _AGENDA
    )
    names = {p.name for p in find_persons(text)}
    assert {"Arvid Pettersson", "Mikael Lund"} <= names
    assert not {n for n in names if n.endswith(("Centerpartiet", "Landsbygdsparti"))}
    assert next(p for p in find_persons(text) if p.name == "Arvid Pettersson").party != "C"
