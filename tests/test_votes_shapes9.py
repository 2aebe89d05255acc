"""Vote shapes of the ninth round, each written as a small snippet: a voteringslista whose serving
ersättare is printed surname first and named nowhere else in the text, under a column label the reader
does not know (two labels read as one: "Tjänstgörande ersättare Närvaro"); a PDF vote list whose long name
cell runs on over the party column (each box reads a few characters of the other)."""

from __future__ import annotations

from indexer.entities.people import NameFinder, find_persons
from indexer.entities.votes import add_votes
from indexer.read.pdf_overlap import untangle_overlaps
from indexer.read.pdf_rows import Row, Run
from indexer.types import Item
from tests.vote_fixtures import MEMBERS
from tests.vote_fixtures import votes_of as _votes


def test_a_serving_ersattare_printed_surname_first_and_named_nowhere_else() -> None:
    body = (
        "Omröstning\nLedamot\tParti\tTjänstgörande ersättare Närvaro\tJa\tNej\tAvstår\n"
        "Ek, Anna\tS\tX\tX\t\t\n"
        "Berg, Bo\tM\tSandell, Ann-Sofie\t\tX\t\n"
        "Ros, Eva\tV\tX\t\t\tX\n"
    )
    # the ersättare casts the seat's vote; Bo Berg, replaced, casts none
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Ann-Sofie Sandell", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_a_voteringslista_per_paragraph_with_an_ersattare_printed_surname_first() -> None:
    persons = find_persons(MEMBERS)
    items = [
        Item(number="§47", title="Taxa", text="Votering begärs, se bifogad voteringslista.\n"),
        Item(number="§49", title="Motion", text="Votering begärs, se bifogad voteringslista.\n\n"
             "Bilaga 1 – Närvaro- och voteringslista\n"
             "Ledamot\tParti\tTjänstgörande ersättare Närvaro\t§ 47\t§ 49\n"
             "Ek, Anna\tS\tX\tJa\tNej\n"
             "Berg, Bo\tM\tSandell, Ann-Sofie\tNej\tJa\n"),
    ]  # fmt: skip
    add_votes(items, persons, NameFinder(persons))
    assert [(v.person, v.vote) for v in items[0].votes] == [("Anna Ek", "ja"), ("Ann-Sofie Sandell", "nej")]
    assert [(v.person, v.vote) for v in items[1].votes] == [("Anna Ek", "nej"), ("Ann-Sofie Sandell", "ja")]


def test_a_name_run_on_over_the_party_column_gives_each_box_its_own_characters() -> None:
    # "… 1:e vice ordf." runs 7 points into the party column: its box reads the party "S" too, and
    # the party's box the "df" of "ordf." that stands over it
    row = Row(
        [Run(60, 696, 209, 704, "Nyberg, Lars (S), 1:e vice ordf. S "), Run(202, 697, 206, 704, "dfS ")],
        704,
        696,
    )
    untangle_overlaps([row])
    assert [r.text.strip() for r in row.runs] == ["Nyberg, Lars (S), 1:e vice ordf.", "S"]
    assert row.runs[0].right <= row.runs[1].left


def test_two_header_labels_that_cross_are_read_apart() -> None:
    row = Row(
        [Run(235, 730, 345, 738, "Tjänstgörande ersättareNä"), Run(338, 731, 373, 738, "reNärvaro ")],
        738,
        730,
    )
    untangle_overlaps([row])
    assert [r.text.strip() for r in row.runs] == ["Tjänstgörande ersättare", "Närvaro"]


def test_boxes_that_overlap_without_sharing_characters_keep_their_text() -> None:
    row = Row([Run(60, 0, 209, 10, "Anna Ek, ordförande"), Run(202, 0, 206, 10, "S")], 10, 0)
    untangle_overlaps([row])
    assert [r.text for r in row.runs] == ["Anna Ek, ordförande", "S"]
