"""A delegationslista that names the meeting it is reported to only at its foot, under the table.

The head prints the kommun, the report's name, the organ and the day the list was printed ("Utskriftsdatum:
2026-11-12"); the rows print the decisions' dates; a line under the last row says when the list is reported
("Listan anmäls till Socialnämnden 2026-11-25."). The list's date is that meeting's (GOLD_FORMAT), never the
print date or a decision's. Each phrasing as a PDF and as plain text. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file
from tests.test_delegationslista_report_title import _COLUMNS, _ROWS, _pdf

_FEET = [
    "Beslut fattade på delegation under perioden 2026-10-01 – 2026-10-31. Listan anmäls till Socialnämnden "
    "2026-11-25.",
    "Redovisas för socialnämnden den 25 november 2026.",
    "Anmäls vid socialnämndens sammanträde 2026-11-25. Sammanställd av Jessica Ring, nämndsekreterare.",
    "Delegationsbesluten anmäls till Socialnämnden vid sammanträdet den 25 november 2026.",
]


def _page(foot: str) -> list[tuple[float, float, str]]:
    page = [
        (15, 12, "SIGBY KOMMUN"),
        (200, 12, "Delegationslista"),
        (200, 18, "Socialnämnden"),
        (180, 24, "Utskriftsdatum: 2026-11-12 Sida 1 av 1"),
    ]
    header = ("Beslutsdatum", "Diarienummer", "Ärende", "Delegat")
    page += [(x, 40, t) for x, t in zip(_COLUMNS, header, strict=True)]
    rows = _ROWS * 8  # a list long enough that its foot is far from its head
    for k, row in enumerate(rows):
        page += [(x, 46 + 5 * k, t) for x, t in zip(_COLUMNS, row, strict=True)]
    return [*page, (15, 46 + 5 * len(rows) + 6, foot)]


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
@pytest.mark.parametrize("foot", range(len(_FEET)))
def test_the_date_is_the_meeting_named_at_the_foot(tmp_path: Path, foot: int, fmt: str) -> None:
    page = _page(_FEET[foot])
    path = tmp_path / f"sigby_socialnamnden_delegationslista_{foot}.{fmt}"
    if fmt == "pdf":
        path.write_bytes(_pdf([page]))
    else:
        lines = ["   ".join(t for _x, yy, t in page if yy == y) for y in sorted({yy for _x, yy, _t in page})]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ex = extract_file(path)
    want = ("Socialnämnden", "2026-11-25", "delegationslista")
    assert (ex.meta.organ, ex.meta.date, ex.meta.doc_type) == want


#: The day of the report as a label or beside the body's abbreviation, in the head under the print date
#: and the period: never a decision's date nor the period's first day.
_HEAD_LINES = [
    "Anmäls: 2026-04-15",
    "Anmälningsdatum: 2026-04-15",
    "Beslut anmälda vid KS 2026-04-15",
    "Redovisas för KS 2026-04-15",
    "Anmäls på kommunstyrelsens sammanträde den 15 april 2026",
    "Datum för anmälan: 2026-04-15",
]


@pytest.mark.parametrize("line", range(len(_HEAD_LINES)))
def test_the_date_is_the_report_day_the_head_names(tmp_path: Path, line: int) -> None:
    head = ["TESTBY KOMMUN\tDelegationslista", "Kommunstyrelsen", "Utskriftsdatum: 2026-04-08"]
    head += ["Redovisningsperiod 2026-03-01 -- 2026-03-31", _HEAD_LINES[line], ""]
    rows = ["Beslutsdatum\tDnr\tÄrende\tDelegat"]
    rows += ["\t".join((d, n, t, p)) for (d, n, t, p) in _ROWS]
    path = tmp_path / f"testby_kommunstyrelsen_delegationslista_{line}.txt"
    path.write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    assert extract_file(path).meta.date == "2026-04-15"
