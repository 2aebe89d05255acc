"""Who is a person of the meeting, from lists and agenda rows: an inverted list of officials one per line
is no first name joined to the next line's surname; an agenda row's Föredragande cell is no part of
a seat item's heading; whom the body elects is what the item is about."""

from __future__ import annotations

from indexer.entities.people import find_persons


def test_inverted_names_one_a_line_are_not_joined_across_lines() -> None:
    text = (
        "Beslutande\nAnna Ek (S), ordförande\nBo Berg (M)\n\n"
        "Övriga deltagare\n"
        "Lund, Maria\nVik, Tomas\nNorén, Karin\n"
        "socialchef\ncontroller\nnämndsekreterare\n"  # a PDF layer reads the titles' column after the names
    )
    names = {p.name for p in find_persons(text)}
    assert {"Maria Lund", "Tomas Vik", "Karin Norén"} <= names
    assert not names & {"Maria Vik", "Tomas Norén"}


def test_a_presenter_in_the_cell_after_a_seat_item_is_a_person() -> None:
    text = (
        "Nr\tÄrende\tDnr\tFöredragande\n"
        "6\tBudget 2027\tKS 2026/88\tEkonomichef Nils Dahl\n"
        "7\tEntledigande av ledamot i kultur- och fritidsnämnden, Per Ås (C)\tKS 2026/19"
        "\tValberedningens ordförande Lena Borg (S)\n"
    )
    names = {p.name for p in find_persons(text)}
    assert "Lena Borg" in names
    assert "Per Ås" not in names  # the member leaving the seat is what the item is about


def test_whom_the_body_elects_is_no_person_of_the_meeting() -> None:
    text = (
        "Beslutande\nAnna Ek (S), ordförande\nBo Berg (M)\nEva Ros (V)\n\n"
        "§ 5 Val av justerare\nFullmäktige utser Bo Berg (M) till justerare.\n\n"
        "§ 6 Fyllnadsval\nBeslut\n"
        "Kommunfullmäktige väljer Ulla Grön (V) och Sven Rask (L) till ersättare i socialnämnden.\n"
    )
    names = {p.name for p in find_persons(text)}
    assert {"Anna Ek", "Bo Berg", "Eva Ros"} <= names
    assert not names & {"Ulla Grön", "Sven Rask"}


def test_officials_printed_surname_first_after_their_title_cell() -> None:
    # no party follows an official's name; the title in the cell before it places it in the list, also
    # where the surname is a first name too ("Roos") or the first name is one no list knows ("Dilvina")
    text = (
        "Närvarande\nBeslutande\tOrdförande\tSjöberg, Per-Olof (S)\nLedamot\tNordin, Camilla (S)\n"
        "Ledamot\tEk, Anna (S)\nÖvriga\tKommundirektör\tRoos, Annelie\nEkonomichef\tCarlén, Fredrik\n"
        "Planarkitekt\tYilmaz, Dilvina\n"
    )
    names = {p.name for p in find_persons(text)}
    assert {"Annelie Roos", "Dilvina Yilmaz", "Fredrik Carlén"} <= names
    # a cell before the name that is no title does not do it
    other = text.replace("Kommundirektör\tRoos", "Sal 3\tRoos").replace("Planarkitekt\tYilmaz", "Rum\tYilmaz")
    assert not {"Annelie Roos", "Dilvina Yilmaz"} & {p.name for p in find_persons(other)}
