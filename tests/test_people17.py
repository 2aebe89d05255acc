"""People and party forms the development sets still missed after session 16, in every markup
(`tests/people17_probe.py`; main found 92/120 persons with 24 too many and 90/106 actions with 4 too many,
120/120 and 106/106 with none too many after).

A local party reserving under its full name after the kommun's genitive ("Ljusnarsbergs Bygdepartiets
ledamöter", LBP), an attendance list printed "Efternamn Förnamn (P)" without a comma, a medborgarförslag's
author whose first name no list knows or whose surname ends in "ss", a code printed "FP" (kept as printed,
eval/GOLD_FORMAT.md), and "Per Holm," whose title a text export's column wraps. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.name_order import normal_order
from indexer.entities.names import Mention
from indexer.entities.parties import party_code
from indexer.entities.people import find_persons
from tests.people17_probe import CASES, Case, read, score

_RUNS = [(c, mk) for c in CASES for mk in c.markups]


@pytest.mark.parametrize(("case", "markup"), _RUNS, ids=[f"{c.name}-{mk}" for c, mk in _RUNS])
def test_every_person_and_action_and_no_more(tmp_path: Path, case: Case, markup: str) -> None:
    right, extra, acts, extra_acts = score(case, markup, tmp_path)
    persons, found = read(case, markup, tmp_path)
    assert (right, extra) == (len(case.persons), 0), sorted(v[:2] for v in persons.values())
    assert (acts, extra_acts) == (len(case.actions), 0), found ^ case.actions


def test_a_code_is_kept_as_printed() -> None:
    assert [party_code(c) for c in ("FP", "(fp)", "(s)", "Kd", "Moderaterna")] == ["FP", "FP", "S", "KD", "M"]


#: A text export's table: the name cell "Per Holm," and its title wrapped onto the next line of the column.
_WRAPPED = (
    "Nr  Ärende                 Föredragande\n3   Skolans ekonomi        Per Holm,\n"
    "                           rektor\n"
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kostnaden per capita ökar. Per år räknat blir det 5 mnkr.\n", set()),
        ("Beslut\nPer Månad,\n    rektor\n", set()),  # an ordinary word after "Per": no surname
        (_WRAPPED, {"Per Holm"}),
        ("Elof Lindälvs gymnasium byggs om.\n", set()),  # a genitive before a noun: a place
        ("Gunnar Wass har i ett medborgarförslag föreslagit belysning.\n", {"Gunnar Wass"}),
        ("Ett medborgarförslag från Tilde Sandström har inkommit.\n", {"Tilde Sandström"}),
        ("En motion från Vänsterpartiet Kalix har inkommit.\n", set()),
    ],
)
def test_names_and_words(text: str, names: set[str]) -> None:
    assert {p.name for p in find_persons(text)} == names


def _listed(name: str, start: int) -> Mention:
    return Mention(name=name, start=start, end=start + len(name), listed=True)


def test_one_name_printed_reversed_elsewhere_tells_no_order() -> None:
    mentions = [_listed("Lund Sara", 0), _listed("Anna Ek", 20), Mention("Sara Lund", 100, 109)]
    assert [m.name for m in normal_order(mentions)] == ["Lund Sara", "Anna Ek", "Sara Lund"]


def test_names_printed_reversed_elsewhere_turn_the_list() -> None:
    mentions = [_listed("Lund Sara", 0), _listed("Karimi Hassan", 20), Mention("Sara Lund", 100, 109)]
    mentions.append(Mention("Hassan Karimi", 120, 133))
    got = normal_order(mentions)
    assert [m.name for m in got] == ["Sara Lund", "Hassan Karimi", "Sara Lund", "Hassan Karimi"]
    assert got[0].printed == "Lund Sara"
