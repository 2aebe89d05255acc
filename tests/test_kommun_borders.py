"""A kommun named by its border is a kommun named (kommuner60's uppsala page: "skolskjutsar till Knivsta
gräns"): "X gräns", "Xs gräns", "kommungränsen mot X och Y"; a person's surname before "gräns" is none.

The same sentences in four markups. Probe: main 4/16 (only the surname cases), after 16/16.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.places import _placed_kommuner
from indexer.extract import extract_file
from tests.markups import SUFFIXES, write_lines

SENTENCES = {
    "bare": ("Förvaltningen informerar om skolskjutsar till Knivsta gräns.", {"Knivsta"}),
    "genitive": ("Linjen förlängs fram till Sigtunas gräns.", {"Sigtuna"}),
    "against": ("Vägen följer kommungränsen mot Håbo och Enköping.", {"Håbo", "Enköping"}),
    "person": ("Ordföranden tackar Eva Berg gräns för gott samarbete.", set()),
}


def _lines(sentence: str) -> list[str]:
    return [
        "Uppsala kommun",
        "PROTOKOLL",
        "Utbildningsnämnden",
        "Sammanträdesdatum 2026-05-13",
        "",
        "§ 74 Information från förvaltningen",
        sentence,
        "Beslut",
        "Nämnden tackar för informationen.",
    ]


def _write(tmp: Path, suffix: str, lines: list[str]) -> Path:
    return write_lines(tmp / f"uppsala_utbildningsnamnden_2026-05-13_protokoll.{suffix}", lines)


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("case", list(SENTENCES))
def test_a_border_names_its_kommun(case: str, suffix: str, tmp_path: Path) -> None:
    sentence, want = SENTENCES[case]
    found = set(extract_file(_write(tmp_path, suffix, _lines(sentence))).kommuner) - {"Uppsala"}
    assert found == want


def test_the_patterns() -> None:
    found = _placed_kommuner("till Knivsta gräns, kommungränsen mot Håbo")
    assert [k for _, k in found] == ["Knivsta", "Håbo"]
    assert _placed_kommuner("Eva Berg gräns") == []
