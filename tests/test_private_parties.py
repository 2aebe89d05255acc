"""Names after a private party's label in a case are no people of the meeting (kommuner60's norrtalje
bygglov: "Kontrollansvarig: Lars Wede, certifierad enligt SFS 2011:338" was listed as a person).

The same decision in four markups, with each label; an official's label beside it keeps its name. Every
name is invented. Probe: main 0/16 (each party listed), after 16/16.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.private_parties import after_private_label
from indexer.extract import extract_file
from tests.markups import SUFFIXES, write_lines

LABELS = {
    "kontrollansvarig": "Kontrollansvarig: Lars Wede, certifierad enligt SFS 2011:338.",
    "sokande": "Sökande: Lars Wede, Storgatan 4.",
    "fastighetsagare": "Fastighetsägare: Lars Wede",
    "byggherre": "Tekniskt samråd ska hållas. Byggherre: Lars Wede.",
}


def _lines(label: str) -> list[str]:
    return [
        "Vimby kommun",
        "PROTOKOLL",
        "Miljö- och byggnadsnämnden",
        "Sammanträdesdatum 2026-03-18",
        "Beslutande: Karin Eklöf (M), ordförande; Jonas Brandt (S); Per Vestin (SD)",
        "",
        "§ 32 Ansökan om bygglov för flerbostadshus",
        "Handläggare: Elias Norén",
        "Bygglovhandläggare Elias Norén föredrar ärendet.",
        "Beslut",
        "Nämnden beviljar bygglov.",
        LABELS[label],
        "Justerare: Jonas Brandt (S)",
    ]


def _write(tmp: Path, suffix: str, lines: list[str]) -> Path:
    return write_lines(tmp / f"vimby_miljo-och-byggnadsnamnden_2026-03-18_protokoll.{suffix}", lines)


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("label", list(LABELS))
def test_a_party_of_the_case_is_no_person(label: str, suffix: str, tmp_path: Path) -> None:
    names = {p.name for p in extract_file(_write(tmp_path, suffix, _lines(label))).persons}
    assert "Lars Wede" not in names
    assert {"Elias Norén", "Karin Eklöf", "Jonas Brandt", "Per Vestin"} <= names


def test_the_label() -> None:
    text = "Kontrollansvarig: Lars Wede\nHandläggare: Eva Nord\nsamråd med sökande: Bo Ek"
    assert after_private_label(text, text.index("Lars"))
    assert not after_private_label(text, text.index("Eva"))
    assert not after_private_label(text, text.index("Bo"))  # inside a sentence, no label
