"""Word notes and kallelser whose points print no number, made with python-docx; portal pages that set a
case number beside the point's title.

Notes whose points are heading-styled or wholly bold paragraphs are cut at them (numbered by their
order), never at the participants' bullets; an agenda table's unnumbered rows under the numbered ones go
on with the count, its group heading row being no part of any title; a presenter cell of two lines is
two people; a Diarienummer column's "00412-2026" is a case number.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_BREAK

from indexer.extract import extract_file
from indexer.read.docx import docx_read, docx_text

POINTS = ["Mötets öppnande", "Lägesbild från polisen", "Trygghetsvandring i centrum", "Nästa möte"]


def _cover(d: Any) -> None:
    d.add_paragraph("Testby kommun")
    d.add_heading("Minnesanteckningar", level=1)
    d.add_paragraph("Trygghetsrådet\nDatum: 2026-11-26\nPlats: Kommunhuset")
    d.add_paragraph().add_run("Närvarande").bold = True
    for name in ("Anna Berg (S), ordförande", "Per Lund (M)", "Eva Holm, kommunpolis"):
        d.add_paragraph(name, style="List Bullet")


def _bytes(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _save(d: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    d.save(str(path))
    return path


def _items(path: Path) -> list[tuple[str | None, str]]:
    return [(it.number, it.title) for it in extract_file(path).items]


def test_heading_styled_points_not_the_bullets(tmp_path: Path) -> None:
    d = docx.Document()
    _cover(d)
    for p in POINTS:
        d.add_heading(p, level=2)
        d.add_paragraph("Anna Berg informerade om läget. Rådet tackade för informationen.")
    text, bold = docx_read(_bytes(d))
    assert bold == POINTS
    assert "Lägesbild från polisen" in text
    items = _items(_save(d, tmp_path, "testby_tryggradet_2026-11-26_minnesanteckningar.docx"))
    assert items == [(str(k), p) for k, p in enumerate(POINTS, start=1)]


def test_bold_paragraphs_are_points_and_a_broken_heading_is_one_line(tmp_path: Path) -> None:
    d = docx.Document()
    _cover(d)
    for k, p in enumerate(POINTS):
        run = d.add_paragraph().add_run(p)
        run.bold = True
        if k == 2:  # a heading broken by hand
            run.add_break(WD_BREAK.LINE)
            d.paragraphs[-1].add_run("och i hamnen").bold = True
        d.add_paragraph("Per Lund frågade om belysningen. Eva Holm svarade.")
    title = "Trygghetsvandring i centrum och i hamnen"
    text, bold = docx_read(_bytes(d))
    assert title in bold and title in text.split("\n")
    items = _items(_save(d, tmp_path, "testby_tryggradet_2026-11-26_minnesanteckningar.docx"))
    assert [t for _, t in items] == [*POINTS[:2], title, POINTS[3]]
    assert [n for n, _ in items] == ["1", "2", "3", "4"]


def test_a_bold_word_in_a_sentence_heads_nothing() -> None:
    d = docx.Document()
    _cover(d)
    p = d.add_paragraph("Rådet tog upp ")
    p.add_run("belysningen").bold = True
    d.add_paragraph().add_run("Övrigt").bold = True
    bold = docx_read(_bytes(d))[1]
    assert bold == ["Närvarande", "Övrigt"]  # the cover's word is segmentation's to drop


def test_numbered_headings_keep_their_numbers(tmp_path: Path) -> None:
    d = docx.Document()
    _cover(d)
    for k, p in enumerate(POINTS, start=1):
        d.add_heading(f"{k}. {p}", level=2)
        d.add_paragraph("Rådet diskuterade frågan.")
    items = _items(_save(d, tmp_path, "testby_tryggradet_2026-11-26_minnesanteckningar.docx"))
    assert items == [(str(k), p) for k, p in enumerate(POINTS, start=1)]


def _agenda(d: Any) -> None:
    d.add_paragraph("KALLELSE")
    d.add_paragraph("Regionala nämnden")
    d.add_paragraph("Tid:\tOnsdagen den 9 december 2026 kl. 09.00")
    rows = [
        ["Nr", "Ärende", "Diarienummer", "Föredragande"],
        ["1", "Mötets öppnande", "", ""],
        ["2", "Budget 2027 för nämnden", "RN 2026-00123", "Anna Ljung, ekonomichef"],
        ["3", "Remissvar om transportplanen för länet 2026–2037", "00412-2026", "Per Åkesson\nMaria Sved"],
        ["Informationsärenden", None, None, None],
        ["", "Information om upphandling av tågtrafik", "", "Erik Wall"],
        ["", "Redovisning av delegationsbeslut", "RN 2026-00004", ""],
    ]
    t = d.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        if cells[1] is None:
            merged = t.cell(r, 0).merge(t.cell(r, 3))
            merged.text = cells[0]
            continue
        for c, text in enumerate(cells):
            lines = text.split("\n")
            t.cell(r, c).text = lines[0]
            for more in lines[1:]:
                t.cell(r, c).add_paragraph(more)
    d.add_paragraph("Karin Ek (M)\nOrdförande")


def test_agenda_table_rows_after_the_numbered_go_on_with_the_count(tmp_path: Path) -> None:
    d = docx.Document()
    _agenda(d)
    text = docx_text(_bytes(d))
    assert "\tPer Åkesson, Maria Sved" in text  # two people, not one name of four words
    ex = extract_file(_save(d, tmp_path, "regionen_regionala-namnden_2026-12-09_kallelse.docx"))
    got = [(it.number, it.title) for it in ex.items]
    assert got == [
        ("1", "Mötets öppnande"),
        ("2", "Budget 2027 för nämnden"),
        ("3", "Remissvar om transportplanen för länet 2026–2037"),
        ("4", "Information om upphandling av tågtrafik"),
        ("5", "Redovisning av delegationsbeslut"),
    ]
    assert ex.items[2].diarienummer == ["00412-2026"]
    assert "00412" not in ex.items[2].text.replace("00412-2026", "", 1) or "Föredragande" in ex.items[2].text


def test_a_note_row_under_a_point_takes_no_number() -> None:
    d = docx.Document()
    rows = [
        ["Nr", "Ärende", "Föredragande"],
        ["1", "Budget 2027", "Anna Ljung"],
        ["", "Förslag: nämnden godkänner budgeten.", ""],
        ["2", "Taxor 2027", "Per Lund"],
    ]
    t = d.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    lines = docx_text(_bytes(d)).split("\n")
    assert "\tFörslag: nämnden godkänner budgeten.\t" in lines
    assert not any(ln.startswith("2\tFörslag") for ln in lines)


def test_portal_case_number_beside_the_title_is_not_in_it(tmp_path: Path) -> None:
    rows = "".join(
        f'<li><div><a href="#">{title}</a> <span class="case">KS 2026/01{k}</span></div>'
        f"<div><span>Föredragande:</span> <span>Karin Sjöholm</span></div></li>"
        for k, title in enumerate(
            [
                "Budget 2027 och flerårsplan 2028–2029",
                "Motion från Lena Hedström (V) om avgiftsfri kollektivtrafik för pensionärer",
                "Taxor 2027",
            ],
            start=10,
        )
    )
    html = (
        "<html><body><h1>Kommunfullmäktige</h1><p>Kallelse</p><p>Datum 2026-12-14</p>"
        f"<h2>Ärenden</h2><ol>{rows}</ol></body></html>"
    )
    path = tmp_path / "testby_kf_2026-12-14_kallelse.html"
    path.write_text(html, encoding="utf-8")
    items = extract_file(path).items
    assert [it.title for it in items] == [
        "Budget 2027 och flerårsplan 2028–2029",
        "Motion från Lena Hedström (V) om avgiftsfri kollektivtrafik för pensionärer",
        "Taxor 2027",
    ]
    assert [it.diarienummer for it in items] == [["KS 2026/0110"], ["KS 2026/0111"], ["KS 2026/0112"]]


def test_portal_agenda_table_rows_after_the_numbered_go_on_with_the_count(tmp_path: Path) -> None:
    rows = [
        ("1", "Val av justerare", "", ""),
        ("2", "Budget 2027 för nämnden", "UN 2026/412", "Anna Ljung"),
        ("3", "Yttrande över motion om fler lärarassistenter", "UN 2026/344", "Per Lund"),
    ]
    body = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{d}</td><td>{f}</td></tr>" for n, t, d, f in rows)
    body += '<tr><td colspan="4">Informationsärenden</td></tr>'
    body += "<tr><td></td><td>Förvaltningschefen informerar</td><td></td><td>Eva Holm</td></tr>"
    body += "<tr><td></td><td>Förslag: nämnden lägger informationen till handlingarna.</td><td></td><td></td>"
    body += "</tr>"
    body += "<tr><td></td><td>Redovisning av delegationsbeslut</td><td>UN 2026/5</td><td></td></tr>"
    html = (
        "<html><body><h1>Utbildningsnämnden</h1><p>Kallelse</p><p>Datum 2026-12-10</p><table>"
        "<thead><tr><th>Nr</th><th>Ärende</th><th>Diarienummer</th><th>Föredragande</th></tr></thead>"
        f"<tbody>{body}</tbody></table><p>Karin Ek</p><p>Ordförande</p></body></html>"
    )
    path = tmp_path / "testby_un_2026-12-10_kallelse.html"
    path.write_text(html, encoding="utf-8")
    got = [(it.number, it.title) for it in extract_file(path).items]
    assert got == [
        ("1", "Val av justerare"),
        ("2", "Budget 2027 för nämnden"),
        ("3", "Yttrande över motion om fler lärarassistenter"),
        ("4", "Förvaltningschefen informerar"),
        ("5", "Redovisning av delegationsbeslut"),
    ]
