"""Word protocols that set each § as a table (`indexer.read.docx_paragraph_tables`), made with python-docx.

Every way such a template puts the § number, the title, the case number and the text into the cells
must give each paragraph as one item, with its title, its case number and its text (section words on
lines of their own), and nothing of the text in the title.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from indexer.extract import extract_file
from indexer.read.docx import docx_text

ITEMS = [
    (7, "Val av justerare", "BUN 2026/31", ["Nämnden utser Karin Sund (C) att justera protokollet."]),
    (
        8,
        "Ekonomisk uppföljning efter mars 2026",
        "BUN 2026/32",
        [
            "Controller Nils Berg redovisar uppföljningen.",
            "Beslut",
            "Nämnden lägger uppföljningen till handlingarna.",
        ],
    ),
    (
        9,
        "Svar på medborgarförslag om en skolgård med mer grönska vid Norrskolan",
        "BUN 2026/33",
        ["Ett medborgarförslag föreslår fler träd på skolgården.", "Beslut", "Medborgarförslaget bifalls."],
    ),
]

Cell = Any


def _fill(cell: Cell, texts: list[str]) -> None:
    cell.text = texts[0]
    for t in texts[1:]:
        cell.add_paragraph(t)


def _same_cell(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    # One row: "§ 7" | title, "Dnr …" and the whole text in the right cell.
    t = d.add_table(rows=1, cols=2)
    _fill(t.cell(0, 0), [f"§ {n}"])
    _fill(t.cell(0, 1), [title, f"Dnr {dnr}", *body])


def _text_after_table(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    t = d.add_table(rows=1, cols=2)
    _fill(t.cell(0, 0), [f"§ {n}"])
    _fill(t.cell(0, 1), [title, f"Dnr {dnr}"])
    for b in body:
        d.add_paragraph(b)


def _text_in_next_row(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    t = d.add_table(rows=2, cols=2)
    _fill(t.cell(0, 0), [f"§ {n}"])
    _fill(t.cell(0, 1), [title])
    _fill(t.cell(1, 1), [f"Dnr {dnr}", *body])


def _dnr_under_the_number(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    t = d.add_table(rows=1, cols=2)
    _fill(t.cell(0, 0), [f"§ {n}", f"Dnr {dnr}"])
    _fill(t.cell(0, 1), [title, *body])


def _dnr_beside_the_text(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    t = d.add_table(rows=2, cols=2)
    _fill(t.cell(0, 0), [f"§ {n}"])
    _fill(t.cell(0, 1), [title])
    _fill(t.cell(1, 0), [f"Dnr {dnr}"])
    _fill(t.cell(1, 1), body)


def _merged_text_row(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    t = d.add_table(rows=2, cols=2)
    _fill(t.cell(0, 0), [f"§ {n}"])
    _fill(t.cell(0, 1), [title, f"Dnr {dnr}"])
    _fill(t.cell(1, 0).merge(t.cell(1, 1)), body)


def _merged_number_cell(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).merge(t.cell(1, 0)).text = f"§ {n}"
    _fill(t.cell(0, 1), [title, f"Dnr {dnr}"])
    _fill(t.cell(1, 1), body)


def _line_breaks(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    # Shift+Enter inside one paragraph: "§ 7" / "BUN 2026/31" left, title / "Dnr …" right.
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = f"§ {n}\n{dnr}"
    t.cell(0, 1).text = f"{title}\nDnr {dnr}"
    for b in body:
        t.cell(0, 1).add_paragraph(b)


def _dnr_above_the_title(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    t = d.add_table(rows=1, cols=2)
    _fill(t.cell(0, 0), [f"§ {n}"])
    _fill(t.cell(0, 1), [f"Dnr {dnr}", title, *body])


def _title_in_the_number_cell(d: Any, n: int, title: str, dnr: str, body: list[str]) -> None:
    t = d.add_table(rows=1, cols=2)
    _fill(t.cell(0, 0), [f"§ {n} {title}", f"Dnr {dnr}"])
    _fill(t.cell(0, 1), body)


Layout = Callable[[Any, int, str, str, list[str]], None]
LAYOUTS: dict[str, Layout] = {
    "same cell": _same_cell,
    "text after the table": _text_after_table,
    "text in the next row": _text_in_next_row,
    "dnr under the number": _dnr_under_the_number,
    "dnr beside the text": _dnr_beside_the_text,
    "merged text row": _merged_text_row,
    "merged number cell": _merged_number_cell,
    "line breaks": _line_breaks,
    "dnr above the title": _dnr_above_the_title,
    "title in the number cell": _title_in_the_number_cell,
}


def _protocol(path: Path, layout: Layout | None, *, one_table: bool = False) -> Path:
    d = docx.Document()
    for line in (
        "Barn- och utbildningsnämnden",
        "Protokoll 2026-04-08",
        "Plats och tid: Kommunhuset kl. 9–12",
    ):
        d.add_paragraph(line)
    if one_table:  # the whole meeting in one table with a header row; the text in the title's cell
        t = d.add_table(rows=1, cols=3)
        for k, head in enumerate(("Paragraf", "Ärende", "Diarienummer")):
            t.cell(0, k).text = head
        for n, title, dnr, body in ITEMS:
            row = t.add_row()
            _fill(row.cells[0], [f"§ {n}"])
            _fill(row.cells[1], [title, *body])
            _fill(row.cells[2], [dnr])
    else:
        assert layout is not None
        for n, title, dnr, body in ITEMS:
            layout(d, n, title, dnr, body)
    d.add_paragraph("Vid protokollet")
    d.add_paragraph("Maria Lind")
    d.save(path)
    return path


def _check(path: Path) -> None:
    items = extract_file(path).items
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        (f"§{n}", title, [dnr]) for n, title, dnr, _ in ITEMS
    ]
    for it, (_, title, _, body) in zip(items, ITEMS, strict=True):
        assert body[0] in it.text and title not in it.text
        if "Beslut" in body:
            assert "\nBeslut\n" in it.text  # a section word stays on its own line


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_each_paragraph_set_as_a_table_is_one_item(tmp_path: Path, name: str) -> None:
    _check(_protocol(tmp_path / "hjo_barn-och-utbildningsnamnden_2026-04-08_protokoll.docx", LAYOUTS[name]))


def test_a_meeting_in_one_table_with_a_header_row(tmp_path: Path) -> None:
    _check(
        _protocol(
            tmp_path / "hjo_barn-och-utbildningsnamnden_2026-04-08_protokoll.docx", None, one_table=True
        )
    )


def test_other_tables_keep_their_rows(tmp_path: Path) -> None:
    # A delegation list with a § column keeps one row a line, its cells tab-separated.
    d = docx.Document()
    d.add_paragraph("Anmälda delegationsbeslut")
    t = d.add_table(rows=3, cols=4)
    for r, row in enumerate(
        [
            ("Paragraf", "Beslut", "Delegat", "Datum"),
            ("§ 3", "Skolskjuts", "Rektor", "2026-03-02"),
            ("§ 4", "Tilläggsbelopp", "Förvaltningschef", "2026-03-09"),
        ]
    ):
        for k, text in enumerate(row):
            t.cell(r, k).text = text
    path = tmp_path / "x.docx"
    d.save(path)
    assert "§ 3\tSkolskjuts\tRektor\t2026-03-02\n§ 4\tTilläggsbelopp" in docx_text(path.read_bytes())


def _numbered_paragraph_cells(path: Path) -> Path:
    """§ tables whose "§ 7" is Word's list numbering ("§ %1" from 7), not text in the cell."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    for line in ("Barn- och utbildningsnämnden", "Protokoll 2026-04-08"):
        d.add_paragraph(line)
    numbering = d.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="7"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="§ %1"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for _, title, dnr, body in ITEMS:
        t = d.add_table(rows=1, cols=2)
        left = t.cell(0, 0).paragraphs[0]
        left._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
        )
        _fill(t.cell(0, 1), [title, f"Dnr {dnr}", *body])
    d.save(path)
    return path


def test_paragraph_numbers_drawn_by_word_in_the_number_cells(tmp_path: Path) -> None:
    _check(_numbered_paragraph_cells(tmp_path / "hjo_barn-och-utbildningsnamnden_2026-04-08_protokoll.docx"))
