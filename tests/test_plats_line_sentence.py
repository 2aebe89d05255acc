"""The town of a meeting's "Plats" line when a sentence follows it on the line: "Plats: Regionens hus, sal
A, Jönköping. Anslutning via Teams är möjlig." The line's parts end at a comma, a cell's edge and a
sentence's full stop, so the town is a part of its own. The towns include those that also name a region
("Jönköping", "Kalmar", "Örebro"), which no gazetteer match takes for a kommun alone. Every text is
invented.
"""

from __future__ import annotations

import pytest

from indexer.entities.places import kommuner

_TOWNS = ["Jönköping", "Kalmar", "Örebro", "Ljusdal"]
_LINES = {
    "tab_cell_then_sentence": "Plats\tRegionens hus, sal A, {t}. Anslutning via Teams är möjlig.",
    "colon_then_sentence": "Plats: Stadshuset, sal B, {t}. Mötet är öppet för allmänheten.",
    "plats_och_tid_time_after": "Plats och tid: Kommunhuset, {t}. Kl. 09.00–12.00",
}


@pytest.mark.parametrize("line", sorted(_LINES))
@pytest.mark.parametrize("town", _TOWNS)
def test_town_before_a_sentence(town: str, line: str) -> None:
    text = f"KALLELSE\nNämnden\n{_LINES[line].format(t=town)}\n\n1. Val av justerare\n"
    assert town in kommuner([], [], text)
