"""Decision parts, case numbers and parties as several systems print them (k52, session 15): a yrkanden
table ("Yrkande av | Yrkande"), a note signed by two members on one line, the chair's proposal to strike
an ärende from the agenda (no yrkande), "väljs att tillsammans med ordföranden justera", a second case
number under the heading in another body's diarium ("Kommunstyrelsens dnr …"), a case number above the §
line at a PDF page's top under the running header, and a local party in a table's "Parti" column. Each
is the same invented document in a text export, an HTML page, a Word file and a PDF
(`tests.decision_parts15_probe`); main read 3 of the 28 files right before k52."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.decision_parts15_cases import CASES
from tests.decision_parts15_probe import FORMATS, Case, check, extract, got


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_decision_parts(case: Case, fmt: str, tmp_path: Path) -> None:
    ex = extract(case, fmt, tmp_path)
    assert check(case, ex), got(case, ex)
