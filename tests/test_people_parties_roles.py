"""People, parties and who did what in the forms every kommun prints them (issue 9 parts 4-5): people named
only as what an item is about (resigning, elected, replaced, away, sent a decision), places named after
someone, a name printed with and without its middle name, roles in a name cell, local parties written out,
role-only actors, presenters joined by "och", passive and answering verbs, and regions in other bodies'
names. Each test is a small text written for the rule."""

from __future__ import annotations

from indexer.entities import annotate as entities
from indexer.entities.actions import ActionContext, find_actions
from indexer.entities.doc_actions import title_authors
from indexer.entities.local_parties import local_party_codes, local_party_names
from indexer.entities.nlp import gazetteer_entities
from indexer.entities.parties import local_parties
from indexer.entities.people import NameFinder, find_persons
from indexer.entities.places import regions
from indexer.entities.rolewords import RoleWords
from indexer.types import DocMeta, Extraction, Item

HEADER = (
    "Beslutande\nLina Berglund (S), ordförande\nOskar Malm (M), vice ordförande\nSara Öberg (V)\n"
    "Mats Wiklander (SD)\nFatima Yilmaz (C)\n\nÖvriga närvarande\nHenrik Dahl, ekonomichef\n"
    "Johanna Persson, kommunsekreterare\n\n"
)


def _names(text: str) -> set[str]:
    return {p.name for p in find_persons(text)}


def _acts(body: str, header: str = HEADER) -> set[tuple[str, str]]:
    """The actions of `body` read as one item of a protocol with `header`, local parties included."""
    text = header + body
    codes = local_party_codes(text)
    with local_parties(codes, local_party_names(text, codes)):
        persons = find_persons(text)
        chair = next((p for p in persons if "ordförande" in p.roles), None)
        found = find_actions(
            body, ActionContext(NameFinder(persons), chair, RoleWords(persons), minutes=True)
        )
    return {(a.person or f"party:{a.party}", a.kind) for a in found}


# --- people named only as what an item is about ----------------------------------------------------------


def test_replaced_member_after_a_line_break_between_ersattare_and_for() -> None:
    text = HEADER + "Johan Alm (KD), tjänstgörande ersättare\nför Sofia Berg (KD)\n"
    names = _names(text)
    assert "Johan Alm" in names and "Sofia Berg" not in names


def test_replaced_members_in_a_tjanstgor_for_column() -> None:
    text = (
        "Namn\tParti\tNärvaro\tTjänstgör för\nAnn-Marie Quist\tS\tNärvarande\n"
        "Ebba Lundqvist\tS\tTjänstgörande ersättare\tDavid Eriksson (S)\nRune Ljungberg\tMP\tNärvarande\n"
    )
    names = _names(text)
    assert {"Ann-Marie Quist", "Ebba Lundqvist", "Rune Ljungberg"} <= names
    assert "David Eriksson" not in names


def test_members_marked_away_in_their_row() -> None:
    text = (
        "Ledamot\tParti\tNärvaro\tErsättare\nUlla Sjölund\tS\tFrånvarande\nKent Lindgren\tS\tNärvarande\n"
        "Maria Tidholm – frånvarande\tS\tLisa Zetterlund (S)\nPer Holm\tM\tNärvarande\n"
    )
    names = _names(text)
    assert {"Kent Lindgren", "Lisa Zetterlund"} <= names
    assert "Ulla Sjölund" not in names and "Maria Tidholm" not in names


def test_an_away_member_who_acts_is_kept() -> None:
    text = (
        "Ledamot\tParti\tNärvaro\nUlla Sjölund\tS\tFrånvarande\n\n§ 4\nUlla Sjölund (S) har lämnat en motion."
    )
    assert "Ulla Sjölund" in _names(text)


def test_people_resigning_nominated_or_elected_are_no_participants() -> None:
    body = (
        "§ 206 Avsägelse av uppdrag\nIngrid Moberg (KD) har i skrivelse 2026-10-21 avsagt sig uppdraget. "
        "Valberedningen föreslår att Johan Ågren (KD) väljs som ny ersättare för återstoden av perioden.\n"
        "§ 207 Val\nValberedningen föreslår Anton Ek (M) som ny ersättare i socialnämnden.\n"
        "§ 208 Val\nStina Axelsson (C) entledigas från uppdraget. Till ny ersättare för tiden till och med "
        "2026-12-31 väljs Klara Fjellström (C).\n"
        "§ 209 Meddelanden\nLänsstyrelsen, beslut om ny ledamot i kommunfullmäktige efter Per Sundin (SD).\n"
    )
    names = _names(HEADER + body)
    for subject in ("Ingrid Moberg", "Johan Ågren", "Anton Ek", "Stina Axelsson", "Klara Fjellström"):
        assert subject not in names
    assert "Per Sundin" not in names
    assert ("Johan Ågren", "proposed") not in _acts(body)  # the valberedning proposes, not he


def test_justerare_chosen_are_still_people() -> None:
    assert "Sara Öberg" in _names(HEADER + "§ 1\nTill justerare utses Sara Öberg (V).")


def test_whom_a_decision_is_sent_to_is_no_participant() -> None:
    text = (
        HEADER + "§ 117 Avsägelse\nBeslut\nAvsägelsen beviljas.\n"
        "Expedieras: Länsstyrelsen i Uppsala län, Ola Sten, Löneenheten\n\n"
        "§ 118 Motion\nBeslutet skickas till\nMotionärerna\nKarin Lund\nKommunledningsförvaltningen\n"
        "Justerat 2026-04-28\nRätt utdraget intygar\n........\nMalin Rydqvist\nKommunsekreterare\n\n"
        "§ 119 Fyllnadsval\nBeslut\nAvsägelsen beviljas.\nExpedieras\n"
        "Lisa Holm, Oskar Lund, socialnämnden, löneenheten, förtroendemannaregistret\n"
    )
    names = _names(text)
    assert "Ola Sten" not in names and "Karin Lund" not in names
    assert "Lisa Holm" not in names and "Oskar Lund" not in names
    assert "Malin Rydqvist" in names  # the signature under the list is the secretary's


# --- names printed in other forms -------------------------------------------------------------------------


def test_inverted_rows_with_the_party_after_a_comma_and_an_unknown_first_name() -> None:
    text = (
        "Beslutande\nGustafsson, Lars-Erik, C\tordförande\nÖberg, Anna, S\nPettersson, Jan, M\n\n"
        "Ersättare\nBjörk, Elin, V\n\n"
        "Beslutande  Lindström, Eva-Lena (S), ordförande\n            Yilmaz, Deniz (S)\n"
        "            Åkesson, Birgitta (KD)\nErsättare   Nordin, Jesper (M)\n            Falk, Amira (S)\n"
    )
    people = {p.name: p for p in find_persons(text)}
    assert people["Elin Björk"].party == "V"
    assert people["Amira Falk"].party == "S"
    assert "Björk Elin" not in people and "Falk Amira" not in people


def test_a_first_name_the_document_prints_first_keeps_a_table_row_in_normal_order() -> None:
    text = (
        "Ledamot\tParti\nLund Gustav\tS\nRask Emma\tS\nSamir Falk\tM\nÖberg Maja\tV\n\n"
        "Justerare: Samir Jonsson (C) och Josefin Edlund (SD)\n"
    )
    names = _names(text)
    assert {"Gustav Lund", "Emma Rask", "Maja Öberg", "Samir Falk"} <= names
    assert "Falk Samir" not in names
    # a name printed surname first outside the table teaches no first name
    text = (
        "Ledamot\tParti\tRoll\nSandgren Elias\tS\tLedamot, §§ 78–82\nLund Gustav\tS\tLedamot\n"
        "Jansson Maj-Britt\tS\tTjänstgörande ersättare för Sandgren Elias (S), §§ 83–86\n"
    )
    assert "Elias Sandgren" in _names(text)


def test_party_and_role_after_dashes_in_a_list() -> None:
    people = {
        p.name: p for p in find_persons("Beslutande\nAnna Ek – S – ordförande\nBo Berg – M\nCarin Lund – V\n")
    }
    assert people["Anna Ek"].party == "S" and "ordförande" in people["Anna Ek"].roles
    assert people["Bo Berg"].party == "M"


def test_places_named_after_someone_are_no_people() -> None:
    text = (
        HEADER + "§ 3 Detaljplan för Gustav Vasa 4 m.fl., Storgatan\nPlanen gäller kvarteret Gustav Vasa "
        "vid Storgatan. Belysning vid Carl Larsson-skolan och längs Gustav Vasas väg.\n"
        "Anna Lund (S) yrkar bifall.\n"
    )
    names = _names(text)
    assert "Gustav Vasa" not in names and "Carl Larsson" not in names
    assert "Anna Lund" in names


def test_a_name_without_its_middle_name_is_the_listed_person() -> None:
    header = (
        "Beslutande\nJonas Fredrik Holm (S), vice ordförande\nLena Åkesson (SD)\nPer Lind (M), ordförande\n\n"
    )
    body = "Jonas Holm (S) yrkar att motionen ska bifallas.\nReservation\nLena Åkesson (SD) reserverar sig."
    persons = find_persons(header + body)
    assert [p.name for p in persons if "Holm" in p.name] == ["Jonas Fredrik Holm"]
    assert ("Jonas Fredrik Holm", "proposed") in _acts(body, header)


def test_a_short_name_two_fuller_names_share_stays_apart() -> None:
    header = "Beslutande\nJonas Fredrik Holm (S)\nJonas Erik Holm (S)\nPer Lind (M), ordförande\n\n"
    names = _names(header + "Jonas Holm (S) yrkar bifall.")
    assert {"Jonas Fredrik Holm", "Jonas Erik Holm", "Jonas Holm"} <= names  # the short form tells no one


def test_role_after_the_name_in_a_table_cell_makes_the_chair() -> None:
    header = (
        "Namn\tParti\tNärvaro\nAnn-Marie Quist, ordförande\tS\tNärvarande\n"
        "Bengt Fors, 1:e vice ordförande\tM\tNärvarande\nCarina Sjödin\tS\tNärvarande\n\n"
    )
    people = {p.name: p for p in find_persons(header)}
    assert "ordförande" in people["Ann-Marie Quist"].roles
    assert "vice ordförande" in people["Bengt Fors"].roles
    body = "På förslag av ordföranden beslutar kommunfullmäktige att överlämna förslaget."
    assert _acts(body, header) == {("Ann-Marie Quist", "proposed")}


# --- local parties written out ----------------------------------------------------------------------------


def test_local_party_names_from_the_document_key() -> None:
    text = (
        "Rickard Lind (HP)\nJohanna Pihl (HP)\nHP = Håbopartiet\n"
        "Ali Hassan, Olofströmsalternativet (OA)\nEva Berg (OA)\nBo Ek (OA)\n"
        "Lars-Erik Holm (Kustlistan i Tanum, KLT)\nOskar Lindahl (KLT)\nAnna Ek (KLT)\n"
    )
    codes = local_party_codes(text)
    assert {"HP", "OA", "KLT"} <= codes
    assert local_party_names(text, codes) == {
        ("Håbopartiet", "HP"),
        ("Olofströmsalternativet", "OA"),
        ("Kustlistan i Tanum", "KLT"),
    }


def test_a_person_before_a_local_code_is_no_party_name() -> None:
    text = "Olivia Persson (EF)\nHugo Berglund (EF)\nEk Anna (EF)\n"
    assert local_party_names(text, local_party_codes(text)) == frozenset()


def test_actions_of_local_parties_by_their_written_names() -> None:
    header = (
        HEADER + "Rickard Lind (HP)\nJohanna Pihl (HP)\nLars Holm (OA)\nEva Berg (OA)\n\nHP = Håbopartiet\n"
    )
    header += "OA = Olofströmsalternativet\n\n"
    body = (
        "Reservationer\nHåbopartiets ledamöter reserverar sig mot beslutet.\n\n"
        "Sverigedemokraterna och Olofströmsalternativet reserverar sig till förmån för eget yrkande."
    )
    assert _acts(body, header) == {
        ("party:HP", "reserved"),
        ("party:SD", "reserved"),
        ("party:OA", "reserved"),
    }


# --- who did what -----------------------------------------------------------------------------------------


def test_yrkande_label_with_a_dash() -> None:
    assert _acts("Yrkande: Lina Berglund (S) – bifall till arbetsutskottets förslag.") == {
        ("Lina Berglund", "proposed")
    }


def test_chair_by_role_only() -> None:
    assert _acts("Ordföranden yrkar bifall till arbetsutskottets förslag.") == {("Lina Berglund", "proposed")}


def test_two_presenters_joined_by_och_with_where_they_come_from() -> None:
    header = HEADER + "Olle Nyström, samhällsbyggnadschef\nFatima Ali, planarkitekt\n\n"
    body = (
        "Dnr KS 2025/1122\nÄrendebeskrivning\n"
        "Olle Nyström och Fatima Ali från samhällsbyggnadsförvaltningen presenterar\nförslaget."
    )
    assert _acts(body, header) == {("Olle Nyström", "presented"), ("Fatima Ali", "presented")}


def test_a_matter_raised_in_the_passive() -> None:
    assert _acts("Ärendet väcks av Mats Wiklander (SD).") == {("Mats Wiklander", "raised")}


def test_answering_a_question_with_svarar_att() -> None:
    body = "Sara Öberg (V) ställer en fråga om snöröjningen. Ekonomichef Henrik Dahl svarar att det utreds."
    assert _acts(body) == {("Sara Öberg", "raised"), ("Henrik Dahl", "presented")}


def test_the_secretary_is_never_a_justerare() -> None:
    text = (
        "Beslutande\nAnna-Karin Ek (S), ordförande\nEva Stål (C)\nTomas Rask (V)\n"
        "Justerare\nUlla Bäckström, kommunsekreterare\n\n"
    )
    body = "Att jämte ordföranden justera protokollet utses Eva Stål (C) och Tomas Rask (V)."
    text += "§ 201 Val av justerare\n" + body + "\n"
    item = Item(number="§201", title="Val av justerare", text=body)
    ex = Extraction(
        source="x.txt", sha256="0" * 64, fmt="txt", meta=DocMeta(doc_type="protokoll"), items=[item]
    )
    entities.annotate(ex, text)
    assert {(a.person, a.kind) for a in item.actions} == {
        ("Eva Stål", "justerare"),
        ("Tomas Rask", "justerare"),
    }
    ulla = next(p for p in ex.persons if p.name == "Ulla Bäckström")
    assert "justerare" not in ulla.roles


# --- regions ----------------------------------------------------------------------------------------------


def test_a_body_named_after_its_county_is_no_region() -> None:
    text = "Pensionärer ska resa avgiftsfritt med Länstrafiken i Norrbotten inom kommunen."
    assert regions(text, gazetteer_entities(text), []) == []
    text = "Region Norrbotten och Länstrafiken i Norrbotten har samrått."
    assert regions(text, gazetteer_entities(text), []) == ["Region Norrbotten"]


def test_supporting_anothers_yrkande_with_bifaller() -> None:
    body = (
        "Sara Öberg (V) yrkar återremiss.\n"
        "Mats Wiklander (SD) och Fatima Yilmaz (C) bifaller Sara Öbergs återremissyrkande.\n"
        "Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Sara Öbergs yrkande."
    )
    assert _acts(body) == {
        ("Sara Öberg", "proposed"),
        ("Mats Wiklander", "proposed"),
        ("Fatima Yilmaz", "proposed"),
    }


def test_the_chair_proposing_the_order_of_propositions_is_no_yrkande() -> None:
    body = (
        "Oskar Malm (M) yrkar avslag.\nOrdföranden föreslår att först utse motförslag till huvudförslaget. "
        "Ordföranden föreslår följande propositionsordning."
    )
    assert _acts(body) == {("Oskar Malm", "proposed")}


def test_a_region_in_a_letterhead_in_capitals_and_the_county_board_in_lower_case() -> None:
    text = "REGION GÄVLEBORG                PROTOKOLL\nRegionfullmäktige\n"
    assert regions(text, gazetteer_entities(text), []) == ["Region Gävleborg"]
    text = "Beslut att begära ny sammanräkning hos länsstyrelsen i\nSkåne län."
    assert regions(text, gazetteer_entities(text), []) == []


def test_a_party_raises_a_motion_only_where_no_member_of_it_is_named_its_author() -> None:
    header = HEADER + "Gustav Persson (V)\n\n"
    finder = NameFinder(find_persons(header))
    item = Item(
        number="§42",
        title="Svar på motion från Gustav Persson (V) om sommarlovsaktiviteter",
        text="Beslutsunderlag\nMotion från Vänsterpartiet 2025-06-12\nTjänsteskrivelse 2025-10-01",
    )
    assert {(a.person or f"party:{a.party}") for a in title_authors(item, finder)} == {"Gustav Persson"}
    item = Item(number="§43", title="Motion från Vänsterpartiet om sommarlovsaktiviteter", text="")
    assert {(a.person or f"party:{a.party}") for a in title_authors(item, finder)} == {"party:V"}


def test_a_partys_single_member_by_its_code() -> None:
    assert _acts("V-ledamoten reserverar sig mot beslutet.") == {("party:V", "reserved")}


def test_abbreviated_roles_in_a_list() -> None:
    text = (
        "Beslutande\nAnna Ek (S) ordf.\nBo Berg (M) v. ordf.\nDavid Holm (SD) tjg. ers. för Eva Falk (SD)\n"
    )
    people = {p.name: p for p in find_persons(text)}
    assert "vice ordförande" in people["Bo Berg"].roles
    assert "tjänstgörande ersättare" in people["David Holm"].roles
    assert "Eva Falk" not in people


def test_genitive_proposers_sharing_one_noun() -> None:
    body = "Ordföranden ställer proposition på Sara Öbergs (V) och Mats Wiklanders (SD) yrkanden."
    assert _acts(body) == {("Sara Öberg", "proposed"), ("Mats Wiklander", "proposed")}
