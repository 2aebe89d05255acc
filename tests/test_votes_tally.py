"""Votes read from what every Swedish vote block shares, checked by the printed result (issue 9): a header
naming the paragraph in its first vote label's cell ("§ 12 Ja"), a "Närvarolista och voteringslista"
heading, and the general reader (`indexer.entities.votes.tally`) that takes a block of lines each naming a
member with one vote when its counts are the printed tally's ("Med 3 ja-röster mot 2 nej-röster")."""

from __future__ import annotations

from indexer.entities.people import NameFinder, find_persons
from indexer.entities.votes import add_votes
from indexer.entities.votes.grid import parse_header
from indexer.entities.votes.tally import Tally, TallySearch, tallies, tally_readings
from indexer.types import Item
from tests.vote_fixtures import MEMBERS
from tests.vote_fixtures import votes_of as _votes

#: The result every snippet's item prints.
_RESULT = "Omröstning begärs. Med 3 ja-röster mot 2 nej-röster, 1 avstår, bifalls förslaget.\n"


def _placed(preamble: str, own: str, others: str = "Inget.") -> list[list[tuple[str, str, int]]]:
    """Each item's (person, vote, round) after `add_votes`: § 5 holds `own`, § 6 `others`."""
    persons = find_persons(MEMBERS + preamble)
    items = [Item(number="§5", title="Budget", text=own), Item(number="§6", title="Taxa", text=others)]
    add_votes(items, persons, NameFinder(persons), preamble)
    return [sorted((v.person, v.vote, v.round) for v in it.votes) for it in items]


_EXPECTED = [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1),
             ("David Lind", "avstår", 1), ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_tallies_in_the_forms_minutes_print() -> None:
    assert tallies("Med 10 ja-röster mot 8 nej-röster, 1 ledamot avstår, beslutar") == [Tally(10, 8, 1)]
    assert tallies("Omröstningen utfaller 7 ja och 4 nej.") == [Tally(7, 4, None)]
    assert tallies("Resultat: Ja 5, Nej 3, Avstår 1") == [Tally(5, 3, 1)]
    assert tallies("med sju ja-röster mot fyra nej-röster och två nedlagda röster") == [Tally(7, 4, 2)]
    assert tallies("Nämnden beslutar enligt förslaget. Dnr 2026/12.") == []
    # one omröstning's sum under its table and the sentence after it
    assert tallies("Summa: Ja 7 Nej 5 Avstår 0\nMed 7 ja-röster mot 5 nej-röster bifalls") == [Tally(7, 5, 0)]
    assert tallies("Med 3 ja-röster mot 2 nej-röster … Med 4 ja-röster mot 1 nej-röst") == [
        Tally(3, 2, None), Tally(4, 1, None)]  # fmt: skip


def test_a_header_naming_its_paragraph_in_the_first_vote_label() -> None:
    for first in ("§ 5 Ja", "§5 Ja", "Votering § 5: Ja", "Omröstning i § 5 – Ja"):
        cols = parse_header(["Ledamot", "Parti", first, "Nej", "Avstår"])
        assert cols is not None
        assert [cols.votes[i][0] for i in (2, 3, 4)] == ["ja", "nej", "avstår"]
        assert cols.paragraphs == {0: "§5"}


def test_a_voteringslista_before_the_items_whose_header_names_the_paragraph() -> None:
    preamble = (
        "Närvarolista och voteringslista\nLedamot\tParti\tAnm.\t§ 5 Ja\tNej\tAvstår\n"
        "Ek, Anna\tS\tordförande\tX\nBerg, Bo\tM\t\t\tX\nHolm, Cecilia\tM\t\t\tX\n"
        "Lind, David\tSD\t\t\t\tX\nRos, Eva\tV\t\tX\nNord, Fredrik\tC\t\tX\nSumma\t\t\t3\t2\t1\n"
    )
    assert _placed(preamble, _RESULT) == [_EXPECTED, []]


def test_marks_in_a_text_layout_whose_header_the_readers_do_not_know() -> None:
    """A block of members, each with one mark; the header's labels are no vote column's ("Bifall KS",
    "Bifall motionen", "Avstod" one space from them): the columns' order and the tally tell the votes."""
    own = _RESULT + (
        "Namn                 Bifall KS förslag     Bifall motionen   Avstod\n"
        "Anna Ek (S)                 X\n"
        "Bo Berg (M)                                    X\n"
        "Cecilia Holm (M)                               X\n"
        "David Lind (SD)                                                X\n"
        "Eva Ros (V)                 X\n"
        "Fredrik Nord (C)            X\n"
    )
    assert _placed("", own) == [_EXPECTED, []]


def test_a_list_at_the_end_of_the_protocol_without_a_paragraph_or_header() -> None:
    """Marks with no header at all, printed in another item: only the tally places them, and a column
    left empty (no one abstained) is told by the counts."""
    own = "Votering begärs. Förslaget bifalls med 4 ja-röster mot 2 nej-röster.\n"
    others = (
        "Inget att rapportera.\n\nBilaga\nBerg, Bo | M |  | x |\nEk, Anna | S | x |  |\n"
        "Holm, Cecilia | M |  | x |\n"
        "Lind, David | SD | x |  |\nRos, Eva | V | x |  |\nNord, Fredrik | C | x |  |\n"
    )
    assert _placed("", own, others)[0] == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1),
                                           ("Cecilia Holm", "nej", 1), ("David Lind", "ja", 1),
                                           ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_vote_words_in_any_order_of_columns() -> None:
    own = (
        _RESULT
        + "\nAvstår\tDavid Lind\tSD\nJa\tAnna Ek\tS\n"
        + ("Ja\tEva Ros\tV\nNej\tBo Berg\tM\nJa\tFredrik Nord\tC\nNej\tCecilia Holm\tM\n")
    )
    assert _placed("", own)[0] == _EXPECTED


#: A block of marks in a text layout under a header of proposals, no vote column's label.
_BLOCK = (
    "Namn                 Bifall KS förslag     Bifall motionen   Avstod\n"
    "Anna Ek (S)                 X\nBo Berg (M)                                    X\n"
    "Cecilia Holm (M)                               X\nDavid Lind (SD)" + " " * 48 + "X\n"
    "Eva Ros (V)                 X\nFredrik Nord (C)            X\n"
)


def _general(text: str, tally: Tally, preamble: str = "") -> list[tuple[str, str]]:
    finder = NameFinder(find_persons(MEMBERS + preamble + text))
    return sorted((v.person, v.vote) for v in next(tally_readings([text], TallySearch(tally, finder)), []))


def test_the_general_reader_keeps_a_block_only_when_its_counts_are_the_tally() -> None:
    assert _general(_BLOCK, Tally(3, 2, 1)) == [(p, v) for p, v, _ in _EXPECTED]
    assert _general(_BLOCK, Tally(3, 2, None)) == [(p, v) for p, v, _ in _EXPECTED]
    assert _general(_BLOCK, Tally(2, 3, 1)) == []  # one mark too few under Ja
    assert _general(_BLOCK, Tally(3, 2, 0)) == []  # someone abstained that the result does not count


def test_the_general_reader_leaves_a_block_another_item_holds() -> None:
    finder = NameFinder(find_persons(MEMBERS + _BLOCK))
    taken = [{(p.lower(), v) for p, v, _ in _EXPECTED}]
    held = [{(k, v) for k, v in t} for t in taken]
    assert next(tally_readings([_BLOCK], TallySearch(Tally(3, 2, 1), finder, held)), []) == []


def test_officials_are_no_voters() -> None:
    """A block naming a tjänsteperson with a mark is not a vote block of members."""
    preamble = "Övriga närvarande\nGustav Alm, kommunsekreterare\n\n"
    block = (
        "Namn                 Bifall     Avslag\nAnna Ek (S)          X\nGustav Alm           X\n"
        "Eva Ros (V)                 X\n"
    )
    assert _general(block, Tally(2, 1, None), preamble) == []
    assert _general(block.replace("Gustav Alm  ", "Bo Berg (M)"), Tally(2, 1, None), preamble) == [
        ("Anna Ek", "ja"), ("Bo Berg", "ja"), ("Eva Ros", "nej")]  # fmt: skip


def test_empty_vote_columns_and_a_result_given_only_as_counts() -> None:
    """A närvaro- och voteringslista whose columns nobody filled: the counts alone name no one."""
    preamble = "Närvaro- och voteringslista\nLedamot\tParti\tJa\tNej\tAvstår\n" + "".join(
        f"{n}\t{p}\t\t\t\n" for n, p in (("Anna Ek", "S"), ("Bo Berg", "M"), ("Eva Ros", "V"))
    )
    assert _placed(preamble, "Med 2 ja-röster mot 1 nej-röst bifalls förslaget.\n") == [[], []]


def test_the_readers_of_known_shapes_come_first() -> None:
    body = "Ja-röster: Anna Ek (S), Eva Ros (V)\nNej-röster: Bo Berg (M)\n\nMed 2 ja-röster mot 1 nej-röst."
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1)]
    assert _placed("", body)[0] == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "ja", 1)]


def test_the_general_reader_takes_members_listed_under_or_after_a_label() -> None:
    under = (
        "Ja-röster (3)\nAnna Ek (S)\nEva Ros (V)\nFredrik Nord (C)\n\n"
        "Nej-röster (2)\nBo Berg (M)\nCecilia Holm (M)\n"
    )
    after = "Följande röstar ja: Anna Ek (S), Eva Ros (V) och Fredrik Nord (C).\nNej: Bo Berg, Cecilia Holm\n"
    for text in (under, after):
        assert _general(text + "Avstår: David Lind (SD)\n", Tally(3, 2, 1)) == [
            (p, v) for p, v, _ in _EXPECTED
        ]
    # a line naming members among other words is a sentence, not a list
    prose = (
        "Ja\nAnna Ek (S) och Eva Ros (V) yrkar bifall.\nFredrik Nord (C)\nNej\nBo Berg (M)\n"
        "Cecilia Holm (M)\n"
    )
    assert _general(prose, Tally(3, 2, None)) == []


def test_the_general_reader_gives_a_seat_s_vote_to_the_serving_ersattare() -> None:
    """The mark is the vote of the member named last before it (the ersättare in a column after the
    seat's member); a note naming whom an ersättare serves for names no voter."""
    block = (
        "Anna Ek\tS\t\tX\nBo Berg\tM\tFredrik Nord (C)\t\tX\nEva Ros\tV\ttjg ers för Cecilia Holm (M)\tX\n"
    )
    assert _general(block, Tally(2, 1, None)) == [
        ("Anna Ek", "ja"),
        ("Eva Ros", "ja"),
        ("Fredrik Nord", "nej"),
    ]


def test_a_tally_whose_abstentions_wrap_onto_the_next_line() -> None:
    assert tallies("Med 8 ja-röster mot 4 nej-röster, 3\nledamöter avstår, beslutar") == [Tally(8, 4, 3)]


def test_two_omrostningar_side_by_side_each_checked_by_its_own_result() -> None:
    """Lines printing two marks each, under a header the readers do not know ("Återremiss" and "Bifall"
    over their columns): the n-th mark of a line is the n-th omröstning's, each set of columns read by
    its own result."""
    own = (
        "Omröstning 1: med 4 ja-röster mot 2 nej-röster avgörs ärendet i dag.\n"
        "Omröstning 2: med 3 ja-röster mot 2 nej-röster, 1 avstår, bifalls förslaget.\n\n"
        "Namn | Återremiss? | | Beslut | | |\n"
        "Anna Ek (S) | x | | x | | |\nBo Berg (M) | | x | | x | |\nCecilia Holm (M) | x | | | x | |\n"
        "David Lind (SD) | x | | | | x |\nEva Ros (V) | | x | x | | |\nFredrik Nord (C) | x | | x | | |\n"
    )
    first = [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Cecilia Holm", "ja", 1), ("David Lind", "ja", 1),
             ("Eva Ros", "nej", 1), ("Fredrik Nord", "ja", 1)]  # fmt: skip
    second = [("Anna Ek", "ja", 2), ("Bo Berg", "nej", 2), ("Cecilia Holm", "nej", 2),
              ("David Lind", "avstår", 2), ("Eva Ros", "ja", 2), ("Fredrik Nord", "ja", 2)]  # fmt: skip
    assert _votes(own) == []  # no reader of a known shape reads it
    assert _placed("", own)[0] == sorted(first + second)
