"""Diarienummer recognition and normalisation (indexer.segment.dnr)."""

from __future__ import annotations

import pytest

from indexer.segment.dnr import find_dnr, normalize_dnr

POSITIVE = [
    ("RS/554/2019", "RS/554/2019"),
    ("HSN/371/2024", "HSN/371/2024"),
    ("HSF240207", "HSF240207"),
    ("KS-2025-00970", "KS-2025-00970"),
    ("Dnr TE-2025-00171", "TE-2025-00171"),
    ("Dnr KS 2024/123", "KS 2024/123"),
    ("KS KF/2023:74", "KS KF/2023:74"),
    ("SN/2023:152", "SN/2023:152"),
    ("BN 2020-00012", "BN-2020-00012"),
    ("BN-2025-001465", "BN-2025-001465"),
    ("MH-2026-181", "MH-2026-181"),
    ("Ju2024/00970", "Ju2024/00970"),
    ("KN2023/03476", "KN2023/03476"),
    ("TRV 2025/66904", "TRV 2025/66904"),
    ("BN-2025-<br>00001", "BN-2025-00001"),
    ("BN-2025-\n00001", "BN-2025-00001"),
    ("KS 2024.456", "KS 2024.456"),  # a period between year and serial
    ("Dnr 2024KS0211", "2024KS0211"),  # year, series, serial run together
    ("RUN 24/00123", "RUN 24/00123"),  # a two-digit year
    ("Dnr KS 2024-0312", "KS-2024-0312"),
]

NEGATIVE = [
    "2024-12-09",  # a date
    "0300-834028",  # a phone number
    "Ds 2024:10",  # departementsserien
    "SOU 2024:23",
    "SFS 2017:725",
    "§ 86",
    "KSAU 2024-08-13",  # an organ and a date
    "BUERA 12:41",  # a property designation
    "2024-00444",  # bare number without a series hint
    "1 000 000 kronor",
    "MSEK 2024.50",  # money
    "kl. 2024.45",
    "vecka BN 12/2024",  # a week and a year, not a two-digit-year case
]


@pytest.mark.parametrize(("raw", "key"), POSITIVE)
def test_normalize_positive(raw: str, key: str) -> None:
    assert normalize_dnr(raw) == key
    assert find_dnr(f"Ärendet ({raw}) behandlades.") == [key]


@pytest.mark.parametrize("raw", NEGATIVE)
def test_not_a_dnr(raw: str) -> None:
    assert find_dnr(raw) == []
    assert normalize_dnr(raw) is None


def test_bare_number_takes_series_hint() -> None:
    assert normalize_dnr("2025-00970", series_hint="KS") == "KS-2025-00970"
    assert find_dnr("| 2024-00444 |", series_hint="ks") == ["KS-2024-00444"]
    # dates stay dates even with a hint
    assert find_dnr("daterat 2024-06-13", series_hint="KS") == []


def test_series_are_distinct_and_order_kept() -> None:
    text = "Se KS-2025-00970 och BN-2025-00970 samt KS-2025-00970 igen, och RS/292/2024."
    assert find_dnr(text) == ["KS-2025-00970", "BN-2025-00970", "RS/292/2024"]


def test_no_match_inside_longer_codes() -> None:
    assert find_dnr("XKS-2025-00970-1") == []
    assert find_dnr("KS-2025-00970-12") == []
