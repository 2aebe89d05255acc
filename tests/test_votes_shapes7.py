"""Printed shapes of named votes that Swedish protokoll use beyond those `test_votes_shapes` covers: a
count in parentheses after a label, a bare "Avstår:" label, marks "1" or "x" under vote columns, one
"Röst" column with J/N/A, a list headed by the § it belongs to, two rounds in one §, a Word table with a
merged header and a Summa row, and a text export whose table runs across a page with its header repeated."""

from __future__ import annotations

import io

from indexer.entities.people import NameFinder, find_persons
from indexer.entities.votes import add_votes
from indexer.types import Item
from tests.vote_fixtures import MEMBERS
from tests.vote_fixtures import votes_of as _votes


def test_running_text_grouped_by_answer_with_counts_in_parentheses() -> None:
    body = (
        "Ja-röster (2): Anna Ek (S), Bo Berg (M)\n"
        "Nej-röster (2): Eva Ros (V), David Lind (SD)\n"
        "Avstår (1): Fredrik Nord (C)\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1),
                            ("David Lind", "nej", 1), ("Fredrik Nord", "avstår", 1)]  # fmt: skip


def test_following_members_vote_no_and_a_bare_abstain_label() -> None:
    body = (
        "Följande ledamöter röstar ja: Anna Ek (S), Bo Berg (M).\n"
        "Följande ledamöter röstar nej: Eva Ros (V).\n"
        "Avstår: Fredrik Nord (C).\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1),
                            ("Fredrik Nord", "avstår", 1)]  # fmt: skip


def test_marks_one_and_small_x_under_vote_columns() -> None:
    body = "Ledamot\tParti\tJa\tNej\tAvstår\nEk, Anna\tS\t1\t\t\nBerg, Bo\tM\t\t1\t\nRos, Eva\tV\t\t\t1\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]
    body = "Ledamot\tJa\tNej\tAvstår\nAnna Ek (S)\tx\t\t\nBo Berg (M)\t\tx\t\nEva Ros (V)\t\t\tx\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_one_rost_column_with_letters_or_words() -> None:
    body = "Ledamot\tParti\tRöst\nAnna Ek\tS\tJ\nBo Berg\tM\tN\nEva Ros\tV\tA\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]
    body = "Namn\tParti\tRöst\nEk, Anna\tS\tJa\nBerg, Bo\tM\tNej\nRos, Eva\tV\tAvstår\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_a_list_before_its_paragraph_headed_by_the_paragraph() -> None:
    persons = find_persons(MEMBERS)
    items = [
        Item(number="§111", title="Taxa", text="Fullmäktige beslutar enligt förslaget.\n\n"
             "Omröstning i ärende § 112\nJa-röster: Anna Ek (S), Bo Berg (M)\nNej-röster: Eva Ros (V)\n"),
        Item(number="§112", title="Budget", text="Omröstning begärs. Omröstningen framgår av listan ovan."),
    ]  # fmt: skip
    add_votes(items, persons, NameFinder(persons))
    assert items[0].votes == []
    assert [(v.person, v.vote) for v in items[1].votes] == [("Anna Ek", "ja"), ("Bo Berg", "ja"),
                                                           ("Eva Ros", "nej")]  # fmt: skip


def test_two_rounds_in_one_paragraph_referral_first() -> None:
    body = (
        "Omröstning om återremiss\nJa-röster: Anna Ek (S), Bo Berg (M)\nNej-röster: Eva Ros (V)\n\n"
        "Fullmäktige beslutar att ärendet ska avgöras i dag.\n\n"
        "Omröstning i sak\nJa-röster: Anna Ek (S)\nNej-röster: Bo Berg (M), Eva Ros (V)\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1),
                            ("Anna Ek", "ja", 2), ("Bo Berg", "nej", 2), ("Eva Ros", "nej", 2)]  # fmt: skip


def test_an_ersattare_votes_for_an_absent_member_in_the_running_text() -> None:
    body = "Ja-röster: Anna Ek (S), Fredrik Nord (C) (ersätter Cecilia Holm (M))\nNej-röster: Eva Ros (V)\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Fredrik Nord", "ja", 1), ("Eva Ros", "nej", 1)]
    body = "Ledamot\tErsättare\tParti\tJa\tNej\nCecilia Holm\tFredrik Nord\tM\tX\t\nEva Ros\t\tV\t\tX\n"
    assert _votes(body) == [("Fredrik Nord", "ja", 1), ("Eva Ros", "nej", 1)]


def test_a_word_table_with_a_merged_header_and_a_summa_row() -> None:
    import docx

    from indexer.read.docx import docx_text

    d = docx.Document()
    d.add_paragraph("Omröstning")
    t = d.add_table(rows=2, cols=5)
    t.cell(0, 0).text = "Ledamot"
    t.cell(0, 1).text = "Parti"
    t.cell(0, 2).merge(t.cell(0, 4)).text = "Omröstning"
    for k, head in enumerate(("", "", "Ja", "Nej", "Avstår")):
        if head:
            t.cell(1, k).text = head
    for name, party, col in (("Anna Ek", "S", 2), ("Bo Berg", "M", 3), ("Eva Ros", "V", 4)):
        row = t.add_row()
        row.cells[0].text, row.cells[1].text, row.cells[col].text = name, party, "X"
    row = t.add_row()
    row.cells[0].text, row.cells[2].text, row.cells[3].text, row.cells[4].text = "Summa", "1", "1", "1"
    buf = io.BytesIO()
    d.save(buf)
    text = docx_text(buf.getvalue())
    assert _votes(text) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_an_html_table_with_a_rost_column() -> None:
    from indexer.read.html import html_to_text

    html = (
        "<p>Omröstning</p><table><tr><th>Namn</th><th>Parti</th><th>Röst</th></tr>"
        "<tr><td>Anna Ek</td><td>S</td><td>Ja</td></tr><tr><td>Bo Berg</td><td>M</td><td>Nej</td></tr>"
        "<tr><td>Eva Ros</td><td>V</td><td>Avstår</td></tr></table>"
    )
    assert _votes(html_to_text(html)) == [
        ("Anna Ek", "ja", 1),
        ("Bo Berg", "nej", 1),
        ("Eva Ros", "avstår", 1),
    ]


def test_an_aligned_text_table_across_a_page_break_with_its_header_repeated() -> None:
    head = "Ledamot                 Parti   Ja   Nej   Avstår\n"
    body = (
        "Omröstningslista\n" + head
        + "Ek, Anna                S       X\n"
        + "Berg, Bo                M            X\n"
        + "\nKommunfullmäktige 2026-03-02                        Sida 4 av 9\n\n"
        + head
        + "Ros, Eva                V                  X\n"
        + "Lind, David             SD      X\n"
    )  # fmt: skip
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1),
                            ("David Lind", "ja", 1)]  # fmt: skip


def test_a_bilaga_with_column_groups_for_two_paragraphs() -> None:
    persons = find_persons(MEMBERS)
    items = [
        Item(number="§45", title="Budget", text="Omröstning begärs. Se bilaga 1."),
        Item(number="§46", title="Taxa", text="Fullmäktige beslutar enligt förslaget."),
        Item(number="§47", title="Plan", text="Omröstning begärs. Se bilaga 1.\n\n"
             "Bilaga 1 Omröstningslista\n"
             "\t\t§ 45\t\t\t§ 47\n"
             "Ledamot\tParti\tJa\tNej\tAvstår\tJa\tNej\tAvstår\n"
             "Anna Ek\tS\tX\t\t\t\tX\t\n"
             "Bo Berg\tM\t\tX\t\tX\t\t\n"
             "Eva Ros\tV\t\t\tX\t\t\tX\n"),
    ]  # fmt: skip
    add_votes(items, persons, NameFinder(persons))
    assert [(v.person, v.vote) for v in items[0].votes] == [("Anna Ek", "ja"), ("Bo Berg", "nej"),
                                                           ("Eva Ros", "avstår")]  # fmt: skip
    assert [(v.person, v.vote) for v in items[2].votes] == [("Anna Ek", "nej"), ("Bo Berg", "ja"),
                                                           ("Eva Ros", "avstår")]  # fmt: skip


def test_normal_names_with_the_party_in_its_own_column_in_an_aligned_export() -> None:
    body = (
        "Namn                Parti    Röst\n"
        "Anna Ek             S        Ja\n"
        "Bo Berg             M        Nej\n"
        "Eva Ros             V        Avstår\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_letters_under_their_own_columns_in_a_bilaga_for_two_paragraphs() -> None:
    persons = find_persons(MEMBERS)
    items = [
        Item(number="§45", title="Taxa", text="Omröstning begärs, se bilaga 1."),
        Item(number="§47", title="Budget", text="Omröstning begärs, se bilaga 1."),
        Item(number="§48", title="Anmälan", text="Inget.\n\nBilaga 1, Omröstningslista\n"
             "J = Ja, N = Nej, A = Avstår\n§ 45\t§ 47\n"
             "Ledamot\tParti\tErsättare\tJa\tNej\tAvst\tJa\tNej\tAvst\n"
             "Ek, Anna\tS\t\t\tN\t\tJ\n"
             "Berg, Bo\tM\tNord, Fredrik\tJ\t\t\t\t\tA\n"
             "Ros, Eva\tV\t\t\t\tA\t\tN\n"),
    ]  # fmt: skip
    add_votes(items, persons, NameFinder(persons))
    assert [(v.person, v.vote) for v in items[0].votes] == [("Anna Ek", "nej"), ("Fredrik Nord", "ja"),
                                                           ("Eva Ros", "avstår")]  # fmt: skip
    assert [(v.person, v.vote) for v in items[1].votes] == [("Anna Ek", "ja"), ("Fredrik Nord", "avstår"),
                                                           ("Eva Ros", "nej")]  # fmt: skip
    assert items[2].votes == []


def test_a_table_whose_first_page_holds_only_marks_in_the_first_vote_column() -> None:
    """The export drops trailing empty cells: "Anna Ek⇥S⇥X" on the first page is a ja, as the second
    page's rows keep the empty cells before their marks; its header carries the page number."""
    body = (
        "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\nEva Ros\tV\tX\n\n"
        "Ledamot\tParti\tJa\tNej\tAvstår\tSida 3 (4)\nBo Berg\tM\t\tX\n"
        "David Lind\tSD\t\t\tX\nSumma\t\t2\t1\t1\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1),
                            ("David Lind", "avstår", 1)]  # fmt: skip


def test_two_omrostningar_of_a_bilaga_printed_before_their_paragraph() -> None:
    persons = find_persons(MEMBERS)
    table = "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\t{}\nBo Berg\tM\t{}\n"
    items = [
        Item(number="§111", title="Interpellation", text="Interpellationen anses besvarad.\n\nBilaga\n"
             "Omröstning i ärende § 112\nOmröstning 1: Ja = avgöras i dag, Nej = återremiss\n"
             + table.format("X", "\tX") + "Summa: Ja 1, Nej 1\nOmröstning 2: Ja = bifall, Nej = avslag\n"
             + table.format("\tX", "\t\tX") + "Summa: Ja 0, Nej 1, Avstår 1\n"),
        Item(number="§112", title="Förskola", text="Omröstning 1 (se bilaga före denna paragraf)."),
    ]  # fmt: skip
    add_votes(items, persons, NameFinder(persons))
    assert items[0].votes == []
    assert [(v.person, v.vote, v.round) for v in items[1].votes] == [
        ("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Anna Ek", "nej", 2), ("Bo Berg", "avstår", 2)
    ]  # fmt: skip


def test_a_pdf_header_with_party_and_ja_a_word_space_apart() -> None:
    from indexer.read.pdf import pdf_pages
    from tests.test_pdf_layout import _pdf

    head = [(20, "Ledamot"), (70, "Parti"), (80.3, "Ja"), (88, "Nej"), (97, "Avstår")]
    rows = [("Anna Ek", "S", 81), ("Bo Berg", "M", 89), ("Eva Ros", "V", 99)]
    page = [(20, 40, "Omröstning"), *[(x, 50, t) for x, t in head]]
    for i, (name, party, x) in enumerate(rows):
        page += [(20, 57 + 7 * i, name), (70, 57 + 7 * i, party), (x, 57 + 7 * i, "X")]
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert _votes("\n".join(lines)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_a_list_ends_with_its_sentence_when_another_follows_on_the_line() -> None:
    body = "Ja röstar: Anna Ek (S) och Bo Berg (M). Nej röstar: Eva Ros (V). Omröstningen utföll 2–1."
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)]
    body = "Ja-röster: Anna Ek (S), ordf. Bo Berg (M). Nej-röster: Eva Ros (V)."
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)]


def test_an_aligned_header_over_two_lines_with_a_group_per_omrostning() -> None:
    body = (
        "Ledamot          Parti   Omröstning 1        Omröstning 2\n"
        "                         Ja   Nej  Avst     Ja   Nej  Avst\n"
        "Anna Ek          S       X                       X\n"
        "Bo Berg          M            X             X\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Anna Ek", "nej", 2), ("Bo Berg", "nej", 1),
                            ("Bo Berg", "ja", 2)]  # fmt: skip


def test_a_count_before_the_label() -> None:
    body = "27 ja-röster: Anna Ek (S), Bo Berg (M)\n20 nej-röster: Eva Ros (V)\n2 avstår: Fredrik Nord (C)\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1),
                            ("Fredrik Nord", "avstår", 1)]  # fmt: skip
    assert _votes("Omröstningsresultat\n27 ja-röster\n20 nej-röster\nBeslut\nFullmäktige beslutar.\n") == []


_TABLE = "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\t\t\nBo Berg\tM\t\tX\t\n"


def _placed(texts: list[tuple[str, str]]) -> list[tuple[str, list[tuple[str, str]]]]:
    persons = find_persons(MEMBERS)
    items = [Item(number=n, title="Ärende", text=t) for n, t in texts]
    add_votes(items, persons, NameFinder(persons))
    return [(it.number or "", [(v.person, v.vote) for v in it.votes]) for it in items if it.votes]


def test_an_unnumbered_vote_list_at_the_end_goes_to_the_one_item_that_refers_to_it() -> None:
    texts = [("§45", "Omröstning begärs och verkställs (se voteringslista)."), ("§46", "Inget."),
             ("§47", "Slut.\n\nVoteringslista\n" + _TABLE)]  # fmt: skip
    assert _placed(texts) == [("§45", [("Anna Ek", "ja"), ("Bo Berg", "nej")])]
    # an item that prints its own list under the heading keeps it
    texts = [("§45", "Omröstning begärs.\nVoteringslista\n" + _TABLE),
             ("§47", "Omröstning, se voteringslistan."),
             ("§48", "Slut.\n\nVoteringslista\n" + _TABLE.replace("X\t\t\n", "\tX\t\n", 1))]  # fmt: skip
    assert _placed(texts) == [("§45", [("Anna Ek", "ja"), ("Bo Berg", "nej")]),
                              ("§47", [("Anna Ek", "nej"), ("Bo Berg", "nej")])]  # fmt: skip


def test_a_lettered_protokollsbilaga() -> None:
    texts = [("§45", "Omröstning genomförs. Omröstningsresultat, se protokollsbilaga A."), ("§46", "Inget."),
             ("§47", "Slut.\n\nProtokollsbilaga A\nOmröstning\n" + _TABLE)]  # fmt: skip
    assert _placed(texts) == [("§45", [("Anna Ek", "ja"), ("Bo Berg", "nej")])]


def test_an_abstention_as_a_sentence_after_the_lists() -> None:
    body = (
        "Ja-röster: Anna Ek (S), Bo Berg (M)\nNej-röster: Eva Ros (V)\n\n"
        "Fredrik Nord (C) avstår från att rösta.\n\n"
        "Omröstning 2\nJa-röster: Anna Ek (S)\nNej-röster: Bo Berg (M)\nEva Ros (V) avstår från att rösta.\n"
    )
    assert sorted(_votes(body), key=lambda v: v[2]) == [
        ("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1), ("Fredrik Nord", "avstår", 1),
        ("Anna Ek", "ja", 2), ("Bo Berg", "nej", 2), ("Eva Ros", "avstår", 2),
    ]  # fmt: skip
