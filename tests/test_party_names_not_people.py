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


def test_members_grouped_under_party_names_get_those_parties(tmp_path: Path) -> None:
    """A list grouped by party, each group running over lines: the last name of a group is never joined
    to the next group's party name, and a local party naming itself ("Vårdpartiet Gävleborg (VG)") is a
    party of the document."""
    text = "\n".join(
        [
            "Region Testby",
            "Protokoll Regionfullmäktige 2026-04-22",
            "",
            "Närvarande ledamöter",
            "Sverigedemokraterna (SD): Tobias Berggren, Lars-Göran Svensson, Josefin Karimi,",
            "Arvid Pettersson",
            "Centerpartiet (C): Mikael Lundström, Håkan Ståhl",
            "Liberalerna (L): Irma Lilja, Stefan Lindberg",
            "Moderaterna (M): Tarik Labba",
            "Vårdpartiet Gävleborg (VG): Leila Gustafsson",
            "Övriga närvarande",
            "Anders Wiklander, regiondirektör",
            "",
            "§ 1 Val av justerare",
            "Irma Lilja (L) utses att jämte ordföranden justera protokollet.",
            "",
            "§ 2 Budget 2027",
            "Leila Gustafsson (VG) yrkar bifall till regionstyrelsens förslag.",
            "",
        ]
    )
    path = tmp_path / "region-testby_regionfullmaktige_2026-04-22_protokoll.txt"
    path.write_text(text, encoding="utf-8")
    parties = {p.name: p.party for p in extract_file(path).persons}
    assert parties == {
        "Tobias Berggren": "SD",
        "Lars-Göran Svensson": "SD",
        "Josefin Karimi": "SD",
        "Arvid Pettersson": "SD",
        "Mikael Lundström": "C",
        "Håkan Ståhl": "C",
        "Irma Lilja": "L",
        "Stefan Lindberg": "L",
        "Tarik Labba": "M",
        "Leila Gustafsson": "VG",
        "Anders Wiklander": None,
    }
