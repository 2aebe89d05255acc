"""Personnummer masking: a personnummer is never stored, searched or shown.

A number is taken as a personnummer (or samordningsnummer) only when its date part is a real date
(samordningsnummer: day + 60) and its last digit passes the Luhn check. That keeps the look-alikes
unmasked: organisationsnummer (212000-1256: month 20 is no month), dates (2024-05-20), phone numbers
and diarienummer (KS-2024-00131: letters before, five digits after).
"""

from __future__ import annotations

import re
from datetime import date

#: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYYYMMDD-NNNN, and the same without separator.
#: Not inside a longer run of digits, letters or dashes (diarienummer, ids, phone numbers).
_PNR = re.compile(
    r"(?<![\w\-+/.:])(?P<cent>19|20)?(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})(?P<sep>[-+]?)(?P<nnnn>\d{4})(?![\w\-/])"
)

#: What a masked personnummer looks like in the stored text.
MASK = "[personnummer]"


def luhn_ok(digits: str) -> bool:
    """Luhn check over the 10 digits YYMMDDNNNC (the last one is the check digit)."""
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _valid_date(cent: str | None, yy: str, mm: str, dd: str) -> bool:
    day = int(dd)
    if day > 60:  # samordningsnummer: the day of birth plus 60
        day -= 60
    month = int(mm)
    # Without a printed century any century is possible; 2000 is a leap year, so 29 Feb passes.
    year = int((cent or "20") + yy)
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def is_personnummer(m: re.Match[str]) -> bool:
    """True when the match has a valid date part and a valid check digit."""
    # Ten bare digits starting 07 are read as a mobile number (07X-XXX XX XX written solid).
    if not m.group("sep") and not m.group("cent") and m.group(0).startswith("07"):
        return False
    if not _valid_date(m.group("cent"), m.group("yy"), m.group("mm"), m.group("dd")):
        return False
    return luhn_ok(m.group("yy") + m.group("mm") + m.group("dd") + m.group("nnnn"))


def mask_personnummer(text: str) -> tuple[str, int]:
    """Replace every personnummer/samordningsnummer in `text` by `MASK`.

    Args:
        text: Any document text.

    Returns:
        The masked text and how many numbers were masked.
    """
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        if not is_personnummer(m):
            return m.group(0)
        count += 1
        return MASK

    return _PNR.sub(repl, text), count
