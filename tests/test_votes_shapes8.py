"""Vote shapes of the eighth round, each written as a small snippet: vote columns headed by their initials
(J / N / A), the vote columns printed before the names, "Avstår gör X", votes in prose with the vote
after the names or after the verb, proposal labels without a propositionsordning, a vote heading that
names its item as "ärende 45" rather than "§ 45"."""

from __future__ import annotations

from indexer.entities.absence import absent_spans
from indexer.entities.people import NameFinder, find_persons
from indexer.entities.votes import add_votes
from indexer.types import Item
from tests.vote_fixtures import MEMBERS
from tests.vote_fixtures import votes_of as _votes

_ALL_THREE = [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_vote_columns_headed_by_initials_with_tabs() -> None:
    body = (
        "Votering avser § 12. J = ja, N = nej, A = avstår.\n"
        "Ledamot\tParti\tAnm.\tJ\tN\tA\n"
        "Ek, Anna\tS\tordf\tX\t\t\nBerg, Bo\tM\t\t\tX\t\nRos, Eva\tV\ttjg ers\t\t\tX\n"
    )
    assert _votes(body) == _ALL_THREE


def test_vote_columns_headed_by_initials_aligned_with_spaces() -> None:
    body = (
        "Ledamot          Parti   J   N   A\n"
        "Anna Ek          S       X\n"
        "Bo Berg          M           X\n"
        "Eva Ros          V               X\n"
    )
    assert _votes(body) == _ALL_THREE


def test_initials_in_two_halves_side_by_side() -> None:
    body = (
        "Ledamot\tParti\tJ\tN\tA\tLedamot\tParti\tJ\tN\tA\n"
        "Ek, Anna\tS\tX\t\t\tRos, Eva\tV\t\t\tX\n"
        "Berg, Bo\tM\t\tX\t\tNord, Fredrik\tC\tX\n"
    )
    assert sorted(_votes(body)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1),
                                    ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_a_lone_n_or_a_column_is_no_vote_header() -> None:
    # "N" (a presence code) without a "J" beside it heads no vote column
    body = "Ledamot\tParti\tN\tA\nAnna Ek\tS\tX\t\nBo Berg\tM\t\tX\n"
    assert _votes(body) == []


def test_marks_before_the_name_with_tabs() -> None:
    body = "Ja\tNej\tAvstår\tLedamot\tParti\nX\t\t\tAnna Ek\tS\n\tX\t\tBo Berg\tM\n\t\tX\tEva Ros\tV\n"
    assert _votes(body) == _ALL_THREE


def test_marks_before_the_name_aligned_with_spaces() -> None:
    body = (
        "Ja   Nej   Avstår   Ledamot\n"
        "X                   Anna Ek (S)\n"
        "     X              Bo Berg (M)\n"
        "           X        Eva Ros (V)\n"
    )
    assert _votes(body) == _ALL_THREE


def test_marks_before_the_name_in_two_halves() -> None:
    body = (
        "J\tN\tA\tLedamot\tJ\tN\tA\tLedamot\n"
        "X\t\t\tAnna Ek (S)\t\t\tX\tEva Ros (V)\n"
        "\tX\t\tBo Berg (M)\tX\t\t\tFredrik Nord (C)\n"
    )
    assert sorted(_votes(body)) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1),
                                    ("Fredrik Nord", "ja", 1)]  # fmt: skip


def test_initials_one_space_apart_in_a_text_layout() -> None:
    body = (
        "Ledamot            Parti    J N A\n"
        "Anna Ek            S        X\n"
        "Bo Berg            M          X\n"
        "Eva Ros            V            X\n"
    )
    assert _votes(body) == _ALL_THREE


def test_avstar_gor_after_lists_and_after_bare_labels() -> None:
    body = "Ja röstar Anna Ek (S) och Bo Berg (M). Nej röstar Eva Ros (V). Avstår gör Fredrik Nord (C).\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1),
                            ("Fredrik Nord", "avstår", 1)]  # fmt: skip
    body = (
        "Ja-röster: Anna Ek (S)\nNej-röster: Eva Ros (V)\n"
        "Avstod gjorde Fredrik Nord (C) och David Lind (SD).\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "nej", 1), ("Fredrik Nord", "avstår", 1),
                            ("David Lind", "avstår", 1)]  # fmt: skip


def test_prose_with_a_bare_avstar_beside_votes_cast() -> None:
    body = (
        "Omröstning begärs och verkställs. Anna Ek (S) och Bo Berg (M) röstar ja, Eva Ros (V) röstar nej "
        "medan Fredrik Nord (C) avstår.\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1),
                            ("Fredrik Nord", "avstår", 1)]  # fmt: skip


def test_prose_with_the_verb_before_the_names_and_the_vote_after_them() -> None:
    body = (
        "Vid omröstningen röstade Anna Ek (S), Bo Berg (M) och Cecilia Holm (M) ja, medan Eva Ros (V) "
        "och David Lind (SD) röstade nej. Fredrik Nord (C) avstod från att rösta.\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Cecilia Holm", "ja", 1),
                            ("Eva Ros", "nej", 1), ("David Lind", "nej", 1),
                            ("Fredrik Nord", "avstår", 1)]  # fmt: skip


def test_a_bare_avstar_without_any_vote_is_no_vote() -> None:
    assert _votes("Fredrik Nord (C) avstår. Nämnden beslutar enligt förslaget.\n") == []
    body = "Eva Ros (V) röstar nej. Anna Ek (S) avstår från att delta i beslutet på grund av jäv.\n"
    assert _votes(body) == [("Eva Ros", "nej", 1)]


def test_proposal_labels_without_a_propositionsordning() -> None:
    # no "Ja = …" printed: the preparing body's förslag is put first (ja), the other proposal is nej
    body = (
        "Eva Ros (V) yrkar avslag. Anna Ek (S) yrkar bifall till kommunstyrelsens förslag.\n"
        "Votering begärs.\n"
        "För kommunstyrelsens förslag röstar: Anna Ek (S), Bo Berg (M)\n"
        "För Eva Ros yrkande röstar: Eva Ros (V)\nAvstår: Fredrik Nord (C)\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1),
                            ("Fredrik Nord", "avstår", 1)]  # fmt: skip
    body = (
        "Omröstning om ärendet ska avgöras i dag.\n"
        "Anna Ek (S) och Bo Berg (M) röstade för att avgöra ärendet i dag. "
        "Eva Ros (V) röstade för återremiss.\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)]


def test_two_members_proposals_without_a_propositionsordning_are_not_guessed() -> None:
    body = "För Anna Eks yrkande röstar: Anna Ek (S), Bo Berg (M)\nFör Eva Ros yrkande röstar: Eva Ros (V)\n"
    assert _votes(body) == []


def _placed(items: list[Item]) -> list[list[tuple[str, str, int]]]:
    persons = find_persons(MEMBERS)
    add_votes(items, persons, NameFinder(persons))
    return [[(v.person, v.vote, v.round) for v in it.votes] for it in items]


def test_a_vote_heading_naming_its_item_without_the_paragraph_sign() -> None:
    items = [
        Item(number="§45", title="Budget", text="Omröstning begärs. Se voteringsbilagan.\n"),
        Item(number="§46", title="Taxa", text="Beslut enligt förslag.\n\nVotering – ärende 45\n"
             "Ja-röster: Anna Ek (S), Bo Berg (M)\nNej-röster: Eva Ros (V)\n"),
    ]  # fmt: skip
    assert _placed(items) == [[("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)], []]
    items = [
        Item(number="§45", title="Budget", text="Omröstning begärs.\n"),
        Item(number="§46", title="Taxa", text="Beslut enligt förslag.\n\nBilaga 1 Voteringslista ärende 45\n"
             "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\t\t\nEva Ros\tV\t\tX\t\n"),
    ]  # fmt: skip
    assert _placed(items) == [[("Anna Ek", "ja", 1), ("Eva Ros", "nej", 1)], []]


def test_a_case_number_after_arende_names_no_item() -> None:
    items = [
        Item(number="§45", title="Budget", text="Omröstning begärs.\n"),
        Item(number="§46", title="Taxa", text="Beslut i ärende 2026/45.\n\nOmröstning\n"
             "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\t\t\nEva Ros\tV\t\tX\t\n"),
    ]  # fmt: skip
    assert _placed(items) == [[], [("Anna Ek", "ja", 1), ("Eva Ros", "nej", 1)]]


def test_ja_rost_avger_lists_with_a_name_broken_over_a_line() -> None:
    body = (
        "Omröstning\nJa-röst avger: Anna Ek (S), Bo Berg (M), Cecilia\nHolm (M).\n"
        "Nej-röst avger: Eva Ros (V).\nAvstår gör: Fredrik Nord (C), David Lind (SD).\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Cecilia Holm", "ja", 1),
                            ("Eva Ros", "nej", 1), ("Fredrik Nord", "avstår", 1),
                            ("David Lind", "avstår", 1)]  # fmt: skip


def test_the_serving_ersattare_in_a_table_of_their_own_naming_the_member_replaced() -> None:
    body = (
        "Voteringslista\nLedamot\tParti\tJa\tNej\tAvstår\n"
        "Anna Ek\tS\tX\t\t\nBo Berg\tM\nEva Ros\tV\t\tX\t\n"
        "Tjänstgörande ersättare\n"
        "Ersättare\tParti\tFör ledamot\tJa\tNej\tAvstår\n"
        "Fredrik Nord\tC\tBo Berg\t\t\tX\n"
        "Summa\t\t\t1\t1\t1\n"
    )
    # one omröstning: the ersättare's rows go on with the members', Bo Berg (replaced) casts no vote
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "nej", 1), ("Fredrik Nord", "avstår", 1)]


def test_a_member_replaced_in_the_ersattare_table_is_no_person_of_the_meeting() -> None:
    text = (
        "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\t\t\nBo Berg\tM\n"
        "Tjänstgörande ersättare\nErsättare\tParti\tFör ledamot\tJa\tNej\tAvstår\n"
        "Fredrik Nord\tC\tBo Berg\t\tX\t\n"
    )
    named = {text[a:b] for a, b in absent_spans(text)}
    assert "Bo Berg" in named and "Anna Ek" not in named and "Fredrik Nord" not in named
    assert len({(a, b) for a, b in absent_spans(text) if text[a:b] == "Bo Berg"}) == 2  # both rows


def test_a_voteringslista_with_a_column_per_paragraph_and_what_the_omrostning_was_on() -> None:
    persons = find_persons(MEMBERS)
    items = [
        Item(number="§47", title="Taxa", text="Omröstning begärs, se bilaga 1.\n"),
        Item(number="§49", title="Motion", text="Omröstning begärs två gånger, se bilaga 1.\n\n"
             "Bilaga 1 – Närvaro- och voteringslista\n"
             "Ledamot\tParti\tTjänstgör för\t§ 47\t§ 49 (återremiss)\t§ 49\n"
             "Ek, Anna\tS\t\tJa\tJa\tNej\n"
             "Nord, Fredrik\tC\tBo Berg\tNej\tJa\tAvstår\n"),
    ]  # fmt: skip
    add_votes(items, persons, NameFinder(persons))
    assert [(v.person, v.vote, v.round) for v in items[0].votes] == [
        ("Anna Ek", "ja", 1),
        ("Fredrik Nord", "nej", 1),
    ]
    assert sorted((v.person, v.vote, v.round) for v in items[1].votes) == [
        ("Anna Ek", "ja", 1), ("Anna Ek", "nej", 2), ("Fredrik Nord", "avstår", 2), ("Fredrik Nord", "ja", 1)
    ]  # fmt: skip


def test_a_j_n_a_word_column_aligned_with_spaces_and_a_serving_for_column() -> None:
    body = (
        "Omröstning i huvudfrågan\n\n"
        "   Ledamot          Parti   Tjänstgör för     J/N/A\n"
        "   Anna Ek          S                         J\n"
        "   Fredrik Nord     C       Bo Berg           N\n"
        "   Eva Ros          V                         A\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Fredrik Nord", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_a_vote_word_column_first_is_no_list_of_labels() -> None:
    # "Ja⇥Ek, Anna⇥S" rows under "Röst⇥Ledamot⇥Parti": one omröstning, not a list label per row
    body = (
        "Omröstning\nRöst\tLedamot\tParti\tAnm.\n"
        "Ja\tEk, Anna\tS\nJa\tBerg, Bo\tM\nJa\tNord, Fredrik\tC\ters.\n"
        "Nej\tRos, Eva\tV\nAvstår\tLind, David\tSD\n"
        "Med 3 ja-röster mot 1 nej-röst och 1 som avstår bifalls förslaget.\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Fredrik Nord", "ja", 1),
                            ("Eva Ros", "nej", 1), ("David Lind", "avstår", 1)]  # fmt: skip


def test_a_party_s_members_named_after_the_label_in_prose() -> None:
    body = (
        "Omröstning begärs och genomförs. Ja röstar Moderaternas ledamöter Bo Berg och Cecilia Holm samt "
        "Anna Ek (S). Nej röstar Eva Ros (V). Fredrik Nord (C) avstår från att rösta.\n"
    )
    assert _votes(body) == [("Bo Berg", "ja", 1), ("Cecilia Holm", "ja", 1), ("Anna Ek", "ja", 1),
                            ("Eva Ros", "nej", 1), ("Fredrik Nord", "avstår", 1)]  # fmt: skip


def test_a_member_named_in_an_ersattare_for_column_of_the_attendance_list_is_absent() -> None:
    text = "Namn\tParti\tErsättare för\nAnna Ek\tS\t\nFredrik Nord\tC\tBo Berg (M)\n"
    assert {text[a:b].split(" (")[0] for a, b in absent_spans(text)} == {"Bo Berg"}


def test_html_rows_apart_by_blank_lines_are_one_table_for_the_name_order() -> None:
    # "Samir Falk": Falk is a first name too, but the table prints every name first name first
    text = (
        "Ledamot\tParti\n\nMattias Lindqvist\tS\t\n\nEva Svensson\tM\t\n\n"
        "Samir Falk\tM\t\n\nKarin Jonsson\tC\t\n\n"
        "Justerare: Samir Jonsson (C)\n"
    )
    assert "Samir Falk" in {p.name for p in find_persons(text)}


def test_an_abbreviated_avs_column() -> None:
    body = "Ledamot\tParti\tJa\tNej\tAvs\nAnna Ek\tS\tX\t\t\nBo Berg\tM\t\tX\t\nEva Ros\tV\t\t\tX\n"
    assert _votes(body) == _ALL_THREE


def test_labels_with_a_dash_before_the_names_and_a_legend_with_a_dash_before_a_proposal() -> None:
    body = "Ja – Anna Ek (S), Bo Berg (M)\nNej – Eva Ros (V)\nAvstår – Fredrik Nord (C)\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1),
                            ("Fredrik Nord", "avstår", 1)]  # fmt: skip
    body = (
        "Ja – Anna Eks yrkande, Nej – kommunstyrelsens förslag.\n"
        "Ja-röster: Anna Ek (S), Bo Berg (M)\nNej-röster: Eva Ros (V)\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)]


def test_an_html_header_over_two_rows_and_rows_without_their_trailing_empty_cells() -> None:
    # "Ledamot | Parti | Omröstning" over "Ja | Nej | Avstår" (rowspan and colspan), rows as the reader
    # gives them: a blank line apart, trailing empty cells dropped, one member without a mark
    body = (
        "Omröstning begärs.\n\nLedamot\tParti\tOmröstning\n\nJa\tNej\tAvstår\n\n"
        "Ek, Anna\tS\tX\n\nBerg, Bo\tM\t\tX\n\nLind, David\tSD\n\nRos, Eva (ers.)\tV\t\t\tX\n"
    )
    assert _votes(body) == _ALL_THREE


def test_abbreviated_omrostning_columns_with_letters() -> None:
    body = "Ledamot\tParti\tOmr. 1\tOmr. 2\nAnna Ek\tS\tJ\tN\nBo Berg\tM\tN\tJ\nEva Ros\tV\tA\tJ\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Anna Ek", "nej", 2), ("Bo Berg", "nej", 1),
                            ("Bo Berg", "ja", 2), ("Eva Ros", "avstår", 1), ("Eva Ros", "ja", 2)]  # fmt: skip


def test_prose_naming_each_proposal_with_its_vote_in_brackets() -> None:
    body = (
        "Vid omröstningen röstade Anna Ek (S) och Bo Berg (M) för kommunstyrelsens förslag (ja), medan "
        "Eva Ros (V) röstade för avslag (nej).\n"
    )
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)]


def test_a_vote_heading_naming_the_agenda_position_of_its_item() -> None:
    # "ärende 2" of a protocol numbered § 45-47 is its second item (no § 2 to name)
    items = [
        Item(number="§45", title="Val", text="Beslut enligt förslag.\n"),
        Item(number="§46", title="Budget", text="Omröstning begärs. Se voteringsbilagan.\n"),
        Item(number="§47", title="Taxa", text="Beslut enligt förslag.\n\nVotering – ärende 2\n"
             "Ja-röster: Anna Ek (S), Bo Berg (M)\nNej-röster: Eva Ros (V)\n"),
    ]  # fmt: skip
    assert _placed(items) == [[], [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)], []]


def test_two_members_proposals_mapped_by_the_printed_result() -> None:
    # nothing says which proposal is ja; the result's counts do: the list of three is the ja list
    body = (
        "Votering begärs.\nFör Eva Ros yrkande röstar: Eva Ros (V), David Lind (SD)\n"
        "För Anna Eks yrkande röstar: Anna Ek (S), Bo Berg (M), Cecilia Holm (M)\nAvstår: Fredrik Nord (C)\n"
        "Omröstningen utfaller med 3 ja-röster mot 2 nej-röster och 1 som avstår.\n"
    )
    assert _votes(body) == [("Eva Ros", "nej", 1), ("David Lind", "nej", 1), ("Anna Ek", "ja", 1),
                            ("Bo Berg", "ja", 1), ("Cecilia Holm", "ja", 1),
                            ("Fredrik Nord", "avstår", 1)]  # fmt: skip
    tied = body.replace("3 ja-röster mot 2", "2 ja-röster mot 2").replace(", Cecilia Holm (M)", "")
    assert _votes(tied) == [("Fredrik Nord", "avstår", 1)]  # equal counts tell nothing


def test_name_vote_pairs_with_a_comma_before_the_vote() -> None:
    body = "Omröstningsresultat: Anna Ek (S), ja; Bo Berg (M), ja; Eva Ros (V), nej.\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)]


def test_a_member_printed_as_absent_in_an_attendance_row_is_no_person() -> None:
    text = "Ledamot\tParti\tErsättare\nAnna Ek\tS\t\nPetra Lundin – frånvarande\tM\tBo Berg (M)\n"
    assert [text[a:b] for a, b in absent_spans(text)] == ["Petra Lundin"]


def test_a_serving_ersattare_with_role_in_the_cell_and_a_replaced_member_without_a_mark() -> None:
    # "Lisa Ek (S), ers." votes in Anna Holm's seat: Anna Holm took no part
    text = "Ledamot\tParti\tErsättare\tJa\tNej\nBo Berg\tM\t\tX\t\nAnna Holm\tS\tLisa Ek (S), ers.\t\tX\n"
    assert [text[a:b] for a, b in absent_spans(text)] == ["Anna Holm"]
    # named as replaced in the attendance list, the member's unmarked seat in the vote table is absent too
    text = (
        "Beslutande\nLisa Ek (S), tjänstgörande ersättare för Anna Holm (S)\n\n"
        "Ledamöter          Ja   Nej   Tjänstgörande ersättare   Ja   Nej\n"
        "Bo Berg (M)        X          Lisa Ek (S)                    X\n"
        "Anna Holm (S)\n"
    )
    assert sorted(text[a:b].split(" (")[0] for a, b in absent_spans(text)) == ["Anna Holm", "Anna Holm"]


def test_a_vote_word_before_each_voter_on_lines_of_their_own() -> None:
    body = "Omröstning\nJa – Anna Ek (S)\nJa – Bo Berg (M)\nNej – Eva Ros (V)\nAvstår – Fredrik Nord (C)\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1),
                            ("Fredrik Nord", "avstår", 1)]  # fmt: skip
    body = "Omröstning\nJa: Anna Ek (S)\nJa: Bo Berg (M)\nNej: Eva Ros (V)\n"
    assert _votes(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "ja", 1), ("Eva Ros", "nej", 1)]
