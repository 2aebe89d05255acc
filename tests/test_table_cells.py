"""Table cells keep their columns when read (issue 9, votes): the PDF layer puts each row's cells under
the header's columns, empty cells kept, also on a page the table goes on to without its header; Word
tables keep two empty cells side by side and a cell merged across columns once.

Every PDF is made here with fpdf2 (positions in mm from the top left), so each test says what the page
holds.
"""

from __future__ import annotations

from pathlib import Path

from indexer.extract import extract_file
from indexer.read.pdf import pdf_pages
from indexer.read.pdf_layout import Run, page_lines
from tests.test_pdf_layout import _header, _pdf

#: Column x positions (mm) of a vote table: name, party, Ja, Nej, Avstår.
COLS = {"name": 20, "party": 75, "ja": 100, "nej": 120, "avst": 140}
HEADER = [(20, 60, "Ledamot"), (75, 60, "Parti"), (99, 60, "Ja"), (118, 60, "Nej"), (136, 60, "Avstår")]
ROWS = [("Anna Berg", "S", "ja"), ("Bo Ek", "M", "nej"), ("Cilla Dahl", "C", "avst"), ("Dan Lund", "V", "ja")]


def _rows(rows: list[tuple[str, str, str]], top: float) -> list[tuple[float, float, str]]:
    out = []
    for k, (name, party, vote) in enumerate(rows):
        y = top + 7 * k
        out += [(COLS["name"], y, name), (COLS["party"], y, party), (COLS[vote], y, "X")]
    return out


def test_marks_stay_under_their_header_column() -> None:
    page = [(20, 50, "Omröstningslista § 12"), *HEADER, *_rows(ROWS, 67), (20, 110, "Beslut")]
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert "Ledamot\tParti\tJa\tNej\tAvstår" in lines
    assert "Anna Berg\tS\tX" in lines
    assert "Bo Ek\tM\t\tX" in lines  # not "Bo Ek⇥M⇥X", which reads as Ja
    assert "Cilla Dahl\tC\t\t\tX" in lines
    assert lines[-1] == "Beslut"  # the text after the table is no table row


def test_a_table_goes_on_over_the_page_break_without_its_header() -> None:
    # the table runs to the foot of page 1 (rows down to 280 mm) and on at the top of page 2
    first = [(20, 20, "§ 12 Budget"), *HEADER, *_rows(ROWS * 8, 67)]
    second = [*_header(2), *_rows([("Eva Falk", "SD", "nej"), ("Fia Gran", "L", "avst")], 40)]
    pages = pdf_pages(_pdf([first, second])).pages
    assert "Bo Ek\tM\t\tX" in pages[0].lines
    assert "Eva Falk\tSD\t\tX" in pages[1].lines
    assert "Fia Gran\tL\t\t\tX" in pages[1].lines
    assert pages[1].lines[0].startswith("Alingsås kommun Protokoll")  # the page header is no table row


def test_a_vote_table_in_a_pdf_gives_each_persons_vote(tmp_path: Path) -> None:
    page = [
        (20, 20, "§ 12 Budget 2027"),
        (20, 30, "Omröstning begärs och verkställs."),
        *HEADER,
        *_rows(ROWS, 67),
        (20, 110, "Med 2 ja-röster mot 1 nej-röst beslutar nämnden enligt förslaget."),
    ]
    path = tmp_path / "namnd_2026-06-01_protokoll.pdf"
    path.write_bytes(_pdf([page]))
    votes = [(v.person, v.vote, v.party) for it in extract_file(path).items for v in it.votes]
    assert votes == [
        ("Anna Berg", "ja", "S"),
        ("Bo Ek", "nej", "M"),
        ("Cilla Dahl", "avstår", "C"),
        ("Dan Lund", "ja", "V"),
    ]


def test_a_form_and_a_page_header_keep_their_layout() -> None:
    # three cells in a row, then label/value rows: no table (no row has an empty cell between two)
    page = [
        (20, 15, "Kommunstyrelsen"), (90, 15, "PROTOKOLL"), (170, 15, "1 (4)"),
        (20, 22, "Plats och tid"), (90, 22, "Stadshuset kl. 13.00"),
        (20, 29, "Beslutande"), (90, 29, "Anna Berg (S)"),
        *[(90, 35 + 6 * k, name) for k, name in enumerate(("Bo Ek (M)", "Cilla Dahl (C)", "Dan Lund (V)"))],
    ]  # fmt: skip
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert lines[:3] == ["Kommunstyrelsen\tPROTOKOLL\t1 (4)", "Plats och tid\tStadshuset kl. 13.00",
                         "Beslutande\tAnna Berg (S)"]  # fmt: skip
    assert not any("\t\t" in line or line.startswith("\t") for line in lines)


def test_prose_in_columns_is_no_table() -> None:
    # long lines side by side are text columns, not a header of labels
    size = 10.0

    def run(x: float, y: float, text: str) -> Run:
        return Run(x, y, x + 5.5 * len(text), y + size, text)

    runs = [
        run(40, 700, "Strategin vägleder kommuner och regionen"), run(300, 700, "i arbetet med hållbar"),
        run(40, 686, "i det gemensamma arbetet med"), run(300, 686, "utveckling och kraftsamling"),
        run(40, 672, "och tillväxt för invånare"),
    ]  # fmt: skip
    assert all("\t\t" not in line for line in page_lines(runs))


def test_word_table_keeps_empty_cells_and_a_merged_cell_once(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    t = d.add_table(rows=4, cols=4)
    for k, label in enumerate(("Ledamot", "Ja", "Nej", "Avstår")):
        t.cell(0, k).text = label
    t.cell(1, 0).text, t.cell(1, 3).text = "Anna Berg (S)", "X"  # two empty cells before the X
    t.cell(2, 0).text, t.cell(2, 1).text = "Bo Ek (M)", "X"
    t.cell(3, 0).merge(t.cell(3, 1)).text = "Summa"
    t.cell(3, 3).text = "1"
    p = tmp_path / "protokoll.docx"
    d.save(str(p))
    from indexer.read.parse import read_document

    lines = read_document(p).text.split("\n")
    assert "Anna Berg (S)\t\t\tX" in lines
    assert "Bo Ek (M)\tX\t\t" in lines
    assert "Summa\t\t\t1" in lines  # the merged cell once, its second column kept empty


#: Columns (mm) of a table whose first header cell is long ("Ledamot / tjänstgörande ersättare").
WIDE = {"name": 20, "party": 95, "ja": 115, "nej": 130, "avst": 145}
WIDE_HEADER = [(20, "Ledamot / tjänstgörande ersättare"), (95, "Parti"), (114, "Ja"), (128, "Nej"),
               (142, "Avstår")]  # fmt: skip


def _wide(rows: list[tuple[str, str, str]], top: float) -> list[tuple[float, float, str]]:
    out = []
    for k, (name, party, vote) in enumerate(rows):
        y = top + 7 * k
        out += [(WIDE["name"], y, name), (WIDE["party"], y, party), (WIDE[vote], y, "X")]
    return out


def test_a_long_header_cell_and_marks_in_a_column_the_last_page_never_used() -> None:
    # page 1 holds only ja and nej; page 2 repeats the header and marks Avstår for the first time, and a
    # page 3 goes on without a header, again with a mark in Avstår
    first = [(20, 20, "§ 12 Budget"), *[(x, 60, t) for x, t in WIDE_HEADER],
             *_wide([("Anna Berg", "S", "ja"), ("Bo Ek", "M", "nej")] * 15, 67)]  # fmt: skip
    second = [*_header(2), *[(x, 35, t) for x, t in WIDE_HEADER],
              *_wide([("Cilla Dahl", "C", "avst"), ("Dan Lund", "V", "nej")] * 18, 42)]  # fmt: skip
    third = [*_header(3), *_wide([("Eva Falk", "SD", "avst"), ("Fia Gran", "L", "ja")], 40)]
    pages = pdf_pages(_pdf([first, second, third])).pages
    assert "Bo Ek\tM\t\tX" in pages[0].lines
    assert "Cilla Dahl\tC\t\t\tX" in pages[1].lines and "Dan Lund\tV\t\tX" in pages[1].lines
    assert "Eva Falk\tSD\t\t\tX" in pages[2].lines


#: A vote table with the marks before the names: Ja, Nej, Avstår, Ledamot, Parti.
MARKS_FIRST = [(20, 60, "Ja"), (35, 60, "Nej"), (50, 60, "Avstår"), (70, 60, "Ledamot"), (120, 60, "Parti")]


def _marks_first(rows: list[tuple[str, str, str]], top: float) -> list[tuple[float, float, str]]:
    marks = {"ja": 21, "nej": 37, "avst": 53}
    out = []
    for k, (name, party, vote) in enumerate(rows):
        y = top + 7 * k
        out += [(marks[vote], y, "X"), (70, y, name), (120, y, party)]
    return out


def test_marks_before_the_names_keep_their_columns() -> None:
    # "Ja  Nej  Avstår  Ledamot  Parti": a row voting nej or avstår starts with empty cells
    page = [(20, 50, "Omröstningslista § 12"), *MARKS_FIRST, *_marks_first(ROWS, 67)]
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert "X\t\t\tAnna Berg\tS" in lines
    assert "\tX\t\tBo Ek\tM" in lines  # not "X⇥Bo Ek⇥M", which reads as Ja
    assert "\t\tX\tCilla Dahl\tC" in lines


def test_marks_before_the_names_go_on_over_the_page_break() -> None:
    first = [(20, 20, "§ 12 Budget"), *MARKS_FIRST, *_marks_first(ROWS * 8, 67)]
    second = [*_header(2), *_marks_first([("Eva Falk", "SD", "nej"), ("Fia Gran", "L", "avst")], 40)]
    pages = pdf_pages(_pdf([first, second])).pages
    assert "\tX\t\tEva Falk\tSD" in pages[1].lines
    assert "\t\tX\tFia Gran\tL" in pages[1].lines


def _run(left: float, top: float, text: str, width: float = 0.0) -> Run:
    """A run of 7.5-point text whose top is `top` points up the page."""
    return Run(left, top - 7.5, left + (width or 4.5 * len(text)), top, text)


def test_a_vote_table_in_two_halves_side_by_side_keeps_each_halfs_columns() -> None:
    # "Nej  Avst  Ledamot" set closer than a cell gap: the first half's Avstår column right before the
    # second half's name column; each vote label is still a column, so the first half's marks keep
    # their columns (Ingrid Blom's X under Nej, not read as Ja)
    header = [
        _run(46, 500, "Ledamot/tjänstg. ersättare", 113),
        _run(205, 500, "Parti"),
        _run(237, 500, "Ja", 8),
        _run(257, 500, "Nej", 13),
        _run(277, 500, "Avst", 18),
        _run(301, 500, "Ledamot/tjänstg. ersättare", 113),
        _run(460, 500, "Parti"),
        _run(492, 500, "Ja", 8),
        _run(512, 500, "Nej", 13),
        _run(532, 500, "Avst", 18),
    ]
    marks = {"ja": 239, "nej": 261, "avst": 284}
    marks2 = {"ja": 494, "nej": 517, "avst": 539}
    rows = [
        ("Karin Åberg", "S", "ja", "Anna Håkansson", "SD", "avst"),
        ("Ingrid Blom", "S", "nej", "Lena Nordin", "C", "nej"),
        ("Emil Strand", "M", "nej", "Eva Hedlund", "V", "ja"),
    ]
    runs = list(header)
    for k, (a, pa, va, b, pb, vb) in enumerate(rows):
        top = 489 - 11 * k
        runs += [_run(46, top, a), _run(205, top, pa, 4), _run(marks[va], top, "X", 4)]
        runs += [_run(301, top, b), _run(460, top, pb, 8), _run(marks2[vb], top, "X", 4)]
    runs.append(_run(46, 489 - 11 * len(rows), "Roger Ekholm"))
    runs += [_run(205, 489 - 11 * len(rows), "SD", 8), _run(284, 489 - 11 * len(rows), "X", 4)]
    lines = page_lines(runs)
    head = "Ledamot/tjänstg. ersättare\tParti\tJa\tNej\tAvst"
    assert f"{head}\t{head}" in lines
    assert "Karin Åberg\tS\tX\t\t\tAnna Håkansson\tSD\t\t\tX" in lines
    assert "Ingrid Blom\tS\t\tX\t\tLena Nordin\tC\t\tX" in lines
    assert "Emil Strand\tM\t\tX\t\tEva Hedlund\tV\tX" in lines
    assert "Roger Ekholm\tSD\t\t\tX" in lines


def test_a_vote_labels_count_stays_with_it_in_the_header() -> None:
    from indexer.read.pdf_rows import make_rows
    from indexer.read.pdf_tables import _header_cells

    row = make_rows(
        [_run(20, 500, "Ja", 8), _run(30, 500, "(3)", 12), _run(45, 500, "Nej", 13), _run(60, 500, "(2)", 12)]
    )[0]
    assert [" ".join(r.text for r in c) for c in _header_cells(row)] == ["Ja (3)", "Nej (2)"]
