"""kinds9: the probes' variants (`tests/kinds9_probes.py`) as a table — each class prints the same points
in many markups and layouts, and every variant must read as a reader reads it:

1. a running page header band ("Sammanträdesdatum … Blad 2/3", "Sida 2 av 5", organ and
   "Sammanträdesprotokoll", "Justerandes signatur") right above a title printed above its § line;
2. long titles wrapping over two or three lines in a left-column layout (the case number under the
   title, at the right of its first line, or under the § number);
3. a case number broken over a line ("…, KS" / "2026/701", "Dnr KS 2026/" / "701");
4. a PDF agenda table without a header row (number | title | case number | presenter), an
   "Informationsärenden" group under it;
5. "12 §" numbering (the number before the sign).

Every text is invented; none is copied from a test set."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.read.page_numbers import is_page_number
from indexer.segment.dnr import find_dnr
from indexer.segment.paragraphs import split_paragraphs
from tests.kinds9_probes import CLASSES, Variant, got, run

CASES = [(name, stem, v) for name, (stem, variants) in CLASSES.items() for v in variants()]


@pytest.mark.parametrize(("name", "stem", "variant"), CASES, ids=[f"{n}/{v.name}" for n, _, v in CASES])
def test_probe_variant_reads_as_a_reader_does(name: str, stem: str, variant: Variant, tmp_path: Path) -> None:
    ok, ex = run(variant, tmp_path, stem)
    assert ok, got(ex)


def test_blad_is_a_page_number() -> None:
    assert is_page_number("Blad 2/3")
    assert is_page_number("Blad 2 (5)")
    assert not is_page_number("Bladet 2/3")


def test_a_broken_number_is_read_whole_and_offsets_stay() -> None:
    text = "Motion om cykelbanor, KS\n2026/701 och mer"
    assert find_dnr(text) == ["KS 2026/701"]
    assert find_dnr("Dnr KS 2026/\n701") == ["KS 2026/701"]
    # a capitalised word that is no series, or a school year, stays as it is
    assert find_dnr("Läsåret\n2026/27") == []


def test_a_law_section_wrapped_under_kap_is_no_heading() -> None:
    text = "\n".join(
        [
            "12 §    Budget 2027",
            "Dnr KS 2026/112",
            "",
            "Enligt kommunallagen 6 kap.",
            "13 § Kommunstyrelsen ska leda och samordna.",
            "",
            "14 §    Taxa för bygglov 2027",
            "Dnr KS 2026/87",
            "",
            "Kommunstyrelsen beslutar att anta taxan.",
        ]
    )
    items = split_paragraphs(text, None)
    want = [("§12", "Budget 2027"), ("§14", "Taxa för bygglov 2027")]
    assert [(it.number, it.title) for it in items] == want
