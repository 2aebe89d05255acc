"""A first name printed with an accent the name list spells without ("Therése" for "Therese", "Désirée",
"Zoé", "Agnés", "Zoë"): the same name, in every form a protocol prints it — in running text after a title, in
an attendance list in normal or inverted order. The accent stays as printed. Every text is invented.
"""

from __future__ import annotations

import pytest

from indexer.entities.people import find_persons

_NAMES = [
    ("Therése", "Grönqvist"),
    ("Désirée", "Lindqvist"),
    ("Zoé", "Lindberg"),
    ("Agnés", "Sandström"),
    ("Zoë", "Nyberg"),
]
_FORMS = {
    "titled_in_text": "Beslutande\nAnna Ek (S)\n\n§ 91 Förskoleplatser\n"
    "Verksamhetschef {f} {s} föredrar ärendet.\n",
    "inverted_in_list": "Beslutande\nAnna Ek (S)\nÖvriga närvarande\nBrandt, Ulf, förvaltningschef\n"
    "{s}, {f}, verksamhetschef förskola, § 91\nEk, Linnea, nämndsekreterare\n",
    "normal_in_list": "Beslutande\nAnna Ek (S)\n{f} {s} (S)\nBo Berg (M)\n",
}


@pytest.mark.parametrize("form", sorted(_FORMS))
@pytest.mark.parametrize("name", range(len(_NAMES)))
def test_accented_first_name(name: int, form: str) -> None:
    first, surname = _NAMES[name]
    people = {p.name for p in find_persons(_FORMS[form].format(f=first, s=surname))}
    assert f"{first} {surname}" in people


def test_a_capitalised_word_with_an_accent_is_no_name() -> None:
    people = {
        p.name
        for p in find_persons("Beslutande\nAnna Ek (S)\n\n§ 4 Café Centrum\nCafé Centrum får bidrag.\n")
    }
    assert people == {"Anna Ek"}
