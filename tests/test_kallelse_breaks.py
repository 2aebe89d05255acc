"""Kallelse agenda rows (session 13): a break is no point, a presenter after the title is no word of it,
and a § title broken inside a bracket goes on where the bracket closes — in every markup.

The probes (`kallelse_breaks_probe`, `bracket_title_probe`) print the same invented content as a Word
table, a PDF table, a portal page and a text export; main before this change read 3-4 of 8 agenda rows
right and 3 of 5 bracket titles in a text export or a PDF.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.segment.breaks import is_break
from indexer.segment.common import continues_title
from tests.bracket_title_probe import EXPECTED as BRACKET_EXPECTED
from tests.bracket_title_probe import MARKUPS as BRACKET_MARKUPS
from tests.bracket_title_probe import extract as extract_protocol
from tests.kallelse_breaks_probe import EXPECTED, MARKUPS, extract


@pytest.mark.parametrize("markup", list(MARKUPS))
def test_breaks_and_presenters_in_every_markup(tmp_path: Path, markup: str) -> None:
    got = extract(markup, tmp_path)
    assert got == [(n, t, sorted(p)) for n, t, p in EXPECTED]


@pytest.mark.parametrize("markup", list(BRACKET_MARKUPS))
def test_title_broken_inside_a_bracket(tmp_path: Path, markup: str) -> None:
    assert extract_protocol(markup, tmp_path) == BRACKET_EXPECTED


@pytest.mark.parametrize(
    "text",
    ["Lunch 12.00–12.45", "Paus", "Fika", "Kaffe 10.00", "Bensträckare", "Paus (ca 15 min)", "kl. 12 Lunch"],
)
def test_a_break(text: str) -> None:
    assert is_break(text)


@pytest.mark.parametrize(
    "text", ["Skolfrukost", "Lunch i förskolan – avgifter", "Kaffe och kaka", "Pausad upphandling"]
)
def test_no_break(text: str) -> None:
    assert not is_break(text)


def test_a_break_ends_a_title() -> None:
    assert not continues_title("Budget 2027 – Ekonomichef Anna Ek", "Kaffe 10.00", None)
    assert continues_title("Detaljplan för del av Arlöv 19:4 m.fl. (kvarteret", "Sockerbruket), beslut", 120)
