"""More printed shapes of roll-call votes than `test_votes` covers, each on a small text: label forms of
lists ("Ja-röster för …:", "Röstade nej:", "Ja röstade Anna Ek …" without a colon, a count after the
who), a list broken by a page, a voter per line with the vote word, table headers "För/Emot", a vote word
under its own column, a table whose name column has no header, a two-column roll call, surnames alone."""

from __future__ import annotations

from indexer.entities.people import NameFinder, find_persons
from tests.vote_fixtures import MEMBERS
from tests.vote_fixtures import votes_of as _votes


def test_labels_with_a_proposition_or_a_count_after_the_who() -> None:
    body = (
        "Ja-röster för kommunstyrelsens förslag: Anna Ek (S), Eva Ros (V)\n"
        "Nej-röster för Bo Bergs (M) yrkande: Bo Berg (M)\n"
        "Följande ledamöter avstod (1): David Lind (SD)\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1),
                            ("David Lind", "avstår", 1)]  # fmt: skip


def test_voted_verb_first_and_without_a_colon() -> None:
    body = "Röstade ja: Anna Ek (S), Bo Berg (M).\nRöstade nej: Eva Ros (V)."
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)]
    body = "Ja röstade Anna Ek (S), Bo Berg (M) och Cecilia Holm (M). Nej röstade Eva Ros (V)."
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Cecilia Holm", "ja", 1),
                            ("Eva Ros", "nej", 1)]  # fmt: skip
    body = "Ledamöterna som röstade nej: Eva Ros (V), Fredrik Nord (C)."
    assert _votes(body) == [("Eva Ros", "nej", 1), ("Fredrik Nord", "nej", 1)]


def test_a_proposition_sentence_names_no_voter() -> None:
    body = (
        "Omröstning: Ja-röst för kommunstyrelsens förslag, nej-röst för Bo Bergs (M) yrkande.\n"
        "Ja-röst för bifall till Anna Eks (S) yrkande\nNej-röst för bifall till Bo Bergs (M) yrkande\n"
    )
    assert _votes(body) == []


def test_a_list_broken_by_a_page() -> None:
    body = (
        "Ja-röster:\nAnna Ek (S)\nEva Ros (V)\n\n§ 12 (forts.)\n\nFredrik Nord (C)\n"
        "Nej-röster:\nBo Berg (M)\n\nBeslut\nNämnden beslutar enligt förslaget.\n\n"
        "Cecilia Holm (M) yrkar avslag.\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1),
                            ("Bo Berg", "nej", 1)]  # fmt: skip


def test_a_voter_per_line_with_the_vote_word() -> None:
    body = (
        "Omröstningsresultat\nAnna Ek (S)   Ja\nBo Berg (M)   Nej\nEva Ros (V)   Avstår\n\n"
        "Omröstning 2\nAnna Ek (S) – nej\nBo Berg (M) – ja\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1),
                            ("Anna Ek", "nej", 2), ("Bo Berg", "ja", 2)]  # fmt: skip


def test_one_line_ending_in_ja_is_no_vote() -> None:
    assert _votes("Fråga om Anna Ek (S) ska ersättas besvaras med ja\n") == []


def test_for_and_emot_columns_and_vote_words_under_their_columns() -> None:
    body = "Ledamot\tFör\tEmot\tAvstår\nAnna Ek (S)\tX\t\t\nBo Berg (M)\t\tX\t\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1)]
    body = "Ledamot\tJa\tNej\tAvstår\nAnna Ek (S)\tJa\t\t\nBo Berg (M)\t\tNej\t\nEva Ros (V)\t\t\tAvstår\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_aligned_table_whose_name_column_has_no_header() -> None:
    body = (
        "                     Ja    Nej    Avstår\n"
        "Anna Ek (S)          X\n"
        "Bo Berg (M)                X\n"
        "Eva Ros (V)                       X\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_two_column_roll_call() -> None:
    body = (
        "Ledamot\tJa\tNej\tAvstår\tLedamot\tJa\tNej\tAvstår\n"
        "Anna Ek (S)\tX\t\t\tBo Berg (M)\t\tX\t\n"
        "Eva Ros (V)\t\t\tX\tDavid Lind (SD)\t\tX\t\n"
    )
    assert sorted(_votes(body)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("David Lind", "nej", 1),
                                    ("Eva Ros", "avstår", 1)]  # fmt: skip


def test_surnames_alone_name_the_one_member_of_that_party() -> None:
    body = "Ledamot\tJa\tNej\nEk (S)\tX\t\nBerg (M)\t\tX\nHolm (M)\t\tX\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1)]
    body = "Ja-röster: Ek (S), Ros (V).\nNej-röster: Berg (M)."
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1)]


def test_html_cell_spanning_columns_keeps_the_marks_in_their_columns() -> None:
    from indexer.read.html import html_to_text

    html = (
        "<table><tr><th>Ledamot</th><th>Parti</th><th>Ja</th><th>Nej</th></tr>"
        "<tr><td colspan='2'>Anna Ek (S)</td><td></td><td>X</td></tr>"
        "<tr><td>Bo Berg</td><td>M</td><td>X</td><td></td></tr></table>"
    )
    assert _votes(html_to_text(html)) == [("Anna Ek", "nej", 1), ("Bo Berg", "ja", 1)]


def test_a_voteringslista_with_a_column_per_votering() -> None:
    body = (
        "Ledamot\tParti\tVotering 1\tVotering 2\n"
        "Anna Ek\tS\tJa\tNej\nBo Berg\tM\tN\tJ\nEva Ros\tV\tA\tFrånv.\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Anna Ek", "nej", 2), ("Bo Berg", "nej", 1),
                            ("Bo Berg", "ja", 2), ("Eva Ros", "avstår", 1)]  # fmt: skip


def test_a_vote_table_in_a_bilaga_goes_to_the_item_that_refers_to_it() -> None:
    from indexer.entities.votes import add_votes
    from indexer.types import Item

    persons = find_persons(MEMBERS)
    items = [
        Item(number="§7", title="Budget", text="Votering. Hur var och en röstat framgår av\nbilaga 1."),
        Item(number="§8", title="Taxa", text="Nämnden beslutar enligt bilaga 2."),
        Item(
            number="§9",
            title="Övrigt",
            text="Inget.\n\nBilaga 1 – Närvaro- och omröstningslista\nLedamot\tJa\tNej\nAnna Ek (S)\tX\t\n",
        ),
    ]
    add_votes(items, persons, NameFinder(persons))
    assert [(v.person, v.vote) for v in items[0].votes] == [("Anna Ek", "ja")]
    assert items[2].votes == []


def test_a_name_column_names_voters_whatever_their_first_names() -> None:
    body = "Ledamot\tParti\tJa\tNej\nZeljko Nikolic\tS\tX\t\nAnna Ek\tS\t\tX\n"
    assert _votes(body) == [("Zeljko Nikolic", "ja", 1), ("Anna Ek", "nej", 1)]


def test_a_two_column_roll_call_in_a_pdf() -> None:
    from indexer.read.pdf import pdf_pages
    from tests.test_pdf_layout import _pdf

    head = [(20, "Ledamot"), (62, "Ja"), (74, "Nej"), (86, "Avstår"), (112, "Ledamot"), (155, "Ja"),
            (167, "Nej"), (179, "Avstår")]  # fmt: skip
    rows = [(20, 57, "Anna Ek (S)"), (63, 57, "X"), (112, 57, "Bo Berg (M)"), (168, 57, "X"),
            (20, 64, "Eva Ros (V)"), (88, 64, "X"), (112, 64, "David Lind (SD)"), (156, 64, "X")]  # fmt: skip
    page = [(20, 40, "Omröstning"), *[(x, 50, t) for x, t in head], *rows, (20, 80, "Beslut")]
    text = "\n".join(pdf_pages(_pdf([page])).pages[0].lines)
    assert sorted(_votes(text)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("David Lind", "ja", 1),
                                    ("Eva Ros", "avstår", 1)]  # fmt: skip


def test_name_vote_pairs_in_a_sentence() -> None:
    body = "Omröstningsresultat: Anna Ek (S) ja, Bo Berg (M) nej, Eva Ros (V) avstår och David Lind (SD) nej."
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1),
                            ("David Lind", "nej", 1)]  # fmt: skip
    assert _votes("Frågan om Anna Ek (S) ja eller nej avgörs senare. Bo Berg (M) nej.") == []


def test_the_member_an_ersattare_replaced_casts_no_vote() -> None:
    body = "Ja-röster: Anna Ek (S), Fredrik Nord (C) ersättare för Bo Berg (M).\nNej-röster: Eva Ros (V)."
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Fredrik Nord", "ja", 1), ("Eva Ros", "nej", 1)]
    body = "Ledamot\tJa\tNej\nFredrik Nord (C), tjg. ers. för Bo Berg (M)\tX\t\nEva Ros (V)\t\tX\n"
    assert _votes(body) == [("Fredrik Nord", "ja", 1), ("Eva Ros", "nej", 1)]


def test_a_vote_appendix_for_another_paragraph_gives_this_item_no_actions() -> None:
    from indexer.entities.votes import appendix_start

    text = (
        "Kommunfullmäktige beslutar att frågan är besvarad.\n\nBilaga 1 – Närvaro- och omröstningslista\n"
        "Omröstning § 37. Ja = bifall till Anna Eks (S) yrkande, Nej = bifall till Bo Bergs (M) yrkande.\n"
    )
    assert text[appendix_start(text, "§40") :].startswith("Bilaga 1")
    assert appendix_start(text, "§ 37") == len(text)


def test_a_list_grouped_by_party() -> None:
    body = "Ja-röster: M: Bo Berg, Cecilia Holm; S: Anna Ek\nNej-röster:\nV: Eva Ros\nSD: David Lind\n"
    assert _votes(body) == [("Bo Berg", "ja", 1), ("Cecilia Holm", "ja", 1), ("Anna Ek", "ja", 1),
                            ("Eva Ros", "nej", 1), ("David Lind", "nej", 1)]  # fmt: skip


def test_a_list_omrostning_printed_above_a_table_omrostning_comes_first() -> None:
    body = (
        "Omröstning 1\nJa-röster: Anna Ek (S), Eva Ros (V)\nNej-röster: Bo Berg (M)\n\n"
        "Omröstning 2\nLedamot\tJa\tNej\nAnna Ek (S)\t\tX\nBo Berg (M)\tX\t\n"
    )
    assert sorted(_votes(body), key=lambda v: (v[2], v[0])) == [
        ("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "ja", 1),
        ("Anna Ek", "nej", 2), ("Bo Berg", "ja", 2),
    ]  # fmt: skip


def test_a_voter_per_paragraph_as_word_or_html_print_a_list() -> None:
    body = "Ja-röster\n\nAnna Ek\n\nEva Ros\n\nNej-röster\n\nBo Berg\n\nBeslut\n\nNämnden beslutar."
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1)]


def test_counts_written_out_after_a_label_and_vote_words_with_a_note() -> None:
    body = "Ja 2 röster: Anna Ek (S), Eva Ros (V)\nNej 1:\nBo Berg (M)\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1)]
    body = "Namn\tRöst\nAnna Ek (S)\tJa (bifall)\nBo Berg (M)\tNej-röst\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1)]


def test_name_vote_pairs_in_two_columns_of_a_text_layout() -> None:
    body = "Anna Ek (S)        Ja          Bo Berg (M)        Nej\nEva Ros (V)        Avstår\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_an_attendance_and_vote_list_before_the_items_goes_to_the_paragraph_it_names() -> None:
    from indexer.entities.votes import add_votes
    from indexer.types import Item

    preamble = (
        "Närvaro- och omröstningslista\nFörkortningar: N = närvarande. X anger hur ledamoten röstat vid "
        "omröstning i\n§ 182.\nLedamöter\tParti\tNärv.\tJa\tNej\tAvstår\nAnna Ek, ordförande\tS\tN\tX\n"
        "Bo Berg\tM\tN\t\tX\nFredrik Nord\tC\t-\nViktor Nyhlén (ersätter Fredrik Nord)\tC\tTj\t\t\tX\n"
        "Summa\t\t\t1\t1\t1\n"
    )
    persons = find_persons(MEMBERS + preamble)
    items = [Item(number="§181", title="Delår", text="Inget."),
             Item(number="§182", title="Budget", text="Se listan.")]  # fmt: skip
    add_votes(items, persons, NameFinder(persons), preamble)
    assert [(v.person, v.vote) for v in items[1].votes] == [("Anna Ek", "ja"), ("Bo Berg", "nej"),
                                                           ("Viktor Nyhlén", "avstår")]  # fmt: skip
    assert items[0].votes == []


def test_a_pdf_vote_table_with_two_labels_set_close_and_an_ersattare_column() -> None:
    """The labels "Parti" and "Ersättare" set closer than a cell gap are two columns, so each X stays under
    its vote and the ersättare who served casts it."""
    from indexer.read.pdf import pdf_pages
    from tests.test_pdf_layout import _pdf

    head = [(20, "Namn"), (70, "Parti"), (81.8, "Ersättare"), (130, "Ja"), (145, "Nej"), (160, "Avstår")]
    rows = [("Anna Ek", "S", None, 131), ("Bo Berg", "M", None, 146),
            ("Cecilia Holm", "M", "Fredrik Nord", 146), ("Eva Ros", "V", None, 161)]  # fmt: skip
    page = [(20, 40, "Omröstning"), *[(x, 50, t) for x, t in head]]
    for i, (name, party, served, x) in enumerate(rows):
        page += [(20, 57 + 7 * i, name), (70, 57 + 7 * i, party), (x, 57 + 7 * i, "X")]
        page += [(81.8, 57 + 7 * i, served)] if served else []
    lines = pdf_pages(_pdf([page])).pages[0].lines
    assert "Namn\tParti\tErsättare\tJa\tNej\tAvstår" in lines
    expected = [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1),
                ("Fredrik Nord", "nej", 1)]  # fmt: skip
    assert sorted(_votes("\n".join(lines))) == expected


def test_two_halves_of_an_aligned_text_table_with_vote_labels_one_space_apart() -> None:
    body = (
        "Omröstningslista\n"
        "Ledamot         Ja Nej Avstår      Ledamot            Ja Nej Avstår\n"
        "Anna Ek (S)     X                  David Lind (SD)       X\n"
        "Bo Berg (M)        X               Eva Ros (V)               X\n"
        "Cecilia Holm (M)   X               Fredrik Nord (C)   X\n"
    )
    assert sorted(_votes(body)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1),
                                    ("David Lind", "nej", 1), ("Eva Ros", "avstår", 1),
                                    ("Fredrik Nord", "ja", 1)]  # fmt: skip
