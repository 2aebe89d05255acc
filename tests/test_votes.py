"""Roll-call votes in the shapes Swedish minutes print them (issue 9 part 4): tables with X marks, a party
column, a table broken over a page, an omröstningslista with members and serving ersättare side by side,
a vote word column, lists grouped by vote, sentences, several omröstningar, a vote appendix."""

from __future__ import annotations

from indexer.entities.people import NameFinder, find_persons
from indexer.entities.votes import add_votes
from indexer.types import Item
from tests.vote_fixtures import MEMBERS
from tests.vote_fixtures import votes_of as _votes


def test_markdown_table_with_party_column_abstention_and_sum_row() -> None:
    body = (
        "Omröstning\n\n| Ledamot | Parti | Ja | Nej | Avstår |\n| --- | --- | --- | --- | --- |\n"
        "| Anna Ek | S | X |  |  |\n| Bo Berg | M |  | X |  |\n| David Lind | SD |  |  | X |\n"
        "| Summa |  | 1 | 1 | 1 |\n\nMed 1 ja-röst mot 1 nej-röst beslutar nämnden enligt förslaget."
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("David Lind", "avstår", 1)]


def test_table_broken_over_a_page_continues_without_its_header() -> None:
    body = (
        "| Ledamot/tjänstgörande ersättare | Ja-röst | Nej-röst | Avstår från att rösta |\n"
        "| --- | --- | --- | --- |\n| Anna Ek (S) |  | X |  |\n| Bo Berg (M) | X |  |  |\n\n"
        "Beslutet skickas till\nSamtliga nämnder\n\n[Tabell 32-1](protokoll.tabeller/32-1.csv)\n\n"
        "| Cecilia Holm (M) | X |  |  |\n| --- | --- | --- | --- |\n| Eva Ros (V) |  |  | X |\n"
    )
    assert _votes(body) == [
        ("Anna Ek", "nej", 1),
        ("Bo Berg", "ja", 1),
        ("Cecilia Holm", "ja", 1),
        ("Eva Ros", "avstår", 1),
    ]


def test_tab_separated_cells_from_html_or_word() -> None:
    body = "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\t\t\nBo Berg\tM\t\tX\t\nEva Ros\tV\t\t\tX\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_columns_aligned_with_spaces() -> None:
    body = (
        "Omröstningslista\n"
        "Ledamot             Ja    Nej    Avstår\n"
        "Anna Ek (S)         X\n"
        "Bo Berg (M)               X\n"
        "Eva Ros (V)                      X\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_members_and_serving_ersattare_side_by_side() -> None:
    body = (
        "| Ledamöter | Ja | Nej | Avstår | Tjänstgörande ersättare | Ja | Nej | Avstår |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| Anna Ek (S) | X |  |  |  |  |  |  |\n"
        "| Bo Berg (M) |  |  |  | Fredrik Nord (C) |  | X |  |\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Fredrik Nord", "nej", 1)]


def test_a_column_holding_the_vote_word() -> None:
    body = "Namn\tRöst\nAnna Ek (S)\tJa\nBo Berg (M)\tNej\nEva Ros (V)\tAvstår\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_lists_grouped_by_vote() -> None:
    body = (
        "Omröstning begärs och verkställs.\n"
        "Ja-röster (2): Anna Ek (S), Eva Ros (V)\n"
        "Nej-röster (1): Bo Berg (M)\n"
        "Avstår från att rösta: David Lind (SD)\n"
    )
    assert _votes(body) == [
        ("Anna Ek", "ja", 1),
        ("Eva Ros", "ja", 1),
        ("Bo Berg", "nej", 1),
        ("David Lind", "avstår", 1),
    ]


def test_lists_in_sentences_and_a_second_omrostning() -> None:
    body = (
        "Följande ledamöter röstar ja: Anna Ek (S) och Eva Ros (V).\n"
        "Följande ledamöter röstar nej: Bo Berg (M).\n\n"
        "Därefter begärs omröstning om huvudförslaget.\n"
        "Med ja röstar: Bo Berg (M), Cecilia Holm (M).\nMed nej röstar: Anna Ek (S).\n"
    )
    assert _votes(body) == [
        ("Anna Ek", "ja", 1),
        ("Eva Ros", "ja", 1),
        ("Bo Berg", "nej", 1),
        ("Bo Berg", "ja", 2),
        ("Cecilia Holm", "ja", 2),
        ("Anna Ek", "nej", 2),
    ]


def test_votes_cast_in_a_sentence() -> None:
    body = "Anna Ek (S) och Eva Ros (V) röstar nej. David Lind (SD) avstår från att rösta."
    assert _votes(body) == [("Anna Ek", "nej", 1), ("Eva Ros", "nej", 1), ("David Lind", "avstår", 1)]


def test_inverted_names_and_a_voter_the_attendance_list_lacks() -> None:
    body = "| Ledamot | Ja | Nej |\n|---|---|---|\n| Ek, Anna (S) | X |  |\n| Gustav Strand (KD) |  | X |\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Gustav Strand", "nej", 1)]


def test_two_tables_are_two_omrostningar() -> None:
    table = "| Ledamot | Ja | Nej |\n|---|---|---|\n| Anna Ek (S) | {a} | {b} |\n"
    body = "Omröstning 1\n\n" + table.format(a="X", b="") + "\nOmröstning 2\n\n" + table.format(a="", b="X")
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Anna Ek", "nej", 2)]


def test_counts_alone_name_no_one() -> None:
    body = "Med åtta ja-röster och fem nej-röster beslutar nämnden. Ja: 8, Nej: 5."
    assert _votes(body) == []


def test_vote_appendix_goes_to_its_paragraph() -> None:
    persons = find_persons(MEMBERS)
    items = [
        Item(number="§45", title="Budget", text="Omröstning begärs och verkställs, se omröstningsbilaga."),
        Item(
            number="§46",
            title="Övrigt",
            text="Inget.\n\nOmröstningsbilaga § 45\n"
            "| Ledamot | Ja | Nej |\n|---|---|---|\n| Anna Ek (S) | X |  |\n",
        ),
    ]
    added = add_votes(items, persons, NameFinder(persons))
    assert [(v.person, v.vote) for v in items[0].votes] == [("Anna Ek", "ja")]
    assert items[1].votes == [] and added == []


def test_rows_that_lost_their_empty_cells_are_not_guessed() -> None:
    # A text layer without cell positions prints every row as name + mark, whatever the column: no vote
    # can be told, so none is read (a wrong vote is worse than none).
    body = "Ledamot\tJa\tNej\tAvstår\nAnna Ek (S)\tX\nBo Berg (M)\tX\nEva Ros (V)\tX\n"
    assert _votes(body) == []
    # trailing empty cells dropped by an editor keep every mark in its column
    body = "Ledamot\tJa\tNej\tAvstår\nAnna Ek (S)\tX\nBo Berg (M)\t\tX\nEva Ros (V)\t\t\tX\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]
