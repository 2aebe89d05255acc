"""A matter put to a body — a motion, a medborgarförslag, an interpellation, a fråga, an initiativärende.

Such a document is no meeting: it names its kind in a title line near the top ("Motion om …",
"Medborgarförslag angående …", "Interpellation till …", "Fråga till …"), the body it is put to in an
addressee line ("Till kommunfullmäktige i Mullsjö kommun", "Ställd till kommunstyrelsens ordförande") or in
its title, and its own date in a dated place line ("Mullsjö 2026-03-02", "Mullsjö den 2 mars 2026") or a
"Datum:" label. A received stamp printed on it ("Kommunstyrelsen / Inkom: 2026-03-04 / Dnr: KS 2026/58")
says which body registered it and when it came in: neither its organ nor its date.
"""

from __future__ import annotations

import re

from indexer.meta.dates import parse_swedish_date
from indexer.meta.doctype import is_matter_title

__all__ = ["STAMP", "addressed_body", "own_date", "without_stamp"]

#: A received stamp's lines: the day it came in and the number it was given.
STAMP = re.compile(
    r"^(?:inkom\w*|ankom\w*|mottag\w*|registrerad|diarie\w*|dnr|ärendenummer)\b", re.IGNORECASE
)
#: An addressee line: "Till kommunfullmäktige", "Ställd till …", "Riktad till …".
_TO = re.compile(r"^(?:(?:ställd|riktad|adresserad)\s+)?till:?\s+(.+)$", re.IGNORECASE)
#: A body named in an addressee, perhaps in the genitive before its chair ("kommunstyrelsens ordförande",
#: "barn- och utbildningsnämndens ordförande", "ordföranden i tekniska nämnden").
_BODY = re.compile(
    r"(?<![\wåäö-])(?P<body>(?:[\wåäö]+-,?\s+(?:[\wåäö]+-,?\s+)*(?:och|samt)\s+)?(?:[\wåäö]+(?:iska|ala|a)\s+)?"
    r"[\wåäö]*(?:nämnden|nämnd|styrelsen|fullmäktige|utskottet|beredningen|rådet))s?(?![\wåäö])",
    re.IGNORECASE,
)


def addressed_body(lines: list[str]) -> str | None:
    """The body a matter is put to, from its addressee line, else from its title ("Interpellation till
    kommunstyrelsens ordförande"); None when neither names one."""
    for ln in lines:
        m = _TO.match(ln)
        if m and not STAMP.match(ln) and (body := _body(m.group(1))):
            return body
    for ln in lines:
        if (
            is_matter_title(ln)
            and (m := re.search(r"\btill\s+(.+)$", ln, re.I))
            and (body := _body(m.group(1)))
        ):
            return body
    return None


def _body(phrase: str) -> str | None:
    m = _BODY.search(phrase)
    if not m:
        return None
    body = re.sub(r"\s+", " ", m.group("body"))
    return body[0].upper() + body[1:]


#: A dated place line: "Mullsjö 2026-03-02", "Mullsjö den 2 mars 2026", "Stockholm, 2 mars 2026".
_PLACE_DATE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?,?\s+(?:den\s+)?(?P<date>\d.*)$")
_LABEL = re.compile(r"^(?:datum|daterad)\s*:?\s*(?P<date>\S.*)?$", re.IGNORECASE)


def own_date(lines: list[str]) -> tuple[str | None, str]:
    """The matter's own date and where it was read: a "Datum" label, a dated place line, a line that is
    only a date (not a stamp's, whose label stands before it), or (None, "")."""
    for i, ln in enumerate(lines):
        m = _LABEL.match(ln)
        value = (m.group("date") or next((x for x in lines[i + 1 : i + 3] if x), "")) if m else ""
        if value and (d := parse_swedish_date(value)):
            return d, "label"
    for ln in lines:
        m = _PLACE_DATE.match(ln)
        dated = m and not STAMP.match(ln) and len(m.group("date").split()) <= 4
        if m and dated and (d := parse_swedish_date(m.group("date"))):
            return d, "place and date"
    for i, ln in enumerate(lines):
        prev = next((p for p in reversed(lines[:i]) if p), "")
        d = parse_swedish_date(ln)
        only_date = re.fullmatch(r"[\d\s-]+|\d{1,2}\s+\S+\s+\d{4}", ln.strip())
        if d and only_date and not STAMP.match(ln) and not STAMP.match(prev):
            return d, "cover"
    return None, ""


def without_stamp(lines: list[str]) -> list[str]:
    """The lines with a received stamp's dated lines blanked (offsets kept): its "Inkom" date and its
    number, and a date standing under a stamp's bare label."""
    out: list[str] = []
    for ln in lines:
        prev = next((p for p in reversed(out) if p), "")
        stamped = STAMP.match(ln) or (
            re.fullmatch(r"(?i)(?:inkom\w*|ankom\w*|mottag\w*):?", prev) is not None
        )
        out.append("" if stamped else ln)
    return out
