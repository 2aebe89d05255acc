"""The town of a meeting's place line under the labels minutes use for it (session 16, probe written before
the rule): "Plats och tid", "Tid och plats" (kommuner56: "Tid och plats: 2026-06-09 kl. 09.00–15.30,
Regionens hus, Karlstad"), "Sammanträdesplats", "Mötesplats", "Lokal", the time before the place or after
it. Every text is invented."""

from __future__ import annotations

import pytest

from indexer.entities.places import kommuner

_TOWNS = ["Karlstad", "Jönköping", "Ljusdal"]
_LINES = {
    "plats_och_tid": "Plats och tid: Regionens hus, {t}, kl. 09.00–15.30",
    "tid_och_plats": "Tid och plats: 2026-06-09 kl. 09.00–15.30, Regionens hus, {t}",
    "tid_och_plats_tab": "Tid och plats\t2026-06-09 kl. 09.00–15.30, Stadshuset, {t}",
    "tid_och_plats_place_first": "Tid och plats: Stadshuset, sal B, {t}, 2026-06-09 kl. 13.00",
    "sammantradesplats": "Sammanträdesplats: Kommunhuset, {t}",
    "motesplats": "Mötesplats: Folkets hus, {t}",
    "lokal": "Lokal: Sessionssalen, {t}",
}


@pytest.mark.parametrize("line", sorted(_LINES))
@pytest.mark.parametrize("town", _TOWNS)
def test_town_of_the_place_line(town: str, line: str) -> None:
    text = f"PROTOKOLL\nNämnden\n{_LINES[line].format(t=town)}\n\n§ 1 Val av justerare\n"
    assert town in kommuner([], [], text)
