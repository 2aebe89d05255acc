"""One set of serving-ersättare phrases (`indexer.entities.serving`) serves every reader: the role's
abbreviations and the words before the member served for are recognised alike in an attendance line, a
vote table's header and a list's filler."""

from __future__ import annotations

import re

import pytest

from indexer.entities.absence import absent_spans
from indexer.entities.serving import REPLACES, SERVES_FOR, SUBSTITUTE
from indexer.entities.votes.grid import REPLACED_COLUMN


@pytest.mark.parametrize(
    "role", ["tjänstgörande ersättare", "Tjänstg. ers.", "tjg ers", "Tjg.ers.", "ersättare", "ers."]
)
def test_the_serving_ersattares_role_in_its_forms(role: str) -> None:
    assert re.fullmatch(SUBSTITUTE, role, re.IGNORECASE)


@pytest.mark.parametrize(
    "words",
    ["ersätter", "tjänstgör för", "tjg för", "i stället för", "istället för", "tjg ers för",
     "tjänstgörande ersättare för", "ers. för"],
)  # fmt: skip
def test_the_words_before_the_member_served_for(words: str) -> None:
    assert re.fullmatch(REPLACES, words, re.IGNORECASE)
    assert re.fullmatch(SERVES_FOR, words, re.IGNORECASE)
    assert REPLACED_COLUMN.match(words.capitalize())  # a vote table's column header
    text = f"Anna Ek (S), {words} Bo Berg (S)\n"
    assert [text[a:b] for a, b in absent_spans(text)] == ["Bo Berg (S)"]


def test_for_alone_only_after_the_ersattares_name() -> None:
    assert re.fullmatch(SERVES_FOR, "för") and not re.fullmatch(REPLACES, "för")
    assert not REPLACED_COLUMN.match("För")
