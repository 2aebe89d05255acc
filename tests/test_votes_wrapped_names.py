"""A probe: a voteringslista whose name cell wraps over lines ("Lars Wennberg, 1:e vice" / "ordförande"),
the row's party and marks printed beside the first, the middle or the last of those lines.

Each shape is printed as a PDF (cells drawn at their columns, a wrapped cell's lines set closer than the
rows), as a text export that kept the layout (columns aligned with spaces) and as a Word table (the cell
broken by hand). Every reader finds each seat's vote, the wrapped ones too. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from indexer.extract import extract_file

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEAD = [
    "Provås kommun",
    "PROTOKOLL",
    "Kommunfullmäktige",
    "Sammanträdesdatum 2026-03-23",
    "",
    "§ 16 Detaljplan för Mörmoviken",
    "Per Ahlgren (S) yrkar bifall till kommunstyrelsens förslag. Lars Wennmark (M) yrkar återremiss.",
    "Votering begärs och verkställs. Ja för att avgöra ärendet i dag, nej för återremiss.",
    "Voteringslista",
]
HEADER = ("Ledamot", "Parti", "Ja", "Nej", "Avstår")
#: Rows: (name lines, party, vote, where the party and mark stand: beside name line k, or -1 between the
#: first two lines, as a PDF centres a row's single-line cells and a layout export prints them).
ROWS: list[tuple[list[str], str, str, int]] = [
    (["Mats Fredlund, ordförande"], "S", "ja", 0),
    (["Lars Wennmark, 1:e vice", "ordförande"], "M", "nej", -1),
    (["Karin Lövberg,", "vice ordförande"], "V", "ja", 0),
    (["Per Ahlgren"], "S", "ja", 0),
    (["Cecilia Brattström, 2:e vice", "ordförande"], "M", "nej", 1),
    (["Johan Sterning"], "SD", "avstår", 0),
]
WANT = {
    "Mats Fredlund": "ja",
    "Lars Wennmark": "nej",
    "Karin Lövberg": "ja",
    "Per Ahlgren": "ja",
    "Cecilia Brattström": "nej",
    "Johan Sterning": "avstår",
}
_FOOT = ["", "Beslut", "Kommunfullmäktige antar detaljplanen.", "", "Justerare", "Per Ahlgren"]
_COLS = (20.0, 90.0, 110.0, 125.0, 140.0)  # left edges (mm) of the PDF's columns
_TEXT_COLS = (0, 40, 48, 54, 61)  # the text layout's


def _cells(party: str, vote: str) -> list[str]:
    return [party, *("X" if vote == v else "" for v in ("ja", "nej", "avstår"))]


def _write_pdf(path: Path) -> None:
    p = FPDF(format="A4")
    p.add_font("S", "", _FONT)
    p.add_page()
    p.set_font("S", "", 10)
    for x in HEAD:
        p.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 2
    for x, label in zip(_COLS, HEADER, strict=True):
        p.text(x, y, label)
    for lines, party, vote, at in ROWS:
        y += 6.5
        for k, line in enumerate(lines):
            p.text(_COLS[0], y + 3.6 * k, line)
        mid = y + 1.8 if at < 0 else y + 3.6 * at
        for x, cell in zip(_COLS[1:], _cells(party, vote), strict=True):
            if cell:
                p.text(x, mid, cell)
        y += 3.6 * (len(lines) - 1)
    p.set_xy(p.l_margin, y + 6)
    for x in _FOOT:
        p.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def _aligned(cells: list[str]) -> str:
    line = ""
    for col, cell in zip(_TEXT_COLS, cells, strict=True):
        line = line.ljust(col) + cell if cell else line
    return line.rstrip()


def _write_txt(path: Path) -> None:
    lines = [*HEAD, _aligned(list(HEADER))]
    for names, party, vote, at in ROWS:
        body = _cells(party, vote)
        if at < 0:
            lines += [_aligned([names[0], "", "", "", ""]), _aligned(["", *body])]
            lines += [_aligned([n, "", "", "", ""]) for n in names[1:]]
        else:
            lines += [_aligned([n, *(body if k == at else ["", "", "", ""])]) for k, n in enumerate(names)]
    path.write_text("\n".join([*lines, *_FOOT]) + "\n", encoding="utf-8")


def _write_docx(path: Path) -> None:
    doc = docx.Document()
    for x in HEAD:
        doc.add_paragraph(x)
    table = doc.add_table(rows=1, cols=len(HEADER))
    for cell, label in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = label
    for names, party, vote, _at in ROWS:
        cells = table.add_row().cells
        cells[0].text = "\n".join(names)
        for cell, text in zip(cells[1:], _cells(party, vote), strict=True):
            cell.text = text
    for x in _FOOT:
        doc.add_paragraph(x)
    doc.save(str(path))


_WRITERS = {".pdf": _write_pdf, ".txt": _write_txt, ".docx": _write_docx}


def votes(suffix: str, tmp: Path) -> dict[str, str]:
    """name -> vote of the voteringslista printed in `suffix`'s markup."""
    path = tmp / f"provas_kommunfullmaktige_2026-03-23_protokoll{suffix}"
    _WRITERS[suffix](path)
    return {v.person: v.vote for it in extract_file(path).items for v in it.votes}


@pytest.mark.parametrize("suffix", sorted(_WRITERS))
def test_a_wrapped_name_cell_keeps_its_vote(suffix: str, tmp_path: Path) -> None:
    assert votes(suffix, tmp_path) == WANT


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        hits = 0
        for s in sorted(_WRITERS):
            got = votes(s, Path(d))
            hits += sum(1 for k, v in WANT.items() if got.get(k) == v)
            print(s, "wrong", {k: got.get(k) for k, v in WANT.items() if got.get(k) != v})
        print(hits, "of", len(_WRITERS) * len(WANT))
