"""The meeting's date: Swedish date forms and where a document prints the date it met."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date

from indexer.meta.doctype import DOC_TYPE_WORDS
from indexer.meta.organs import ORGAN_HEAD
from indexer.read.page_numbers import without_page_numbers

__all__ = [
    "MONTHS",
    "before_date",
    "find_dates",
    "invitation",
    "meeting_date",
    "parse_swedish_date",
    "without_date",
]

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip

#: A clock time as minutes print it: "13.00", "9:30".
CLOCK = r"\d{1,2}[.:]\d{2}"
#: A clock time or a span of two: "13.00", "13.00–15.30", "9:30 - 10:00" (on one line).
CLOCK_SPAN = rf"{CLOCK}(?:[ \t]*[–-][ \t]*{CLOCK})?"

_ISO = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
#: Months as a header may shorten them: "5 feb. 2026", "12 sept 2025".
_SHORT = {
    "jan": 1,
    "feb": 2,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
_LONG = re.compile(
    r"\b([0-3]?\d)\s+(" + "|".join(MONTHS) + r"|(?:" + "|".join(_SHORT) + r")\.?)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: A day and month before the year, as some minutes print their date: "3/11 2026" (3 November). Not a case
#: number ("Dnr 2026/31", "KS 12/2026": the year stands first or directly after the slash), a page count
#: ("3/11" before a column's ISO date), or a day without a year ("mötet 3/11"): the year follows a space.
_SLASH = re.compile(r"(?<![\w/.,-])([0-3]?\d)/([01]?\d)[ \t]+((?:19|20)\d\d)(?![\w/-])")
_HEADER_LINES = 40
# Labels of other dates than the meeting's; a bracket, but not a body's abbreviation "(KPR)" before the date.
_OTHER = re.compile(
    r"juster(?:a|ing|ad|at|as)|upprättad|anslag|expedierad|utskrift|publicerad|bilaga|reviderad"
    r"|\((?!(?-i:[A-ZÅÄÖ]{2,6})\))"
    r"|fastställ|version|\bmall\b|ändrad|sparad|skapad|giltig",  # a template's own dates, in its footer
    re.I,
)


def parse_swedish_date(s: str) -> str | None:
    """'9 december 2024' or '2024-12-09' (anywhere in `s`) -> '2024-12-09'."""
    m = _ISO.search(s)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = _LONG.search(s)
    if m:
        month = m.group(2).lower().rstrip(".")
        return f"{m.group(3)}-{MONTHS.get(month) or _SHORT[month]:02d}-{int(m.group(1)):02d}"
    for m in _SLASH.finditer(s):
        try:  # "31/2 2026", "1/13 2026": no day of the calendar, so no date
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            continue
    return None


def find_dates(text: str) -> list[str]:
    """All ISO and written-out dates in `text`, as ISO strings, in order."""
    out = []
    for m in re.finditer(f"{_ISO.pattern}|{_LONG.pattern}|{_SLASH.pattern}", text, re.IGNORECASE):
        d = parse_swedish_date(m.group(0))
        if d:
            out.append(d)
    return out


def without_date(line: str) -> str:
    """The line with its dates cut out ("Natur- och trafiknämnden 18 september 2024" -> the organ)."""
    return re.sub(r"\s+", " ", _SLASH.sub("", _ISO.sub("", _LONG.sub("", line)))).strip(" ,–-")


_ANY_DATE = re.compile(f"{_ISO.pattern}|{_LONG.pattern}|{_SLASH.pattern}", re.IGNORECASE)
#: What follows a meeting's date on its title line: nothing, or its time ("…, 2026-03-12, kl. 09.30–11.40").
_THEN_TIME = re.compile(rf"\s*,?\s*(?:$|(?:kl\.?|klockan)\s*{CLOCK})", re.IGNORECASE)


def before_date(line: str) -> str | None:
    """What a title line prints before the meeting's date and time, or None: "Kommunala pensionärsrådet (KPR),
    2026-03-12, kl. 09.30–11.40, Ödeshögs kommunhus, Aulan" -> "Kommunala pensionärsrådet (KPR)"."""
    m = _ANY_DATE.search(line)
    # A sentence ("Socialnämnden sammanträder den 9 februari 2026 kl. 08.30 i Tingshuset.") is no title line.
    if not m or not _THEN_TIME.match(line, m.end()) or line.rstrip().endswith("."):
        return None
    return line[: m.start()].rstrip(" ,–-") or None


_MEETING_LABEL = re.compile(
    r"(sammanträde\w*|mötesdatum|möte|tid(?:\s+och\s+plats)?|plats\s+och\s+tid|tidpunkt)\b", re.I
)


def _labelled(head: list[str]) -> str | None:
    """The date after a label on the cover: the meeting's ("Sammanträdesdatum", "Tid") or "Datum".

    A kallelse reads a label naming the meeting first (`meeting_date`): "Datum" is the day it was
    sent ("Datum 2026-04-08" above "Tid  Torsdagen den 16 april 2026").
    """
    return _after_label(
        head, re.compile(r"(sammanträde\w*|mötesdatum|möte|tid|datum|plats\s+och\s+tid)\b", re.I)
    )


def _after_label(head: list[str], label: re.Pattern[str]) -> str | None:
    # "Sammanträde tisdagen den 13 augusti 2024", "Sammanträdesdatum 2018-01-30", "Datum: 2024-11-08".
    for ln in head:
        # Not "Datum för anslags uppsättande 2018-02-01", "Tid för justering …": other dates.
        if label.match(ln) and not _OTHER.search(ln):
            d = parse_swedish_date(ln)
            if d:
                return d
    # The label on its own line (a cover's column) with the date on the next one.
    for i, ln in enumerate(head[:-1]):
        if re.fullmatch(
            r"(datum|sammanträdesdatum|sammanträdesdag|sammanträdets datum|mötesdatum|mötets datum|tid"
            r"|tid och plats|plats och tid):?",
            ln,
            re.I,
        ):
            if not label.match(ln):
                continue
            for nxt in head[i + 1 : i + 3]:
                d = parse_swedish_date(nxt) if nxt else None
                if d:
                    return d
    return None


def _running(running: list[str]) -> str | None:
    """The one date printed at the top of most pages ("Kommunstyrelsen / Protokoll / 2026-06-01")."""
    lines = [without_page_numbers(ln) for ln in running]  # "Sida 1 (4)": its brackets are no annotation
    dates = Counter(d for ln in lines if not _OTHER.search(ln) for d in find_dates(ln))
    return dates.most_common(1)[0][0] if len(dates) == 1 else None


# The sentence of a kallelse that calls the body to its meeting: "Ledamöter kallas och ersättare underrättas
# till sammanträde med kommunfullmäktige torsdagen den 29 oktober 2026 kl. 18.00", "Kommunfullmäktige kallas
# till sammanträde", "Socialnämnden sammanträder onsdagen den 4 mars 2026", "Härmed kallas ni till
# kommunstyrelsens sammanträde den …".
_INVITE = re.compile(
    r"\b(?:kallas|kallar|underrättas|inbjuds|välkomna|välkommen)\b.{0,200}?\bsammanträde|\bsammanträder\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<![Kk]l)(?<!\bca)(?<!\bbl\.a)[.!?]\s+(?=[A-ZÅÄÖ])")


def invitation(head: list[str]) -> str | None:
    """The sentence of a kallelse's first lines that calls its body to the meeting, or None.

    Args:
        head: The first lines of the text (a blank line ends a paragraph, and so a sentence).
    """
    paragraphs = re.split(r"\n\s*\n", "\n".join(head))
    for para in paragraphs:
        for sentence in _SENTENCE_END.split(re.sub(r"\s+", " ", para).strip()):
            if _INVITE.search(sentence) and len(sentence) <= 400:
                return sentence
    return None


def meeting_date(
    lines: list[str],
    running: list[str],
    is_organ_line: Callable[[str], bool],
    doc_type: str | None = None,
    page_title: list[str] | None = None,
    invited: str | None = None,
) -> tuple[str | None, str]:
    """The meeting's date and where it was read.

    Args:
        lines: The document's lines (columns split, see `indexer.meta.detect`).
        running: The lines printed at the top of most pages (`indexer.meta.header`).
        is_organ_line: A predicate: does a line name a body (for "Kommunstyrelsen 2024-06-03").
        doc_type: The document's type: a kallelse prints the day it was sent beside the meeting's.
        page_title: A web page's title parts and breadcrumb steps ("Kommunstyrelsen 2026-11-09").
        invited: A kallelse's sentence calling the body to its meeting (`invitation`).

    Returns:
        (ISO date or None, source): "label" (Sammanträdesdatum, Datum, Tid), "page header",
        "invitation", "page title", "cover" (a letterhead line, a line that is only a date) or "".
    """
    head = lines[:_HEADER_LINES]
    if doc_type == "kallelse":
        # The meeting's label, then the sentence calling to it, before "Datum": the day it was sent.
        d = _after_label(head, _MEETING_LABEL)
        if d:
            return d, "label"
        d = parse_swedish_date(invited) if invited else None  # "… till sammanträde den 29 oktober 2026"
        if d:
            return d, "invitation"
    d = _labelled(head)
    if d:
        return d, "label"
    if doc_type == "delegationslista":
        # Without a date of its own ("Datum: 2025-10-06"), the meeting it is reported to ("Redovisas vid
        # socialnämndens sammanträde 2026-10-21"), not the period its decisions cover ("Delegationsbeslut
        # 2026-09-01 – 2026-09-30") or the day it was printed ("Utskriftsdatum").
        d = _reported_at(head)
        if d:
            return d, "label"
        # ... or a line under the table naming the body and the meeting ("Listan anmäls till Socialnämnden
        # 2026-11-25."): only a line that names a body, so a decision's row ("Anmälan till IVO …") is none
        d = _reported_at([ln for ln in lines[_HEADER_LINES:] if ORGAN_HEAD.search(ln)], named_body=True)
        if d:
            return d, "label"
    d = _running(running)
    if d:
        return d, "page header"
    d = _running(page_title or [])  # the one date the page's title and breadcrumb print
    if d:
        return d, "page title"
    return _cover_date(head, is_organ_line), "cover"


# A meeting named with its date in a sentence: "sammanträde 2026-10-21", "sammanträdet den 21 oktober 2026",
# "nämndens sammanträde onsdagen den 21 oktober 2026".
# A list's decisions reported to a body on a date: "anmälda till socialnämnden 2026-11-25", "som anmäls till
# Bygg- och miljönämnden den 25 november 2026".
_AT_MEETING = re.compile(
    # … or a case system's field, its label ending in a colon: "Anmäls till: Kommunstyrelsen 2026-04-15"
    r"\b(?:sammanträde(?:t|s)?|(?:anmäl|redovis)\w*\s+(?:till|vid|inför|för|på):?\s+[^\d\n]{2,60}?"
    # a label of the day the list is reported: "Anmäls: 2026-04-15", "Anmälningsdatum: …", "Redovisas …"
    r"|(?:anmäl|redovis)(?!\w*period)\w*\s*:?)"
    r"\s+(?:(?:\w+dagen\s+)?den\s+)?(?=\d)",
    re.IGNORECASE,
)


def _reported_at(lines: list[str], *, named_body: bool = False) -> str | None:
    """The date of the meeting a line names ("Redovisas vid nämndens sammanträde 2026-10-21"), or None;
    `named_body`: only where the words before the date name a body ("anmäls till Socialnämnden")."""
    for ln in lines:
        m = _AT_MEETING.search(ln)
        if m and named_body and not ORGAN_HEAD.search(m.group(0)):
            continue
        if m and (d := parse_swedish_date(ln[m.end() : m.end() + 20])):
            return d
    return None


def _cover_date(head: list[str], organ_line: Callable[[str], bool]) -> str | None:
    # A letterhead line of the organ or the document type and the date ("Kommunstyrelsen 2024-06-03",
    # "Protokoll 2025-01-29").
    for ln in head[:12]:
        d = parse_swedish_date(ln)
        rest = without_date(ln) if d else ""
        if d and rest and (organ_line(rest) or any(rx.fullmatch(rest) for rx, _ in DOC_TYPE_WORDS)):
            return d
    # A line that is only a date, unless it is labelled as something else (Upprättad, Justerad).
    for i, ln in enumerate(head):
        if (_ISO.fullmatch(ln) or _LONG.fullmatch(ln) or _SLASH.fullmatch(ln)) and not _other_label_above(
            head, i
        ):
            return parse_swedish_date(ln)
    # The first date on the cover not labelled as another date ("Eslövs kommun, 2024-11-20 kl. 18").
    # A sentence that mentions a date ("Vid mötet den 26 februari 2021 beslutades.") is not the cover.
    for i, ln in enumerate(head[:12]):
        d = parse_swedish_date(ln)
        sentence = ln.endswith(".") or len(ln.split()) > 10
        if d and not _OTHER.search(ln) and not sentence and not _other_label_above(head, i):
            return d
    return None


def _other_label_above(head: list[str], i: int) -> bool:
    """Whether the line above line i is the label of another date ("Justeringsdag", "Upprättad")."""
    prev = next((p for p in reversed(head[:i]) if p), "")
    return (
        re.fullmatch(r"(upprättad|juster\w*|anslag.*|expedierad|utskriftsdatum|publicerad):?", prev, re.I)
        is not None
    )
