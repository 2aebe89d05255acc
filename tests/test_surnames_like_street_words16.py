"""A surname that ends like a street word of its own only after one letter ("Wallén", "Hallén": W/H +
"allén") is a name; a street's compound ("Fredsallén", "Kungsallén", "Ekallén") and the word alone are not
(session 16, kommuner56: "Bertil Wallén (TP)" missed in a Töreboda protocol; probe written before the rule).
Every text is invented."""

from __future__ import annotations

import pytest

from indexer.entities.names import is_stop_token
from indexer.entities.people import find_persons

NAMES = ["Bertil Wallén", "Karin Hallén", "Olle Dallén"]
NOT_NAMES = ["Fredsallén", "Kungsallén", "Ekallén", "Allén", "Allé", "Regiondirektör", "Chef", "Nämnden"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "form",
    [
        "Beslutande\n{n} (TP), ordförande\nAnna Berg (S)\n",
        "{n} (S) yrkar avslag.\n",
        "Namn\tParti\tRöst\nBerg, Anna\tS\tJa\nLund, Olle\tM\tJa\n{r}\tS\tNej\n",
    ],
)
def test_a_surname_ending_like_a_street_word(name: str, form: str) -> None:
    first, last = name.split()
    text = form.format(n=name, r=f"{last}, {first}")
    assert name in [p.name for p in find_persons(text)]


@pytest.mark.parametrize("word", NOT_NAMES)
def test_street_and_title_words_stay_stop_words(word: str) -> None:
    assert is_stop_token(word)
