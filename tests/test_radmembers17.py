"""A råd's members from pensioners' and disability organisations are its ledamöter, no officials
(`tests/radmembers17_probe.py`).

kommuner59's Tingsryd pensionärsråd printed "Gert Rydh⇥ledamot⇥PRO Tingsryd": with no party beside the
seat, the attendance reader took the member for a tjänsteperson. Probe: main 8/40, after 40/40.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from radmembers17_probe import WANT, result, variants

_ALL = {v.name: v for v in variants()}


@pytest.mark.parametrize("name", sorted(_ALL))
def test_organisation_members_hold_seats(name: str, tmp_path: Path) -> None:
    good, misses = result(_ALL[name], tmp_path)
    assert good == len(WANT), misses
