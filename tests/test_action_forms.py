"""Who did what, in the forms Swedish minutes print it across kommuner (issue 9 part 4): each test is a
realistic snippet of one form, most of them forms the Alingsås gold does not have."""

from __future__ import annotations

from pathlib import Path

from indexer.entities import annotate as entities
from indexer.entities.actions import ActionContext, find_actions
from indexer.entities.doc_actions import title_authors
from indexer.entities.people import NameFinder, find_persons
from indexer.entities.rolewords import RoleWords
from indexer.extract import extract_file
from indexer.types import DocMeta, Extraction, Item

HEADER = (
    "Beslutande\nAnna Ek (S), ordförande\nBo Berg (V), vice ordförande\nCarl Holm (M)\nDora Lind (SD)\n"
    "Heidi Hankanen Ängberg (C)\nJan-Erik Wallin (M)\n\n"
    "Övriga deltagare Karin Alvermalm (förvaltningschef)\nMaria Standard (kommundirektör)\n\n"
)


def _acts(body: str) -> set[tuple[str, str]]:
    persons = find_persons(HEADER + body)
    chair = next(p for p in persons if "ordförande" in p.roles)
    found = find_actions(body, ActionContext(NameFinder(persons), chair, RoleWords(persons), minutes=True))
    return {(a.person or f"party:{a.party}", a.kind) for a in found}


def test_list_of_noters_broken_over_lines() -> None:
    body = (
        "Anteckning\nAnna Ek (S), Carl Holm (M), Jan-Erik\nWallin (M) och Dora\nLind (SD) lämnar följande\n"
        "protokollsanteckning:\nVi ser positivt på förslaget."
    )
    assert _acts(body) == {
        (n, "protocol_note") for n in ("Anna Ek", "Carl Holm", "Jan-Erik Wallin", "Dora Lind")
    }


def test_reservation_after_the_verb_and_written_reservation() -> None:
    assert _acts("Mot beslutet reserverar sig Bo Berg (V) och Dora Lind (SD).") == {
        ("Bo Berg", "reserved"),
        ("Dora Lind", "reserved"),
    }
    body = "Carl Holm (M) lämnar följande skriftliga reservation:\nModeraterna reserverar sig mot beslutet."
    assert _acts(body) == {("Carl Holm", "reserved")}  # the party's words are his reservation


def test_party_as_a_whole() -> None:
    assert _acts("Ledamöterna från SD reserverar sig mot beslutet.") == {("party:SD", "reserved")}
    assert _acts("Sverigedemokraternas ledamöter reserverar sig till förmån för eget förslag.") == {
        ("party:SD", "reserved")
    }
    assert _acts("Reservation\nModeraterna och Vänsterpartiet reserverar sig.") == {
        ("party:M", "reserved"),
        ("party:V", "reserved"),
    }
    assert _acts("Socialdemokraterna lämnar följande protokollsanteckning: Vi anser att …") == {
        ("party:S", "protocol_note")
    }
    assert _acts("(M)-gruppen yrkar avslag på förslaget.") == {("party:M", "proposed")}
    # what a proposal in the ärende says is no move at the meeting
    assert (
        _acts("I initiativärendet skriver Vänsterpartiet att kommunen bör … Vänsterpartiet föreslår att")
        == set()
    )


def test_proposals_in_the_forms_of_several_kommuner() -> None:
    assert _acts("På förslag av ordföranden Anna Ek (S) beslutar nämnden att bifalla.") == {
        ("Anna Ek", "proposed")
    }
    assert _acts("Yrkanden\nCarl Holm (M): Avslag på motionen.\nDora Lind (SD): Bifall.") == {
        ("Carl Holm", "proposed"),
        ("Dora Lind", "proposed"),
    }
    body = "Förslag till beslut på sammanträdet\nAnna Ek (S), Carl Holm (M) och Dora Lind (SD) föreslår att"
    assert _acts(body + " förslaget bifalls.") == {
        (n, "proposed") for n in ("Anna Ek", "Carl Holm", "Dora Lind")
    }


def test_motion_authors_in_running_text() -> None:
    body = (
        "Heidi Hankanen Ängberg (C) och Carl Holm (M) har till kommunfullmäktige den 5 november 2025, § 228\n"
        "lämnat en motion om fler bostäder. Dora Lind (SD) ställer följande fråga: När …? "
        "Bo Berg (V) väcker ett initiativärende om parkering."
    )
    assert _acts(body) == {
        ("Heidi Hankanen Ängberg", "raised"),
        ("Carl Holm", "raised"),
        ("Dora Lind", "raised"),
        ("Bo Berg", "raised"),
    }


def test_authors_named_in_titles() -> None:
    persons = find_persons(HEADER)
    finder = NameFinder(persons)

    def raised(title: str, text: str = "") -> list[str]:
        return [a.person for a in title_authors(Item(number="§1", title=title, text=text), finder)]

    assert raised("Svar på motion gällande fler bostäder - Heidi Hankanen Ängberg (C)") == [
        "Heidi Hankanen Ängberg"
    ]
    assert raised("Motion från Carl Holm (M) och Dora Lind (SD) om trygghet") == ["Carl Holm", "Dora Lind"]
    assert raised("Motion av Bo Berg (V) om gratis bussar") == ["Bo Berg"]
    # the person asked is not the author
    assert raised("Interpellation till kommunstyrelsens ordförande Anna Ek (S) från Dora Lind (SD)") == [
        "Dora Lind"
    ]
    assert raised("Enkel fråga från Carl Holm (M) till Anna Ek (S) om skolan") == ["Carl Holm"]
    assert raised("Avsägelse från Carl Holm (M) av uppdrag som ersättare") == []
    assert raised("Budget 2025", "Beslutsunderlag\nMotion från Dora Lind (SD) 2024-01-30\n") == ["Dora Lind"]


def test_presenters_by_verb_role_word_and_noun() -> None:
    body = (
        "• Ordförande och vice ordförande återkopplar från förbundsstyrelsen\n"
        "• Heidi Hankanen Ängberg (C) återkopplar från antagningsnämnden\n\n"
        "A/ Information från förvaltningschefen\n\nB/ Kommundirektörens information\n"
    )
    assert _acts(body) == {
        ("Anna Ek", "presented"),
        ("Bo Berg", "presented"),
        ("Heidi Hankanen Ängberg", "presented"),
        ("Karin Alvermalm", "presented"),
        ("Maria Standard", "presented"),
    }
    assert _acts("Förvaltningschef informerar om att IVO har avslutat tillsynen.") == {
        ("Karin Alvermalm", "presented")
    }


def test_verbs_and_names_hyphenated_over_a_line() -> None:
    assert _acts("Heidi Hankanen Äng-\nberg (C) infor-\nmerar om läget.") == {
        ("Heidi Hankanen Ängberg", "presented")
    }
    assert _acts("Dora Lind (SD) reser-\nverar sig mot beslutet.") == {("Dora Lind", "reserved")}


def test_role_word_shared_by_two_names_no_one() -> None:
    text = HEADER + "Övriga\nEva Ros (förvaltningschef)\n"
    persons = find_persons(text)
    assert not RoleWords(persons).titles.get("förvaltningschef")


def _doc(text: str, items: list[Item], doc_type: str) -> Extraction:
    ex = Extraction(source="x.txt", sha256="0" * 64, fmt="txt", meta=DocMeta(doc_type=doc_type), items=items)
    entities.annotate(ex, text)
    return ex


def test_justerare_from_the_protocol_header_and_signatures() -> None:
    head = (
        "Beslutande\nAnna Ek (S), ordförande\nCarl Holm (M)\nDora Lind (SD)\n"
        "Utses att justera Carl Holm\nDora Lind\nJusteringens plats och tid Kommunhuset\n"
        "Justerande\nCarl Holm Dora Lind\n\n"
    )
    body = "Nämnden godkänner redovisningen."
    ex = _doc(
        head + "§ 1 Redovisning\n" + body, [Item(number="§1", title="Redovisning", text=body)], "protokoll"
    )
    assert {(a.person, a.kind) for a in ex.items[0].actions} == {
        ("Carl Holm", "justerare"),
        ("Dora Lind", "justerare"),
    }


def test_justerare_chosen_in_an_item_and_in_a_header_list() -> None:
    head = (
        "Ledamöter: Anna Ek (S), Carl Holm (M), Dora Lind (SD)\n"
        "Justerare: Carl Holm (M) och Dora Lind (SD)\n\n"
    )
    first = (
        "Kommunfullmäktige utser Carl Holm (M) och Dora Lind (SD) "
        "att jämte ordföranden justera dagens protokoll."
    )
    items = [
        Item(number="§12", title="Val av justerare", text=first),
        Item(number="§13", title="Budget", text="Ok."),
    ]
    ex = _doc(head + first + "\nOk.", items, "protokoll")
    assert {(a.person, a.kind) for a in ex.items[0].actions} == {
        ("Carl Holm", "justerare"),
        ("Dora Lind", "justerare"),
    }
    assert ex.items[1].actions == []


def test_justerare_proposed_in_a_kallelse_row() -> None:
    head = "Ledamöter: Anna Ek (S), Carl Holm (M), Dora Lind (SD)\n\n"
    row = "Ordinarie: Carl Holm (M)\nErsättare: Dora Lind (SD)"
    ex = _doc(head + row, [Item(number="2", title="Val av justerare", text=row)], "kallelse")
    assert [(a.person, a.kind) for a in ex.items[0].actions] == [("Carl Holm", "justerare")]


def test_header_justerare_read_from_notes_not_from_a_kallelse_header_alone() -> None:
    # notes name their justerare as a protocol does (GOLD_FORMAT: kommuner3's, kommuner25's and kommuner28's
    # notes); a kallelse only from its "Val av justerare" row or its head block (`add_justerare`'s head)
    head = "Närvarande: Anna Ek (S), Carl Holm (M)\nJusterare: Carl Holm (M)\n\n"
    ex = _doc(head + "Ok.", [Item(number="1", title="Information", text="Ok.")], "mötesanteckningar")
    assert [(a.person, a.kind) for a in ex.items[0].actions] == [("Carl Holm", "justerare")]
    ex = _doc(head + "Ok.", [Item(number="1", title="Information", text="Ok.")], "kallelse")
    assert ex.items[0].actions == []


def test_justerare_row_with_labels_on_lines_of_their_own() -> None:
    head = "Ledamöter: Anna Ek (S), Carl Holm (M), Dora Lind (SD)\n\n"
    row = "Ordinarie\nCarl Holm (M)\nErsättare\nDora Lind (SD)"
    ex = _doc(head + row, [Item(number=None, title="Val av justerare", text=row)], "kallelse")
    assert [(a.person, a.kind) for a in ex.items[0].actions] == [("Carl Holm", "justerare")]


def test_presenters_in_a_kallelse_cell_with_titles_in_apposition() -> None:
    cell = (
        "Föredragande: Lena Engberg,\nenhetschef Biblioteken i\nKungsbacka, och Susan Pour,\n"
        "enhetschef Biblioteken i\nKungsbacka\n1 st dokument\n20 min"
    )
    other = "Föredragande: Andreas Berg, enhetschef Förening\n30 min"
    items = [
        Item(number="3", title="Biblioteken", text=cell),
        Item(number="4", title="Föreningar", text=other),
    ]
    ex = _doc("Kallelse\n\n" + cell + "\n\n" + other, items, "kallelse")
    assert [(a.person, a.kind) for a in ex.items[0].actions] == [
        ("Lena Engberg", "presented"),
        ("Susan Pour", "presented"),
    ]
    assert [(a.person, a.kind) for a in ex.items[1].actions] == [("Andreas Berg", "presented")]


def test_questions_raised_and_propositions_put() -> None:
    assert _acts("Bo Berg (V) frågar om status för skolbygget.") == {("Bo Berg", "raised")}
    assert _acts("Dora Lind (SD) ställer frågan om bemanningen på äldreboendena.") == {
        ("Dora Lind", "raised")
    }
    # the chair putting a proposition to the meeting raises nothing
    assert (
        _acts("Ordföranden frågar om nämnden för Gymnasium & Arbetsmarknad kan godkänna förslaget.") == set()
    )
    assert _acts("Ordföranden ställer frågan om ärendet ska avgöras idag och finner att så sker.") == set()


def test_more_forms_of_justerare_notes_reservations_and_presentations() -> None:
    assert _acts("Till justerare utses Carl Holm (M).") == {("Carl Holm", "justerare")}
    assert _acts("Att jämte ordföranden justera protokollet utses Dora Lind (SD).") == {
        ("Dora Lind", "justerare")
    }
    assert _acts("Mot beslutet reserverar sig samtliga ledamöter från SD.") == {("party:SD", "reserved")}
    assert _acts("Vänsterpartiet får lämna en protokollsanteckning.") == {("party:V", "protocol_note")}
    assert _acts("Dora Lind (SD) begär att få en protokollsanteckning införd.") == {
        ("Dora Lind", "protocol_note")
    }
    assert _acts("Carl Holm (M) ger nämnden information om läget.") == {("Carl Holm", "presented")}


#: A kommunfullmäktige protocol in a layout of its own: a "Justerare" header block, a "Yrkanden" section
#: with colon lines, a party's yrkande and reservation, party notes, an omröstningsbilaga after the next §.
OTHER_LAYOUT = """Kommunfullmäktige
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2025-03-24

Beslutande
Anna Ek (S), ordförande
Bo Berg (M), 1:e vice ordförande
Carl Holm (KD)
Dora Lind (SD)
Erik Sand (V)
Fia Ström (MP)
Gustav Ros (M)
Hanna Björk (S)

Justerare
Bo Berg (M) och Erik Sand (V)

§ 45 Dnr KS 2024/123
Budget 2026

Yrkanden
Anna Ek (S): bifall till kommunstyrelsens förslag.
Bo Berg (M) med instämmande av Carl Holm (KD): avslag.
S-gruppen: bifall till tilläggsyrkandet.

Propositionsordning
Ordföranden ställer proposition på förslagen och finner att fullmäktige bifaller kommunstyrelsens förslag.

Omröstning
Omröstning begärs och ska genomföras. Ja-röst för kommunstyrelsens förslag, nej-röst för Bo Bergs (M) yrkande.
Omröstningsresultat
Med 4 ja-röster mot 3 nej-röster och 1 som avstår beslutar fullmäktige enligt kommunstyrelsens
förslag. Hur var och en röstat framgår av bilaga 1.

Reservationer
Samtliga ledamöter för Moderaterna reserverar sig mot beslutet till förmån för egna yrkanden.

Protokollsanteckningar
Liberalerna lämnar protokollsanteckning, bilaga 2.
Sverigedemokraterna lämnar ett särskilt yttrande.

§ 46 Dnr KS 2024/200
Motion från Fia Ström (MP) om solceller på kommunens tak

Ärendet presenteras av Johan Lund, controller.
Fia Ström (MP) yrkar i första hand bifall till motionen, i andra hand återremiss.
Anna Ek (S) anmäler jäv och deltar inte i handläggningen.

Bilaga 1 Omröstningsbilaga § 45
"""


#: The appendix as a Word or HTML table prints it: tab-separated cells, empty ones kept.
OTHER_LAYOUT += "\n".join(
    "\t".join(row)
    for row in [
        ["Ledamot", "Parti", "Ja", "Nej", "Avstår"],
        ["Anna Ek", "S", "X", "", ""],
        ["Bo Berg", "M", "", "X", ""],
        ["Carl Holm", "KD", "", "X", ""],
        ["Dora Lind", "SD", "", "", "X"],
        ["Erik Sand", "V", "X", "", ""],
        ["Fia Ström", "MP", "X", "", ""],
        ["Gustav Ros", "M", "", "X", ""],
        ["Hanna Björk", "S", "X", "", ""],
    ]
)


def test_a_protocol_in_another_layout_end_to_end() -> None:
    from indexer.extract import extract_text
    from indexer.types import SourceText

    ex = extract_text(SourceText(path="kf.txt", sha256="1" * 64, fmt="txt", text=OTHER_LAYOUT))
    by_number = {it.number: it for it in ex.items}
    acts = {(a.person or f"party:{a.party}", a.kind) for a in by_number["§45"].actions}
    assert acts == {
        ("Anna Ek", "proposed"),
        ("Bo Berg", "proposed"),
        ("Carl Holm", "proposed"),  # "med instämmande av"
        ("party:S", "proposed"),  # "S-gruppen: bifall …"
        ("party:M", "reserved"),
        ("party:L", "protocol_note"),
        ("party:SD", "protocol_note"),
        ("Bo Berg", "justerare"),
        ("Erik Sand", "justerare"),
    }
    votes = {(v.person, v.vote) for v in by_number["§45"].votes}
    assert len(votes) == 8 and ("Dora Lind", "avstår") in votes and ("Gustav Ros", "nej") in votes
    assert sum(v == "ja" for _, v in votes) == 4  # "Med 4 ja-röster mot 3 nej-röster och 1 som avstår"
    assert by_number["§46"].votes == []  # the appendix printed after § 46 belongs to § 45
    acts46 = {(a.person, a.kind) for a in by_number["§46"].actions}
    assert acts46 == {("Johan Lund", "presented"), ("Fia Ström", "proposed"), ("Fia Ström", "raised")}


def test_parties_listed_before_their_members_each_reserve() -> None:
    body = "Moderaternas, Socialdemokraternas och Vänsterpartiets ledamöter reserverar sig mot beslutet."
    assert _acts(body) == {("party:M", "reserved"), ("party:S", "reserved"), ("party:V", "reserved")}
    assert _acts("Ledamöterna från SD, V och MP reserverar sig.") == {
        ("party:SD", "reserved"),
        ("party:V", "reserved"),
        ("party:MP", "reserved"),
    }


def test_verb_first_reservation_naming_the_members_after_a_qualifier() -> None:
    body = (
        "Mot beslutet reserverar sig till förmån för egna budgetförslag ledamöterna Carl\nHolm (M), "
        "Dora Lind (SD) samt Vänsterpartiets gruppledare i nämnden Bo Berg (V)."
    )
    assert _acts(body) == {("Carl Holm", "reserved"), ("Dora Lind", "reserved"), ("Bo Berg", "reserved")}


def test_joining_a_reservation_and_noting_without_a_party() -> None:
    body = (
        "Reservationer\n\nCarl Holm (M) reserverade sig mot beslutet. "
        "Dora Lind (SD) instämde i reservationen.\n\n"
        "Protokollsanteckningar\n\nJan-Erik Wallin lät anteckna följande för sin grupp: ”Vi noterar.”\n\n"
        "Bo Berg lämnade följande anteckning för Vänsterpartiet: ”Bra.”"
    )
    assert _acts(body) == {("Carl Holm", "reserved"), ("Dora Lind", "reserved"),
                           ("Jan-Erik Wallin", "protocol_note"), ("Bo Berg", "protocol_note")}  # fmt: skip


def test_a_proposal_made_in_a_motion_or_initiative_is_raising_it() -> None:
    body = "Carl Holm har i ett medborgarförslag föreslagit att kommunen bygger en hundrastgård."
    assert _acts(body) == {("Carl Holm", "raised")}
    body = "Dora Lind och Jan-Erik Wallin (M) föreslår i ett politikerinitiativ att kommunen gör en plan."
    assert _acts(body) == {("Dora Lind", "raised"), ("Jan-Erik Wallin", "raised")}


def test_the_author_of_an_interpellation_who_asked_in_it_raised_it() -> None:
    body = (
        "Carl Holm (C) har i en interpellation ställd till regionstyrelsens ordförande frågat vilka åtgärder "
        "som vidtas. Regionstyrelsens ordförande Dora Lind (S) besvarar interpellationen."
    )
    assert ("Carl Holm", "raised") in _acts(body)
    assert ("Dora Lind", "raised") not in _acts(body)


def test_authors_of_an_initiative_dated_in_the_title() -> None:
    persons = find_persons(HEADER)
    title = "Trygghet i centrum. Politikerinitiativ den 2 februari 2026 av Dora Lind och Carl Holm (M)"
    item = Item(number="§4", title=title, text="")
    assert [a.person for a in title_authors(item, NameFinder(persons))] == ["Dora Lind", "Carl Holm"]


def test_a_party_authoring_a_motion_in_a_title() -> None:
    item = Item(number="12", title="Motion av Sverigedemokraterna om översyn av tolkkostnader", text="")
    acts = title_authors(item, NameFinder(find_persons(HEADER)))
    assert [(a.person, a.party, a.kind) for a in acts] == [("", "SD", "raised")]
    item = Item(number="13", title="Interpellation från Anna Ek (S) till Socialdemokraterna", text="")
    assert [a.party for a in title_authors(item, NameFinder(find_persons(HEADER)))] == [None]


def test_a_question_put_in_the_past_tense() -> None:
    assert _acts("Dora Lind (SD) ställde en fråga om hur arvodet ska hanteras.") == {("Dora Lind", "raised")}


def test_justerare_named_by_a_role_word_in_a_sentence() -> None:
    text = (
        "Beslutande\nCarl Holm (M), ordförande\nDora Lind (SD)\n\n"
        "Protokollet justerat 2025-09-02 av ordförande Carl Holm (M) och justerare Dora Lind (SD).\n"
    )
    people = {p.name: p for p in find_persons(text)}
    assert "justerare" in people["Dora Lind"].roles and "justerare" not in people["Carl Holm"].roles


def test_a_second_presenter_after_a_wrapped_title_in_a_kallelse_cell() -> None:
    body = "Föredragande: Karin Alvermalm, förvaltningschef - beslut efter samråd Maria Standard, utredare"
    assert _acts(body) == {("Karin Alvermalm", "presented"), ("Maria Standard", "presented")}


def test_presenters_in_an_agenda_tables_foredragare_column(tmp_path: Path) -> None:
    # a kallelse's agenda as columns aligned with spaces: the "Föredragare" column's cell follows each
    # title; a street named after someone ("Anders Perssons / väg", its noun wrapped) is no person
    text = (
        "Testkommun\nMiljönämnden\n\nKALLELSE\n\nMiljönämnden kallas till sammanträde onsdagen den "
        "11 februari 2026 kl. 13.30 i Rådhuset, sal A.\n\n"
        "Punkt   Ärende                                   Föredragare\n"
        "1.      Mötets öppnande\n"
        "2.      Val av justerare\n"
        "3.      Tillsynsplan 2026                        Helena Strand, miljöchef\n"
        "4.      Bullerskydd längs Anders Perssons        Olof Berglund\n"
        "        väg\n"
        "5.      Information om livsmedelskontroll        Petra Holm, livsmedelsinspektör\n"
        "6.      Delegationsbeslut\n\nJonas Ekberg (S)\nOrdförande\n"
    )
    path = tmp_path / "testkommun_miljonamnden_2026-02-11_kallelse.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    got = {(it.number, a.person) for it in ex.items for a in it.actions if a.kind == "presented"}
    assert got == {("3", "Helena Strand"), ("4", "Olof Berglund"), ("5", "Petra Holm")}
    assert "Anders Perssons" not in {p.name for p in ex.persons}
