"""The one continuation-label pattern the PDF tables, the vote lists and the OCR repair share."""

from __future__ import annotations

import pytest

from indexer.cues.continued import CONTINUED, OCR_CONTINUED

# (printed text, a continuation label as printed, a label in OCR text at a line's start)
CASES = [
    ("§ 32 forts.", True, True),
    ("§ 32 (forts.)", True, True),
    ("§ 32, forts", True, True),
    ("§ 32 – fortsättning", True, True),
    ("§32 fortsätter", True, True),
    ("Forts. § 32", True, True),
    ("KF § 32 forts.", True, True),
    ("8 32 forts.", False, True),  # OCR read the § as 8
    ("S 143 (forts.)", False, True),
    ("§ 12 Fortsatt arbete med översiktsplanen", False, False),  # a heading, not a continuation
    ("§ 12 Information", False, False),
    ("forts.", False, False),
    ("Ks § 32 forts.", False, False),  # an organ's letters are capitals
]


@pytest.mark.parametrize(("text", "printed", "ocr"), CASES)
def test_continuation_label(text: str, printed: bool, ocr: bool) -> None:
    assert bool(CONTINUED.fullmatch(text)) is printed
    assert bool(OCR_CONTINUED.match(text)) is ocr
