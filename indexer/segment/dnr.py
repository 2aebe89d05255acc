"""Diarienummer (case numbers): recognition in running text and normalisation to case keys.

Swedish kommuner and regioner print case numbers in a handful of families; each
family keeps its own punctuation in the key, because two organisations that use
different families are different archives and must not collide:

- series-year-serial with dashes: ``KS-2025-00970``, ``MH-2026-181``,
  ``BN-2025-001465`` (a space instead of the first dash, ``BN 2020-00012``, is
  the same case and is normalised to dashes). The serial is kept as printed:
  ``BN-2023-000236`` and ``BN-2023-00236`` stay different keys, since the digit
  count is part of the number in the systems that print six digits.
- series/serial/year: ``RS/554/2019``, ``HSN/371/2024`` (Region Jämtland Härjedalen).
- series + six digits: ``HSF240207`` (Region Västmanland).
- series year/serial or series/year:serial: ``KS 2024/123``, ``SN/2023:152``,
  ``KS KF/2023:74``, ``TRV 2025/66904``, and with a period ``KS 2024.456``.
- year + series + serial run together: ``2024KS0211``; a two-digit year ``RUN 24/00123``.
- Regeringskansliet: ``Ju2024/00970``, ``KN2023/03476`` — a ministry's case
  number, included because a remiss item is about exactly that case.
- a bare ``2025-00970`` is a case only when the caller knows the series
  (``series_hint``, e.g. "KS" for a kommunstyrelse kallelse whose Beteckning
  column omits it); without a hint it is not returned, so it can never be
  confused with other year-number strings.

Not case numbers: dates (``2024-12-09``), phone numbers, paragraph references
(``§ 86``), and official-publication series that look alike (``SOU 2024:23``,
``Ds 2024:10``, ``SFS 2017:725``, ``prop. 2023/24:1``).
"""

from __future__ import annotations

import bisect
import re

__all__ = ["find_dnr", "normalize_dnr"]

# Upper-case series prefixes that are publication series or laws, not case numbers.
_NOT_SERIES = {
    "SOU",
    "SFS",
    "DS",
    "PROP",
    "BET",
    "RSKR",
    "EU",
    "EG",
    "EEG",
    "NJA",
    "RÅ",
    "HFD",
    "SKL",
    "SKR",
    "KSAU",
    # currency units before a figure ("MSEK 2024.50" is money, not a case)
    "SEK",
    "MSEK",
    "TSEK",
    "MKR",
    "TKR",
    "KR",
}

_UP = "A-ZÅÄÖ"
# Word boundaries that also treat '-', '/' and digits as part of a token, so we
# never match inside a longer code ("XKS-2025-001" or "2025-00970-1").
# The left boundary is checked after the first character, `(?<![\w/-]X)` once X matched, the same
# test as `(?<![\w/-])` before it: a pattern that starts with a character class lets the regex engine
# skip ahead to the letters (or the 1/2 of a year) that can start a number, 2-4x faster over a text.
_R = r"(?![\w/]|-\d)"
_S1 = rf"[{_UP}](?<![\w/-][{_UP}])"  # a series' first letter, at a token start
_Y = r"(?:19|20)(?<![\w/-]\d\d)\d\d"  # a year, at a token start

_DASH = re.compile(rf"({_S1}[{_UP}]{{0,5}})(?:-| )((?:19|20)\d\d)-(\d{{2,6}}){_R}")
_SLASH_SERIAL_YEAR = re.compile(rf"({_S1}[{_UP}]{{0,5}})/(\d{{1,6}})/((?:19|20)\d\d){_R}")
_SIX_DIGITS = re.compile(rf"({_S1}[{_UP}]{{1,4}})(\d{{6}}){_R}")
_YEAR_SERIAL = re.compile(
    rf"({_S1}[{_UP}]{{1,5}}(?: [{_UP}]{{2,6}})?)(/| )((?:19|20)\d\d)([:/]|\.(?=\d{{2}}))(\d{{1,6}}){_R}"
)
# A two-digit year: "RUN 24/00123" (Region Örebro län); the serial is never a year ("BN 12/2024").
_SHORT_YEAR = re.compile(rf"({_S1}[{_UP}]{{1,5}}) (\d\d)/(?!(?:19|20)\d\d\b)(\d{{3,6}}){_R}")
_YEAR_SERIES_SERIAL = re.compile(rf"({_Y})([{_UP}]{{2,5}})(\d{{3,6}}){_R}")
_MINISTRY = re.compile(rf"([A-Z](?<![\w/-][A-Z])[a-zA-Z]?)((?:19|20)\d\d)/(\d{{4,6}}){_R}")
_BARE = re.compile(rf"({_Y})-(\d{{5,6}}){_R}")

# A line break inside a dnr ("BN-2025-\n00001", "BN-2025-<br>00001") is joined before matching.
_BROKEN = re.compile(r"(?<=\d)-\s*(?:<br\s*/?>)?\s*\n?\s*(?=\d{2,6}\b)")


def _ok_series(series: str) -> bool:
    return series.replace(" ", "").upper() not in _NOT_SERIES


def _scan(text: str, series_hint: str | None) -> list[tuple[int, str]]:
    """All (offset, key) pairs in `text`, overlapping matches resolved by first pattern."""
    found: list[tuple[int, int, str]] = []
    # The accepted spans never overlap, so sorted by start they are sorted by end too: a new match
    # overlaps one of them exactly when the last span starting before its end reaches past its start.
    starts: list[int] = []
    ends: list[int] = []

    def add(m: re.Match[str], key: str | None) -> None:
        if key is None:
            return
        i = bisect.bisect_left(starts, m.end())
        if i and ends[i - 1] > m.start():
            return
        starts.insert(i, m.start())
        ends.insert(i, m.end())
        found.append((m.start(), m.end(), key))

    for m in _DASH.finditer(text):
        add(m, f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if _ok_series(m.group(1)) else None)
    for m in _SLASH_SERIAL_YEAR.finditer(text):
        add(m, f"{m.group(1)}/{m.group(2)}/{m.group(3)}" if _ok_series(m.group(1)) else None)
    for m in _YEAR_SERIAL.finditer(text):
        series = re.sub(r"\s+", " ", m.group(1))
        key = f"{series}{m.group(2)}{m.group(3)}{m.group(4)}{m.group(5)}"
        add(m, key if _ok_series(series.split(" ")[0]) and _ok_series(series) else None)
    for m in _SHORT_YEAR.finditer(text):
        add(m, m.group(0) if _ok_series(m.group(1)) else None)
    for m in _YEAR_SERIES_SERIAL.finditer(text):
        add(m, m.group(0) if _ok_series(m.group(2)) else None)
    for m in _MINISTRY.finditer(text):
        add(m, f"{m.group(1)}{m.group(2)}/{m.group(3)}")
    for m in _SIX_DIGITS.finditer(text):
        add(m, f"{m.group(1)}{m.group(2)}" if _ok_series(m.group(1)) else None)
    if series_hint:
        hint = series_hint.strip().upper()
        for m in _BARE.finditer(text):
            add(m, f"{hint}-{m.group(1)}-{m.group(2)}")
    found.sort()
    return [(s, key) for s, _, key in found]


def find_dnr(text: str, *, series_hint: str | None = None) -> list[str]:
    """Find the case numbers in `text`.

    Args:
        text: Running text (line breaks and ``<br>`` inside a number are tolerated).
        series_hint: The series to give a bare ``2025-00970`` (e.g. "KS"); without
            it bare numbers are ignored.

    Returns:
        Normalised case keys in order of first appearance, without duplicates.
    """
    joined = _BROKEN.sub("-", text)
    seen: dict[str, None] = {}
    for _, key in _scan(joined, series_hint):
        seen.setdefault(key, None)
    return list(seen)


def normalize_dnr(raw: str, series_hint: str | None = None) -> str | None:
    """Normalise one printed case number to its key.

    Args:
        raw: The printed number, optionally with a "Dnr" prefix ("Dnr KS 2024/123").
        series_hint: Series for a bare "2025-00970".

    Returns:
        The key ("KS-2025-00970"), or None when `raw` is not a case number.
    """
    s = re.sub(r"^\s*(?:dnr|diarienummer|diarienr)\.?:?\s*", "", raw.strip(), flags=re.IGNORECASE)
    keys = find_dnr(s, series_hint=series_hint)
    return keys[0] if len(keys) == 1 else None
