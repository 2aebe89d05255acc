"""A vote table aligned with spaces in a plain-text protokoll: its votes, and its party column reaching
the people when the attendance list prints no party (issue 9).

Each shape is a whole kommunfullmäktige protokoll of 45 members (`tests.party_tables`), read by
`extract_file`; a few column layouts are read by `read_tables` alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.keys import person_key
from indexer.entities.people import NameFinder, find_persons
from indexer.entities.votes.tables import read_tables, voter
from indexer.extract import extract_file
from tests.party_tables import Shape, build

SHAPES = {
    "party after the name": Shape(),
    "party before the name": Shape(party="before"),
    "party before the name, right-aligned": Shape(party="before", align="right"),
    "party centred under Parti": Shape(align="centre"),
    "party right-aligned under Parti": Shape(align="right"),
    "tjänstgörande ersättare column": Shape(subs=True),
    "ersättare column, party right-aligned": Shape(subs=True, align="right"),
    "ersättare wider than 'Tjg ers.'": Shape(subs=True, sub_head="Tjg ers.", sub_width=12),
    "ersättare wider than 'Ers.', right-aligned party": Shape(
        subs=True, sub_head="Ers.", sub_width=10, align="right"
    ),
    "ersättare in the seat: 'Anna Ek (Bo Berg)'": Shape(inline=True, name_width=36),
    "header under 'Omröstning § 45'": Shape(two_lines=True),
    "headers wider than their cells": Shape(wide=True),
    "wide headers, marks right-aligned": Shape(wide=True, marks="right"),
    "wide headers, marks left-aligned": Shape(wide=True, marks="left"),
    "names longer than the name column": Shape(long_names=True),
    "long names in a narrow name column": Shape(long_names=True, name_width=20),
    "long names, wide headers": Shape(long_names=True, wide=True),
    "attendance 'Anna Ek, S'": Shape(attendance="comma"),
    "attendance with a party column": Shape(attendance="column"),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_the_vote_tables_parties_reach_the_people(name: str, tmp_path: Path) -> None:
    built = build(SHAPES[name])
    path = tmp_path / "testkommun_kommunfullmaktige_2026-03-25_protokoll.txt"
    path.write_text(built.text, encoding="utf-8")
    ex = extract_file(path)
    parties = {person_key(p.name): p.party for p in ex.persons}
    votes = {person_key(v.person): v.vote for item in ex.items for v in item.votes}
    assert {n: parties.get(person_key(n)) for n in built.parties} == built.parties
    # A row pushed right by a name longer than its column has its mark under the next header: the
    # party code still says whose party it is, the mark's column cannot be told.
    want = {n: v for n, v in built.votes.items() if n not in built.shifted}
    assert {n: votes.get(person_key(n)) for n in want} == want
    assert len(votes) == len(built.votes)


_PEOPLE = [
    ("Anna Andersson", "S"),
    ("Erik Persson", "KD"),
    ("Karin Bengtsson", "MP"),
    ("Lars Lindqvist", "M"),
]
_FINDER = NameFinder(find_persons("Beslutande\n" + "\n".join(n for n, _ in _PEOPLE) + "\n\n"))


def _column(text: str, width: int, how: str) -> str:
    return text.rjust(width) if how == "r" else text.center(width) if how == "c" else text.ljust(width)


def _read(head: str, rows: list[str]) -> dict[str, tuple[str, str | None]]:
    body = "Omröstning begärs.\n\n" + "\n".join([head, *rows]) + "\n\nSlut.\n"
    tables = read_tables(body, lambda cell: voter(cell, _FINDER))
    return {v.person: (v.vote, v.party) for t in tables for _, v in t.votes}


@pytest.mark.parametrize("header", ["l", "c", "r"])
@pytest.mark.parametrize("cells", ["l", "c", "r"])
def test_party_codes_anywhere_in_a_wide_party_column(header: str, cells: str) -> None:
    # "Parti" right-aligned over codes left-aligned: a code starts left of its header, nearer the name
    head = "Ledamot".ljust(22) + _column("Parti", 10, header) + "  " + "Ja    Nej   Avstår"
    rows = [f"{n:<22}{_column(p, 10, cells)}  " + "      " * k + "X" for k, (n, p) in enumerate(_PEOPLE[:3])]
    got = _read(head, rows)
    assert got == {n: (v, p) for (n, p), v in zip(_PEOPLE, ["ja", "nej", "avstår"], strict=False)}


def test_a_name_filling_its_column_one_space_from_the_party() -> None:
    head = "Ledamot        Parti   Ja   Nej  Avstår"
    rows = ["Anna Andersson S       X", "Karin Bengtsson MP           X", "Lars Lindqvist M        X"]
    assert _read(head, rows) == {
        "Anna Andersson": ("ja", "S"),
        "Karin Bengtsson": ("nej", "MP"),
        "Lars Lindqvist": ("ja", "M"),
    }


def test_a_mark_right_after_a_short_name_under_a_right_aligned_header() -> None:
    # "Parti  Ledamot  Ja": the mark left of "Ja" is not part of the name
    head = "Parti  Ledamot                 Ja   Nej   Avstår"
    rows = ["S      Anna Andersson        X", "KD     Erik Persson                 X"]
    assert _read(head, rows) == {"Anna Andersson": ("ja", "S"), "Erik Persson": ("nej", "KD")}


def test_the_attendance_list_reads_a_party_column() -> None:
    rows = [("Anna Andersson", "S", "ordförande"), ("Erik Persson", "KD", ""), ("Karin Bengtsson", "MP", "")]
    for line in ("{n:<34}{p:<6}{r}", "{p:<6}{n:<34}{r}", "{n:<34}{r:<24}{p}"):
        text = "Beslutande\n\n" + "\n".join(line.format(n=n, p=p, r=r).rstrip() for n, p, r in rows) + "\n\n"
        assert [(p.name, p.party) for p in find_persons(text)] == [(n, p) for n, p, _ in rows]


def test_narrow_headers_one_space_apart_are_columns_of_their_own() -> None:
    # "Närv. Ja Nej Avst." set one space apart over narrow columns (the party column first, a presence
    # mark between party and votes): each label is a column, a mark under "Närv." is no vote
    head = "Parti Ledamot" + " " * 19 + "Närv. Ja Nej Avst."
    rows = [
        f"{'KD':<6}{'Erik Persson':<26}  X   X",
        f"{'MP':<6}{'Karin Bengtsson':<26}  X      X",
        f"{'M':<6}{'Lars Lindqvist':<26}  X          X",
    ]
    assert _read(head, rows) == {
        "Erik Persson": ("ja", "KD"),
        "Karin Bengtsson": ("nej", "MP"),
        "Lars Lindqvist": ("avstår", "M"),
    }


def test_labels_one_space_apart_that_make_one_label_stay_one_column() -> None:
    # "Tjg ers.", "Ja (7)" and "Avstår från att rösta" are single labels, whatever the spaces inside
    head = "Ledamot" + " " * 17 + "Tjg ers." + " " * 12 + "Ja (7) Nej (5) Avstår från att rösta"
    rows = [
        f"{'Anna Andersson':<24}{'Erik Persson':<20}  X",
        f"{'Lars Lindqvist (M)':<44}" + " " * 9 + "X",
        f"{'Karin Bengtsson':<44}" + " " * 22 + "X",
    ]
    assert _read(head, rows) == {
        "Erik Persson": ("ja", None),
        "Lars Lindqvist": ("nej", "M"),
        "Karin Bengtsson": ("avstår", None),
    }
