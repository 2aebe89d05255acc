"""Round 13 of item shapes (issue 9): cues every Swedish protocol shares, tested on invented variants.

- A paragraph printed out of order ("§ 146" then "§ 143", a point taken last at the meeting) is an item
  when it stands as the document's other headings do; a reference or another body's paragraph is not.
"""

from __future__ import annotations

from pathlib import Path

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.segment.split import segment
from indexer.types import Item


def _items(text: str) -> list[Item]:
    cleaned = clean_text(text)
    return segment(cleaned, detect_meta(cleaned))


def _body(n: int) -> str:
    return (
        "Ärendebeskrivning\nFörvaltningen har berett ärendet enligt § 3 kommunallagen.\n\n"
        f"Beslut\nNämnden beslutar enligt förslaget i punkt {n}.\n\n"
    )


_HEAD = "Tekniska nämnden\nProtokoll\nSammanträdesdatum 2026-11-18\n\n"


def test_a_paragraph_printed_after_a_later_one_is_kept_in_print_order() -> None:
    # Title on the § line, no case numbers: § 23 was taken last and is printed last.
    order = [
        (20, "Val av justerare"),
        (21, "Budget 2027"),
        (22, "Taxa för avfall"),
        (24, "Informationsärenden"),
        (23, "Delegationsbeslut"),
    ]
    text = _HEAD + "".join(f"§ {n} {t}\n\n{_body(n)}" for n, t in order)
    assert [(it.number, it.title) for it in _items(text)] == [(f"§{n}", t) for n, t in order]


def test_an_organ_prefixed_heading_with_its_case_number_out_of_order() -> None:
    # "TN § 7   Dnr TN 2026/41" with the title under it; § 8 printed after § 10.
    order = [6, 7, 9, 10, 8]
    text = _HEAD + "".join(
        f"TN § {n}     Dnr TN 2026/{40 + n}\n\nÄrende nummer {n} om belysning\n\n{_body(n)}" for n in order
    )
    items = _items(text)
    assert [it.number for it in items] == [f"§{n}" for n in order]
    assert items[-1].title == "Ärende nummer 8 om belysning"
    assert items[-1].diarienummer == ["TN 2026/48"]


def test_another_bodys_paragraph_or_a_number_outside_the_meeting_is_no_heading() -> None:
    # Under § 24 a decision of another organ is quoted as its own heading ("KF § 23 …"): printed another
    # way than the headings ("TN § …"), it is part of § 24; "§ 3" in running text is never a heading.
    text = _HEAD + (
        "TN § 21     Dnr TN 2026/61\n\nBudget 2027\n\n" + _body(21)
        + "TN § 22     Dnr TN 2026/62\n\nTaxa för avfall\n\n" + _body(22)
        + "TN § 24     Dnr TN 2026/64\n\nMeddelanden\n\n" + _body(24)
        + "KF § 23     Dnr KS 2026/90\n\nÖversiktsplan för Norra staden\n\n" + _body(23)
        + "TN § 25     Dnr TN 2026/65\n\nDelegationsbeslut\n\n" + _body(25)
    )  # fmt: skip
    assert [it.number for it in _items(text)] == ["§21", "§22", "§24", "§25"]


def test_a_one_letter_series_after_a_label_is_the_series_not_a_unit() -> None:
    # "Dnr M 2026-000301" beside "Dnr B 2026-000214": the miljö and bygg series of one nämnd. "M" after a
    # figure is a metre: no case number without a label.
    from indexer.segment.dnr import find_dnr_spans

    assert [d.key for d in find_dnr_spans("Dnr M 2026-000301", series_hint="B")] == ["M-2026-000301"]
    assert [d.key for d in find_dnr_spans("diarienummer: S-2025-0123")] == ["S-2025-0123"]
    assert [d.key for d in find_dnr_spans("M 2026-0301", bare=True, labelled=True)] == ["M-2026-0301"]
    assert find_dnr_spans("bryggan är 12 M 2026-000301 enligt ritning") == []
    text = _HEAD + (
        "§ 30\nDnr B 2026-000214\n\nBygglov för garage, Kvarnby 2:4\n\n" + _body(30)
        + "§ 31\nDnr M 2026-000301\n\nStrandskyddsdispens för brygga, Sjöby 1:7\n\n" + _body(31)
        + "§ 32\nDnr B 2026-000220\n\nBygglov för carport, Kvarnby 2:9\n\n" + _body(32)
    )  # fmt: skip
    assert [it.diarienummer for it in _items(text)] == [
        ["B-2026-000214"],
        ["M-2026-000301"],
        ["B-2026-000220"],
    ]


def test_the_chair_a_justerare_checks_the_minutes_with_is_no_justerare() -> None:
    # "tillsammans med ordföranden" says what "jämte ordföranden" says: the chair signs anyway. A member
    # named there is a second justerare.
    from tests.test_action_phrasings import _acts

    for body in (
        "Nämnden utser Sara Öberg (V) att justera protokollet tillsammans med ordföranden.",
        "Förslag: Sara Öberg (V) utses att justera protokollet tillsammans med  ordföranden.",
        "Sara Öberg (V) utses att justera protokollet tillsammans med mötesordföranden.",
    ):
        assert {a for a in _acts(body) if a[1] == "justerare"} == {("Sara Öberg", "justerare")}, body
    both = _acts("Sara Öberg (V) utses att justera protokollet tillsammans med Oskar Malm (M).")
    assert {a for a in both if a[1] == "justerare"} == {
        ("Sara Öberg", "justerare"),
        ("Oskar Malm", "justerare"),
    }


def test_a_member_an_abbreviated_tjanstgorande_ersattare_serves_for_is_absent() -> None:
    # "tjg ers för" (tjänstgörande ersättare för) in an attendance table, surname first or in normal order,
    # set with tabs or spaces: the member named after it did not attend and is no person of the meeting.
    from indexer.entities.people import find_persons

    tables = (
        "Ledamöter\tParti\tAnmärkning\nLund, Eva\tS\t\nBerg, Oskar\tM\ttjg ers för Nils Ahl (M)\n"
        "Ek, Sara\tV\t\n",
        "Ledamöter      Parti   Anmärkning\nLund, Eva      S\n"
        "Berg, Oskar    M       tjg. ers. för Nils Ahl (M)\n",
        "Närvarande ledamöter\nEva Lund (S)\nOskar Berg (M) tjg ers för Nils Ahl (M)\nSara Ek (V)\n",
        "Närvarande ledamöter\nEva Lund (S)\nOskar Berg (M) tjänstgörande ersättare för Nils Ahl (M)\n",
    )
    for table in tables:
        names = {p.name for p in find_persons("Kommunfullmäktige\nProtokoll 2026-05-04\n\n" + table)}
        assert "Oskar Berg" in names and "Nils Ahl" not in names, table


def test_paragraf_written_out_heads_a_paragraph_as_the_sign_does() -> None:
    # "Paragraf 12 Budget 2027", "PARAGRAF 12  Dnr …" with the title under it, an organ before it; the word in
    # running text ("enligt paragraf 3", "Paragraf 5 i reglementet gäller") heads nothing.
    body = (
        "Ärendebeskrivning\nFörvaltningen har berett ärendet enligt paragraf 3 i reglementet.\n"
        "Paragraf 5 i reglementet gäller.\n\nBeslut\nNämnden beslutar enligt förslaget.\n\n"
    )
    titles = [(12, "Budget 2027"), (13, "Taxa för avfall"), (14, "Meddelanden")]
    for shape in (
        "Paragraf {n} {t}\n\n",
        "PARAGRAF {n}     Dnr KS 2026/{n}\n\n{t}\n\n",
        "KS Paragraf {n}\n{t}\n\n",
    ):
        text = _HEAD + "".join(shape.format(n=n, t=t) + body for n, t in titles)
        assert [(it.number, it.title) for it in _items(text)] == [(f"§{n}", t) for n, t in titles], shape


def test_a_case_number_labelled_under_an_agenda_title_is_the_points_own() -> None:
    # "Diarienr: KFN 2026/5" under the title in the Ärende cell, no Dnr column: the point's own number, so
    # a number the description of another point cites ("… (KS 2026/99).") is a reference; the description
    # is no presenter's.
    text = (
        "Kultur- och fritidsnämnden\nKallelse\nSammanträdesdatum 2026-09-02\n\n"
        "Nr   Ärende                                                     Föredragande\n\n"
        "1    Val av justerare\n\n"
        "2    Budgetuppföljning per augusti för kultur- och fritidsnämnden  Controller Eva Lind\n"
        "     Diarienr: KFN 2026/5\n"
        "     Förvaltningen redovisar ett underskott.\n\n"
        "3    Bidrag till föreningar 2027                                  Handläggare Per Ek\n"
        "     Diarienr: KFN 2026/31, KS 2026/7\n\n"
        "4    Meddelanden\n"
        "     Kommunstyrelsens beslut om budgetramar (KS 2026/99).\n"
    )
    items = _items(text)
    assert [it.diarienummer for it in items] == [[], ["KFN 2026/5"], ["KFN 2026/31", "KS 2026/7"], []]
    assert items[1].title == "Budgetuppföljning per augusti för kultur- och fritidsnämnden"
    assert "Föredragande: Kommunstyrelsens" not in items[3].text


_ROWS = [
    ("1", ["Val av justerare"], ""),
    ("2", ["Budgetuppföljning per augusti", "Diarienr: KFN 2026/5", "Förvaltningen redovisar."], "Eva Lind"),
    ("3", ["Information om sommarlovsaktiviteter", "Ingen beslutspunkt."], "Fritidschef Per Ek"),
    ("4", ["Detaljplan för Norra hamnen,", "beslut om granskning"], ""),
]  # fmt: skip
_TITLES = [
    "Val av justerare",
    "Budgetuppföljning per augusti",
    "Information om sommarlovsaktiviteter",
    "Detaljplan för Norra hamnen, beslut om granskning",
]


def test_an_agenda_cells_lines_in_html_and_docx_split_title_from_note(tmp_path: Path) -> None:
    # The lines of an Ärende cell are set by hand (<br>, <p>, Word paragraphs): a labelled line or a sentence
    # under the title is the point's note, a title broken by hand stays whole. With and without <thead>.
    import docx

    from indexer.extract import extract_file

    def cell(lines: list[str], sep: str) -> str:
        return sep.join(lines) if sep == "<br>" else "".join(f"<p>{x}</p>" for x in lines)

    for sep, head_open, head_close in (("<br>", "", ""), ("<p>", "<thead>", "</thead><tbody>")):
        rows = "".join(f"<tr><td>{n}</td><td>{cell(t, sep)}</td><td>{f}</td></tr>" for n, t, f in _ROWS)
        html = (
            "<html><body><h1>Kallelse – Kultur- och fritidsnämnden</h1><p>Sammanträdesdatum 2026-09-02</p>"
            f"<table>{head_open}<tr><th>Nr</th><th>Ärende</th><th>Föredragande</th></tr>{head_close}{rows}"
            f"{'</tbody>' if head_close else ''}</table></body></html>"
        )
        path = tmp_path / "kallelse.html"
        path.write_text(html, encoding="utf-8")
        items = extract_file(path).items
        assert [it.title for it in items] == _TITLES, sep
        assert items[1].diarienummer == ["KFN 2026/5"]
    document = docx.Document()
    document.add_paragraph("Kallelse – Kultur- och fritidsnämnden")
    document.add_paragraph("Sammanträdesdatum 2026-09-02")
    table = document.add_table(rows=1, cols=3)
    for c, h in zip(table.rows[0].cells, ["Nr", "Ärende", "Föredragande"], strict=True):
        c.text = h
    for n, lines, presenter in _ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = n, lines[0], presenter
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    path = tmp_path / "kallelse.docx"
    document.save(str(path))
    items = extract_file(path).items
    assert [it.title for it in items] == _TITLES
    assert items[1].diarienummer == ["KFN 2026/5"]


def test_paragraf_headings_out_of_order_too() -> None:
    order = [(31, "Budget 2027"), (32, "Taxa för avfall"), (34, "Meddelanden"), (33, "Delegationsbeslut")]
    text = _HEAD + "".join(f"Paragraf {n} {t}\n\n{_body(n)}" for n, t in order)
    assert [(it.number, it.title) for it in _items(text)] == [(f"§{n}", t) for n, t in order]
