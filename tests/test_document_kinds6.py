"""Kallelser as portal pages and Word files in other markups (kinds6): points headed by <h4>s inside an
accordion's toggle buttons, their fields set side by side in spans, a "Handlingar" list of file links
under each point; a Word agenda table followed by a section of unnumbered information points (a title,
then "Föredragande: …"); a presenter cell naming two officials with capitalised titles and a first name
that is also an ordinary word ("Skolchef Per Ek och Controller Lina Holm"); a kungörelse's
"Kommunfullmäktige sammanträder". Every text is invented; none is copied from a test set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx

from indexer.extract import extract_file
from indexer.meta.detect import detect_meta
from indexer.read.html import html_to_text
from indexer.segment.after_table import points_after_table
from indexer.segment.split import segment
from indexer.segment.tables import split_tab_rows
from indexer.types import DocMeta

_POINTS = [
    ("1", "Val av protokollsjusterare", "", ""),
    ("2", "Budgetuppföljning november", "TN 2026/41", "Controller Eva Strand"),
    ("3", "Trafikplan för centrum", "TN 2026/77", "Trafikplanerare Olle Sjöberg"),
]


def _accordion_page(files: bool = True) -> str:
    """A meetings portal's kallelse: each point an <h4> in the accordion's toggle button, its case
    number and presenter in labelled spans side by side, a list of the point's files under it."""
    parts = []
    for number, title, dnr, presenter in _POINTS:
        fields = []
        if dnr:
            fields.append(f'<span class="f"><span class="l">Ärende:</span> {dnr}</span>')
        if presenter:
            fields.append(f'<span class="f"><span class="l">Föredragande:</span> {presenter}</span>')
        docs = ""
        if files and dnr:
            docs = (
                '<div class="docs"><span>Handlingar</span><ul>'
                f'<li><a href="/d/{number}a">Tjänsteskrivelse {title.lower()}.pdf</a></li>'
                f'<li><a href="/d/{number}b">Bilaga karta.docx (120 kB)</a></li>'
                f'<li><a href="/d/{number}c">Beslutsunderlag {number}.pdf</a></li></ul></div>'
            )
        parts.append(
            f'<div class="acc-item"><div class="acc-head"><button class="toggle" aria-expanded="false">'
            f'<span class="wrap"><h4>{number}. {title}</h4></span></button></div>'
            f'<div class="acc-body"><div class="row">{" ".join(fields)}</div>{docs}</div></div>'
        )
    return (
        "<html><head><title>Tekniska nämnden 2026-12-02 - Kallelse - Testby kommun</title></head><body>"
        "<main><h1>Kallelse</h1><h2>Tekniska nämnden</h2><p>Datum: 2026-12-02 kl. 13.00</p>"
        f'<section><h3>Föredragningslista</h3><div class="accordion">{"".join(parts)}</div></section>'
        "</main></body></html>"
    )


def test_a_heading_inside_a_toggle_button_is_the_points_title() -> None:
    # a <button> is chrome, but an accordion's button holds the point's heading: dropped with it, the
    # page's points were lost and its file links became the items
    text = html_to_text(_accordion_page())
    assert "#### 2. Budgetuppföljning november" in text
    assert "<button" not in text
    # a plain button (no heading) is still no text
    assert "Stäng" not in html_to_text("<body><p>Text</p><button>Stäng</button></body>")


def test_fields_side_by_side_are_lines_of_their_own() -> None:
    lines = html_to_text(_accordion_page()).split("\n")
    assert "Ärende: TN 2026/41" in lines
    assert "Föredragande: Controller Eva Strand" in lines
    # an element holding a label alone stays inside its sentence
    text = html_to_text("<body><p>Ärendet <b>Beslut:</b> bifall till förslaget.</p></body>")
    assert "Ärendet Beslut: bifall till förslaget." in text


def test_file_links_are_no_bullets() -> None:
    text = html_to_text(_accordion_page())
    assert "Tjänsteskrivelse trafikplan för centrum.pdf" in text
    assert "• Tjänsteskrivelse" not in text and "• Bilaga karta.docx" not in text
    # a list of points is still a list of bullets
    assert "• Val av ordförande" in html_to_text("<body><ul><li>Val av ordförande</li></ul></body>")


def test_an_accordion_kallelse_is_cut_into_its_points(tmp_path: Path) -> None:
    path = tmp_path / "testby_tekniska-namnden_2026-12-02_kallelse.html"
    path.write_text(_accordion_page(), encoding="utf-8")
    ex = extract_file(path)
    assert [(it.number, it.title) for it in ex.items] == [(n, t) for n, t, _, _ in _POINTS]
    assert ex.items[1].diarienummer == ["TN 2026/41"]
    presented = {(a.person, it.number) for it in ex.items for a in it.actions if a.kind == "presented"}
    assert presented == {("Eva Strand", "2"), ("Olle Sjöberg", "3")}


def test_file_links_alone_never_become_points(tmp_path: Path) -> None:
    # a page whose point headings are not headings at all: its file links are still no points
    page = (
        "<html><body><main><h1>Kallelse</h1><p>Socialnämnden</p><p>Datum: 2026-12-02</p>"
        "<ul><li><a href='/a'>Kallelse socialnämnden.pdf</a></li>"
        "<li><a href='/b'>Protokoll oktober.pdf</a></li>"
        "<li><a href='/c'>Tjänsteskrivelse budget.docx</a></li><li><a href='/d'>Bilaga 1.pdf</a></li></ul>"
        "</main></body></html>"
    )
    path = tmp_path / "testby_socialnamnden_2026-12-02_kallelse.html"
    path.write_text(page, encoding="utf-8")
    assert not any(it.title.endswith((".pdf", ".docx")) for it in extract_file(path).items)


_TABLE = (
    "Kommunstyrelsen\nKALLELSE\n\nTid: 2026-12-08 kl. 09.00\n\n"
    "Nr\tÄrende\tDnr\tFöredragande\n"
    "1\tVal av justerare\t\t\n"
    "2\tDelårsrapport\tKS 2026/301\tEkonomichef Tove Ek\n"
    "3\tMeddelanden\t\t\n"
)


def test_information_points_after_the_table_go_on_with_its_count() -> None:
    text = (
        _TABLE + "\nInformation\n\nLäget i räddningstjänsten\n\nFöredragande: Räddningschef Stig Kull\n\n"
        "Nya skolan\n\nFöredragande: Projektledare Emma Lind\n\nAnna Holm\n\nOrdförande\n"
    )
    rows = split_tab_rows(text, None)
    # set as headings (bold), or each with its presenter's line under it
    for bold in (["Läget i räddningstjänsten", "Nya skolan"], []):
        items = points_after_table(text, rows, bold, None)
        assert [(it.number, it.title) for it in items[3:]] == [
            ("4", "Läget i räddningstjänsten"),
            ("5", "Nya skolan"),
        ]
        assert items[-1].text == "Föredragande: Projektledare Emma Lind"  # not the signature under it
    meta = DocMeta(doc_type="kallelse", organ="Kommunstyrelsen")
    assert [it.number for it in segment(text, meta)] == ["1", "2", "3", "4", "5"]


def test_no_points_after_the_table_without_heading_or_presenter() -> None:
    # the closing lines under a table ("Välkomna!", a bold signature) are no points
    text = _TABLE + "\nVälkomna!\n\nAnna Holm\n\nOrdförande\n"
    rows = split_tab_rows(text, None)
    assert points_after_table(text, rows, ["Välkomna!", "Anna Holm"], None) == rows
    # a bold line right under the table, with no section heading over it and no presenter under it
    text = _TABLE + "\nKallade ledamöter\n\nAnna Holm\n"
    rows = split_tab_rows(text, None)
    assert points_after_table(text, rows, ["Kallade ledamöter"], None) == rows


def _agenda_docx(tmp_path: Path, info: bool, presenter: str) -> Path:
    d: Any = docx.Document()
    d.add_paragraph("TESTBY KOMMUN")
    d.add_paragraph("Kommunstyrelsen")
    d.add_paragraph("KALLELSE")
    d.add_paragraph("Tid: 2026-12-08 kl. 09.00")
    rows = [
        ("Nr", "Ärende", "Dnr", "Föredragande"),
        ("1", "Val av justerare", "", ""),
        ("2", "Resursfördelning för grundskolan", "KS 2026/88", presenter),
        ("3", "Meddelanden", "", ""),
    ]
    table = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    if info:
        d.add_heading("Information", level=2)
        for title, who in (("Läget i räddningstjänsten", "Räddningschef Stig Kull"), ("Nya skolan", "")):
            d.add_paragraph().add_run(title).bold = True
            if who:
                d.add_paragraph(f"Föredragande: {who}")
    d.add_paragraph("Anna Holm")
    d.add_paragraph("Ordförande")
    path = tmp_path / "testby_kommunstyrelsen_2026-12-08_kallelse.docx"
    d.save(str(path))
    return path


def test_a_word_kallelse_with_information_after_its_table(tmp_path: Path) -> None:
    ex = extract_file(_agenda_docx(tmp_path, True, "Ekonomichef Tove Ek"))
    assert [(it.number, it.title) for it in ex.items][3:] == [
        ("4", "Läget i räddningstjänsten"),
        ("5", "Nya skolan"),
    ]
    presented = {(a.person, it.number) for it in ex.items for a in it.actions if a.kind == "presented"}
    assert presented == {("Tove Ek", "2"), ("Stig Kull", "4")}


def test_two_titled_presenters_one_with_a_first_name_that_is_a_word(tmp_path: Path) -> None:
    ex = extract_file(_agenda_docx(tmp_path, False, "Skolchef Per Ek och Controller Lina Holm"))
    assert len(ex.items) == 3
    assert {"Per Ek", "Lina Holm"} <= {p.name for p in ex.persons}
    presented = {(a.person, it.number) for it in ex.items for a in it.actions if a.kind == "presented"}
    assert presented == {("Per Ek", "2"), ("Lina Holm", "2")}


def test_per_is_still_no_name_without_a_title_before_it() -> None:
    from indexer.entities.people import find_persons

    assert not find_persons("Kostnaden per Elev Ek ökar.\n")
    assert [p.name for p in find_persons("Kostnad beräknad av ekonomen. Controller Per Lund redogör.\n")] == [
        "Per Lund"
    ]


def test_a_kungorelse_organ_before_its_verb() -> None:
    text = "Kungörelse\n\nKommunfullmäktige sammanträder\n\nTid Måndag 14 december 2026 kl. 13.00\n\n"
    text += "1. Upprop\n"
    meta = detect_meta(text, source_name="x.html")
    assert meta.organ == "Kommunfullmäktige"
