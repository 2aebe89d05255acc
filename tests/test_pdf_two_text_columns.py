"""Pages set in two columns of running text (newspaper style) are read column by column
(`indexer.read.pdf_text_columns`): the left column top to bottom, then the right one.

A probe: the same four paragraphs set in one column, in two columns with a § heading in each, flowing from
the left column's foot to the right column's top, under a one-column head block, over a full-width
signature line, and flowing on over a page break. Negatives keep their lines as they were: a two-column
attendance list, a table of § number, title and case number, an agenda table, § numbers in a narrow side
column beside the text, a table whose cells hold running text, and a form of labels and values. Every
PDF is made here with fpdf2; the kommun, the names and the matters are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.read.pdf import pdf_pages
from tests.paragraph_scores import Got, score_paragraphs

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: The paragraphs: (number, title, case number or "", [(kind, text)]); kind "sub" is a bold section
#: word, "p" a paragraph wrapped to the column.
PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "§ 21",
        "Val av justerare",
        "",
        [("p", "Kommunstyrelsen utser Karin Ölund (C) att jämte ordföranden justera dagens protokoll.")],
    ),
    (
        "§ 22",
        "Budgetuppföljning april 2026 för Provås kommun",
        "KS 2026/114",
        [
            ("sub", "Ärendebeskrivning"),
            (
                "p",
                "Ekonomichefen redovisar uppföljningen efter april. Nämnderna prognostiserar ett underskott"
                " om sammanlagt fyra miljoner kronor, främst inom socialnämndens placeringar och inom"
                " tekniska nämndens vinterväghållning, medan finansförvaltningen visar ett överskott.",
            ),
            ("sub", "Beslut"),
            ("p", "Kommunstyrelsen godkänner uppföljningen och uppdrar åt nämnderna att vidta åtgärder."),
        ],
    ),
    (
        "§ 23",
        "Revidering av reglemente för kommunstyrelsen",
        "KS 2026/87",
        [
            (
                "p",
                "Reglementet har setts över efter att ansvaret för bostadsförsörjningen flyttats till"
                " samhällsbyggnadsnämnden. Ändringarna framgår av den bifogade jämförelsen mellan gällande"
                " och föreslagen lydelse.",
            ),
            ("sub", "Yrkanden"),
            ("p", "Lars Öhman (M) yrkar att ärendet återremitteras för vidare beredning."),
            ("sub", "Beslut"),
            ("p", "Kommunstyrelsen föreslår kommunfullmäktige att anta reviderat reglemente."),
        ],
    ),
    (
        "§ 24",
        "Meddelanden",
        "",
        [("p", "Protokoll från arbetsutskottet den 28 april 2026 anmäls och läggs till handlingarna.")],
    ),
]
EXPECTED = [(n.replace(" ", ""), t, [d] if d else []) for n, t, d, _ in PARAGRAPHS]
#: A phrase of each paragraph's text that must land in its item, whole.
OWN_TEXT = {
    "§21": "justera dagens protokoll",
    "§22": "inom tekniska nämndens vinterväghållning, medan finansförvaltningen",
    "§23": "mellan gällande och föreslagen lydelse",
    "§24": "läggs till handlingarna",
}

_HEAD = (
    "Kommunstyrelsen sammanträdde i kommunhuset i Provås tisdagen den 12 maj 2026 klockan 13.00–16.30."
    " Närvarande ledamöter, ersättare och tjänstepersoner framgår av bilaga 1 till protokollet."
)
_SIGN = "Justerandes signatur " + "." * 36 + " " * 8 + "Utdragsbestyrkande " + "." * 22

_TOP, _BOTTOM, _LEAD = 40.0, 270.0, 5.0  # mm
_ONE = [(20.0, 170.0)]  # (x, width) of the columns
_TWO = [(20.0, 80.0), (110.0, 80.0)]


def _new_pdf() -> FPDF:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    return pdf


def _page(pdf: FPDF, sign: bool = False) -> None:
    pdf.add_page()
    pdf.set_font("S", "B", 12)
    pdf.text(20, 15, "PROVÅS KOMMUN")
    pdf.set_font("S", "", 9)
    pdf.text(140, 15, "SAMMANTRÄDESPROTOKOLL")
    pdf.text(140, 20, "Kommunstyrelsen 2026-05-12")
    pdf.text(170, 25, f"Sida {pdf.page_no()}")
    if sign:
        pdf.set_font("S", "", 8)
        pdf.text(20, 285, _SIGN)


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and pdf.get_string_width(line + " " + word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def _lines(pdf: FPDF, width: float, split: bool) -> list[tuple[str, str]]:
    """The paragraphs as (style, line), wrapped to `width`; ("break", "") between paragraphs when
    `split` (each column starts with a § heading)."""
    out: list[tuple[str, str]] = []
    for k, (number, title, dnr, body) in enumerate(PARAGRAPHS):
        if split and k == 2:
            out.append(("break", ""))
        pdf.set_font("S", "B", 10)
        out += [("B", number), *(("B", t) for t in _wrap(pdf, title, width))]
        if dnr:
            out.append(("", dnr))
        pdf.set_font("S", "", 10)
        for kind, text in body:
            out += [("B", text)] if kind == "sub" else [("", t) for t in _wrap(pdf, text, width)]
        out.append(("gap", ""))
    return out


def _flow(
    columns: list[tuple[float, float]],
    *,
    split: bool = False,
    head: bool = False,
    sign: bool = False,
    bottom: float = _BOTTOM,
    shift: float = 0.0,
) -> bytes:
    """The paragraphs flowed into `columns` on each page, down to `bottom`, then on to the next column or
    page; `head` puts a one-column head block above them, `sign` a full-width signature line under them,
    `shift` sets the right column's lines that much lower (mm), off the left column's lines."""
    pdf = _new_pdf()
    _page(pdf, sign)
    top = _TOP
    if head:
        pdf.set_font("S", "", 10)
        for line in _wrap(pdf, _HEAD, 170):
            pdf.text(20, top, line)
            top += _LEAD
        top += _LEAD
    col, y = 0, top
    for style, line in _lines(pdf, columns[0][1], split):
        if style == "break" or y > bottom:
            col, y = col + 1, top
            if col == len(columns):
                _page(pdf, sign)
                col, y = 0, _TOP
            if style == "break":
                continue
        if style == "gap":
            y += _LEAD
            continue
        pdf.set_font("S", style, 10)
        pdf.text(columns[col][0], y + (shift if col else 0.0), line)
        y += _LEAD
    return bytes(pdf.output())


CASES: dict[str, Callable[[], bytes]] = {
    "one column": lambda: _flow(_ONE),
    "two columns, a § heading in each": lambda: _flow(_TWO, split=True),
    "two columns, lines off each other's": lambda: _flow(_TWO, split=True, shift=2.2),
    "a § going on at the right column's top": lambda: _flow(_TWO, bottom=110),
    "the same, lines off each other's": lambda: _flow(_TWO, bottom=110, shift=2.6),
    "a one-column head block above two columns": lambda: _flow(_TWO, head=True, bottom=120, shift=1.4),
    "two columns over a full-width signature line": lambda: _flow(_TWO, split=True, sign=True),
    "two columns going on over a page break": lambda: _flow(_TWO, bottom=80, sign=True),
}


def _extract(data: bytes, tmp: Path) -> list[tuple[str | None, str, list[str], str]]:
    path = tmp / "provas_kommunstyrelsen_2026-05-12_protokoll.pdf"
    path.write_bytes(data)
    items = extract_file(path).items
    return [(it.number, it.title, it.diarienummer, " ".join(it.text.split())) for it in items]


def score(got: Got) -> tuple[int, int, int, int]:
    """(right numbers, right titles, right case numbers, items holding their own text and no other's)."""
    return score_paragraphs(got, EXPECTED, OWN_TEXT)


@pytest.mark.parametrize("case", list(CASES))
def test_paragraphs_in_text_columns_keep_their_titles_and_text(case: str, tmp_path: Path) -> None:
    got = _extract(CASES[case](), tmp_path)
    assert [(n, t, d) for n, t, d, _ in got] == EXPECTED
    assert score(got) == (4, 4, 4, 4)


# --- Negatives: layouts with a wide gap down the page that are no text columns, read as before. ---


def _placed(texts: list[tuple[float, float, str]], size: float = 10) -> bytes:
    """A page of texts at (x mm, y mm from the top)."""
    pdf = _new_pdf()
    _page(pdf)
    pdf.set_font("S", "", size)
    for x, y, text in texts:
        pdf.text(x, y, text)
    return bytes(pdf.output())


def _attendance() -> bytes:
    left = ["Anna Berg (S), ordförande", "Bo Ek (M), vice ordförande", "Cilla Dahl (C)", "Dan Ek (V)"]
    left.append("Eva Falk (SD)")
    right = [
        "Fia Gran (L)",
        "Gun Holm (KD)",
        "Hans Ito (MP), tjänstgörande ersättare för Ivar Jung (MP)",
        "Jan Kvist (S)",
        "Kim Lund (S)",
    ]
    return _placed(
        [(20, 40, "Beslutande"), (110, 40, "Ersättare")]
        + [(20, 46 + 6 * i, t) for i, t in enumerate(left)]
        + [(110, 46 + 6 * i, t) for i, t in enumerate(right)]
    )


_TABLE = [
    ("§ 21", "Val av justerare och tid för justering av protokollet", "KS 2026/1"),
    ("§ 22", "Budgetuppföljning april 2026 för kommunens nämnder och bolag", "KS 2026/114"),
    ("§ 23", "Revidering av reglemente för kommunstyrelsen och dess utskott", "KS 2026/87"),
    ("§ 24", "Motion om gång- och cykelväg mellan Västerby och Norra hamnen", "KS 2025/310"),
    ("§ 25", "Meddelanden från arbetsutskottet och andra nämnder", "KS 2026/5"),
]


def _paragraph_table() -> bytes:
    texts = [(20, 40, "Paragraf"), (40, 40, "Ärende"), (160, 40, "Dnr")]
    for i, (n, t, d) in enumerate(_TABLE):
        texts += [(20, 47 + 7 * i, n), (40, 47 + 7 * i, t), (160, 47 + 7 * i, d)]
    return _placed(texts, 9)


def _agenda() -> bytes:
    texts = [(20, 40, "Nr"), (30, 40, "Ärende"), (115, 40, "Förslag till beslut")]
    rows = [
        ("1.", "Val av justerare och tid för justering", "Karin Ölund (C) utses att justera protokollet"),
        ("2.", "Budgetuppföljning april 2026 för nämnderna", "Kommunstyrelsen godkänner uppföljningen av"),
        ("3.", "Revidering av reglementet", "Kommunfullmäktige föreslås anta reglementet i"),
        ("4.", "Motion om gång- och cykelväg till hamnen", "Motionen anses besvarad med hänvisning till"),
    ]
    for i, (n, t, f) in enumerate(rows):
        texts += [(20, 47 + 7 * i, n), (30, 47 + 7 * i, t), (115, 47 + 7 * i, f)]
    return _placed(texts, 9)


def _side_column() -> bytes:
    body = [
        "Ekonomichefen redovisar uppföljningen efter april. Nämnderna prognostiserar",
        "ett underskott om sammanlagt fyra miljoner kronor, främst inom socialnämndens",
        "placeringar och inom tekniska nämndens vinterväghållning, medan finansförvaltningen",
        "visar ett överskott. Kommunstyrelsen godkänner uppföljningen av budgeten.",
    ]
    texts = [(20, 40, "§ 22"), (20, 46, "Budgetuppföljning"), (20, 52, "april 2026"), (20, 58, "KS 2026/114")]
    texts += [(60, 40 + 5 * k, t) for k, t in enumerate(body)]
    return _placed(texts, 9)


def _form() -> bytes:
    pairs = [
        ("Plats och tid", "Kommunhuset i Provås, tisdag 12 maj 2026 klockan 13.00–16.30"),
        ("Beslutande", "Se närvarolistan på sidan två i detta protokoll"),
        ("Övriga deltagare", "Maja Sten, kommundirektör, och Olle Dahl, sekreterare"),
        ("Justerare", "Karin Ölund (C) och Lars Öhman (M) med ordföranden"),
        ("Justeringens tid och plats", "Kommunhuset i Provås, fredag 15 maj 2026 kl. 10.00"),
    ]
    texts: list[tuple[float, float, str]] = []
    for i, (label, value) in enumerate(pairs):
        texts += [(20, 40 + 8 * i, label), (85, 40 + 8 * i, value)]
    return _placed(texts)


def _prose_table() -> bytes:
    """A table whose cells hold running text: a field, what is done, how it went (wrapped in each cell)."""
    records = [
        (
            ["Kostnads-", "intensiva", "hushåll"],
            [
                "Riktade handlingsplaner för de",
                "hushåll som har de högsta",
                "kostnaderna och samverkan i",
                "ärenden.",
            ],
            [
                "Arbetet har förbättrat kvalitet",
                "och arbetssätt inom verksam-",
                "heten under det gångna året.",
            ],
        ),
        (
            ["Externa", "placeringar"],
            ["En placeringskoordinator följer", "upp avtal och kostnader och", "samordnar placeringarna."],
            [
                "Rollen har bidragit till en ökad",
                "kostnadskontroll och ett bättre",
                "utnyttjande av avtalen.",
            ],
        ),
    ]
    texts = [(20, 40, "Område"), (50, 40, "Beskrivning"), (115, 40, "Uppföljning")]
    y = 47.0
    for cells in records:
        for x, lines in zip((20, 50, 115), cells, strict=True):
            texts += [(x, y + 5 * k, t) for k, t in enumerate(lines)]
        y += 5 * max(len(c) for c in cells) + 4
    return _placed(texts, 9)


NEGATIVES: dict[str, tuple[Callable[[], bytes], list[str]]] = {
    "a two-column attendance list": (
        _attendance,
        [
            "Beslutande",
            "Anna Berg (S), ordförande",
            "Bo Ek (M), vice ordförande",
            "Cilla Dahl (C)",
            "Dan Ek (V)",
            "Eva Falk (SD)",
            "Ersättare",
            "Fia Gran (L)",
        ],
    ),
    "a table of § number, title and case number": (
        _paragraph_table,
        ["Paragraf\tÄrende\tDnr", "§ 21\tVal av justerare och tid för justering av protokollet\tKS 2026/1"],
    ),
    "an agenda table": (
        _agenda,
        [
            "Nr\tÄrende\tFörslag till beslut",
            "1.\tVal av justerare och tid för justering\tKarin Ölund (C) utses att justera protokollet",
        ],
    ),
    "§ numbers in a narrow side column": (
        _side_column,
        [
            "§ 22",
            "Budgetuppföljning",
            "april 2026",
            "KS 2026/114",
            "Ekonomichefen redovisar uppföljningen efter april. Nämnderna prognostiserar",
        ],
    ),
    "a table whose cells hold running text": (
        _prose_table,
        [
            "Område\tBeskrivning\tUppföljning",
            "Kostnads-\tRiktade handlingsplaner för de\tArbetet har förbättrat kvalitet",
        ],
    ),
    "a form of labels and values": (
        _form,
        [
            "Plats och tid\tKommunhuset i Provås, tisdag 12 maj 2026 klockan 13.00–16.30",
            "Beslutande\tSe närvarolistan på sidan två i detta protokoll",
        ],
    ),
}


def _in_order(lines: list[str], want: list[str]) -> bool:
    """`want` stand in `lines` one after the other, nothing between them."""
    return any(lines[i : i + len(want)] == want for i in range(len(lines) - len(want) + 1))


@pytest.mark.parametrize("case", list(NEGATIVES))
def test_layouts_that_are_no_text_columns_are_read_as_before(case: str) -> None:
    build, want = NEGATIVES[case]
    lines = pdf_pages(build()).pages[0].lines
    assert _in_order(lines, want), lines


def test_the_signature_line_stays_whole_under_the_columns() -> None:
    lines = pdf_pages(CASES["two columns over a full-width signature line"]()).pages[0].lines
    assert re.sub(r"\s+", " ", lines[-1]).startswith("Justerandes signatur")
    assert "Utdragsbestyrkande" in lines[-1]


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for name, build in CASES.items():
            got = _extract(build(), Path(d))
            print(f"{name:48} numbers/titles/dnr/text {score(got)} of 4 (items {len(got)})")
            if "-v" in sys.argv:
                for g in got:
                    print("   ", g[:3])
        for name, (build, want) in NEGATIVES.items():
            print(f"{name:48} {'kept' if _in_order(pdf_pages(build()).pages[0].lines, want) else 'CHANGED'}")
