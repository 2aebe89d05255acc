"""Segmentation shapes (indexer.segment.split) on small synthetic documents, and metadata rules
(indexer.meta.detect)."""

from __future__ import annotations

from pathlib import Path

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.segment.dnr import find_dnr_spans
from indexer.segment.split import segment
from indexer.types import DocMeta


def _seg(text: str) -> list[tuple[str | None, str]]:
    cleaned = clean_text(text)
    return [(it.number, it.title) for it in segment(cleaned, detect_meta(cleaned))]


PROTOCOL = """KOMMUN Y                  SAMMANTRÄDESPROTOKOLL
Tekniska nämnden
Datum
2025-09-24

Övriga närvarande
Anna Berg, ekonom, § 87
§ 88

Innehåll

§ 86 Dnr TE-2025-00171
Vatten & Avloppstaxa 2026 ........................ 3

§ 87 Dnr TE-2025-00172
Avfallstaxa 2026 ......................................... 4

<!-- sida 3 -->
KOMMUN Y                  SAMMANTRÄDESPROTOKOLL          3 (5)
Tekniska nämnden
Datum
2025-09-24

§ 86                      Dnr TE-2025-00171
Vatten & Avloppstaxa
2026

Beslut
Nämnden antar taxan (se § 12).

Justerandes signatur      Utdragsbestyrkande

<!-- sida 4 -->
KOMMUN Y                  SAMMANTRÄDESPROTOKOLL          4 (5)
Tekniska nämnden
Datum
2025-09-24

$ 87 Dnr TE-2025-00172
Avfallstaxa 2026
Beslut
Nämnden antar avfallstaxan.
"""


def test_paragraph_protocol_skips_contents_and_attendance() -> None:
    cleaned = clean_text(PROTOCOL)
    items = segment(cleaned, detect_meta(cleaned))
    assert [(it.number, it.title) for it in items] == [
        ("§86", "Vatten & Avloppstaxa 2026"),
        ("§87", "Avfallstaxa 2026"),
    ]
    assert items[0].diarienummer == ["TE-2025-00171"]
    assert "Nämnden antar taxan" in items[0].text
    assert "Justerandes" not in items[0].text and "SAMMANTRÄDESPROTOKOLL" not in items[1].text


KALLELSE = """KALLELSE/UNDERRÄTTELSE

Upprättad
2026-04-09

Kommunstyrelsen

Sammanträde tisdagen den 21 april 2026 kl. 13.00

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie<br>Eva Ek (SD) |
|  | Information |  |  |
| 1. | Information om<br>säkerhet<br>13.00–13.30<br>Magnus Fogelblad | 2026-00054 |  |
| 2. | Svar på remiss av<br>planer (KN2023/03476) | 2026-<br>00014 | Förslag till beslut<br>Beslut. |
|  | Beslutsärenden |  |  |
| 3. | Taxa för<br>avfall 2026<br>Föredragande: Bo Ek | KS-2025-<br>00496 | - |
"""


def test_markdown_agenda_table() -> None:
    cleaned = clean_text(KALLELSE)
    meta = detect_meta(cleaned)
    assert (meta.organ, meta.date, meta.doc_type) == ("Kommunstyrelsen", "2026-04-21", "kallelse")
    items = segment(cleaned, meta)
    assert [(it.number, it.title) for it in items] == [
        (None, "Val av justerare"),
        ("1", "Information om säkerhet"),
        ("2", "Svar på remiss av planer (KN2023/03476)"),
        ("3", "Taxa för avfall 2026"),
    ]
    assert items[1].diarienummer == ["KS-2026-00054"]  # series taken from the organ
    assert items[2].diarienummer[0] == "KS-2026-00014" and "KN2023/03476" in items[2].diarienummer
    assert items[3].diarienummer == ["KS-2025-00496"]
    assert "Magnus Fogelblad" in items[1].text and "Förslag till beslut\nBeslut." in items[2].text


def test_tab_separated_rows_with_tags() -> None:
    text = (
        "**Ärende:** Politiskt råd för vårdval\n\n\tÄrende\tAnteckning\n"
        "1\tMötet öppnas\tOrdförande öppnar.\n2\tÖvriga frågor\t<p>Fråga om RS/762/2024.</p> <p>Mer.</p>\n"
        "RS/724/2024\n\nAnteckning gjord av N N"
    )
    meta = detect_meta(text)
    items = segment(text, meta)
    assert [(it.number, it.title) for it in items] == [("1", "Mötet öppnas"), ("2", "Övriga frågor")]
    assert items[1].diarienummer == ["RS/762/2024", "RS/724/2024"]
    assert "<p>" not in items[1].text and "Anteckning gjord" not in items[1].text
    assert meta.organ == "Politiskt råd för vårdval"


def test_numbered_headings_and_attached_extract() -> None:
    text = """Datum: 2024-11-08

1 Mötet öppnas**Ärendet i korthet**

Ordförande öppnar.

2 Uppdrag från beredningen
(HSF240207)**Sammanfattning**

Text om uppdraget.

- 1. en lista i texten

3 Övriga frågor

Strategisk beredning

Plats och tid\tVästerås
Organ\tStrategisk beredning
Sammanträdesdatum\t2024-10-11

§63 Nära vård – fortsatt arbete

Beslut om uppdrag.
"""
    items = segment(text, DocMeta(doc_type="kallelse"))
    assert [(it.number, it.title) for it in items] == [
        ("1", "Mötet öppnas"),
        ("2", "Uppdrag från beredningen"),
        ("3", "Övriga frågor"),
        ("§63", "Nära vård – fortsatt arbete"),
    ]
    assert items[1].diarienummer == ["HSF240207"]
    assert (items[3].organ, items[3].date) == ("Strategisk beredning", "2024-10-11")
    assert (items[2].organ, items[2].date) == (None, None)
    assert "Plats och tid" not in items[2].text


def test_numbered_points_with_sub_bullets() -> None:
    text = (
        "Mötesanteckning\n\n1. Första punkten\n\n- a\n- b\n\n2. **Andra punkten**\n\n- c\n\nSlutsats:\n- d\n"
    )
    assert _seg(text) == [("1", "Första punkten"), ("2", "Andra punkten")]


def test_bullets_with_numbered_points_inside() -> None:
    text = (
        "Hoppa över navigering\n • Ordföranden öppnar mötet.\n\n • § 29\n\n  Val av justerare\n\n"
        " • 1. Statusrapport,\n\n  Text ett.\n\n  2. Handlingsplan\n\n  Text två.\n\n"
        " • Elin föredrar punkten.\n\n  Om Barnahus.\n\n • \n\nVi använder cookies på webbplatsen.\n"
    )
    got = _seg(text)
    assert got == [
        (None, "Ordföranden öppnar mötet."),
        ("§29", "Val av justerare"),
        ("1", "Statusrapport"),
        ("2", "Handlingsplan"),
        (None, "Elin föredrar punkten."),
    ]


def test_tjansteskrivelse_is_one_item() -> None:
    text = (
        "2020-05-11\n\nRegionstaben\n\nRS/554/2019\n\nStyrgrupp Hälsoval - Rapport\n\nÄrendebeskrivning\n\n"
        "Regionstyrelsen beslutade.\n\nRegiondirektörens förslag\n\n"
        "1. Gruppen upplöses.\n2. Frågan överförs.\n\n"
        "I tjänsten\nHans Svensson\n"
    )
    meta = detect_meta(text)
    assert meta.doc_type == "tjänsteskrivelse" and meta.organ == "Regionstyrelsen"
    items = segment(text, meta)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        (None, "Styrgrupp Hälsoval - Rapport", ["RS/554/2019"])
    ]


def test_unstructured_text_is_one_item() -> None:
    items = segment("Några rader utan struktur.\nInget mer.\n", DocMeta())
    assert len(items) == 1 and items[0].text


def test_item_offsets_point_at_headings() -> None:
    cleaned = clean_text(PROTOCOL)
    for it in segment(cleaned, detect_meta(cleaned)):
        assert cleaned[it.start :].lstrip().startswith(("§", "$"))


def test_meta_dates_and_organization() -> None:
    m = detect_meta("**Tid och plats:** 9 december 2024 kl 13.00\n\nOmställning i Jämtlands län.\n")
    assert (m.date, m.year) == ("2024-12-09", 2024)
    assert (m.organization, m.organization_inferred) == ("Region Jämtland Härjedalen", True)
    m = detect_meta("KUNGSBACKA KOMMUN   SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nDatum\n2025-10-07\n")
    assert (m.organization, m.organization_inferred, m.organ, m.doc_type) == (
        "Kungsbacka kommun",
        False,
        "Kommunstyrelsen",
        "protokoll",
    )
    m = detect_meta("Protokoll\n\nVid mötet i februari 2021 (26 februari 2021) beslutades.\n")
    assert (m.date, m.year) == (None, 2021)


def test_scraped_html_page_end_to_end(tmp_path: Path) -> None:
    from indexer.extract import extract_file

    page = """<html><body><a class="skip" href="#c">Hoppa över navigering</a>
    <nav><ul><li>Start</li></ul></nav>
    <div>
      <ul>
        <li><p>Ordföranden öppnar mötet.</p></li>
        <li><p>§ 29</p><p>Val av justerare</p></li>
        <li><p>1. Statusrapport,</p><p>Projektledarna presenterar.</p><p>2. Handlingsplan</p><p>Elsy.</p></li>
        <li><p>Lisbet föredrar punkten.</p><p>Om tjänsteköp.</p></li>
      </ul>
    </div><footer>Vi använder cookies.</footer></body></html>"""
    p = tmp_path / "svom.html"
    p.write_text(page, encoding="utf-8")
    ex = extract_file(p)
    assert [(it.number, it.title) for it in ex.items] == [
        (None, "Ordföranden öppnar mötet."),
        ("§29", "Val av justerare"),
        ("1", "Statusrapport"),
        ("2", "Handlingsplan"),
        (None, "Lisbet föredrar punkten."),
    ]
    assert "tjänsteköp" in ex.items[-1].text and "cookies" not in ex.items[-1].text


def test_dnr_under_the_title_and_abbreviation_periods() -> None:
    text = (
        "§ 86\nVatten & Avloppstaxa 2026\nDnr TE-2025-00171\n\nBeslut\nAntas.\n\n"
        "§ 87 Dnr TE-2025-00172\nPrincipavtal inom Lerberg 16:40 m.fl.\ni Anneberg\n\nBeslut\nOk.\n"
    )
    items = segment(text, DocMeta(doc_type="protokoll"))
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("§86", "Vatten & Avloppstaxa 2026", ["TE-2025-00171"]),
        ("§87", "Principavtal inom Lerberg 16:40 m.fl. i Anneberg", ["TE-2025-00172"]),
    ]


def test_decision_list_of_a_protocol_extract_is_not_the_agenda() -> None:
    text = (
        "Kiruna kommun\nPROTOKOLLSUTDRAG\nKommunfullmäktige\nSammanträdesdatum 2024-12-16\n\n"
        "§ 188\nDetaljplan för Luossavaara\nDnr KS 2024-0400\n\nPlanen antogs av byggnadsnämnden.\n\n"
        "Kommunfullmäktiges beslut\n1. Detaljplanen antas.\n2. Kommunstyrelsen tecknar avtal med bolaget.\n"
    )
    assert _seg(text) == [("§188", "Detaljplan för Luossavaara")]
    # The same list as the agenda of a note is items: short titles without full stops.
    assert _seg("Minnesanteckningar\nStyrgrupp\n\n1. Lägesbild\n2. Budget 2025\n3. Nästa möte\n") == [
        ("1", "Lägesbild"),
        ("2", "Budget 2025"),
        ("3", "Nästa möte"),
    ]


def test_headings_with_organ_prefix_bold_or_label() -> None:
    assert _seg("Protokoll\n\nKS § 101\nUpprop\n\nText.\n\nKS § 102\nBudget\nDnr KS 2024/7\n\nText.\n") == [
        ("§101", "Upprop"),
        ("§102", "Budget"),
    ]
    assert _seg(
        "Protokoll\n\n**§ 45 Årsredovisning 2024**\n\nText.\n\n**§ 46 Motion om solceller**\n\nText.\n"
    ) == [
        ("§45", "Årsredovisning 2024"),
        ("§46", "Motion om solceller"),
    ]
    assert _seg(
        "Protokoll\n\nÄrende 7\nYttrande till IVO\nDnr SN 2024/40\n\nText.\n\nÄrende 8\nInformation\n"
    ) == [
        ("7", "Yttrande till IVO"),
        ("8", "Information"),
    ]


def test_title_without_blank_line_stops_at_the_body() -> None:
    body = (
        "Ärendet avser fyra hus med sammanlagt 48 lägenheter. Sökanden har kompletterat ansökan med ritningar"
    )
    filler = "\n".join(
        ["Detta är en rad med löpande text som fyller ut sidans bredd helt och hållet nu."] * 12
    )
    text = (
        "Protokoll\n\n§ 21\nBudgetuppföljning\nNämndens budget-\nramar är oförändrade.\n\n"
        f"§ 22\nBygglov för Tallen 4\n{body}\n{filler}\n"
    )
    cleaned = clean_text(text)
    items = segment(cleaned, detect_meta(cleaned))
    assert [(it.number, it.title) for it in items] == [
        ("§21", "Budgetuppföljning"),
        ("§22", "Bygglov för Tallen 4"),
    ]
    assert "budgetramar är oförändrade" in items[0].text


def test_organ_abbreviation_gives_the_series_of_bare_numbers() -> None:
    text = (
        "Kallelse\nNämnden för Kultur & Fritid (KFT)\n\n| Nr | Ärende | Beteckning |\n|---|---|---|\n"
        "| 1 | Val av justerare | |\n| 2 | Donation av fioler | 2026-00065 |\n"
    )
    items = segment(text, detect_meta(text))
    assert items[1].diarienummer == ["KFT-2026-00065"]


def test_signature_block_is_not_in_the_last_item() -> None:
    text = (
        "Anteckningar\n\n1. Lägesbild\nAllt lugnt.\n\n2. Nästa möte\nDen 9 maj i Kommunhuset.\n\n"
        + "Vid anteckningarna:\n\nÅsa Ek\n"
    )
    cleaned = clean_text(text)
    items = segment(cleaned, detect_meta(cleaned))
    assert items[-1].text == "Den 9 maj i Kommunhuset."


def test_html_notes_with_unnumbered_h2_points(tmp_path: Path) -> None:
    from indexer.extract import extract_file

    page = (
        "<html><body><nav><a href='/'>Start</a></nav><main><h1>Minnesanteckningar</h1>"
        "<p>Pensionärsrådet, Ale kommun</p><p>Datum: 2024-05-02</p>"
        "<h2>Ekonomi</h2><p>Nämnden redovisar ett litet överskott.</p>"
        "<h2>Färdtjänst</h2><p>Nya regler gäller från hösten.</p>"
        "<h2>Övriga frågor</h2><p>Inga.</p></main></body></html>"
    )
    path = tmp_path / "ale.html"
    path.write_text(page, encoding="utf-8")
    ex = extract_file(path)
    assert [(it.number, it.title) for it in ex.items] == [
        ("1", "Ekonomi"),
        ("2", "Färdtjänst"),
        ("3", "Övriga frågor"),
    ]
    assert ex.items[1].text == "Nya regler gäller från hösten."
    assert (ex.meta.organization, ex.meta.organ, ex.meta.date) == (
        "Ale kommun",
        "Pensionärsrådet",
        "2024-05-02",
    )


def test_ocr_s_for_paragraph_alone_on_its_line_in_sequence() -> None:
    """OCR's "S 101" for "§ 101" is a heading when "§ 102" follows it; a party's "S 12" is not."""
    text = (
        "Kommunstyrelsen\nProtokoll\n\nS 101\n\nVal av justerare\n\nJan Lind (M) utses att justera.\n\n"
        "§ 102\n\nGodkännande av dagordning\n\nDagordningen godkänns.\n\n"
        "§ 103\n\nMandatfördelning\n\nFördelningen blir\nS 12\nM 11\nSD 9\nsom tidigare.\n"
    )
    items = segment(text, DocMeta(doc_type="protokoll"))
    assert [(i.number, i.title) for i in items] == [
        ("§101", "Val av justerare"),
        ("§102", "Godkännande av dagordning"),
        ("§103", "Mandatfördelning"),
    ]


# A § with its title on the § line, its two case numbers each on a line of their own under it (an item
# that handles two cases), and a § whose numbers share one line.
TWO_NUMBERS_UNDER_THE_TITLE = """Socialnämnden
Protokoll 2026-02-11

§ 8 Yttrande över två motioner om trygghetsboenden
SN 2025/0412
SN 2025/0598

Ärendet gäller två motioner. Nämnden beslutade 2024 (SN 2023/0101) om riktlinjerna.

Beslut
Nämnden antar yttrandet.

§ 9 Avgifter inom hemtjänsten
SN 2026/0033; KS 2026/0120

Beslut
Nämnden antar avgifterna.
"""


def test_case_numbers_one_under_the_other_or_in_a_list_are_the_items() -> None:
    cleaned = clean_text(TWO_NUMBERS_UNDER_THE_TITLE)
    items = segment(cleaned, detect_meta(cleaned))
    assert [(it.number, it.title) for it in items] == [
        ("§8", "Yttrande över två motioner om trygghetsboenden"),
        ("§9", "Avgifter inom hemtjänsten"),
    ]
    assert items[0].diarienummer == ["SN 2025/0412", "SN 2025/0598"]  # the 2023 decision is a reference
    assert items[1].diarienummer == ["SN 2026/0033", "KS 2026/0120"]


# A document printing its series in title case after its labels ("Diarienummer: Bn 2026/14"): an item
# announcing new matters lists theirs without a label, in brackets at the end of each line.
TITLE_CASE_SERIES = """Byggnadsnämnden
Protokoll 2026-04-09

§ 30 Bygglov för förskola på Tallbacken 2:4
Diarienummer: Bn 2026/14

Beslut
Nämnden beviljar bygglov.

§ 31 Anmälan av inkomna motioner
Till nämnden har följande motioner kommit in:
* Motion om laddplatser vid kommunhuset [Bn 2026/51]
* Motion om cykelgarage vid resecentrum [Bn 2026/52]
"""


def test_unlabelled_numbers_of_the_documents_title_case_series() -> None:
    cleaned = clean_text(TITLE_CASE_SERIES)
    items = segment(cleaned, detect_meta(cleaned))
    assert [it.diarienummer for it in items] == [["BN 2026/14"], ["BN 2026/51", "BN 2026/52"]]
    assert items[1].dnr_printed["BN 2026/51"] == "Bn 2026/51"  # kept as printed beside the key
    plain = "Nämnden behandlade Bn 2026/14 i mars."  # without such a label in the text: no case number
    assert find_dnr_spans(plain) == []
