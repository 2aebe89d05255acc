"""Meeting metadata from the cues Swedish minutes share (indexer.meta): running page headers, the cover's
labels, the justering's notice, the meeting place, organ abbreviations; and how each field was decided.

The documents imitate several kommuners' layouts (not only Alingsås', whose PDFs are scored in
tests/test_extraction_quality.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.meta.detect import detect_meta
from indexer.meta.header import join_broken, page_heads
from indexer.meta.organization import kommun_name
from indexer.meta.organs import abbreviates, expand_abbreviation
from indexer.read.clean import clean_text
from indexer.types import DocMeta


def _meta(raw: str) -> DocMeta:
    return detect_meta(clean_text(raw), raw=raw)


def _pages(*pages: str) -> str:
    return "\n".join(f"<!-- sida {n} -->\n\n{p}" for n, p in enumerate(pages, start=1))


# A narrow header column breaks the organ's name; the kommun is only named in the justering's notice.
ALINGSAS_LIKE = _pages(
    "1\nVård- och\nomsorgsnämnden\nProtokoll\n2026-05-18\nPlats och tid Grand Hotel Paragrafer §§34-35\n"
    "Beslutande Eva Ek (M) (ordförande)\nUtses att justera Birgit Berg (S)\n"
    "Protokollet är justerat. Justeringen har tillkännagivits på Alingsås kommuns digitala anslagstavla.",
    "2\nVård- och\nomsorgsnämnden\nProtokoll\n2026-05-18\n§ 34 2026.049 VON\nFördjupad månadsuppföljning\n"
    "Beslut\nUppföljningen fastställs. Lerums kommun och Vårgårda kommun har informerats.",
    "3\nVård- och\nomsorgsnämnden\nProtokoll\n2026-05-18\n§ 35 2026.050 VON\nHabiliteringsersättning\n"
    "Beslut\nErsättningen höjs.",
)


def test_running_header_names_organ_date_and_type() -> None:
    meta = _meta(ALINGSAS_LIKE)
    assert (meta.organ, meta.date, meta.doc_type) == ("Vård- och omsorgsnämnden", "2026-05-18", "protokoll")
    assert meta.meta_source["organ"] == "page header"
    assert meta.meta_source["date"] == "page header"


def test_organization_from_the_anslag_not_the_first_kommun_named() -> None:
    meta = _meta(ALINGSAS_LIKE)
    assert meta.organization == "Alingsås kommun"
    assert meta.meta_source["organization"] == "anslag"
    assert not meta.organization_inferred


# Upper-case letterhead in columns, "Sida 2 av 3", the date labelled "Sammanträdesdatum".
UPPER_CASE_LETTERHEAD = _pages(
    "LJUSDALS KOMMUN          SAMMANTRÄDESPROTOKOLL          Sida 1 av 3\n"
    "MILJÖ- OCH BYGGNADSNÄMNDEN\nSammanträdesdatum 2024-03-14\n\nPlats och tid: Kommunhuset, Ljusdal\n",
    "LJUSDALS KOMMUN          SAMMANTRÄDESPROTOKOLL          Sida 2 av 3\n"
    "MILJÖ- OCH BYGGNADSNÄMNDEN\nSammanträdesdatum 2024-03-14\n\n"
    "§ 21   Dnr MBN 2024/9\nBygglov för fritidshus\n"
    "Beslut\nBygglov beviljas.",
    "LJUSDALS KOMMUN          SAMMANTRÄDESPROTOKOLL          Sida 3 av 3\n"
    "MILJÖ- OCH BYGGNADSNÄMNDEN\nSammanträdesdatum 2024-03-14\n\n"
    "§ 22   Dnr MBN 2024/31\nStrandskyddsdispens\n"
    "Beslut\nDispens ges.",
)


def test_other_dates_of_the_cover_are_not_the_meeting() -> None:
    raw = (
        "Protokoll\nÖverförmyndarnämnden\n"
        "Datum för anslags uppsättande 2018-03-02\nJusteringens plats och tid Rådhuset 2018-02-20\n"
        "Sammanträdesdatum 2018-02-13\n\n§ 1 Information\nText.\n\n§ 2 Flerårsstrategi\nText.\n"
    )
    assert _meta(raw).date == "2018-02-13"


def test_upper_case_running_header() -> None:
    meta = _meta(UPPER_CASE_LETTERHEAD)
    assert meta.organization == "Ljusdals kommun"
    assert meta.organ == "Miljö- och byggnadsnämnden"
    assert meta.date == "2024-03-14"
    assert meta.doc_type == "protokoll"
    assert meta.meta_source["organization"] == "page header"


def test_document_type_on_the_organs_line() -> None:
    raw = _pages(
        "Protokoll Kommunstyrelsen 2024-01-16\nHylte kommun\n§ 1 Val av justerare\nAnna Ek utses.",
        "Protokoll Kommunstyrelsen 2024-01-16\n§ 2 Budget\nText om budget.",
        "Protokoll Kommunstyrelsen 2024-01-16\n§ 3 Taxor\nText om taxor.",
    )
    meta = _meta(raw)
    assert (meta.organization, meta.organ, meta.date) == ("Hylte kommun", "Kommunstyrelsen", "2024-01-16")
    assert meta.meta_source["organ"] == "page header"
    raw = _pages(
        "Kommunstyrelsens arbetsutskott 2024-01-16 §§ 1-3\nBräcke kommun\n§ 1 Val av justerare\nAnna Ek.",
        "Kommunstyrelsens arbetsutskott 2024-01-16 §§ 1-3\n§ 2 Budget\nText om budget.",
    )
    assert _meta(raw).organ == "Kommunstyrelsens arbetsutskott"
    meta = _meta("Kallelse till Barn- och utbildningsnämnden\n2024-01-16\n1. Budget\nText.\n2. Taxa\nText.\n")
    assert (meta.organ, meta.doc_type) == ("Barn- och utbildningsnämnden", "kallelse")


def test_a_delegation_list_is_not_a_body() -> None:
    # "Delegation" heads a body's name ("Pensionärsdelegationen"); bound by an s into a compound
    # ("Delegationslista", "Delegationsbeslut") it names a kind of document, never the organ.
    raw = (
        "Region Kronoberg                                   Delegationslista\n"
        "Regionstyrelsen                                    Sammanträde 2026-12-15\n\n"
        "Anmälan av delegationsbeslut till regionstyrelsen 2026-12-15\n"
        "Dnr   Beslut   Delegat   Beslutsdatum\n"
        "RS 2026/412   Beslut om attesträtt   Ekonomidirektör Henrik Lövgren   2026-11-10\n"
    )
    assert _meta(raw).organ == "Regionstyrelsen"
    assert _meta("Pensionärsdelegationen\nMinnesanteckningar 2026-03-02\n1. Öppnande\nText.").organ == (
        "Pensionärsdelegationen"
    )


@pytest.mark.parametrize(
    ("cover", "organ"),
    [
        ("Kulturberedningen – samråd med studieförbunden", "Kulturberedningen"),
        ("Tekniska nämnden - arbetsmöte om budget", "Tekniska nämnden"),
        # the part after the dash is a name, not the kind of meeting: the organ is what it names
        ("Mötesanteckningar – Arbetsgrupp för trygghet", "Arbetsgrupp för trygghet"),
    ],
)
def test_the_kind_of_meeting_after_a_dash_is_no_part_of_the_organ(cover: str, organ: str) -> None:
    raw = f"Testby kommun\n{cover}\nMinnesanteckningar 2026-11-24\n\n1. Inledning\nText om mötet.\n"
    assert _meta(raw).organ == organ


def test_meeting_place_names_the_kommun() -> None:
    raw = (
        "Protokoll\nSocialnämnden\nSammanträdesdatum: 2024-05-22\n"
        "Plats och tid: Stadshuset, Vimmerby, kl. 13.00–16.00\n\n"
        "§ 40 Dnr SN 2024/33\nBudget\nBeslut\nBudgeten antas. Västerviks kommun informeras.\n\n"
        "§ 41 Dnr SN 2024/21\nTaxor\nBeslut\nTaxorna antas.\n"
    )
    meta = _meta(raw)
    # The town where it met, not a name it prints as its own: inferred, so a sources mapping wins.
    assert (meta.organization, meta.meta_source["organization"]) == (
        "Vimmerby kommun",
        "meeting place (inferred)",
    )
    assert meta.organization_inferred
    assert (meta.organ, meta.date) == ("Socialnämnden", "2024-05-22")


def test_a_regions_body_meeting_in_a_kommuns_town_is_the_regions() -> None:
    """Regionstyrelsen meets in Luleå: the place is the town, the organization the region it names."""
    raw = (
        "PROTOKOLL\nRegionstyrelsen\nSammanträdesdatum: 2026-02-03\n"
        "Plats och tid: Regionhuset, Luleå, kl. 09.00–15.00\n\n"
        "§ 12 Dnr RS 2026/40\nBudget\nBeslut\nBudgeten för Region Norrbotten antas.\n\n"
        "§ 13 Dnr RS 2026/41\nTaxor\nBeslut\nTaxorna antas.\n"
    )
    assert _meta(raw).organization == "Region Norrbotten"


def test_meeting_place_in_a_column_of_its_own() -> None:
    raw = (
        "Protokoll\nKommunfullmäktige\n2018-03-28\n"
        "Plats och tid\tGrand Hotel, Alingsås\tParagrafer\t§§27-68\n"
        "Förvaringsplats för\tRådhuset, Alingsås\nprotokollet\n\n"
        "§ 27 2018.210 KS\nAvsägelse\nBeslut\nAvsägelsen godkänns. Västra Götalandsregionen informeras.\n"
    )
    assert _meta(raw).organization == "Alingsås kommun"


def test_abbreviated_organ_expanded_from_the_documents_own_name() -> None:
    raw = (
        "BUN § 12 2024-09-24\nKallelse till sammanträde\n"
        "Barn- och utbildningsnämnden kallas till sammanträde. BUN sammanträder i Kulturhuset. "
        "BUN beslutar om budget. BUN:s presidium bereder.\n"
        "1. Budget 2025\nBarn- och utbildningsnämnden föreslås anta budgeten.\n"
        "2. Skolskjuts\nInformation.\n"
    )
    assert expand_abbreviation("BUN", raw) == ("Barn- och utbildningsnämnden", "document")
    assert expand_abbreviation("BUN", "Barn- och ungdomsnämnden beslutar.")[0] == "Barn- och ungdomsnämnden"


@pytest.mark.parametrize(
    ("abbr", "name"),
    [
        ("KS", "Kommunstyrelsen"),
        ("KF", "Kommunfullmäktige"),
        ("VON", "Vård- och omsorgsnämnden"),
        ("KUN", "Kultur- och utbildningsnämnden"),
        ("SBN", "Samhällsbyggnadsnämnden"),
        ("TN", "Tekniska nämnden"),
        ("KS AU", "Kommunstyrelsens arbetsutskott"),
    ],
)
def test_gazetteer_expands_unambiguous_abbreviations(abbr: str, name: str) -> None:
    assert expand_abbreviation(abbr, "Ärendet bereds.") == (name, "gazetteer")
    assert abbreviates(abbr, name)


def test_ambiguous_abbreviation_without_the_full_name_stays_unexpanded() -> None:
    assert expand_abbreviation("BN", "Ärendet bereds.") == (None, "")  # byggnadsnämnden or bildningsnämnden
    assert not abbreviates("VON", "Valnämnden")


def test_broken_header_lines_are_joined() -> None:
    assert join_broken(["Barn- och", "ungdomsnämnden", "Protokoll"]) == [
        "Barn- och ungdomsnämnden",
        "Protokoll",
    ]
    assert join_broken(["Samhällsbyggnadsnämn", "den"]) == ["Samhällsbyggnadsnämnden"]
    assert join_broken(["Kommunstyrelsens", "arbetsutskott"]) == ["Kommunstyrelsens arbetsutskott"]
    # In a line of columns the broken cell is the one that ends in a word, not the page number beside it.
    assert join_broken(["Protokoll\tRegionstyrelsens\tSida 2 av 9", "personalutskott", "2026-03-02"]) == [
        "Protokoll\tRegionstyrelsens personalutskott\tSida 2 av 9",
        "2026-03-02",
    ]


def test_page_numbers_are_not_header_lines() -> None:
    heads = page_heads(_pages("3\nKommunstyrelsen\nText ett.", "4\nKommunstyrelsen\nText två."))
    assert heads.running == ["Kommunstyrelsen"]


@pytest.mark.parametrize(
    ("kommun", "name"),
    [
        ("Alingsås", "Alingsås kommun"),
        ("Lerum", "Lerums kommun"),
        ("Härryda", "Härryda kommun"),
        ("Orust", "Orust kommun"),
    ],
)
def test_kommun_names(kommun: str, name: str) -> None:
    assert kommun_name(kommun) == name


def test_letterhead_of_a_stad() -> None:
    raw = "Malmö stad\nKommunstyrelsen\nProtokoll 2024-02-07\n\n§ 1 Val av justerare\nAnna\n\n§ 2 Budget\n"
    meta = _meta(raw)
    assert (meta.organization, meta.organ, meta.date) == ("Malmö stad", "Kommunstyrelsen", "2024-02-07")


def test_no_cue_leaves_the_field_empty() -> None:
    meta = _meta("Vi har gått igenom ekonomin.\nResultatet är bättre än väntat.\n")
    assert meta.organization is None and meta.organ is None and meta.date is None
    assert meta.meta_source == {}


@pytest.mark.parametrize(
    ("first_lines", "kind"),
    [
        ("Motion till kommunfullmäktige om laddstationer för cyklister", "motion"),
        ("Initiativärende till vård- och omsorgsnämnden om vaccin", "motion"),
        ("Revisionsrapport 2024\nGranskning av intern kontroll", "granskning"),
        ("Riktlinje för registerkontroll", "anvisning"),
        ("Tillämpningsanvisningar OPF-KR 26", "anvisning"),
        ("Anmälan av delegationsbeslut maj 2026", "delegationslista"),
        ("Delårsrapport per augusti 2024", "rapport"),
        ("PM Förprojektering av överföringsledningar", "rapport"),
        ("Yttrande över remiss om kollektivtrafik", "skrivelse"),
        ("Bilaga 3 Tabeller och grafer", "bilaga"),
    ],
)
def test_documents_that_are_not_minutes_are_typed_and_kept_whole(first_lines: str, kind: str) -> None:
    from indexer.segment.split import segment

    raw = (
        first_lines
        + "\n\n1. Bakgrund\nText om bakgrunden.\n\n2. Förslag\nText om förslaget.\n\n3. Slutsats\nText.\n"
    )
    meta = _meta(raw)
    assert meta.doc_type == kind
    assert len(segment(clean_text(raw), meta)) == 1


def test_sources_file_names_the_organization(tmp_path: Path) -> None:
    import json

    from indexer.extract import extract_file

    folder = tmp_path / "portal" / "2026"
    folder.mkdir(parents=True)
    urls = [f"https://sammantradesportal.alingsas.se/committees/ks/mote-{d}/protocol.pdf" for d in (1, 2)]
    (tmp_path / "portal" / "sources.json").write_text(json.dumps([{"pdfUrl": u} for u in urls]))
    unnamed = folder / "protokoll.txt"
    unnamed.write_text("Kommunstyrelsen\nProtokoll\n2026-06-01\n\n§ 1 Val av justerare\nAnna Ek utses.\n")
    ex = extract_file(unnamed)
    assert (ex.meta.organization, ex.meta.meta_source["organization"]) == ("Alingsås kommun", "sources.json")
    named = folder / "lerum.txt"
    named.write_text("Lerums kommun\nKommunstyrelsen\nProtokoll\n2026-06-01\n\n§ 1 Val av justerare\nText.\n")
    assert extract_file(named).meta.organization == "Lerums kommun"  # printed: the document's own word
    assert (
        extract_file(unnamed, organization="Ale kommun").meta.meta_source["organization"] == "--organization"
    )


# --- second round (tests/data/kommuner2): cues of kommuner the first round never saw -----------------


@pytest.mark.parametrize(
    ("kommun", "name"),
    [("Helsingborg", "Helsingborgs stad"), ("Göteborg", "Göteborgs Stad"), ("Västerås", "Västerås stad")],
)
def test_kommuner_that_call_themselves_stad(kommun: str, name: str) -> None:
    assert kommun_name(kommun) == name


def test_logo_text_names_the_kommun() -> None:
    # The letterhead prints the kommun only as its logo's word, in lower case, on every page.
    raw = _pages(
        "helsingborg\tPROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2026-03-25\n"
        "Plats och tid\tRådhuset, onsdagen den 25 mars 2026\n§ 31\nVal av justerare\nLena Fors utses.",
        "helsingborg\tPROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2026-03-25\n"
        "§ 32\tDnr 00012/2026\nMotion från Klara Ryd (MP) om pollinatörer i Region Skåne\n"
        "Beslut\nRemitteras.",
    )
    meta = _meta(raw)
    assert (meta.organization, meta.organ, meta.date) == (
        "Helsingborgs stad",
        "Kommunfullmäktige",
        "2026-03-25",
    )
    assert meta.meta_source["organization"] == "page header"


def test_region_letterhead_in_capitals() -> None:
    raw = _pages(
        "VÄSTRA GÖTALANDSREGIONEN\tKALLELSE\t1 (2)\nRegionfullmäktige\nDatum: 2026-05-27\n"
        "Tid\tTisdagen den 9 juni 2026 kl. 09.30\nPlats\tRegionens hus, Vänersborg\n"
        "Föredragningslista\nNr\tÄrende\tDiarienummer\n1\tSammanträdets öppnande\n2\tUpprop",
        "VÄSTRA GÖTALANDSREGIONEN\tKALLELSE\t2 (2)\nRegionfullmäktige\nVälkomna!",
    )
    meta = _meta(raw)
    assert (meta.organization, meta.organ, meta.doc_type) == (
        "Västra Götalandsregionen",
        "Regionfullmäktige",
        "kallelse",
    )


@pytest.mark.parametrize(
    "cover",
    [
        # the day the kallelse was sent beside the meeting's, in columns (Norrköping)
        "NORRKÖPINGS KOMMUN\tKALLELSE\nVård- och omsorgskontoret\tDatum 2026-04-08\n"
        "Vård- och omsorgsnämnden\n"
        "Kallelse till sammanträde\nTid\tTorsdagen den 16 april 2026 kl. 13.15\nPlats\tRådhuset",
        # "Datum:" above "Tid och plats" (neither set)
        "Kallelse\nSocialnämnden\nDatum: 2026-04-08\nTid och plats: 2026-04-16 kl. 13.15, Stadshuset",
        # the meeting's date under its label on the next line
        "KALLELSE\nTekniska nämnden\nDatum\n2026-04-08\nSammanträdesdatum\n2026-04-16",
    ],
)
def test_a_kallelse_is_dated_by_its_meeting_not_its_sending(cover: str) -> None:
    raw = cover + "\n\nFöredragningslista\n1\tVal av justerare\n2\tBudget 2027\n"
    meta = _meta(raw)
    assert (meta.doc_type, meta.date) == ("kallelse", "2026-04-16")


def test_a_protocols_datum_label_still_dates_it() -> None:
    meta = _meta("Protokoll\nKommunstyrelsen\nDatum 2026-04-16\n\n§ 1 Val av justerare\nAnna Ek utses.\n")
    assert meta.date == "2026-04-16"


def test_tjansteskrivelse_addressee_in_a_column_of_its_own() -> None:
    raw = (
        "KARLSTADS KOMMUN\tTjänsteskrivelse\t1(2)\nDatum\nKultur- och fritidsförvaltningen\n2026-02-17\n"
        "Dnr:\nKFN 2026.0045\nHandläggare\tJohanna Löv, utvecklingsstrateg\n"
        "Till\tKultur- och fritidsnämnden\n"
        "Revidering av riktlinjer för föreningsbidrag\nFörslag till beslut\n"
        "Kultur- och fritidsnämnden beslutar"
        " att anta riktlinjerna. Kommunstyrelsen har tidigare yttrat sig, se kommunstyrelsens beslut.\n"
    )
    meta = _meta(raw)
    assert (meta.organization, meta.organ, meta.doc_type) == (
        "Karlstads kommun",
        "Kultur- och fritidsnämnden",
        "tjänsteskrivelse",
    )


def test_a_cover_naming_the_adopting_body_gives_no_organ() -> None:
    """A strategy 'Antagen i regionfullmäktige' was adopted there; no body met in it."""
    raw = (
        "Regional utvecklingsstrategi\nför Västra Götaland\n2021 – 2030\n\n"
        "Antagen i regionfullmäktige 17 februari 2026\n\nFörord\nVästra Götaland är en region som växer.\n"
    )
    assert _meta(raw).organ is None
    assert _meta("Kommunstyrelsen\nProtokoll 2026-02-17\n\n§ 1 Val av justerare\n").organ == "Kommunstyrelsen"


def test_date_in_a_running_header_with_its_page_number_and_in_plats_och_tid() -> None:
    """'Sammanträdesdatum 2026-03-10   Sida 1 (4)' on every page: the page's brackets are no annotation;
    'Plats och tid: …, 10 mars 2026 kl. 08.30' labels the meeting's date."""
    from indexer.meta.dates import meeting_date

    running = ["Kommunstyrelsen", "Sammanträdesdatum 2026-03-10   Sida 1 (4)"]
    assert meeting_date(["Kommunstyrelsen", "Beslutande"], running, lambda s: False) == (
        "2026-03-10",
        "page header",
    )
    cover = [
        "Kommunstyrelsen",
        "Plats och tid: Rådhuset, sessionssalen, Stora Torg, Halmstad, 10 mars 2026 kl. 08.30-11.45",
    ]
    assert meeting_date(cover, [], lambda s: False) == ("2026-03-10", "label")


# --- Where the kommun, organ and date are printed in other places (kommuner15's shapes, other layouts) ---


@pytest.mark.parametrize(
    ("sentence", "organ", "date"),
    [
        (
            "Ledamöter kallas och ersättare underrättas till sammanträde med kommunfullmäktige\n"
            "torsdagen den 29 oktober 2026 kl. 18.00 i stadshusets sessionssal.",
            "Kommunfullmäktige",
            "2026-10-29",
        ),
        (
            "Härmed kallas ledamöter och ersättare till barn- och utbildningsnämndens sammanträde "
            "onsdagen den 4 mars 2026 kl. 13.30.",
            "Barn- och utbildningsnämnden",
            "2026-03-04",
        ),
        (
            "Socialnämnden sammanträder måndagen den 9 februari 2026 kl. 08.30 i Tingshuset.",
            "Socialnämnden",
            "2026-02-09",
        ),
        (
            "Ledamöterna i kultur- och fritidsnämnden kallas till sammanträde den 12 maj 2026 i Folkets hus.",
            "Kultur- och fritidsnämnden",
            "2026-05-12",
        ),
        (
            "Kommunstyrelsens arbetsutskott kallas till sammanträde 2026-01-20 kl. 09.00.",
            "Kommunstyrelsens arbetsutskott",
            "2026-01-20",
        ),
    ],
)
def test_a_kallelse_names_its_body_and_day_in_the_sentence_calling_to_it(
    sentence: str, organ: str, date: str
) -> None:
    """No organ line, no date label: the kallelse's own sentence, not its publication date."""
    raw = f"Publicerad 2026-01-05\n\nKallelse/underrättelse\n\n{sentence}\n\nÄrenden\n\n1. Val av justerare\n"
    meta = _meta(raw)
    assert (meta.organ, meta.date, meta.doc_type) == (organ, date, "kallelse")
    assert meta.meta_source["organ"] == meta.meta_source["date"] == "invitation"


def test_a_kallelse_sentence_beats_the_day_it_was_sent_and_not_a_meeting_label() -> None:
    raw = (
        "Kallelse\nDatum 2026-04-08\n\nMiljönämnden kallas till sammanträde torsdagen den 16 april 2026.\n\n"
        "Ärenden\n1. Val av justerare\n"
    )
    assert (_meta(raw).date, _meta(raw).meta_source["date"]) == ("2026-04-16", "invitation")
    labelled = raw.replace("Kallelse\n", "Kallelse\nTid: tisdagen den 21 april 2026 kl. 13.00\n")
    assert (_meta(labelled).date, _meta(labelled).meta_source["date"]) == ("2026-04-21", "label")


def test_a_protocol_is_not_dated_by_a_sentence_about_another_meeting() -> None:
    raw = (
        "Protokoll\nKommunstyrelsen\n\n"
        "Ledamöterna kallades till sammanträde den 3 mars 2026 men mötet ställdes in.\n"
        "§ 1 Val av justerare\n"
    )
    assert _meta(raw).date is None


def test_organ_broken_at_a_hyphen_is_joined_but_shared_word_parts_are_kept() -> None:
    meta = _meta(
        "HJO KOMMUN\tSAMMANTRÄDESPROTOKOLL\nSamhällsbyggnads- nämnden\t2026-10-13\n\n§ 1 Val av justerare\n"
    )
    assert meta.organ == "Samhällsbyggnadsnämnden"
    meta = _meta("HJO KOMMUN\tSAMMANTRÄDESPROTOKOLL\nBarn- och utbildningsnämnden\t2026-10-13\n\n§ 1 Val\n")
    assert meta.organ == "Barn- och utbildningsnämnden"


# A kommun's protocol about agreements with its neighbours and the region; its own kommun is printed once,
# as the protocol's keeper in the justering block on the last page (label and value in columns).
NEIGHBOURS = _pages(
    "SAMMANTRÄDESPROTOKOLL          Sida 1(2)\nKommunstyrelsen          2026-10-07\n\n"
    "§ 142          Dnr KS 2026/214\nSamverkansavtal med Falköpings och Hjo kommuner\n"
    "Region Västra Götaland och Skövde kommun har yttrat sig. Region Västra Götaland tillstyrker.\n",
    "SAMMANTRÄDESPROTOKOLL          Sida 2(2)\nKommunstyrelsen          2026-10-07\n\n"
    "§ 143          Dnr KS 2026/215\nÖverenskommelse med Region Västra Götaland\n"
    "Kommunstyrelsen godkänner överenskommelsen med Region Västra Götaland.\n\n"
    "ANSLAG/BEVIS\nProtokollet är justerat 2026-10-12.\n"
    "Förvaringsplats för protokollet\nKommunledningsförvaltningen, Mariestads kommun\n",
)


def test_the_protocols_keeper_names_its_kommun_after_every_neighbour() -> None:
    meta = _meta(NEIGHBOURS)
    assert (meta.organization, meta.meta_source["organization"]) == ("Mariestads kommun", "förvaringsplats")
    assert meta.date == "2026-10-07"  # not the justering's 2026-10-12


def test_a_kommuns_body_is_not_given_the_region_it_names() -> None:
    """Without the keeper's line nothing says whose Kommunstyrelsen it is: left empty, not the region
    named five times, nor Skövde (named once, as much as any other)."""
    meta = _meta(NEIGHBOURS.replace(", Mariestads kommun", ""))
    assert meta.organ == "Kommunstyrelsen"
    assert meta.organization is None and "organization" not in meta.meta_source


def test_a_regions_body_is_not_given_a_kommun_it_names() -> None:
    raw = _pages(
        "Regionstyrelsen\nProtokoll\n2026-05-05\n\n§ 10 Avtal med Ludvika kommun\n"
        "Ludvika kommun har tecknat avtal.\n",
        "Regionstyrelsen\nProtokoll\n2026-05-05\n\n§ 11 Ludvika kommun och länstrafiken\n"
        "Ludvika kommun yttrar sig.\n",
    )
    meta = _meta(raw)
    assert meta.organ == "Regionstyrelsen"
    assert meta.organization is None


def test_a_type_word_run_together_with_the_organ_is_two_words() -> None:
    """A PDF's text layer runs two header cells together: "PROTOKOLLKommunfullmäktige"."""
    raw = _pages(
        "eslöv\tPROTOKOLLKommunfullmäktige\nSammanträdesdatum\tSida 1 (2)\n2026-03-25\n\n§ 1\nVal\n",
        "eslöv\tPROTOKOLLKommunfullmäktige\nSammanträdesdatum\tSida 2 (2)\n2026-03-25\n\n§ 2\nBudget 2027\n",
    )
    meta = _meta(raw)
    assert (meta.organ, meta.meta_source["organ"]) == ("Kommunfullmäktige", "page header")
    assert meta.organization == "Eslövs kommun"


def test_the_day_of_the_justering_is_not_the_meeting_day() -> None:
    raw = "Kommunstyrelsen\nProtokoll\nTid för justering: 2026-10-12\nSammanträdesdatum: 2026-10-07\n"
    assert (_meta(raw).date, _meta(raw).meta_source["date"]) == ("2026-10-07", "label")


def test_a_region_only_named_often_is_inferred_so_a_sources_mapping_wins(tmp_path: Path) -> None:
    """A nämnd's protocol names Region Skåne four times (an agreement on care): a guess, not its own name."""
    from indexer.extract import extract_file

    raw = (
        "Socialnämnden\nProtokoll\nSammanträdesdatum 2026-04-02\n\n§ 20 Avtal om samverkan\n"
        "Region Skåne och nämnden har förhandlat. Region Skåne föreslår en ny modell. "
        "Avtalet med Region Skåne gäller 2027. Region Skåne betalar hälften.\n"
    )
    meta = _meta(raw)
    assert (meta.organization, meta.organization_inferred) == ("Region Skåne", True)
    path = tmp_path / "protokoll.txt"
    path.write_text(raw, encoding="utf-8")
    ex = extract_file(path, organization="Höörs kommun")
    assert (ex.meta.organization, ex.meta.meta_source["organization"]) == ("Höörs kommun", "--organization")


@pytest.mark.parametrize(
    ("footer", "organization"),
    [
        ("Postadress: Box 1, 523 86 Ulricehamn   www.ulricehamn.se", "Ulricehamns kommun"),
        ("Telefon 0302-52 10 00   kommunen@upplandsvasby.se", "Upplands Väsby kommun"),
        ("Besöksadress Regionens hus   www.regionhalland.se", "Region Halland"),
        ("Växel 0498-26 90 00   https://gotland.se", "Region Gotland"),  # the region is Gotland's kommun
    ],
)
def test_a_running_footers_web_address_names_the_organization(footer: str, organization: str) -> None:
    raw = _pages(
        f"Kultur- och fritidsnämnden\nProtokoll 2026-02-05\n\n§ 1 Val av justerare\nText.\n\n{footer}",
        f"Kultur- och fritidsnämnden\nProtokoll 2026-02-05\n\n§ 2 Bidrag\nText.\n\n{footer}",
    )
    meta = _meta(raw)
    assert (meta.organization, meta.meta_source["organization"]) == (organization, "page header")


def test_a_web_address_in_the_text_is_no_letterhead() -> None:
    raw = _pages(
        "Kultur- och fritidsnämnden\nProtokoll 2026-02-05\n\n§ 1 Val av justerare\nText.\n",
        "Kultur- och fritidsnämnden\nProtokoll 2026-02-05\n\n§ 2 Bidrag\n"
        + "Nämnden beslutar om bidraget.\n" * 20
        + "Mer om Skövdes arbete finns på www.skovde.se.\nBeslutet expedieras till föreningen.\nSlut.\n",
    )
    assert _meta(raw).organization is None


def test_a_shortened_month_is_a_date() -> None:
    raw = "PROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum 5 feb. 2026\n\n§ 1 Val\n"
    assert _meta(raw).date == "2026-02-05"
    assert _meta(raw.replace("5 feb. 2026", "12 sept 2025")).date == "2025-09-12"


def test_a_one_page_documents_footer_address_names_its_kommun() -> None:
    raw = (
        "Kallelse\nKommunstyrelsen\nTid: tisdagen den 3 mars 2026 kl. 13.00\n\nÄrenden\n"
        + "".join(f"{n}. Ärende nummer {n}\n" for n in range(1, 16))
        + "\nAnna Ek\nordförande\n\nKommunkansliet, Box 3, 544 81 Hjo   www.hjo.se\n"
    )
    meta = _meta(raw)
    assert (meta.organization, meta.meta_source["organization"]) == ("Hjo kommun", "footer")


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("Kallelse till sammanträde med kommunfullmäktige", "Kommunfullmäktige"),
        ("Kallelse till socialnämndens sammanträde", "Socialnämnden"),
        ("KALLELSE TILL SAMMANTRÄDE MED BYGG- OCH MILJÖNÄMNDEN", "Bygg- och miljönämnden"),
    ],
)
def test_a_kallelse_title_naming_the_meeting_gives_the_body_not_the_meeting(title: str, organ: str) -> None:
    raw = f"{title}\nTid: torsdagen den 5 mars 2026 kl. 18.00\nPlats: Stadshuset\n\nÄrenden\n1. Val\n"
    assert _meta(raw).organ == organ


def test_a_kommun_in_a_kallelses_agenda_is_not_its_letterhead() -> None:
    raw = (
        "Kallelse\nByggnadsnämnden\nTid: tisdagen den 3 mars 2026 kl. 13.00\n\nÄrenden\n"
        "1. Val av justerare\n2. Detaljplan, Lerums kommun\n3. Yttrande, Partille kommun\n"
    )
    meta = _meta(raw)
    assert meta.organ == "Byggnadsnämnden" and meta.organization is None


@pytest.mark.parametrize(
    ("cover", "date"),
    [
        ("PROTOKOLL\nKommunstyrelsen\nJusterat 2026-10-12\n2026-10-07\n", "2026-10-07"),
        (
            "PROTOKOLL\nKommunstyrelsen\nJusteringsdag\n2026-10-12\nSammanträdets datum\n2026-10-07\n",
            "2026-10-07",
        ),
        ("PROTOKOLL\nKommunstyrelsen\nJusteringsdag\n2026-10-12\n", None),  # only another day: left empty
    ],
)
def test_a_justering_date_on_the_cover_is_not_the_meeting_date(cover: str, date: str | None) -> None:
    assert _meta(cover + "\n§ 1 Val av justerare\n").date == date


@pytest.mark.parametrize(
    "footer",
    [
        "Kommunstyrelsen – Hjo kommun – Protokoll 2026-03-05 – Sida {n} av 3",
        "Hjo kommun, Kommunstyrelsen, protokoll 2026-03-05, Sida {n} (3)",
        "HJO KOMMUN · Kommunstyrelsen · Sammanträdesprotokoll · 2026-03-05 · {n} (3)",
    ],
)
def test_a_running_footers_fields_apart_by_dashes_dots_or_commas(footer: str) -> None:
    """Kommun, organ and date only in a running footer whose fields a dash, a dot or a comma part."""
    raw = _pages(
        *(
            f"§ {n} Ärende {n}\nKommunstyrelsen beslutar att godkänna ärendet.\n\n{footer.format(n=n)}"
            for n in (1, 2, 3)
        )
    )
    meta = _meta(raw)
    assert (meta.organization, meta.organ, meta.date) == ("Hjo kommun", "Kommunstyrelsen", "2026-03-05")
    assert meta.meta_source["organization"] == meta.meta_source["organ"] == "page header"


def test_a_shared_word_parts_comma_in_a_running_header_is_kept() -> None:
    raw = _pages(
        *(f"Barn-, utbildnings- och kulturnämnden, Hjo kommun\n\n§ {n} Ärende\nText.\n" for n in (1, 2))
    )
    assert _meta(raw).organ == "Barn-, utbildnings- och kulturnämnden"


def test_a_kommuns_name_in_capitals_is_no_organ_acronym() -> None:
    raw = "Anteckningar\n\nMötet i HJO om HJO:s skolor. HJO växer, sade HJO-gruppen.\n"
    assert _meta(raw).organ is None
