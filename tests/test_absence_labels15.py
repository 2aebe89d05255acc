"""One vocabulary for an absence label, on the label's own line and over the lines below it (debt15).

Invented texts: the same attendance block with its absent members under each absence label Swedish minutes
print ("Frånvarande ersättare", "Anmälda förhinder", "Ej närvarande", …), set in several markups (a colon,
a tab, a text export's spaces, a label column continued on the next line, the label alone over the names,
inverted names with semicolons). The members named under the label are no persons of the meeting
(GOLD_FORMAT: a member named absent is not a person); those in the "Beslutande" list are. Controls: labels
of people who are there ("Ej tjänstgörande ersättare", "Närvarande ersättare") keep their names.
"""

from __future__ import annotations

import pytest

from indexer.entities.people import find_persons

_LABELS = (
    "Frånvarande",
    "Frånvarande ledamöter",
    "Frånvarande ledamot",
    "Frånvarande ersättare",
    "Frånvarande utan ersättare",
    "Frånvarande ledamöter utan ersättare",
    "Anmält förhinder",
    "Anmälda förhinder",
    "Förhinder",
    "Ej närvarande",
)
#: Labels whose names are there, though not all serving.
_PRESENT_LABELS = ("Ej tjänstgörande ersättare", "Närvarande ersättare")

_HEAD = "Beslutande\nAnna Lindqvist (S), ordförande\nPer Holmberg (M)\nEva Strandberg (C)\n\n"
_TAIL = "\n\nJusterare: Per Holmberg\n"
_PRESENT = {"Anna Lindqvist", "Per Holmberg", "Eva Strandberg"}
_LISTED = {"Lars Bergström", "Maja Ekholm"}


def _markup(kind: str, label: str) -> str:
    """The two listed members under `label`, set as `kind`."""
    pad = " " * (42 - len(label))
    return {
        "colon": f"{label}: Lars Bergström (S), Maja Ekholm (KD)",
        "tab": f"{label}\tLars Bergström (S), Maja Ekholm (KD)",
        "spaces": f"{label}      Lars Bergström (S), Maja Ekholm (KD)",
        "column": f"{label}{pad}Lars Bergström (S)\n{' ' * 42}Maja Ekholm (KD)",
        "below": f"{label}\nLars Bergström (S)\nMaja Ekholm (KD)",
        "below_colon": f"{label}:\nLars Bergström (S)\nMaja Ekholm (KD)",
        "semicolon": f"{label}: Bergström, Lars (S); Ekholm, Maja (KD)",
    }[kind]


_KINDS = ("colon", "tab", "spaces", "column", "below", "below_colon", "semicolon")


@pytest.mark.parametrize("kind", _KINDS)
@pytest.mark.parametrize("label", _LABELS)
def test_members_under_an_absence_label_are_no_persons(label: str, kind: str) -> None:
    names = {p.name for p in find_persons(_HEAD + _markup(kind, label) + _TAIL)}
    assert names >= _PRESENT
    assert not _LISTED & names


@pytest.mark.parametrize("kind", ("colon", "tab", "spaces"))
@pytest.mark.parametrize("label", _PRESENT_LABELS)
def test_members_under_a_label_of_people_there_are_persons(label: str, kind: str) -> None:
    names = {p.name for p in find_persons(_HEAD + _markup(kind, label) + _TAIL)}
    assert names >= _PRESENT | _LISTED
