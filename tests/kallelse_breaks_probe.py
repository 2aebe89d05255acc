"""A probe: one invented kallelse agenda in four markups (Word table, PDF table, portal HTML, text export).

Its rows hold the two kinds a kallelse's agenda shares whatever it is written in: an unnumbered break
("Lunch 12.00–12.45", "Paus", "Fika", "Kaffe 10.00", "Bensträckare") that is never a point, and a
presenter written inside the title cell (after a dash, in brackets, or on a line under the title) who is
no part of the title but `presented` on the point. Every name and matter is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: (number, title cell's lines, dnr); an empty number is an unnumbered row.
ROWS: list[tuple[str, list[str], str]] = [
    ("1", ["Val av justerare"], ""),
    ("2", ["Budget 2027 – Ekonomichef Anna Ek"], "BUN 2026/11"),
    ("", ["Kaffe 10.00"], ""),
    ("3", ["Elevhälsans arbete med närvaro", "Skolkurator Johanna Lind informerar"], ""),
    ("4", ["Taxa för kulturskolan (föredragande: rektor Per Holm)"], "BUN 2026/14"),
    ("", ["Lunch 12.00–12.45"], ""),
    ("5", ["Lokalförsörjningsplan 2027–2030", "Föredragande: fastighetsstrateg Eva Sund"], "BUN 2025/88"),
    ("", ["Paus"], ""),
    ("6", ["Skolskjuts läsåret 2026/2027 – skolskjutssamordnare Kent Berg"], ""),
    ("", ["Bensträckare"], ""),
    ("7", ["Delegationsbeslut"], ""),
    ("", ["Fika"], ""),
    ("8", ["Meddelanden"], ""),
]
#: What a careful reader finds: (number, title, presenters).
EXPECTED: list[tuple[str, str, list[str]]] = [
    ("1", "Val av justerare", []),
    ("2", "Budget 2027", ["Anna Ek"]),
    ("3", "Elevhälsans arbete med närvaro", ["Johanna Lind"]),
    ("4", "Taxa för kulturskolan", ["Per Holm"]),
    ("5", "Lokalförsörjningsplan 2027–2030", ["Eva Sund"]),
    ("6", "Skolskjuts läsåret 2026/2027", ["Kent Berg"]),
    ("7", "Delegationsbeslut", []),
    ("8", "Meddelanden", []),
]
_HEAD = [
    "Kallelse",
    "Barn- och utbildningsnämnden",
    "Tid: onsdag 3 juni 2026 kl. 09.00",
    "Plats: Kommunhuset",
]
_FOOT = ["Välkomna!", "Göran Alm (C)", "Ordförande"]


def _docx(path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("PROVÅS KOMMUN")
    for line in _HEAD:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Nr", "Ärende", "Dnr"], strict=True):
        cell.text = text
    for number, lines, dnr in ROWS:
        cells = table.add_row().cells
        cells[0].text = f"{number}." if number else ""
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
        cells[2].text = dnr
    for line in _FOOT:
        doc.add_paragraph(line)
    doc.save(path)


def _pdf(path: Path) -> None:
    p = FPDF(format="A4")
    p.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    p.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    p.add_page()
    p.set_font("S", "B", 12)
    p.cell(0, 6, "Provås kommun", new_x="LMARGIN", new_y="NEXT")
    p.set_font("S", "", 10)
    for line in _HEAD:
        p.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    widths = [12, 120, 40]
    for k, (number, lines, dnr) in enumerate([("Nr", ["Ärende"], "Dnr"), *ROWS]):
        cells = [f"{number}." if number and k else number, "\n".join(lines), dnr]
        heights = [
            len(p.multi_cell(w, 5, c, dry_run=True, output="LINES"))
            for w, c in zip(widths, cells, strict=True)
        ]
        y, x = p.get_y(), p.l_margin
        p.set_font("S", "B" if not k else "", 10)
        for w, c, h in zip(widths, cells, heights, strict=True):
            p.set_xy(x, y)
            p.multi_cell(w, 5 * max(heights) / h, c, border=1)
            x += w
        p.set_xy(p.l_margin, y + 5 * max(heights))
    p.ln(6)
    for line in _FOOT:
        p.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def _html(path: Path) -> None:
    rows = "".join(
        f"<tr><td>{f'{n}.' if n else ''}</td><td>{'<br>'.join(html.escape(t) for t in lines)}</td>"
        f"<td>{dnr}</td></tr>"
        for n, lines, dnr in ROWS
    )
    body = "".join(f"<p>{html.escape(t)}</p>" for t in _HEAD[1:])
    foot = "".join(f"<p>{html.escape(t)}</p>" for t in _FOOT)
    path.write_text(
        "<html><head><title>Kallelse – Provås kommun</title></head><body><header><nav><a href='/'>Start"
        "</a></nav></header><main><h1>Kallelse</h1>"
        f"{body}<table><thead><tr><th>Nr</th><th>Ärende</th><th>Dnr</th></tr></thead><tbody>{rows}"
        f"</tbody></table>{foot}</main><footer>Provås kommun, 123 45 Provås</footer></body></html>",
        encoding="utf-8",
    )


def _text(path: Path) -> None:
    out = ["PROVÅS KOMMUN", *_HEAD, "", f"{'Nr':<6}{'Ärende':<62}Dnr", ""]
    for number, lines, dnr in ROWS:
        first = f"{f'{number}.' if number else '':<6}{lines[0]:<62}{dnr}".rstrip()
        out += [first, *(f"{'':<6}{line}" for line in lines[1:]), ""]
    path.write_text("\n".join([*out, *_FOOT]) + "\n", encoding="utf-8")


MARKUPS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "docx": ("docx", _docx),
    "pdf": ("pdf", _pdf),
    "html": ("html", _html),
    "text": ("txt", _text),
}


def extract(markup: str, tmp: Path) -> list[tuple[str | None, str, list[str]]]:
    """The probe in one markup, extracted: (number, title, presenters) per item."""
    suffix, write = MARKUPS[markup]
    path = tmp / f"provas_barn-och-utbildningsnamnden_2026-06-03_kallelse.{suffix}"
    write(path)
    items = extract_file(path).items
    return [
        (it.number, it.title, sorted({a.person for a in it.actions if a.kind == "presented" and a.person}))
        for it in items
    ]


def score(got: list[tuple[str | None, str, list[str]]]) -> tuple[int, int, int]:
    """(right numbers-and-titles, right presenter sets, extra or missing rows) against EXPECTED."""
    right = sum(1 for g in got if (g[0], g[1]) in {(e[0], e[1]) for e in EXPECTED})
    pres = sum(1 for g in got for e in EXPECTED if (g[0], g[1]) == (e[0], e[1]) and g[2] == sorted(e[2]))
    return right, pres, abs(len(got) - len(EXPECTED)) + len(EXPECTED) - right


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for m in MARKUPS:
            got = extract(m, Path(d))
            right, pres, wrong = score(got)
            print(m, f"titles {right}/8 presenters {pres}/8 wrong {wrong}")
            if "-v" in sys.argv:
                for g in got:
                    print("   ", g)
