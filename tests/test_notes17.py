"""Items forms development sets missed (session 17), each an invented probe in several markups.

- Notes whose points are unnumbered bold headings (`tests/notes17_probe.py`): a web page's
  `<p><strong>` paragraphs head points as a PDF's bold lines and Word's bold paragraphs do, the
  portal's `<h2>` cover heads (Närvarande, Övriga, Justeras) aside; a protocol with § headings set the
  same way keeps its §s (main before: 11 of 14, every web page 0 items; after: 14 of 14).
- A PDF agenda repeating "Föredragningslista" on its next page (`tests/agenda_head17_probe.py`): the
  heading never runs into the last title above it (main before: 4 of 8; after: 8 of 8).
- A voteringslista in a layout table beside or under "§ 32 forts." (`tests/nested_votes17_probe.py`):
  its votes are read, on § 32 (main before: 0 of 7; after: 7 of 7).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file
from tests import agenda_head17_probe as agenda
from tests import nested_votes17_probe as nested
from tests.notes17_probe import BUILDERS, NOTES, PROTOCOL, Case

_KINDS = ("presented", "raised", "proposed")
_RUNS = [(c, mk) for c in (NOTES, PROTOCOL) for mk in BUILDERS]


@pytest.mark.parametrize(("case", "markup"), _RUNS, ids=[f"{c.name}-{mk}" for c, mk in _RUNS])
def test_bold_headings_head_points(tmp_path: Path, case: Case, markup: str) -> None:
    ex = extract_file(BUILDERS[markup](case, tmp_path))
    assert [(it.number, it.title) for it in ex.items] == case.items
    acts = {(it.number, a.person, a.kind) for it in ex.items for a in it.actions if a.kind in _KINDS}
    assert acts == case.actions


@pytest.mark.parametrize("form", agenda.FORMS, ids=[f.name for f in agenda.FORMS])
def test_repeated_agenda_heading_is_no_title(tmp_path: Path, form: agenda.Form) -> None:
    ex = extract_file(agenda.build(form, tmp_path))
    assert [(it.number, it.title) for it in ex.items] == [(str(k), t) for k, t in enumerate(agenda.TITLES, 1)]


@pytest.mark.parametrize("markup", list(nested.BUILDERS))
def test_votes_in_a_layout_table(tmp_path: Path, markup: str) -> None:
    ex = extract_file(nested.BUILDERS[markup](tmp_path))
    assert [it.number for it in ex.items] == nested.ITEMS
    assert {v.person: v.vote for it in ex.items for v in it.votes} == nested.VOTES
    assert {it.number for it in ex.items if it.votes} == {"§32"}
