"""A person whose first name is also a word ("Hans", "Per", "Bo", "Sten") followed by their title after a
comma: "Hans Öqvist, kommundirektör", "Bo Lind, ekonomichef". The title after the name shows a person
as a title before it does ("Kommundirektör Hans Öqvist"). In a delegationslista's Delegat column, in an
attendance list and in running text. Every text is invented.
"""

from __future__ import annotations

import pytest

from indexer.entities.people import find_persons

_PEOPLE = [("Hans Öqvist", "kommundirektör"), ("Bo Lind", "ekonomichef"), ("Per Sundin", "planarkitekt")]
_FORMS = {
    "delegat_column": "Delegationsbeslut\nDatum\tDnr\tÄrende\tDelegat\n"
    "2026-11-12\tKS 2026/00794\tRemissvar, samråd översiktsplan\tYttrande avgivet\t{n}, {t}\t1.6\n"
    "2026-11-13\tKS 2026/00795\tAvtal om hyra\tTecknat\tAnna Ek, kanslichef\t1.7\n",
    "attendance": "Beslutande\nAnna Ek (S)\nÖvriga närvarande\n{n}, {t}\nEva Berg, sekreterare\n",
    "sentence": "Beslutande\nAnna Ek (S)\n\n§ 4 Budget\n"
    "Ärendet föredras av {n}, {t}, som svarar på frågor.\n",
}


@pytest.mark.parametrize("form", sorted(_FORMS))
@pytest.mark.parametrize("person", range(len(_PEOPLE)))
def test_word_first_name_then_title(person: int, form: str) -> None:
    name, title = _PEOPLE[person]
    assert name in {p.name for p in find_persons(_FORMS[form].format(n=name, t=title))}


def test_a_word_then_a_capital_is_no_name() -> None:
    text = "Beslutande\nAnna Ek (S)\n\n§ 4 Sten Sture-parken\nBo Ek-projektet, bostäder och lokaler.\n"
    assert {p.name for p in find_persons(text)} == {"Anna Ek"}
