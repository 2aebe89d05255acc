"""Word markups of a kallelse's and of minnesanteckningar's points that kommuner use, one document each
(texts invented): the points an agenda table numbers and the unnumbered ones set after it (headings,
plain paragraphs under a bold section word, bullets, a second table, rows of the same table, a Word
list numbered by Word, continuing the table's count or starting again), an agenda set as a Word list
with such points under it; notes whose points are Heading 2 paragraphs and wholly bold ones side by
side, bold titles ending in a colon, points as a bold run opening a paragraph, notes set as a table of
title | text; titles broken by a manual line break; presenters named on the line under the title, in
the title's line or in a cell beside it. Lines that are no points: a notice under the table, a
signature, a section word ("Beslut"), a point's own bold sub-section ("Diskussion"), a bold word for
emphasis.

Points that print no number are numbered by their order, going on with the agenda table's count
(GOLD_FORMAT); a Word list that starts again at 1 under the table prints numbers the table's rows hold
already, so its points too go on with the count: an item's number must name one point.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from indexer.extract import extract_file
from indexer.read.docx import docx_text

ROWS = [
    ("1", "Mötets öppnande", "", ""),
    ("2", "Val av justerare", "", ""),
    ("3", "Budget 2027 för barn- och utbildningsnämnden", "BUN 2026/0148", "Ekonomichef Anna Berg"),
    ("4", "Skolskjuts, nya riktlinjer", "BUN 2026/0151", "Skolchef Per Ek"),
]
INFO = [
    ("Information om elevhälsan", "Elevhälsochef Sara Lund"),
    ("Rapport från Skolinspektionen", "Kvalitetschef Olle Dahl"),
    ("Förvaltningschefen informerar", ""),
]
WANT = [(r[0], r[1]) for r in ROWS] + [(str(k), t) for k, (t, _) in enumerate(INFO, start=5)]


def _head(d: Any) -> Any:
    d.add_paragraph().add_run("Kallelse").bold = True
    d.add_paragraph("Barn- och utbildningsnämnden 2026-12-09 kl. 13.00, Stadshuset, sal B")
    t = d.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ["Nr", "Ärende", "Dnr", "Föredragande"], strict=True):
        c.text = h
    for r in ROWS:
        for c, v in zip(t.add_row().cells, r, strict=True):
            c.text = v
    return t


def _sign(d: Any) -> None:
    d.add_paragraph("Välkomna!")
    d.add_paragraph("Anna Ek (S), ordförande")


def _list_paragraph(d: Any, text: str, start: int | None) -> Any:
    """A "List Number" paragraph; `start` sets where Word starts counting (a num overriding the style's
    list's start, as Word writes "Set numbering value"), None keeps the style's own list."""
    p = d.add_paragraph(text, style="List Number")
    if start is None:
        return p
    numbering = d.part.numbering_part.element
    style_num = d.styles["List Number"].element.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    num_el = next(n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == style_num)
    new_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.iter(qn("w:num"))) + 1)
    new = copy.deepcopy(num_el)
    new.set(qn("w:numId"), new_id)
    override = new.makeelement(qn("w:lvlOverride"), {qn("w:ilvl"): "0"})
    start_el = override.makeelement(qn("w:startOverride"), {qn("w:val"): str(start)})
    override.append(start_el)
    new.append(override)
    numbering.append(new)
    ppr = p._p.get_or_add_pPr()
    num_pr = ppr.makeelement(qn("w:numPr"), {})
    ilvl = num_pr.makeelement(qn("w:ilvl"), {qn("w:val"): "0"})
    num_id = num_pr.makeelement(qn("w:numId"), {qn("w:val"): new_id})
    num_pr.append(ilvl)
    num_pr.append(num_id)
    ppr.append(num_pr)
    p._numbered_as = new_id
    return p


def _continue_list(d: Any, text: str, first: Any) -> Any:
    p = d.add_paragraph(text, style="List Number")
    num_id = getattr(first, "_numbered_as", None)
    if num_id is not None:
        ppr = p._p.get_or_add_pPr()
        num_pr = ppr.makeelement(qn("w:numPr"), {})
        num_pr.append(num_pr.makeelement(qn("w:ilvl"), {qn("w:val"): "0"}))
        num_pr.append(num_pr.makeelement(qn("w:numId"), {qn("w:val"): num_id}))
        ppr.append(num_pr)
    return p


def heading_paras(d: Any) -> None:
    _head(d)
    d.add_paragraph("Informationsärenden", style="Heading 2")
    for ti, pr in INFO:
        d.add_paragraph().add_run(ti).bold = True
        if pr:
            d.add_paragraph(f"Föredragande: {pr}")
    _sign(d)


def bold_label_paras(d: Any) -> None:
    _head(d)
    d.add_paragraph().add_run("Information").bold = True
    for ti, pr in INFO:
        d.add_paragraph(ti)
        if pr:
            d.add_paragraph(f"Föredragande: {pr}")
    _sign(d)


def responsible_labels(d: Any) -> None:
    """Plain titles under a bold section word, each with an "Ansvarig:" line (the last without)."""
    _head(d)
    d.add_paragraph().add_run("Informationsärenden").bold = True
    for ti, pr in INFO:
        d.add_paragraph(ti)
        if pr:
            d.add_paragraph(f"Ansvarig: {pr}")
    _sign(d)


def presenter_sentence(d: Any) -> None:
    """Bold titles under a heading, the presenter a line of its own ("Sara Lund, elevhälsochef,
    informerar")."""
    _head(d)
    d.add_paragraph("Information", style="Heading 3")
    for ti, pr in INFO:
        d.add_paragraph().add_run(ti).bold = True
        if pr:
            role, name = pr.split(" ", 1)
            d.add_paragraph(f"{name}, {role.lower()}, informerar")
    _sign(d)


def bullets(d: Any) -> None:
    _head(d)
    d.add_paragraph("Information", style="Heading 3")
    for ti, pr in INFO:
        d.add_paragraph(ti + (f", {pr[0].lower() + pr[1:]}" if pr else ""), style="List Bullet")
    _sign(d)


def second_table(d: Any) -> None:
    _head(d)
    d.add_paragraph("Informationsärenden")
    t2 = d.add_table(rows=0, cols=2)
    for ti, pr in INFO:
        c = t2.add_row().cells
        c[0].text = ti
        c[1].text = pr
    _sign(d)


def same_table(d: Any) -> None:
    t = _head(d)
    c = t.add_row().cells
    c[0].merge(c[3]).text = "Informationsärenden"
    for ti, pr in INFO:
        c = t.add_row().cells
        c[1].text = ti
        c[3].text = pr
    _sign(d)


def word_list_continuing(d: Any) -> None:
    """A Word list under "Information" that Word starts at 5, the table's count going on."""
    _head(d)
    d.add_paragraph("Information", style="Heading 3")
    first = _list_paragraph(d, INFO[0][0], start=5)
    for ti, _ in INFO[1:]:
        _continue_list(d, ti, first)
    _sign(d)


def word_list_restarting(d: Any) -> None:
    """A Word list under "Informationsärenden" that starts again at 1 (the style's own list)."""
    _head(d)
    d.add_paragraph().add_run("Informationsärenden").bold = True
    for ti, pr in INFO:
        d.add_paragraph(ti, style="List Number")
        if pr:
            d.add_paragraph(f"Föredragande: {pr}")
    _sign(d)


def broken_title(d: Any) -> None:
    """Plain titles under a bold section word, the first broken by a manual line break."""
    _head(d)
    d.add_paragraph().add_run("Information").bold = True
    p = d.add_paragraph("Information om")
    p.add_run().add_break()
    p.add_run("elevhälsan")
    d.add_paragraph(f"Föredragande: {INFO[0][1]}")
    for ti, pr in INFO[1:]:
        d.add_paragraph(ti)
        if pr:
            d.add_paragraph(f"Föredragande: {pr}")
    _sign(d)


def signed_by_name_lines(d: Any) -> None:
    """As `bold_label_paras`, the last point without its presenter's line, signed with the name and the
    role on lines of their own ("Anna Ek" / "Ordförande"): the signature is no point."""
    _head(d)
    d.add_paragraph().add_run("Information").bold = True
    for ti, pr in INFO:
        d.add_paragraph(ti)
        if pr:
            d.add_paragraph(f"Föredragande: {pr}")
    for line in ("Anna Ek", "Ordförande", "Lars Holm", "Nämndsekreterare"):
        d.add_paragraph(line)


def heading_levels(d: Any) -> None:
    """The section a Heading 2, its points Heading 3 without presenter lines."""
    _head(d)
    d.add_paragraph("Informationsärenden", style="Heading 2")
    for ti, _ in INFO:
        d.add_heading(ti, level=3)
    _sign(d)


def title_cell_broken(d: Any) -> None:
    """The agenda table's Ärende cell broken by a manual line break (the information points as headings)."""
    t = _head(d)
    cell = t.rows[3].cells[1]
    cell.text = ""
    first, rest = ROWS[2][1].split(" för ", 1)
    p = cell.paragraphs[0]
    p.add_run(f"{first} för")
    p.add_run().add_break()
    p.add_run(rest)
    heading_paras_after(d)


def heading_paras_after(d: Any) -> None:
    d.add_paragraph("Informationsärenden", style="Heading 2")
    for ti, pr in INFO:
        d.add_paragraph().add_run(ti).bold = True
        if pr:
            d.add_paragraph(f"Föredragande: {pr}")
    _sign(d)


KALLELSER: dict[str, Callable[[Any], None]] = {
    f.__name__: f
    for f in (
        heading_paras,
        bold_label_paras,
        responsible_labels,
        presenter_sentence,
        bullets,
        second_table,
        same_table,
        word_list_continuing,
        word_list_restarting,
        broken_title,
        signed_by_name_lines,
        heading_levels,
        title_cell_broken,
    )
}


def _items(d: Any, path: Path) -> list[tuple[str | None, str]]:
    d.save(str(path))
    return [(it.number, it.title) for it in extract_file(path).items]


@pytest.mark.parametrize("markup", list(KALLELSER))
def test_kallelse_points_after_the_agenda_table(markup: str, tmp_path: Path) -> None:
    d = docx.Document()
    KALLELSER[markup](d)
    path = tmp_path / f"vimby_barn-och-utbildningsnamnden_2026-12-09_kallelse_{markup}.docx"
    assert _items(d, path) == WANT
    if markup not in ("word_list_continuing", "heading_levels", "responsible_labels"):
        # the presenter's line (or cell, or the title line's tail) is the point's text: who presents it
        presented = [
            (it.number, a.person)
            for it in extract_file(path).items
            for a in it.actions
            if a.kind == "presented"
        ]
        assert ("5", "Sara Lund") in presented and ("6", "Olle Dahl") in presented
    if markup == "word_list_continuing":  # the number Word draws from its "set numbering value"
        assert "5. Information om elevhälsan" in docx_text(path.read_bytes())


def _notice_after(d: Any) -> None:
    _head(d)
    d.add_paragraph().add_run("Information").bold = True
    d.add_paragraph("Handlingarna skickas ut en vecka före mötet.")
    d.add_paragraph("Anmäl förhinder till nämndsekreteraren")
    _sign(d)


def _lines_after(d: Any) -> None:
    _head(d)
    d.add_paragraph("Handlingar finns på kommunens webbplats")
    d.add_paragraph("Kaffe serveras från kl. 12.30")
    _sign(d)


@pytest.mark.parametrize("build", [_notice_after, _lines_after])
def test_lines_after_the_agenda_table_that_are_no_points(
    build: Callable[[Any], None], tmp_path: Path
) -> None:
    """A notice under the table, under a section word or without one, heads no point."""
    d = docx.Document()
    build(d)
    path = tmp_path / "vimby_barn-och-utbildningsnamnden_2026-12-09_kallelse.docx"
    assert _items(d, path) == WANT[:4]


NOTES = [
    ("Lägesbild från polisen", "Polisen redogjorde för läget i centrum under hösten."),
    ("Trygghetsvandring i Norra hamnen", "Rådet gick runt i området den 12 november."),
    ("Belysning i gångtunnlar", "Tekniska förvaltningen byter armaturer under vintern."),
    ("Nästa möte", "Rådet möts nästa gång den 4 februari."),
]


def _notes_cover(d: Any) -> None:
    d.add_paragraph("Vimby kommun")
    d.add_heading("Minnesanteckningar", level=1)
    d.add_paragraph("Brottsförebyggande rådet 2026-11-26, kommunhuset")
    d.add_paragraph().add_run("Närvarande").bold = True
    for name in ("Anna Ek (S), ordförande", "Per Lund (M)", "Eva Holm, kommunpolis"):
        d.add_paragraph(name, style="List Bullet")


def _notes_path(tmp_path: Path, name: str) -> Path:
    return tmp_path / f"vimby_brottsforebyggande-radet_2026-11-26_minnesanteckningar_{name}.docx"


def test_notes_heading_and_bold_paragraphs_side_by_side(tmp_path: Path) -> None:
    """Some points set "Heading 2", others set by hand in bold in a Normal paragraph; a bold section word
    under a point ("Beslut") heads no point."""
    d = docx.Document()
    _notes_cover(d)
    for k, (ti, body) in enumerate(NOTES):
        if k % 2:
            d.add_paragraph().add_run(ti).bold = True
        else:
            d.add_heading(ti, level=2)
        d.add_paragraph(body)
        if k == 1:
            d.add_paragraph().add_run("Beslut").bold = True
            d.add_paragraph("Rådet tackar för informationen.")
    got = _items(d, _notes_path(tmp_path, "mixed"))
    assert got == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]


def test_notes_points_as_bold_run_opening_the_paragraph(tmp_path: Path) -> None:
    """Each point a paragraph that opens with its title in bold ("Budget 2027." then the text in the same
    paragraph): the bold run is the point's title; a bold "Beslut:" opening a paragraph is a section
    word, and a bold word inside a sentence is emphasis."""
    d = docx.Document()
    _notes_cover(d)
    for ti, body in NOTES:
        p = d.add_paragraph()
        p.add_run(ti + ".").bold = True
        p.add_run(" " + body)
    p = d.add_paragraph()
    p.add_run("Beslut:").bold = True
    p.add_run(" Rådet lägger informationen till handlingarna.")
    p = d.add_paragraph("Polisen betonar att ")
    p.add_run("alla").bold = True
    p.add_run(" får anmäla.")
    got = _items(d, _notes_path(tmp_path, "runin"))
    assert got == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]
    text = extract_file(_notes_path(tmp_path, "runin")).items[0].text
    assert "Polisen redogjorde för läget" in text


def test_notes_points_as_bold_run_before_a_dash(tmp_path: Path) -> None:
    """The title in bold, the dash after it and the text set plain: "Nästa möte – rådet möts …"."""
    d = docx.Document()
    _notes_cover(d)
    for ti, body in NOTES:
        p = d.add_paragraph()
        p.add_run(ti).bold = True
        p.add_run(" – " + body[0].lower() + body[1:])
    got = _items(d, _notes_path(tmp_path, "dash"))
    assert got == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]


def test_a_bold_sub_section_under_a_heading_is_no_point(tmp_path: Path) -> None:
    """A point's own "Diskussion" set in bold between its texts stays in the point."""
    d = docx.Document()
    _notes_cover(d)
    for k, (ti, body) in enumerate(NOTES):
        d.add_heading(ti, level=2)
        d.add_paragraph(body)
        if k == 1:
            d.add_paragraph().add_run("Diskussion").bold = True
            d.add_paragraph("Rådet diskuterade belysningen längs vägen.")
    got = _items(d, _notes_path(tmp_path, "sub"))
    assert got == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]


def test_a_single_bold_opening_is_no_point(tmp_path: Path) -> None:
    """One paragraph opening with a bold phrase among notes headed by Heading 2 is emphasis in that
    point's text, not a point of its own."""
    d = docx.Document()
    _notes_cover(d)
    for k, (ti, body) in enumerate(NOTES):
        d.add_heading(ti, level=2)
        p = d.add_paragraph()
        if k == 2:
            p.add_run("Viktigt.").bold = True
            p.add_run(" " + body)
        else:
            p.add_run(body)
    got = _items(d, _notes_path(tmp_path, "emphasis"))
    assert got == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]


def test_notes_heading_broken_by_a_line_break(tmp_path: Path) -> None:
    d = docx.Document()
    _notes_cover(d)
    for k, (ti, body) in enumerate(NOTES):
        h = d.add_heading("", level=2)
        if k == 1:
            first, rest = ti.rsplit(" i ", 1)
            h.add_run(first + " i")
            h.add_run().add_break()
            h.add_run(rest)
        else:
            h.add_run(ti)
        d.add_paragraph(body)
    got = _items(d, _notes_path(tmp_path, "broken"))
    assert got == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]


def test_notes_bold_points_with_presenter_lines(tmp_path: Path) -> None:
    """Bold points, each with its presenter on the line under it in one of the shapes notes use: the
    presenter line is the point's text, never a point."""
    d = docx.Document()
    _notes_cover(d)
    under = [
        "Föredragande: Kommunpolis Eva Holm",
        "Ansvarig: Per Lund",
        "Anna Berg, ekonomichef, informerar",
        "",
    ]
    for (ti, body), pr in zip(NOTES, under, strict=True):
        d.add_paragraph().add_run(ti).bold = True
        if pr:
            d.add_paragraph(pr)
        d.add_paragraph(body)
    got = _items(d, _notes_path(tmp_path, "presenters"))
    assert got == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]


def test_notes_bold_titles_ending_in_a_colon(tmp_path: Path) -> None:
    """Bold titles whose colon leads to the text under them ("Lägesbild från polisen:"); the cover's bold
    label "Närvarande:" heads nothing."""
    d = docx.Document()
    d.add_paragraph("Vimby kommun")
    d.add_heading("Minnesanteckningar", level=1)
    d.add_paragraph().add_run("Närvarande:").bold = True
    d.add_paragraph("Anna Ek (S), ordförande, Per Lund (M)")
    for ti, body in NOTES:
        d.add_paragraph().add_run(ti + ":").bold = True
        d.add_paragraph(body)
    got = _items(d, _notes_path(tmp_path, "colon"))
    assert got == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]


@pytest.mark.parametrize("header", [("Punkt", "Anteckningar"), None])
def test_notes_as_a_table_of_title_and_text(header: tuple[str, str] | None, tmp_path: Path) -> None:
    """Notes as a table: the title in the left cell, what was said in the right, with or without a header
    row; the attendance table above it (names beside roles, no sentences) is no point."""
    d = docx.Document()
    d.add_paragraph("Vimby kommun")
    d.add_heading("Minnesanteckningar", level=1)
    d.add_paragraph("Brottsförebyggande rådet 2026-11-26, kommunhuset")
    att = d.add_table(rows=0, cols=2)
    for name, role in (("Anna Ek (S)", "ordförande"), ("Eva Holm", "kommunpolis")):
        c = att.add_row().cells
        c[0].text, c[1].text = name, role
    t = d.add_table(rows=0, cols=2)
    if header:
        c = t.add_row().cells
        c[0].text, c[1].text = header
    for ti, body in NOTES:
        c = t.add_row().cells
        c[0].text = ti
        c[1].text = body
    path = _notes_path(tmp_path, "table")
    got = _items(d, path)
    assert got == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]
    assert extract_file(path).items[1].text.startswith(NOTES[1][1])


def test_kallelse_agenda_as_a_word_list_then_information_points(tmp_path: Path) -> None:
    """The agenda a list Word numbers (no table), then "Information" and plain titles with presenter lines:
    the points go on with the list's count, and the list's last point ends where the section begins."""
    d = docx.Document()
    d.add_paragraph().add_run("Kallelse").bold = True
    d.add_paragraph("Barn- och utbildningsnämnden 2026-12-09 kl. 13.00, Stadshuset, sal B")
    d.add_paragraph().add_run("Ärenden").bold = True
    for r in ROWS:
        d.add_paragraph(r[1], style="List Number")
    d.add_paragraph().add_run("Information").bold = True
    for ti, pr in INFO:
        d.add_paragraph(ti)
        if pr:
            d.add_paragraph(f"Föredragande: {pr}")
    _sign(d)
    path = tmp_path / "vimby_barn-och-utbildningsnamnden_2026-12-09_kallelse_list.docx"
    assert _items(d, path) == WANT
    items = extract_file(path).items
    assert "elevhälsan" not in items[3].text
    assert "Sara Lund" in items[4].text


def test_notes_as_a_table_with_a_responsible_column(tmp_path: Path) -> None:
    """Notes as a table "Punkt | Anteckningar | Ansvarig": the third cell is a line of the point's text."""
    d = docx.Document()
    _notes_cover(d)
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ("Punkt", "Anteckningar", "Ansvarig"), strict=True):
        c.text = h
    for k, (ti, body) in enumerate(NOTES):
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = ti, body, "Eva Holm" if k == 1 else ""
    path = _notes_path(tmp_path, "table3")
    assert _items(d, path) == [(str(k), t) for k, (t, _) in enumerate(NOTES, start=1)]
    assert "Ansvarig: Eva Holm" in extract_file(path).items[1].text
