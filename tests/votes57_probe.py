"""Invented probe of two voteringslistor kommuner57's first sight misread (for `tests/test_votes57.py`).

- A list grouped by party: the party's name over its members ("Socialdemokraterna (S)" on a row of its
  own), printed after the item's "Yrkanden" and the heading of its vote ("Proposition och votering",
  "Votering", "Omröstning", a "Voteringslista § 43" line, or the list's header right after the prose).
  The party rows are headings of the list, no party's yrkande.
- A list in two halves side by side ("Namn  Parti  Ja  Nej  Avst" twice), names set left in a wide
  column whose label is centred over it, so a short name of the right half stands nearer the left half's
  last column than its own label; the right half's last row is the "Summa" row.

Each is built as a text export, a web page, a Word file and PDFs (DejaVu fonts); every name is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from fpdf import FPDF

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

#: A line of the document, or a table row (its cells).
Line = str | tuple[str, ...]


@dataclass
class Case:
    """One protocol as lines and table rows, and what a reader finds in its § 43."""

    name: str
    lines: list[Line]
    proposed: set[str]  # the people who make a yrkande
    votes: dict[str, str]  # name -> ja / nej / avstår


_HEAD: list[Line] = [
    "Testregionen",
    "Regionstyrelsen",
    "Protokoll 2026-04-14",
    "",
    "Närvarande beslutande",
]

# ---- a voteringslista grouped by party, after Yrkanden --------------------------------------------------

_MEMBERS = [
    ("Anna Ekholm", "S", "Socialdemokraterna", "ja"),
    ("Bo Lindgren", "S", "Socialdemokraterna", "ja"),
    ("Carl Bergsten", "C", "Centerpartiet", "ja"),
    ("Hanna Vikström", "C", "Centerpartiet", "avstår"),
    ("Dora Holmqvist", "M", "Moderaterna", "nej"),
    ("Erik Sandell", "M", "Moderaterna", "nej"),
    ("Fia Nordling", "SD", "Sverigedemokraterna", "nej"),
    ("Gustav Rosell", "V", "Vänsterpartiet", "ja"),
]
_COLUMN = {"ja": 1, "nej": 2, "avstår": 3}


def _grouped_rows() -> list[Line]:
    rows: list[Line] = [("Ledamot", "Ja", "Nej", "Avstår")]
    party = ""
    for name, code, party_name, vote in _MEMBERS:
        if party_name != party:
            rows.append((f"{party_name} ({code})",))
            party = party_name
        cells = ["", "", ""]
        cells[_COLUMN[vote] - 1] = "1"
        rows.append((name, *cells))
    rows.append(("Summa", "4", "3", "1"))
    return rows


def _grouped(name: str, heading: list[str]) -> Case:
    lines: list[Line] = [
        *_HEAD,
        *(f"{n} ({c}), {'ordförande' if k == 0 else 'ledamot'}" for k, (n, c, _p, _v) in enumerate(_MEMBERS)),
        "",
        "§ 43 Ny vårdcentral i Norrby",
        "Ärendenr: RS/512/2025",
        "Sammanfattning",
        "Regionen hyr i dag lokaler för Norrby hälsocentral och förvaltningen föreslår en egen byggnad.",
        "Yrkanden",
        "Anna Ekholm (S) yrkar bifall till förvaltningens förslag.",
        "Dora Holmqvist (M) yrkar avslag på förslaget.",
        "Fia Nordling (SD) instämmer i Dora Holmqvists yrkande.",
        *heading,
        *_grouped_rows(),
        "",
        "Med 4 ja-röster mot 3 nej-röster beslutar regionstyrelsen att bifalla förvaltningens förslag. "
        "1 ledamot avstår.",
        "Beslut",
        "Regionstyrelsen beslutar att genomföra investeringen.",
        "",
        "§ 44 Anmälan av delegationsbeslut",
        "Beslut",
        "Anmälan noteras.",
    ]
    votes = {n: v for n, _c, _p, v in _MEMBERS}
    return Case(name, lines, {"Anna Ekholm", "Dora Holmqvist", "Fia Nordling"}, votes)


_PROPOSITION = (
    "Ordföranden ställer förvaltningens förslag mot avslagsyrkandet och finner att regionstyrelsen bifaller "
    "förvaltningens förslag. Votering begärs. Ja-röst för bifall till förvaltningens förslag, "
    "nej-röst för avslag."
)
GROUPED = [
    _grouped("proposition_och_votering", ["Proposition och votering", _PROPOSITION, "Voteringslista § 43"]),
    _grouped("propositionsordning_och_votering", ["Propositionsordning och votering", _PROPOSITION]),
    _grouped("votering", ["Votering", _PROPOSITION]),
    _grouped("omrostning", ["Omröstning", _PROPOSITION]),
    _grouped("voteringslista_line", [_PROPOSITION, "Voteringslista § 43"]),
    _grouped("header_only", [_PROPOSITION]),
]

# ---- a list in two halves, the Summa row in the right half's last row -----------------------------------

_HALF_VOTERS = [
    ("Abrahamsson, Petra", "S", "ja"),
    ("Berggren, Arvid", "SD", "nej"),
    ("Berglund, Yvonne", "M", "avstår"),
    ("Dahlberg, Mirja", "SD", "nej"),
    ("Engström, Margareta", "S", "ja"),
    ("Jovanović, Jan-Erik", "M", "avstår"),
    ("Jovanović Wennerholm, Magnus", "KA", "nej"),
    ("Lund, Ali", "M", "avstår"),
    ("Nord, Siv", "S", "ja"),
    ("Rahimi, Lennart", "C", "avstår"),
    ("Ek, Bo", "SD", "nej"),
    ("Åberg, Åsa", "C", "avstår"),
    ("Öst, Eva", "S", "ja"),
]
_HALF_HEADER = ("Namn", "Parti", "Ja", "Nej", "Avst")


def _half_cells(name: str, party: str, vote: str) -> tuple[str, ...]:
    marks = ["", "", ""]
    marks[_COLUMN[vote] - 1] = "X"
    return (name, party, *marks)


def _halves_rows() -> list[Line]:
    left, right = _HALF_VOTERS[:7], _HALF_VOTERS[7:]
    counts = [sum(1 for *_x, v in _HALF_VOTERS if v == w) for w in ("ja", "nej", "avstår")]
    rows: list[Line] = [_HALF_HEADER + _HALF_HEADER]
    for k, member in enumerate(left):
        other = _half_cells(*right[k]) if k < len(right) else ("Summa", "", *map(str, counts))
        rows.append(_half_cells(*member) + other)
    return rows


def _first_last(inverted: str) -> str:
    last, first = inverted.split(", ")
    return f"{first} {last}"


HALVES = Case(
    "halves",
    [
        *_HEAD,
        *(f"{_first_last(n)} ({p})" for n, p, _v in _HALF_VOTERS),
        "",
        "§ 45 Budget 2027",
        "Omröstning begärs. Den som bifaller kommunstyrelsens förslag röstar ja, den som bifaller "
        "Socialdemokraternas förslag röstar nej. Voteringen utfaller med 4 ja-röster, 4 nej-röster och 5 "
        "som avstår.",
        "Voteringslista",
        *_halves_rows(),
        "",
        "Beslut",
        "Kommunfullmäktige fastställer budget 2027.",
    ],
    set(),
    {_first_last(n): v for n, _p, v in _HALF_VOTERS},
)

# ---- markups ------------------------------------------------------------------------------------------


def _stem(case: Case, kind: str) -> str:
    return f"testregionen_regionstyrelsen_2026-04-14_protokoll_{case.name}_{kind}"


def _widths(case: Case) -> list[int]:
    rows = [r for r in case.lines if isinstance(r, tuple)]
    width = max(len(r) for r in rows)
    return [max(len(r[j]) if j < len(r) else 0 for r in rows) + 3 for j in range(width)]


def build_txt(case: Case, tmp: Path) -> Path:
    """A text export that kept the layout (pdftotext -layout): cells padded to their column."""
    widths = _widths(case)
    out = []
    for line in case.lines:
        if isinstance(line, tuple):
            out.append("".join(c.ljust(w) for c, w in zip(line, widths, strict=False)).rstrip())
        else:
            out.append(line)
    path = tmp / f"{_stem(case, 'txt')}.txt"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def build_html(case: Case, tmp: Path) -> Path:
    """A web page: table rows one <table> (a party row one cell spanning the row), § lines headings."""
    parts, rows = [], []
    width = max((len(r) for r in case.lines if isinstance(r, tuple)), default=1)

    def flush() -> None:
        if rows:
            parts.append("<table>" + "".join(rows) + "</table>")
            rows.clear()

    for line in case.lines:
        if isinstance(line, tuple):
            span = f' colspan="{width}"' if len(line) == 1 else ""
            rows.append("<tr>" + "".join(f"<td{span}>{html.escape(c)}</td>" for c in line) + "</tr>")
            continue
        flush()
        if line.strip():
            tag = "h3" if line.startswith("§") else "p"
            parts.append(f"<{tag}>{html.escape(line)}</{tag}>")
    flush()
    path = tmp / f"{_stem(case, 'html')}.html"
    path.write_text(f"<html><body><main>{''.join(parts)}</main></body></html>", encoding="utf-8")
    return path


def build_docx(case: Case, tmp: Path) -> Path:
    """A Word file: table rows one table (a party row's cells merged), § lines bold."""
    d = docx.Document()
    rows: list[tuple[str, ...]] = []

    def flush() -> None:
        if rows:
            width = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=width)
            for r in rows:
                cells = t.add_row().cells
                if len(r) == 1:
                    cells[0].merge(cells[-1]).text = r[0]
                    continue
                for c, text in zip(cells, r + ("",) * (width - len(r)), strict=True):
                    c.text = text
            rows.clear()

    for line in case.lines:
        if isinstance(line, tuple):
            rows.append(line)
            continue
        flush()
        if line.startswith("§"):
            d.add_paragraph().add_run(line).bold = True
        elif line.strip():
            d.add_paragraph(line)
    flush()
    path = tmp / f"{_stem(case, 'docx')}.docx"
    d.save(str(path))
    return path


def _pdf(case: Case, tmp: Path, kind: str, centred: bool) -> Path:
    """A PDF drawn with DejaVu: a table's first column wide and set left, the others narrow; a header's
    labels centred over their columns (`centred`) or set left as the cells under them."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("DejaVu", "", _FONT)
    pdf.add_font("DejaVu", "B", _BOLD)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", size=9)
    halves = any(r == _HALF_HEADER * 2 for r in case.lines)
    widths = [52.0, 9.0, 7.0, 7.0, 8.0] * 2 if halves else [70.0, 10.0, 10.0, 12.0]
    y = 15.0
    first_row = True
    for line in case.lines:
        if y > 280:
            pdf.add_page()
            y = 15.0
        if isinstance(line, tuple):
            x = 15.0
            for j, cell in enumerate(line):
                label = first_row and centred
                wide = j % 5 == 0 if len(widths) == 10 else j == 0
                pdf.set_xy(x, y - 3)
                pdf.cell(widths[j], 4, cell, align="C" if label or not wide else "L")
                x += widths[j]
            first_row = False
            y += 5
            continue
        first_row = True
        pdf.set_font("DejaVu", "B" if line.startswith("§") else "", 9)
        if line.strip():
            pdf.set_xy(15, y - 3)
            pdf.multi_cell(180, 4.5, line)
            y = pdf.get_y() + 3.5
        else:
            y += 5
        pdf.set_font("DejaVu", size=9)
    path = tmp / f"{_stem(case, kind)}.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


BUILDERS: dict[str, Callable[[Case, Path], Path]] = {
    "txt": build_txt,
    "html": build_html,
    "docx": build_docx,
    "pdf_centred": lambda c, t: _pdf(c, t, "pdf_centred", True),
    "pdf_left": lambda c, t: _pdf(c, t, "pdf_left", False),
}
