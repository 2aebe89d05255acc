"""Named votes across page breaks and who did what, in the forms Swedish protocols share (votes13): a PDF
vote table going on at the top of the next page without its header (its first row no header, an ersättare
in a column no row of the page before filled), a text layout whose marks stand a few characters off after
a page break, a local party named by the words of its code's initials, a matter's authors in a list of new
motions, "X (P) antecknar att …", a title wrapped beside a right-hand Dnr column, people resigning and
elected. Every snippet and PDF is invented here for its rule."""

from __future__ import annotations

from pathlib import Path

from indexer.entities.doc_actions import title_authors
from indexer.entities.local_parties import local_party_codes, local_party_names
from indexer.entities.people import NameFinder, find_persons
from indexer.entities.votes import add_votes
from indexer.extract import extract_file
from indexer.read.pdf import pdf_pages
from indexer.read.pdf_rows import Row, Run
from indexer.read.pdf_tables import _header_boxes
from indexer.types import Item
from tests.test_pdf_layout import _header, _pdf
from tests.test_people_parties_roles import HEADER as PEOPLE_HEADER
from tests.test_people_parties_roles import _acts
from tests.test_segment_titles import _titles
from tests.vote_fixtures import MEMBERS

# --- a PDF vote table going on without its header ---------------------------------------------------------

#: Labels left in their cells, marks centred in them (right of the label): Ledamot, Tjänstgörande
#: ersättare, Ja, Nej, Avstår.
LABELS = [(20, "Ledamot"), (70, "Tjänstgörande ersättare"), (130, "Ja"), (146, "Nej"), (162, "Avstår")]
MARK_AT = {"ja": 136, "nej": 152, "avst": 169}


def _vote_rows(rows: list[tuple[str, str, str]], top: float) -> list[tuple[float, float, str]]:
    out: list[tuple[float, float, str]] = []
    for k, (name, sub, vote) in enumerate(rows):
        y = top + 6 * k
        out += [(20, y, name), (MARK_AT[vote], y, "X")]
        if sub:
            out.append((70, y, sub))
    return out


def test_a_vote_table_goes_on_with_an_ersattare_in_its_first_row_and_marks_in_new_columns() -> None:
    # page 1: the header and only Ja rows, no ersättare, down to the foot; page 2 opens (under its page
    # header) with a row whose ersättare cell no row of page 1 filled, then Nej and Avstår marks
    first = [(20, 20, "§ 7 Budget 2027"), *[(x, 40, t) for x, t in LABELS]]
    first += _vote_rows([(f"Lund, Person{k} (M)", "", "ja") for k in range(40)], 46)
    second = [*_header(2)]
    second += _vote_rows(
        [
            ("Ros, Greta (SD)", "Sand, Olle (SD)", "ja"),
            ("Berg, Ivar (SD)", "", "nej"),
            ("Holm, Jan (V)", "", "avst"),
        ],
        40,
    )
    second.append((20, 70, "Omröstningsresultat: 41 ja, 1 nej, 1 avstår."))
    pages = pdf_pages(_pdf([first, second])).pages
    lines = pages[1].lines
    assert "Ros, Greta (SD)\tSand, Olle (SD)\tX" in lines
    assert "Berg, Ivar (SD)\t\t\tX" in lines  # under Nej, not read as the third cell (Ja)
    assert "Holm, Jan (V)\t\t\t\tX" in lines
    assert lines[0].startswith("Alingsås kommun Protokoll")  # the page header is no row


def test_a_row_of_data_is_no_header() -> None:
    def row(*cells: tuple[float, str]) -> Row:
        return Row([Run(x, 700, x + 5 * len(t), 708, t) for x, t in cells], 708, 700)

    assert _header_boxes(row((60, "Ek, Anna (S)"), (200, "Lund, Bo (S)"), (400, "X"))) is None
    assert _header_boxes(row((60, "Ledamot"), (200, "Parti"), (400, "Ja"), (440, "Nej"))) is not None


# --- a text layout's marks a few characters off after a page break ----------------------------------------

#: Six members of `MEMBERS`: 3 ja, 3 nej (no answers in another order give these counts from a reading
#: that takes the first page's marks one column off).
RESULT = "Med 3 ja-röster mot 3 nej-röster och ordförandens utslagsröst bifalls förslaget.\n"


def _line(name: str, party: str, mark: int, shift: int = 0) -> str:
    """A row of a text layout: the name at the margin, the party at column 30, the mark at `mark`, all
    but the name `shift` characters to the left."""
    row = f"{name:<{30 - shift}}{party}"
    return f"{row:<{mark - shift}}X\n"


#: The labels at the left of their cells (Ja at 38, Nej at 48, Avstår at 58), the marks in the right half
#: of the cells (nearer the next label); the next page laid out anew, five characters to the left.
SHIFTED = (
    "Omröstningslista\n"
    f"{'Namn':<30}{'Parti':<8}{'Ja':<10}{'Nej':<10}Avstår\n"
    + _line("Anna Ek", "S", 45)
    + _line("Eva Ros", "V", 45)
    + _line("Bo Berg", "M", 55)
    + "\n"
    + _line("Cecilia Holm", "M", 55, shift=5)
    + _line("David Lind", "SD", 55, shift=5)
    + _line("Fredrik Nord", "C", 45, shift=5)
)


def test_each_page_of_a_text_layouts_vote_table_is_read_by_its_own_mark_columns() -> None:
    persons = find_persons(MEMBERS)
    items = [Item(number="§5", title="Budget", text=SHIFTED + RESULT)]
    add_votes(items, persons, NameFinder(persons), "")
    assert sorted((v.person, v.vote) for v in items[0].votes) == [
        ("Anna Ek", "ja"),
        ("Bo Berg", "nej"),
        ("Cecilia Holm", "nej"),
        ("David Lind", "nej"),
        ("Eva Ros", "ja"),
        ("Fredrik Nord", "ja"),
    ]


# --- a local party named by its initials' words -----------------------------------------------------------


def test_a_local_party_named_by_the_words_of_its_codes_initials() -> None:
    text = (
        "Anna Ek (BR)\nOlle Sand (BR)\nBo Rask (M)\n\n"
        "Bygdens Röst reserverar sig mot beslutet. Bygdens Rösts ledamöter lämnar en protokollsanteckning.\n"
    )
    codes = local_party_codes(text)
    assert "BR" in codes
    assert local_party_names(text, codes) == {("Bygdens Röst", "BR")}
    # a person's name whose initials are the code is no party's ("Bo Rask" and BR)
    assert local_party_names("Anna Ek (BR)\nOlle Sand (BR)\nBo Rask reserverar sig.\n", codes) == frozenset()
    # named only in passing, not as acting: no name read
    assert (
        local_party_names("Anna Ek (BR)\nOlle Sand (BR)\nBesök på Bygdens Röst i maj.\n", codes)
        == frozenset()
    )


def test_reservations_of_a_local_party_by_its_written_name() -> None:
    header = PEOPLE_HEADER + "Tove Strand (BR)\nIda Vall (BR)\n\n"
    body = "Reservationer\nSverigedemokraterna och Bygdens Röst reserverar sig till förmån för avslag."
    assert _acts(body, header) == {("party:SD", "reserved"), ("party:BR", "reserved")}


def test_a_party_named_as_author_raises_only_where_no_member_does(tmp_path: Path) -> None:
    path = tmp_path / "bygda_kommunfullmaktige_2026-05-04_protokoll.txt"
    path.write_text(
        "Bygda kommun\nKommunfullmäktige\nProtokoll 2026-05-04\n\n"
        "Närvarande\nTove Strand (BR)\nIda Vall (BR)\nLina Berglund (S), ordförande\nOskar Malm (M)\n\n"
        "§ 11 Interpellation från Bygdens Röst om belysning i Norrby\n\n"
        "Tove Strand (BR) frågar kommunstyrelsens ordförande Lina Berglund (S) om belysningen. "
        "Lina Berglund (S) besvarar interpellationen.\n\nBeslut\nInterpellationen är besvarad.\n\n"
        "§ 12 Taxa för slamtömning\n\nBeslut\nBygdens Rösts ledamöter reserverar sig mot beslutet.\n",
        encoding="utf-8",
    )
    items = extract_file(path).items
    acts = {(a.person or f"party:{a.party}", a.kind) for a in items[0].actions}
    assert ("Tove Strand", "raised") in acts
    assert ("party:BR", "raised") not in acts  # one interpellation, its member's
    assert ("party:BR", "reserved") in {(f"party:{a.party}", a.kind) for a in items[1].actions}


# --- authors in a list of new motions, a note by "antecknar att" ------------------------------------------


def test_each_author_of_a_list_of_new_motions() -> None:
    persons = find_persons(MEMBERS)
    text = (
        "– Revisionsrapport om upphandling, 2026-03-02\n"
        "– Nya motioner: om cykelväg till Åby, av Eva Ros (V); om ljus i elljusspåret, av Bo Berg (M)\n"
    )
    authors = title_authors(Item(number="§9", title="Anmälningar", text=text), NameFinder(persons))
    assert {a.person for a in authors if a.kind == "raised"} == {"Eva Ros", "Bo Berg"}
    # a subject before the author on one line: "Motion om …, av …"
    one = title_authors(
        Item(number="§9", title="Anmälningar", text="Motion om fler bänkar i parken, av Fredrik Nord (C).\n"),
        NameFinder(persons),
    )
    assert [a.person for a in one] == ["Fredrik Nord"]
    # "; om …, av" on a line naming no matter is no author
    other = title_authors(
        Item(
            number="§9",
            title="Anmälningar",
            text="Besök hos föreningen; om fiske, av Bo Berg (M) berättat.\n",
        ),
        NameFinder(persons),
    )
    assert other == []


def test_a_member_printed_with_the_party_antecknar_att() -> None:
    body = (
        "Protokollsanteckningar\nSocialdemokraterna lämnar en protokollsanteckning. Sara Öberg\n"
        "(V) antecknar att Vänsterpartiet hade velat se en längre remisstid.\n"
    )
    assert ("Sara Öberg", "protocol_note") in _acts(body)
    # without the party printed before it (a role, a body) it is no member's note
    assert not any(
        kind == "protocol_note" for _, kind in _acts("Sekreteraren antecknar att beslutet justeras.\n")
    )


# --- a title wrapped beside a right-hand Dnr column in a text layout --------------------------------------

HANGING = (
    "Kommunstyrelsen\nProtokoll 2026-04-14\n\n"
    "§ 31         Motion från Eva Ros (V) om gratis                                   KS/2026:112\n"
    "\n"
    "             simskola för sexåringar\n"
    "Barn- och utbildningsnämnden har yttrat sig.\n"
    "Beslut\nMotionen bifalls.\n\n"
    "§ 32         Försäljning av fastigheten Åby                                      KS/2026:140\n"
    "\n"
    "             3:17\n"
    "Fastigheten säljs till högstbjudande.\n"
    "Beslut\nFörsäljningen godkänns.\n\n"
    "§ 33         Taxa för slamtömning                                                KS/2026:150\n"
    "\n"
    "Taxan höjs med 3 procent.\n"
)


def test_a_title_wrapped_under_itself_at_its_column_past_a_blank_line() -> None:
    assert _titles(HANGING) == [
        ("§31", "Motion från Eva Ros (V) om gratis simskola för sexåringar"),
        ("§32", "Försäljning av fastigheten Åby 3:17"),
        ("§33", "Taxa för slamtömning"),
    ]


def test_a_body_line_at_the_margin_past_a_blank_line_is_no_title() -> None:
    text = HANGING.replace("             simskola för sexåringar\n", "simskola för sexåringar\n")
    assert _titles(text)[0] == ("§31", "Motion från Eva Ros (V) om gratis")


# --- people resigning and elected --------------------------------------------------------------------------


def test_who_resigns_in_the_present_and_who_the_body_decides_to_elect_are_no_persons() -> None:
    text = (
        PEOPLE_HEADER + "§ 4 Avsägelser\nKarin Vik (S) avsäger sig uppdraget som ersättare i kulturnämnden.\n"
        "§ 5 Fyllnadsval\nPå förslag av Oskar Malm (M) beslutar kommunfullmäktige\nBeslut\n"
        "att välja Hugo Sten (S) till ersättare i kulturnämnden.\n"
    )
    names = {p.name for p in find_persons(text)}
    assert "Oskar Malm" in names
    assert "Karin Vik" not in names and "Hugo Sten" not in names
