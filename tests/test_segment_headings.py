"""§ headings in the forms kommuner print them (indexer.segment.paragraphs): the title is the heading
wherever the § line puts other data, numbers on the § line are the item's, references are not items.

The texts imitate protocols of several kommuner (the series after the number as in Alingsås, "Dnr" at
the right margin, organ prefixes, bare numbers), not one template.
"""

from __future__ import annotations

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.segment.split import segment
from indexer.types import Item


def _items(text: str) -> list[Item]:
    cleaned = clean_text(text)
    return segment(cleaned, detect_meta(cleaned))


def _shape(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(it.number, it.title, it.diarienummer) for it in _items(text)]


SERIES_AFTER = """Barn- och ungdomsnämnden
Protokoll
2026-05-26

§ 32
Information och överläggningar
A/ Övrigt
Ordföranden informerar om nästa sammanträde.

§ 33 2026.007 BUN
Ekonomisk uppföljning 2026
Ärendebeskrivning
Budgeten följs upp kontinuerligt under året, se även dnr 2025.311 BUN.
Beslut
Barn- och ungdomsnämnden godkänner uppföljningen.

§ 34 2026.134 BUN
Revidering av delegationsordning för Barn- och ungdomsnämnden
Ärendebeskrivning
Delegationsordningen ses över årligen.
Beslut
Delegationsordningen antas.

§ 35
Anmälningar för kännedom
Anmälningar
• 2026.008 BUN-025 Information från räddningstjänsten
• 2025.306 BUN-014 Regional utvecklingsstrategi
Beslut
Anmälningarna läggs till handlingarna.
"""


def test_series_after_the_number_is_not_the_title() -> None:
    assert _shape(SERIES_AFTER) == [
        ("§32", "Information och överläggningar", []),
        ("§33", "Ekonomisk uppföljning 2026", ["2026.007 BUN"]),
        ("§34", "Revidering av delegationsordning för Barn- och ungdomsnämnden", ["2026.134 BUN"]),
        # the numbers of the documents it lists are references, not its case
        ("§35", "Anmälningar för kännedom", []),
    ]


def test_printed_form_and_cited_numbers_are_kept() -> None:
    items = _items(SERIES_AFTER)
    assert items[1].dnr_printed["2026.007 BUN"] == "2026.007 BUN"
    assert items[1].dnr_cited == ["2025.311 BUN"]
    assert items[3].dnr_cited == ["2026.008 BUN-025", "2025.306 BUN-014"]


RIGHT_MARGIN = """KOMMUNSTYRELSEN                                   SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2024-09-11

§ 210                                                      Dnr 2024/233
Val av justerare
Kommunstyrelsen utser Anna Ek att justera protokollet.

§ 211                                                      Ärendenummer KS 2024/301
Budget 2025 för kommunstyrelsen
Kommunstyrelsens beslut
Budgeten antas.

§ 211 forts.
Kommunstyrelsen uppdrar åt förvaltningen att återrapportera.

§ 212 KS 2024/77 Motion om gång- och cykelväg i Fjärås      Sida 4 av 9
Ärendet
Motionären föreslår en cykelväg.

§ 213 Taxa för renhållning 2025 2024.078 KS
Beslut
Taxan antas.
"""


def test_numbers_on_the_right_margin_before_or_after_the_title() -> None:
    assert _shape(RIGHT_MARGIN) == [
        ("§210", "Val av justerare", ["2024/233"]),
        ("§211", "Budget 2025 för kommunstyrelsen", ["KS 2024/301"]),
        ("§212", "Motion om gång- och cykelväg i Fjärås", ["KS 2024/77"]),
        ("§213", "Taxa för renhållning 2025", ["2024.078 KS"]),
    ]


def test_continued_paragraph_is_one_item() -> None:
    items = _items(RIGHT_MARGIN)
    assert "återrapportera" in items[1].text


ONE_PARAGRAPH = """Kommunfullmäktige
Protokoll
2026-06-10
Plats och tid Alströmerteatern kl. 18:00-21:30
Detaljplan för förskola vid Nolhaga allé (Sörhaga 2:4 med flera),
§ 116
beslut om antagande

Kommunfullmäktige
Protokoll
2026-06-10
§ 116 2020.008 KS
Detaljplan för förskola vid Nolhaga allé (Sörhaga 2:4 med flera),
beslut om antagande
Ärendebeskrivning
Syftet med detaljplanen är att bygga en förskola.
Beslutsunderlag
• §81 KS Detaljplan för förskola vid Nolhaga allé, beslut om antagande
• Tjänsteskrivelse - Antagande av detaljplan för förskola vid Nolhaga allé
• Plankarta, antagande - Detaljplan för förskola vid Nolhaga allé
"""


def test_protocol_of_one_paragraph_is_not_cut_at_its_bullets() -> None:
    assert _shape(ONE_PARAGRAPH) == [
        (
            "§116",
            "Detaljplan för förskola vid Nolhaga allé (Sörhaga 2:4 med flera), beslut om antagande",
            ["2020.008 KS"],
        )
    ]


QUOTED_PARAGRAPHS = """Tekniska nämnden
Protokoll
2026-06-15

§ 40 2026.001 TEN
Delegerade beslut 2026
Beslut
Redovisningen godkänns.

§ 41 2026.002 TEN
Meddelanden 2026
Ärendebeskrivning
§ 105 2026.220 KS Stadsskogen etapp 4, markanvisningstävling 2
§ 89 2026.112 KS Inskränkning av verksamhetsområde Vässenbo
§ 85 Årsredovisning 2025 för kommunen
Beslutsunderlag
• Återrapportering av inkomna skrivelser

§ 42 2026.140 TEN
Mopedparkering i Nolhaga
Beslut
Förslaget antas.
"""


def test_quoted_paragraphs_of_other_bodies_are_not_items() -> None:
    assert [it.number for it in _items(QUOTED_PARAGRAPHS)] == ["§40", "§41", "§42"]


FOREIGN_REFERENCE = """Socialnämnden
Protokoll
2026-06-16

§ 35 2026.034 SN
Ekonomisk uppföljning 2026
Beslut
Uppföljningen godkänns.

§ 36 2026.084 SN
Genomlysning socialnämnden 2026
Beslut
Genomlysningen godkänns.

§ 37 2026.089 SN
Meddelanden
Ärendebeskrivning
Nämnden informeras om följande beslut:
§ 63 2025.354 KS Rutin för att förebygga och hantera hot mot förtroendevalda
Beslutsunderlag
• Återrapportering av inkomna skrivelser
Beslut
Informationen noteras.
"""


def test_another_series_printed_the_other_way_is_a_reference() -> None:
    assert [it.number for it in _items(FOREIGN_REFERENCE)] == ["§35", "§36", "§37"]


SECTIONS = """Kommunfullmäktige
Protokoll
2018-03-28

§ 63 2018.182 KS
Enkel fråga till kommunstyrelsens ordförande angående olycksfallsförsäkring på barn och
elevers fritid - Leif Hansson (S)
Fråga
Leif Hansson (S) frågar om försäkringen.

§ 64 2018.187 KS
Motion om trygghet
KOMMUNFULLMÄKTIGES BESLUT
Motionen avslås.

§ 65 2018.188 KS
Information från förvaltningen
• Potatisfestivalen
• Turistbroschyr
"""


def test_title_stops_at_sections_and_lists() -> None:
    assert [it.title for it in _items(SECTIONS)] == [
        "Enkel fråga till kommunstyrelsens ordförande angående olycksfallsförsäkring på barn och "
        "elevers fritid - Leif Hansson (S)",
        "Motion om trygghet",
        "Information från förvaltningen",
    ]


# A number column centred on a two-line title (as a PDF's reading order gives it), and a title printed
# above its § line with the body right under the line.
TITLE_AROUND = """Kommunstyrelsen
Protokoll
2026-06-01

Ordföranden förklarar sammanträdet öppnat.
Svar på motion gällande att utreda möjligheten till fler bostäder genom
§ 99
inredning av vindar i bostadsbolagets fastigheter - Heidi Ängberg (C)
Ärendebeskrivning
Motionären föreslår en inventering.
Beslut
Motionen besvaras.

Budget 2025 för kommunstyrelsen
§ 100
Kommunstyrelsen beslutar att anta budgeten för 2025 enligt förvaltningens förslag.
Beslut
Budgeten antas.
"""


def test_title_above_or_around_the_paragraph_line() -> None:
    assert [(it.number, it.title) for it in _items(TITLE_AROUND)] == [
        (
            "§99",
            "Svar på motion gällande att utreda möjligheten till fler bostäder genom inredning av vindar i "
            "bostadsbolagets fastigheter - Heidi Ängberg (C)",
        ),
        ("§100", "Budget 2025 för kommunstyrelsen"),
    ]
    assert "förvaltningens förslag" in _items(TITLE_AROUND)[1].text


def test_untyped_document_without_meeting_cues_stays_whole() -> None:
    plan = (
        "Plan för brandvattenförsörjning\n\n1. Inledning\nPlanen beskriver brandvattnet.\n\n"
        "2. Ansvar\nRäddningstjänsten ansvarar.\n\n3. Åtgärder\nBrandposter ses över.\n"
    )
    assert len(_items(plan)) == 1
    notes = (
        "Närvarande: Anna Ek, Bo Berg\n\n1. Mötets öppnande\nAnna Ek öppnar mötet och hälsar välkommen.\n\n"
        "2. Nästa möte\nNästa möte hålls den 12 maj i kommunhuset.\n"
    )
    assert [it.title for it in _items(notes)] == ["Mötets öppnande", "Nästa möte"]


def test_numbered_decision_in_a_protocol_extract_is_not_the_agenda() -> None:
    extract = (
        "Kommunfullmäktige\nProtokoll\n2025-11-05\n§ 224 2025.503 KS\n"
        "Motion gällande att stärka stödet till det ukrainska folket - Anton César (S)\nÄrendebeskrivning\n"
        "Motionärerna föreslår följande:\n1. Kommunen deltar i regionens samarbete med Lviv och\n"
        "erbjuder sig att ta emot besök.\n2. Kommunstyrelsen får i uppdrag att utveckla kontakter med\n"
        "regionen.\nBeslut\nMotionen lämnas till kommunstyrelsen för beredning.\n"
    )
    assert [(it.number, it.diarienummer) for it in _items(extract)] == [("§224", ["2025.503 KS"])]
