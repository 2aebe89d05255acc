"""Titles and diarienummer in the shapes Swedish minutes share, not in one kommun's layout (issue 9).

Each text imitates how some kommun or region sets its § lines, case numbers, wrapped titles, page
breaks and agenda tables; the people, matters and numbers are invented. The point of every test is a
cue that holds across kommuner (a number in a column of its own, a line that is only a case number, a
title line that wraps at the column's width), not the typography of one of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.read.pdf import pdf_pages
from indexer.segment.split import segment
from indexer.types import Item


def _items(text: str) -> list[Item]:
    cleaned = clean_text(text)
    return segment(cleaned, detect_meta(cleaned))


def _rows(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(it.number, it.title, it.diarienummer) for it in _items(text)]


_HEAD = "Kommunstyrelsen\nProtokoll\nSammanträdesdatum 2026-03-12\n\n"
_BODY = (
    "Ärendet\nFörvaltningen har tagit fram ett förslag som redovisas i tjänsteskrivelsen.\n"
    "Beslut\nKommunstyrelsen beslutar enligt förslaget.\n\n"
)


def _protocol(*heads: str) -> str:
    return _HEAD + "".join(h + "\n" + _BODY for h in heads)


# The § line carries the case number at its right margin (spaces, not a tab), the title under it.
@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("KS 2026/112", "KS 2026/112"),
        ("Dnr 2026-000123", "2026-000123"),  # no KS number printed: the series would be a guess
        ("2026/45", "2026/45"),
        ("BUN 2026.034", "BUN 2026.034"),
        ("KS-2026-000412", "KS-2026-000412"),
        ("Ärendenummer: KS 2026/45", "KS 2026/45"),
        ("KS/2026:45", "KS/2026:45"),
        ("SBN 2026/0045-3.1.2", "SBN 2026/0045-3.1.2"),
        ("Dnr: 2026.118 KS", "2026.118 KS"),
        ("Dnr 2026/KS0112", "2026/KS0112"),
        ("Dnr: Ks 1009/2026", "KS 1009/2026"),  # the serial before the year, the series in title case
    ],
)
def test_a_case_number_at_the_right_of_the_paragraph_line(line: str, key: str) -> None:
    text = _protocol(
        f"§ 45        {line}\nDetaljplan för Lövängen, del av Gamla staden 3:1",
        f"§ 46        {line.replace('45', '46').replace('112', '113').replace('034', '035')}\nBudget 2027",
    )
    rows = _rows(text)
    assert [r[:2] for r in rows] == [
        ("§45", "Detaljplan för Lövängen, del av Gamla staden 3:1"),
        ("§46", "Budget 2027"),
    ]
    assert rows[0][2] == [key]


def test_a_page_number_at_the_right_of_the_paragraph_line() -> None:
    text = _protocol(
        "§ 12   Val av justerare       Sida 3 (9)", "§ 13   Anmälan av delegationsbeslut      4/9"
    )
    assert [r[:2] for r in _rows(text)] == [
        ("§12", "Val av justerare"),
        ("§13", "Anmälan av delegationsbeslut"),
    ]


def test_an_agenda_point_number_on_the_paragraph_line_is_neither_title_nor_case() -> None:
    text = _protocol(
        "§ 45   Ärende nr 12\nÖversiktsplan 2040 – samråd",
        "§ 46   Ärende nr 13\nDnr KS 2026/77\nTaxa för bygglov 2027",
    )
    assert _rows(text) == [
        ("§45", "Översiktsplan 2040 – samråd", []),
        ("§46", "Taxa för bygglov 2027", ["KS 2026/77"]),
    ]


def test_the_case_number_on_the_line_after_the_title() -> None:
    text = _protocol(
        "§ 7 Revidering av reglemente för krisledningsnämnden\nDnr KS 2026/31",
        "§ 8 Delårsrapport april 2026\nÄrendenummer: KS 2026/40",
    )
    assert _rows(text) == [
        ("§7", "Revidering av reglemente för krisledningsnämnden", ["KS 2026/31"]),
        ("§8", "Delårsrapport april 2026", ["KS 2026/40"]),
    ]


def test_the_case_number_on_the_line_before_the_paragraph_line() -> None:
    text = (
        _HEAD
        + "Dnr SBN 2026/0012\n§ 21 Förhandsbesked för nybyggnad av enbostadshus, Berga 4:12\n"
        + _BODY
        + "Dnr SBN 2026/0019\n§ 22 Strandskyddsdispens för brygga, Näset 1:7\n"
        + _BODY
    )
    assert _rows(text) == [
        ("§21", "Förhandsbesked för nybyggnad av enbostadshus, Berga 4:12", ["SBN 2026/0012"]),
        ("§22", "Strandskyddsdispens för brygga, Näset 1:7", ["SBN 2026/0019"]),
    ]


def test_a_number_cited_in_the_text_is_not_the_items_own() -> None:
    text = (
        _HEAD
        + "§ 30    KS 2026/140\nÄndring av taxa för hemtjänst\n"
        + "Enligt beslut KF § 12/2025, dnr KS 2024/88, ska taxan ses över årligen.\nBeslut\nTaxan ändras.\n\n"
        + "§ 31    KS 2026/141\nInformation om lönekartläggning\n"
        + "Personalchefen informerar, se även KS 2025/301.\n"
    )
    assert _rows(text) == [
        ("§30", "Ändring av taxa för hemtjänst", ["KS 2026/140"]),
        ("§31", "Information om lönekartläggning", ["KS 2026/141"]),
    ]


# A narrow column: the title wraps over two or three lines, and the first body line follows at once.
NARROW = """Socialnämnden
Protokoll 2026-04-22
§ 51 Svar på motion från Ida
Berg (V) om fler
platser i korttidsboende
Ida Berg (V) föreslår
i en motion att nämnden
utreder behovet.
Beslut
Motionen avslås.
§ 52 Riktlinjer för
handläggning av
ekonomiskt bistånd
Förvaltningen har sett
över riktlinjerna och
föreslår ändringar.
Beslut
Riktlinjerna antas.
§ 53 Delegationsbeslut
Förteckning över beslut
fattade på delegation
under mars redovisas.
Beslut
Redovisningen godkänns.
§ 54 Information från
förvaltningschefen
Anna Holm informerar
om läget i verksamheten.
"""


def test_a_title_wrapped_in_a_narrow_column_stops_at_the_first_sentence() -> None:
    assert [r[:2] for r in _rows(NARROW)] == [
        ("§51", "Svar på motion från Ida Berg (V) om fler platser i korttidsboende"),
        ("§52", "Riktlinjer för handläggning av ekonomiskt bistånd"),
        ("§53", "Delegationsbeslut"),
        ("§54", "Information från förvaltningschefen"),
    ]


CONTINUED = """Barn- och utbildningsnämnden
Protokoll 2026-05-06

§ 61   BUN 2026/88
Skolplacering inför läsåret 2026/27
Förvaltningen redovisar hur många elever som fått sin förstahandsplacering.

Barn- och utbildningsnämnden
Protokoll 2026-05-06
Sida 4 av 9

§ 61 (forts.)
Av 412 elever fick 388 plats i förstahandsvalet.
Beslut
Informationen läggs till handlingarna.

§ 62   BUN 2026/90
Budgetuppföljning april
Controllern redovisar utfallet.

Barn- och utbildningsnämnden
Protokoll 2026-05-06
Sida 5 av 9

Forts. § 62
Nämnden har ett underskott på 2,1 miljoner kronor.

§ 63   BUN 2026/91
Kvalitetsrapport grundskola
Rapporten redovisas.
Budgetuppföljning april, forts.
"""


def test_a_paragraph_continued_after_a_page_break_is_no_new_item() -> None:
    rows = _rows(CONTINUED)
    assert rows == [
        ("§61", "Skolplacering inför läsåret 2026/27", ["BUN 2026/88"]),
        ("§62", "Budgetuppföljning april", ["BUN 2026/90"]),
        ("§63", "Kvalitetsrapport grundskola", ["BUN 2026/91"]),
    ]
    assert "underskott" in _items(CONTINUED)[1].text


HEADER_BETWEEN = """Miljö- och byggnämnden
Protokoll
Sammanträdesdatum 2026-06-03
Sida 1 (4)
§ 70   MBN 2026/201
Bygglov för tillbyggnad av fritidshus, Ön 2:14
Sökanden vill bygga till fritidshuset med 25 kvm.
Beslut
Bygglov beviljas.
§ 71   MBN 2026/230
MILJÖ- OCH BYGGNÄMNDEN
Sammanträdesdatum 2026-06-03
Sida 2 (4)
Föreläggande om åtgärder för enskilt avlopp, Kärr 1:3
Avloppet uppfyller inte kraven.
Beslut
Fastighetsägaren föreläggs att åtgärda avloppet.
MILJÖ- OCH BYGGNÄMNDEN
Sammanträdesdatum 2026-06-03
Sida 3 (4)
§ 72   MBN 2026/244
Tillsynsplan 2027
Nämnden ska anta en tillsynsplan.
Beslut
Tillsynsplanen antas.
MILJÖ- OCH BYGGNÄMNDEN
Sammanträdesdatum 2026-06-03
Sida 4 (4)
§ 73   MBN 2026/250
Delegationsbeslut
Redovisas.
"""


def test_a_running_header_between_the_paragraph_line_and_its_title() -> None:
    assert [r[:2] for r in _rows(HEADER_BETWEEN)] == [
        ("§70", "Bygglov för tillbyggnad av fritidshus, Ön 2:14"),
        ("§71", "Föreläggande om åtgärder för enskilt avlopp, Kärr 1:3"),
        ("§72", "Tillsynsplan 2027"),
        ("§73", "Delegationsbeslut"),
    ]


KALLELSE = """Vård- och omsorgsnämnden
KALLELSE
2026-09-10
Nr\tÄrende\tDnr\tFöredragande
1\tVal av justerare\t\tOrdförande
2\tGodkännande av dagordning\t\tOrdförande
3\tEkonomisk uppföljning augusti 2026 för vård- och\tVON 2026/14\tLisa Ek, controller
omsorgsnämnden
4\tBoendeplan för särskilt boende 2027–2035\tVON 2026/151\tPer Ahl, förvaltningschef
- beslut efter samråd\tKarin Ode, utredare
5\tRapport om ej verkställda beslut enligt SoL och\tVON 2026/9\tMaria Sten, kvalitetsstrateg
LSS, kvartal 2
6\tInformation – läget i hemtjänsten\tVON 2026/3\tPer Ahl, förvaltningschef
7\tAnmälan av delegationsbeslut\tVON 2026/5\tNämndsekreterare
"""


def test_kallelse_rows_with_wrapped_cells_and_presenters() -> None:
    assert _rows(KALLELSE) == [
        ("1", "Val av justerare", []),
        ("2", "Godkännande av dagordning", []),
        ("3", "Ekonomisk uppföljning augusti 2026 för vård- och omsorgsnämnden", ["VON 2026/14"]),
        ("4", "Boendeplan för särskilt boende 2027–2035 - beslut efter samråd", ["VON 2026/151"]),
        ("5", "Rapport om ej verkställda beslut enligt SoL och LSS, kvartal 2", ["VON 2026/9"]),
        ("6", "Information – läget i hemtjänsten", ["VON 2026/3"]),
        ("7", "Anmälan av delegationsbeslut", ["VON 2026/5"]),
    ]


def test_a_wrapped_row_under_a_full_width_title_cell() -> None:
    text = (
        "Barn- och utbildningsnämnden\nKALLELSE/FÖREDRAGNINGSLISTA\n2026-10-08\n"
        "Nr\tÄrende\tDnr\tFöredragande\n"
        "1\tVal av justerare och tid för justering\t\tOrdförande\n"
        "2\tRapportering av anmälningar om kränkande\tBUN 2026/20\tJosefin Rask, kvalitetschef\n"
        "behandling, kvartal 3\n"
        "3\tMeddelanden\t\tUlla Berg, nämndsekreterare\n"
    )
    assert [r[1] for r in _rows(text)] == [
        "Val av justerare och tid för justering",
        "Rapportering av anmälningar om kränkande behandling, kvartal 3",
        "Meddelanden",
    ]


CAPS = _protocol(
    "§ 101\nBUDGET 2027 OCH FLERÅRSPLAN 2028–2029\nDnr KS 2026/200",
    "§ 102\nMOTION OM ÖPPETTIDER I SIMHALLEN – BESLUT\nDnr KS 2026/201",
    "§ 103\nÅrsredovisning 2025 - information\nDnr KS 2026/12",
)


def test_titles_in_capitals_and_with_a_dash_suffix_are_kept_as_printed() -> None:
    assert _rows(CAPS) == [
        ("§101", "BUDGET 2027 OCH FLERÅRSPLAN 2028–2029", ["KS 2026/200"]),
        ("§102", "MOTION OM ÖPPETTIDER I SIMHALLEN – BESLUT", ["KS 2026/201"]),
        ("§103", "Årsredovisning 2025 - information", ["KS 2026/12"]),
    ]


EXTRACT = """Kommunfullmäktige
PROTOKOLLSUTDRAG
Sammanträdesdatum 2026-06-15

§ 88        KS 2026/61

Taxa för offentlig kontroll inom livsmedelsområdet

Kommunfullmäktiges beslut
1. Taxan antas att gälla från och med 2027-01-01.
2. Timavgiften fastställs till 1 450 kronor.

Ärendet
Enligt beslut KF § 14/2024, dnr KS 2023/310, ska taxan ses över vart annat år.

Utdragsbestyrkande
"""


def test_a_protocol_extract_of_one_paragraph() -> None:
    assert _rows(EXTRACT) == [("§88", "Taxa för offentlig kontroll inom livsmedelsområdet", ["KS 2026/61"])]


@pytest.mark.parametrize(
    "line",
    [
        "KS § 45    KS 2026/112",
        "§ 45  KS 2026/112",
        "§ 45 Dnr KS 2026/112",
        "§45\tKS 2026/112",
        "§ 45.   KS 2026/112",
    ],
)
def test_paragraph_line_variants_with_a_case_number(line: str) -> None:
    text = _protocol(
        f"{line}\nÖversyn av lokalbehovet för äldreomsorgen",
        f"{line.replace('45', '46').replace('112', '113')}\nInformation om kommunens krisberedskap",
    )
    assert _rows(text) == [
        ("§45", "Översyn av lokalbehovet för äldreomsorgen", ["KS 2026/112"]),
        ("§46", "Information om kommunens krisberedskap", ["KS 2026/113"]),
    ]


NARROW_UNDER = """Tekniska nämnden
Protokoll 2026-02-10
§ 9      TN 2026/14
Riktlinjer för
vinterväghållning
på enskilda vägar
Förvaltningen har sett
över riktlinjerna och
föreslår att bidraget höjs.
Beslut
Riktlinjerna antas.
§ 10     TN 2026/20
Yttrande över
Trafikverkets plan
för väg 40
Trafikverket har skickat
planen på remiss.
§ 11     TN 2026/22
Budgetuppföljning
Ekonomen redovisar
utfallet för januari.
"""


def test_a_narrow_title_under_the_paragraph_line() -> None:
    assert [r[1] for r in _rows(NARROW_UNDER)] == [
        "Riktlinjer för vinterväghållning på enskilda vägar",
        "Yttrande över Trafikverkets plan för väg 40",
        "Budgetuppföljning",
    ]


REPEATED_TITLE = """Kommunstyrelsen
Protokoll 2026-03-12
§ 20 Budget 2027 med flerårsplan 2028–2029      KS 2026/5
Ekonomichefen redovisar förslaget.
Yrkanden
Anna Ek (S) yrkar bifall till förslaget.
§ 20 Budget 2027 med flerårsplan 2028–2029 (forts.)
Propositionsordning
Ordföranden ställer proposition på förslaget.
Beslut
Budgeten fastställs.
§ 21 Val av ersättare i kommunstyrelsen, fortsättning
Kommunstyrelsen väljer Per Lund (M).
§ 22 Anmälan av delegationsbeslut      KS 2026/9
Redovisas.
"""


def test_a_repeated_title_marked_continued_is_no_new_item() -> None:
    rows = _rows(REPEATED_TITLE)
    assert [r[:2] for r in rows] == [
        ("§20", "Budget 2027 med flerårsplan 2028–2029"),
        ("§21", "Val av ersättare i kommunstyrelsen, fortsättning"),
        ("§22", "Anmälan av delegationsbeslut"),
    ]
    assert "Budgeten fastställs." in _items(REPEATED_TITLE)[0].text


# A plain-text kallelse whose columns are set with spaces, not tabs.
SPACED_KALLELSE = """Kultur- och fritidsnämnden
KALLELSE
Sammanträde 2026-11-05

Nr   Ärende                                         Dnr            Föredragande
1    Val av justerare                                              Ordförande
2    Verksamhetsplan 2027                           KFN 2026/101   Eva Lind, kulturchef
3    Bidrag till studieförbund 2027                 KFN 2026/88    Omar Said, handläggare
4    Svar på medborgarförslag om en                 KFN 2026/40    Eva Lind, kulturchef
     konstgräsplan i Västerby
5    Information om biblioteksplanen                               Eva Lind, kulturchef
"""


def test_a_kallelse_with_columns_set_by_spaces() -> None:
    assert _rows(SPACED_KALLELSE) == [
        ("1", "Val av justerare", []),
        ("2", "Verksamhetsplan 2027", ["KFN 2026/101"]),
        ("3", "Bidrag till studieförbund 2027", ["KFN 2026/88"]),
        ("4", "Svar på medborgarförslag om en konstgräsplan i Västerby", ["KFN 2026/40"]),
        ("5", "Information om biblioteksplanen", []),
    ]


def _side_heading_pdf() -> bytes:
    """Two paragraphs set in two columns: "§ N", the title wrapped and the case number in a narrow
    column at the left, the text in a wide column to the right, at another line spacing."""
    pdf = FPDF(unit="mm", format="A4")
    paragraphs = [
        ("§ 31", ["Strategi för", "besöksnäringen", "i Dalslands", "kommuner 2027", "KS/2026:61"]),
        ("§ 32 Budget-", ["uppföljning", "mars 2026", "KS/2026:12"]),  # the title begun beside the number
    ]
    body = [
        "Näringslivschefen presenterar förslaget till strategi. Den har tagits",
        "fram tillsammans med företagarföreningarna och betonar tillgången",
        "till mark för verksamheter och kompetensförsörjning i samverkan med",
        "grannkommunerna och regionen.",
    ]
    for number, left in paragraphs:
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        pdf.text(20, 15, "Vänersborgs kommun   SAMMANTRÄDESPROTOKOLL")
        pdf.text(20, 50, number)
        for k, line in enumerate(left):
            pdf.text(20, 57 + 7 * k, line)
        pdf.text(70, 50, "Ekonomichefen redovisar ärendet.")
        for k, line in enumerate(body):
            pdf.text(70, 55 + 5 * k, line)
        pdf.text(70, 80, "Beslut")
        pdf.text(70, 85, "Kommunstyrelsen godkänner redovisningen.")
        pdf.text(20, 280, "Justerares signatur")
        pdf.text(110, 280, "Utdragsbestyrkande")
    return bytes(pdf.output())


def test_side_headings_in_a_narrow_left_column(tmp_path: Path) -> None:
    path = tmp_path / "vanersborg_kommunstyrelsen_2026-03-25_protokoll.pdf"
    path.write_bytes(_side_heading_pdf())
    lines = pdf_pages(path.read_bytes()).pages[0].lines
    at = lines.index("§ 31")
    assert lines[at : at + 7] == [
        "§ 31",
        "Strategi för",
        "besöksnäringen",
        "i Dalslands",
        "kommuner 2027",
        "KS/2026:61",
        "Ekonomichefen redovisar ärendet.",
    ]
    items = extract_file(path).items
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§31", "Strategi för besöksnäringen i Dalslands kommuner 2027", ["KS/2026:61"]),
        ("§32", "Budgetuppföljning mars 2026", ["KS/2026:12"]),
    ]
    assert "Ekonomichefen redovisar ärendet." in items[0].text and "Strategi" not in items[0].text
    assert "signatur" not in items[0].text


# A plain-text protocol with a hanging indent: the title wraps under itself, the case number stands at the
# right margin of the § line, set off by spaces.
HANGING = """Kommunstyrelsen
Protokoll 2026-08-20

§ 14   Motion från Petra Lind (V) om avgiftsfri               KS 2025/388
       sommarlovsverksamhet för barn och unga

       Petra Lind (V) föreslår i en motion att sommarlovsverksamheten ska vara avgiftsfri.
       Beslut
       Motionen bifalls.

§ 15   Detaljplan för kv. Eken – beslut om antagande          KS 2026/12

       Planen har varit utställd för granskning.

§ 16 - Val av ombud till bolagsstämmor 2026                   KS2026/45

       Kommunstyrelsen utser ombud.

§17. Information om krisberedskap
       Säkerhetssamordnaren informerar.
"""


def test_hanging_indent_and_number_separators() -> None:
    assert _rows(HANGING) == [
        (
            "§14",
            "Motion från Petra Lind (V) om avgiftsfri sommarlovsverksamhet för barn och unga",
            ["KS 2025/388"],
        ),
        ("§15", "Detaljplan för kv. Eken – beslut om antagande", ["KS 2026/12"]),
        ("§16", "Val av ombud till bolagsstämmor 2026", ["KS2026/45"]),
        ("§17", "Information om krisberedskap", []),
    ]


# A kallelse without a table: numbered points, the case number and the presenter on labelled lines.
POINTS = """Miljö- och hälsoskyddsnämnden
KALLELSE till sammanträde 2026-09-17

Föredragningslista

1. Val av justerare

2. Delårsrapport per augusti 2026
Dnr MHN 2026/140
Föredragande: Anna Sjö, controller

3. Tillsynsplan 2027 – beslut
Dnr MHN 2026/151
Föredragande: Bo Ek, miljöchef
Tillsynsplanen bygger på nämndens beslut MHN 2025/98.

4. Information om livsmedelskontroll
Föredragande: Bo Ek, miljöchef
"""


def test_kallelse_points_with_labelled_case_numbers() -> None:
    assert _rows(POINTS) == [
        ("1", "Val av justerare", []),
        ("2", "Delårsrapport per augusti 2026", ["MHN 2026/140"]),
        ("3", "Tillsynsplan 2027 – beslut", ["MHN 2026/151"]),
        ("4", "Information om livsmedelskontroll", []),
    ]


RUN_IN_NOTES = """Kommunala pensionärsrådet
Minnesanteckningar 2026-09-18

1. Mötets öppnande. Ordföranden hälsade alla välkomna och öppnade mötet.

2. Val av justerare. Till justerare valdes Anna Berg (PRO).

3. Information om hemtjänsten. Verksamhetschef Lisa Ek informerade om läget.
Frågor ställdes om nattpatrullen.

4. Övriga frågor
Inga övriga frågor.
"""

RUN_IN_PROTOCOL = """Kommunstyrelsen
Protokoll 2026-03-12
§ 3 Mötets öppnande. Ordföranden öppnade mötet.
§ 4 Val av justerare. Anna Berg (S) utses att justera protokollet.
§ 5 Information om kv. Eken
Planchefen informerar.
"""


def test_a_heading_run_into_its_first_sentence() -> None:
    assert [(it.number, it.title, it.text) for it in _items(RUN_IN_NOTES)] == [
        ("1", "Mötets öppnande", "Ordföranden hälsade alla välkomna och öppnade mötet."),
        ("2", "Val av justerare", "Till justerare valdes Anna Berg (PRO)."),
        (
            "3",
            "Information om hemtjänsten",
            "Verksamhetschef Lisa Ek informerade om läget.\nFrågor ställdes om nattpatrullen.",
        ),
        ("4", "Övriga frågor", "Inga övriga frågor."),
    ]
    assert [(it.title, it.text) for it in _items(RUN_IN_PROTOCOL)] == [
        ("Mötets öppnande", "Ordföranden öppnade mötet."),
        ("Val av justerare", "Anna Berg (S) utses att justera protokollet."),
        ("Information om kv. Eken", "Planchefen informerar."),  # "kv." is no full stop
    ]


NARROW_VERB = """Socialnämnden
Protokoll 2026-04-22
§ 12 Information från
kommundirektören
Kommundirektör Lena Ahl informerar om
- rekryteringen av ny chef
- budgetläget
Beslut
Informationen läggs till handlingarna.
§ 13 Svar på medborgarförslag om en hundrastgård i Norra
Hagen
Ett medborgarförslag har kommit in.
"""


def test_a_capitalised_line_with_a_verb_opens_the_body() -> None:
    # "informerar om" runs into a list, not to a full stop; the verb says it is text, not a title.
    assert [r[1] for r in _rows(NARROW_VERB)] == [
        "Information från kommundirektören",
        "Svar på medborgarförslag om en hundrastgård i Norra Hagen",
    ]


PARAGRAPH_ROWS = """Kommunstyrelsen
KALLELSE 2026-05-12
Ärende\tDnr\tFöredragande
§ 1\tVal av justerare\t\tOrdförande
§ 2\tBudget 2027 med plan för\tKS 2026/5\tAnna Ek, ekonomichef
2028-2029
§ 3\tInformation om krisberedskap\tKS 2026/9\tPer Lund, säkerhetssamordnare
"""

LISTED = """Kommunstyrelsen
KALLELSE 2026-05-12
Föredragningslista
1. Val av justerare
2. Budget 2027 (Dnr KS 2026/5)
3. Information om krisberedskap, dnr KS 2026/9
4. Motion från Anna Ek (S) om lekplatser – KS 2026/11
5. Översiktsplan – 2026/27
"""


def test_agenda_rows_numbered_with_paragraphs_and_numbers_after_the_title() -> None:
    items = _items(PARAGRAPH_ROWS)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§1", "Val av justerare", []),
        ("§2", "Budget 2027 med plan för 2028-2029", ["KS 2026/5"]),  # a span of years is no case
        ("§3", "Information om krisberedskap", ["KS 2026/9"]),
    ]
    assert items[1].text == "Anna Ek, ekonomichef"  # the presenter's cell is text, not title
    assert _rows(LISTED) == [
        ("1", "Val av justerare", []),
        ("2", "Budget 2027", ["KS 2026/5"]),
        ("3", "Information om krisberedskap", ["KS 2026/9"]),
        ("4", "Motion från Anna Ek (S) om lekplatser", ["KS 2026/11"]),
        ("5", "Översiktsplan – 2026/27", []),  # a bare number after a dash is a period, not a case
    ]


LABELLED_UNDER = """Kommunstyrelsen
Protokoll 2026-03-12
§ 45 Budget 2027
Handläggare: Anna Ek, ekonomichef
Dnr: KS 2026/5
Förvaltningen har tagit fram ett förslag, se även KS 2025/301.
§ 46
Information om krisberedskap
Föredragande: Per Lund
Diarienummer KS 2026/9
Säkerhetssamordnaren informerar, se KS 2025/77.
"""


def test_a_labelled_case_number_under_the_headings_other_labels() -> None:
    assert _rows(LABELLED_UNDER) == [
        ("§45", "Budget 2027", ["KS 2026/5"]),
        ("§46", "Information om krisberedskap", ["KS 2026/9"]),
    ]


CAPS_WRAPPED = """KOMMUNFULLMÄKTIGE
PROTOKOLL 2026-04-27
§ 45
SVAR PÅ MOTION OM FLER
LEKPLATSER I CENTRUM
Dnr KS 2026/40
Kommunstyrelsen föreslår att motionen ska anses besvarad med hänvisning till att arbetet redan pågår.
Beslut
Motionen anses besvarad.
"""


def test_a_title_in_capitals_wraps_in_capitals() -> None:
    assert _rows(CAPS_WRAPPED) == [("§45", "SVAR PÅ MOTION OM FLER LEKPLATSER I CENTRUM", ["KS 2026/40"])]


BARE_UNDER = """Kommunfullmäktige
Protokoll 2026-04-27
§ 45 Skolplacering inför läsåret
2026/27
Förvaltningen redovisar.
§ 46 Budget 2027
2026/45
Ekonomichefen redovisar förslaget i detalj för ledamöterna idag.
§ 47
0123/26
Val av revisorer
Fullmäktige väljer revisorer.
"""


def test_a_bare_number_alone_under_the_heading_is_its_case_but_a_school_year_is_not() -> None:
    assert _rows(BARE_UNDER) == [
        ("§45", "Skolplacering inför läsåret 2026/27", []),
        ("§46", "Budget 2027", ["2026/45"]),
        ("§47", "Val av revisorer", ["0123/26"]),
    ]


def test_a_title_stops_at_the_section_words_of_other_kommuner() -> None:
    text = (
        _HEAD
        + "§ 5\nÖversyn av reglementen\nBeslutsförslag\nKommunstyrelsen antar reglementena.\n\n"
        + "§ 6\nRiktlinjer för bidrag\nUnderlag för beslut\nTjänsteskrivelse 2026-02-01.\n\n"
        + "§ 7\nTaxa för tillsyn\nTidigare behandling\nKF § 12/2025.\n"
    )
    titles = ["Översyn av reglementen", "Riktlinjer för bidrag", "Taxa för tillsyn"]
    assert [r[1] for r in _rows(text)] == titles


NUMBER_AT_THE_END = """Kommunstyrelsen
Protokoll 2026-03-12
§ 21 Budget 2027
Ekonomichefen redovisar förslaget.
Beslut
Budgeten fastställs.
Dnr KS 2026/5
§ 22 Taxa för bygglov
Taxan ses över.
Beslut
Taxan antas.
Dnr KS 2026/9
§ 23 Delårsrapport
Rapporten redovisas.
Beslut
Rapporten godkänns.
Dnr KS 2026/14
"""


def test_a_case_number_at_the_end_of_each_paragraph_is_not_the_next_ones() -> None:
    # The last paragraph ends with its number too: the document prints numbers at the end, not above.
    assert _rows(NUMBER_AT_THE_END) == [
        ("§21", "Budget 2027", ["KS 2026/5"]),
        ("§22", "Taxa för bygglov", ["KS 2026/9"]),
        ("§23", "Delårsrapport", ["KS 2026/14"]),
    ]


def test_a_running_header_naming_the_pages_paragraphs_is_removed() -> None:
    head = "Kommunstyrelsen\tProtokoll 2026-03-12\t§§ {}–{}\n"
    pages = [
        head.format(45, 46)
        + "Sammanträdesdatum 2026-03-12\n§ 45 Budget 2027\nEkonomen redovisar.\nBeslut\nBudgeten antas.\n"
        + "§ 46",
        head.format(46, 47)
        + "Information om krisberedskap\nSäkerhetssamordnaren informerar.\n§ 47 Delårsrapport",
        head.format(47, 48) + "Rapporten redovisas.\n§ 48 Meddelanden\nInga.",
    ]
    titles = ["Budget 2027", "Information om krisberedskap", "Delårsrapport", "Meddelanden"]
    assert [r[1] for r in _rows("\f".join(pages))] == titles
