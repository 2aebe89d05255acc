"""A delegationslista's case numbers, each in its row's column headed for them (session 13).

A list of decisions prints each row's case number in a column headed "Dnr", "Diarienummer", "Ärendenr"…
Under that header a cell holding only a number is a case number in every printed shape, bare ("2026/45")
or with a short year ("KS 26/45") — shapes that are no case numbers in running text without their label.
Each shape as a text export (cells parted by tabs) and as a PDF table. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file
from tests.test_delegationslista_report_title import _pdf

_SHAPES = {
    "series_slash": ("Dnr", ["KS 2026/45", "KS 2026/51", "KS 2025/388"]),
    "dotted": ("Diarienr", ["KS.2026.45", "KS.2026.51", "KS.2025.388"]),
    "bare": ("Diarienummer", ["2026/45", "2026/51", "2025/388"]),
    "dashed": ("Ärendenummer", ["KS-2026-000045", "KS-2026-000051", "KS-2025-000388"]),
    "series_after": ("Dnr", ["2026.045 KS", "2026.051 KS", "2025.388 KS"]),
    "short_year": ("Dnr", ["KS 26/45", "KS 26/51", "KS 25/388"]),
    "colon": ("Ärendenr", ["KS/2026:45", "KS/2026:51", "KS/2025:388"]),
}
_ROWS = [
    ("2026-03-02", "Tillstånd för grävning i Storgatan", "Anna Ek, handläggare"),
    ("2026-03-09", "Yttrande över remiss om vägplan", "Bo Lind, enhetschef"),
    ("2026-03-16", "Avskrivning av ärende om bidrag", "Eva Berg, kommunchef"),
]
_X = (15, 45, 85, 190)


def _lines(head: str, numbers: list[str]) -> list[list[str]]:
    rows = [[d, n, t, p] for (d, t, p), n in zip(_ROWS, numbers, strict=True)]
    return [
        ["TESTBY KOMMUN", "", "", "Delegationslista"],
        ["Delegationsbeslut anmälda till kommunstyrelsen 2026-04-15"],
        ["Beslutsdatum", head, "Ärende", "Delegat"],
        *rows,
    ]


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_every_rows_case_number_is_the_lists(tmp_path: Path, shape: str, fmt: str) -> None:
    head, numbers = _SHAPES[shape]
    lines = _lines(head, numbers)
    path = tmp_path / f"testby_kommunstyrelsen_2026-04-15_delegationslista_{shape}.{fmt}"
    if fmt == "txt":
        path.write_text("\n".join("\t".join(c for c in ln if c) for ln in lines) + "\n", encoding="utf-8")
    else:
        page = [(x, 20 + 7 * k, c) for k, ln in enumerate(lines) for x, c in zip(_X, ln, strict=False) if c]
        path.write_bytes(_pdf([page]))
    ex = extract_file(path)
    got = {d.replace(" ", "") for it in ex.items for d in it.diarienummer}
    assert len(got) == 3 and all(any(n.replace(" ", "") in g for g in got) for n in numbers), got
