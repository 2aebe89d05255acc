"""Lines under a PDF agenda table as its reader prints them (session 11): the information rows under an
"Informationsärenden" heading, with or without a presenter's cell, are points going on with the table's
count; the signature under them ("Eva Strand" / "Ordförande") is none, though no blank line parts it from
the last row. Every text is invented; none is copied from a test set."""

from __future__ import annotations

import pytest

from indexer.segment.after_table import points_after_table
from indexer.segment.tables import split_tab_rows

_TABLE = (
    "Vimby kommun\nKallelse\nBarn- och utbildningsnämnden kallas till sammanträde 2026-12-09.\n"
    "Nr\tÄrende\tFöredragande\n"
    "1\tVal av justerare\n"
    "2\tBudget 2027\tEkonomichef Anna Berg\n"
    "3\tDelegationsbeslut\n\n"
    "Informationsärenden\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        "Information om elevhälsan\tElevhälsochef Sara Lund\n"
        "Rapport från skolinspektionen\tKvalitetschef Olle Dahl\n",
        "Information om elevhälsan\nRapport från skolinspektionen\n",  # no presenter column
    ],
    ids=["with presenters", "bare titles"],
)
def test_information_rows_then_a_signature(rows: str) -> None:
    text = _TABLE + rows + "Eva Strand\nOrdförande\n"
    items = points_after_table(text, split_tab_rows(text, None), [], None)
    assert [(it.number, it.title) for it in items[3:]] == [
        ("4", "Information om elevhälsan"),
        ("5", "Rapport från skolinspektionen"),
    ]


def test_one_bare_line_under_information_is_no_point() -> None:
    text = (
        _TABLE.replace("Informationsärenden", "Information")
        + "Handlingarna finns i läsplattan\n\nEva Strand\n"
    )
    rows = split_tab_rows(text, None)
    assert points_after_table(text, rows, [], None) == rows
