"""Items, titles, case numbers and the organ in shapes kommuner14 showed (issue 9, items12).

Each text is invented and tests one shape in isolation: a plain-text agenda table whose title cell runs
into the presenter column with one space between, a presenter's name above a row's number in a table
that centres its rows, a kallelse whose numbered sections follow its agenda table, the list of those
called at a kallelse's end, a title typed as two paragraphs above its § line, "Skickas till: X" before
the next title, "Dnr RS 1187-2026" and a running footer cut at "│".
"""

from __future__ import annotations

from indexer.meta.detect import detect_meta
from indexer.meta.header import running_cells
from indexer.read.clean import clean_text
from indexer.segment.common import cut_closing
from indexer.segment.dnr import find_dnr
from indexer.segment.split import segment
from indexer.segment.tables import split_tab_rows
from indexer.types import Item


def _items(text: str) -> list[Item]:
    cleaned = clean_text(text)
    return segment(cleaned, detect_meta(cleaned))


def _table(rows: list[tuple[str, str, str, str]], title_w: int = 44, pres_w: int = 24) -> str:
    """A spaced agenda table: each row (number, title, presenter, dnr) one line, cells padded to width
    and, where a cell fills its column, set one space from the next cell."""
    lines = [f"{'Nr':<7}{'Ärende':<{title_w}}{'Föredragande':<{pres_w}}Dnr"]
    for n, title, pres, dnr in rows:
        lines.append(f"{n:<7}{title:<{title_w - 1}} {pres:<{pres_w - 1}} {dnr}".rstrip())
    return "\n".join(lines)


_KALLELSE_HEAD = (
    "KALLELSE\nTekniska nämnden\nTid: Torsdagen den 19 november 2026 kl. 17.30\n"
    "Ledamöter kallas härmed till sammanträde.\n\n"
)


def test_a_title_cell_that_runs_into_the_presenter_column() -> None:
    # "Detaljplan för del av kvarteret Lärkan 4:26" fills its column: one space before "Kim Berggren,"
    rows = [
        ("1", "Val av justerare", "", ""),
        ("2", "Detaljplan för del av kvarteret Lärkan 4:26", "Kim Berggren,", "TN 2026/0412"),
        ("3", "Taxa för plan- och bygglovsverksamheten 27", "Robin Ek,", "TN 2026/0702"),
        ("4", "Redovisning av delegationsbeslut", "", "TN 2026/0009"),
    ]
    text = _KALLELSE_HEAD + _table(rows) + "\n"
    got = [(it.number, it.title, it.diarienummer) for it in split_tab_rows(text, None)]
    assert got == [
        ("1", "Val av justerare", []),
        ("2", "Detaljplan för del av kvarteret Lärkan 4:26", ["TN 2026/0412"]),
        ("3", "Taxa för plan- och bygglovsverksamheten 27", ["TN 2026/0702"]),
        ("4", "Redovisning av delegationsbeslut", ["TN 2026/0009"]),
    ]


_CENTRED = """Nr     Ärende                                      Föredragande                Dnr
       Information om tillsynsplanen för           Alva Nordqvist,
3                                                                              TN 2026/0118
       år 2026                                     byggnadsinspektör
                                                   Robin Halvarsson,
4      Delårsrapport per augusti 2026                                          TN 2026/0051
                                                   ekonom
5      Anmälningsärenden
                                                   Henrik Fagerlund,
6      Förvaltningschefen informerar
                                                   förvaltningschef
"""


def test_a_presenter_above_the_number_of_a_centred_row_is_that_rows() -> None:
    # rows centred on their number: a name on the line above a one-line title belongs to its row
    items = split_tab_rows(_KALLELSE_HEAD + _CENTRED, None)
    by = {it.number: it for it in items}
    assert [it.number for it in items] == ["3", "4", "5", "6"]
    assert "Alva Nordqvist" in by["3"].text and "Robin Halvarsson" not in by["3"].text
    assert "Robin Halvarsson" in by["4"].text
    assert "Henrik Fagerlund" not in by["5"].text and "Henrik Fagerlund" in by["6"].text


def test_numbered_sections_after_the_agenda_table_are_the_items() -> None:
    rows = [
        ("1", "Val av justerare", "", ""),
        ("2", "Delårsrapport per augusti 2026", "Robin Ek,", "TN 2026/0051"),
        ("3", "Förvaltningschefen informerar", "Anna Berg,", ""),
    ]
    sections = (
        "\n\nÄrenden med förslag till beslut\n\n"
        "1. Val av justerare\nOrdföranden föreslår en justerare.\n\n"
        "2. Delårsrapport per augusti 2026\nDnr TN 2026/0051\nPrognosen visar ett överskott.\n"
        "Förslag till beslut: Delårsrapporten godkänns.\n\n"
        "3. Förvaltningschefen informerar\nFörvaltningschefen informerar om aktuella frågor.\n"
    )
    text = _KALLELSE_HEAD + _table(rows) + sections
    items = _items(text)
    assert [(it.number, it.title) for it in items] == [(n, t) for n, t, _, _ in rows]
    assert all(it.start > text.index("Ärenden med förslag") for it in items)  # the sections, not the rows
    assert "Prognosen visar" in items[1].text and "Robin Ek" in items[1].text  # the row's presenter kept
    assert items[1].diarienummer == ["TN 2026/0051"]


def test_the_list_of_those_called_is_cut_from_the_last_item() -> None:
    body = (
        "Förvaltningschefen informerar om aktuella frågor.\n\n"
        "Kallade ledamöter\nJonas Ek       M      ordförande\n"
        "Anna Berg      S\n\nErsättare för kännedom\nIngvar Persson     M\n\nJonas Ek\nOrdförande\n"
    )
    assert cut_closing(body).strip() == "Förvaltningschefen informerar om aktuella frågor."
    prose = (
        "Nämnden beslutar att kalla ledamöterna till ett extra sammanträde.\n"
        "Kallade ledamöter har meddelat förhinder."
    )
    assert cut_closing(prose) == prose  # a sentence after the word: no list


_PROTOCOL_HEAD = "Barn- och utbildningsnämnden\nProtokoll\nSammanträdesdatum 2026-05-20\n\n"


def test_a_title_typed_as_two_paragraphs_above_its_paragraph_line() -> None:
    # a Word template whose title wraps by a new paragraph: a blank line inside the title
    text = _PROTOCOL_HEAD + (
        "Val av justerare\n\nBUN § 50\n\nAnna Ek (S) utses att justera protokollet.\n\n"
        "Yttrande till Skolinspektionen efter granskning av\n\nKyrkbyskolan\n\n"
        "BUN § 51\t\tDnr BUN/2026:41\n\n"
        "Skolinspektionen har granskat undervisningen. Nämnden ska redovisa åtgärder.\n\nBeslut\n\n"
        "Nämnden antar yttrandet.\n\n"
        "Presentation av resultat från elevenkäten\n\nvåren 2026\n\nBUN § 52\t\tDnr BUN/2026:97\n\n"
        "Kvalitetsutvecklare Malin Öst presenterar resultatet från vårens elevenkät i årskurs 5 och 8.\n\n"
        "Beslut\n\nPresentationen noteras.\n\n"
        "FÖRÄNDRAT UPPTAGNINGSOMRÅDE FÖR NORRSKOLAN OCH\n\nSÖDERSKOLAN\n\nBUN § 53\t\tDnr BUN/2025:230\n\n"
        "Förvaltningen föreslår att gränsen flyttas. Förändringen motiveras av kapacitetsbrist.\n\n"
        "Beslut\n\nNämnden beslutar enligt förslaget.\n"
    )
    assert [(it.number, it.title) for it in _items(text)] == [
        ("§50", "Val av justerare"),
        ("§51", "Yttrande till Skolinspektionen efter granskning av Kyrkbyskolan"),
        ("§52", "Presentation av resultat från elevenkäten våren 2026"),
        ("§53", "FÖRÄNDRAT UPPTAGNINGSOMRÅDE FÖR NORRSKOLAN OCH SÖDERSKOLAN"),
    ]


def test_addressees_on_the_sent_to_line_are_no_part_of_the_next_title() -> None:
    text = "Regionstyrelsens arbetsutskott\nProtokoll\nSammanträdesdatum 2026-11-10\n\n" + (
        "Val av justerare\n§ 201\nAnna Ek (M) utses att justera protokollet.\n"
        "Hyresavtal för hälsocentralen i Storuman\n§ 202\tDnr RS 0981-2026\n"
        "Fastighetschefen föredrar ärendet. Avtalet avser 2 150 kvadratmeter.\n"
        "Arbetsutskottets beslut\nRegiondirektören får i uppdrag att teckna avtalet.\n"
        "Skickas till: Regionfastigheter, Hälsocentralen Storuman\n"
        "Anmälan av delegationsbeslut\n§ 203\tDnr RS 0004-2026\n"
        "Följande beslut anmäls. Arbetsutskottet noterar anmälan.\n"
    )
    assert [(it.number, it.title, it.diarienummer) for it in _items(text)] == [
        ("§201", "Val av justerare", []),
        ("§202", "Hyresavtal för hälsocentralen i Storuman", ["RS 0981-2026"]),
        ("§203", "Anmälan av delegationsbeslut", ["RS 0004-2026"]),
    ]


def test_serial_and_year_with_a_dash_after_a_label() -> None:
    assert find_dnr("§ 204\tDnr RS 1187-2026") == ["RS 1187-2026"]
    assert find_dnr("Diarienummer: RS 0744-2026") == ["RS 0744-2026"]
    assert find_dnr("RS 1187-2026 Beslut om förlängning") == []  # no label: a reference, not taken
    assert find_dnr("Dnr RS 12-2026") == []  # a serial of two digits: not this shape
    assert find_dnr("Dnr KS 45/2026") == ["KS 45/2026"]  # Örebro's order, as before


def test_a_running_footer_cut_at_box_drawing_bars() -> None:
    line = "Gällivare kommun │ Miljö- och byggnadsnämnden │ Sammanträdesdatum 2026-04-08"
    assert running_cells([line]) == [
        "Gällivare kommun",
        "Miljö- och byggnadsnämnden",
        "Sammanträdesdatum 2026-04-08",
    ]

    # a comma inside an organ's name (a small letter follows) is no field break; one between fields is
    assert running_cells(["Politisk samverkansberedning för vård, omsorg och hälsa"]) == [
        "Politisk samverkansberedning för vård, omsorg och hälsa"
    ]
    assert running_cells(["Hjo kommun, Kommunstyrelsen, Sida 2 (3)"]) == [
        "Hjo kommun",
        "Kommunstyrelsen",
        "Sida 2 (3)",
    ]


def test_a_running_header_between_a_title_and_its_paragraph_line() -> None:
    # the page's header set to the right of the first title, read between it and "§ 185"
    text = "REGION NORRBY\tPROTOKOLL\nRegionstyrelsen\tDatum: 2026-11-10\n\n" + (
        "Val av justerare och tid för justering\nPROTOKOLL\nDatum: 2026-11-10\n§ 185\nBeslut\n"
        "Regionstyrelsen utser Anna Ek (M) att justera protokollet.\n"
        "Godkännande av föredragningslistan\n§ 186\nBeslut\nFöredragningslistan godkänns.\n"
        "Delårsrapport januari–augusti 2026\n§ 187\tDiarienummer RN26/00873\nBeslut\nRapporten godkänns.\n"
    )
    assert [(it.number, it.title) for it in _items(text)] == [
        ("§185", "Val av justerare och tid för justering"),
        ("§186", "Godkännande av föredragningslistan"),
        ("§187", "Delårsrapport januari–augusti 2026"),
    ]
