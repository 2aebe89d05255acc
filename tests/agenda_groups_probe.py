"""A probe: one invented kallelse agenda whose rows are gathered under group headings, in four markups
(Word table, PDF table, portal HTML, text export).

A föredragningslista often sorts its points under headings set across the whole table ("Inledande
ärenden", "Informationsärenden", "Beslutsärenden", "Anmälningsärenden", "Sekretessärenden (behandlas
inom stängda dörrar)"): a row with one cell merged over the number, title, case number and presenter
columns. Such a heading is no point and does not end the table. Its points' cells wrap over two lines
and the word processor centres the number and the case number on them. Every name and matter is
invented; an empty row stands before one heading.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: A group heading (one text), a point (number, title lines, dnr, presenter lines), or "" an empty row.
Row = str | tuple[str, list[str], str, list[str]]
ROWS: list[Row] = [
    "Inledande ärenden",
    ("1", ["Val av justerare"], "", []),
    ("2", ["Godkännande av föredragningslistan"], "", []),
    "Informationsärenden",
    ("3", ["Verksamhetschefen informerar"], "", ["Lena Ek,", "verksamhetschef"]),
    "Beslutsärenden",
    (
        "4",
        ["Taxa för kulturskolan 2027 –", "revidering av avgifter för syskon"],
        "KN 2026/0114",
        ["Per Holm,", "rektor"],
    ),
    ("5", ["Svar på medborgarförslag om en", "skatepark i Västerby"], "KN 2026/0098", []),
    (
        "6",
        ["Verksamhetsplan 2027 för kultur- och", "fritidsnämnden"],
        "KN 2026/0120",
        ["Eva Sund,", "controller"],
    ),
    "",
    "Anmälningsärenden",
    ("7", ["Delegationsbeslut oktober 2026"], "", []),
    ("8", ["Meddelanden"], "", []),
    "Sekretessärenden (behandlas inom stängda dörrar)",
    ("9", ["Bidrag till enskild förening"], "KN 2026/0131", []),
]
#: What a careful reader finds: (number, title, case numbers, presenters).
EXPECTED: list[tuple[str, str, list[str], list[str]]] = [
    ("1", "Val av justerare", [], []),
    ("2", "Godkännande av föredragningslistan", [], []),
    ("3", "Verksamhetschefen informerar", [], ["Lena Ek"]),
    ("4", "Taxa för kulturskolan 2027 – revidering av avgifter för syskon", ["KN 2026/0114"], ["Per Holm"]),
    ("5", "Svar på medborgarförslag om en skatepark i Västerby", ["KN 2026/0098"], []),
    ("6", "Verksamhetsplan 2027 för kultur- och fritidsnämnden", ["KN 2026/0120"], ["Eva Sund"]),
    ("7", "Delegationsbeslut oktober 2026", [], []),
    ("8", "Meddelanden", [], []),
    ("9", "Bidrag till enskild förening", ["KN 2026/0131"], []),
]
_HEAD = [
    "Kallelse",
    "Kultur- och fritidsnämnden",
    "Tid: onsdag 4 november 2026 kl. 13.00",
    "Plats: Kommunhuset, sal Ängen",
]
_FOOT = ["Anna Berglund (S)", "Ordförande"]
_COLS = ["Nr", "Ärende", "Dnr", "Föredragande"]


def _docx(path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("VÄSTERÅKRA KOMMUN")
    for line in _HEAD:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, _COLS, strict=True):
        cell.text = text
    for row in ROWS:
        cells = table.add_row().cells
        if row == "":
            continue
        if isinstance(row, str):
            merged = cells[0].merge(cells[3])
            merged.text = row
            continue
        number, lines, dnr, who = row
        cells[0].text = number
        cells[1].text = " ".join(lines)
        cells[2].text = dnr
        cells[3].text = " ".join(who)
    for line in _FOOT:
        doc.add_paragraph(line)
    doc.save(path)


def _pdf(path: Path) -> None:
    p = FPDF(format="A4")
    p.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    p.add_page()
    p.set_font("S", "", 10)
    p.cell(0, 6, "Västeråkra kommun", new_x="LMARGIN", new_y="NEXT")
    for line in _HEAD:
        p.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    xs, pitch, pad = [15, 28, 120, 155], 4.2, 1.8
    y = p.get_y()
    for x, head in zip(xs, _COLS, strict=True):
        p.text(x, y, head)
    y += pitch + pad
    for row in ROWS:
        if row == "":
            y += pitch + pad
            continue
        if isinstance(row, str):  # one cell across the table, from the number's column
            p.text(xs[0], y, row)
            y += pitch + pad
            continue
        number, lines, dnr, who = row
        cells = [[number], lines, [dnr] if dnr else [], who]
        height = max(len(c) for c in cells)
        for x, cell in zip(xs, cells, strict=True):  # each cell centred on the row's height
            shift = (height - len(cell)) * pitch / 2
            for k, line in enumerate(cell):
                p.text(x, y + shift + k * pitch, line)
        y += height * pitch + pad
    y += 10
    for line in _FOOT:
        p.text(15, y, line)
        y += 5
    p.output(str(path))


def _html(path: Path) -> None:
    out = []
    for row in ROWS:
        if row == "":
            out.append("<tr><td></td><td></td><td></td><td></td></tr>")
            continue
        if isinstance(row, str):
            out.append(f"<tr><td colspan='4'><strong>{html.escape(row)}</strong></td></tr>")
            continue
        number, lines, dnr, who = row
        out.append(
            f"<tr><td>{number}</td><td>{html.escape(' '.join(lines))}</td><td>{dnr}</td>"
            f"<td>{html.escape(' '.join(who))}</td></tr>"
        )
    body = "".join(f"<p>{html.escape(t)}</p>" for t in _HEAD[1:])
    foot = "".join(f"<p>{html.escape(t)}</p>" for t in _FOOT)
    head = "".join(f"<th>{c}</th>" for c in _COLS)
    path.write_text(
        "<html><head><title>Kallelse – Västeråkra kommun</title></head><body><main><h1>Kallelse</h1>"
        f"{body}<table><thead><tr>{head}</tr></thead><tbody>{''.join(out)}</tbody></table>{foot}"
        "</main></body></html>",
        encoding="utf-8",
    )


def _text(path: Path) -> None:
    """A text export as `pdftotext -layout` prints the PDF: the number and the case number on the middle
    line of a cell of three, between the title's lines when it has two."""
    out = ["VÄSTERÅKRA KOMMUN", *_HEAD, "", f"{'Nr':<5}{'Ärende':<48}{'Dnr':<16}Föredragande"]
    for row in ROWS:
        if isinstance(row, str):
            out.append(row)  # an empty row: a blank line
            continue
        number, lines, dnr, who = row
        if len(lines) == 1 and not who:
            out.append(f"{number:<5}{lines[0]:<48}{dnr}".rstrip())
        elif len(lines) == 1:
            out += [f"{'':<69}{who[0]}", f"{number:<5}{lines[0]:<48}{dnr}".rstrip(), f"{'':<69}{who[1]}"]
        else:
            w = who or ["", ""]
            out += [
                f"{'':<5}{lines[0]:<64}{w[0]}".rstrip(),
                f"{number:<53}{dnr}",
                f"{'':<5}{lines[1]:<64}{w[1]}".rstrip(),
            ]
    out += ["", "", *_FOOT]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


MARKUPS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "docx": ("docx", _docx),
    "pdf": ("pdf", _pdf),
    "html": ("html", _html),
    "text": ("txt", _text),
}


def extract(markup: str, tmp: Path) -> list[tuple[str | None, str, list[str], list[str]]]:
    """The probe in one markup, extracted: (number, title, case numbers, presenters) per item."""
    suffix, write = MARKUPS[markup]
    path = tmp / f"vasterakra_kultur-och-fritidsnamnden_2026-11-04_kallelse.{suffix}"
    write(path)
    return [
        (
            it.number,
            it.title,
            list(it.diarienummer),
            sorted({a.person for a in it.actions if a.kind == "presented" and a.person}),
        )
        for it in extract_file(path).items
    ]


def score(got: list[tuple[str | None, str, list[str], list[str]]]) -> tuple[int, int, int]:
    """(rows right in number, title and case numbers; presenter sets right; extra or missing rows)."""
    keys = {(e[0], e[1], tuple(e[2])) for e in EXPECTED}
    right = sum(1 for g in got if (g[0], g[1], tuple(g[2])) in keys)
    pres = sum(1 for g in got for e in EXPECTED if (g[0], g[1]) == (e[0], e[1]) and g[3] == sorted(e[3]))
    return right, pres, abs(len(got) - len(EXPECTED)) + len(EXPECTED) - right


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for m in MARKUPS:
            got = extract(m, Path(d))
            right, pres, wrong = score(got)
            print(m, f"rows {right}/{len(EXPECTED)} presenters {pres}/{len(EXPECTED)} wrong {wrong}")
            if "-v" in sys.argv:
                for g in got:
                    print("   ", g)
