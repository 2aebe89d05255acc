"""The readers' votes checked by what the document says (issue 9, `indexer.entities.votes.check`): a
reading whose counts are not the printed result is replaced by the one other reading whose counts are, a
voter none of the document's people is goes to the one member it fits; otherwise the readers' votes stay."""

from __future__ import annotations

from indexer.entities.people import NameFinder, find_persons
from indexer.entities.substitutes import mark_substitutes
from indexer.entities.votes import add_votes
from indexer.entities.votes.check import one_reading, similar_names
from indexer.entities.votes.tally import Tally
from indexer.types import Item, Vote
from tests.vote_fixtures import MEMBERS
from tests.vote_fixtures import votes_of as _votes


def _placed(own: str, members: str = MEMBERS) -> tuple[list[tuple[str, str, int]], list[str]]:
    """The (person, vote, round) of item § 5 holding `own` after `add_votes`, and the people it added."""
    persons = find_persons(members)
    mark_substitutes(persons, members)
    items = [Item(number="§5", title="Budget", text=own), Item(number="§6", title="Taxa", text="Inget.")]
    added = add_votes(items, persons, NameFinder(persons))
    return sorted((v.person, v.vote, v.round) for v in items[0].votes), sorted(p.name for p in added)


_RIGHT = [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1),
          ("David Lind", "avstår", 1), ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1)]  # fmt: skip
_RESULT = "Omröstning begärs. Med 3 ja-röster mot 2 nej-röster, 1 avstår, bifalls förslaget.\n\n"


def test_a_mark_table_read_one_column_off() -> None:
    """Marks set under the left edge of their label, a column further left than the header's words: the
    readers put every Ja mark under Nej and Nej's under Avstår; the result tells the columns."""
    own = _RESULT + (
        "Ledamot            Parti   Ja   Nej   Avstår\n"
        "Anna Ek            S            X\nBo Berg            M                  X\n"
        "Cecilia Holm       M                  X\nDavid Lind         SD                        X\n"
        "Eva Ros            V            X\nFredrik Nord       C            X\n"
    )
    assert sorted((p, v) for p, v, _ in _votes(own)) != [(p, v) for p, v, _ in _RIGHT]  # the readers' misread
    assert _placed(own)[0] == _RIGHT


def test_a_list_whose_ja_and_nej_labels_a_header_swapped() -> None:
    """Two lists side by side under a header whose labels stand over the other column (their own counts
    say so too): the readers take the header; the result, with ja and nej swapped, fits."""
    own = "Med 3 ja-röster mot 2 nej-röster bifalls förslaget.\n\n" + (
        "Nej-röster (2)             Ja-röster (3)\n"
        "Anna Ek (S)                Bo Berg (M)\nEva Ros (V)                Cecilia Holm (M)\n"
        "Fredrik Nord (C)\n"
    )
    assert ("Anna Ek", "nej", 1) in _votes(own)
    assert _placed(own)[0] == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1),
                               ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_the_second_round_s_result_is_not_the_first_s() -> None:
    """Two omröstningar; only the second prints its result as counts (the first's is told in words): the
    one result read is the second round's, which its votes fit, and the first round stays as read (its
    ja and nej swapped would fit the result too)."""
    own = (
        "Omröstning 1 begärs.\nJa-röster: Anna Ek (S), Eva Ros (V), Fredrik Nord (C), David Lind (SD)\n"
        "Nej-röster: Bo Berg (M), Cecilia Holm (M)\nFullmäktige har beslutat att avgöra ärendet i dag.\n\n"
        "Omröstning 2 begärs.\nJa-röster: Anna Ek (S), Eva Ros (V)\n"
        "Nej-röster: Bo Berg (M), Cecilia Holm (M), David Lind (SD), Fredrik Nord (C)\n"
        "Med 2 ja-röster mot 4 nej-röster avslås förslaget.\n"
    )
    read = _votes(own)
    assert {r for _, _, r in read} == {1, 2}
    assert _placed(own)[0] == sorted(read)


def test_a_result_that_disagrees_with_a_right_list_keeps_the_list() -> None:
    """A misprinted result (or another omröstning's) that no reading of the list gives: the list stays."""
    own = (
        "Ja-röster: Anna Ek (S), Eva Ros (V), Fredrik Nord (C)\nNej-röster: Bo Berg (M), Cecilia Holm (M)\n"
        "Avstår: David Lind (SD)\nMed 4 ja-röster mot 1 nej-röst, 1 avstår, bifalls förslaget.\n"
    )
    assert _placed(own)[0] == _RIGHT
    # a tally that two orders of the answers fit names no reading
    votes = [Vote("Anna Ek", "ja"), Vote("Bo Berg", "nej"), Vote("Eva Ros", "nej"),
             Vote("David Lind", "avstår"), Vote("Fredrik Nord", "avstår")]  # fmt: skip
    assert one_reading(votes, Tally(2, 2, 1), []) is None


def test_one_voter_with_two_votes() -> None:
    """A voter the readers gave two votes in one omröstning: the vote the result's counts allow."""
    votes = [Vote("Anna Ek", "ja"), Vote("Bo Berg", "nej"), Vote("Eva Ros", "ja"), Vote("Bo Berg", "ja")]
    kept = one_reading(votes, Tally(2, 1, None), [])
    assert kept is not None and sorted((v.person, v.vote) for v in kept) == [
        ("Anna Ek", "ja"), ("Bo Berg", "nej"), ("Eva Ros", "ja")]  # fmt: skip
    assert one_reading(votes, Tally(2, 2, None), []) is None  # ... and none when both would


def test_a_misprinted_voter_is_the_member_of_the_same_party_with_that_name() -> None:
    """A vote table names "Cecilia Hoim" (an OCR's l) whom the attendance list does not hold; its
    Cecilia Holm (M) has no vote in the omröstning: the vote is hers, and no person is added."""
    own = _RESULT + (
        "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\t\t\nBo Berg\tM\t\tX\t\nCecilia Hoim\tM\t\tX\t\n"
        "David Lind\tSD\t\t\tX\nEva Ros\tV\tX\t\t\nFredrik Nord\tC\tX\t\t\n"
    )
    assert ("Cecilia Hoim", "nej", 1) in _votes(own)
    assert _placed(own) == (_RIGHT, [])
    # another party's, or a name not close to any member's, stays the stranger it is
    for name, party in (("Cecilia Hoim", "KD"), ("Gustav Alm", "M")):
        votes, added = _placed(own.replace("Cecilia Hoim\tM", f"{name}\t{party}"))
        assert (name, "nej", 1) in votes and added == [name]


def test_the_vote_of_a_replaced_member_is_the_serving_ersattare_s() -> None:
    """The table prints the seat's member, whom an ersättare of the attendance list replaced."""
    members = MEMBERS.replace("Fredrik Nord (C)\n", "Fredrik Nord (C), ersätter Gustav Alm (C)\n")
    own = _RESULT + (
        "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\t\t\nBo Berg\tM\t\tX\t\nCecilia Holm\tM\t\tX\t\n"
        "David Lind\tSD\t\t\tX\nEva Ros\tV\tX\t\t\nGustav Alm\tC\tX\t\t\n"
    )
    assert _placed(own, members) == (_RIGHT, [])


def test_similar_names() -> None:
    assert similar_names("Asa Lind", "Åsa Lind")
    assert similar_names("Lind Åsa", "Åsa Lind")
    assert similar_names("Ruth Nilsson", "Ruth Nilsson Haapalahti")
    assert similar_names("Fredrik Nordh", "Fredrik Nord")
    assert not similar_names("Ruth Nilsson Haapalahti", "Ruth Nilsson")  # a name the list adds
    assert not similar_names("Bo Berg", "Bo Borg")  # short names: a letter is another person


def test_a_table_the_readers_split_at_its_page_break_is_one_omrostning() -> None:
    """The table goes on after a page break under another header ("Namn" for "Ledamot", no party): the
    readers take it for a second omröstning; the one result printed counts both halves' votes, whose
    voters are distinct, so they are one."""
    own = _RESULT + (
        "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\t\t\nBo Berg\tM\t\tX\t\nCecilia Holm\tM\t\tX\t\n"
        "Sida 2 av 3\n\nNamn\tJa\tNej\tAvstår\nDavid Lind\t\t\tX\nEva Ros\tX\t\t\nFredrik Nord\tX\t\t\n"
    )
    assert {r for _, _, r in _votes(own)} == {1, 2}
    assert _placed(own)[0] == _RIGHT
    # two omröstningar of the same members are two, whatever the one result counts
    again = own.replace("Sida 2 av 3\n\nNamn", "Omröstning 2\n\nNamn") + "Anna Ek\t\tX\t\n"
    assert {r for _, _, r in _placed(again)[0]} == {1, 2}
