"""Kommuner placed as towns on a journey, a route or in part (`tests/places61_probe.py`).

kommuner61 named "resor till Lund och Vellinge", "upprustning genom Kristianstad" and "delar av Mölndal":
each a kommun named. Probe: main 20/44 (the lookalikes only), after 44/44.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from places61_probe import result, variants

_ALL = {v.name: v for v in variants()}
# Every sentence in text and as a PDF's reader gives it, and the set's three cues in every markup.
_PICKED = sorted(
    n for n in _ALL if n.startswith(("txt/", "pdf/")) or n.endswith(("/resor", "/genom", "/delar"))
)


@pytest.mark.parametrize("name", _PICKED)
def test_placed_kommuner(name: str, tmp_path: Path) -> None:
    ok, got = result(_ALL[name], tmp_path)
    assert ok, (got, _ALL[name].kommuner)
