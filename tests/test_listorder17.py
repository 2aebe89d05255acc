"""An attendance list printed surname first, its justerare in the head block so too
(`tests/listorder17_probe.py`).

Where no signature block prints the names in normal order, the § choosing the justerare is the one name
printed reversed elsewhere; the list's names the inverted readers put right by their first names show the
list's order too. Probe: main 32/36, after 36/36.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from listorder17_probe import result, variants

_ALL = {v.name: v for v in variants()}


@pytest.mark.parametrize("name", sorted(_ALL))
def test_one_justerare(name: str, tmp_path: Path) -> None:
    ok, got = result(_ALL[name], tmp_path)
    assert ok, got
