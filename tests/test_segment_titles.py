"""Where a paragraph's title stands, and agenda tables whose cells wrap (indexer.segment.titles, .tables).

Second round of issue 9: the title on the § line wrapped onto the next lines of a PDF's text layer, a
page number or markdown marks between the § line and the title, titles printed above their § lines,
agenda rows whose title and presenter cells wrap. The texts imitate how several kommuner and regioner
print (a tab after "§ 16" from a PDF, "KS § 214 … sid 2", "Dnr" at the right margin, a title above the
§ line, a Föredragande column), with invented people and matters; some forms are in neither gold set.
"""

from __future__ import annotations

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.read.page_numbers import is_page_number
from indexer.segment.common import continues_title
from indexer.segment.split import segment
from indexer.types import Item


def _items(text: str) -> list[Item]:
    cleaned = clean_text(text)
    return segment(cleaned, detect_meta(cleaned))


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(it.number, it.title) for it in _items(text)]


# A PDF's text layer: no blank lines, a tab after the § number, long titles wrapped, "Dnr:" under them.
WRAPPED_ON_THE_LINE = """Kommunstyrelsen
Protokoll 2026-02-04
§ 13\tInformation från kommundirektören
Kommundirektör Lena Ahl informerar om:
– rekryteringen av ny räddningschef.
Beslut
Kommunstyrelsen lägger informationen till handlingarna.
§ 14\tMotion från Petra Lind (V) om avgiftsfri sommarlovsverksamhet för barn och
unga i ytterområdena
Dnr: KS/2025:388
Sammanfattning
Petra Lind (V) föreslår i en motion att sommarlovsverksamheten ska vara avgiftsfri för alla barn.
Beslut
Motionen bifalls.
§ 15\tYttrande över remiss – Regional transportinfrastrukturplan för
Jönköpings län 2026–2037
Dnr: KS/2025:502
Beslut
Kommunstyrelsen avger yttrande enligt bilaga.
"""


def test_a_title_on_the_line_goes_on_where_it_wraps() -> None:
    items = _items(WRAPPED_ON_THE_LINE)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§13", "Information från kommundirektören", []),
        (
            "§14",
            "Motion från Petra Lind (V) om avgiftsfri sommarlovsverksamhet för barn och unga i ytterområdena",
            ["KS/2025:388"],
        ),
        (
            "§15",
            "Yttrande över remiss – Regional transportinfrastrukturplan för Jönköpings län 2026–2037",
            ["KS/2025:502"],
        ),
    ]


# "Dnr" at the right margin of the § line narrows the title: it wraps sooner, the body follows at once.
DNR_AT_THE_MARGIN = """Regionstyrelsen
Protokoll 2026-10-08
§ 145 Information från regiondirektören
Regiondirektör Anna Wik informerar om läget i arbetet med nytt vårdinformationssystem och om
förhandlingarna med Trafikverket.
Beslut
Informationen läggs till handlingarna.
§ 149 Svar på motion från Deniz Ek (MP) och Nils\tDnr 2502231
Hansen (V) om gratis kollektivtrafik för pensionärer
under lågtrafik
Deniz Ek (MP) och Nils Hansen (V) föreslår i en motion att personer som fyllt 65 år ska få resa
avgiftsfritt med Skånetrafiken vardagar kl. 09–15.
Beslut
Motionen avslås.
§ 150 Anmälan av delegationsbeslut\tDnr 2600044
Förteckning över delegationsbeslut fattade under perioden 2026-08-20–2026-09-24 anmäls och
läggs till handlingarna utan vidare åtgärd.
"""


def test_dnr_at_the_margin_and_body_right_under_the_title() -> None:
    items = _items(DNR_AT_THE_MARGIN)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§145", "Information från regiondirektören", []),
        (
            "§149",
            "Svar på motion från Deniz Ek (MP) och Nils Hansen (V) om gratis kollektivtrafik för pensionärer "
            "under lågtrafik",
            ["2502231"],
        ),
        ("§150", "Anmälan av delegationsbeslut", ["2600044"]),
    ]


# "KS § 214  Dnr 26/288  sid 2" (organ prefix, short-year number, page reference), the title under it, the
# body's first line much wider than the title; a page number the text layer put between § line and title.
ORGAN_PREFIX_AND_PAGE = """HAPARANDA STAD\tSAMMANTRÄDESPROTOKOLL
Kommunstyrelsen 2026-12-07
KS § 212\tsid 2
Val av justerare
Kommunstyrelsen utser Aino Kero (M) att jämte ordföranden justera dagens protokoll.
KS § 213\tDnr 26/15\tsid 2
Information om samarbetet med Torneå stad
Utvecklingschef Sanna Pohja informerar om läget i samarbetet med Torneå stad, bland annat den
gemensamma resecentrumsutredningen och räddningstjänsten.
KS § 214\tDnr 26/288\tsid 2
Budget 2027 och ekonomisk plan 2028–2029
Ärendebeskrivning
Ekonomichef Mats Isak föredrar ärendet.
KS § 214 forts.
Beslut
Budgeten fastställs.
§ 215
Sida 3 (8)
Dnr 26/341
Försäljning av fastigheten Nikkala 2:88
Kommunstyrelsen beslutar att sälja fastigheten.
"""


def test_organ_prefix_page_reference_and_a_page_number_above_the_title() -> None:
    items = _items(ORGAN_PREFIX_AND_PAGE)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§212", "Val av justerare", []),
        ("§213", "Information om samarbetet med Torneå stad", ["26/15"]),
        ("§214", "Budget 2027 och ekonomisk plan 2028–2029", ["26/288"]),
        ("§215", "Försäljning av fastigheten Nikkala 2:88", ["26/341"]),
    ]
    assert "Budgeten fastställs." in items[2].text  # "KS § 214 forts." goes on with the paragraph


# Titles above the § lines (Gävle, and as some Halland and Dalarna kommuner print): the first one right
# after the cover's form rows, one over a list, one wrapped over two lines.
TITLE_ABOVE = """GÄVLE KOMMUN\tPROTOKOLL
Samhällsbyggnadsnämnden
Sammanträdesdatum\t2026-05-19
Justerare\tPatrik Holm (M)
Förvaringsplats för protokollet\tStadshuset
Val av justerare
§ 78
Nämnden utser Patrik Holm (M) att jämte ordföranden justera dagens protokoll.
Information från förvaltningen
§ 80\tDnr 26SBN7
Samhällsbyggnadsdirektör Fredrik Nord informerar om förvaltningens arbete med ny organisation
för bygglovsavdelningen.
Detaljplan för Sätra 5:12, bostäder vid Kryddstigen – beslut om
granskning
§ 81\tDnr 25SBN412
Ärendebeskrivning
Planförslaget möjliggör cirka 45 bostäder.
Beslut
Nämnden beslutar att detaljplanen ställs ut för granskning.
Meddelanden
§ 86\tDnr 26SBN6
– Länsstyrelsen Gävleborg, beslut om överprövning av detaljplan för Näringen 17:2,
Sandviken–Gävle gräns.
– Kommunfullmäktiges protokoll 2026-04-27, § 61, revidering av taxa.
Beslut
Nämnden lägger meddelandena till handlingarna.
"""


def test_titles_above_the_paragraph_lines() -> None:
    items = _items(TITLE_ABOVE)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§78", "Val av justerare", []),
        ("§80", "Information från förvaltningen", ["26SBN7"]),
        ("§81", "Detaljplan för Sätra 5:12, bostäder vid Kryddstigen – beslut om granskning", ["25SBN412"]),
        ("§86", "Meddelanden", ["26SBN6"]),
    ]
    assert items[1].text.startswith("Samhällsbyggnadsdirektör")


# A title above its § line in a text file with blank lines, the number alone on its line (neither set).
TITLE_ABOVE_WITH_BLANKS = """Miljö- och byggnadsnämnden
Protokoll 2025-03-12

Val av protokollsjusterare

§ 21

Nämnden utser Eva Berg (C) att justera protokollet.

Tillsynsplan 2025 för miljöbalkens område

§ 22

Dnr MBN 2025/12

Nämnden antar tillsynsplanen.

Bygglov för tillbyggnad av fritidshus, Bua 4:12

§ 23

Dnr MBN 2024/431

Ansökan avser en tillbyggnad om 25 kvm. Nämnden beviljar bygglov.
"""


def test_title_above_with_blank_lines() -> None:
    assert _titles(TITLE_ABOVE_WITH_BLANKS) == [
        ("§21", "Val av protokollsjusterare"),
        ("§22", "Tillsynsplan 2025 för miljöbalkens område"),
        ("§23", "Bygglov för tillbyggnad av fritidshus, Bua 4:12"),
    ]


# A web protocol converted to markdown (Nacka): the § line holds the numbers, the title is the next heading.
MARKDOWN_HEADINGS = """# Protokoll Kommunstyrelsen 2026-03-09

## § 41 KFKS 2026/3

### Anmälningar

#### Beslut

Kommunstyrelsen noterar anmälningarna till protokollet.

## § 44 KFKS 2024/455-214

### Detaljplan för Elverkshuset, Sicklaön 134:26, på västra Sicklaön

#### Beslut

Detaljplanen antas.

## § 45 KFKS 2025/877, KFKS 2026/30

### Avgiftsfri infartsparkering vid bryggan. Motion den 14 oktober 2025 av Rolf Wenner (NL)

#### Beslut

Motionen avslås.
"""


def test_markdown_heading_under_the_paragraph_line() -> None:
    items = _items(MARKDOWN_HEADINGS)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§41", "Anmälningar", ["KFKS 2026/3"]),
        ("§44", "Detaljplan för Elverkshuset, Sicklaön 134:26, på västra Sicklaön", ["KFKS 2024/455-214"]),
        (
            "§45",
            "Avgiftsfri infartsparkering vid bryggan. Motion den 14 oktober 2025 av Rolf Wenner (NL)",
            ["KFKS 2025/877", "KFKS 2026/30"],
        ),
    ]


# Word's "§ N<TAB>Title<TAB>Dnr" with a classification code, and a § line that quotes another body's
# paragraph in the text (not a heading).
WORD_TAB_LINE = """Barn- och utbildningsnämnden
Sammanträdesprotokoll 2026-06-10

§ 56\tEkonomisk månadsrapport maj 2026\tBUN 2026/12 - 041

Ekonom Sara Lind redogör för månadsrapporten, se även Kommunstyrelsens protokoll 2026-03-02, § 88.

§ 57\tSkolorganisation Stöde – avveckling av Nedansjö skola\tBUN 2025/412 - 600

Förvaltningen föreslår att Nedansjö skola avvecklas.
"""


def test_word_tab_line_with_classification_code() -> None:
    items = _items(WORD_TAB_LINE)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§56", "Ekonomisk månadsrapport maj 2026", ["BUN 2026/12-041"]),
        ("§57", "Skolorganisation Stöde – avveckling av Nedansjö skola", ["BUN 2025/412-600"]),
    ]
    assert items[0].dnr_printed["BUN 2026/12-041"] == "BUN 2026/12 - 041"


# A kallelse's agenda table from a PDF: Nr / Ärende / Dnr / Föredragande, cells wrapped line by line.
AGENDA_WITH_PRESENTERS = """NORRKÖPINGS KOMMUN\tKALLELSE
Vård- och omsorgsnämnden
Tid\tTorsdagen den 16 april 2026 kl. 13.15
Föredragningslista
Nr\tÄrende\tDnr\tFöredragande
1\tUpprop och val av justerare
3\tInformation från förvaltningsdirektören – läget inom\tKarin Wenn,
hemtjänsten efter omorganisationen\tförvaltningsdirektör
4\tEkonomisk uppföljning mars 2026\tVON 2026/0012\tPatrik Sjö,
controller
5\tYttrande över revisionsrapport – Granskning av\tVON 2026/0031\tLisa Hell,
biståndshandläggningen inom äldreomsorgen\tavdelningschef
myndighet
6\tLokalförsörjningsplan för särskilt boende 2027–2031\tVON 2025/0188\tAnders Öh,
lokalstrateg
Karin Wenn
7\tMedborgarförslag om fler aktiviteter för äldre i Carl\tVON 2025/0203\tLisa Hell
Johans park
10\tRapportering av ej verkställda beslut enligt SoL och\tVON 2026/0007\tLisa Hell
LSS, kvartal 4 2025
12\tMeddelanden\tVON 2026/0003

Mats Lind (S)
Ordförande
"""


def test_agenda_rows_with_wrapped_titles_and_a_presenter_column() -> None:
    items = _items(AGENDA_WITH_PRESENTERS)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("1", "Upprop och val av justerare", []),
        ("3", "Information från förvaltningsdirektören – läget inom hemtjänsten efter omorganisationen", []),
        ("4", "Ekonomisk uppföljning mars 2026", ["VON 2026/0012"]),
        (
            "5",
            "Yttrande över revisionsrapport – Granskning av biståndshandläggningen inom äldreomsorgen",
            ["VON 2026/0031"],
        ),
        ("6", "Lokalförsörjningsplan för särskilt boende 2027–2031", ["VON 2025/0188"]),
        ("7", "Medborgarförslag om fler aktiviteter för äldre i Carl Johans park", ["VON 2025/0203"]),
        ("10", "Rapportering av ej verkställda beslut enligt SoL och LSS, kvartal 4 2025", ["VON 2026/0007"]),
        ("12", "Meddelanden", ["VON 2026/0003"]),
    ]
    assert items[2].text == "Föredragande: Patrik Sjö, controller"
    assert items[4].text == "Föredragande: Anders Öh, lokalstrateg, Karin Wenn"
    assert "Mats Lind" not in items[-1].text  # the signature after the table is not the last row's


# The same without a presenter column (a regionfullmäktige kallelse): lines under a row continue its
# title until a labelled line ("Förslag: …", "Bilaga: …").
AGENDA_WITH_PROPOSALS = """Kallelse till regionfullmäktige
Tid\tTisdagen den 9 juni 2026 kl. 09.30
Föredragningslista
Nr\tÄrende\tDiarienummer
3\tVal av justerare
Förslag: Karin Sjö (S) och Oskar Lund (M).
9\tBudget 2027 och flerårsplan 2028–2029 för Västra\tRS 2026-00901
Götalandsregionen
Bilaga: Regionstyrelsens förslag 2026-05-26, § 112.
12\tMotion av Sverigedemokraterna om översyn av tolkkostnader i hälso-\tRS 2025-05390
och sjukvården
Regionstyrelsens förslag: Motionen avslås.
"""


def test_agenda_rows_with_wrapped_titles_and_proposals_under_them() -> None:
    items = _items(AGENDA_WITH_PROPOSALS)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("3", "Val av justerare", []),
        ("9", "Budget 2027 och flerårsplan 2028–2029 för Västra Götalandsregionen", ["RS-2026-00901"]),
        (
            "12",
            "Motion av Sverigedemokraterna om översyn av tolkkostnader i hälso- och sjukvården",
            ["RS-2025-05390"],
        ),
    ]
    assert items[0].text == "Förslag: Karin Sjö (S) och Oskar Lund (M)."


def test_a_wider_next_line_is_body() -> None:
    title = "Information om samarbetet med Torneå stad"
    body = "Utvecklingschef Sanna Pohja informerar om läget i samarbetet med Torneå stad, bland annat"
    assert not continues_title(title, body, 100)
    assert continues_title("Budget 2027 och flerårsplan 2028–2029 för Västra", "Götalandsregionen", None)
    assert continues_title(
        "Motion från Petra Lind (V) om", "Avgiftsfri skolmat", 100
    )  # "om": a phrase goes on


def test_page_lines() -> None:
    for line in ("Sida 6 (8)", "sid 2", "3 (14)", "Sida 3 av 9", "Page 2 of 5", "4/12"):
        assert is_page_number(line), line
    for line in ("Sidan 3 i bilagan", "§ 3", "2026-03-25", "Sid 2 Budget"):
        assert not is_page_number(line), line


# Numbers in an item's text: an announcement of new motions handles the cases it lists (their numbers are
# its own), a Meddelanden list quotes other bodies' cases (references), where headings carry numbers.
ANNOUNCED_MATTERS = """Kommunfullmäktige
Protokoll 2026-11-23

§ 160    Fråga om kollektivtrafiken                                  Dnr KS 2026/0466

         Frågan är besvarad.

§ 161    Anmälan av motioner

         Följande motioner anmäls och remitteras till kommunstyrelsen för beredning:
         – Motion från Therese Rapp (SD) om trygghetsvandringar i centrum, dnr KS 2026/0501.
         – Motion från Hanna Kalla (KP) om samiska förskoleavdelningar, dnr KS 2026/0509.

§ 162    Meddelanden

         – Länsstyrelsens beslut om val av ersättare, dnr KS 2026/0388.

§ 163    Budget 2027                                                 Dnr KS 2026/0318

         Budgeten fastställs.
"""


def test_an_announcement_of_motions_owns_the_numbers_it_lists() -> None:
    items = _items(ANNOUNCED_MATTERS)
    assert [(it.number, it.diarienummer) for it in items] == [
        ("§160", ["KS 2026/0466"]),
        ("§161", ["KS 2026/0501", "KS 2026/0509"]),
        ("§162", []),
        ("§163", ["KS 2026/0318"]),
    ]


def test_a_cover_title_set_over_two_lines_is_whole() -> None:
    """A one-item document's title begun on a short line goes on in lower case on the next."""
    from indexer.segment.lists import single_item

    text = "Regional utvecklingsstrategi\nför Västra Götaland\n2021 – 2030\n\nFörord\nVästra Götaland växer."
    assert single_item(text, None).title == "Regional utvecklingsstrategi för Västra Götaland"
    # A sentence after a heading is not glued to it.
    text = "Riktlinjer\n\nför att ansöka om bidrag gäller följande regler.\n"
    assert single_item(text, None).title == "för att ansöka om bidrag gäller följande regler."


def test_a_one_item_documents_title_is_its_cover_title_not_a_footer_or_label() -> None:
    """Cover titles set over lines join; web addresses, labels and file names are not titles;
    what stands above the title stays in the item's text."""
    from indexer.segment.lists import single_item

    text = (
        "alingsas.se\nRutin för\nallmänpolitisk\ndebatt\nAlingsås kommun\n"
        "Typ av styrdokument: Rutin\nBeslutande instans: Kommunfullmäktige\n\nInnehåll\n1. Syfte\n"
    )
    item = single_item(text, None)
    assert item.title == "Rutin för allmänpolitisk debatt"
    assert "alingsas.se" in item.text  # nothing above the title is lost to search
    text = (
        "rapport bjärke 220930.docx 4/67\nBeslutsunderlag för\nframtida VA-försörjning\ni Bjärke\n\n"
        "Sammanfattning\nText."
    )
    assert single_item(text, None).title == "Beslutsunderlag för framtida VA-försörjning i Bjärke"
    text = "Till nämnden\n\nÄrende: Yttrande över vattenplanen\n\nBakgrund\nLänsstyrelsen har remitterat."
    assert single_item(text, None).title == "Yttrande över vattenplanen"


# An agenda table whose header's first two heads run together ("Punkt Rubrik") and whose title cell ran
# into the number column on one row: the number is the row's, the title goes on under it.
AGENDA_TITLE_INTO_DNR_COLUMN = """Miljönämnden
Kallelse till sammanträde 2026-03-04

Punkt Rubrik\tDiarienummer\tHandläggare
1\tSammanträdets öppnande
2\tAnsökan om strandskyddsdispens för brygga vid MN 2026/0041\tEva Lund,
Östra Lövsjön\tmiljöinspektör
3\tRemissvar om regional avfallsplan för\tMN 2026/0007\tOla Berg
Skåne nordost\tKS 2025/0912
4\tÖvriga frågor
"""


def test_agenda_title_run_into_the_dnr_column() -> None:
    items = _items(AGENDA_TITLE_INTO_DNR_COLUMN)
    assert [(it.number, it.title) for it in items] == [
        ("1", "Sammanträdets öppnande"),
        ("2", "Ansökan om strandskyddsdispens för brygga vid Östra Lövsjön"),
        ("3", "Remissvar om regional avfallsplan för Skåne nordost"),
        ("4", "Övriga frågor"),
    ]
    assert items[1].diarienummer == ["MN 2026/0041"]
    assert items[2].diarienummer == ["MN 2026/0007", "KS 2025/0912"]


def test_a_one_item_documents_title_is_not_under_a_later_pages_case_number() -> None:
    """A number alone on a line past the first section heading is a later page's header, not the
    letterhead's: the title is the line before the first section, and the numbers the text cites
    ("(MBN 2019/0044)") are references, not the document's."""
    from indexer.segment.common import settle_dnr
    from indexer.segment.lists import single_item

    text = (
        "MILJÖFÖRVALTNINGEN\tTjänsteskrivelse\nHandläggare Eva Lund\tDiarienummer MBN 2026/0120\n\n"
        "Taxa för tillsyn enligt miljöbalken 2027\n\nFörslag till beslut\nNämnden antar taxan.\n\n"
        "Bakgrund\nNuvarande taxa antogs 2019 (MBN 2019/0044).\n\nMBN 2026/0120\n\n"
        "Ekonomiska konsekvenser\nIntäkterna ökar något.\n"
    )
    item = single_item(text, None)
    assert item.title == "Taxa för tillsyn enligt miljöbalken 2027"
    settle_dnr([item])
    assert item.diarienummer == ["MBN 2026/0120"]


# A § alone on its line with the page header's date label read in between it and the title (a PDF's
# reading order), and a title whose last short line sits right above the first section heading.
DATE_LABEL_AND_LAST_TITLE_LINE = """Kultur- och fritidsnämnden
Protokoll 2026-05-12

§ 41
Mötesdatum
2026-05-12
Fastställande av föredragningslistan
Beslut
Listan fastställs.

§ 42 Medborgarförslag om belysning längs gång- och cykelvägen vid
riksväg 40
Dalsjöfors
Förslag till beslut
Kultur- och fritidsnämnden föreslås bifalla medborgarförslaget och ge förvaltningen i uppdrag.

§ 43 Riktlinjer för bidrag till studieförbund och
kulturföreningar i kommunen
Anna Ek
Beslut
Kultur- och fritidsnämnden beslutar att anta riktlinjerna för bidrag enligt förvaltningens förslag.
"""


def test_a_header_date_between_number_and_title_and_a_titles_last_line_above_its_section() -> None:
    assert _titles(DATE_LABEL_AND_LAST_TITLE_LINE) == [
        ("§41", "Fastställande av föredragningslistan"),
        ("§42", "Medborgarförslag om belysning längs gång- och cykelvägen vid riksväg 40 Dalsjöfors"),
        ("§43", "Riktlinjer för bidrag till studieförbund och kulturföreningar i kommunen"),  # a name is not
    ]


# The § and its "Diarienummer" in a left column, the title wrapping in the right one; and a title
# broken after "och", a second case number from the right margin read in between its lines.
SIDE_COLUMN_DNR = """Socialnämnden
Protokoll 2026-03-18

§ 12              Riktlinjer för bistånd till personer med psykisk
Diarienummer SN 2026/77   funktionsnedsättning, revidering 2026
                  Förvaltningen har sett över riktlinjerna och föreslår att de revideras i enlighet
                  med de nya föreskrifterna från Socialstyrelsen som gäller från den 1 juli 2026.

                  Beslut
                  Nämnden antar riktlinjerna.

§ 13              Samverkansavtal med Region Jämtland Härjedalen om hemsjukvård och\tSN-2026-00102
KS-2026-00413
                  rehabilitering i ordinärt boende
                  Avtalet har förhandlats fram av förvaltningen och regionen under våren 2026.

                  Beslut
                  Nämnden godkänner avtalet.
"""


def test_a_side_column_dnr_and_a_margin_number_inside_the_title() -> None:
    items = _items(SIDE_COLUMN_DNR)
    assert [(it.number, it.title) for it in items] == [
        ("§12", "Riktlinjer för bistånd till personer med psykisk funktionsnedsättning, revidering 2026"),
        (
            "§13",
            "Samverkansavtal med Region Jämtland Härjedalen om hemsjukvård och rehabilitering i "
            "ordinärt boende",
        ),
    ]
    assert [it.diarienummer for it in items] == [["SN 2026/77"], ["SN-2026-00102", "KS-2026-00413"]]
