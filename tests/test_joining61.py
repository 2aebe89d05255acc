"""Joiners of a yrkande with "med instämmande av" wrapped over a line (`tests/joining61_probe.py`).

kommuner61's Stockholm protocol broke "föreslog, med" / "instämmande av Peter Sjöblom (M) och Ulla-Britt
Karlsson (L)" in its PDF text: the joiners were lost. Probe: main 4/10, after 10/10.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from joining61_probe import result, variants

_ALL = {v.name: v for v in variants()}


@pytest.mark.parametrize("name", sorted(_ALL))
def test_joiners_propose(name: str, tmp_path: Path) -> None:
    ok, got = result(_ALL[name], tmp_path)
    assert ok, got
