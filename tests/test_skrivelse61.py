"""A tjänsteskrivelse's nämnd from its "Förslag till beslut" and its writers under the recipients' list
(`tests/skrivelse61_probe.py`).

kommuner61's tjänsteskrivelse (Region Gävleborg) printed no "Till …": the nämnd is the one its proposal
names as deciding. Its PDF text held "Beslutet skickas till" / "Ekonomienheten, Region Gävleborg" / "Karin
Lundh" / "Avdelningschef regional utveckling" without a blank line: the writers were read as recipients.
Probe: main organ 50/75, persons 15/75; after 75/75 each.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from skrivelse61_probe import result, variants

from indexer.meta.decision_lines import proposing_body

_ALL = {v.name: v for v in variants()}
# Every case in the text a PDF's reader gives, and every markup of the region's own.
_PICKED = sorted(
    n
    for n in _ALL
    if n.startswith("txt-tight/")
    or n.startswith(tuple(f"{m}/beslutar/" for m in ("pdf", "docx", "html", "txt")))
)


@pytest.mark.parametrize("name", _PICKED)
def test_organ_and_writers(name: str, tmp_path: Path) -> None:
    organ_ok, persons_ok, organ, persons = result(_ALL[name], tmp_path)
    assert organ_ok and persons_ok, (organ, persons)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Regionala utvecklingsnämnden beslutar", "Regionala utvecklingsnämnden"),
        ("Socialnämnden föreslås besluta att", "Socialnämnden"),
        ("Kultur- och fritidsnämnden beslutar att", "Kultur- och fritidsnämnden"),
        ("Kommunstyrelsen föreslår kommunfullmäktige besluta", None),  # two bodies: not this rule's
        ("Förvaltningen föreslår att nämnden beslutar", None),
        ("att bevilja medlen", None),
    ],
)
def test_the_body_a_proposal_names(line: str, body: str | None) -> None:
    assert proposing_body(["Förslag till beslut", line]) == body
    assert proposing_body(["Sammanfattning", line]) is None
