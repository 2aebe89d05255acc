"""A probe: the date of a delegationslista, the meeting its decisions are reported to, printed after a
label with a colon ("Anmäls till: Kommunstyrelsen 2026-04-15"), in four markups (text, portal HTML,
Word, PDF).

A list printed by a case system sets its head as labelled fields: the period the decisions cover
("Beslutsdatum: 2026-03-01 – 2026-03-31"), the day it was printed ("Utskriftsdatum: 2026-04-02") and
the meeting the list is reported to, its label ending in a colon after the preposition. The date GOLD_FORMAT
asks for is that meeting's. Every body and date is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: (the reported-to line, the meeting's date as ISO).
HEADS: list[tuple[str, str]] = [
    ("Anmäls till: Kommunstyrelsen 2026-04-15", "2026-04-15"),
    ("Anmäls vid: Socialnämnden 2026-05-20", "2026-05-20"),
    ("Redovisas till: Tekniska nämnden den 9 juni 2026", "2026-06-09"),
    ("Beslutsdatum: 2026-02-01 – 2026-02-28     Anmäls till: Miljönämnden 2026-03-18", "2026-03-18"),
]
_ROWS = [
    ("KS26/031", "2026-03-02", "Tilldelningsbeslut, upphandling av snöröjning", "Eva Lind, kommunchef"),
    ("KS26/044", "2026-03-05", "Yttrande över ansökan om offentlig tillställning", "Omar Said, handläggare"),
]


def _lines(head: str) -> list[str]:
    return [
        "Västeråkra kommun     Utskriftsdatum: 2026-04-02",
        "Delegationsbeslut",
        "Beslutsdatum: 2026-03-01 – 2026-03-31" if "Beslutsdatum" not in head else "",
        head,
        "",
        "Dnr      Beslutsdatum   Ärende/beslut                                        Delegat",
        *(f"{d:<9}{b:<15}{t:<53}{w}" for d, b, t, w in _ROWS),
    ]


def _text(path: Path, head: str) -> None:
    path.write_text("\n".join(ln for ln in _lines(head)) + "\n", encoding="utf-8")


def _html(path: Path, head: str) -> None:
    rows = "".join(f"<tr><td>{d}</td><td>{b}</td><td>{t}</td><td>{w}</td></tr>" for d, b, t, w in _ROWS)
    paras = "".join(f"<p>{html.escape(ln)}</p>" for ln in _lines(head)[1:4] if ln)
    path.write_text(
        "<html><head><title>Delegationsbeslut – Västeråkra kommun</title></head><body><main>"
        f"<p>Västeråkra kommun</p>{paras}<table><tr><th>Dnr</th><th>Beslutsdatum</th><th>Ärende/beslut</th>"
        f"<th>Delegat</th></tr>{rows}</table></main></body></html>",
        encoding="utf-8",
    )


def _docx(path: Path, head: str) -> None:
    doc = docx.Document()
    for ln in _lines(head)[:4]:
        if ln:
            doc.add_paragraph(ln)
    table = doc.add_table(rows=1, cols=4)
    head = ["Dnr", "Beslutsdatum", "Ärende/beslut", "Delegat"]
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for row in _ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(path)


def _pdf(path: Path, head: str) -> None:
    p = FPDF(format="A4")
    p.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    p.add_page()
    p.set_font("S", "", 9)
    y = 20.0
    for ln in _lines(head):
        if not ln:
            y += 5
            continue
        x = 15.0
        for piece in [s for s in ln.split("     ") if s.strip()]:  # wide spaces part the fields
            p.text(x, y, piece.strip())
            x += 95
        y += 5
    p.output(str(path))


MARKUPS: dict[str, tuple[str, Callable[[Path, str], None]]] = {
    "text": ("txt", _text),
    "html": ("html", _html),
    "docx": ("docx", _docx),
    "pdf": ("pdf", _pdf),
}


def dates(markup: str, tmp: Path) -> list[str | None]:
    """The date read from each head in one markup."""
    suffix, write = MARKUPS[markup]
    out: list[str | None] = []
    for k, (head, _) in enumerate(HEADS):
        path = tmp / f"vasterakra_delegationslista_{k}.{suffix}"
        write(path, head)
        out.append(extract_file(path).meta.date)
    return out


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for m in MARKUPS:
            got = dates(m, Path(d))
            right = sum(g == e for g, (_, e) in zip(got, HEADS, strict=True))
            print(m, f"dates {right}/{len(HEADS)}", got)
