"""A party named by its full name as the subject of its act (`tests/partyname17_probe.py`).

kommuner61's Göteborg protocol: "Demokraterna lämnar en protokollsanteckning" is the local party D of its
attendance list, a one-letter code no letters-fit could tie to the name. Probe: main 20/32, after 32/32.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from partyname17_probe import result, variants

_ALL = {v.name: v for v in variants()}


@pytest.mark.parametrize("name", sorted(_ALL))
def test_party_named_acts(name: str, tmp_path: Path) -> None:
    ok, got = result(_ALL[name], tmp_path)
    assert ok, got
