"""Members a protocol names as not taking part, in more forms (items11): they are no people of the meeting.

Invented texts, each in a layout of its own: an attendance row "Name – frånvarande", a table column of
the member a serving ersättare stands in for ("Tjänstgör för", "Ersättare för", "För ledamot") set with
tabs or with spaces, the member whose seat an election fills ("efter Name"), a member relieved of a seat;
and one list whose web-page rows have blank lines between them, read in one name order.
"""

from __future__ import annotations

from indexer.entities.people import find_persons


def _names(text: str) -> set[str]:
    return {p.name for p in find_persons(text)}


def test_an_attendance_row_marked_franvarande() -> None:
    text = (
        "Ledamöter\tParti\tTjänstgörande ersättare\n\n"
        "Greta Hellberg (ordförande)\tC\n\n"
        "Tomas Rydberg – frånvarande\tS\tIda Malm (S)\n\n"
        "Oskar Nordin\tM\n\n"
        "Pernilla Ask (frånvarande)\tKD\n\n"
    )
    names = _names(text)
    assert {"Greta Hellberg", "Ida Malm", "Oskar Nordin"} <= names
    assert "Tomas Rydberg" not in names and "Pernilla Ask" not in names


def test_a_column_of_the_member_the_ersattare_serves_for_set_with_tabs() -> None:
    text = (
        "Närvarande ledamöter\n"
        "Namn\tParti\tErsättare för\n"
        "Greta Hellberg, ordförande\tC\n"
        "Ida Malm\tS\tTomas Rydberg (S)\n"
        "Oskar Nordin\tM\n"
        "Eva Strand\tL\tJonas Wik (L)\n"
    )
    names = _names(text)
    assert {"Greta Hellberg", "Ida Malm", "Oskar Nordin", "Eva Strand"} <= names
    assert "Tomas Rydberg" not in names and "Jonas Wik" not in names


def test_a_column_of_the_member_the_ersattare_serves_for_set_with_spaces() -> None:
    text = (
        "Beslutande\n"
        "   Namn                     Parti   Tjänstgör för\n"
        "   Greta Hellberg (C)       C\n"
        "   Ida Malm (S)             S       Tomas Rydberg\n"
        "   Oskar Nordin (M)         M\n"
    )
    names = _names(text)
    assert {"Greta Hellberg", "Ida Malm", "Oskar Nordin"} <= names
    assert "Tomas Rydberg" not in names


def test_whose_seat_an_election_fills_and_who_is_relieved_of_one() -> None:
    text = (
        "Beslutande: Greta Hellberg (C), ordförande, Ida Malm (S), Oskar Nordin (M)\n\n"
        "§ 14 Fyllnadsval av ledamot i socialnämnden\n"
        "Beslut\n1. Lars Öhman (L) entledigas från uppdraget.\n"
        "2. Till ny ledamot för tiden till och med 2026-12-31 väljs Maja Lindgren (L).\n"
        "Kommunfullmäktige väljer Sven Roos (MP) till ersättare i socialnämnden efter Britt Sand (MP).\n"
    )
    names = _names(text)
    assert {"Greta Hellberg", "Ida Malm", "Oskar Nordin"} <= names
    for gone in ("Lars Öhman", "Maja Lindgren", "Sven Roos", "Britt Sand"):
        assert gone not in names, gone


def test_a_web_table_with_blank_lines_between_rows_keeps_one_name_order() -> None:
    # "Samir" is no first name the gazetteer knows and "Falk" is one; alone, the row would read surname
    # first. The rows around it print first names first: so does this one.
    text = "".join(
        f"{n}\t{p}\n\n"
        for n, p in [
            ("Birgitta Holm", "S"),
            ("Kent Åberg", "S"),
            ("Samir Falk", "M"),
            ("Jonas Mård", "M"),
            ("Petra Lind", "C"),
        ]
    )
    names = _names("Ledamot\tParti\n\n" + text)
    assert "Samir Falk" in names and "Falk Samir" not in names


def test_an_attendance_row_with_a_franvarande_cell() -> None:
    text = (
        "Ledamot\tParti\tRoll\tNärvaro\n"
        "Greta Hellberg\tC\tOrdförande\n"
        "Tomas Rydberg\tS\t\tFrånvarande\n"
        "Ida Malm\tS\tTjänstgörande ersättare\tErsätter Tomas Rydberg\n"
        "Oskar Nordin\tM\n"
    )
    names = _names(text)
    assert {"Greta Hellberg", "Ida Malm", "Oskar Nordin"} <= names
    assert "Tomas Rydberg" not in names


def test_whom_a_seat_election_proposes_and_whose_seat_a_letter_fills() -> None:
    text = (
        "Beslutande: Greta Hellberg (C), ordförande, Ida Malm (S), Oskar Nordin (M)\n\n"
        "§ 31 Val av ersättare i kultur- och fritidsnämnden\n"
        "Valberedningen föreslår Emil Sandberg (KD) som ny ersättare.\n\n"
        "§ 32 Meddelanden\n"
        "1. Länsstyrelsen, beslut om ny ledamot i kommunfullmäktige efter Rune Dahl (SD), 2026-03-02\n"
    )
    names = _names(text)
    assert {"Greta Hellberg", "Ida Malm", "Oskar Nordin"} <= names
    assert "Emil Sandberg" not in names and "Rune Dahl" not in names


def test_roles_under_the_names_of_a_kallelses_signatures() -> None:
    # No lines of dots to sign on: "Ordförande" under the first name is hers, not the next name's.
    text = (
        "Föredragningslista\n1  Val av justerare\n2  Budget 2027\n\n"
        "Greta Hellberg (C)\nOrdförande\n\nTobias Lind\nKommunsekreterare\n"
    )
    people = {p.name: p for p in find_persons(text)}
    assert "ordförande" not in people["Tobias Lind"].roles
