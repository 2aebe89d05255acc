"""Vote shapes of the eighth round, each written as a small snippet: vote columns headed by their initials
(J / N / A), the vote columns printed before the names, "Avstår gör X", votes in prose with the vote
after the names or after the verb, proposal labels without a propositionsordning, a vote heading that
names its item as "ärende 45" rather than "§ 45"."""

from __future__ import annotations

from tests.vote_fixtures import votes_of as _votes

_ALL_THREE = [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_vote_columns_headed_by_initials_with_tabs() -> None:
    body = (
        "Votering avser § 12. J = ja, N = nej, A = avstår.\n"
        "Ledamot\tParti\tAnm.\tJ\tN\tA\n"
        "Ek, Anna\tS\tordf\tX\t\t\nBerg, Bo\tM\t\t\tX\t\nRos, Eva\tV\ttjg ers\t\t\tX\n"
    )
    assert _votes(body) == _ALL_THREE


def test_vote_columns_headed_by_initials_aligned_with_spaces() -> None:
    body = (
        "Ledamot          Parti   J   N   A\n"
        "Anna Ek          S       X\n"
        "Bo Berg          M           X\n"
        "Eva Ros          V               X\n"
    )
    assert _votes(body) == _ALL_THREE


def test_initials_in_two_halves_side_by_side() -> None:
    body = (
        "Ledamot\tParti\tJ\tN\tA\tLedamot\tParti\tJ\tN\tA\n"
        "Ek, Anna\tS\tX\t\t\tRos, Eva\tV\t\t\tX\n"
        "Berg, Bo\tM\t\tX\t\tNord, Fredrik\tC\tX\n"
    )
    assert sorted(_votes(body)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1),
                                    ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_a_lone_n_or_a_column_is_no_vote_header() -> None:
    # "N" (a presence code) without a "J" beside it heads no vote column
    body = "Ledamot\tParti\tN\tA\nAnna Ek\tS\tX\t\nBo Berg\tM\t\tX\n"
    assert _votes(body) == []


def test_marks_before_the_name_with_tabs() -> None:
    body = "Ja\tNej\tAvstår\tLedamot\tParti\nX\t\t\tAnna Ek\tS\n\tX\t\tBo Berg\tM\n\t\tX\tEva Ros\tV\n"
    assert _votes(body) == _ALL_THREE


def test_marks_before_the_name_aligned_with_spaces() -> None:
    body = (
        "Ja   Nej   Avstår   Ledamot\n"
        "X                   Anna Ek (S)\n"
        "     X              Bo Berg (M)\n"
        "           X        Eva Ros (V)\n"
    )
    assert _votes(body) == _ALL_THREE


def test_marks_before_the_name_in_two_halves() -> None:
    body = (
        "J\tN\tA\tLedamot\tJ\tN\tA\tLedamot\n"
        "X\t\t\tAnna Ek (S)\t\t\tX\tEva Ros (V)\n"
        "\tX\t\tBo Berg (M)\tX\t\t\tFredrik Nord (C)\n"
    )
    assert sorted(_votes(body)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1),
                                    ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_initials_one_space_apart_in_a_text_layout() -> None:
    body = (
        "Ledamot            Parti    J N A\n"
        "Anna Ek            S        X\n"
        "Bo Berg            M          X\n"
        "Eva Ros            V            X\n"
    )
    assert _votes(body) == _ALL_THREE
