"""Two voteringslistor kommuner57's first sight misread, in every markup (`tests/votes57_probe.py`).

- A list grouped by party after the item's yrkanden: the "Yrkanden" block ends at the vote's heading
  or the list's header, so the party rows over the names are no party's yrkande (main before v57: 125
  party yrkanden too many over 30 documents, 25 of them wrong; none after).
- A list in two halves side by side in a PDF: a short name of the right half is its name column's, not
  the left half's last vote column's, and a mark set close to the next name is a cell of its own (main
  before v57: 299 of 305 votes, the centred PDF 7 of 13; after: 305 of 305).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.block_end import block_end
from indexer.extract import extract_file
from tests.votes57_probe import BUILDERS, GROUPED, HALVES, Case

_RUNS = [(c, mk) for c in [*GROUPED, HALVES] for mk in BUILDERS]


@pytest.mark.parametrize(("case", "markup"), _RUNS, ids=[f"{c.name}-{mk}" for c, mk in _RUNS])
def test_yrkanden_and_votes_of_the_list(tmp_path: Path, case: Case, markup: str) -> None:
    ex = extract_file(BUILDERS[markup](case, tmp_path))
    proposed = [a for it in ex.items for a in it.actions if a.kind == "proposed"]
    assert {a.person for a in proposed} == case.proposed
    assert all(a.person for a in proposed), "a party row of the list read as a yrkande"
    assert {v.person: v.vote for it in ex.items for v in it.votes} == case.votes


@pytest.mark.parametrize(
    ("after", "ends"),
    [
        ("Proposition och votering\n", True),
        ("Propositionsordning och votering\n", True),
        ("Voteringslista § 43\n", True),
        ("Omröstning 1\n", True),
        ("Ledamot\tJa\tNej\tAvstår\n", True),
        ("Ledamot                 Ja   Nej   Avstår\n", True),
        ("| Ledamot | Ja | Nej | Avstår |\n", True),
        ("Bo Berg (M) yrkar avslag.\n", False),
        ("Votering begärs och verkställs.\n", False),  # a sentence, no heading
        ("Ja-röster: Anna Ek (S)\n", False),
    ],
)
def test_a_yrkanden_block_ends_at_the_vote(after: str, ends: bool) -> None:
    text = "Yrkanden\nAnna Ek (S) yrkar bifall.\n" + after + "Socialdemokraterna (S)\n"
    at = text.index(after)
    assert (block_end(text, len("Yrkanden\n")) == at) is ends
