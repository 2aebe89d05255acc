"""First names common in Sweden today (`models/data/first_names_today.txt`), in every position arkiv reads
people from, and first names that are also words read as names only where the shape says so.

The probe (tests/names_today_probe.py): an invented protocol and kallelse as text and a protocol as DOCX,
with people of many name origins (modern Swedish, Finnish, Arabic, Somali, Persian, Kurdish, Turkish,
Bosnian/Serbian/Croatian, Polish, Tigrinya) and capitalised words that are no person (months, weekdays,
streets, places, first names used as words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.finder import NameFinder
from indexer.entities.people import find_persons
from indexer.extract import extract_file
from indexer.types import Person
from models import gazetteers
from tests.names_today_probe import KALLELSE, NOT_PERSONS, PERSONS, PROTOCOL, build_docx


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str | None]]:
    docx_path = build_docx(tmp_path_factory.mktemp("names_today"))
    docs = {"protokoll": PROTOCOL, "kallelse": KALLELSE, "docx": docx_path}
    return {k: {p.name: p.party for p in extract_file(Path(v)).persons} for k, v in docs.items()}


@pytest.mark.parametrize(("doc", "name", "party"), PERSONS, ids=[f"{d}:{n}" for d, n, _ in PERSONS])
def test_a_person_of_today_is_found_with_the_party_printed(
    probe: dict[str, dict[str, str | None]], doc: str, name: str, party: str | None
) -> None:
    assert name in probe[doc]
    assert probe[doc][name] == party


@pytest.mark.parametrize(("doc", "words"), NOT_PERSONS, ids=[f"{d}:{w}" for d, w in NOT_PERSONS])
def test_no_month_street_place_or_word_is_a_person(
    probe: dict[str, dict[str, str | None]], doc: str, words: str
) -> None:
    assert not [n for n in probe[doc] if n == words or n.startswith(words + " ") or words in n.split()]


def test_the_probe_finds_no_one_it_does_not_list(probe: dict[str, dict[str, str | None]]) -> None:
    listed = {(d, n) for d, n, _ in PERSONS}
    assert {(d, n) for d, people in probe.items() for n in people} == listed


def test_the_list_of_today_is_read_with_the_old_one() -> None:
    names = gazetteers.first_names()
    assert {"Anna", "Lars", "Emir"} <= names  # first_names.csv
    assert {"Nova", "Kian", "Farhad", "Hodan", "Fadumo", "Katarzyna", "Piotr", "Vilgot", "Majvor"} <= names
    words = gazetteers.word_first_names()
    assert {"Juni", "Maj", "Sol", "Ask", "Vide", "Dag", "Rut"} <= words <= names
    assert not {"Farhad", "Anna", "Kian"} & words


def test_the_list_of_today_is_one_capitalised_name_a_line() -> None:
    path = Path(gazetteers.DATA) / "first_names_today.txt"
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        assert parts[0][:1].isupper() and parts[0].replace("-", "").isalpha(), line
        assert parts[1:] in ([], ["word"]), line
        assert parts[0] not in seen, line
        seen.add(parts[0])
    assert len(seen) > 500


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Juni Bergström (L) yrkar bifall.", "Juni Bergström"),
        ("Socialchef Vide Sjöberg redogör för prognosen.", "Vide Sjöberg"),
        ("Beslutande\nSol Hedlund (C)\nAsk Nyberg (M)\n", "Ask Nyberg"),
        ("Ordförande Maj Andersson öppnar mötet.", "Maj Andersson"),
        ("Ekonomichef Farhad Karimi informerar om budgeten.", "Farhad Karimi"),
        ("Frågan väcktes av Golnar Sadeghi vid förra mötet.", "Golnar Sadeghi"),
    ],
)
def test_a_name_that_is_also_a_word_is_one_where_the_shape_says_so(text: str, name: str) -> None:
    assert name in {p.name for p in find_persons(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet rapporteras till fullmäktige den 3 juni. I maj lämnas en delårsrapport.",
        "Sol Arena och Vide Backe byggs om under Juni Augusti.",
        "Detaljplanen för Ask Parken och Maj Torget ställs ut.",
        "Avtalet med Luna Dans AB löper ut.",
    ],
)
def test_a_name_that_is_also_a_word_is_no_person_as_the_word(text: str) -> None:
    assert find_persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ekonomichef Dilvina Rostam informerar om budgeten.", "Dilvina Rostam"),
        ("Budgeten antas.\nPlanarkitekt Berzan Qaradaghi redogör för planen.", "Berzan Qaradaghi"),
        ("Ordförande Rojvan Akbulut går igenom dagordningen.", "Rojvan Akbulut"),
    ],
)
def test_a_name_no_list_knows_after_a_title_and_before_a_verb(text: str, name: str) -> None:
    assert {p.name for p in find_persons(text)} == {name}


def test_the_month_before_a_name_is_not_part_of_it() -> None:
    names = {p.name for p in find_persons("Sammanträde 9 Juni Anna Ek (S) yrkar bifall.")}
    assert names == {"Anna Ek"}


def test_a_first_name_that_is_a_word_finds_no_one_alone() -> None:
    finder = NameFinder([Person(name="Juni Bergström", party="L"), Person(name="Farhad Karimi")])
    assert [p.name for _, _, p in finder.find("Rapporten kommer i Juni. Farhad redovisar den.")] == [
        "Farhad Karimi"
    ]
