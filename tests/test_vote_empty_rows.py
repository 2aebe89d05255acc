"""A voteringslista printing every seat: a row without a mark is a member who took no part (session 14).

Fullmäktige's vote tables often list all seats; an absent member with no ersättare in their place has an
empty row. Such a member is no person of the meeting (GOLD_FORMAT: absent), unless the document names
them taking part elsewhere (the attendance list). Each table shape aligned with spaces and with tabs.
Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.entities.keys import person_key
from indexer.extract import extract_file

_PRESENT = ["Anna Ek (S), ordförande", "Bo Berg (M)", "Cia Lund (S)", "Dan Ny (M)", "Eva Sjö (V)"]
_SERVING = "Lisa Holm (M), tjänstgörande ersättare för Olle Strand (M)"
# (seat's member, serving ersättare, party, vote or None)
_ROWS = [
    ("Anna Ek", "", "S", "Ja"),
    ("Bo Berg", "", "M", "Nej"),
    ("Cia Lund", "", "S", "Ja"),
    ("Dan Ny", "", "M", "Nej"),
    ("Eva Sjö", "", "V", "Avstår"),
    ("Olle Strand", "Lisa Holm", "M", "Nej"),
    ("Per Vik", "", "S", None),  # absent, no one in his seat
    ("Rut Ås", "", "V", None),  # absent too
]


def _table(sep: str) -> list[str]:
    def row(cells: list[str]) -> str:
        if sep == "\t":
            return "\t".join(cells)
        widths = [22, 22, 8, 6, 6, 8]
        return "".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    lines = [row(["Ledamot", "Tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"])]
    for member, sub, party, vote in _ROWS:
        marks = ["X" if vote == v else "" for v in ("Ja", "Nej", "Avstår")]
        lines.append(row([member, sub, party, *marks]))
    return lines


@pytest.mark.parametrize("sep", ["spaces", "\t"], ids=["spaces", "tabs"])
def test_an_empty_row_of_a_vote_table_is_no_person(tmp_path: Path, sep: str) -> None:
    text = "\n".join(
        [
            "Testby kommun",
            "Protokoll Kommunfullmäktige 2026-03-16",
            "",
            "Beslutande",
            *_PRESENT,
            _SERVING,
            "",
            "§ 1 Val av justerare",
            "Bo Berg (M) utses att jämte ordföranden justera protokollet.",
            "",
            "§ 2 Budget 2027",
            "Anna Ek (S) yrkar bifall. Bo Berg (M) yrkar avslag. Omröstning begärs.",
            "Ja 2, Nej 3, Avstår 1. Kommunfullmäktige avslår förslaget.",
            "",
            "Omröstningsbilaga § 2",
            *_table(sep),
            "",
        ]
    )
    path = tmp_path / "testby_kommunfullmaktige_2026-03-16_protokoll.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    names = {person_key(p.name) for p in ex.persons}
    assert names == {
        person_key(n) for n in ["Anna Ek", "Bo Berg", "Cia Lund", "Dan Ny", "Eva Sjö", "Lisa Holm"]
    }
    votes = {v.person: v.vote for it in ex.items for v in it.votes}
    assert votes == {
        "Anna Ek": "ja",
        "Bo Berg": "nej",
        "Cia Lund": "ja",
        "Dan Ny": "nej",
        "Eva Sjö": "avstår",
        "Lisa Holm": "nej",
    }
