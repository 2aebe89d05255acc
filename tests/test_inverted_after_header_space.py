"""An attendance list printed surname first whose block header stands one space before its first name, as
a PDF's text layer joins a two-column form: "Ersättare Forsberg, Håkan (S)", "Ej tjänstgörande Forsberg,
Håkan (S)" / "ersättare⇥Tellström, Amanda (M)" (the header broken over two lines of its column). The
first name of the block is a person as those under it are. Every text is invented.
"""

from __future__ import annotations

import pytest

from indexer.entities.people import find_persons

_HEAD = "Beslutande\tÖhman, Kristoffer (S), ordförande\nSalo, Petra (S)\nEld, Marcus (SD)\n"
_TAIL = "Övriga närvarande\tBrandt, Ulf, förvaltningschef\nEk, Linnea, nämndsekreterare\n"
_BLOCKS = {
    "ej_tjanstgorande_broken": "Ej tjänstgörande Forsberg, Håkan (S)\nersättare\tTellström, Amanda (M)\n",
    "ersattare": "Ersättare Forsberg, Håkan (S)\nTellström, Amanda (M)\n",
    "ledamoter": "Ledamöter Forsberg, Håkan (S)\nTellström, Amanda (M)\n",
    "tjanstgorande_ersattare": "Tjänstgörande ersättare Forsberg, Håkan (S)\nTellström, Amanda (M)\n",
}


@pytest.mark.parametrize("block", sorted(_BLOCKS))
def test_first_inverted_name_after_its_header(block: str) -> None:
    names = {p.name for p in find_persons(_HEAD + _BLOCKS[block] + _TAIL)}
    assert {"Håkan Forsberg", "Amanda Tellström", "Petra Salo", "Ulf Brandt"} <= names
    assert not [n for n in names if "Ersättare" in n or "Ledamöter" in n or "tjänstgörande" in n]
