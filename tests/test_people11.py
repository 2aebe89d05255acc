"""People, parties and who did what in more shared forms (people11), each on invented text:

- an attendance list printing names surname first with a bare party code after one space, maybe after a
  list's bullet ("• Palo, Henrik S", "Ek, Bo M, ordförande"), and the member a tjänstgörande ersättare
  serves for printed surname first too ("för Wahl, Sofia L");
- signatures of two writers side by side in tab columns, each over a title, right after a
  "Beslutet skickas till" list;
- absence: "Eva Ek (M) för Bo Berg" on an ersättare line, "(frånv.)", an attendance cell "frånvarande,
  ingen ersättare", and a member named away whose vote-table row prints no mark;
- a party bracket wrapped onto the next line, an official's name broken over a line after the title;
- "Justeras⇥Name" as a form field, no actor after "föreslår att", and a written reservation opening with
  its party's name and signed by its member.
"""

from __future__ import annotations

from pathlib import Path

from indexer.entities.people import find_persons
from indexer.extract import extract_file


def _people(text: str) -> dict[str, tuple[str | None, list[str], str | None]]:
    return {p.name: (p.party, p.roles, p.affiliation) for p in find_persons(text)}


def test_inverted_names_with_a_bare_party_code_after_one_space() -> None:
    text = (
        "Beslutande\n"
        "  Holmgren, Vera M, ordförande\n"
        "  Sandell, Ture S, vice ordförande\n"
        "  Kvist, Märta KPV\n"
        "  Åkerlund, Nils C, tjänstgörande ersättare för Berglöf, Signe C\n"
        "Ersättare\n"
        "  Lindahl, Oskar SD\n"
    )
    people = _people(text)
    assert people["Vera Holmgren"][:2] == ("M", ["ordförande"])
    assert people["Ture Sandell"][0] == "S"
    assert people["Oskar Lindahl"][0] == "SD"
    nils = people["Nils Åkerlund"]
    assert nils[0] == "C" and "tjänstgörande ersättare" in nils[1] and nils[2] is None
    assert "Signe Berglöf" not in people  # served for: not at the meeting


def test_a_bulleted_inverted_list_and_capitals_that_are_no_party() -> None:
    text = (
        "## Närvarande\n\n• Dahlqvist, Irma V\n\n• Rosén, Albin MP\n\n• Wiik, Hedda L\n\n"
        "Projekt: Kvist, Alma EU\n"
    )
    people = _people(text)
    assert {"Irma Dahlqvist", "Albin Rosén", "Hedda Wiik"} <= set(people)
    assert people["Albin Rosén"][0] == "MP"
    assert "Alma Kvist" not in people or people["Alma Kvist"][0] is None


def test_signatures_in_tab_columns_after_a_recipients_list() -> None:
    text = (
        "Beslutet skickas till\n"
        "Miljöenheten\n"
        "Gatuenheten\n"
        "Ragnar Almqvist\tTove Engdahl\n"
        "Kommundirektör\tTrafikchef\n"
    )
    people = _people(text)
    assert {"Ragnar Almqvist", "Tove Engdahl"} <= set(people)
    assert "tjänsteperson" in people["Tove Engdahl"][1]


def test_recipients_named_one_a_line_stay_recipients() -> None:
    text = "Beslutet skickas till\nRagnar Almqvist\nTove Engdahl\n\nParagraf 4\n"
    assert not {"Ragnar Almqvist", "Tove Engdahl"} & set(_people(text))


def test_the_member_after_a_party_bracket_and_for_and_an_abbreviated_absence() -> None:
    text = (
        "Ledamot\tParti\tJa\tNej\n"
        "Greta Ask (frånv.)\tS\t–\n"
        "Olle Brink\tM\tX\n"
        "Tjänstgörande ersättare: Pia Lund (M) för Rune Hed; Kaj Moberg (S) för Lisa Ståhl\n"
    )
    people = _people(text)
    assert {"Olle Brink", "Pia Lund", "Kaj Moberg"} <= set(people)
    assert not {"Greta Ask", "Rune Hed", "Lisa Ståhl"} & set(people)


def test_a_member_away_in_the_list_is_away_in_the_vote_tables_too() -> None:
    text = (
        "Namn\tParti\tTjg ers\tNotering\n"
        "Hjort, Alma\tC\n"
        "Borg, Elis\tC\t\tfrånvarande, ingen ersättare\n"
        "Lind, Oskar\tKD\n"
        "Omröstningslista § 12\n"
        "Ledamot\tJa\tNej\n"
        "Alma Hjort (C)\tX\n"
        "Elis Borg (C)\n"
        "Oskar Lind (KD)\t\tX\n"
    )
    people = _people(text)
    assert {"Alma Hjort", "Oskar Lind"} <= set(people)
    assert "Elis Borg" not in people


def test_a_party_bracket_on_the_next_line_and_an_official_broken_over_lines() -> None:
    text = (
        "Närvarande ersättare: Edvin Sköld (S), Maja Rydén (L), Tage Norlin\n(KD)\n\n"
        "Förvaltningen har genom miljöstrateg Ulla\nBergqvist utrett frågan.\n"
    )
    people = _people(text)
    assert people["Tage Norlin"][0] == "KD"
    assert "Ulla Bergqvist" in people


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "provkommun_kommunstyrelsen_2026-02-03_protokoll.txt"
    head = "PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2026-02-03\n\n"
    path.write_text(head + body, encoding="utf-8")
    return path


def _actions(path: Path) -> dict[str, set[tuple[str, str]]]:
    ex = extract_file(path)
    return {
        it.number or "": {(a.person or f"party:{a.party}", a.kind) for a in it.actions} for it in ex.items
    }


def test_justeras_field_and_no_actor_after_foreslar_att(tmp_path: Path) -> None:
    body = (
        "Justeras\tVilma Strand (C), 2026-02-06\n\n"
        "Beslutande\nEdit Lund (M), ordförande\nVilma Strand (C)\nArvid Wern (S)\n\n"
        "§ 1\nVal av ledamot i kulturnämnden\nBeslut\nTill ledamot väljs Arvid Wern (S).\n"
        "Ärendet\nValberedningen föreslår att Arvid Wern (S) väljs. Edit Lund (M) yrkar bifall.\n"
    )
    acts = _actions(_write(tmp_path, body))
    assert ("Vilma Strand", "justerare") in {a for v in acts.values() for a in v}
    assert ("Edit Lund", "proposed") in acts["§1"]
    assert ("Arvid Wern", "proposed") not in acts["§1"]


def test_a_written_reservation_in_its_partys_name_is_its_signers(tmp_path: Path) -> None:
    body = (
        "Beslutande\nEdit Lund (M), ordförande\nSiv Kron (V)\nArvid Wern (S)\n\n"
        "§ 3\nNedläggning av fritidsgården\nBeslut\nKommunstyrelsen bifaller förslaget.\n\n"
        "§ 4\nTaxor 2027\nBeslut\nKommunstyrelsen bifaller förslaget.\n"
        "Reservation\nSocialdemokraterna reserverar sig mot beslutet.\n\n"
        "Bilaga 1 till § 3\n\nReservation\n\n"
        "Vänsterpartiet anser att fritidsgården behövs och att kommunen ska hitta pengarna.\n\n"
        "Siv Kron (V)\n"
    )
    acts = _actions(_write(tmp_path, body))
    assert ("Siv Kron", "reserved") in acts["§3"]
    assert ("party:V", "reserved") not in acts["§3"]
    assert ("party:S", "reserved") in acts["§4"]
