"""Who did what in the phrasings Swedish minutes share (issue 9 point 4, out of sample): each test is a
small snippet written for the form, in the shape a protocol prints it — officials named with their
title before or after the name, lists joined by "och" and commas, names and verbs broken over lines,
authors in titles and running text, parties acting as a whole."""

from __future__ import annotations

from indexer.entities.actions import ActionContext, find_actions
from indexer.entities.annotate import annotate
from indexer.entities.doc_actions import title_authors
from indexer.entities.people import NameFinder, find_persons
from indexer.entities.rolewords import RoleWords
from indexer.types import DocMeta, Extraction, Item

HEADER = (
    "Beslutande\nLina Berglund (S), ordförande\nOskar Malm (M), 1:e vice ordförande\nSara Öberg (V)\n"
    "Mats Wiklander (SD)\nFatima Yilmaz (C)\nPer-Olof Strand (KD)\nMirza Hodžić (S)\nEbba Lindqvist (L)\n\n"
    "Övriga närvarande\nHenrik Dahl, ekonomichef\nJohanna Persson, kommunsekreterare\n\n"
)


def _acts(body: str, header: str = HEADER) -> set[tuple[str, str]]:
    persons = find_persons(header + body)
    chair = next(p for p in persons if "ordförande" in p.roles)
    found = find_actions(body, ActionContext(NameFinder(persons), chair, RoleWords(persons), minutes=True))
    return {(a.person or f"party:{a.party}", a.kind) for a in found}


def _authors(title: str, text: str = "") -> set[str]:
    finder = NameFinder(find_persons(HEADER + title + "\n" + text))
    item = Item(number="§1", title=title, text=text)
    return {a.person or f"party:{a.party}" for a in title_authors(item, finder) if a.kind == "raised"}


# --- presented -------------------------------------------------------------------------------------------


def test_presenting_verbs_after_the_name() -> None:
    for verb in (
        "föredrar ärendet",
        "informerar om läget i hemtjänsten",
        "redogör för ärendet",
        "presenterar förslaget till ny taxa",
        "återkopplar från styrelsemötet i Vatten AB",
        "lämnar information om arbetet med översiktsplanen",
    ):
        assert _acts(f"Henrik Dahl {verb}.") == {("Henrik Dahl", "presented")}, verb


def test_answering_an_interpellation_or_question_is_presenting() -> None:
    assert _acts("Lina Berglund (S) besvarar interpellationen.") == {("Lina Berglund", "presented")}
    assert _acts("Kommunstyrelsens ordförande Lina Berglund (S) besvarar frågan.") == {
        ("Lina Berglund", "presented")
    }
    assert _acts("Lina Berglund (S) redogör för sitt skriftliga svar. I debatten deltar Sara Öberg (V).") == {
        ("Lina Berglund", "presented")
    }
    assert _acts("Interpellationen besvaras av Oskar Malm (M).") == {("Oskar Malm", "presented")}


def test_title_before_the_name_of_an_official_named_only_there() -> None:
    assert _acts("Kommundirektör Anna Granqvist redogör för budgetuppföljningen.") == {
        ("Anna Granqvist", "presented")
    }
    assert _acts("Näringslivschef Malin Sjöstedt presenterar förslaget till näringslivsstrategi.") == {
        ("Malin Sjöstedt", "presented")
    }
    assert _acts("Ekonomichef Henrik Dahl informerar om bokslutet.") == {("Henrik Dahl", "presented")}


def test_title_in_apposition_between_name_and_verb() -> None:
    assert _acts("Anna Granqvist, kommundirektör, informerar om rekryteringen.") == {
        ("Anna Granqvist", "presented")
    }
    assert _acts("Henrik Dahl, ekonomichef, och Johanna Persson, kommunsekreterare, informerar.") == {
        ("Henrik Dahl", "presented"),
        ("Johanna Persson", "presented"),
    }


def test_several_presenters_joined_by_och_and_commas() -> None:
    assert _acts("Henrik Dahl och Johanna Persson informerar om arbetet.") == {
        ("Henrik Dahl", "presented"),
        ("Johanna Persson", "presented"),
    }
    body = "Controller Anna Granqvist, ekonomichef Henrik Dahl och kommunsekreterare Johanna Persson redogör."
    assert _acts(body) == {
        ("Anna Granqvist", "presented"),
        ("Henrik Dahl", "presented"),
        ("Johanna Persson", "presented"),
    }


def test_presenters_each_with_a_bare_title_word_before_the_name() -> None:
    header = HEADER + "Tjänstepersoner\nKarin Wall, ekonom\nNora Falk, rektor\n\n"
    body = "Ekonomichefen har ordet. Ekonom Karin Wall och rektor Nora Falk presenterar läget i skolan."
    assert {("Karin Wall", "presented"), ("Nora Falk", "presented")} <= _acts(body, header)


def test_an_officials_suggestion_while_presenting_is_no_yrkande() -> None:
    body = "Kommunsekreterare Johanna Persson redogör för ärendet och föreslår att nämnden antar planen."
    assert _acts(body) == {("Johanna Persson", "presented")}
    assert ("Sara Öberg", "proposed") in _acts("Sara Öberg (V) föreslår att ärendet återremitteras.")


def test_name_and_verb_broken_across_lines() -> None:
    assert _acts("Ärendebeskrivning\nHenrik\nDahl informerar om bokslutet.") == {("Henrik Dahl", "presented")}
    assert _acts("Kommundirektör Anna\nGranqvist redogör för läget.") == {("Anna Granqvist", "presented")}
    assert _acts("Henrik Dahl, ekonomichef,\nredogör för delårsrapporten.") == {("Henrik Dahl", "presented")}


def test_foredragande_lines() -> None:
    assert _acts("Föredragande: Henrik Dahl, ekonomichef") == {("Henrik Dahl", "presented")}
    assert _acts("Föredragande\tekonomichef Henrik Dahl") == {("Henrik Dahl", "presented")}
    assert _acts("Föredragande: Henrik Dahl och Johanna Persson") == {
        ("Henrik Dahl", "presented"),
        ("Johanna Persson", "presented"),
    }


def test_chair_as_the_foredragande_cell() -> None:
    assert _acts("Föredragande: Ordförande") == {("Lina Berglund", "presented")}
    assert _acts("Föredragande: ordföranden") == {("Lina Berglund", "presented")}


# --- raised --------------------------------------------------------------------------------------------


def test_raising_a_matter_in_running_text() -> None:
    assert _acts("Sara Öberg (V) väcker ett initiativärende om avgiftsfria mensskydd.") == {
        ("Sara Öberg", "raised")
    }
    assert _acts("Sara Öberg (V) har lämnat in en motion om fler bostäder för unga.") == {
        ("Sara Öberg", "raised")
    }
    assert _acts("Mats Wiklander (SD) har den 12 januari 2026 lämnat en motion om trygghet.") == {
        ("Mats Wiklander", "raised")
    }
    assert _acts("Mats Wiklander (SD) har 2026-01-12 lämnat in en motion om trygghet.") == {
        ("Mats Wiklander", "raised")
    }
    assert _acts("Fatima Yilmaz (C) ställer en fråga till kommunstyrelsens ordförande om skolskjutsar.") == {
        ("Fatima Yilmaz", "raised")
    }
    assert _acts("Fatima Yilmaz (C) anmäler en fråga till ordföranden om vinterväghållningen.") == {
        ("Fatima Yilmaz", "raised")
    }


def test_authors_named_in_running_text_by_noun() -> None:
    body = (
        "Följande motioner anmäls: motion från Sara Öberg (V) om gratis kollektivtrafik för pensionärer och "
        "motion från Per-Olof Strand (KD) om fler trygghetsboenden."
    )
    assert _authors("Anmälan av inkomna motioner", body) == {"Sara Öberg", "Per-Olof Strand"}
    body = "Fullmäktige besvarar en interpellation från Mats Wiklander (SD) till Lina Berglund (S) om vården."
    assert _authors("Interpellationer", body) == {"Mats Wiklander"}
    body = "Ärendet gäller en fråga av Ebba Lindqvist (L) och Oskar\nMalm (M) om skolskjutsar."
    assert _authors("Frågor", body) == {"Ebba Lindqvist", "Oskar Malm"}


def test_authors_in_titles() -> None:
    assert _authors("Motion från Sara Öberg (S) och Fatima Yilmaz (C) om fler bostäder") == {
        "Sara Öberg",
        "Fatima Yilmaz",
    }
    assert _authors("Interpellation från Mats Wiklander (SD) till kommunstyrelsens ordförande om skolan") == {
        "Mats Wiklander"
    }
    assert _authors("Fråga från Ebba Lindqvist (L) till Lina Berglund (S) om vården") == {"Ebba Lindqvist"}
    assert _authors("Initiativärende från Sara Öberg (V) om avgiftsfria mensskydd") == {"Sara Öberg"}


def test_a_motion_restated_in_the_answer_is_raised_not_proposed() -> None:
    text = "Sara Öberg (V) föreslår att kommunen utreder sena tågavgångar. Nämnden har yttrat sig."
    item = Item(number="§74", title="Svar på motion från Sara Öberg (V) om nattåg", text=text)
    ex = Extraction(
        source="x.txt", sha256="0" * 64, fmt="txt", meta=DocMeta(doc_type="protokoll"), items=[item]
    )
    annotate(ex, HEADER + "§ 74 Svar på motion\n" + text)
    assert {(a.person, a.kind) for a in ex.items[0].actions} == {("Sara Öberg", "raised")}
    # the author's yrkande at the meeting stays a proposal
    text += "\nYrkanden\nSara Öberg (V) föreslår att motionen bifalls."
    item = Item(number="§74", title="Svar på motion från Sara Öberg (V) om nattåg", text=text)
    ex = Extraction(
        source="x.txt", sha256="0" * 64, fmt="txt", meta=DocMeta(doc_type="protokoll"), items=[item]
    )
    annotate(ex, HEADER + "§ 74 Svar på motion\n" + text)
    assert {(a.person, a.kind) for a in ex.items[0].actions} == {
        ("Sara Öberg", "raised"),
        ("Sara Öberg", "proposed"),
    }


# --- reserved ------------------------------------------------------------------------------------------


def test_reservations_by_persons() -> None:
    assert _acts("Mats Wiklander (SD) reserverar sig till förmån för eget yrkande.") == {
        ("Mats Wiklander", "reserved")
    }
    assert _acts("Oskar Malm (M) reserverar sig mot beslutet.") == {("Oskar Malm", "reserved")}
    body = (
        "Reservation\nOskar Malm, Ebba Lindqvist och Mirza Hodžić (alla M) samt Sara\nÖberg (V) reserverar "
        "sig mot beslutet."
    )
    assert _acts(body) == {
        ("Oskar Malm", "reserved"),
        ("Ebba Lindqvist", "reserved"),
        ("Mirza Hodžić", "reserved"),
        ("Sara Öberg", "reserved"),
    }


def test_reservation_lists_after_a_label() -> None:
    assert _acts("Reservationer: Oskar Malm (M), Sara Öberg (V)") == {
        ("Oskar Malm", "reserved"),
        ("Sara Öberg", "reserved"),
    }
    assert _acts("Reservation: Mats Wiklander (SD) och Per-Olof Strand (KD).") == {
        ("Mats Wiklander", "reserved"),
        ("Per-Olof Strand", "reserved"),
    }
    assert _acts("Protokollsanteckning: Fatima Yilmaz (C)") == {("Fatima Yilmaz", "protocol_note")}
    # a heading in a left column, the names in the right one
    assert _acts("Reservation\tOskar Malm (M), Sara Öberg (V)") == {
        ("Oskar Malm", "reserved"),
        ("Sara Öberg", "reserved"),
    }


def test_party_reservations() -> None:
    assert _acts("Ledamöterna från SD reserverar sig mot beslutet.") == {("party:SD", "reserved")}
    assert _acts("Moderaternas ledamöter reserverar sig mot beslutet.") == {("party:M", "reserved")}
    assert _acts("Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet.") == {
        ("party:S", "reserved"),
        ("party:V", "reserved"),
    }
    body = "Reservation\nSverigedemokraternas ledamöter reserverar sig till förmån för eget yrkande."
    assert _acts(body) == {("party:SD", "reserved")}
    # the groups in the plural, a genitive list before them, the verb on the next line
    body = (
        "Reservationer\nModeraternas, Sverigedemokraternas och Kristdemokraternas fullmäktigegrupper"
        " reserverar\nsig mot beslutet till förmån för eget yrkande."
    )
    assert _acts(body) == {("party:M", "reserved"), ("party:SD", "reserved"), ("party:KD", "reserved")}
    assert _acts("Liberalernas nämndgrupp reserverar sig mot beslutet.") == {("party:L", "reserved")}
    assert _acts("Centerpartiets och Vänsterpartiets grupper reserverar sig.") == {
        ("party:C", "reserved"),
        ("party:V", "reserved"),
    }


def test_written_reservations() -> None:
    assert _acts("Oskar Malm (M) reserverar sig skriftligt, bilaga 2.") == {("Oskar Malm", "reserved")}
    body = "Sara Öberg (V) lämnar en skriftlig reservation, se bilaga 3."
    assert _acts(body) == {("Sara Öberg", "reserved")}
    assert _acts("Reservation från Mats Wiklander (SD), bilaga 1.") == {("Mats Wiklander", "reserved")}
    body = "Bilaga 2\nReservation\nVi reserverar oss mot beslutet att sälja fastigheten.\nOskar Malm (M)"
    assert _acts(body) == {("Oskar Malm", "reserved")}


# --- protocol_note -------------------------------------------------------------------------------------


def test_protocol_notes() -> None:
    assert _acts("Sara Öberg (V) antecknar till protokollet att frågan bör följas upp.") == {
        ("Sara Öberg", "protocol_note")
    }
    assert _acts("Fatima Yilmaz (C) lämnar en protokollsanteckning.") == {("Fatima Yilmaz", "protocol_note")}
    body = "Ebba Lindqvist (L) får lämna en protokollsanteckning."
    assert _acts(body) == {("Ebba Lindqvist", "protocol_note")}
    assert _acts("Fatima Yilmaz (C) lämnar en protokollsanteckning för Centerpartiets grupp.") == {
        ("Fatima Yilmaz", "protocol_note")
    }


def test_joint_protocol_notes() -> None:
    assert _acts("Oskar Malm (M) och Per-Olof Strand (KD) lämnar en gemensam protokollsanteckning.") == {
        ("Oskar Malm", "protocol_note"),
        ("Per-Olof Strand", "protocol_note"),
    }
    assert _acts("Moderaterna och Kristdemokraterna lämnar en gemensam protokollsanteckning.") == {
        ("party:M", "protocol_note"),
        ("party:KD", "protocol_note"),
    }


# --- more shapes of the same acts ------------------------------------------------------------------------


def test_presenters_with_their_unit_and_a_companion() -> None:
    assert _acts("Henrik Dahl och Johanna Persson från kommunledningsförvaltningen informerar om läget.") == {
        ("Henrik Dahl", "presented"),
        ("Johanna Persson", "presented"),
    }
    assert _acts("Henrik Dahl föredrar ärendet tillsammans med Johanna Persson.") == {
        ("Henrik Dahl", "presented"),
        ("Johanna Persson", "presented"),
    }
    assert _acts("Kommundirektör Anna Granqvist och ekonomichef Henrik Dahl redogör för prognosen.") == {
        ("Anna Granqvist", "presented"),
        ("Henrik Dahl", "presented"),
    }
    assert _acts("Henrik Dahl\ninformerar om det ekonomiska läget.") == {("Henrik Dahl", "presented")}


def test_information_given_by_someone() -> None:
    assert _acts("Information ges av ekonomichef Henrik Dahl.") == {("Henrik Dahl", "presented")}
    assert _acts("Informationen lämnas av Johanna Persson.") == {("Johanna Persson", "presented")}


def test_raised_in_other_word_orders() -> None:
    assert _acts("I en motion föreslår Sara Öberg (V) att kommunen inför fria skolluncher.") == {
        ("Sara Öberg", "raised")
    }
    assert _acts("En motion har lämnats in av Mats Wiklander (SD) om kameraövervakning.") == {
        ("Mats Wiklander", "raised")
    }
    assert _acts("Oskar Malm (M) m.fl. har lämnat en motion om fler poliser.") == {("Oskar Malm", "raised")}
    assert _acts("Ebba Lindqvist (L) har ställt följande fråga till Lina Berglund (S): Hur många …?") == {
        ("Ebba Lindqvist", "raised")
    }


def test_notes_in_other_words() -> None:
    assert _acts("Sara Öberg (V) får antecknat till protokollet att hon inte deltar i beslutet.") == {
        ("Sara Öberg", "protocol_note")
    }
    assert _acts("Mats Wiklander (SD) lämnar ett särskilt yttrande.") == {("Mats Wiklander", "protocol_note")}
    body = "Protokollsanteckning från Fatima Yilmaz (C), bilaga 4."
    assert _acts(body) == {("Fatima Yilmaz", "protocol_note")}
    assert _acts("Reservationer: Moderaterna och Kristdemokraterna") == {
        ("party:M", "reserved"),
        ("party:KD", "reserved"),
    }


def test_officials_listed_before_the_verb_though_no_list_names_them() -> None:
    assert _acts("Anna Berg och Somayeh Jamshidi informerar om bygglovsprocessen.") == {
        ("Anna Berg", "presented"),
        ("Somayeh Jamshidi", "presented"),
    }
    assert _acts("Socialchef Anna Berg och enhetschef Bo Ekström redogör för läget.") == {
        ("Anna Berg", "presented"),
        ("Bo Ekström", "presented"),
    }
    assert _acts("Föredragande tjänsteperson: Anna Berg") == {("Anna Berg", "presented")}
    assert _acts("Föredragande\nAnna Berg, ekonomichef") == {("Anna Berg", "presented")}


def test_the_author_named_by_role_and_more_ways_to_raise() -> None:
    assert _acts("Motionären Sara Öberg (V) föreslår att kommunen inför fria skolluncher.") == {
        ("Sara Öberg", "raised")
    }
    assert _acts("Interpellanten Sara Öberg (V) tackar för svaret.") == {("Sara Öberg", "raised")}
    assert _acts("Sara Öberg (V) lämnar in en skriftlig fråga om snöröjningen.") == {("Sara Öberg", "raised")}
    assert _acts("Fatima Yilmaz (C) tar upp frågan om snöröjningen.") == {("Fatima Yilmaz", "raised")}
    body = "Sara Öberg (V) har i en interpellation till kommunstyrelsens ordförande ställt frågor om skolan."
    assert _acts(body) == {("Sara Öberg", "raised")}


def test_reservations_and_notes_listed_after_a_colon_or_each_their_own() -> None:
    assert _acts("Reservation mot beslutet: Sara Öberg (V)") == {("Sara Öberg", "reserved")}
    body = "Följande ledamöter reserverar sig mot beslutet: Sara Öberg (V), Mats Wiklander (SD)."
    assert _acts(body) == {("Sara Öberg", "reserved"), ("Mats Wiklander", "reserved")}
    body = "Sara Öberg (V) och Mats Wiklander (SD) lämnar var sin protokollsanteckning."
    assert _acts(body) == {("Sara Öberg", "protocol_note"), ("Mats Wiklander", "protocol_note")}
    for body in (
        "Sara Öberg (V) får till protokollet anteckna att hon inte deltar.",
        "Sara Öberg (V) lämnar ett skriftligt särskilt yttrande.",
        "Sara Öberg (V) vill ha en anteckning i protokollet om att frågan bör utredas.",
    ):
        assert _acts(body) == {("Sara Öberg", "protocol_note")}, body


WRITTEN = """Kommunfullmäktige
Protokoll
Sammanträdesdatum 2026-05-12

Beslutande
Lina Berglund (S), ordförande
Oskar Malm (M)
Ebba Lindqvist (L)
Sara Öberg (V)

§ 45 Budget 2027
Kommunfullmäktige fastställer budgeten enligt kommunstyrelsens förslag.
Skriftliga reservationer, se bilaga 1.

§ 46 Avsägelser
Kommunfullmäktige beviljar avsägelsen.

Bilaga 1 till protokoll 2026-05-12
Reservation § 45 Budget 2027
Vi reserverar oss mot beslutet då budgeten saknar täckning.
Oskar Malm (M)
Ebba Lindqvist (L)

Bilaga 2
Protokollsanteckning § 45
Jag vill att frågan om avgifter följs upp.
Sara Öberg (V)
"""


def test_a_written_reservation_in_a_bilaga_after_the_items_is_its_paragraphs() -> None:
    from indexer.extract import extract_text
    from indexer.types import SourceText

    ex = extract_text(SourceText(path="kf.txt", sha256="2" * 64, fmt="txt", text=WRITTEN))
    by_number = {it.number: it for it in ex.items}
    assert {(a.person, a.kind) for a in by_number["§45"].actions} == {
        ("Oskar Malm", "reserved"),
        ("Ebba Lindqvist", "reserved"),
        ("Sara Öberg", "protocol_note"),
    }
    assert by_number["§46"].actions == []


def test_presenting_in_the_jargon_of_minutes() -> None:
    for body in (
        "Anna Berg drar ärendet.",
        "Anna Berg håller en dragning om budgeten.",
        "Anna Berg har en genomgång av budgeten.",
        "Anna Berg kompletterar med information om matdistributionen.",
        "Föredragare: Anna Berg",
        "Anna Berg beskriver budgetläget.",
        "Anna Berg beskrev arbetet med översiktsplanen.",
    ):
        assert _acts(body) == {("Anna Berg", "presented")}, body
    # a motion's author argues in writing: no presentation at the meeting
    motion = "Anna Berg (S) beskriver i sin motion att bussarna är för få."
    assert ("Anna Berg", "presented") not in _acts(motion)


def test_parties_by_bare_code_opening_a_reservation_or_note() -> None:
    assert _acts("SD reserverar sig mot beslutet.") == {("party:SD", "reserved")}
    assert _acts("Reservation\nM, KD och L reserverar sig till förmån för eget yrkande.") == {
        ("party:M", "reserved"),
        ("party:KD", "reserved"),
        ("party:L", "reserved"),
    }
    assert _acts("Beslutet fattas. S lämnar en protokollsanteckning.") == {("party:S", "protocol_note")}
    # a single letter elsewhere is no party
    assert _acts("Bilaga S reserverar plats för kommentarer.") == set()


def test_report_lines_of_an_information_item() -> None:
    from indexer.entities.action_blocks import information_presenters

    text = (
        "• Lokalförsörjning – Anna Berg, lokalstrateg\n"
        "• Ekonomiskt läge - ekonomichef Henrik Dahl\n"
        "• Johanna Persson, kommunsekreterare: Nya arvodesregler\n"
        "• Avsägelse från Sara Öberg (V) har inkommit\n"
    )
    finder = NameFinder(find_persons(HEADER + "Anna Berg, lokalstrateg\n" + text))
    item = Item(number="§3", title="Information från förvaltningen", text=text)
    got = {(a.person, a.kind) for a in information_presenters(item, finder)}
    assert got == {("Anna Berg", "presented"), ("Henrik Dahl", "presented"), ("Johanna Persson", "presented")}
    item = Item(number="§4", title="Budget 2027", text=text)
    assert information_presenters(item, finder) == []


def test_each_phrasing_holds_wherever_a_pdf_breaks_its_line() -> None:
    for sentence, want in (
        ("Kommundirektör Anna Granqvist redogör för budgetuppföljningen.", {("Anna Granqvist", "presented")}),
        ("Lina Berglund (S) besvarar interpellationen.", {("Lina Berglund", "presented")}),
        (
            "Mats Wiklander (SD) har den 12 januari 2026 lämnat en motion om trygghet.",
            {("Mats Wiklander", "raised")},
        ),
        (
            "Socialdemokraterna och Vänsterpartiet reserverar sig.",
            {("party:S", "reserved"), ("party:V", "reserved")},
        ),
        ("Ebba Lindqvist (L) får lämna en protokollsanteckning.", {("Ebba Lindqvist", "protocol_note")}),
        (
            "Anna Berg och Bo Ekström informerar om läget.",
            {("Anna Berg", "presented"), ("Bo Ekström", "presented")},
        ),
    ):
        words = sentence.split(" ")
        for i in range(1, len(words)):
            broken = " ".join(words[:i]) + "\n" + " ".join(words[i:])
            assert _acts(broken) == want, broken


def test_a_party_code_ending_a_matters_title() -> None:
    assert _authors("Motion om fria skolluncher (V)") == {"party:V"}
    assert _authors("Svar på motion om trygghetskameror i centrum (SD)") == {"party:SD"}
    assert _authors("Motion från Sara Öberg (V) om fria skolluncher") == {"Sara Öberg"}
    assert _authors("Budget 2027 (S)") == set()  # no matter authored


def test_notes_entered_for_someone() -> None:
    for body in (
        "Till protokollet antecknas på begäran av Sara Öberg (V) att frågan ska följas upp.",
        "Till protokollet antecknas följande från Sara Öberg (V): Vi anser att …",
        "Anteckning till protokollet\nSara Öberg (V): Vi ser positivt på förslaget.",
        "Anteckning till protokollet: Sara Öberg (V)",
        "Sara Öberg (V) begär att det antecknas till protokollet att hon inte deltar.",
    ):
        assert _acts(body) == {("Sara Öberg", "protocol_note")}, body
    # the secretary's own note about a member is no note of the member's
    assert _acts("Till protokollet antecknas att Sara Öberg (V) inte deltar i beslutet.") == set()


def test_reservations_and_notes_in_the_passive() -> None:
    assert _acts("Reservation mot beslutet anmäls av Oskar Malm (M) och Ebba Lindqvist (L).") == {
        ("Oskar Malm", "reserved"),
        ("Ebba Lindqvist", "reserved"),
    }
    assert _acts("Protokollsanteckning lämnas av Sara Öberg (V).") == {("Sara Öberg", "protocol_note")}
    assert _acts(
        "Reservation\nMot beslutet reserverar sig Moderaterna, Kristdemokraterna och Liberalerna."
    ) == {
        ("party:M", "reserved"),
        ("party:KD", "reserved"),
        ("party:L", "reserved"),
    }


def test_presenters_the_attendance_list_names_with_their_paragraphs() -> None:
    from indexer.extract import extract_text
    from indexer.types import SourceText

    text = (
        "Kommunstyrelsen\nProtokoll\nSammanträdesdatum 2026-05-12\n\n"
        "Beslutande\nLina Berglund (S), ordförande\nOskar Malm (M)\n\n"
        "Övriga närvarande\nAnna Berg, ekonomichef, föredragande §§ 45–46\n"
        "Henrik Dahl, planchef, föredragande § 47\nJohanna Persson, kommunsekreterare\n\n"
        "§ 45 Budget 2027\nKommunstyrelsen föreslår fullmäktige att fastställa budgeten.\n\n"
        "§ 46 Delårsrapport\nKommunstyrelsen godkänner rapporten.\n\n"
        "§ 47 Detaljplan för Norra hamnen\nKommunstyrelsen antar planen.\n"
    )
    ex = extract_text(SourceText(path="ks.txt", sha256="3" * 64, fmt="txt", text=text))
    got = {(it.number, a.person) for it in ex.items for a in it.actions if a.kind == "presented"}
    assert got == {("§45", "Anna Berg"), ("§46", "Anna Berg"), ("§47", "Henrik Dahl")}


# --- party members with a hyphenated code, the region's "särskilt uttalande", a numbered motion -----------


def test_members_named_by_a_hyphenated_party_code() -> None:
    got = _acts("S- och V-ledamöterna lämnade följande protokollsanteckning: Vi vill se en plan.")
    assert got == {("party:S", "protocol_note"), ("party:V", "protocol_note")}
    got = _acts("Mot beslutet reserverar sig SD-ledamöterna.")
    assert got == {("party:SD", "reserved")}


def test_a_special_statement_is_a_note_to_the_protocol() -> None:
    got = _acts("Mats Wiklander (SD) lämnar ett särskilt uttalande.\n\nSärskilda uttalanden anmäls.")
    assert got == {("Mats Wiklander", "protocol_note")}
    got = _acts("Moderaternas ledamöter anmäler ett gemensamt särskilt uttalande, bilaga 2.")
    assert got == {("party:M", "protocol_note")}


def test_a_numbered_motion_and_its_author_in_a_title() -> None:
    assert _authors("Svar på interpellation nr 4 av Sara Öberg (V) angående simhallen") == {"Sara Öberg"}
    assert _authors("Motion 2025/31 av Ebba Lindqvist (L) och Fatima Yilmaz (C)") == {
        "Ebba Lindqvist", "Fatima Yilmaz"}  # fmt: skip


# --- a list of officials title first, groups proposing with "m.fl.", passive reservations, letters ---------


def test_officials_listed_title_first_in_a_sentence() -> None:
    header = HEADER.replace(
        "Övriga närvarande\nHenrik Dahl, ekonomichef\nJohanna Persson, kommunsekreterare\n",
        "Övriga närvarande\nKommundirektör Henrik Dahl, planchef Karin Borg och kommunsekreterare Johanna "
        "Persson.\n",
    )
    persons = {p.name: p for p in find_persons(header)}
    assert {n: persons[n].title for n in ("Henrik Dahl", "Karin Borg", "Johanna Persson")} == {
        "Henrik Dahl": "kommundirektör",
        "Karin Borg": "planchef",
        "Johanna Persson": "kommunsekreterare",
    }
    # "Planchef Karin Borg föredrar": the title before her name is hers, not the one it named before
    assert _acts("Planchef Karin Borg föredrar ärendet.", header) == {("Karin Borg", "presented")}
    # titles after the names, the cells of a table run together: each title is the name's before it
    after = HEADER.replace(
        "Övriga närvarande\nHenrik Dahl, ekonomichef\nJohanna Persson, kommunsekreterare\n",
        "Övriga närvarande\nHenrik Dahl, kommundirektör Karin Borg, planchef Johanna Persson, "
        "kommunsekreterare\n",
    )
    persons = {p.name: p for p in find_persons(after)}
    assert {n: persons[n].title for n in ("Henrik Dahl", "Karin Borg", "Johanna Persson")} == {
        "Henrik Dahl": "kommundirektör",
        "Karin Borg": "planchef",
        "Johanna Persson": "kommunsekreterare",
    }


def test_a_group_proposing_with_its_parties_after_m_fl() -> None:
    got = _acts("Oskar Malm m.fl. (M, KD) yrkar avslag. Sara Öberg med flera (V, MP) yrkar bifall.")
    assert got == {("Oskar Malm", "proposed"), ("Sara Öberg", "proposed")}


def test_reservations_and_statements_made_by_a_long_list() -> None:
    body = (
        "Reservation gjordes av Oskar Malm (M), Per-Olof Strand (KD), Ebba Lindqvist (L) och Mats Wiklander "
        "(SD). Särskilt yttrande anfördes av Sara Öberg (V)."
    )
    assert _acts(body) == {("Oskar Malm", "reserved"), ("Per-Olof Strand", "reserved"),
                           ("Ebba Lindqvist", "reserved"), ("Mats Wiklander", "reserved"),
                           ("Sara Öberg", "protocol_note")}  # fmt: skip


def test_a_members_letter_raises_its_matter_and_a_residents_does_not() -> None:
    assert _authors("Svar på skrivelse från Fatima Yilmaz (C) angående gatubelysningen") == {"Fatima Yilmaz"}
    assert _authors("Skrivelse från Henrik Dahl om parkering") == set()
