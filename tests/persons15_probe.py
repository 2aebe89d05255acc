"""Invented probe of the people arkiv missed or invented after session 14 (for `tests/test_persons15.py`).

Each case is one meeting's head block and items written as lines, built in every markup a kommun publishes
(text, web page, Word, PDF): names in capitals in the attendance list and the signatures, a party code
before the name, role labels before names and after names printed surname first, a block header broken
over two lines, a name broken over a page break, members who only resign, names with particles and double
surnames. Each case says the persons GOLD_FORMAT asks of it (name, party, roles) and the names that are
no person of the meeting. Every name is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from fpdf import FPDF

#: name -> (party, roles) as the gold would write them
Expected = dict[str, tuple[str | None, set[str]]]

#: A page break between two lines of a case.
PAGE = "\f"


@dataclass
class Case:
    """One meeting as lines (a gap of two spaces or more parts a line's columns), and what a reader finds."""

    name: str
    lines: list[str]
    persons: Expected
    absent: set[str] = field(default_factory=set)
    markups: tuple[str, ...] = ("txt", "html", "docx", "pdf")


def _cells(line: str) -> list[str]:
    return [c for c in line.strip().split("  ") if c.strip()] if "  " in line.strip() else [line.strip()]


def _stem(case: Case, kind: str) -> str:
    return f"testkommun_kommunstyrelsen_2026-11-20_protokoll_{case.name}_{kind}"


def build_txt(case: Case, tmp: Path) -> Path:
    """A text export: the lines as printed, a form feed between pages."""
    path = tmp / f"{_stem(case, 'txt')}.txt"
    path.write_text("\n".join(case.lines).replace(f"\n{PAGE}\n", f"\n{PAGE}") + "\n", encoding="utf-8")
    return path


def build_html(case: Case, tmp: Path) -> Path:
    """A web page: a line with columns is a table row (rows in a run are one table), any other a paragraph
    (a § line a heading); a web page has no pages."""
    parts, rows = [], []

    def flush() -> None:
        if rows:
            parts.append("<table>" + "".join(rows) + "</table>")
            rows.clear()

    for line in case.lines:
        if line == PAGE or not line.strip():
            flush()
            continue
        cells = _cells(line)
        if len(cells) > 1:
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
            continue
        flush()
        tag = "h3" if line.startswith("§") else "p"
        parts.append(f"<{tag}>{html.escape(line.strip())}</{tag}>")
    flush()
    path = tmp / f"{_stem(case, 'html')}.html"
    path.write_text(f"<html><body>{''.join(parts)}</body></html>", encoding="utf-8")
    return path


def build_docx(case: Case, tmp: Path) -> Path:
    """A Word file: a line with columns a table row (a run of them one table), a § line in bold, a manual
    page break where the page turns."""
    d = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            width = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=width)
            for r in rows:
                cells = t.add_row().cells
                for c, text in zip(cells, r + [""] * (width - len(r)), strict=True):
                    c.text = text
            rows.clear()

    for line in case.lines:
        if line == PAGE:
            flush()
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        cells = _cells(line)
        if len(cells) > 1:
            rows.append(cells)
            continue
        flush()
        if line.startswith("§"):
            d.add_paragraph().add_run(line).bold = True
        elif line.strip():
            d.add_paragraph(line.strip())
    flush()
    path = tmp / f"{_stem(case, 'docx')}.docx"
    d.save(str(path))
    return path


def build_pdf(case: Case, tmp: Path) -> Path:
    """A PDF: one text line per line, a line's columns 50 mm apart, a new page where the page turns (each
    page with the same header, as a protocol prints it)."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_font("helvetica", size=10)

    def page() -> float:
        pdf.add_page()
        pdf.text(20, 15, "Testkommun")
        pdf.text(120, 15, "SAMMANTRÄDESPROTOKOLL")
        pdf.text(20, 21, "Kommunstyrelsen")
        pdf.text(120, 21, "2026-11-20")
        return 34.0

    y = page()
    for line in case.lines:
        if line == PAGE:
            y = page()
            continue
        for k, cell in enumerate(_cells(line)):
            pdf.text(20 + 50 * k, y, cell)
        y += 6
    path = tmp / f"{_stem(case, 'pdf')}.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


BUILDERS: dict[str, Callable[[Case, Path], Path]] = {
    "txt": build_txt,
    "html": build_html,
    "docx": build_docx,
    "pdf": build_pdf,
}

_HEAD = ["Testkommun", "SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen", "Sammanträdesdatum 2026-11-20", ""]
_ITEMS = [
    "§ 14 Val av justerare",
    "Till justerare utses Bo Bergman (M).",
    "§ 15 Budget 2027",
    "Kommunstyrelsen beslutar att godkänna förslaget.",
]

CAPITALS = Case(
    "capitals",
    [
        "KOMMUNSTYRELSEN",
        "SAMMANTRÄDESPROTOKOLL",
        "Sammanträdesdatum 2026-11-20",
        "",
        "PLATS OCH TID  Stadshuset, kl. 13.00-15.00",
        "",
        "Beslutande",
        "ANNA EKSTRÖM (S), ordförande",
        "BO BERGMAN (M), vice ordförande",
        "CECILIA LUNDQVIST (C)",
        "JOHAN VON ESSEN (KD)",
        "",
        "Övriga närvarande",
        "HANS ÖBERG, sekreterare",
        "",
        "BESLUT",
        *_ITEMS,
        "Anna Ekström (S) yrkar bifall till förslaget.",
        "Ärendet gäller STORGATAN 12 och BARN- OCH UTBILDNINGSNÄMNDEN.",
        "§ 16 Information",
        "ELSA BESKOWS VÄG och KARL JOHANS TORG byggs om.",
        "",
        "Justeras",
        "Ordförande  ANNA EKSTRÖM",
        "Justerare  BO BERGMAN",
        "Sekreterare  HANS ÖBERG",
    ],
    {
        "Anna Ekström": ("S", {"ordförande", "ledamot"}),
        "Bo Bergman": ("M", {"vice ordförande", "ledamot", "justerare"}),
        "Cecilia Lundqvist": ("C", {"ledamot"}),
        "Johan von Essen": ("KD", {"ledamot"}),
        "Hans Öberg": (None, {"sekreterare"}),
    },
)

CAPITAL_SIGNATURES = Case(
    "capital_signatures",
    [
        *_HEAD,
        "Beslutande",
        "Maria Sandell (S), ordförande",
        "Bo Bergman (M)",
        "Erik Fors (V)",
        "",
        *_ITEMS,
        "",
        "Underskrifter",
        "Sekreterare",
        "PETRA HOLMGREN",
        "Ordförande",
        "MARIA SANDELL",
        "Justerande",
        "BO BERGMAN",
    ],
    {
        "Maria Sandell": ("S", {"ordförande", "ledamot"}),
        "Bo Bergman": ("M", {"ledamot", "justerare"}),
        "Erik Fors": ("V", {"ledamot"}),
        "Petra Holmgren": (None, {"sekreterare"}),
    },
)

PARTY_FIRST = Case(
    "party_first",
    [
        *_HEAD,
        "Beslutande",
        "S Anna Ek, ordförande",
        "M Bo Bergman",
        "(C) Cecilia Lund",
        "(SD) Dragan Petersson",
        "",
        "Ersättare",
        "V  Eva Holm",
        "KD  Fredrik Nyqvist",
        "",
        "Övriga närvarande",
        "Gunilla Strand, kommunchef",
        "",
        *_ITEMS,
    ],
    {
        "Anna Ek": ("S", {"ordförande", "ledamot"}),
        "Bo Bergman": ("M", {"ledamot", "justerare"}),
        "Cecilia Lund": ("C", {"ledamot"}),
        "Dragan Petersson": ("SD", {"ledamot"}),
        "Eva Holm": ("V", {"ersättare"}),
        "Fredrik Nyqvist": ("KD", {"ersättare"}),
        "Gunilla Strand": (None, {"tjänsteperson"}),
    },
)

ROLE_ROWS = Case(
    "role_rows",
    [
        *_HEAD,
        "Beslutande",
        "Ordförande   Anna Ek (S)",
        "Ledamot   Cecilia Lund (C)",
        "Ledamot   Bo Bergman (M)",
        "Tjänstgörande   Eva Holm (V)",
        "ersättare",
        "Ersättare   Ingrid Dahl (S)",
        "Sekreterare   Hans Öberg",
        "",
        *_ITEMS,
    ],
    {
        "Anna Ek": ("S", {"ordförande", "ledamot"}),
        "Cecilia Lund": ("C", {"ledamot"}),
        "Bo Bergman": ("M", {"ledamot", "justerare"}),
        "Eva Holm": ("V", {"tjänstgörande ersättare"}),
        "Ingrid Dahl": ("S", {"ersättare"}),
        "Hans Öberg": (None, {"sekreterare"}),
    },
)

INVERTED_ROLES = Case(
    "inverted_roles",
    [
        *_HEAD,
        "Beslutande",
        "Lund, Cecilia (C), ordförande",
        "Ek, Anna (S), vice ordförande",
        "Bergman, Bo (M)",
        "",
        "Tjänstgörande",
        "ersättare",
        "Holm, Eva (V)",
        "",
        "Övriga närvarande",
        "Öberg, Hans, sekreterare",
        "",
        *_ITEMS,
    ],
    {
        "Cecilia Lund": ("C", {"ordförande", "ledamot"}),
        "Anna Ek": ("S", {"vice ordförande", "ledamot"}),
        "Bo Bergman": ("M", {"ledamot", "justerare"}),
        "Eva Holm": ("V", {"tjänstgörande ersättare"}),
        "Hans Öberg": (None, {"sekreterare"}),
    },
)

PAGE_BREAK = Case(
    "page_break",
    [
        *_HEAD,
        "Beslutande",
        "Anna Ek (S), ordförande",
        "Bo Bergman (M)",
        "Åsa",
        PAGE,
        "Testkommun",
        "Kommunstyrelsen 2026-11-20",
        "Lindström (S)",
        "Cecilia Lund (C)",
        "",
        *_ITEMS,
    ],
    {
        "Anna Ek": ("S", {"ordförande", "ledamot"}),
        "Bo Bergman": ("M", {"ledamot", "justerare"}),
        "Åsa Lindström": ("S", {"ledamot"}),
        "Cecilia Lund": ("C", {"ledamot"}),
    },
    markups=("txt", "docx", "pdf"),
)

RESIGNING = Case(
    "resigning",
    [
        *_HEAD,
        "Beslutande",
        "Anna Ek (S), ordförande",
        "Bo Bergman (M)",
        "",
        "Ersättare",
        "Ingrid Dahl (S)",
        "Ola Hedström (entledigad)",
        "",
        *_ITEMS,
        "§ 16 Entledigande",
        "Ola Hedström (S) har entledigats från sitt uppdrag som ersättare.",
        "Per Ulfsson (L) har i skrivelse avsagt sig uppdraget som ledamot.",
        "Kommunstyrelsen beslutar att bevilja avsägelsen.",
    ],
    {
        "Anna Ek": ("S", {"ordförande", "ledamot"}),
        "Bo Bergman": ("M", {"ledamot", "justerare"}),
        "Ingrid Dahl": ("S", {"ersättare"}),
    },
    absent={"Ola Hedström", "Per Ulfsson"},
)

PARTICLES = Case(
    "particles",
    [
        *_HEAD,
        "Beslutande",
        "Karin von Essen (M), ordförande",
        "Lars-Åke Berg Nilsson (KD)",
        "Anna af Klercker (L)",
        "Bo Bergman (M)",
        "",
        "Övriga närvarande",
        "Eva de Geer, planarkitekt",
        "Jan van der Berg, ekonom",
        "",
        *_ITEMS,
        "§ 16 Detaljplan",
        "Eva de Geer informerar om detaljplanen.",
        "Lars-Åke Berg Nilsson (KD) yrkar bifall.",
    ],
    {
        "Karin von Essen": ("M", {"ordförande", "ledamot"}),
        "Lars-Åke Berg Nilsson": ("KD", {"ledamot"}),
        "Anna af Klercker": ("L", {"ledamot"}),
        "Bo Bergman": ("M", {"ledamot", "justerare"}),
        "Eva de Geer": (None, {"tjänsteperson"}),
        "Jan van der Berg": (None, {"tjänsteperson"}),
    },
)

CASES = [
    CAPITALS,
    CAPITAL_SIGNATURES,
    PARTY_FIRST,
    ROLE_ROWS,
    INVERTED_ROLES,
    PAGE_BREAK,
    RESIGNING,
    PARTICLES,
]
