"""A kallelse's agenda table in a PDF is read row by row (`indexer.read.pdf_agenda`): each cell's wrapped
lines joined under its header column, the number first and the title second, whatever the column order
and widths, whether the cells are centred vertically in their row or set at its top.

Every PDF is made here with fpdf2 (positions in mm from the top left); the tables are invented.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from indexer.extract import extract_file
from indexer.read.pdf import pdf_pages
from tests.test_pdf_layout import _pdf

Cell = list[str]


def _table(
    cols: list[tuple[float, str]],
    records: list[list[Cell]],
    top: float,
    pitch: float,
    pad: float,
    centred: bool,
) -> list[tuple[float, float, str]]:
    """Texts of a table: the header at `top`, then each record's cells (one list of lines per column),
    a cell's lines `pitch` apart, centred in the record's height or set at its top, `pad` between records."""
    out = [(x, top, head) for x, head in cols]
    y = top + pitch + pad
    for cells in records:
        height = max(len(c) for c in cells)
        for (x, _), lines in zip(cols, cells, strict=True):
            shift = (height - len(lines)) * pitch / 2 if centred else 0.0
            out += [(x, y + shift + k * pitch, line) for k, line in enumerate(lines)]
        y += height * pitch + pad
    return out


def test_centred_cells_in_another_column_order_are_joined_per_row() -> None:
    # Punkt | Föredragande | Ärende | Beteckning: the presenter before the title, the title wrapped over
    # three lines beside a number and a case number centred on its middle line.
    cols = [(15, "Punkt"), (30, "Föredragande"), (75, "Ärende"), (160, "Beteckning")]
    records = [
        [["1"], ["Ordföranden"], ["Mötets öppnande"], []],
        [
            ["2"],
            ["Controller", "Lina Ahl"],
            ["Ombudgetering av investerings-", "medel för ombyggnad av", "Ekbackens förskola"],
            ["BUN 2025/77"],
        ],
        [["3"], ["Rektor Per", "Brink"], ["Läsårstider 2027/2028"], ["BUN 2025/80"]],
    ]
    page = [(15, 20, "Föredragningslista"), *_table(cols, records, 40, 5, 6, centred=True)]
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert "Punkt\tÄrende\tFöredragande\tBeteckning" in lines
    assert "1\tMötets öppnande\tOrdföranden" in lines
    assert (
        "2\tOmbudgetering av investerings- medel för ombyggnad av Ekbackens förskola"
        "\tController Lina Ahl\tBUN 2025/77"
    ) in lines
    assert "3\tLäsårstider 2027/2028\tRektor Per Brink\tBUN 2025/80" in lines


def test_top_aligned_rows_without_space_between_start_at_their_number() -> None:
    # Nr | Ärende | Dnr | Förslag till beslut, single spaced, no padding: the number starts the record.
    cols = [(12, "Nr"), (22, "Ärende"), (110, "Dnr"), (145, "Förslag till beslut")]
    records = [
        [["5"], ["Revidering av", "avgiftstaxa för", "hemtjänst"], ["SN 2026/12"], ["Godkänna"]],
        [["6"], ["Årsplan för", "internkontroll"], ["SN 2026/19"], ["Anta", "planen"]],
        [["7"], ["Informationsärenden"], [], []],
    ]
    lines = pdf_pages(_pdf([_table(cols, records, 30, 5, 0, centred=False)])).pages[0].lines
    assert lines[0] == "Nr\tÄrende\tDnr\tFörslag till beslut"
    assert "5\tRevidering av avgiftstaxa för hemtjänst\tSN 2026/12\tGodkänna" in lines
    assert "6\tÅrsplan för internkontroll\tSN 2026/19\tAnta planen" in lines
    assert "7\tInformationsärenden" in lines


def test_a_kallelse_table_gives_titles_case_numbers_and_presenters(tmp_path: Path) -> None:
    # Nr | Ärende | Diarienummer | Föredragande, centred cells, the text under the table no row of it.
    cols = [(18, "Nr"), (28, "Ärende"), (115, "Diarienummer"), (150, "Föredragande")]
    records = [
        [["1"], ["Val av justerare"], [], []],
        [
            ["2"],
            ["Delårsbokslut per augusti", "för tekniska nämnden"],
            ["TN 2026/301"],
            ["Ekonom Sara", "Wiklund"],
        ],
        [
            ["3"],
            ["Trafiksäkerhetsplan", "2027-2030 för", "Storgatan"],
            ["TN 2026/188"],
            ["Trafikingenjör", "Omar Haddad"],
        ],
    ]
    page = [
        (15, 15, "Kallelse till sammanträde med tekniska nämnden 2026-11-05"),
        *_table(cols, records, 40, 5, 7, centred=True),
        (15, 150, "Handlingarna finns på kommunens webbplats."),
    ]
    path = tmp_path / "kallelse.pdf"
    path.write_bytes(_pdf([page]))
    items = extract_file(path).items
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("1", "Val av justerare", []),
        ("2", "Delårsbokslut per augusti för tekniska nämnden", ["TN 2026/301"]),
        ("3", "Trafiksäkerhetsplan 2027-2030 för Storgatan", ["TN 2026/188"]),
    ]
    assert "Föredragande: Ekonom Sara Wiklund" in items[1].text
    assert "Handlingarna" not in items[2].text


def test_a_table_without_an_arende_column_is_left_as_it_was() -> None:
    cols = [(15, "Nr"), (30, "Namn"), (90, "Parti"), (120, "Dnr")]
    records = [[["1"], ["Anna Berg"], ["S"], ["KS 2026/1"]], [["2"], ["Bo Ek"], ["M"], ["KS 2026/2"]]]
    lines = pdf_pages(_pdf([_table(cols, records, 30, 5, 4, centred=True)])).pages[0].lines
    assert lines[0] == "Nr\tNamn\tParti\tDnr"
    assert "1\tAnna Berg\tS\tKS 2026/1" in lines


def test_a_table_over_two_pages_with_its_header_repeated(tmp_path: Path) -> None:
    # § | Diarienummer | Ärende | Handläggare: the case number left of the title, "§ 7" numbers, the
    # header printed again at the top of page 2.
    cols = [(14, "§"), (28, "Diarienummer"), (62, "Ärende"), (150, "Handläggare")]
    first = [[["§ 1"], [], ["Mötets öppnande"], []]] + [
        [
            [f"§ {n}"],
            [f"MN 2026/{n}0"],
            ["Tillsyn enligt miljöbalken av", f"verksamhet nummer {n}"],
            ["Inspektör", "Eva Lund"],
        ]
        for n in range(2, 11)
    ]
    second = [
        [
            ["§ 11"],
            ["MN 2026/9"],
            ["Yttrande över", "översiktsplan för", "Ås kommun"],
            ["Planarkitekt", "Ali Noor"],
        ],
        [["§ 12"], [], ["Meddelanden"], []],
    ]
    pages = [
        [(14, 15, "Kallelse miljönämnden 2026-09-09"), *_table(cols, first, 30, 5, 6, centred=True)],
        [(14, 15, "Kallelse miljönämnden 2026-09-09"), *_table(cols, second, 30, 5, 6, centred=True)],
    ]
    path = tmp_path / "kallelse.pdf"
    path.write_bytes(_pdf(pages))
    items = extract_file(path).items
    assert [it.number for it in items] == [f"§{n}" for n in range(1, 13)]
    assert items[9].title == "Tillsyn enligt miljöbalken av verksamhet nummer 10"
    assert items[9].diarienummer == ["MN 2026/100"]
    assert items[10].title == "Yttrande över översiktsplan för Ås kommun"
    assert (items[10].page, items[11].page) == (2, 2)
    assert "Ärende" not in items[9].text  # page 2's header is no cell of page 1's last row


def test_a_table_goes_on_over_the_page_break_without_its_header(tmp_path: Path) -> None:
    # Nr | Ärende | Ansvarig | Dnr: page 1's rows run to its foot; page 2 goes on without the header,
    # under a page header, its first row's title wrapped over three lines around the number.
    cols = [(16, "Nr"), (26, "Ärende"), (120, "Ansvarig"), (165, "Dnr")]
    first = [
        [
            [str(n)],
            [f"Detaljplan för kvarteret nummer {n},", "beslut om granskning"],
            ["Planchef"],
            [f"SBN 2026/{n}"],
        ]
        for n in range(1, 16)
    ]
    second = [
        [
            ["16"],
            ["Ändring av", "taxa för bygglov", "och kart- och mättjänster"],
            ["Bygglovschef"],
            ["SBN 2026/16"],
        ],
        [["17"], ["Meddelanden"], [], []],
    ]
    pages = [
        [
            (16, 15, "Kallelse samhällsbyggnadsnämnden 2026-03-04"),
            *_table(cols, first, 30, 5, 6, centred=True),
        ],
        [(16, 15, "Samhällsbyggnadsnämnden, sida 2"), *_table(cols, second, 30, 5, 6, centred=True)[4:]],
    ]
    path = tmp_path / "kallelse.pdf"
    path.write_bytes(_pdf(pages))
    items = extract_file(path).items
    assert [it.number for it in items] == [str(n) for n in range(1, 18)]
    assert items[15].title == "Ändring av taxa för bygglov och kart- och mättjänster"
    assert items[15].diarienummer == ["SBN 2026/16"]
    assert (items[14].page, items[15].page) == (1, 2)


def test_a_number_column_without_a_header_cell() -> None:
    # "      Ärende  Diarienr  Föredragande": the numbers stand left of the title column, unnamed.
    cols = [(14, ""), (24, "Ärende"), (120, "Diarienr"), (155, "Föredragande")]
    records = [
        [["1"], ["Val av justerare"], [], []],
        [["2"], ["Patientsäkerhetsberättelse", "för 2025"], ["RS 2026/71"], ["Chefläkare", "Ida Moberg"]],
    ]
    texts = [t for t in _table(cols, records, 30, 5, 6, centred=True) if t[2]]
    lines = pdf_pages(_pdf([texts])).pages[0].lines
    assert "\tÄrende\tDiarienr\tFöredragande" in lines
    assert "2\tPatientsäkerhetsberättelse för 2025\tRS 2026/71\tChefläkare Ida Moberg" in lines


def _titles(tmp_path: Path, records: list[list[Cell]], pitch: float, pad: float, centred: bool) -> list[str]:
    cols = [(14, "Nr"), (24, "Ärende"), (150, "Föredragande")]
    head = (14, 15, "Kallelse till kultur- och fritidsnämnden 2026-09-02")
    page = [head, *_table(cols, records, 30, pitch, pad, centred)]
    path = tmp_path / "kallelse.pdf"
    path.write_bytes(_pdf([page]))
    return [it.title for it in extract_file(path).items]


_DESCRIBED = [
    [["1"], ["Val av justerare"], []],
    [["2"], ["Budgetuppföljning per augusti", "Ingen beslutspunkt."], ["Controller Eva Lind"]],
    [
        ["3"],
        ["Redovisning av förvaltningens arbete med att minska", "matsvinnet i skolrestaurangerna",
         "Förvaltningen redovisar mätningar från hösten", "och föreslår nya mål."],
        ["Kostchef Per Ek"],
    ],
    [["4"], ["Ändring av", "taxa för uthyrning av lokaler"], []],
    [["5"], ["Meddelanden", "Protokoll från samverkansgruppen 2026-08-20."], []],
]  # fmt: skip


def test_a_sentence_under_a_title_that_did_not_wrap_is_the_titles_description(tmp_path: Path) -> None:
    # A title line with room left for the next line's first word did not wrap: what follows is the
    # description of the point ("Ingen beslutspunkt."), not the title's end; a title that wrapped, or
    # was broken by hand without a full stop, stays whole. Top-aligned and centred cells, two spacings.
    expected = [
        "Val av justerare",
        "Budgetuppföljning per augusti",
        "Redovisning av förvaltningens arbete med att minska matsvinnet i skolrestaurangerna",
        "Ändring av taxa för uthyrning av lokaler",
        "Meddelanden",
    ]
    assert _titles(tmp_path, _DESCRIBED, 5, 6, centred=False) == expected
    assert _titles(tmp_path, _DESCRIBED, 4.5, 3, centred=True) == expected


_FULL_WIDTH = [
    [["1"], ["Val av justerare"], []],
    [
        ["2"],
        ["Ekonomisk uppföljning per oktober 2026 för hela socialnämnden",
         "Prognosen visar ett underskott på 2,9 mnkr, främst", "inom placeringar av barn och unga."],
        ["Ekonom Lina Persson"],
    ],
    [
        ["3"],
        ["Yttrande över en motion om ett nytt trygghetsboende för äldre i",
         "Brösarp och Smedstorp", "Kommunstyrelsen har remitterat motionen."],
        ["Mona Rask"],
    ],
    [["4"], ["Sammanträdesplan för socialnämnden 2027", "Förslag om tio sammanträden."], []],
]  # fmt: skip


def test_a_description_under_a_title_that_fills_its_cell(tmp_path: Path) -> None:
    # The title reaches the cell's right edge, so the width cannot tell whether the next line wrapped:
    # a capitalised sentence after a title line that ends no phrase, ending with a full stop, is the
    # description; after "i" the next line is the title going on ("… trygghetsboende i" / "Brösarp …").
    expected = [
        "Val av justerare",
        "Ekonomisk uppföljning per oktober 2026 för hela socialnämnden",
        "Yttrande över en motion om ett nytt trygghetsboende för äldre i Brösarp och Smedstorp",
        "Sammanträdesplan för socialnämnden 2027",
    ]
    assert _titles(tmp_path, _FULL_WIDTH, 5, 6, centred=False) == expected


def test_a_text_export_of_the_table_reads_the_description_alike() -> None:
    from indexer.meta.detect import detect_meta
    from indexer.read.clean import clean_text
    from indexer.segment.split import segment

    text = (
        "Kultur- och fritidsnämnden\nKallelse\nSammanträdesdatum 2026-09-02\n\n"
        "Nr   Ärende                                                     Föredragande\n\n"
        "1    Val av justerare\n\n"
        "2    Budgetuppföljning per augusti                               Controller Eva Lind\n"
        "     Ingen beslutspunkt.\n\n"
        "3    Redovisning av förvaltningens arbete med att minska         Kostchef Per Ek\n"
        "     matsvinnet i skolrestaurangerna\n"
        "     Förvaltningen redovisar mätningar från hösten och\n"
        "     föreslår nya mål.\n\n"
        "4    Ändring av\n"
        "     taxa för uthyrning av lokaler\n\n"
        "5    Meddelanden\n"
        "     Protokoll från samverkansgruppen 2026-08-20.\n"
    )
    cleaned = clean_text(text)
    assert [it.title for it in segment(cleaned, detect_meta(cleaned))] == [
        "Val av justerare",
        "Budgetuppföljning per augusti",
        "Redovisning av förvaltningens arbete med att minska matsvinnet i skolrestaurangerna",
        "Ändring av taxa för uthyrning av lokaler",
        "Meddelanden",
    ]


def test_small_case_numbers_and_a_pause_row_do_not_end_the_table() -> None:
    # Word's agenda table: titles in 10 pt wrapped beside their number, the case number in small italics
    # under the title, an unnumbered "Paus" row in small type, records about 10 mm apart. Measured in the
    # two small rows' type the gap around the pause looked like the table's end (kommuner42's Götene).
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()

    def put(x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        pdf.set_font("helvetica", style, size)
        pdf.text(x, y, text)

    for x, head in ((15, "Nr"), (30, "Ärende"), (120, "Föredragande"), (175, "Tid")):
        put(x, 30, head, style="B")
    records = [
        ("5", ["Ekonomisk uppföljning oktober 2026"], "KS 2026/00028", "Ekonomichef Lars Wendel", "09.35"),
        (
            "6",
            ["Investeringsbudget 2027 - omfördelning av", "medel till förskolan Ljungsmossen"],
            "KS 2026/00311",
            "Ekonomichef Lars Wendel",
            "09.55",
        ),
        ("", ["Paus"], "", "", "10.15"),
        (
            "7",
            ["Svar på motion från Therese Ljung (V) om", "kommunal badplats vid Hällekis"],
            "KS 2025/00407",
            "Kommunsekreterare Mona Sahlström",
            "10.30",
        ),
        (
            "8",
            ["Svar på medborgarförslag om farthinder på", "Lundsbrunnsvägen"],
            "KS 2026/00144",
            "Trafikingenjör Ola Berggren",
            "10.45",
        ),
    ]
    y = 45.0
    for number, title, dnr, presenter, time in records:
        small = not number
        for k, line in enumerate(title):
            put(30, y + 4.5 * k, line, 7 if small else 10)
        put(15, y + 4.5 * (len(title) - 1), number)  # beside the title's last line, as Word centres it
        put(120, y, presenter, 9)
        put(175, y, time, 7 if small else 10)
        if dnr:
            put(30, y + 4.5 * len(title), f"Dnr {dnr}", 7, "I")
        y += 4.5 * (len(title) + bool(dnr)) + 10
    lines = pdf_pages(bytes(pdf.output())).pages[0].lines
    assert "7\tSvar på motion från Therese Ljung (V) om kommunal badplats vid Hällekis" in "\n".join(lines)
    assert "8\tSvar på medborgarförslag om farthinder på Lundsbrunnsvägen" in "\n".join(lines)


def test_numbers_printed_first_in_the_title_cell() -> None:
    # Ärende | Dnr | Föredragande: no number column, each point's number opening its title cell
    cols = [(15, "Ärende"), (110, "Dnr"), (140, "Föredragande")]
    records = [
        [["1. Val av justerare"], [], []],
        [
            ["2. Budgetuppföljning per mars 2026 för", "socialnämndens samtliga verksamheter"],
            ["SN 2026/14"],
            ["Ekonomichef Lars", "Wendel"],
        ],
        [["3. Information om hemtjänsten"], [], ["Enhetschef Mona Berg"]],
    ]
    lines = pdf_pages(_pdf([_table(cols, records, 30, 5, 1, centred=False)])).pages[0].lines
    text = "\n".join(lines)
    assert "2.\tBudgetuppföljning per mars 2026 för socialnämndens samtliga verksamheter" in text
    assert "Ekonomichef Lars Wendel" in text
    assert "3.\tInformation om hemtjänsten" in text
