"""People: attendance blocks, two-column lines, labels, running text, name keys, party rules."""

from __future__ import annotations

import pytest

from indexer.entities.people import NameFinder, find_persons, parties_compatible, person_key
from indexer.types import Person


def _by_name(text: str) -> dict[str, Person]:
    return {p.name: p for p in find_persons(text)}


KUNGSBACKA_HEADER = """KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen

Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 13.00–13.40
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Lisa Andersson (M), Ordförande Berit Bergström (M) ersätter Axel
Fredrik Hansson (C), 1:e vice ordförande Storckenfeldt (M)
Magdalena Sundqvist (S), 2:e vice
ordförande
Emanuel Forsell (M)

Övriga närvarande Ersättare                 Tjänstemän
Niclas Nilsson (M)            Patrik Johansson, kommunsekreterare
Erik Lindqvist (M)            Malin de Verdier, kommundirektör
Rickard Vidlund, kommundirektör (från
§ 287)

Plats och tid för justering Digital justering

Sekreterare   Patrik Johansson              Paragrafer § 181-200

Ordförande    Lisa Andersson

Protokolljusterare Maria Gathendahl
"""


def test_two_column_attendance() -> None:
    people = _by_name(KUNGSBACKA_HEADER)
    assert people["Lisa Andersson"].party == "M"
    assert {"ledamot", "ordförande"} <= set(people["Lisa Andersson"].roles)
    assert "vice ordförande" in people["Fredrik Hansson"].roles
    assert "tjänstgörande ersättare" in people["Berit Bergström"].roles
    # "ersätter Axel" + "Storckenfeldt (M)" on the next line: the replaced member was absent (GOLD_FORMAT:
    # persons are those taking part), and the surname does not start a person of its own
    assert "Axel Storckenfeldt" not in people and "Storckenfeldt" not in " ".join(people)
    assert people["Niclas Nilsson"].roles == ["ersättare"]
    assert people["Patrik Johansson"].title == "kommunsekreterare"
    assert {"tjänsteperson", "sekreterare"} <= set(people["Patrik Johansson"].roles)
    assert people["Malin de Verdier"].title == "kommundirektör"
    assert people["Rickard Vidlund"].title == "kommundirektör"
    assert "justerare" in people["Maria Gathendahl"].roles
    assert not any(n.startswith(("Ordförande", "Storckenfeldt", "Kungsbackarummet")) for n in people)


def test_header_and_markdown_lists_with_lower_case_parties() -> None:
    text = (
        "**Beslutande ledamöter:** Jakob Eiserman (s) ordförande  \nPeter Bodemyr (v)  \n"
        "Margareta Mahmoud Persson (kd)  \n\n**Övriga närvarande:** Stefan Nilsson (kd)  \n"
        "Christine Jonsson, beställarchef  \nLena Weinstock Svedh, kval handläggare\n\n"
        "1\tMötet öppnas\tOrdförande Jakob Eiserman öppnar mötet.\n\nAnteckning gjord av Lena Weinstock Svedh"
    )
    people = _by_name(text)
    assert people["Jakob Eiserman"].party == "S"
    assert "ordförande" in people["Jakob Eiserman"].roles
    assert people["Margareta Mahmoud Persson"].party == "KD"
    assert people["Stefan Nilsson"].roles == ["närvarande"]
    assert people["Christine Jonsson"].title == "beställarchef"
    assert "sekreterare" in people["Lena Weinstock Svedh"].roles
    assert "Mötet" not in " ".join(people)


def test_table_row_list_with_roles_and_places() -> None:
    text = (
        "Beslutande ledamöter\tMikael Andersson Elfgren (M) (Ordförande), Malin Gabrielsson (KD), "
        "Kenneth Östberg (S) (Andre vice ordförande), Stellan Lund (M) (Kungsör), "
        "Johanna Olofsson (M) (Tredje vice ordförande) (Surahammar)\n"
        "Övriga närvarande\tMaria Linder (regiondirektör) Karolina Berglund (kommunchef Fagersta)\n"
        "Utses att justera\tAmanda Lindblad\n"
        "Underskrifter\tSekreterare Elin Hellström Ordförande Mikael Andersson Elfgren "
        "Justerande Amanda Lindblad\n"
    )
    people = _by_name(text)
    assert "ordförande" in people["Mikael Andersson Elfgren"].roles
    assert "andre vice ordförande" in people["Kenneth Östberg"].roles
    assert people["Stellan Lund"].affiliation == "Kungsör"  # "Lund" is a kommun and a surname
    assert "tredje vice ordförande" in people["Johanna Olofsson"].roles
    assert people["Johanna Olofsson"].affiliation == "Surahammar"
    assert people["Maria Linder"].title == "regiondirektör"
    assert people["Karolina Berglund"].title == "kommunchef"
    assert people["Karolina Berglund"].affiliation == "Fagersta"
    assert "justerare" in people["Amanda Lindblad"].roles
    assert "sekreterare" in people["Elin Hellström"].roles


def test_signature_labels_and_titles() -> None:
    text = (
        "Vid anteckningarna:\n\nÅsa Jackson\n\nJusterat av:\n\nIsabelle Alknäs\n\n"
        "I tjänsten\nHans Svensson\nRegiondirektör\n\n"
        "Gäster: Bengt Hilmersson (Boråsregionens kommunalförbund), Jeanette Olsson (ordf. SSN).\n"
    )
    people = _by_name(text)
    assert "sekreterare" in people["Åsa Jackson"].roles
    assert "justerare" in people["Isabelle Alknäs"].roles
    assert "tjänsteperson" in people["Hans Svensson"].roles
    assert people["Bengt Hilmersson"].affiliation == "Boråsregionens kommunalförbund"
    assert people["Jeanette Olsson"].title == "ordförande SSN"
    assert "ordförande" not in people["Jeanette Olsson"].roles  # chair of another body


def test_running_text_people_and_non_people() -> None:
    text = (
        "Marie Svensson, verksamhetsutvecklare Division Nära vård, presenterar modellen. "
        "Jessica Isaksson och Lisbet Gibson redovisar hur långt vi kommit i Region Västmanland. "
        "Mötet avslutas. Ordföranden tackar. Justerandes signatur. Kommunstyrelsens förvaltning. "
        "Mötet hölls på Elof Lindälvs gymnasium. Nöjd Kund Index redovisas."
    )
    people = _by_name(text)
    assert set(people) == {"Marie Svensson", "Jessica Isaksson", "Lisbet Gibson"}
    assert people["Marie Svensson"].title == "verksamhetsutvecklare Division Nära vård"


def test_names_broken_over_lines_and_genitives() -> None:
    text = (
        "Reservation\nJohan Tolinsson (S), Jan-Christer\nJansson (V) och Helen\nThylin (S) reserverar sig. "
        "Anna-\nKarin Granberg (SD) stödjer. Ordförande finner att nämnden bifaller Susanne Anderssons (SD) "
        "yrkande.\nSusanne Andersson (SD) yrkar bifall.\n\nUndertecknat av\nHelene Thylin\n"
    )
    people = _by_name(text)
    assert {"Johan Tolinsson", "Jan-Christer Jansson", "Helen Thylin", "Anna-Karin Granberg"} <= set(people)
    assert "Susanne Anderssons" not in people and "Susanne Andersson" in people
    assert "Helene Thylin" not in people  # the signature spelling folds into Helen Thylin (S)
    assert "Helene Thylin" in people["Helen Thylin"].spellings
    assert "Karin Granberg" not in people


def test_first_name_alone_resolves_within_the_document() -> None:
    people = find_persons("Elsy Bäckström och Jessica Isaksson föredrar punkten. Anna Fremner deltar.")
    finder = NameFinder(people)
    found = [(p.name, "Elsy går igenom"[s:e]) for s, e, p in finder.find("Elsy går igenom")]
    assert found == [("Elsy Bäckström", "Elsy")]
    # Two people with one first name: the first name alone names no one.
    two = NameFinder([Person("Anna Ek"), Person("Anna Berg")])
    assert two.find("Anna går igenom") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Anna-Karin Granberg", "anna karin  granberg"),
        ("Renée Sylvan", "Renee Sylvan"),
        ("Cecilia von Alten", "Cecilia Von Alten"),
    ],
)
def test_person_key_equal(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)


def test_person_key_keeps_swedish_letters() -> None:
    assert person_key("Åsa Öberg") != person_key("Asa Oberg")


def test_parties_compatible() -> None:
    assert parties_compatible("S", None)
    assert parties_compatible(None, None)
    assert parties_compatible("(s)", "S")
    assert parties_compatible("FP", "L")
    assert not parties_compatible("S", "M")


def test_vote_table_with_party_column() -> None:
    text = (
        "Omröstning\n| Ledamot | Parti | Ja | Nej |\n| --- | --- | --- | --- |\n"
        "| Anna Ek | S | X |  |\n| Bo Berg | M |  | X |\n| Summa |  | 1 | 1 |\n"
    )
    assert {(p.name, p.party) for p in find_persons(text)} == {("Anna Ek", "S"), ("Bo Berg", "M")}


def test_label_with_two_names_and_absent_members() -> None:
    text = (
        "Beslutande: Anna Ek (S), ordförande, Bo Berg (M)\n"
        "Frånvarande: Carl Svensson (C)\n\n"
        "Justerare: Anna Ek (S) och Bo Berg (M)\n"
    )
    people = _by_name(text)
    assert "ordförande" in people["Anna Ek"].roles
    assert "justerare" in people["Anna Ek"].roles and "justerare" in people["Bo Berg"].roles
    # named only as absent: no person of the meeting (GOLD_FORMAT: people taking part or acting)
    assert "Carl Svensson" not in people


def test_stacked_signature_columns() -> None:
    text = (
        "\n\nLisa Andersson                    Patrik Johansson\n"
        "ordförande                        kommunsekreterare\n"
    )
    people = _by_name(text)
    assert "ordförande" in people["Lisa Andersson"].roles
    assert "sekreterare" in people["Patrik Johansson"].roles
    assert people["Patrik Johansson"].title == "kommunsekreterare"


def test_unlisted_first_names_before_a_title_or_a_verb() -> None:
    text = (
        "Somayeh Jamshidi, ekonom, informerar nämnden. Kasra Hassirian redogör för läget.\n"
        "Anna Ek, kommunalråd (S), inleder. Region Halland informerar. Nämnden informerar."
    )
    people = _by_name(text)
    assert set(people) == {"Somayeh Jamshidi", "Kasra Hassirian", "Anna Ek"}
    assert people["Anna Ek"].party == "S"


def test_lists_side_by_side_each_name_after_its_own_party() -> None:
    # Ledamöter and tjänstgörande ersättare printed beside each other, each with its party cell first
    text = (
        "Beslutande\n\n"
        "Parti   Ledamot                               Parti   Tjänstgörande ersättare\n"
        "S       Kent Kaya                             S       Leif Palm\n"
        "S       Ola Sjödin                            M       Marie-Louise Åkerlund Nilsson\n"
        "S       Stefan Marklund\n\n"
    )
    got = {p.name: p.party for p in find_persons(text)}
    assert got == {
        "Kent Kaya": "S",
        "Leif Palm": "S",
        "Ola Sjödin": "S",
        "Marie-Louise Åkerlund Nilsson": "M",
        "Stefan Marklund": "S",
    }
    # a line that starts with a name keeps each party after its name
    beside = "Beslutande\n\nAnna Ekström       S       Bo Bergman       M\n\n"
    assert {p.name: p.party for p in find_persons(beside)} == {"Anna Ekström": "S", "Bo Bergman": "M"}
