"""Names and party codes an OCR'd page misread, put back from the document's own list of names."""

from __future__ import annotations

from indexer.read.ocr_fix import fix_name_case, fix_names, fix_party_column

_ATTENDANCE = [
    "Ledamot\tParti\tNärv.",
    "Camilla Rehn\tM\tX",
    "Bengt Axelsson\tLå\tX",
    "Ingrid Nyqvist\tSs\tX",
    "Helena Krook\tCc\tX",
    "Ulla Sterner\tM\tX",
    "Karin Dahl\tMP\tX",
]
_VOTES = [
    "Namn\tParti\tJa\tNej",
    "Camilla Rehn\tM\tX",
    "Bengt Axelsson\tS\t\tX",
    "ingrid Nyqvist\tS\t\tX",
    "Ulla Sterner\tM\tX",
    "Helena Krook\t\tX",
]


def test_a_bold_code_read_twice_is_the_code() -> None:
    pages = [list(_ATTENDANCE)]
    fix_party_column(pages, {0})
    assert pages[0][3] == "Ingrid Nyqvist\tS\tX"
    assert pages[0][4] == "Helena Krook\tC\tX"


def test_an_unreadable_code_is_the_one_the_name_has_elsewhere_in_the_document() -> None:
    pages = [list(_ATTENDANCE), list(_VOTES)]
    fix_party_column(pages, {0, 1})
    assert pages[0][2] == "Bengt Axelsson\tS\tX"
    assert pages[1][5] == "Helena Krook\t\tX"  # an empty cell keeps the columns after it in place


def test_an_unreadable_code_stays_where_the_document_gives_the_name_two_codes() -> None:
    pages = [list(_ATTENDANCE), ["Bengt Axelsson (M) yrkar bifall.", *_VOTES]]
    fix_party_column(pages, {0, 1})
    assert pages[0][2] == "Bengt Axelsson\tLå\tX"


def test_an_unreadable_code_without_a_party_column_is_left() -> None:
    pages = [["Bengt Axelsson\tLå\tX", "Karin Dahl\tMP\tX"], ["Bengt Axelsson (S) yrkar bifall."]]
    fix_party_column(pages, {0, 1})
    assert pages[0][0] == "Bengt Axelsson\tLå\tX"


def test_a_name_lower_cased_by_ocr_is_capitalised_as_the_attendance_list_prints_it() -> None:
    pages = [list(_ATTENDANCE), [*_VOTES, "Linnea Berg (V) yrkar bifall. ulla Sterner (M) yrkar bifall."]]
    fix_party_column(pages, {0, 1})
    assert fix_name_case(pages, {1}) == 2
    assert pages[1][3] == "Ingrid Nyqvist\tS\t\tX"
    assert pages[1][6] == "Linnea Berg (V) yrkar bifall. Ulla Sterner (M) yrkar bifall."


def test_both_fixes_at_once_read_the_names_once_and_change_the_same() -> None:
    pages = [list(_ATTENDANCE), [*_VOTES, "Linnea Berg (V) yrkar bifall. ulla Sterner (M) yrkar bifall."]]
    apart = [list(p) for p in pages]
    changed = fix_party_column(apart, {0, 1}) + fix_name_case(apart, {0, 1})
    assert changed == 5  # "Ss", "Cc", "Lå", "ingrid", "ulla"
    assert fix_names(pages, {0, 1}) == changed
    assert pages == apart


def test_a_name_known_only_with_its_code_in_brackets_is_capitalised() -> None:
    pages = [
        ["Beslutande\tHäggqvist, Sofia (S)"],
        ["Sedan Linnea Berg (V) yrkar.", "och sofia Häggqvist yrkar"],
    ]
    assert fix_name_case(pages, {1}) == 1
    assert pages[1][1] == "och Sofia Häggqvist yrkar"


def test_a_lower_case_word_before_a_name_is_left_when_no_such_name_is_listed() -> None:
    pages = [list(_ATTENDANCE), ["enligt Camilla Rehn", "om Ulla Sterner", "bifall Ulla Sterner (M)"]]
    before = list(pages[1])
    assert fix_name_case(pages, {1}) == 0
    assert pages[1] == before


def test_a_page_not_read_by_ocr_is_left() -> None:
    pages = [list(_ATTENDANCE), ["ingrid Nyqvist\tS\t\tX"]]
    assert fix_name_case(pages, {0}) == 0
    assert pages[1] == ["ingrid Nyqvist\tS\t\tX"]


def test_a_word_before_a_name_is_not_taken_for_its_first_name() -> None:
    pages = [["Ordförande Camilla Rehn (M) yrkar bifall."], ["ordförande Camilla Rehn (M) yrkar avslag."]]
    assert fix_name_case(pages, {1}) == 0
    assert pages[1] == ["ordförande Camilla Rehn (M) yrkar avslag."]
