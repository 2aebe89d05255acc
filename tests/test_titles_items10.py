"""Titles and pages of new kommuners' layouts (session 6, kommuner10): rules on cues Swedish minutes share,
each tested on an invented text in another layout than the document that showed the need.
"""

from __future__ import annotations

from pathlib import Path

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.segment.split import segment
from indexer.types import Item


def _items(text: str) -> list[Item]:
    cleaned = clean_text(text)
    return segment(cleaned, detect_meta(cleaned))


# A PDF's text layer of a two-column protocol: "§ 31" and "Diarienr: …" in a narrow left column, cut from
# the title's and the body's lines by a tab; the title's second line stands beside the case number.
SIDE_COLUMN_DNR = """Byggnadsnämnden
Protokoll 2026-03-12
§ 31\tAnsökan om bygglov för nybyggnad av flerbostadshus på
Diarienr: BN 2026/77\tfastigheten Lärkan 4
\tSökanden ansöker om bygglov för tre flerbostadshus i fyra våningar.
\tBeslut
\tBygglov beviljas.
§ 32\tAnmälan av delegationsbeslut
Diarienr: BN 2026/2\tFörvaltningen redovisar beslut fattade på delegation under februari.
\tBeslut
\tRedovisningen läggs till handlingarna.
§ 33\tTillsyn av ovårdad tomt, kvarteret
Diarienr: BN 2025/301\tsmedjan, beslut om föreläggande
\tNämnden har vid tillsyn konstaterat att tomten är ovårdad.
"""


def test_a_title_goes_on_beside_the_case_number_in_a_left_column() -> None:
    items = _items(SIDE_COLUMN_DNR)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§31", "Ansökan om bygglov för nybyggnad av flerbostadshus på fastigheten Lärkan 4", ["BN 2026/77"]),
        ("§32", "Anmälan av delegationsbeslut", ["BN 2026/2"]),  # the body beside the number is no title
        ("§33", "Tillsyn av ovårdad tomt, kvarteret smedjan, beslut om föreläggande", ["BN 2025/301"]),
    ]
    assert "Förvaltningen redovisar" in items[1].text
    assert items[0].text.lstrip().startswith("Sökanden")


# A § line with two case numbers at the right margin, one under the other, between the title's two lines.
TWO_NUMBERS_AT_THE_MARGIN = """Regionfullmäktige
Protokoll 2026-05-19
§ 40\tInformation om regionens ekonomi
Regiondirektören informerar om utfallet efter april.
§ 41\tSamverkansavtal om ambulanssjukvård med grannregionen,\tRS 2026/118
HSN 2026/77
avtal och finansiering
Regionstyrelsen föreslår att avtalet godkänns.
§ 42\tVal av revisor för
RS 2026/9
Regionfullmäktige väljer Anna Holm (M) till revisor.
"""


def test_a_second_case_number_between_the_title_lines() -> None:
    items = _items(TWO_NUMBERS_AT_THE_MARGIN)
    assert items[1].title == "Samverkansavtal om ambulanssjukvård med grannregionen, avtal och finansiering"
    assert items[1].diarienummer == ["RS 2026/118", "HSN 2026/77"]
    # the body under a case number starts with a capital: the title does not go on into it
    assert items[2].title == "Val av revisor för"
    assert items[2].diarienummer == ["RS 2026/9"]


def test_runs_that_overlap_are_read_once() -> None:
    from indexer.read.pdf_overlap import untangle_overlaps
    from indexer.read.pdf_rows import Row, Run

    row = Row(
        [Run(90, 300, 386, 312, "Bygglov för carport på B"), Run(380, 301, 442, 311, "å BN 2025/12 ")],
        312,
        300,
    )
    untangle_overlaps([row])
    assert [r.text.strip() for r in row.runs] == ["Bygglov för carport på", "BN 2025/12"]
    apart = Row([Run(10, 0, 50, 10, "Nej"), Run(60, 0, 90, 10, "Nej")], 10, 0)
    untangle_overlaps([apart])
    assert [r.text for r in apart.runs] == ["Nej", "Nej"]  # runs that do not overlap keep their text


def test_a_region_organ_meeting_in_a_town_is_the_regions() -> None:
    from indexer.meta.detect import detect_meta

    body = (
        "{organ}\nProtokoll 2026-04-14\nTid och plats: kl. 09.00–12.00, Regionens hus, Halmstad\n"
        "§ 12\tÅrsredovisning 2025\n{organ} godkänner årsredovisningen för Region Halland.\n"
    )
    region = detect_meta(clean_text(body.format(organ="Regionstyrelsen")))
    assert region.organization == "Region Halland"
    kommun = detect_meta(clean_text(body.format(organ="Kommunstyrelsen")))
    assert kommun.organization != "Region Halland"  # a kommun's organ: the meeting place still says whose


def test_a_presenter_cell_with_a_capitalised_title_before_the_name(tmp_path: Path) -> None:
    from indexer.extract import extract_file

    text = (
        "Kallelse till sammanträde med socialnämnden 2026-03-18\n\n"
        "Ärendelista\n"
        "Nr\tÄrende\tFöredragande\n"
        "1\tMånadsrapport februari 2026\tSocialchef Elin Berglund\n"
        "2\tIntern kontrollplan 2026\tNämndens ordförande Oskar Nyström (C)\n"
        "3\tAnmälan av delegationsbeslut\n"
    )
    path = tmp_path / "kallelse.txt"
    path.write_text(text, encoding="utf-8")
    items = extract_file(path).items
    presented = [[a.person for a in it.actions if a.kind == "presented"] for it in items]
    assert presented == [["Elin Berglund"], ["Oskar Nyström"], []]


# A plain-text export of an agenda table, columns set with spaces, the shorter cells centred on the row:
# "Punkt | Ärende | Föredragande | Diarienummer", rows apart by blank lines, a note under the table.
SPACED_AGENDA = """Kultur- och fritidsnämnden
Kallelse till sammanträde 2026-05-06

Föredragningslista

Punkt  Ärende                                  Föredragande         Diarienummer

1      Godkännande av dagordning

       Revidering av riktlinjer för            Kulturchef Mona
2      föreningsbidrag och                     Ek                   KFN 2026/40
       lokalbidrag

       Yttrande över förslag till              Fritidschef
3      detaljplan för Idrottsparken            Jonas Wall           KFN 2026/52

Handlingarna finns på kommunens webbplats.
"""


def test_a_spaced_agenda_table_is_read_row_by_row() -> None:
    items = _items(SPACED_AGENDA)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("1", "Godkännande av dagordning", []),
        ("2", "Revidering av riktlinjer för föreningsbidrag och lokalbidrag", ["KFN 2026/40"]),
        ("3", "Yttrande över förslag till detaljplan för Idrottsparken", ["KFN 2026/52"]),
    ]
    assert "Föredragande: Kulturchef Mona Ek" in items[1].text
    assert "Handlingarna" not in items[2].text


def test_a_spaced_agenda_table_without_a_number_header() -> None:
    text = """Valnämnden
Kallelse till sammanträde 2026-08-20

Föredragningslista

       Ärende                              Diarienummer   Föredragande

1      Val av justerare

       Information om förtidsröstning                     Valsamordnare
2      och röstmottagare                   VN 2026/8      Eva Holm

3      Lokaler för röstning                VN 2026/11
"""
    items = _items(text)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("1", "Val av justerare", []),
        ("2", "Information om förtidsröstning och röstmottagare", ["VN 2026/8"]),
        ("3", "Lokaler för röstning", ["VN 2026/11"]),
    ]
