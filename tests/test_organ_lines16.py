"""The organ a protocol prints, in the many printings of tests/organ16_probe.py (written before the rules):
a cover in capitals, "Protokoll fört vid sammanträde med X", a running header, a letterhead, a body in the
genitive, an abbreviation; the decision lines opening its pages name other bodies and are no organ."""

from __future__ import annotations

import pytest

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_document
from tests.organ16_probe import CASES, document


@pytest.mark.parametrize(("cover", "running", "decision", "organ"), CASES)
def test_the_organ_of_the_document(cover: str, running: str, decision: str, organ: str) -> None:
    raw = document(cover, running, decision)
    meta = detect_meta(clean_document(raw, fmt="pdf").text, raw=raw)
    assert meta.organ == organ, meta.meta_source
