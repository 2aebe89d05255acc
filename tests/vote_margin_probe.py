"""Invented protocols for the v55 probe: a voteringslista broken over a page break in a protocol that
sets its § labels in a left margin column (Ciceron and its kin), so the new page's continuation label
("§ 32 forts.") stands in the margin on the line of the list's first line there: its repeated header,
or its next row. Each case is the same content in four files — a pdftotext -layout export (form feeds),
an HTML page and a Word file whose table keeps the margin as its first column, and a PDF (fpdf2, DejaVu)
that sets the margin and the body at their own x. `check` says whether `extract_file` read every vote of
§ 32 as one omröstning; `python -m tests.vote_margin_probe` prints OK/BAD per case and format. No text is
copied from a test set.
"""

from __future__ import annotations

import html
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.types import Extraction

_FONTS = "/usr/share/fonts/truetype/dejavu/"

MEMBERS = [
    ("Anna Ek", "S"), ("Bo Berg", "M"), ("Carl Holm", "S"), ("Dora Lind", "SD"), ("Eva Sand", "C"),
    ("Fredrik Ahl", "KD"), ("Gun Frost", "V"), ("Hans Moberg", "L"), ("Ida Palm", "SD"),
    ("Johan Ström", "M"), ("Karin Vik", "S"), ("Lars Nyqvist", "LP"),
]  # fmt: skip
#: The serving ersättare: Maja Rask (S) sits for Karin Vik.
SERVING = {"Karin Vik": "Maja Rask"}
VOTES = ["ja", "ja", "ja", "nej", "ja", "ja", "avstår", "ja", "nej", "ja", "ja", "nej"]
HEADER = ["Ledamot", "Parti", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"]
#: Rows on the list's first page; the rest follow the page break.
FIRST_PAGE = 5


def rows() -> list[list[str]]:
    out = []
    for (name, party), vote in zip(MEMBERS, VOTES, strict=True):
        marks = ["X" if vote == v else "" for v in ("ja", "nej", "avstår")]
        out.append([name, party, SERVING.get(name, ""), *marks])
    return out


def expected() -> list[tuple[str, str, int]]:
    return [(SERVING.get(n, n), v, 1) for (n, _), v in zip(MEMBERS, VOTES, strict=True)]


@dataclass
class Case:
    name: str
    label: str  # the continuation label in the margin at the new page's top
    header_again: bool = True  # the list's header printed again on the new page
    own_line: bool = False  # the label on a line of its own above the list (no shared line)
    counted: bool = True  # the result printed in words too ("Med 8 ja-röster mot 3 nej-röster, …")


CASES = [
    Case("label_on_header", "§ 32 forts."),
    Case("label_on_row", "§ 32 forts.", header_again=False),
    Case("bracketed_label", "§ 32 (forts.)"),
    Case("label_first_forts", "Forts. § 32"),
    Case("organ_label", "KF § 32 forts."),
    Case("bracketed_on_row", "§ 32 (forts)", header_again=False),
    Case("label_own_line", "§ 32 forts.", own_line=True),
    # without the result in words, which lets the reader check a table's counts
    Case("uncounted_header", "§ 32 forts.", counted=False),
    Case("uncounted_row", "§ 32 forts.", header_again=False, counted=False),
    Case("uncounted_organ", "KS § 32 forts.", counted=False),
    Case("uncounted_forts_first", "Forts. § 32", counted=False),
    Case("uncounted_bracketed", "§ 32 (forts.)", counted=False),
]

#: The document as (margin, body) lines; a table as ("TABLE", rows with a margin cell first); PAGE a break.
PAGE = ("PAGE", "")
INTRO = [
    ("", "Provstads kommun"), ("", "SAMMANTRÄDESPROTOKOLL"), ("", "Kommunfullmäktige"),
    ("", "Sammanträdesdatum 2026-03-23"), ("", ""), ("Beslutande", ""),
    *[("", f"{n} ({p}){', ordförande' if k == 0 else ''}") for k, (n, p) in enumerate(MEMBERS)],
    ("", "Maja Rask (S), tjänstgörande ersättare för Karin Vik (S)"), ("", ""),
    ("§ 31", "Val av justerare"), ("", "Bo Berg (M) utses att justera protokollet."), ("", ""),
    ("§ 32", "Detaljplan för Norra industriområdet"), ("Dnr KS 2025/88", ""),
    ("", "Gun Frost (V) yrkar avslag. Bo Berg (M) yrkar bifall till förslaget."),
    ("", "Votering begärs. Ja för bifall, nej för avslag. Med 8 ja-röster mot 3 nej-röster, 1 ledamot"),
    ("", "avstår, bifaller kommunfullmäktige förslaget."), ("", "Voteringslista nr 1, § 32"),
]  # fmt: skip
#: The same omröstning without its result in words.
UNCOUNTED = [
    ("", "Votering begärs. Ja för bifall, nej för avslag. Kommunfullmäktige bifaller förslaget."),
    ("", "Hur var och en röstade framgår av voteringslistan."),
    ("", "Voteringslista"),
]
OUTRO = [
    ("", "Beslut"), ("", "Kommunfullmäktige antar detaljplanen."), ("", ""),
    ("§ 33", "Meddelanden"), ("", "Meddelandena läggs till handlingarna."), ("", ""),
    ("", "Justerandes signatur"),
]  # fmt: skip


def lines(case: Case) -> list[tuple[str, object]]:
    """The document's lines; a table's rows carry their margin cell."""
    body = rows()
    first = [["", *HEADER], *[["", *r] for r in body[:FIRST_PAGE]]]
    rest = [["", *r] for r in body[FIRST_PAGE:]]
    if case.header_again:
        rest = [["", *HEADER], *rest]
    if case.own_line:
        after: list[tuple[str, object]] = [(case.label, ""), ("TABLE", rest)]
    else:
        rest[0][0] = case.label
        after = [("TABLE", rest)]
    summa = [["", "Summa", "", "", "8", "3", "1"]]
    intro = INTRO if case.counted else [*INTRO[:-3], *UNCOUNTED]
    return [*intro, ("TABLE", first), PAGE, *after, ("TABLE", summa), *OUTRO]


_WIDTHS = (19, 24, 7, 26, 6, 6, 7)  # the margin, then the table's columns (a text export's)


def render_txt(case: Case) -> str:
    out = []
    for margin, body in lines(case):
        if (margin, body) == PAGE:
            out.append("\fProvstads kommun        SAMMANTRÄDESPROTOKOLL        Sida 2 (2)\n")
        elif margin == "TABLE":
            out += ["".join(c.ljust(w) for c, w in zip(r, _WIDTHS, strict=True)).rstrip() for r in body]  # type: ignore[attr-defined]
        else:
            out.append((margin.ljust(19) + str(body)).rstrip())
    return "\n".join(out) + "\n"


def render_html(case: Case) -> str:
    out = ["<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Protokoll</title></head><body>"]
    table: list[list[str]] = []
    for margin, body in [*lines(case), ("", "")]:
        if margin == "TABLE":
            table += body  # type: ignore[arg-type]
            continue
        if table:
            cells = ("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in table)
            out.append(f"<table>{''.join(cells)}</table>")
            table = []
        if (margin, body) == PAGE or not (margin or body):
            continue
        text = html.escape(f"{margin} {body}".strip())
        out.append(f"<h2>{text}</h2>" if margin.startswith("§") else f"<p>{text}</p>")
    return "\n".join(out) + "</body></html>\n"


def render_docx(case: Case, path: Path) -> None:
    doc = Document()
    table: list[list[str]] = []
    for margin, body in [*lines(case), ("", "")]:
        if margin == "TABLE":
            table += body  # type: ignore[arg-type]
            continue
        if table:
            t = doc.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            table = []
        if (margin, body) == PAGE or not (margin or body):
            continue
        doc.add_paragraph(f"{margin}\t{body}".strip())
    doc.save(str(path))


_X = (20.0, 50.0, 90.0, 108.0, 160.0, 172.0, 184.0)  # the margin, then the table's columns (mm)


def render_pdf(case: Case) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")

    def page() -> float:
        pdf.add_page()
        pdf.set_font("S", "", 9)
        pdf.text(20, 12, "Provstads kommun")
        pdf.text(90, 12, "SAMMANTRÄDESPROTOKOLL")
        pdf.text(170, 12, "Sida 1")
        return 25.0

    y = page()
    for margin, body in lines(case):
        if (margin, body) == PAGE:
            y = page()
            continue
        pdf.set_font("S", "", 10)
        if margin == "TABLE":
            for r in body:  # type: ignore[attr-defined]
                for k, (x, cell) in enumerate(zip(_X, r, strict=True)):
                    pdf.set_font("S", "", 10 if k == 0 else 9)  # the margin's label in the body's size
                    pdf.text(x, y, cell)
                y += 5
            continue
        pdf.text(20, y, margin)
        pdf.text(50, y, str(body))
        y += 5
    return bytes(pdf.output())


FORMATS = ("txt", "html", "docx", "pdf")


def extract(case: Case, fmt: str, tmp: Path) -> Extraction:
    path = tmp / f"provstad_kommunfullmaktige_2026-03-23_protokoll_{case.name}.{fmt}"
    if fmt == "txt":
        path.write_text(render_txt(case), encoding="utf-8")
    elif fmt == "html":
        path.write_text(render_html(case), encoding="utf-8")
    elif fmt == "pdf":
        path.write_bytes(render_pdf(case))
    else:
        render_docx(case, path)
    return extract_file(path)


def got(ex: Extraction) -> list[tuple[str, str, int]]:
    """(person, vote, round) of § 32's votes as read."""
    return [(v.person, v.vote, v.round) for it in ex.items if it.number == "§32" for v in it.votes]


def check(ex: Extraction) -> bool:
    return got(ex) == expected()


def main() -> None:
    names = sys.argv[1:]
    ok = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            if names and case.name not in names:
                continue
            for fmt in FORMATS:
                ex = extract(case, fmt, Path(tmp))
                good = check(ex)
                ok += good
                total += 1
                print(f"{'OK ' if good else 'BAD'} {case.name:22} {fmt}")
                if not good:
                    print(f"      {got(ex)}")
    print(f"{ok}/{total}")


if __name__ == "__main__":
    main()
