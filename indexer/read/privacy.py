"""Personnummer masking: a personnummer is never stored, searched or shown, however it is written.

A number is taken as a personnummer (or samordningsnummer) when its date part is a real date
(samordningsnummer: day + 60) and its last digit passes the Luhn check; after a label ("pnr",
"personnr", "pers.nr", "personnummer") a real date is enough, as a typo in the check digit does not
make it anyone else's number. That keeps the look-alikes unmasked: organisationsnummer (212000-1256:
month 20 is no month), dates (2024-05-20), diarienummer (KS-2024-00131), a case number's serial beside a
date in the next cell ("MB 2026-000261⇥2026-04-15") and most phone numbers.

The written forms: ten or twelve digits (century 18, 19 or 20; people born 2000 or later are also
written with ten), the last four after nothing, a hyphen of any kind (soft, non-breaking, en dash,
minus sign), a plus (100 years or older), "/", "_", spaces or line breaks; invisible characters
(soft hyphens, zero-width spaces) anywhere inside; right after a label or a letter ("Pnr:",
"nr.", "pnr811218-...") and inside file names. A number inside a longer run of digits, or
followed by a letter or digit (a transaction id), is not one.

Masking runs on the raw text before cleaning and again after every step that joins text
(`indexer.extract`), and on every string of an extraction (`mask_extraction`).
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from datetime import date
from functools import cache
from typing import Any

#: Characters that print as nothing (soft hyphen, zero-width spaces and joiners, BOM).
_INVISIBLE = "[\u00ad\u200b\u200c\u200d\u2060\ufeff]"
#: Between the date and the last four: hyphens and dashes of every kind, plus, slash, underscore.
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d+/_]"
#: Spaces of every kind, line breaks and invisible characters around that separator.
_GAP = rf"(?:\s|{_INVISIBLE})"
_DIGIT = rf"\d{_INVISIBLE}*"

_PNR = re.compile(
    rf"(?<!\d)(?P<cent>(?:1{_INVISIBLE}*[89]|2{_INVISIBLE}*0){_INVISIBLE}*)?"
    rf"(?P<date>(?:{_DIGIT}){{5}}\d)"
    rf"(?P<sep>{_INVISIBLE}*{_GAP}{{0,3}}{_DASH}?{_GAP}{{0,3}})"
    rf"(?P<serial>(?:{_DIGIT}){{3}}\d)"
    rf"(?!{_INVISIBLE}*[^\W_])"
)
#: A label right before a number: "Pnr:", "personnr.", "pers.nr", "personnummer", "p-nr".
_LABEL = re.compile(r"(?:pers(?:on)?\.?\s?n(?:umme)?r|p-?nr)\.?\s*:?\s*$", re.IGNORECASE)

_ANY_DIGIT = re.compile(r"\d")
#: Fields of an extraction that are not text from the document (a hash, codes of our own).
_NOT_TEXT = {"sha256", "fmt", "label", "kind", "encoding"}

#: What a masked personnummer looks like in the stored text.
MASK = "[personnummer]"


def luhn_ok(digits: str) -> bool:
    """Luhn check over the 10 digits YYMMDDNNNC (the last one is the check digit)."""
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _valid_date(cent: str | None, yymmdd: str) -> bool:
    day = int(yymmdd[4:6])
    if day > 60:  # samordningsnummer: the day of birth plus 60
        day -= 60
    month = int(yymmdd[2:4])
    # Without a printed century any century is possible; 2000 is a leap year, so 29 Feb passes.
    year = int((cent or "20") + yymmdd[:2])
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def is_personnummer(m: re.Match[str]) -> bool:
    """True when the match has a valid date part and a valid check digit (or follows a label)."""
    cent, yymmdd, serial = (
        _digits(m.group("cent")) or None,
        _digits(m.group("date")),
        _digits(m.group("serial")),
    )
    if not _valid_date(cent, yymmdd):
        return False
    labelled = bool(_LABEL.search(m.string, max(0, m.start() - 20), m.start()))
    if not labelled and _year_of_a_date(m):
        return False
    return labelled or luhn_ok(yymmdd + serial)


#: What follows a year to make it an ISO date: "-04-15".
_MONTH_DAY = re.compile(rf"{_DASH}(?P<m>\d\d){_DASH}(?P<d>\d\d)(?!\d)")


def _year_of_a_date(m: re.Match[str]) -> bool:
    """The last four stand apart from the six (a space, a tab: two cells of a table) and are the year of
    a date printed after them: "MB 2026-000261⇥2026-04-15" is a case number's serial beside a decision
    date, never a personnummer, whose last four end it."""
    rest = _MONTH_DAY.match(m.string, m.end())
    if rest is None or not re.search(r"\s", m.group("sep")):
        return False
    year = int(_digits(m.group("serial")))
    try:
        date(year, int(rest["m"]), int(rest["d"]))
    except ValueError:
        return False
    return True


def mask_personnummer(text: str) -> tuple[str, int]:
    """Replace every personnummer/samordningsnummer in `text` by `MASK`.

    Args:
        text: Any document text, title, name or file path.

    Returns:
        The masked text and how many numbers were masked.
    """
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        if not is_personnummer(m):
            return m.group(0)
        count += 1
        # A line break inside the number stays, so the lines around it keep their shape.
        return MASK + ("\n" if "\n" in m.group("sep") else "")

    if not _ANY_DIGIT.search(text):  # most names and titles: nothing to do
        return text, 0
    return _PNR.sub(repl, text), count


def mask_extraction(obj: Any) -> int:
    """Mask personnummer in every string of a dataclass tree (an extraction), in place.

    The last guard before anything is stored: titles, texts, names, roles, entity texts, evidence,
    metadata. Returns how many numbers it masked (zero when the text passes found them all).
    """
    if isinstance(obj, list):
        return sum(_mask_slot(obj, i) for i in range(len(obj)))
    if not is_dataclass(obj) or isinstance(obj, type):
        return 0
    total = 0
    for name in _text_fields(type(obj)):
        value = getattr(obj, name)
        if isinstance(value, str):
            masked, n = mask_personnummer(value)
            if n:
                setattr(obj, name, masked)
                total += n
        elif value is not None and not isinstance(value, (int, float)):
            total += mask_extraction(value)
    return total


@cache
def _text_fields(cls: type) -> tuple[str, ...]:
    """The fields of a dataclass that may hold text (`dataclasses.fields` is slow to call per object:
    an extraction has thousands of them)."""
    return tuple(f.name for f in fields(cls) if f.name not in _NOT_TEXT)


def _mask_slot(items: list[Any], i: int) -> int:
    if isinstance(items[i], str):
        items[i], n = mask_personnummer(items[i])
        return n
    return mask_extraction(items[i])
