"""Which kommuner a document names: lists of kommuner, its own letterhead, irregular own names."""

from __future__ import annotations

import pytest

from indexer.entities.places import kommuner
from indexer.meta.detect import detect_meta
from indexer.meta.organization import kommun_name
from indexer.read.clean import clean_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skellefteå, Norsjö och Malå kommuner har en gemensam nämnd.", ["Skellefteå", "Norsjö", "Malå"]),
        (
            "i dialog med Halmstads, Varbergs, Kungsbacka och Hylte kommuner.",
            ["Halmstad", "Varberg", "Kungsbacka", "Hylte"],
        ),
        ("avstämt med grannkommunerna Nybro och Mörbylånga samt regionen.", ["Nybro", "Mörbylånga"]),
        (
            "Härryda 42, Partille 62, Kungälv 78 och Tjörn 95 ligger lägst.",
            ["Härryda", "Partille", "Kungälv", "Tjörn"],
        ),
        # A bare name in running text, or two names without a word saying they are kommuner, are not.
        ("Mötet hölls i Lund. Anna Berg och Per Mark deltog.", []),
        ("Resan gick via Mora och Orsa.", []),
    ],
)
def test_kommuner_named_in_lists(text: str, expected: list[str]) -> None:
    assert kommuner([], [], text) == expected


def test_the_documents_own_kommun_counts_though_its_letterhead_is_cleaned_away() -> None:
    assert kommuner([], [], "Inget nämns här.", "Borås Stad") == ["Borås"]
    assert kommuner([], [], "Inget nämns här.", "Falu kommun") == ["Falun"]
    assert kommuner([], [], "Inget nämns här.", "Region Halland") == []


def test_falu_kommun_is_falun() -> None:
    raw = "Falu kommun                      KALLELSE\nBarn- och utbildningsnämnden        2025-10-08\n\n" * 2
    raw += "Ärenden\n1 Val av justerare\n2 Budget 2026\nBorlänge kommun nämns en gång.\n"
    assert detect_meta(clean_text(raw), raw=raw).organization == "Falu kommun"
    assert kommun_name("Falun") == "Falu kommun"
