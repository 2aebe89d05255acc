"""Who presented and who raised, in the phrasings kommuner use (session 14): every point of
`tests/presenters14_probe.py` in every markup it is printed in (protocol as text, PDF and Word; notes as
PDF and Word with bold unnumbered headings; a kallelse as text, PDF and a Word table) gives exactly the
presenters and raisers a reader finds, and no one merely mentioned ("enligt X", "kontakt med X", "X har
tidigare informerat", "X ska återkomma")."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from indexer.extract import extract_file
from indexer.types import Extraction
from tests.presenters14_probe import CASES, KALLELSE, MARKUPS, expected, extract, got_for

#: A markup's extraction: (kind, suffix) -> the document extracted.
_Extract = Callable[[str, str], Extraction]


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> _Extract:
    """Each markup's document built and extracted once for the module (its cells assert on it), in a
    folder pytest cleans up."""
    folder = tmp_path_factory.mktemp("presenters14")
    return cache(lambda kind, suffix: extract(kind, suffix, folder))


_CELLS = [
    pytest.param(kind, suffix, title, want, id=f"{kind}{suffix}-{title[:30]}")
    for kind, suffix in MARKUPS
    for title, want in expected(kind)
]


@pytest.mark.parametrize(("kind", "suffix", "title", "want"), _CELLS)
def test_presenters_and_raisers(
    extraction: _Extract,
    kind: str,
    suffix: str,
    title: str,
    want: set[tuple[str, str]],
) -> None:
    assert got_for(extraction(kind, suffix), title) == want


def test_the_probe_covers_protocols_notes_and_kallelser() -> None:
    assert {k for k, _ in MARKUPS} == {"proto", "notes", "kall"}
    assert len(CASES) >= 40 and len(KALLELSE) >= 7


_KALLELSE_ROLES = (
    "Provås kommun\nKALLELSE\nSocialnämnden\nDatum: 2026-10-14\n\nFöredragningslista\n"
    "1. Val av justerare\nFöredragande: Ordförande\n"
    "2. Godkännande av dagordning\nFöredragande: Ordförande\n"
    "3. Lokalförsörjningsplan\nFöredragande: förvaltningschef Mikaela Strand\n"
    "4. Aktuell information från ordförande och kommundirektör\n"
    "5. Information från ordföranden\nFöredragande: Ordförande\n"
    "6. Förvaltningschefen informerar\n\n"
    "Provås 2026-10-01\n\nMaria Ekström (S)                                  Jenny Sandell\n"
    "Ordförande                                         Nämndsekreterare\n"
)


def test_presenters_named_by_role_in_a_kallelse(tmp_path: Path) -> None:
    """The chair signing under her name and party, an official titled before her name in one row and
    named by that title in another's title; the chair presents no procedure, and a title's "information
    från ordförande" names the topic's source, not who presents."""
    path = tmp_path / "provas_socialnamnden_2026-10-14_kallelse.txt"
    path.write_text(_KALLELSE_ROLES, encoding="utf-8")
    ex = extract_file(path)
    got = {(it.number, a.person) for it in ex.items for a in it.actions if a.kind == "presented"}
    assert got == {("3", "Mikaela Strand"), ("5", "Maria Ekström"), ("6", "Mikaela Strand")}
