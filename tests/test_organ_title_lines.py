"""The organ of notes whose title line names it in running case, or with the body's abbreviation after a
comma (kommuner45 kinds; probe written before the rules): the same notes in several title forms, with the
attendance group "Ledamöter i …" below that names the body's members, not the body."""

from __future__ import annotations

import pytest

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text

BODY = (
    "\nDatum: 2026-05-06, kl. 16.00–18.00\nPlats: Kommunhuset\n\nNärvarande\n\n{group}\n"
    "Ella Kuoljok, ordförande\nNoah Blind\n\nMötet öppnas\n\nElla Kuoljok öppnade mötet.\n"
)

CASES = [
    ("Minnesanteckningar ungdomsrådet 6 maj 2026", "Ledamöter i ungdomsrådet", "Ungdomsrådet"),
    ("Minnesanteckningar ungdomsrådet", "Ledamöter i ungdomsrådet", "Ungdomsrådet"),
    ("Mötesanteckningar kommunala pensionärsrådet", "Ledamöter", "Kommunala pensionärsrådet"),
    (
        "Anteckningar från möte i Brottsförebyggande rådet, BRÅ Tibro",
        "Närvarande ledamöter",
        "Brottsförebyggande rådet",
    ),
    ("Anteckningar från möte i Brottsförebyggande rådet, BRÅ", "Ledamöter", "Brottsförebyggande rådet"),
    ("Minnesanteckningar Kommunala pensionärsrådet, KPR", "Ledamöter", "Kommunala pensionärsrådet"),
    ("Minnesanteckningar Kommunala pensionärsrådet (KPR)", "Ledamöter", "Kommunala pensionärsrådet"),
    ("Minnesanteckningar – Ungdomsrådet", "Ledamöter i ungdomsrådet", "Ungdomsrådet"),
]


@pytest.mark.parametrize(("title", "group", "organ"), CASES)
def test_the_organ_of_the_title_line(title: str, group: str, organ: str) -> None:
    text = clean_text(title + "\n" + BODY.format(group=group))
    assert detect_meta(text).organ == organ
