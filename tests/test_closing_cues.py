"""One place says what a signature line is (`indexer.segment.closing`), one what an official's title is
(`indexer.entities.officials`): the rules that ask (a letter's closing, a signature under an agenda table,
a Word paragraph's broken title) agree. Every text is invented."""

from __future__ import annotations

import re

import pytest

from indexer.entities import officials
from indexer.read.docx import _joined
from indexer.segment.after_table import _PERSON_LINE
from indexer.segment.closing import SIGNER_ROLE, is_signer_role, starts_closing


@pytest.mark.parametrize(
    "role",
    [
        "Ordförande",
        "Sekreterare",
        "Kommunstyrelsens ordförande",
        "1:e vice ordförande",
        "2:e vice ordförande",
        "Nämndsekreterare",
        "Förvaltningschef",
        "tf ordförande",
        "biträdande förvaltningschef",
    ],
)
def test_a_signers_role_is_one_thing_everywhere(role: str) -> None:
    assert SIGNER_ROLE.match(role)
    assert starts_closing(["Mats Ek\tLena Dahl", f"{role}\t{role}"], 0)
    assert is_signer_role(role) and is_signer_role(role, justerare=True)
    assert _joined(f"Anna Ek\n{role.lower()}") == f"Anna Ek\n{role.lower()}"  # a signature's lines stay apart


@pytest.mark.parametrize("line", ["Ny förvaltningschef", "Ordförande och sekreterare", "Justerare"])
def test_not_a_signers_role(line: str) -> None:
    assert not is_signer_role(line)


def test_justerare_only_where_asked() -> None:
    assert is_signer_role("justerare", justerare=True)
    assert not starts_closing(["Mats Ek\tLena Dahl", "Justerare\tJusterare"], 0)
    assert _joined("Anna Ek\njusterare") == "Anna Ek\njusterare"
    assert _joined("Information om\nelevhälsan") == "Information om elevhälsan"  # a title broken by hand


def test_a_signer_under_a_table_is_the_closings_signer() -> None:
    for line in ["Ulrika Hedin", "Anna-Lena Berg Holm (S)", "Anna Ek (S), ordförande"]:
        assert _PERSON_LINE.match(line)
    assert not _PERSON_LINE.match("Information om elevhälsan")


def test_every_title_list_is_the_core_and_its_own_words() -> None:
    lists = [
        officials.NAMED_TITLES,
        officials.LIST_TITLES,
        officials.ATTENDANCE_TITLES,
        officials.PRESENTER_TITLES,
    ]
    for heads in lists:
        assert heads[: len(officials.OFFICIALS)] == officials.OFFICIALS
        assert len(set(heads)) == len(heads)
    assert set(officials.BROKEN_NAME_TITLES) <= set(officials.OFFICIALS)
    assert all(re.fullmatch(r"[a-zåäö]+", w) for heads in lists for w in heads)  # safe in an alternation
