"""People in the forms kommuner print them (issue 9 part 5): names broken over lines or hyphenated, inverted
list names, middle initials, spelling variants in one document, local parties, replaced members, and
streets or squares that are not people."""

from __future__ import annotations

from indexer.entities import annotate as entities
from indexer.entities.local_parties import local_party_codes
from indexer.entities.parties import local_parties
from indexer.entities.people import NameFinder, find_persons
from indexer.types import DocMeta, Extraction, Item, Person


def _by_name(text: str) -> dict[str, Person]:
    return {p.name: p for p in find_persons(text)}


def test_pdf_form_with_one_space_after_the_block_header() -> None:
    text = (
        "Beslutande Jan-Erik Wallin (M) (ordförande)\nAnton César (S) (vice ordförande)\n"
        "Irene Jonsson (S) §§99-110 ersätter Peter Norlander (S)\n"
        "Övriga deltagare Ulrika Månsson (kommunsekreterare)\nArben Vojvoda (punkt C, planarkitekt) §94\n"
    )
    people = _by_name(text)
    assert "ordförande" in people["Jan-Erik Wallin"].roles
    assert "vice ordförande" in people["Anton César"].roles
    assert "tjänstgörande ersättare" in people["Irene Jonsson"].roles
    assert people["Arben Vojvoda"].title == "planarkitekt"  # a first name no list knows, read from the block
    assert "Peter Norlander" not in people  # replaced, so absent


def test_replaced_member_named_elsewhere_is_kept() -> None:
    text = (
        "Beslutande\nLuzaan Eisa (S) ersätter Roger Andersson (S)\n\n§ 5\n"
        "Roger Andersson (S) har lämnat en motion."
    )
    assert "Roger Andersson" in _by_name(text)


def test_signature_labels_above_the_names_and_two_names_on_a_line() -> None:
    text = (
        "Sekreterare\nUlrika Månsson\nOrdförande\nLinda Espeving (M)\n"
        "Justerande\nIngbritt Johansson Marcus Wallin\n"
    )
    people = _by_name(text)
    assert "ordförande" not in people["Ulrika Månsson"].roles  # the label below her is the next name's
    assert "sekreterare" in people["Ulrika Månsson"].roles
    assert "ordförande" in people["Linda Espeving"].roles
    assert "justerare" in people["Ingbritt Johansson"].roles and "justerare" in people["Marcus Wallin"].roles


def test_signature_labels_above_dotted_lines_and_the_names_below() -> None:
    text = (
        "Sekreterare\n.............................\nElsa Grönberg\nOrdförande\n"
        "............................\nIngrid Sjöblom\nJusterare\n.....................\nLeila Mansour\n"
    )
    people = _by_name(text)
    chair = people["Ingrid Sjöblom"]
    assert "justerare" not in chair.roles and "ordförande" in chair.roles
    assert "justerare" in people["Leila Mansour"].roles
    assert "ordförande" not in people["Elsa Grönberg"].roles


def test_name_whose_first_word_is_an_ordinary_word() -> None:
    text = (
        "Beslutande\nLady France Mulumba (KD) (ordförande)\n\n"
        "Anton César (S), Lady France Mulumba (KD) yrkar."
    )
    people = _by_name(text)
    assert set(people) == {"Lady France Mulumba", "Anton César"}


def test_line_broken_name_tail_folds_into_the_listed_name() -> None:
    text = (
        "Beslutande\nJens Christian Berlin (L)\n\n"
        "Anton César (S) och Jens\nChristian Berlin (L) yrkar bifall."
    )
    assert set(_by_name(text)) == {"Jens Christian Berlin", "Anton César"}


def test_spelling_variants_in_one_document_are_one_person() -> None:
    text = (
        "Beslutande\nJanine Alm Ericson (MP)\nAnne Gunnevik (L) (ordförande)\n\n"
        "Janine Alm Ericsson (MP) yrkar bifall. Ordförande Anne Gunnvik (L) finner att nämnden bifaller."
    )
    people = _by_name(text)
    assert set(people) == {"Janine Alm Ericson", "Anne Gunnevik"}
    assert "Janine Alm Ericsson" in people["Janine Alm Ericson"].spellings
    found = NameFinder(list(people.values())).find("Janine Alm Ericsson (MP) reserverar sig.")
    assert [p.name for _, _, p in found] == ["Janine Alm Ericson"]


def test_names_hyphenated_over_a_line() -> None:
    text = "Beslutande\nHeidi Hankanen Ängberg (C)\nAnna-\nKarin Granberg (SD)\n"
    people = _by_name(text)
    assert {"Heidi Hankanen Ängberg", "Anna-Karin Granberg"} <= set(people)
    line = "Heidi Hankanen Äng-\nberg (C) yrkar bifall."
    found = NameFinder(list(people.values())).find(line)
    assert [(line[s:e], p.name) for s, e, p in found] == [
        ("Heidi Hankanen Äng-\nberg", "Heidi Hankanen Ängberg")
    ]


def test_inverted_names_in_lists() -> None:
    text = "Närvarande ledamöter\nPamp, Eva-Lotta (M) ordförande\nAndersson, Anna (S)\nEk, Bo   V\n"
    people = _by_name(text)
    assert people["Eva-Lotta Pamp"].party == "M" and "ordförande" in people["Eva-Lotta Pamp"].roles
    assert people["Anna Andersson"].party == "S"
    assert "Bo Ek" in people
    found = NameFinder(list(people.values())).find("Ja-röster: Pamp, Eva-Lotta; Ek, Bo")
    assert [p.name for _, _, p in found] == ["Eva-Lotta Pamp", "Bo Ek"]
    # a place and a first name after a comma in running text is no inverted name
    assert _by_name("Mötet hölls i Stockholm, Anna var där.") == {}


def test_inverted_names_running_on_one_line_and_surnames_that_are_first_names() -> None:
    text = (
        "Närvarande ledamöter\nLind, Sara\tMP\nGran, Bo\tL\nHolm, Anders\tM\tvice ordförande\n\n"
        "Närvarande ersättare: Ekvall, Maja (S), Rudh, Olle (C), Björk, Petra (V)\n"
    )
    people = _by_name(text)
    assert people["Anders Holm"].party == "M"  # "Holm" is a first name too; the list prints surnames first
    assert {"Maja Ekvall", "Olle Rudh", "Petra Björk"} <= set(people)  # later names on the line, after "),"
    assert people["Olle Rudh"].party == "C"
    assert "Holm Anders" not in people and "Anders" not in people
    # one lone "Surname, Firstname" with two first names, and no list of surnames first: read as printed
    assert "Anders Holm" not in _by_name("Holm, Anders och andra deltog.")


def test_an_unknown_first_name_in_a_list_printed_surname_first() -> None:
    rows = ["Berg, Anna\tS", "Lind, Olle\tM", "Holmberg, Sara\tC", "Qvist, Zorvan\tV", "Ek, Maja\tL"]
    people = _by_name("Ledamöter\n" + "\n".join(rows) + "\n")
    assert people["Zorvan Qvist"].party == "V"  # no list knows "Zorvan"; the column prints surnames first
    assert "Tornio, Haparanda" not in str(_by_name("Resan går Tornio, Haparanda\tS och vidare."))


def test_an_attendance_list_printed_surname_first_in_columns_aligned_with_spaces() -> None:
    text = (
        "Närvarande\n"
        "Lind, Sara (MP), ordförande       Ekvall, Maja (S)\n"
        "Gran, Bo (L)                      Rudh, Olle (C)\n"
        "Holm, Anders      M      ersätter Tor Sund (M)\n"
        "Qvist, Zorvan     V\n"
    )
    people = _by_name(text)
    assert people["Maja Ekvall"].party == "S" and people["Olle Rudh"].party == "C"  # the right-hand column
    assert people["Anders Holm"].party == "M" and people["Zorvan Qvist"].party == "V"
    assert "Tor Sund" not in people


def test_the_member_an_ersattare_printed_surname_first_serves_for_is_absent() -> None:
    text = (
        "Ledamöter\nBerg, Anna (S)\nLind, Olle (M)\n"
        "Ersättare i tjänst\nEkvall, Maja (S) i stället för Bo Sundin (S)\nRudh, Karl (C) för Lena Tor (C)\n"
    )
    people = _by_name(text)
    assert {"Maja Ekvall", "Karl Rudh", "Anna Berg", "Olle Lind"} <= set(people)
    assert "Bo Sundin" not in people and "Lena Tor" not in people


def test_a_document_then_its_author_is_no_inverted_name() -> None:
    text = (
        "Övriga närvarande\nPer Lindmark, planarkitekt\nEva Holmgren, miljöinspektör\n\n§ 7\nUnderlag\n"
        "Utlåtande, Per Lindmark, 2026-03-01\nGranskning, Eva Holmgren, 2026-03-02\n"
    )
    assert {"Per Lindmark", "Eva Holmgren"} == set(_by_name(text))


def test_political_titles_before_a_name_are_not_part_of_it() -> None:
    text = (
        "Beslutande\nAnna Ek (S)\n\n§ 4 Interpellation\n"
        "Kommunalråd Bo Lindqvist (M) besvarar interpellationen. "
        "Oppositionsråd Eva Stål (S) yrkar bifall. Regionråd Per Sand (C) informerar.\n"
    )
    people = _by_name(text)
    assert {"Bo Lindqvist", "Eva Stål", "Per Sand"} <= set(people)
    assert not [n for n in people if n.split()[0].endswith("råd")]


def test_double_first_names_and_middle_initials() -> None:
    text = "Beslutande\nMaria B Nilsson (S)\nPer-Gordon Tranberg (M)\nAnna Karin Svensson (C)\n"
    assert set(_by_name(text)) == {"Maria B Nilsson", "Per-Gordon Tranberg", "Anna Karin Svensson"}


def test_streets_and_squares_are_not_people() -> None:
    text = (
        "Närvarande\nAnna Ek (S)\n\nPlatsen ligger vid Per Albin Hanssons väg 3 nära Gustav Adolfs torg, "
        "Erik Dahlbergsgatan 4 och Nolhaga allé. Kommunen köper Kungsgatan 9. "
        "Mötet hölls på Olof Palmes plats."
    )
    assert set(_by_name(text)) == {"Anna Ek"}


def test_local_party_codes_come_from_the_attendance_list() -> None:
    text = (
        "Beslutande\nAnna Ek (ÖP), ordförande\nBo Berg (S)\nCarl Holm (ÖP)\nDora Lind (KS)\nEva Ros (KS)\n\n"
        "§ 5 Budget\nCarl Holm (ÖP) yrkar avslag. Ledamöterna från ÖP reserverar sig."
    )
    assert local_party_codes(text) == {"ÖP"}  # "(KS)" names a body, never a party
    body = "Carl Holm (ÖP) yrkar avslag. Ledamöterna från ÖP reserverar sig."
    ex = Extraction(
        source="x.txt", sha256="0" * 64, fmt="txt", meta=DocMeta(doc_type="protokoll"),
        items=[Item(number="§5", title="Budget", text=body)],
    )  # fmt: skip
    entities.annotate(ex, text)
    parties = {p.name: p.party for p in ex.persons}
    assert parties["Anna Ek"] == "ÖP" and parties["Carl Holm"] == "ÖP" and parties["Bo Berg"] == "S"
    acts = {(a.person or f"party:{a.party}", a.kind) for a in ex.items[0].actions}
    assert acts == {("Carl Holm", "proposed"), ("party:ÖP", "reserved")}
    assert any(e.label == "PARTY" and e.norm == "ÖP" for e in ex.items[0].entities)


def test_a_code_seen_once_is_no_party() -> None:
    assert local_party_codes("Ordförande\nLady France Mulumba (D)\n") == frozenset()


def test_the_organisations_of_a_pensionarsrad_are_no_parties() -> None:
    text = (
        "Ledamöter\nAnna Ek (S)\nBo Berg (PRO)\nCarl Holm (RPG)\nDora Lind (SPF)\nEva Ros (DHR)\n"
        "Frida Sund (RPG)\n"
    )
    assert local_party_codes(text) == frozenset()


def test_two_listed_members_one_letter_apart_stay_two() -> None:
    text = "Beslutande\nAnna Persson (S)\nAnna Pehrsson (S)\n\nAnna Persson (S) yrkar bifall."
    assert set(_by_name(text)) == {"Anna Persson", "Anna Pehrsson"}


def test_absent_members_in_every_form_are_no_people() -> None:
    text = (
        "Beslutande\n"
        "Kerstin Falk (S), tjänstgörande ersättare för Nina Åslund (S)\n"
        "Paula Sandberg (M), tjg. ersättare för Peter Zetterqvist (M)\n"
        "Ohlsson, Petter\tC\ttjänstgörande ersättare för Lindberg, Karin (C)\n"
        "Dahlin, Mats\tKD\n"
        "Anna Ek (S)\n"
        "Frånvarande utan ersättare: Maria Lönn (C).\n"
        "Förhinder\tPia Ahlqvist (L)\n"
        "Gustav Unga (C) är\nfrånvarande utan ersättare. Sami Hedman (V) lämnar sammanträdet kl. 16.10.\n\n"
        "§ 5 Budget\nFrånvarande: Sami Hedman (V).\n"
    )
    people = _by_name(text)
    for absent in ("Nina Åslund", "Peter Zetterqvist", "Karin Lindberg", "Maria Lönn", "Pia Ahlqvist",
                   "Gustav Unga"):  # fmt: skip
        assert absent not in people, absent
    assert {"Kerstin Falk", "Paula Sandberg", "Petter Ohlsson", "Mats Dahlin", "Anna Ek"} <= set(people)
    assert "Sami Hedman" in people  # absent in § 5, but at the meeting


def test_replaced_member_on_the_next_line_of_a_two_column_list() -> None:
    text = (
        "Beslutande             Lars-Erik Mattsson (S), ordförande         Henrik Lindholm (SD)\n"
        "                       Annika Kallio (S)                          Lisa Enbom (C) ersätter\n"
        "                       Jonny Backman (S)                          Göran Nyberg (C)\n"
    )
    people = _by_name(text)
    assert "Göran Nyberg" not in people
    assert {"Lisa Enbom", "Jonny Backman", "Annika Kallio"} <= set(people)


def test_a_vote_table_leaves_out_replaced_and_absent_members() -> None:
    text = (
        "Gustav Alm (M) lämnade sammanträdet under § 36.\n"
        "Ordinarie ledamot\tParti\tTjänstgörande ersättare\tJa\tNej\tAvstår\tFrånv.\n"
        "Anna Ek\tM\t\tX\nOskar Ljunggren\tM\tPetra Sundqvist\tX\nBo Berg\tS\t\t\tX\n"
        "Gustav Alm\tM\t\t\t\t\tX\nMaria Lönn\tC\t\t\t\t\tX\n"
    )
    people = _by_name(text)
    assert "Oskar Ljunggren" not in people and "Maria Lönn" not in people
    assert "Gustav Alm" in people  # marked Frånvarande in the vote, but he took part before


def test_names_printed_surname_first_without_a_comma_in_a_table() -> None:
    text = (
        "Beslutande\nNamn\tParti\tFunktion\n"
        "Lindqvist Anna-Karin\tS\tOrdförande\nHolm Patrik\tM\t1:e vice ordförande\n"
        "Berg Ann Sofie\tS\tLedamot\nJansson Maj-Britt\tS\tTjänstgörande ersättare för Sandgren Elias (S)\n"
        "Sandgren Elias\tS\tLedamot, §§ 78–82\nAbdullahi Hussein\tS\tLedamot\n"
        "Justerare\tPatrik Holm (M)\n\n"
        "§ 83 Motion\nAnn Sofie Berg (S) yrkar avslag. Patrik Holm (M) yrkar bifall.\n"
    )
    people = _by_name(text)
    assert {"Anna-Karin Lindqvist", "Patrik Holm", "Ann Sofie Berg", "Maj-Britt Jansson", "Elias Sandgren",
            "Hussein Abdullahi"} <= set(people)  # fmt: skip
    assert not {"Lindqvist Anna-Karin", "Holm Patrik", "Ann Sofie", "Sandgren Elias"} & set(people)
    assert "ordförande" in people["Anna-Karin Lindqvist"].roles  # the roles read from the row are kept
    finder = NameFinder(list(people.values()))
    assert [p.name for _, _, p in finder.find("Lindqvist Anna-Karin\tS\tX")] == ["Anna-Karin Lindqvist"]


def test_a_double_surname_printed_inverted_and_a_name_broken_before_its_party() -> None:
    text = (
        "Ledamot\tParti\tAnmärkning\nEkdahl Lind, Henrik\tM\tordförande\nPersson, Anna-Lena\tS\n\n"
        "§ 146 Budget\nOrdföranden ställer proposition och finner bifall till förslaget med Henrik\n"
        "Ekdahl Linds (M) yrkande.\n"
    )
    people = _by_name(text)
    assert set(people) == {"Henrik Ekdahl Lind", "Anna-Lena Persson"}
    assert "ordförande" in people["Henrik Ekdahl Lind"].roles


def test_a_first_name_that_is_also_a_month() -> None:
    text = "Ledamöter      Kerstin Wallin (S), ordförande\n               Maj Lövgren (V), deltog digitalt\n"
    assert {"Kerstin Wallin", "Maj Lövgren"} <= set(_by_name(text))


def test_a_meeting_place_named_after_someone_is_no_person() -> None:
    text = "Tid\tTorsdagen den 16 april 2026 kl. 13.15\nPlats\tLouis De Geer konsert & kongress, sal Holmen\n"
    assert "Louis De Geer" not in _by_name(text + "Beslutande\nAnna Ek (S)\n")


def test_parties_printed_by_name_or_after_a_dash() -> None:
    text = (
        "Beslutande\nAnna Ek (Socialdemokraterna)\nBo Berg (Moderaterna), ordförande\n"
        "Cilla Ros\tMiljöpartiet de gröna\nDan Ny – SD\nEva Lo - Vänsterpartiet\n"
    )
    people = _by_name(text)
    assert {n: p.party for n, p in people.items()} == {"Anna Ek": "S", "Bo Berg": "M", "Cilla Ros": "MP",
                                                       "Dan Ny": "SD", "Eva Lo": "V"}  # fmt: skip
    assert people["Bo Berg"].roles == ["ledamot", "ordförande"]


def test_parties_printed_before_the_name_or_after_one_space() -> None:
    cases = [
        "Beslutande\nParti\tNamn\tFunktion\nS\tAnna Ek\tOrdförande\nM\tBo Berg\tLedamot\n",
        "Beslutande\n(S) Anna Ek, ordförande\n(M) Bo Berg\n",
        "Ledamöter\nS: Anna Ek\nM: Bo Berg, Dan Ny\n",
        "Beslutande\nAnna Ek S\nBo Berg M\nDan Ny M\n",
    ]
    for text in cases:
        people = _by_name(text)
        assert people["Anna Ek"].party == "S" and people["Bo Berg"].party == "M", text


def test_people_an_item_is_about_are_no_people_of_the_meeting() -> None:
    text = (
        "Beslutande\nAnna Ek (S), ordförande\nBo Berg (M)\n\n"
        "§ 27 Avsägelse av kommunalt uppdrag som ledamot i kommunfullmäktige - Marita\nBarkhage Foster (V)\n"
        "Marita Barkhage Foster (V) har i skrivelse den 23 mars 2018 avsagt sig uppdraget.\n\n"
        "§ 28 Kommunalt kompletteringsval - Ledamot i valnämnden efter Eva Bille\nPettersson (S), Birgit "
        "Thorman (S)\nBirgit Thorman (S) utses till ledamot i valnämnden.\n\n"
        "§ 29 Anmälningar\n• 2022.088 SN-020 Protokollsutdrag - § 99 KF 2026-05-06 - Avsägelse av uppdrag\n"
        "som ersättare i socialnämnden - Mary Blomman (L)\n\n"
        "§ 30 Val av ersättare\nBo Berg (M) utses till ersättare i nämnden. Anna Ek (S) utses att justera.\n"
    )
    assert set(_by_name(text)) == {"Anna Ek", "Bo Berg"}


def test_a_name_wrapped_around_an_agenda_paragraph_cell_and_a_received_notice() -> None:
    text = (
        "Beslutande\nBoris Jernskiegg (SD)\nAgneta Grange Petrusson (SD)\n\n"
        "Motion - säkrare kommun - Boris Jernskiegg (SD) och Agneta\n§ 65\nGrange Petrusson (SD)\n\n"
        "§ 68 Meddelanden\n\uf0b7 Länsstyrelsen – Meddelande om ny ersättare efter Josefine\n"
        "Werner Alm (S): Timo Sormunen (S)\n"
    )
    assert set(_by_name(text)) == {"Boris Jernskiegg", "Agneta Grange Petrusson"}


def test_a_local_party_in_capitals_after_a_full_name_printed_once() -> None:
    assert local_party_codes("10\tMotion av Kerstin Lund (SJV) om fler vårdplatser\n") == frozenset({"SJV"})
    assert local_party_codes("Yttrande från Anna Ek (KS) och Bo Berg (LSS)\n") == frozenset()


def test_members_whose_seat_an_ersattare_filled_in_a_column_or_marked_away() -> None:
    text = (
        "Ledamot\tParti\tTjänstgörande ersättare\nAnna Ek\tS\nCecilia Sandberg\tM\tBertil Hagsköld (M)\n"
        "Bo Berg\tM\n\n"
        "Närvaro- och omröstningslista\nLedamöter\tParti\tNärv.\tJa\tNej\nAnna Ek\tS\tN\tX\n"
        "Emil Strand\tL\t-\nViktor Nyhlén\tL\tTj\t\tX\n"
    )
    people = _by_name(text)
    assert "Cecilia Sandberg" not in people and "Emil Strand" not in people
    assert {"Anna Ek", "Bo Berg", "Bertil Hagsköld", "Viktor Nyhlén"} <= set(people)


def test_a_presenter_under_an_election_row_of_a_kallelse_stays_a_person() -> None:
    text = "5. Val av ledamot i valnämnden\nFöredragande: Anna Ek, kanslichef\n6. Avsägelse - Bo\nBerg (M)\n"
    assert set(_by_name(text)) == {"Anna Ek"}


def test_a_mark_after_a_listed_name_is_no_affiliation() -> None:
    # a närvarolista's marks ("X" under Närvarande) after the name and its party
    text = "Närvarande ledamöter\nAnna Ek, ordförande\t(S)\tX\nBo Berg\t(M)\tX\nCilla Ros, Ale\tC\tX\n"
    people = _by_name(text)
    assert {n: (p.party, p.affiliation) for n, p in people.items()} == {
        "Anna Ek": ("S", None), "Bo Berg": ("M", None), "Cilla Ros": ("C", "Ale")}  # fmt: skip


def test_a_role_under_a_name_is_not_the_label_of_the_next_signature() -> None:
    under = (
        "Beslutande\nLina Berglund (S)\nOskar Malm (M)\n\nUnderskrifter\n_____________________\n"
        "Lina Berglund\nOrdförande\n_____________________\nOskar Malm\nJusterare\n"
        "_____________________\nJohanna Persson\nSekreterare\n"
    )
    over = (
        "Beslutande\nLina Berglund (S)\nOskar Malm (M)\n\nUnderskrifter\nSekreterare\n"
        "_____________________\nJohanna Persson\nOrdförande\n_____________________\nLina Berglund\n"
        "Justerare\n_____________________\nOskar Malm\n"
    )
    left = (  # labels in a column of their own, the first beside the block's heading
        "Beslutande\nLina Berglund (S)\nOskar Malm (M)\n\nÖvriga\nJohanna Persson, nämndsekreterare\n\n"
        "Underskrifter    Sekreterare\n"
        "                 ..................\n                 Johanna Persson\n                 Ordförande\n"
        "                 ..................\n                 Lina Berglund\n                 Justerare\n"
        "                 ..................\n                 Oskar Malm\n"
    )
    for text in (under, over, left):
        people = _by_name(text)
        names = ("Lina Berglund", "Oskar Malm", "Johanna Persson")
        got = {n: sorted(set(people[n].roles) - {"ledamot"}) for n in names}
        assert got == {"Lina Berglund": ["ordförande"], "Oskar Malm": ["justerare"],
                       "Johanna Persson": ["sekreterare"]}, text  # fmt: skip


def test_inverted_names_in_a_column_beside_the_block_labels() -> None:
    text = (
        "Närvarande ledamöter   Ek, Anna (S) ordf.\n                       Berg, Bo (M)\n"
        "Ersättare   Sundqvist, Eva (V)\n"
        "Tjänstemän     Lund, Karin, planeringschef\n               Ros, Cilla, nämndsekreterare\n"
    )
    people = _by_name(text)
    assert {n: (p.party, p.title) for n, p in people.items()} == {
        "Anna Ek": ("S", None), "Bo Berg": ("M", None), "Eva Sundqvist": ("V", None),
        "Karin Lund": (None, "planeringschef"), "Cilla Ros": (None, "nämndsekreterare")}  # fmt: skip


def test_a_local_code_in_mixed_case_after_two_members_names() -> None:
    # no attendance list (a kallelse): the code follows two members' full names in running text
    text = (
        "Ärenden\n4. Interpellation till ordföranden från Lisa Ekström (ViS) om vägarna.\n"
        "5. Avsägelse från Tomas Nordin (ViS) av uppdraget som ledamot.\n"
        "6. Skrivelse enligt Socialtjänstlagen från Anna Ek (SoL).\n"
    )
    assert local_party_codes(text) == {"ViS"}  # "(SoL)" after one name only: not a party
    with local_parties(local_party_codes(text)):
        assert {p.name: p.party for p in find_persons(text)}["Lisa Ekström"] == "ViS"
