"""Items, titles, case numbers and pages in more shapes that Swedish minutes share (session 6, kommuner9).

Every text is invented and set in a layout *other* than the development document that showed the
miss: the cue tested is one that holds across kommuner (a labelled case number in a shape of its own,
two case numbers one under the other, a page header's label that is never a title, a title wrapped in
a narrow column ending where the body's first section word stands), not one template.
"""

from __future__ import annotations

from pathlib import Path

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


_HEAD = "Socialnämnden\nProtokoll\nSammanträdesdatum 2026-05-19\n\n"
_BODY = (
    "Ärendebeskrivning\nFörvaltningen har tagit fram ett förslag som redovisas i tjänsteskrivelsen.\n"
    "Beslut\nSocialnämnden beslutar enligt förslaget.\n\n"
)


def _protocol(*heads: str) -> str:
    return _HEAD + "".join(h + "\n" + _BODY for h in heads)


def test_labelled_case_numbers_in_shapes_of_their_own() -> None:
    # A suffixed year-serial under the title, a hyphenated series on the § line, an unknown shape after
    # "Ärendenr": each is the item's own number because a label says so.
    text = _protocol(
        "§ 31 Riktlinjer för ekonomiskt bistånd 2027\nDiarienummer: 2026-000318-730",
        "§ 32   Ärendenr SN-IFO26-0044\nUppföljning av placeringar",
        "§ 33 Yttrande till Inspektionen för vård och omsorg\nÄrendenr: 3.1.2-5521/2026",
    )
    assert _rows(text) == [
        ("§31", "Riktlinjer för ekonomiskt bistånd 2027", ["2026-000318-730"]),
        ("§32", "Uppföljning av placeringar", ["SN-IFO26-0044"]),
        ("§33", "Yttrande till Inspektionen för vård och omsorg", ["3.1.2-5521/2026"]),
    ]


def test_a_suffixed_number_cited_in_a_list_is_not_the_items_when_headings_carry_theirs() -> None:
    text = _protocol(
        "§ 40 Delårsrapport augusti 2026\nDnr 2026-000412-042",
        "§ 41 Anmälan av delegationsbeslut\n"
        "Yttrande till länsstyrelsen, dnr 2026-000390-101\nBeslut om bistånd, dnr 2026-000377-730",
        "§ 42 Riktlinjer för hemtjänst\nDnr 2026-000455-730",
    )
    assert [r[2] for r in _rows(text)] == [["2026-000412-042"], [], ["2026-000455-730"]]


def test_two_case_numbers_one_under_the_other_are_both_the_items() -> None:
    # A text protocol: the nämnd's number and the kommunstyrelse's printed on two lines under the title.
    text = _protocol(
        "§ 12 Svar på medborgarförslag om utegym i Berga\nDnr SN 2026/14\nKS 2025/301",
        "§ 13 Budget 2027\nDnr SN 2026/20",
    )
    assert _rows(text) == [
        ("§12", "Svar på medborgarförslag om utegym i Berga", ["SN 2026/14", "KS 2025/301"]),
        ("§13", "Budget 2027", ["SN 2026/20"]),
    ]


def test_a_case_number_right_above_the_next_heading_stays_with_it() -> None:
    # "Dnr" lines printed above each § line: the second line of numbers under § 12 is § 13's.
    text = (
        _HEAD
        + "Dnr SN 2026/14\n§ 12 Svar på medborgarförslag om utegym i Berga\n"
        + _BODY
        + "Dnr SN 2026/20\n§ 13 Budget 2027\n"
        + _BODY
    )
    assert [r[2] for r in _rows(text)] == [["SN 2026/14"], ["SN 2026/20"]]


def test_a_page_headers_label_between_the_paragraph_line_and_the_title_is_never_the_title() -> None:
    # A text export where a page break fell under "§ 14": the next page's header cells stand between the
    # § line and the title, in one or two lines, with the date or without.
    text = _protocol(
        "§ 14\nSammanträdesdatum\n2026-05-19\nÖversyn av reglemente för socialnämnden",
        "§ 15\nJusterandes sign\tUtdragsbestyrkande\nAvgifter inom äldreomsorgen 2027",
        "§ 16\nDatum: 2026-05-19\nRedovisning av ej verkställda beslut",
    )
    assert [r[:2] for r in _rows(text)] == [
        ("§14", "Översyn av reglemente för socialnämnden"),
        ("§15", "Avgifter inom äldreomsorgen 2027"),
        ("§16", "Redovisning av ej verkställda beslut"),
    ]


# A plain-text export with a hanging indent: the title set in a narrow column between the § number and
# a case-number column wraps where the column ends; its last line stands right above the first section.
NARROW = """Barn- och utbildningsnämnden
Protokoll 2026-04-14

§ 7    Remissvar över Länsstyrelsens förslag till            BUN 2026/44
       bildande av naturreservat
       Gräsholmen
       Ärendebeskrivning
       Länsstyrelsen har remitterat ett förslag till naturreservat på Gräsholmen.
       Beslut
       Nämnden antar yttrandet som sitt eget.

§ 8    Skolskjutsar läsåret 2026/27                          BUN 2026/51
       Ärendebeskrivning
       Förvaltningen redovisar upphandlingen av skolskjutsar.
       Beslut
       Redovisningen läggs till handlingarna.

§ 9    Information om arbetsmiljöverkets inspektion vid      BUN 2026/60
       Söderskolan
       Rektor Eva Lund informerar
       Beslut
       Informationen läggs till handlingarna.
"""


def test_a_title_wrapped_in_a_narrow_column_ends_at_the_first_section_word() -> None:
    assert _rows(NARROW) == [
        (
            "§7",
            "Remissvar över Länsstyrelsens förslag till bildande av naturreservat Gräsholmen",
            ["BUN 2026/44"],
        ),
        ("§8", "Skolskjutsar läsåret 2026/27", ["BUN 2026/51"]),
        ("§9", "Information om arbetsmiljöverkets inspektion vid Söderskolan", ["BUN 2026/60"]),
    ]


def _pdf(texts: list[tuple[float, float, str]]) -> bytes:
    """One A4 page; each text is (x mm, y mm from the top, text) in Helvetica 11."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for x, y, text in texts:
        pdf.text(x, y, text)
    return bytes(pdf.output())


def test_a_page_header_in_two_cells_over_a_paragraph_line_is_no_two_column_list() -> None:
    # The organ left and "Sammanträdesdatum" right, the date under it, and below them "§ 31" at the
    # left margin: three rows that fit two columns, but a § line begins the protocol's text, no list.
    page = [
        (20, 15, "Socialnämnden"),
        (105, 15, "Sammanträdesdatum"),
        (105, 20, "2026-05-19"),
        (20, 34, "§ 31"),
        (45, 40, "Riktlinjer för ekonomiskt bistånd 2027"),
        (45, 47, "Förvaltningen har reviderat riktlinjerna efter den nya lagstiftningen."),
    ]
    lines = pdf_pages(_pdf(page)).pages[0].lines
    assert lines[:4] == [
        "Socialnämnden\tSammanträdesdatum",
        "2026-05-19",
        "§ 31",
        "Riktlinjer för ekonomiskt bistånd 2027",
    ]


def test_a_two_column_list_with_a_blank_line_between_its_rows_is_still_read_by_column() -> None:
    left = ["Anna Berg (S)", "Bo Ek (M)", "Cilla Dahl (C)", "Dan Ek (V)"]
    right = ["Eva Falk (SD)", "Fia Gran (L)", "Gun Holm (KD)", "Hans Ito (MP)"]
    page = [(20, 50 + 10 * i, a) for i, a in enumerate(left)] + [
        (110, 50 + 10 * i, b) for i, b in enumerate(right)
    ]
    lines = pdf_pages(_pdf(page)).pages[0].lines
    assert [ln for ln in lines if ln in left + right] == left + right


def test_an_items_page_is_its_paragraph_lines_when_the_title_above_it_ends_the_page_before(
    tmp_path: Path,
) -> None:
    # A text export with form feeds; titles printed above their § lines, and one title left at the foot
    # of page 1 while its § line and text begin page 2: the item is on page 2.
    head = "Tekniska nämnden\tProtokoll\tSida {n} (3)\nSammanträdesdatum 2026-03-04\n\n"
    body = (
        "Förvaltningen redovisar ärendet i en tjänsteskrivelse och föreslår att nämnden godkänner det.\n"
        "Beslut\nNämnden godkänner förslaget.\n\n"
    )
    pages = [
        head.format(n=1)
        + "Val av justerare\n§ 11\n"
        + body
        + "Budget 2027\n§ 12\n"
        + body
        + "Taxa för parkering 2027\n",
        head.format(n=2) + "§ 13\n" + body + "Detaljplan för Norra hamnen\n§ 14\n" + body,
        head.format(n=3) + "Delegationsbeslut\n§ 15\n" + body,
    ]
    path = tmp_path / "tranemo_tekniska-namnden_2026-03-04_protokoll.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    items = extract_file(path).items
    assert [(it.number, it.title, it.page) for it in items] == [
        ("§11", "Val av justerare", 1),
        ("§12", "Budget 2027", 1),
        ("§13", "Taxa för parkering 2027", 2),
        ("§14", "Detaljplan för Norra hamnen", 2),
        ("§15", "Delegationsbeslut", 3),
    ]


def test_a_labelled_case_number_before_the_title_on_the_paragraph_line() -> None:
    # Columns collapsed into spaces: "§ 12  Dnr KS 2026/45  Budget 2027"; the title after the numbers.
    text = _protocol(
        "§ 12   Dnr SN 2026/45   Riktlinjer för boendestöd",
        "§ 13   Dnr SN 2026/46, SN 2026/47   Avgifter 2027",
        "§ 14\tDiarienummer: 2026-000233-730\tYttrande över betänkandet",
        "§ 15   Dnr SN 2026/50",
    )
    rows = _rows(text.replace("§ 15   Dnr SN 2026/50\n", "§ 15   Dnr SN 2026/50\nInformation om sommaren\n"))
    assert rows == [
        ("§12", "Riktlinjer för boendestöd", ["SN 2026/45"]),
        ("§13", "Avgifter 2027", ["SN 2026/46", "SN 2026/47"]),
        ("§14", "Yttrande över betänkandet", ["2026-000233-730"]),
        ("§15", "Information om sommaren", ["SN 2026/50"]),
    ]


def test_a_title_under_a_paragraph_line_of_numbers_ends_at_the_first_section_word() -> None:
    # "§ 183   Dnr …" and the title under it, wrapped in a narrow column; a name line is not the title's.
    text = _protocol(
        "§ 61   Dnr RS 2026/12\nRemissvar över Trafikverkets förslag till plan för\nväg 26\n"
        "Halmstad–Jönköping",
        "§ 62   Dnr RS 2026/13\nSvar på motion från Ida Berg (V) om fler platser\ni korttidsboende\n"
        "Handläggare Lena Ahl",
    )
    assert [r[:2] for r in _rows(text)] == [
        ("§61", "Remissvar över Trafikverkets förslag till plan för väg 26 Halmstad–Jönköping"),
        ("§62", "Svar på motion från Ida Berg (V) om fler platser i korttidsboende"),
    ]


def test_a_bare_case_number_in_the_last_column_of_the_paragraph_line() -> None:
    # An agenda-like § line in columns (tabs from a table or a PDF's wide gaps): title, then the number.
    text = _protocol(
        "§ 22\tRiktlinjer för boendestöd\t2026-000318-730",
        "§ 23\tAvgifter 2027\t2026/45",
        "§ 24\tLäsårsplanering\t2026/27",  # a school year, not a case
    )
    assert _rows(text) == [
        ("§22", "Riktlinjer för boendestöd", ["2026-000318-730"]),
        ("§23", "Avgifter 2027", ["2026/45"]),
        ("§24", "Läsårsplanering 2026/27", []),
    ]


def test_a_line_listing_several_case_numbers_under_the_title() -> None:
    text = _protocol(
        "§ 30 Svar på motion om fritidsbank\n(SN 2026/4 och KS 2026/12)",
        "§ 31 Anmälan av nya medborgarförslag\nSN 2026/50, SN 2026/51; SN 2026/52",
    )
    assert _rows(text) == [
        ("§30", "Svar på motion om fritidsbank", ["SN 2026/4", "KS 2026/12"]),
        ("§31", "Anmälan av nya medborgarförslag", ["SN 2026/50", "SN 2026/51", "SN 2026/52"]),
    ]


def test_a_title_above_the_case_number_line_above_the_paragraph_line() -> None:
    # The title in bold, the case number under it, then the § number on a line of its own.
    text = _protocol(
        "Riktlinjer för boendestöd\nDnr SN 2026/45\n§ 12",
        "Avgifter inom äldreomsorgen 2027\nSN 2026/46\n\n§ 13",
    )
    assert _rows(text) == [
        ("§12", "Riktlinjer för boendestöd", ["SN 2026/45"]),
        ("§13", "Avgifter inom äldreomsorgen 2027", ["SN 2026/46"]),
    ]
