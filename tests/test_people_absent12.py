"""Members a protocol names as not taking part, in more forms (votes12): they are no people of the meeting,
and people listed after a semicolon are people.

Invented texts: a member listed among the ledamöter whom an ersättare served for the whole meeting
(the member's own cell is no one taking part; for some paragraphs only, it is); a table printed in two
halves side by side with "frånvarande" in each half; inverted names listed with semicolons.
"""

from __future__ import annotations

from indexer.entities.people import find_persons


def _names(text: str) -> set[str]:
    return {p.name for p in find_persons(text)}


_LISTED = (
    "  Beslutande              Ledamöter                        Tjänstgörande ersättare\n"
    "                          Ahlberg, Jonas (M), ordförande\n"
    "                          Vennberg, Annika (S)\n"
    "                          Ek, Mattias (S)\n"
    "                                                           Haddad, Leila (S) ersätter Mattias Ek{when}\n"
    "                          Östlund, Sanna (SD)\n"
    "\n"
    "  Utses att justera       Annika Vennberg (S)\n"
)


def test_a_listed_member_an_ersattare_served_for_the_whole_meeting_is_no_person() -> None:
    names = _names(_LISTED.format(when=""))
    assert {"Jonas Ahlberg", "Annika Vennberg", "Leila Haddad", "Sanna Östlund"} <= names
    assert "Mattias Ek" not in names


def test_a_listed_member_replaced_for_some_paragraphs_only_is_a_person() -> None:
    names = _names(_LISTED.format(when=", §§ 141–144"))
    assert {"Mattias Ek", "Leila Haddad"} <= names


def test_away_in_either_half_of_a_two_half_attendance_table() -> None:
    text = (
        "Närvarande beslutande\n"
        "Ledamot\tParti\tAnm.\tLedamot\tParti\tAnm.\n"
        "Johan Lindahl\tS\tordf.\tElin Håkansson\tM\n"
        "Jenny Vikström\tS\tfrånvarande\tMagnus Rönnqvist\tSD\tfrånvarande\n"
        "Eva Sandberg\tS\t\tHåkan Lundqvist\tSD\n"
        "Tjänstgörande ersättare\n"
        "Ulla Sjöberg (S) ersätter Jenny Vikström\n"
        "Jenny Engström (SD) ersätter Magnus Rönnqvist\n"
    )
    names = _names(text)
    assert {"Johan Lindahl", "Elin Håkansson", "Eva Sandberg", "Håkan Lundqvist", "Jenny Engström"} <= names
    assert "Jenny Vikström" not in names and "Magnus Rönnqvist" not in names


def test_inverted_names_listed_with_semicolons() -> None:
    text = (
        "Ledamöter\tParti\n"
        "Lindqvist, Maria, ordförande\tM\n"
        "Hammarlund, Sigrid\tS\n\n"
        "Ersättare, ej tjänstgörande: Kvist, Annelie (C); Dahlin, Mattias (KD)\n"
    )
    persons = {p.name: p.party for p in find_persons(text)}
    assert persons.get("Annelie Kvist") == "C"
    assert persons.get("Mattias Dahlin") == "KD"


def test_the_member_named_on_the_next_line_of_the_ersattares_column() -> None:
    # "Siv Eklund (SD) ersätter" / "Jan Törnqvist (SD)" in the right column: the member on the left of
    # that next line (Kajsa Rydén) is no replaced member
    text = (
        "    Beslutande               Ledamöter                           Tjänstgörande ersättare\n"
        "                             Frida Lagerqvist (M), ordförande    Siv Eklund (SD) ersätter\n"
        "                             Kajsa Rydén (M)                     Jan Törnqvist (SD)\n"
        "                             Bengt Lilja (C)\n"
        "                             Jan Törnqvist (SD)\n"
    )
    names = _names(text)
    assert {"Frida Lagerqvist", "Kajsa Rydén", "Bengt Lilja", "Siv Eklund"} <= names
    assert "Jan Törnqvist" not in names
