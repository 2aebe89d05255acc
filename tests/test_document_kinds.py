"""Documents kommuner publish besides plain protocols (issue 9, item 2): a scanned protocol's OCR, a
kallelse's föredragningslista table, a tjänsteskrivelse, a protokollsutdrag.

The cues are those such documents share in any kommun: a § heading whose title OCR parted into two
paragraphs where it broke after a comma, the dash sub-points under an agenda row's title, the signature
under a tjänsteskrivelse's sändlista, a labelled case number with a two-digit year. Every text is
invented.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from indexer.extract import extract_file
from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.read.ocr_fix import fix_minutes_words, fix_paragraph_signs
from indexer.segment.dnr import find_dnr, find_dnr_spans
from indexer.segment.split import segment


def _titles(text: str) -> list[tuple[str | None, str]]:
    cleaned = clean_text(text)
    return [(it.number, it.title) for it in segment(cleaned, detect_meta(cleaned))]


# What Tesseract gives of a protocol whose headings break after a comma: a blank line where the
# spacing between a heading's two lines differs.
OCR_PARTED_TITLE = """SAMMANTRÄDESPROTOKOLL
Barn- och utbildningsnämnden
Sammanträdesdatum 2026-03-11

§ 21
Val av justerare

Nämnden utser Ida Berg att justera protokollet.

§ 22\tDnr BUN 2026/31
Skolskjuts för elever i Västra skolområdet,

revidering av riktlinjer

Ärendebeskrivning

Förvaltningen föreslår ändrade riktlinjer.

§ 23
Läsårstider 2027/2028

Beslut

Nämnden fastställer läsårstiderna.
"""


def test_a_title_ocr_parted_after_a_comma_goes_on_over_the_blank_line() -> None:
    assert _titles(OCR_PARTED_TITLE) == [
        ("§21", "Val av justerare"),
        ("§22", "Skolskjuts för elever i Västra skolområdet, revidering av riktlinjer"),
        ("§23", "Läsårstider 2027/2028"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Ärendebeskrivning",  # a section word
        "Revidering av riktlinjer",  # capitalised: a line of its own
        "och förvaltningen föreslår ändrade riktlinjer för skolskjuts under läsåret.",  # a sentence
    ],
)
def test_no_other_line_goes_on_past_the_blank(after: str) -> None:
    text = OCR_PARTED_TITLE.replace("revidering av riktlinjer", after)
    assert all(after not in title for _, title in _titles(text))


def _kallelse_docx(path: Path, rows: list[tuple[str, list[str], str, str]], bullets: bool = False) -> Path:
    """A Word kallelse with a föredragningslista table Nr | Ärende | Dnr | Föredragande; each Ärende
    cell's paragraphs as given (a paragraph of Word's bullet list where `bullets` and it starts "• ")."""
    d = docx.Document()
    d.add_paragraph("Kallelse till sammanträde med socialnämnden 2026-05-19")
    t = d.add_table(rows=1, cols=4)
    for cell, head in zip(t.rows[0].cells, ["Nr", "Ärende", "Dnr", "Föredragande"], strict=True):
        cell.text = head
    for nr, paragraphs, dnr, who in rows:
        cells = t.add_row().cells
        cells[0].text, cells[2].text, cells[3].text = nr, dnr, who
        cells[1].text = paragraphs[0]
        for p in paragraphs[1:]:
            if bullets and p.startswith("• "):
                cells[1].add_paragraph(p[2:], style="List Bullet")
            else:
                cells[1].add_paragraph(p)
    d.add_paragraph("Handlingarna finns i läsplattan.")
    d.save(str(path))
    return path


ROWS = [
    ("1", ["Val av justerare"], "", ""),
    (
        "2",
        ["Ekonomisk uppföljning april 2026", "– socialnämndens verksamheter"],
        "SN 2026/40",
        "Ekonom Moa Lund",
    ),
    (
        "3",
        ["Aktuellt från förvaltningen", "– Nytt särskilt boende i Tallbacken", "– Bemanningen i sommar"],
        "",
        "Socialchef Erik Holm",
    ),
    (
        "4",
        ["Revidering av riktlinjer för", "ekonomiskt bistånd", "- remissvar", "- tidplan för införande"],
        "SN 2026/12",
        "Erik Holm",
    ),
]


def test_sub_points_under_an_agenda_rows_title_are_no_part_of_it(tmp_path: Path) -> None:
    items = extract_file(_kallelse_docx(tmp_path / "kallelse.docx", ROWS)).items
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("1", "Val av justerare", []),
        # one dashed line alone goes on with the title (the part of it after a dash)
        ("2", "Ekonomisk uppföljning april 2026 – socialnämndens verksamheter", ["SN 2026/40"]),
        ("3", "Aktuellt från förvaltningen", []),
        ("4", "Revidering av riktlinjer för ekonomiskt bistånd", ["SN 2026/12"]),
    ]
    # the sub-points stay in the item's text, where a search finds them
    assert "Bemanningen i sommar" in items[2].text
    assert "tidplan för införande" in items[3].text


def test_sub_points_set_as_words_bullet_list_are_no_part_of_the_title(tmp_path: Path) -> None:
    rows = [ROWS[0], (ROWS[2][0], [p.replace("– ", "• ") for p in ROWS[2][1]], *ROWS[2][2:])]
    items = extract_file(_kallelse_docx(tmp_path / "kallelse.docx", rows, bullets=True)).items
    assert [it.title for it in items] == ["Val av justerare", "Aktuellt från förvaltningen"]
    assert "Nytt särskilt boende i Tallbacken" in items[1].text


def test_sub_points_in_a_pdf_agenda_tables_arende_cell_are_lines_under_the_row() -> None:
    from indexer.read.pdf import pdf_pages
    from tests.test_agenda_table_pdf import _table
    from tests.test_pdf_layout import _pdf

    # a core font has no en dash: the sub-points dashed with hyphens
    cols = [(15, "Nr"), (25, "Ärende"), (120, "Dnr"), (150, "Föredragande")]
    records = [
        [["1"], ["Val av justerare"], [], []],
        [
            ["2"],
            ["Aktuellt från förvaltningen", "- Nytt särskilt boende", "- Bemanningen i sommar"],
            [],
            ["Erik Holm"],
        ],
        [["3"], ["Riktlinjer för färdtjänst", "- remissvar"], ["SN 2026/7"], ["Moa Lund"]],
    ]
    lines = pdf_pages(_pdf([_table(cols, records, 30, 5, 6, centred=False)])).pages[0].lines
    assert "2\tAktuellt från förvaltningen\t\tErik Holm" in lines
    assert lines[lines.index("2\tAktuellt från förvaltningen\t\tErik Holm") + 1] == "- Nytt särskilt boende"
    assert "3\tRiktlinjer för färdtjänst - remissvar\tSN 2026/7\tMoa Lund" in lines


TJANSTESKRIVELSE = """TJÄNSTESKRIVELSE
Socialförvaltningen\t2026-04-02
Dnr SN 2026/118

Handläggare\tMoa Lund, utredare

Avgifter inom äldreomsorgen 2027

Förslag till beslut

Socialnämnden föreslår kommunfullmäktige att anta taxan.

Beslutet skickas till
{recipients}

{signature}
"""


@pytest.mark.parametrize(
    ("recipients", "signature"),
    [
        ("Ekonomiavdelningen\nKommunfullmäktige", "Erik Holm\nSocialchef"),
        (
            "Samtliga enhetschefer\nLena Dahl, avgiftshandläggare",
            "Erik Holm\nFörvaltningschef\n\nMoa Lund\nUtredare",
        ),
        ("Avgiftsenheten\n\nKommunstyrelsen", "Erik Holm\nSocialdirektör"),
    ],
)
def test_the_writers_signature_under_the_sandlista_is_a_person(recipients: str, signature: str) -> None:
    from indexer.entities.people import find_persons

    text = TJANSTESKRIVELSE.format(recipients=recipients, signature=signature)
    names = {p.name for p in find_persons(clean_text(text))}
    assert "Erik Holm" in names
    assert "Lena Dahl" not in names  # a recipient takes no part


def test_a_recipient_with_a_title_under_the_label_stays_a_recipient() -> None:
    from indexer.entities.people import find_persons

    text = TJANSTESKRIVELSE.format(
        recipients="Lena Dahl\nAvgiftshandläggare", signature="Erik Holm\nSocialchef"
    )
    names = {p.name for p in find_persons(clean_text(text))}
    assert "Lena Dahl" not in names and "Erik Holm" in names


@pytest.mark.parametrize(
    ("text", "keys", "match"),
    [
        ("§ 88\tDnr: KS 26-412", ["KS 26-412"], "KS|2026|412"),
        ("Diarienummer BUN 25-0031", ["BUN 25-0031"], "BUN|2025|31"),
        ("Ärendenummer: Sbn 24-1187", ["SBN 24-1187"], "SBN|2024|1187"),
        # session 15 (dnr15): a two-digit serial is read too, after a label as on a § line ("KS 26-41"), and
        # without a label where a series stands before it; a span or an age stays none ("HVB 16-20 år", "KF
        # 12-14 juni": tests/test_dnr15.py)
        ("Dnr KS 26-41", ["KS 26-41"], "KS|2026|41"),
        ("Dnr RS 12-2026", [], None),  # a year after the dash: a serial and a year, not this shape
        ("Mötet hölls i KS 26-412 och", ["KS 26-412"], "KS|2026|412"),
        ("Dnr: SFS 26-412", [], None),  # a publication series is no diarium
    ],
)
def test_a_labelled_case_number_with_a_two_digit_year_and_a_dash(
    text: str, keys: list[str], match: str | None
) -> None:
    assert find_dnr(text) == keys
    assert [d.match for d in find_dnr_spans(text)] == ([match] if match else [])


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Eva Lind (SD) vrkar avslag till förslaget.", "Eva Lind (SD) yrkar avslag till förslaget."),
        ("Bo Ek (M) reserverar slg mot beslutet.", "Bo Ek (M) reserverar sig mot beslutet."),
        ("Bo Ek (M) rescrverar sıg mot beslutet.", "Bo Ek (M) reserverar sig mot beslutet."),
        ("Bo Ek (M) reserverarsig mot beslutet.", "Bo Ek (M) reserverar sig mot beslutet."),
        ("Ida Berg (C) instammer i Bo Eks yrkandc.", "Ida Berg (C) instämmer i Bo Eks yrkande."),
        ("Ordforanden ställer proposition", "Ordföranden ställer proposition"),
        ("Reservatlon", "Reservation"),
        # words of their own stay: a participle, a near word, a name
        ("Bo Ek (M) har yrkat avslag, nämnden avslog.", "Bo Ek (M) har yrkat avslag, nämnden avslog."),
        ("Sigrid Slg och sin sju skidor", "Sigrid Slg och sin sju skidor"),
    ],
)
def test_ocr_misreadings_of_the_words_of_who_did_what_are_put_back(read: str, meant: str) -> None:
    pages = [[read]]
    fix_minutes_words(pages, {0})
    assert pages == [[meant]]


def test_minutes_words_on_a_text_layer_page_are_never_changed() -> None:
    pages = [["Bo Ek (M) vrkar avslag."], ["Bo Ek (M) vrkar avslag."]]
    fix_minutes_words(pages, {1})
    assert pages == [["Bo Ek (M) vrkar avslag."], ["Bo Ek (M) yrkar avslag."]]


MOTESANTECKNINGAR = """Minnesanteckningar
Styrgrupp för folkhälsa, 2026-03-12
Närvarande: Anna Berg (S), ordförande, Per Lind (M), Eva Holm (C)

1.\tMötets öppnande
Ordföranden öppnar mötet.
2.\tFöregående anteckningar
Anteckningarna godkänns.
3.\tFolkhälsorapport 2026 för länets
kommuner
Folkhälsostrateg Jonas Ek presenterar rapporten.
4.\tSamverkan med Region
Norrbotten
Inga övriga frågor.
"""


def test_the_sentence_under_a_numbered_point_set_with_a_tab_is_no_part_of_its_title() -> None:
    assert _titles(MOTESANTECKNINGAR) == [
        ("1", "Mötets öppnande"),
        ("2", "Föregående anteckningar"),
        ("3", "Folkhälsorapport 2026 för länets kommuner"),  # a title broken inside a phrase goes on
        ("4", "Samverkan med Region Norrbotten"),  # and so does a name's second word
    ]


@pytest.mark.parametrize(
    ("read", "heads"),
    [
        # the § lost altogether: a number alone (a title under it) or before its case number
        (
            ["§ 12", "Val av justerare", "", "13", "", "Dagordning", "Text.", "§ 14", "Budget"],
            ["§ 12", "§ 13", "§ 14"],
        ),
        (
            ["§ 40", "Val av justerare", "41\tDnr SN 2026/5", "Taxor", "42", "Riktlinjer", "§ 43", "Avslut"],
            ["§ 40", "§ 41\tDnr SN 2026/5", "§ 42", "§ 43"],
        ),
        # a number out of the run's order, or one whose § is printed elsewhere, stays as read
        (["§ 12", "Val av justerare", "20", "Dagordning", "§ 14", "Budget"], ["§ 12", "§ 14"]),
        (["§ 12", "Antal ledamöter:", "13", "Mandat", "§ 13", "Budget"], ["§ 12", "§ 13"]),
        (["§ 12", "Val av justerare", "§ 13", "Budget", "14", "Text"], ["§ 12", "§ 13"]),  # after the run
    ],
)
def test_a_paragraph_sign_ocr_lost_is_put_back_in_a_gap_of_the_run(read: list[str], heads: list[str]) -> None:
    pages = [["Kommunstyrelsen", *read, "Justerandes sign"]]
    fix_paragraph_signs(pages, {0})
    assert [line for line in pages[0] if line.startswith("§")] == heads


def test_a_page_number_at_a_pages_top_or_foot_is_no_paragraph() -> None:
    pages = [["§ 12", "Val av justerare", "Text."], ["13", "§ 14", "Budget", "Text.", "15"]]
    fix_paragraph_signs(pages, {1})
    assert pages[1] == ["13", "§ 14", "Budget", "Text.", "15"]
