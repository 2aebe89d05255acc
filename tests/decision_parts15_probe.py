"""Invented protocols for the k52 probes: who did what, case numbers and parties in decision parts as
several systems print them, each the same content in four files — a text export, an HTML page, a Word file
(python-docx) and a PDF whose pages open with a two-cell running header (fpdf2). `check` says whether
`extract_file` read the document as a reader does (GOLD_FORMAT's actions, item case numbers, parties);
`python -m tests.decision_parts15_probe` prints OK/BAD per case and format. No text is copied from a test set.
"""

from __future__ import annotations

import html
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.types import Extraction

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: A block: a line ("# X" a heading, "§ N Title" a paragraph heading), a page break (PAGE) or a table.
Block = str | list[list[str]]
PAGE = "\f"
KINDS = ("justerare", "proposed", "reserved", "protocol_note")

HEAD: list[Block] = [
    "Provstads kommun",
    "PROTOKOLL",
    "Tekniska nämnden",
    "Sammanträdesdatum 2026-05-12",
    "# Beslutande",
    "Anna Ek (S), ordförande",
    "Bo Berg (V), vice ordförande",
    "Carl Holm (M)",
    "Dora Lind (SD)",
    "Eva Sand (C)",
    "Fredrik Ahl (KD)",
    "# Övriga deltagare",
    "Maria Wiberg, nämndsekreterare",
]
#: The same list as a table with a party column ("Namn | Parti | Funktion").
HEAD_TABLE: list[Block] = [
    *HEAD[:4],
    "# Beslutande",
    [
        ["Namn", "Parti", "Funktion"],
        ["Anna Ek", "S", "ordförande"],
        ["Bo Berg", "V", "vice ordförande"],
        ["Carl Holm", "M", ""],
        ["Dora Lind", "SD", ""],
        ["Eva Sand", "C", ""],
        ["Gun Frost", "TF", "tjänstgörande ersättare för Fredrik Ahl"],
    ],
    "# Övriga deltagare",
    "Maria Wiberg, nämndsekreterare",
]
FIRST = ["§ 11 Val av justerare", "Carl Holm (M) utses att justera protokollet."]
LAST = ["§ 14 Meddelanden", "Nämnden lägger meddelandena till handlingarna."]
SIGNED = ["Justerandes signatur", "Anna Ek, ordförande          Carl Holm, justerare"]


@dataclass
class Case:
    name: str
    body: list[Block]  # § 12 and § 13 (with their headings), between FIRST and LAST
    acts: dict[str, set[tuple[str, str]]]  # item -> (person or "party:X", kind), KINDS only
    dnr: dict[str, list[str]] = field(default_factory=dict)  # item -> its own case keys (items named)
    parties: dict[str, str] = field(default_factory=dict)  # person -> party
    head: list[Block] = field(default_factory=lambda: list(HEAD))
    first: list[str] = field(default_factory=lambda: list(FIRST))


def blocks(case: Case) -> list[Block]:
    return [*case.head, *case.first, *case.body, *LAST, *SIGNED]


def render_txt(case: Case) -> str:
    out: list[str] = []
    for b in blocks(case):
        if isinstance(b, list):
            widths = [max(len(r[k]) for r in b) + 3 for k in range(len(b[0]))]
            out += ["".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in b]
        elif b == PAGE:
            out.append("\fProvstads kommun    Protokoll\nTekniska nämnden    2026-05-12\n")
        else:
            out.append(b.removeprefix("# "))
    return "\n".join(out) + "\n"


def render_html(case: Case) -> str:
    out = ["<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Protokoll</title></head>"]
    out.append("<body><main>")
    for b in blocks(case):
        if isinstance(b, list):
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b)
            out.append(f"<table>{rows}</table>")
        elif b == PAGE:
            continue
        elif b.startswith("§ "):
            out.append(f"<h2>{html.escape(b)}</h2>")
        elif b.startswith("# "):
            out.append(f"<h3>{html.escape(b[2:])}</h3>")
        else:
            out.append(f"<p>{html.escape(b)}</p>")
    return "\n".join(out) + "</main></body></html>\n"


def render_docx(case: Case, path: Path) -> None:
    doc = Document()
    for b in blocks(case):
        if isinstance(b, list):
            table = doc.add_table(rows=len(b), cols=len(b[0]))
            for r, row in enumerate(b):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif b == PAGE:
            doc.add_page_break()
        elif b.startswith(("# ", "§ ")):
            doc.add_paragraph().add_run(b.removeprefix("# ")).bold = True
        else:
            doc.add_paragraph(b)
    doc.save(str(path))


def render_pdf(case: Case) -> bytes:
    """Pages open with a running header of two rows of two cells (name left, kind and date right)."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    y = 0.0

    def page() -> float:
        pdf.add_page()
        pdf.set_font("S", "", 9)
        header = (("Provstads kommun", "Protokoll"), ("Tekniska nämnden", "2026-05-12"))
        for k, (left, right) in enumerate(header):
            pdf.text(20, 12 + 4.5 * k, left)
            pdf.text(160, 12 + 4.5 * k, right)
        return 30.0

    y = page()
    for b in blocks(case):
        if b == PAGE or y > 270:
            y = page()
            if b == PAGE:
                continue
        if isinstance(b, list):
            widths = [max(len(r[k]) for r in b) * 2.0 + 6 for k in range(len(b[0]))]
            for row in b:
                x = 20.0
                for cell, w in zip(row, widths, strict=False):
                    pdf.set_font("S", "", 9)
                    pdf.text(x, y + 4, cell)
                    x += w
                y += 6
            continue
        bold = b.startswith(("# ", "§ "))
        pdf.set_font("S", "B" if bold else "", 11 if b.startswith("§ ") else 10)
        pdf.set_xy(20, y)
        pdf.multi_cell(170, 5, b.removeprefix("# "), new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 1
    return bytes(pdf.output())


FORMATS = ("txt", "html", "docx", "pdf")


def extract(case: Case, fmt: str, tmp: Path) -> Extraction:
    path = tmp / f"provstad_tekniska-namnden_2026-05-12_protokoll_{case.name}.{fmt}"
    if fmt == "txt":
        path.write_text(render_txt(case), encoding="utf-8")
    elif fmt == "html":
        path.write_text(render_html(case), encoding="utf-8")
    elif fmt == "pdf":
        path.write_bytes(render_pdf(case))
    else:
        render_docx(case, path)
    return extract_file(path)


def got(case: Case, ex: Extraction) -> dict[str, object]:
    """What the case checks, as read: actions per item, the named items' case keys, the parties."""
    acts = {
        str(it.number): {(a.person or f"party:{a.party}", a.kind) for a in it.actions if a.kind in KINDS}
        for it in ex.items
    }
    dnr = {str(it.number): it.diarienummer for it in ex.items if it.number in case.dnr}
    parties = {p.name: p.party for p in ex.persons if p.name in case.parties}
    return {"acts": acts, "dnr": dnr, "parties": parties}


def check(case: Case, ex: Extraction) -> bool:
    g = got(case, ex)
    want = {"§11": {("Carl Holm", "justerare")}, "§14": set(), **case.acts}
    return g == {"acts": want, "dnr": case.dnr, "parties": case.parties}


def main() -> None:
    from tests.decision_parts15_cases import CASES

    names = sys.argv[1:]
    ok = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            if names and case.name not in names:
                continue
            for fmt in FORMATS:
                ex = extract(case, fmt, Path(tmp))
                good = check(case, ex)
                ok += good
                total += 1
                print(f"{'OK ' if good else 'BAD'} {case.name:34} {fmt}")
                if not good:
                    print(f"      {got(case, ex)}")
    print(f"{ok}/{total}")


if __name__ == "__main__":
    main()
