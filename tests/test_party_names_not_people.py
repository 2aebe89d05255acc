"""A local party's full name is no person, wherever it is printed (session 14).

A protocol explains its local party codes in a legend ("DLP = Dorotea Landsbygdsparti") or names a party in
its text; "Dorotea" and "Maria" are first names, but no Swedish surname ends in "parti"/"partiet". Every text
is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_LINES = [
    "DLP = Dorotea Landsbygdsparti",
    "Partiförkortningar: DLP Dorotea Landsbygdsparti, SJVP Sjukvårdspartiet Västernorrland",
    "Maria Framtidspartiet yrkar bifall.",  # nonsense, but a party word must not close a name either
    "Yrkande från Dorotea Landsbygdspartiets grupp.",
]


@pytest.mark.parametrize("line", _LINES)
def test_a_party_name_is_no_person(tmp_path: Path, line: str) -> None:
    text = "\n".join(
        [
            "Testby kommun",
            "Protokoll Kommunfullmäktige 2026-02-23",
            "",
            "Närvarande: Olof Persson (DLP), ordförande, Karin Sjödin (DLP), Erik Mattsson (SD)",
            "",
            line,
            "",
            "§ 1 Val av justerare",
            "Karin Sjödin (DLP) utses att jämte ordföranden justera protokollet.",
            "",
            "§ 2 Budget 2027",
            "Olof Persson (DLP) yrkar bifall till kommunstyrelsens förslag.",
            "",
        ]
    )
    path = tmp_path / "testby_kommunfullmaktige_2026-02-23_protokoll.txt"
    path.write_text(text, encoding="utf-8")
    names = {p.name for p in extract_file(path).persons}
    assert names == {"Olof Persson", "Karin Sjödin", "Erik Mattsson"}
