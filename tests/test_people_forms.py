"""People in the forms kommuner print them (issue 9 part 5): names broken over lines or hyphenated, inverted
list names, middle initials, spelling variants in one document, local parties, replaced members, and
streets or squares that are not people."""

from __future__ import annotations

from indexer.entities import annotate as entities
from indexer.entities.local_parties import local_party_codes
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


def test_two_listed_members_one_letter_apart_stay_two() -> None:
    text = "Beslutande\nAnna Persson (S)\nAnna Pehrsson (S)\n\nAnna Persson (S) yrkar bifall."
    assert set(_by_name(text)) == {"Anna Persson", "Anna Pehrsson"}
