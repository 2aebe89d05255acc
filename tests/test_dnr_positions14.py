"""Case numbers in every printed shape and position (the probe `tests/dnr_positions14_probe.py`).

The same four § items, their own numbers printed in one shape at one position and markup: a § line, a
right column of a text layout, a line under the title, a labelled line ("Dnr", "Diarienummer:", "Vårt
diarienummer", "Diarie nr", "Ärendebeteckning:"), a label over its number (a boxed heading row, a Word
table per §), the end of a wrapped title, a kallelse's agenda column or list, a Word page header. The
references (an earlier decision in the text, a Beslutsunderlag, listed delegation decisions) stay the
item's cited numbers, and an "Anmälan av motioner" keeps the numbers of the motions it announces.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from dnr_positions14_probe import Variant, result, variants

from indexer.segment.dnr import find_dnr_spans
from indexer.segment.label_over import join_label_over_number
from indexer.segment.titles import tail_dnr

#: Variants a reader can read otherwise, left as they are: a bare "2025.104" after the title on the §
#: line (a title's own figures as often; a bare "2026/41" there is a case, `tests/dnr15_probe.py`).
_LEFT = ("txt/sline_end/bare_dot",)
_ALL = variants()
# One of each (position, markup) and every shape at two positions keep the fast suite fast.
_FAST = {v.name.rsplit("/", 1)[0]: v for v in _ALL}
_SHAPES_AT = ("sline_end", "wrapped")
_PICKED = sorted(
    {*(v.name for v in _FAST.values()), *(v.name for v in _ALL if v.name.split("/")[1] in _SHAPES_AT)}
    - {v.name for v in _ALL if v.name.startswith(_LEFT)}
)
_BY_NAME = {v.name: v for v in _ALL}


@pytest.mark.parametrize("name", _PICKED)
def test_own_numbers_and_references(name: str, tmp_path: Path) -> None:
    v: Variant = _BY_NAME[name]
    ok, got, doc = result(v, tmp_path)
    assert ok, (got, doc)


def test_a_label_over_its_number_becomes_one_line_of_the_same_length() -> None:
    text = "§ 12\tBudget 2027\nDiarienummer\nKS 2026/41\n\nBeslut\n\nDnr\n\nKS 2026/5, KS 2026/6\n"
    text += "\nDnr\nBudget\n"
    joined = join_label_over_number(text)
    assert len(joined) == len(text)
    assert "Diarienummer KS 2026/41" in joined
    assert "Dnr  KS 2026/5, KS 2026/6" in joined
    assert "Dnr\nBudget" in joined  # no number under it: the label stays where it was


def test_a_label_that_ends_a_wrapped_list_row_stays_the_rows() -> None:
    # a Meddelanden list: the row's number is a reference, not a heading's labelled line
    text = "Meddelanden\n8. Anmälan från BEO Dnr: 2017.630 BUN\n9. Frågor om fristående skola i Vimby\nDnr:\n"
    text += "2017.638 BUN\n10. Granskning av elevhälsan Dnr: 2017.497 BUN\n"
    assert join_label_over_number(text) == text


def test_a_wrapped_titles_last_line_gives_up_its_number() -> None:
    assert tail_dnr("uppdrag till förvaltningen KS 2026/41", None)[0] == "uppdrag till förvaltningen"
    assert tail_dnr("Remiss av promemoria Ju2024/00970", None)[1] == []  # the remiss is the title's


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Dnr KS26/41 och BUN25/112", ["KS26/41", "BUN25/112"]),
        ("KS 2026/41.3", ["KS 2026/41.3"]),
        ("KS 2024/123:12", ["KS 2024/123:12"]),
        ("PM10/25 och COVID19/20", []),  # a pollutant and a virus, no diarium
        ("KS26/2026", []),  # the serial is never a year
        ("Vid mötet KS 2026/41. 3 ledamöter", ["KS 2026/41"]),
    ],
)
def test_run_in_short_years_and_period_suffixes(text: str, keys: list[str]) -> None:
    assert [d.key for d in find_dnr_spans(text)] == keys


def test_a_short_run_in_year_matches_its_long_form() -> None:
    (short,) = find_dnr_spans("KS26/41")
    (long,) = find_dnr_spans("KS 2026/41")
    assert short.match == long.match
