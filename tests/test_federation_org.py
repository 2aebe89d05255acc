"""A kommunalförbund's minutes are its own organization's (`indexer.meta.federation`, the probe
`tests/federation_probe.py`).

kommuner60's Räddningstjänsten Syd (a direktion's Word minutes, meeting in Lund) was read as Lunds kommun.
Probe: main 18/162 (only the member kommun's own minutes right), after 162/162.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from federation_probe import Variant, organization, variants

from indexer.meta.federation import federation_name

_ALL = {v.name: v for v in variants()}
# Every head in text and Word for one förbund and body, and every kommun's minutes, keep the suite fast.
_PICKED = sorted(
    n for n in _ALL if (n.endswith("/Direktionen/0") and n[:4] in ("txt/", "docx")) or "/kommun/" in n
)


@pytest.mark.parametrize("name", _PICKED)
def test_own_organization(name: str, tmp_path: Path) -> None:
    v: Variant = _ALL[name]
    assert organization(v, tmp_path) == v.want


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["Räddningstjänsten Syd – Protokoll – Direktionen 2026-05-20"], "Räddningstjänsten Syd"),
        (["PROTOKOLL", "Direktionen, Räddningstjänsten Syd"], "Räddningstjänsten Syd"),
        (["Sammanträde med Räddningstjänsten Syds direktion"], None),  # a sentence, not the head's name
        (["Räddningstjänsten Syds direktion", "Protokoll"], "Räddningstjänsten Syd"),
        (["Lunds kommun", "PROTOKOLL", "Kommunstyrelsen"], None),
        (["PROTOKOLL", "Direktionen i Lund"], None),  # a kommun is where it met, not the förbund
        (["Lunds kommun", "Direktionen"], None),
    ],
)
def test_federation_name(lines: list[str], name: str | None) -> None:
    assert federation_name(lines) == name
