"""A written note or reservation signed by several names on one line (session 14).

"Vi stöder beslutet men …" under "Protokollsanteckning", then "Jenny Lundström (S), Milan Kvist (S)": each
name signs. The names may be joined by a comma, "och" or "samt"; a line that says something else before
them ("Beslutet skickas till …") signs nothing. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_SIGNED = [
    ("Jenny Lundström (S), Milan Kvist (S)", {"Jenny Lundström", "Milan Kvist"}),
    ("Jenny Lundström (S) och Milan Kvist (S)", {"Jenny Lundström", "Milan Kvist"}),
    (
        "Jenny Lundström (S), Milan Kvist (S) samt Ulla Berg (V)",
        {"Jenny Lundström", "Milan Kvist", "Ulla Berg"},
    ),
    ("Jenny Lundström (S)", {"Jenny Lundström"}),
    ("Beslutet skickas till Jenny Lundström (S), Milan Kvist (S)", set()),
]


@pytest.mark.parametrize(
    ("heading", "kind"), [("Protokollsanteckning", "protocol_note"), ("Reservation", "reserved")]
)
@pytest.mark.parametrize(("line", "expected"), _SIGNED, ids=[s for s, _ in _SIGNED])
def test_every_name_on_the_signing_line_signs(
    tmp_path: Path, heading: str, kind: str, line: str, expected: set[str]
) -> None:
    text = "\n".join(
        [
            "Testby kommun",
            "Protokoll Miljö- och byggnämnden 2026-03-04",
            "",
            "Beslutande: Anna Ek (M), ordförande, Jenny Lundström (S), Milan Kvist (S), Ulla Berg (V)",
            "",
            "§ 1 Val av justerare",
            "Jenny Lundström (S) utses att jämte ordföranden justera protokollet.",
            "",
            "§ 2 Föreläggande om enskilt avlopp",
            "Beslut",
            "Nämnden förelägger fastighetsägaren att åtgärda avloppet.",
            heading,
            "Vi anser att förvaltningen bör erbjuda rådgivning innan vite föreläggs.",
            line,
            "",
            "§ 3 Meddelanden",
            "Meddelandena läggs till handlingarna.",
            "",
        ]
    )
    path = tmp_path / "testby_miljo-och-byggnamnden_2026-03-04_protokoll.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    found = {a.person for it in ex.items if it.number == "§2" for a in it.actions if a.kind == kind}
    assert found == expected
