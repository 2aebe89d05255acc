"""A närvaro- och voteringslista printed as two halves side by side, with a column of serving ersättare:
each row holds two seats, and in a seat whose ersättare column names someone, the ersättare sits and
votes while the seat's member is absent (no person of the meeting)."""

from __future__ import annotations

from indexer.entities.people import NameFinder, find_persons
from indexer.entities.votes import find_votes

_WIDTHS = (20, 18, 8, 5, 5, 8)


def _row(*cells: str) -> str:
    """A line of a text export that kept the layout: each cell padded to its column's width."""
    return "".join(c.ljust(w) for c, w in zip(cells, _WIDTHS + _WIDTHS, strict=True)).rstrip() + "\n"


_HALVES = (
    "§ 12 Budget 2027\n"
    "Omröstning begärs och verkställs. Voteringslista:\n\n"
    + _row(*(("Ledamot", "Tjg ers.", "Parti", "Ja", "Nej", "Avst") * 2))
    + _row("Ek, Anna", "", "S", "X", "", "", "Lundqvist, Cecilia", "Strand, Olle", "M", "", "X", "")
    + _row("Berg, Bo", "Nord, Fredrik", "M", "", "X", "", "Lind, David", "", "SD", "", "X", "")
    + _row("Ros, Eva", "", "V", "", "", "X", "Sten, Tova", "", "C", "X", "", "")
)


def test_each_half_of_a_row_is_a_seat_and_its_ersattare_votes() -> None:
    persons = find_persons(_HALVES)
    votes = [(v.person, v.vote, v.party) for v in find_votes(_HALVES, NameFinder(persons))]
    assert votes == [
        ("Anna Ek", "ja", "S"), ("Olle Strand", "nej", "M"), ("Fredrik Nord", "nej", "M"),
        ("David Lind", "nej", "SD"), ("Eva Ros", "avstår", "V"), ("Tova Sten", "ja", "C"),
    ]  # fmt: skip


def test_the_members_the_ersattare_replace_are_no_persons() -> None:
    names = {p.name for p in find_persons(_HALVES)}
    assert {"Anna Ek", "Fredrik Nord", "David Lind", "Eva Ros", "Tova Sten"} <= names
    assert not names & {"Cecilia Lundqvist", "Bo Berg"}


def test_attendance_table_in_halves_with_an_abbreviated_ersattare_header() -> None:
    text = (
        "Närvarande\n"
        "Ledamot\tTjänstg. ers.\tParti\tLedamot\tTjänstg. ers.\tParti\n"
        "Ek, Anna\t\tS\tLundqvist, Cecilia\tStrand, Olle\tM\n"
        "Berg, Bo\tNord, Fredrik\tM\tÅsk, Vilgot\t\tL\n"
        "Ros, Eva\t\tV\tSten, Tova\t\tC\n"
    )
    persons = {p.name: p for p in find_persons(text)}
    assert set(persons) == {"Anna Ek", "Olle Strand", "Fredrik Nord", "Vilgot Åsk", "Eva Ros", "Tova Sten"}
    # a first name no list knows, its party after the empty ersättare cell; the row's other half is
    # no affiliation of the member's
    assert persons["Vilgot Åsk"].party == "L"
    assert persons["Anna Ek"].affiliation is None
