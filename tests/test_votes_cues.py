"""Vote shapes read from the cues every Swedish vote record shares rather than from one layout: lists
standing side by side in columns, inverted names and the party before or after a name in lists, labels
with a count ("Ja – 2 röster"), a header of Bifall/Avslag, a table split by a running page header, and
jäv."""

from __future__ import annotations

from tests.vote_fixtures import votes_of


def test_two_lists_side_by_side_in_a_text_layout() -> None:
    body = (
        "Omröstningsresultat\n"
        "Ja-röster                          Nej-röster\n"
        "Anna Ek (S)                        Bo Berg (M)\n"
        "Eva Ros (V)                        Cecilia Holm (M)\n"
        "Fredrik Nord (C)\n\n"
        "Med 3 ja-röster mot 2 nej-röster beslutar nämnden enligt förslaget.\n"
    )
    assert sorted(votes_of(body)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1),
                                      ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_three_lists_side_by_side_with_counts_and_tabs() -> None:
    body = (
        "Ja (3)\tNej (2)\tAvstår (1)\n"
        "Anna Ek (S)\tBo Berg (M)\tDavid Lind (SD)\n"
        "Eva Ros (V)\tCecilia Holm (M)\n"
        "Fredrik Nord (C)\n"
    )
    assert sorted(votes_of(body)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1),
                                      ("David Lind", "avstår", 1), ("Eva Ros", "ja", 1),
                                      ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_a_list_column_left_empty_on_the_first_row() -> None:
    body = (
        "Ja                       Nej                      Avstår\n"
        "Anna Ek (S)                                       David Lind (SD)\n"
        "Eva Ros (V)              Bo Berg (M)\n"
    )
    assert sorted(votes_of(body)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1),
                                      ("David Lind", "avstår", 1), ("Eva Ros", "ja", 1)]  # fmt: skip


def test_inverted_names_in_lists() -> None:
    body = "Ja: Berg, Bo (M); Holm, Cecilia (M)\nNej: Ek, Anna (S); Ros, Eva (V)\n"
    assert votes_of(body) == [("Bo Berg", "ja", 1), ("Cecilia Holm", "ja", 1), ("Anna Ek", "nej", 1),
                              ("Eva Ros", "nej", 1)]  # fmt: skip


def test_a_label_with_a_written_count_and_names_with_a_party_after_a_comma() -> None:
    body = "Ja – 2 röster\nAnna Ek, S\nEva Ros, V\nNej – 1 röst\nBo Berg, M\n\nBeslut enligt förslag."
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1)]


def test_the_party_before_the_name_in_a_list() -> None:
    body = "Ja-röster:\nS Anna Ek\nV Eva Ros\nNej-röster:\nM Bo Berg\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1)]


def test_a_header_of_bifall_and_avslag() -> None:
    body = "Ledamöter\tBifall\tAvslag\nAnna Ek (S)\tX\t\nBo Berg (M)\t\tX\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1)]


def test_a_running_page_header_inside_a_table() -> None:
    body = (
        "Ledamot\tJa\tNej\tAvstår\nAnna Ek (S)\tX\t\t\nBo Berg (M)\t\tX\t\n\n"
        "Exempelby kommun\tProtokoll\t2025-03-12\tSida 5 (12)\n"
        "Kommunfullmäktige\n\n"
        "Eva Ros (V)\t\t\tX\nDavid Lind (SD)\t\tX\t\nSumma\t1\t2\t1\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1),
                              ("David Lind", "nej", 1)]  # fmt: skip


def test_jav_is_no_vote() -> None:
    body = "Ledamot\tJa\tNej\tAvstår\tJäv\nAnna Ek (S)\tX\t\t\t\nBo Berg (M)\t\t\t\tX\nEva Ros (V)\t\tX\t\t\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "nej", 1)]
    body = "Ledamot\tRöst\nAnna Ek (S)\tJa\nBo Berg (M)\tJäv\nEva Ros (V)\tNej\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "nej", 1)]


def test_vote_labels_set_close_together_in_a_pdf_are_columns_each() -> None:
    from indexer.read.pdf import pdf_pages
    from tests.test_pdf_layout import _pdf

    head = [(20, "Ledamot"), (45, "Parti"), (62, "Ja"), (72, "Nej"), (81, "Avst")]  # "Nej Avst": a narrow gap
    rows = [(20, 57, "Anna Ek"), (46, 57, "S"), (73, 57, "X"), (20, 64, "Bo Berg"), (46, 64, "M"),
            (83, 64, "X"), (20, 71, "Eva Ros"), (46, 71, "V"), (62, 71, "X")]  # fmt: skip
    page = [(20, 40, "Omröstning"), *[(x, 50, t) for x, t in head], *rows, (20, 85, "Beslut")]
    text = "\n".join(pdf_pages(_pdf([page])).pages[0].lines)
    assert votes_of(text) == [("Anna Ek", "nej", 1), ("Bo Berg", "avstår", 1), ("Eva Ros", "ja", 1)]


def test_names_with_diacritics_and_a_scan_that_kept_the_first_name_alone() -> None:
    from indexer.entities.people import NameFinder, find_persons
    from indexer.entities.votes import find_votes

    members = "Beslutande\nMirza Hodžić (S)\nŁukasz Nowak (M)\nAnna Ek (S)\n\n"
    body = "Ledamot\tParti\tJa\tNej\nŁukasz Nowak\tM\tX\t\nMirza\tS\t\tX\nAnna Ek\tS\t\tX\n"
    finder = NameFinder(find_persons(members + body))
    got = [(v.person, v.vote) for v in find_votes(body, finder)]
    assert got == [("Łukasz Nowak", "ja"), ("Mirza Hodžić", "nej"), ("Anna Ek", "nej")]


def test_names_printed_surname_first_without_a_comma() -> None:
    body = "Ja: Ek Anna, Berg Bo, Ros Eva\nNej: Holm Cecilia\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "ja", 1),
                              ("Cecilia Holm", "nej", 1)]  # fmt: skip


def test_an_aligned_table_going_on_under_an_ersattare_subheading() -> None:
    body = (
        "Omröstning\n\n"
        "Ledamöter                 Ja     Nej    Avstår\n"
        "Anna Ek (S)               X\n"
        "Bo Berg (M)                      X\n\n"
        "Tjänstgörande ersättare\n"
        "Fredrik Nord (C)                        X\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Fredrik Nord", "avstår", 1)]


def test_votes_given_by_and_lists_grouped_under_party_names() -> None:
    body = (
        "Ja-röster avgavs av Anna Ek (S), Eva Ros (V) och Fredrik Nord (C). Nej-röster avgavs av Bo Berg (M) "
        "och Cecilia Holm (M)."
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1),
                              ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1)]  # fmt: skip
    body = "Ja-röster: Socialdemokraterna: Anna Ek; Vänsterpartiet: Eva Ros\nNej-röster: Moderaterna: Bo Berg"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1)]


def test_a_header_over_two_rows_in_a_pdf() -> None:
    from indexer.read.pdf import pdf_pages
    from tests.test_pdf_layout import _pdf

    rows = [(20, 64, "Anna Ek"), (60, 64, "S"), (81, 64, "X"), (20, 71, "Bo Berg"), (60, 71, "M"),
            (94, 71, "X"), (20, 78, "Eva Ros"), (60, 78, "V"), (107, 78, "X"), (20, 92, "Slut")]  # fmt: skip
    votes = [(80, "Ja"), (92, "Nej"), (104, "Avstår")]
    # the vote columns' labels one row lower, the party's on either row
    for upper, lower in (([(20, "Ledamot"), (60, "Parti"), (82, "Omröstning")], votes),
                         ([(20, "Ledamot"), (82, "Omröstning")], [(60, "Parti"), *votes])):  # fmt: skip
        head = [*[(x, 50, t) for x, t in upper], *[(x, 56, t) for x, t in lower]]
        page = [(20, 40, "Omröstning"), *head, *rows]
        text = "\n".join(pdf_pages(_pdf([page])).pages[0].lines)
        assert votes_of(text) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_a_list_broken_by_a_page_with_its_running_header_and_foot() -> None:
    foot = "Justerandes signatur             Utdragsbestyrkande\n"
    head = "Exempelby kommun                 Sammanträdesprotokoll               6 (12)\n"
    body = (
        "Ja-röster:\nAnna Ek (S)\nEva Ros (V)\n\n" + foot + head + "Kommunfullmäktige        2025-03-12\n\n"
        "Fredrik Nord (C)\nNej-röster:\nBo Berg (M)\n" + foot + head + "Cecilia Holm (M)\n\nBeslut\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1),
                              ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1)]  # fmt: skip


def test_numbered_vote_lists_go_to_the_item_that_refers_to_them() -> None:
    from indexer.entities.people import NameFinder, find_persons
    from indexer.entities.votes import add_votes
    from indexer.types import Item
    from tests.vote_fixtures import MEMBERS

    table = "Ledamot\tJa\tNej\nAnna Ek (S)\t{a}\t{b}\nBo Berg (M)\t{b}\t{a}\n"
    items = [
        Item(number="§7", title="Budget", text="Votering begärs. Resultatet framgår av voteringslista nr 2."),
        Item(number="§8", title="Taxa", text="Omröstning, se voteringslista 1."),
        Item(
            number="§9",
            title="Voteringslistor",
            text="Ja-röster: Bo Berg (M).\nNej-röster: Anna Ek (S).\n\nVoteringslista nr 1\n"
            + table.format(a="X", b="") + "\nVoteringslista nr 2\n"
            + table.format(a="", b="X") + "\nVoteringslista nr 3\n" + table.format(a="X", b=""),
        ),
    ]  # fmt: skip
    persons = find_persons(MEMBERS)
    add_votes(items, persons, NameFinder(persons))
    got = [[(v.person, v.vote, v.round) for v in it.votes] for it in items]
    assert got[0] == [("Anna Ek", "nej", 1), ("Bo Berg", "ja", 1)]
    assert got[1] == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1)]
    # a list no item refers to stays where it is printed, after the item's own omröstning
    assert sorted(got[2], key=lambda v: v[2]) == [("Bo Berg", "ja", 1), ("Anna Ek", "nej", 1),
                                                  ("Anna Ek", "ja", 2), ("Bo Berg", "nej", 2)]  # fmt: skip


def test_a_voteringslista_with_a_column_per_paragraph() -> None:
    from indexer.entities.people import NameFinder, find_persons
    from indexer.entities.votes import add_votes
    from indexer.types import Item
    from tests.vote_fixtures import MEMBERS

    words = "Ledamot\tParti\tVotering § 45\tVotering § 48\nAnna Ek\tS\tJa\tNej\nBo Berg\tM\tNej\tJa\n"
    marks = (
        "\tVotering § 45\t\t\tVotering § 48\n"
        "Ledamot\tJa\tNej\tAvstår\tJa\tNej\tAvstår\nAnna Ek (S)\tX\t\t\t\tX\t\nBo Berg (M)\t\tX\t\tX\t\t\n"
    )
    for table in (words, marks):
        items = [Item(number="§45", title="Budget", text="Votering."),
                 Item(number="§48", title="Taxa", text="Votering."),
                 Item(number="§50", title="Voteringslista", text="Voteringslista\n" + table)]  # fmt: skip
        persons = find_persons(MEMBERS)
        add_votes(items, persons, NameFinder(persons))
        got = [[(v.person, v.vote, v.round) for v in it.votes] for it in items]
        assert got == [[("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1)],
                       [("Anna Ek", "nej", 1), ("Bo Berg", "ja", 1)], []]  # fmt: skip


def test_marks_centred_or_right_aligned_under_wide_headers() -> None:
    body = (
        "Ledamot            Ja-röster   Nej-röster   Avstående\n"
        "Anna Ek (S)                X\n"
        "Bo Berg (M)                           X\n"
        "Eva Ros (V)                                     X\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_lists_side_by_side_in_a_pdf_keep_a_name_under_its_label() -> None:
    from indexer.read.pdf import pdf_pages
    from tests.test_pdf_layout import _pdf

    rows = [(20, 50, "Ja-röster (2)"), (80, 50, "Nej-röster (2)"), (140, 50, "Avstår (1)"),
            (20, 56, "Anna Ek (S)"), (80, 56, "Bo Berg (M)"), (140, 56, "David Lind (SD)"),
            (80, 62, "Cecilia Holm (M)"), (20, 68, "Fredrik Nord (C)")]  # fmt: skip
    text = "\n".join(pdf_pages(_pdf([[(20, 30, "Omröstning"), *rows, (20, 85, "Beslut")]])).pages[0].lines)
    assert sorted(votes_of(text)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1),
                                      ("David Lind", "avstår", 1), ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_vote_column_headers_with_their_counts() -> None:
    body = "Ledamot\tJa (2)\tNej (1)\tAvstår (0)\nAnna Ek (S)\tX\t\t\nBo Berg (M)\t\tX\t\nEva Ros (V)\tX\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "ja", 1)]


def test_an_html_header_over_two_rows_with_rowspan() -> None:
    from indexer.read.html import html_to_text

    html = (
        "<table><tr><th rowspan=2>Ledamot</th><th rowspan=2>Parti</th><th colspan=3>Omröstning</th></tr>"
        "<tr><th>Ja</th><th>Nej</th><th>Avstår</th></tr>"
        "<tr><td>Anna Ek</td><td>S</td><td>X</td><td></td><td></td></tr>"
        "<tr><td>Bo Berg</td><td>M</td><td></td><td>X</td><td></td></tr>"
        "<tr><td>Eva Ros</td><td>V</td><td></td><td></td><td>X</td></tr></table>"
    )
    got = votes_of(html_to_text(html))
    assert got == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_a_member_replaced_by_an_ersattare_named_after_them() -> None:
    body = "Ja-röster: Anna Ek (S), Bo Berg (M) ersatt av Fredrik Nord (C), Eva Ros (V)\nNej: Cecilia Holm"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Fredrik Nord", "ja", 1), ("Eva Ros", "ja", 1),
                              ("Cecilia Holm", "nej", 1)]  # fmt: skip
    body = "Ledamot\tJa\tNej\nAnna Ek (S)\tX\t\nBo Berg (M), ersatt av Eva Ros (V)\t\tX\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "nej", 1)]


def test_voters_with_their_roles_and_a_label_in_a_cell_of_its_own() -> None:
    body = (
        "Ja-röster: Anna Ek (S) ordförande, Eva Ros (V), Bo Berg (M) 1:e vice ordförande\n"
        "Nej-röster: Cecilia Holm (M), tjänstgörande ersättare\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "ja", 1),
                              ("Cecilia Holm", "nej", 1)]  # fmt: skip
    body = "Omröstningsresultat\nJa\tAnna Ek (S), Eva Ros (V)\nNej\tBo Berg (M)\nAvstår\tDavid Lind (SD)\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1),
                              ("David Lind", "avstår", 1)]  # fmt: skip


def test_vote_words_that_lost_their_a_ring_and_o_umlaut() -> None:
    body = "JA-ROSTER (2): Anna Ek (S), Eva Ros (V)\nNEJ-ROSTER (1): Bo Berg (M)\nAVSTAR (1): David Lind (SD)"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1),
                              ("David Lind", "avstår", 1)]  # fmt: skip
    body = "Ledamot\tRost\nAnna Ek (S)\tJa\nEva Ros (V)\tAvstar\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "avstår", 1)]


def test_a_party_for_all_the_names_before_it() -> None:
    body = "Ja-röster: Anna Ek och Eva Ros (båda S)\nNej-röster: Bo Berg och Cecilia Holm (alla M)\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1),
                              ("Cecilia Holm", "nej", 1)]  # fmt: skip


def test_a_table_summed_up_as_lists_is_one_omrostning() -> None:
    body = (
        "Omröstning\nLedamot\tJa\tNej\nAnna Ek (S)\tX\t\nEva Ros (V)\tX\t\nBo Berg (M)\t\tX\n\n"
        "Ja-röster (2): Anna Ek (S), Eva Ros (V)\nNej-röster (1): Bo Berg (M)\n\n"
        "Omröstning 2\nJa-röster: Bo Berg (M)\nNej-röster: Anna Ek (S), Eva Ros (V)\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1),
                              ("Bo Berg", "ja", 2), ("Anna Ek", "nej", 2), ("Eva Ros", "nej", 2)]  # fmt: skip


def test_a_bilaga_naming_its_paragraph_and_an_ersattare_for_a_member_in_one_cell() -> None:
    from indexer.entities.people import NameFinder, find_persons
    from indexer.entities.votes import add_votes
    from indexer.types import Item
    from tests.vote_fixtures import MEMBERS

    table = "Ledamot\tJa\tNej\nAnna Ek (S)\tX\t\nFredrik Nord (C) för Bo Berg (M)\t\tX\n"
    items = [Item(number="§43", title="Budget", text="Omröstning begärs och verkställs."),
             Item(number="§44", title="Taxa", text="Beslut enligt förslaget.\n\nBilaga 1 till "
                  "kommunfullmäktiges protokoll § 43\n" + table)]  # fmt: skip
    persons = find_persons(MEMBERS)
    add_votes(items, persons, NameFinder(persons))
    assert [(v.person, v.vote) for v in items[0].votes] == [("Anna Ek", "ja"), ("Fredrik Nord", "nej")]
    assert items[1].votes == []


def test_names_surname_first_in_table_cells_and_voter_lines() -> None:
    body = "Ledamot\tJa\tNej\nEk Anna\tX\t\nBerg Bo\t\tX\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1)]
    body = "Omröstningsresultat\nEk Anna (S)   Ja\nBerg Bo (M)   Nej\n"
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1)]


def test_a_table_naming_its_own_paragraph_and_a_list_after_it_are_two_omrostningar() -> None:
    from indexer.entities.people import NameFinder, find_persons
    from indexer.entities.votes import add_votes
    from indexer.types import Item
    from tests.vote_fixtures import MEMBERS

    text = (
        "Omröstning § 43\nLedamot\tJa\tNej\nAnna Ek (S)\tX\t\nBo Berg (M)\t\tX\n\n"
        "Omröstning 2\nJa-röster: Bo Berg (M)\nNej-röster: Anna Ek (S)\n"
    )
    items = [Item(number="§ 43", title="Budget", text=text)]
    persons = find_persons(MEMBERS)
    add_votes(items, persons, NameFinder(persons))
    assert [(v.person, v.vote, v.round) for v in items[0].votes] == [
        ("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Bo Berg", "ja", 2), ("Anna Ek", "nej", 2)]  # fmt: skip


def test_vote_headers_saying_what_the_vote_stands_for() -> None:
    # "Ja (bifall)" / "Nej (avslag)": the bracket says what the vote means, it is no count
    body = (
        "Ledamot/tjänstgörande ersättare    Parti  Ja (bifall)   Nej (avslag)   Avstår\n"
        "Anna Ek (S)                          S         X\n"
        "Bo Berg (M)                          M                       X\n"
        "Eva Ros (V)                          V                                    X\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_a_voteringslista_with_two_columns_for_one_paragraph() -> None:
    # a § voted on twice (återremiss first, then the matter) prints a column per omröstning: each is a
    # round of that §, in column order
    from indexer.entities.people import NameFinder, find_persons
    from indexer.entities.votes import add_votes
    from indexer.types import Item
    from tests.vote_fixtures import MEMBERS

    table = (
        "| Ledamot | Parti | Votering § 12 | Votering § 14 | Votering § 14 |\n"
        "|---|---|---|---|---|\n"
        "| Anna Ek | S | Ja | Ja | Nej |\n"
        "| Bo Berg | M | Nej | Ja | Ja |\n"
    )
    items = [Item(number="§12", title="Budget", text="Votering."),
             Item(number="§14", title="Taxa", text="Votering två gånger."),
             Item(number="§15", title="Voteringslista", text="Voteringslista\n" + table)]  # fmt: skip
    persons = find_persons(MEMBERS)
    add_votes(items, persons, NameFinder(persons))
    got = [sorted((v.round, v.person, v.vote) for v in it.votes) for it in items]
    assert got == [[(1, "Anna Ek", "ja"), (1, "Bo Berg", "nej")],
                   [(1, "Anna Ek", "ja"), (1, "Bo Berg", "ja"), (2, "Anna Ek", "nej"), (2, "Bo Berg", "ja")],
                   []]  # fmt: skip


def test_a_voteringslista_printed_in_two_halves_side_by_side() -> None:
    # the same § over both halves of the list is one omröstning, not two
    from indexer.entities.people import NameFinder, find_persons
    from indexer.entities.votes import add_votes
    from indexer.types import Item
    from tests.vote_fixtures import MEMBERS

    table = "Namn\tParti\tVotering § 12\tNamn\tParti\tVotering § 12\nAnna Ek\tS\tJa\tBo Berg\tM\tNej\n"
    items = [Item(number="§12", title="Budget", text="Votering."),
             Item(number="§15", title="Voteringslista", text="Voteringslista\n" + table)]  # fmt: skip
    persons = find_persons(MEMBERS)
    add_votes(items, persons, NameFinder(persons))
    assert sorted((v.round, v.person, v.vote) for v in items[0].votes) == [
        (1, "Anna Ek", "ja"),
        (1, "Bo Berg", "nej"),
    ]
    assert items[1].votes == []
