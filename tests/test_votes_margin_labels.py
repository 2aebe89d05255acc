"""A voteringslista broken over a page break in a protocol that sets its § labels in a left margin (v55,
session 16; kommuner55's Hultsfred § 32): the new page's "§ 32 forts." stands on the line of the list's
repeated header or its next row, and was read as a column of the table, which moved every label one
column right of its marks (Ja marks lost under "Tjänstgörande ersättare", Nej read as Ja) and made the
list's second half a second omröstning. Each case is the same invented list in a text export, an HTML
page, a Word file and a PDF (`tests.vote_margin_probe`); main read 27 of the 48 files right before v55."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.votes.margin import blank_label, without_labels
from tests.vote_margin_probe import CASES, FORMATS, Case, check, extract, got


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_margin_label_beside_a_vote_list(case: Case, fmt: str, tmp_path: Path) -> None:
    ex = extract(case, fmt, tmp_path)
    assert check(ex), got(ex)


@pytest.mark.parametrize(
    ("line", "blanked"),
    [
        ("§ 32 forts.        Ledamot   Parti", "                   Ledamot   Parti"),
        ("KF § 32 (forts.)   Anna Ek   S", "                   Anna Ek   S"),
        ("Forts. § 32   Anna Ek   S", " " * 14 + "Anna Ek   S"),
        # no wide gap after it, or the label is all the line holds: a paragraph's text, left alone
        ("§ 32 forts. Ledamot", "§ 32 forts. Ledamot"),
        ("§ 32 forts.", "§ 32 forts."),
        ("§ 32 Budget 2027      Dnr 2026/12", "§ 32 Budget 2027      Dnr 2026/12"),
    ],
)
def test_blank_label(line: str, blanked: str) -> None:
    assert blank_label(line) == blanked


def _block(*rows: str) -> list[tuple[int, list[tuple[str, int]]]]:
    return [(k, [(c, k) for c in row.split("\t")]) for k, row in enumerate(rows)]


def test_label_dropped_before_a_table_whose_rows_begin_with_names() -> None:
    block = without_labels(_block("Ledamot\tParti\tJa", "Anna Ek\tS\tX", "§ 32 forts.\tBo Berg\tM\tX"))
    assert [c for c, _ in block[2][1]] == ["Bo Berg", "M", "X"]


def test_label_blanked_in_a_table_whose_margin_is_a_column() -> None:
    block = without_labels(_block("\tLedamot\tParti\tJa", "\tAnna Ek\tS\tX", "§ 32 (forts.)\tBo Berg\tM\tX"))
    assert [c for c, _ in block[2][1]] == ["", "Bo Berg", "M", "X"]
