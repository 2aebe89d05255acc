"""Diarienummer (case numbers): recognition in running text, the printed form and the case key.

Swedish kommuner and regioner print case numbers in many families. Each number found is kept three
ways (`Dnr`): as **printed** ("2026.016 KS"), as a **key** (the normalised form stored with the item,
in its own family's punctuation: "KS-2025-00970", "KS 2024/123", "2026.016 KS") and as a **match
form** (`Dnr.match`, series|year|serial without leading zeros or document suffix: "KS|2026|16") that
lets every printed form of one case find it ("KS 2026/16", "2026.016 KS", "KS-2026-016") within an
organization. The families:

- series-year-serial with dashes: ``KS-2025-00970``, ``MH-2026-181``, ``BN-2023-001564`` (a space
  instead of the first dash, ``BN 2020-00012``, is the same case and gets dashes in the key);
- series/serial/year: ``RS/554/2019``, ``HSN/371/2024``; series + six digits: ``HSF240207``;
- series year/serial or series/year:serial: ``KS2026/45``, ``KS 2024/123``, ``KS/2024:123``, ``SN/2023:152``,
  ``KS-2023/00456``, ``KS KF/2023:74``, ``TRV 2025/66904``, with a period ``KS 2024.456``;
- the series after the number: ``2026.016 KS``, ``2018.001 ÖN`` (Alingsås), ``2024/123 BUN``, after a
  dash ``2026/148-SBN``;
- year + series + serial run together: ``2024KS0211``, or with a slash ``2026/KS0088`` (Lidköping); a
  two-digit year ``RUN 24/00123``;
- Regeringskansliet: ``Ju2024/00970``, ``KN2023/03476`` (a remiss item is about that case);
- a series of letter groups joined by hyphens with the year's two digits run in: ``RS-LED26-0388``
  (Region Sörmland);
- after a label or where a case number stands (a Dnr line, a Dnr column), a series in title case or
  before a serial/year: "Dnr Ks 2019/123", "Dnr: Ks 1009/2022", "Dnr KS 45/2026" (Örebro's order),
  "Dnr RS 1187-2026" (serial-year with a dash), "Dnr: KS 26-41" (a two-digit year, a dash, a serial);
- a bare number after a label, "Dnr 2024/1", "Diarienummer: 2024.123", "Ärendenummer 123/2024",
  "Dnr 45/24", "Dnr 2026-000021-101" (year, serial and a document suffix): a bare key ("2024/1") that
  only means something within its organization (the store scopes it, `indexer.store.cases`); a bare
  ``2025-00970`` without a label gets the series of the document (``series_hint``) or is not a case;
- after a label, any other token of letters and digits joined by "-", "/", "." or ":" with three
  digits or more ("Dnr LK/26/0412-3", "Diarienummer 3.5.1-24411/2026"): a label is trusted in almost
  any shape, an unlabelled number only in the shapes above; such a key is its own match form;
- a document suffix is kept in the printed form and the key ("KS 2024/123:12", "2026.002 KS-007",
  "KS-2025-00970-12") and dropped from the match form: it numbers a document within the case.

Not case numbers: dates (``2024-12-09``), phone numbers, paragraph references (``§ 86``), money, and
official-publication series that look alike (``SOU 2024:23``, ``Ds 2024:10``, ``SFS 2017:725``,
``prop. 2023/24:1``, ``TSFS 2024:57``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from indexer.segment.dnr_forms import ARCHIVE_CODE, ARENDE_LABEL, PAREN_DOC

__all__ = [
    "DNR_LABEL",
    "DNR_LABEL_WORD",
    "Dnr",
    "find_dnr",
    "find_dnr_spans",
    "is_ministry",
    "is_year_span",
    "label_starts",
    "match_form",
    "normalize_dnr",
    "parse_dnr",
    "title_case_series",
]

# Upper-case series prefixes that are publication series, laws, money or units, not case numbers.
_NOT_SERIES = {
    *("SOU", "SFS", "DS", "PROP", "BET", "RSKR", "EU", "EG", "EEG", "NJA", "RÅ", "HFD", "SKL", "SKR"),
    *("KSAU", "TSFS", "BFS", "AFS", "SOSFS", "HSLF", "MSBFS", "NFS", "SKOLFS", "FFS", "LVFS", "KIFS"),
    # currency and units before or after a figure ("MSEK 2024.50", "2024.500 KWH")
    *("SEK", "MSEK", "TSEK", "MKR", "TKR", "KR", "EUR", "USD", "KWH", "MWH", "GWH", "MW", "KW", "ST"),
    *("KM", "MM", "CM", "KG", "TON", "HA", "KVM", "M", "CA", "KL", "NR", "PDF"),
    *("ISO", "SS", "EN", "IEC"),  # standards ("SS-EN ISO 9001:2015")
    # words before a number in a Dnr line or column, read as a title-case series there ("Dnr 2024/0001")
    *("DNR", "SE", "OM", "JFR", "SID", "KAP", "BIL", "AV", "TILL", "MOT", "FÖR", "ÅR"),
}

_UP = "A-ZÅÄÖ"
# Word boundaries that also treat '-', '/' and digits as part of a token, so we never match inside a
# longer code ("XKS-2025-001"). The left boundary is checked after the first character,
# `(?<![\w/-]X)` once X matched, the same test as `(?<![\w/-])` before it: a pattern that starts with
# a character class lets the regex engine skip ahead to the letters (or the 1/2 of a year) that can
# start a number, 2-4x faster over a text.
_R = r"(?![\w/]|[-.:]\d)"
_S1 = rf"[{_UP}](?<![\w/.-][{_UP}])"  # a series' first letter, at a token start
_Y = r"(?:19|20)(?<![\w/.:-]\d\d)\d\d"  # a year, at a token start
_SUFFIX_DASH = r"(?:-(?P<sfx>\d{1,3}))?"  # "KS-2025-00970-12", "2026.002 KS-007"
# After "year/serial", a document number or the archive's classification code: "KFKS 2024/455-214",
# "BUN 2026/12 - 041" (Sundsvall), "2026/612-1.2.1" (Luleå), "KS 2021/00123-3.4.1"; a document number
# after a colon or a period: "KS 2024/123:12", "KS 2026/41.3".
_CLASS = r"\d{1,3}(?:\.\d{1,3}){0,3}"
# An archive code one space away: "KS 2026/0412 023" (`indexer.segment.dnr_forms`).
_SUFFIX_COLON_OR_CLASS = rf"(?:(?P<sp>[:.])(?P<sfx>\d{{1,3}})|(?:-| [-–] )(?P<cls>{_CLASS})|{ARCHIVE_CODE})?"

# A suffix only after a serial of three digits or more: "SBN 2022-10-24" is an organ and a date.
_DASH = re.compile(
    rf"(?P<s>{_S1}[{_UP}]{{0,5}})(?:-| )(?P<y>(?:19|20)\d\d)-(?P<n>\d{{3,6}}{_SUFFIX_DASH}|\d{{1,2}}){_R}"
)
# A one-letter series first in the text after a label: "M 2026-000301".
_LETTER_NUM = rf"(?P<s>[{_UP}])(?:-| )(?P<y>(?:19|20)\d\d)-(?P<n>\d{{3,6}}{_SUFFIX_DASH}){_R}"
_LEADING_LETTER = re.compile(rf"\s*{_LETTER_NUM}")
# The series run into the year: "RS2025-00412" (Region Uppsala); a serial of three digits or more.
_RUN_IN = re.compile(rf"(?P<s>{_S1}[{_UP}]{{1,5}})(?P<y>(?:19|20)\d\d)-(?P<n>\d{{3,6}}){_SUFFIX_DASH}{_R}")
# ... or with a slash or colon: "KS2026/45", "BUN2026:12" (a ministry's "Ju2024/00970" is matched first).
_RUN_IN_SLASH = re.compile(rf"(?P<s>{_S1}[{_UP}]{{1,5}})(?P<y>(?:19|20)\d\d)[/:](?P<n>\d{{1,6}}){_R}")
# ... with the year's last two digits: "KS26/41", "BUN25/112"; the serial is never a year ("KS26/2026").
_RUN_IN_SHORT = re.compile(rf"(?P<s>{_S1}[{_UP}]{{1,5}})(?P<y>\d\d)/(?!(?:19|20)\d\d\b)(?P<n>\d{{1,6}}){_R}")
# Upper-case words run into two digits and a slash that are no diarium: a pollutant ("PM10/25"), a virus.
_NOT_RUN_IN_SHORT = {"PM", "NO", "CO", "COVID", "SARS", "MERS", "HVO", "RME", "FAME"}
# A series of letter groups joined by hyphens with a two-digit year run into its last group, then the
# serial: "RS-LED26-0388" (Region Sörmland), "KS-ADM25-1201-3". Two groups at least, so "LED26-0388"
# alone (a model or a product code) is not taken without a label.
_HYPHENATED_SERIES = re.compile(
    rf"(?P<s>{_S1}[{_UP}]{{0,5}}(?:-[{_UP}]{{1,6}})+)(?P<y>\d\d)-(?P<n>\d{{3,6}}){_SUFFIX_DASH}{_R}"
)
_SLASH_SERIAL_YEAR = re.compile(rf"(?P<s>{_S1}[{_UP}]{{0,5}})/(?P<n>\d{{1,6}})/(?P<y>(?:19|20)\d\d){_R}")
# The serial before the year after the series and a dash: "KS-0612/2026" (Sundbyberg). With a space
# ("KS 000871/2026 - 040") it is the title-case family's, which keeps a classification after it.
_SERIAL_YEAR = re.compile(rf"(?P<s>{_S1}[{_UP}]{{1,5}})-(?P<n>\d{{2,6}})/(?P<y>(?:19|20)\d\d){_R}")
_SIX_DIGITS = re.compile(rf"(?P<s>{_S1}[{_UP}]{{1,4}})(?P<n>\d{{6}}){_R}")
_YEAR_SERIAL = re.compile(
    rf"(?P<s>{_S1}[{_UP}]{{1,5}}(?: [{_UP}]{{2,6}})?)(?P<a>/| |-|\.)(?P<y>(?:19|20)\d\d)"
    rf"(?P<b>[:/]|\.(?=\d{{2}}))(?P<n>\d{{1,6}}){_SUFFIX_COLON_OR_CLASS}{_R}"
)
# The series after the number: "2026.016 KS", "2018.001 ÖN", "2024/123 BUN", "2026.002 KS-007"; after a
# slash a short serial too, "2026/41 KS" (never a school year: "2026/27 KS").
_SERIES_AFTER = re.compile(
    rf"(?P<y>{_Y})(?P<b>[./-])(?P<n>\d{{3,6}}|(?<=/)\d{{1,2}}) {{0,2}}(?P<s>[{_UP}]{{2,6}}){_SUFFIX_DASH}"
    r"(?![\w/]|[-.:]\d)"
)
# ... or joined to year/serial by a dash: "2026/148-SBN", "2019/52-KS" (Borgholm).
_SERIES_AFTER_DASH = re.compile(rf"(?P<y>{_Y})/(?P<n>\d{{1,6}})-(?P<s>[{_UP}]{{2,6}})(?![\w/]|[-.:]\d)")
# A two-digit year: "RUN 24/00123" (Region Örebro län); the serial is never a year ("BN 12/2024").
_SHORT_YEAR = re.compile(rf"(?P<s>{_S1}[{_UP}]{{1,5}}) (?P<y>\d\d)/(?!(?:19|20)\d\d\b)(?P<n>\d{{3,6}}){_R}")
# A padded or long serial before a two-digit year: "KS 0041/26", "BUN 412/26" ("KS 24/5" is `_SHORT_YEAR`'s).
_SERIAL_SHORT_YEAR = re.compile(
    rf"(?P<s>{_S1}[{_UP}]{{1,5}}) (?P<n>0\d{{1,5}}|[1-9]\d{{2,5}})/(?P<y>\d\d){_R}"
)
# A two-digit year, a dash and a serial, "KS 26-41" (not an age, a count or days: "HVB 16-20 år", "KF 12-14
# juni").
_SHORT_YEAR_DASH = re.compile(
    rf"(?P<s>{_S1}[{_UP}]{{1,5}}) (?P<y>[1-3]\d)-(?!(?:19|20)\d\d\b)(?P<n>\d{{1,6}}){_R}"
    r"(?! ?%| ?(?:år|kr|st|dagar|veckor|timmar|procent|platser"
    r"|(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*)\b)"
)
_YEAR_SERIES_SERIAL = re.compile(rf"(?P<y>{_Y})/?(?P<s>[{_UP}]{{2,5}})(?P<n>\d{{3,6}}){_R}")
# The same with a two-digit year and any serial: "26SBN61", "25SBN412" (Gävle).
_YY = r"\d(?<![\w/.:-]\d)\d"
_SHORT_YEAR_SERIES_SERIAL = re.compile(rf"(?P<y>{_YY})(?P<s>[{_UP}]{{2,5}})(?P<n>\d{{1,6}}){_R}")
_MINISTRY = re.compile(rf"(?P<s>[A-Z](?<![\w/-][A-Z])[a-zA-Z]?)(?P<y>(?:19|20)\d\d)/(?P<n>\d{{4,6}}){_R}")
_BARE = re.compile(rf"(?P<y>{_Y})-(?P<n>\d{{5,6}}){_R}")
# After a label, a number without a series: "Dnr 2024/1", "Diarienummer: 2024.123", "Ärendenummer
# 123/2024", "Dnr 45/24", "Dnr 2024-123", "dnr. 2023:456".
#: The words of a label a case number is printed after, one list for every rule that reads one: "Dnr",
#: "Diarienummer", "Ärendenummer", "Vårt dnr", "Vårt diarienummer", "Diarie nr", "Ärendebeteckning", "Vår
#: beteckning", "Dnr/Beteckning", and "Beteckning:" with its colon (alone the word is as often a property's).
DNR_LABEL_WORD = (
    r"(?:(?:vårt|ert)\s+)?(?:dnr/beteckning|dnr|diarie\s?nr|diarienummer|ärendenummer|ärendenr|ärende\s?nr"
    r"|ärende-nr|ärendebeteckning|(?:vår|er)\s+beteckning|beteckning(?=\s*:)|" + ARENDE_LABEL + ")"
)
#: The label with its period or colon and the space after it: "Dnr", "Diarienummer:", "Dnr. ".
DNR_LABEL = rf"(?i:\b{DNR_LABEL_WORD}\b)\.?:?\s*"
# The number: year and serial ("2024/1", "2024.123", "2024-123", "2026/612-1.2.1" with a classification
# code), serial and year ("123/2024", "45/24"), a two-digit year and a serial ("26/288", Haparanda), or
# digits alone ("2601120", Region Skåne: two digits of the year and a serial).
_BARE_NUM = (
    r"(?P<num>(?:19|20)\d\d(?:[/.:]\d{1,6}(?:-" + _CLASS + "|" + ARCHIVE_CODE + r")?"
    r"|-\d{3,6}-\d{1,3}|-\d{1,6})(?![\w/]|[-.:]\d)"
    r"|\d{1,6}/(?:19|20)?\d\d(?![\w/]|[-.:]\d)|\d\d/\d{1,6}(?![\w/]|[-.:]\d)|\d{6,8}(?![\w/]|[-.:,]\d))"
)
_LABELLED_LETTER = re.compile(DNR_LABEL + _LETTER_NUM)
# Right after a label (or alone in a Dnr column) a series with a two-digit year takes a serial of any
# length: "Dnr KS 26/45". Elsewhere only a long serial ("RUN 24/00123", `_SHORT_YEAR`): "KS 24/5" is as
# often the body's meeting on 24 May.
_SHORT_ANY = rf"(?P<s>[{_UP}]{{2,6}}) (?P<y>\d\d)/(?P<n>\d{{1,6}}){_R}"
_LABELLED_SHORT = re.compile(DNR_LABEL + _SHORT_ANY)
_LEADING_SHORT = re.compile(rf"\s*{_SHORT_ANY}")
_LABELLED_BARE = re.compile(DNR_LABEL + _BARE_NUM)
# A series written in title case, trusted only after a label: "Dnr Ks 2019/123", "Diarienummer: Bun 2024:12".
# Or the serial before the year, as Örebro prints: "Dnr: Ks 1009/2022", "Dnr KS 45/2026" (with a
# classification code: "KS 000871/2026 - 040"), or with a dash and
# a serial of three digits or more, as Region Västerbotten prints: "Dnr RS 1187-2026"; or a two-digit year, a
# dash and a serial: "Dnr: KS 26-412", "Dnr KS 26-41".
_TITLE_CASE_NUM = (
    r"(?P<num>(?P<s>[A-ZÅÄÖ][a-zåäö]{1,3})(?P<a> |/|-)(?P<y>(?:19|20)\d\d)(?P<b>[/:.-])(?P<n>\d{1,6})"
    r"|(?P<s2>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,4}) (?P<n2>\d{1,6}(?=/)|\d{3,6}(?=-))(?P<c2>[/-])"
    r"(?P<y2>(?:19|20)\d\d)(?:(?:-| [-–] )(?P<cls2>" + _CLASS + r"))?"
    r"|(?P<s3>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,4}) (?P<y3>\d\d)-(?!(?:19|20)\d\d\b)(?P<n3>\d{1,6}))"
    r"(?![\w/]|[-.:]\d)"
)
_LABELLED_TITLE_CASE = re.compile(DNR_LABEL + _TITLE_CASE_NUM)
_LABELLED_END = re.compile(DNR_LABEL + r"$")  # the text before a number ends with its label
_POSITIONED_TITLE_CASE = re.compile(r"(?<![\w/.:-])" + _TITLE_CASE_NUM)
# In a place that holds a case number (a Dnr column, after a label already cut off): the number alone.
_POSITIONED_BARE = re.compile(r"(?<![\w/.:-])" + _BARE_NUM)

# After a label, a number of a shape no family above knows is still the case's: "Dnr LK/26/0412-3",
# "Diarienummer 3.5.1-24411/2026", "Ärendenr TN.2026.118". One token of letters and digits joined by
# "-", "/", "." or ":", with three digits or more (`_any_number`); a date or a span of years is not one.
_ANY_TOKEN = r"(?P<any>[0-9A-ZÅÄÖa-zåäö]+(?:[-/.:][0-9A-ZÅÄÖa-zåäö]+)*)(?![\w/]|[-.:]\w)"
_LABELLED_ANY = re.compile(DNR_LABEL + _ANY_TOKEN)
# Every position a label can start at, overlapping ones included: the `_LABELLED_*` patterns are tried
# there only (`_labelled`), one scan of the text instead of one per pattern.
_LABEL_AT = re.compile(rf"(?={DNR_LABEL})")
_LEADING_ANY = re.compile(r"\s*" + _ANY_TOKEN)
_DATE_LIKE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d")

# A line break inside a dnr ("BN-2025-\n00001", "BN-2025-<br>00001") is joined before matching.
_BROKEN = re.compile(r"(?<=\d)-\s*(?:<br\s*/?>)?\s*\n?\s*(?=\d{2,6}\b)")
# A line break after the series ("Motion om cykelbanor, KS" / "2026/701") or after the year's slash
# ("Dnr KS 2026/" / "701"): a number wrapped in a narrow column or at a line's end. Joined keeping every
# offset: the break becomes a space after the series; after the slash it moves behind the serial.
_BROKEN_SERIES = re.compile(rf"(?<![\w/-])([{_UP}]{{2,6}})\n(?=(?:19|20)\d\d/\d{{1,6}}\b)")
_BROKEN_SLASH = re.compile(rf"(?<=[{_UP}][ -](?:19|20)\d\d/)([^\S\n]*\n[^\S\n]*)(\d{{1,6}})\b")


def _join_broken(text: str) -> str:
    """`text` with numbers broken over a line joined (`_BROKEN`, `_BROKEN_SERIES`, `_BROKEN_SLASH`)."""
    if "\n" in text:
        text = _BROKEN_SLASH.sub(lambda m: m[2] + m[1], _BROKEN_SERIES.sub(r"\1 ", text))
    return _BROKEN.sub("-", text)


@dataclass(frozen=True)
class Dnr:
    """One case number as found in a text."""

    printed: str  # as printed, spacing collapsed: "2026.016 KS"
    key: str  # normalised, in its family's punctuation: "2026.016 KS", "KS-2025-00970"
    series: str | None  # "KS", "KS KF"; None for a bare number
    year: int | None  # four digits; None where the family has no year ("HSF240207")
    serial: str  # as printed: "016"
    suffix: str | None = None  # a document within the case: "007" of "2026.002 KS-007"
    start: int = 0
    end: int = 0

    @property
    def match(self) -> str:
        """The form every printed form of this case shares: "KS|2026|16" (see `match_form`)."""
        if self.year is None:
            return self.key.upper()
        return f"{(self.series or '').upper()}|{self.year}|{int(self.serial)}"


_MINISTRY_KEY = re.compile(r"[A-Z][a-zA-Z]?(?:19|20)\d\d/\d{4,6}$")


def is_ministry(key: str) -> bool:
    """A Regeringskansliet number ("Ju2024/00970", "KN2023/03476"): the remiss an item answers, so a
    title word, not the kommun's own case. A kommun's run-in "KS2026/45" has a shorter serial."""
    return bool(_MINISTRY_KEY.match(key))


def _ok_series(series: str) -> bool:
    whole, first = series.replace(" ", "").upper(), series.split(" ")[0].upper()
    # "…FS" is an authority's statute book (TSFS, STAFS, SKOLFS), not a diarium.
    return whole not in _NOT_SERIES and first not in _NOT_SERIES and not whole.endswith("FS")


def _year4(y: str) -> int:
    return int(y) if len(y) == 4 else 2000 + int(y)


_Build = Callable[[re.Match[str]], tuple[str, str | None, int | None, str, str | None] | None]


def _sfx(m: re.Match[str]) -> str | None:
    return m.groupdict().get("sfx")


def _dash(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    serial = m["n"].split("-")[0]
    # "M-2026-0091", "M 2026-0091": a one-letter series before a year and a serial of three digits or
    # more is a case (miljö) — not after a figure, where the letter is a unit ("bryggan är 12 M 2026-…")
    # (a figure, not a date's day in the column before: "2026-10-01   M 2026-0091")
    after_figure = re.search(r"(?<![\d-])\d{1,4} ?$", m.string[max(0, m.start() - 6) : m.start()]) is not None
    lettered = len(m["s"]) == 1 and len(serial) >= 3 and not after_figure
    if not _ok_series(m["s"]) and not lettered:
        return None
    key = f"{m['s']}-{m['y']}-{m['n']}"
    return key, m["s"], int(m["y"]), serial, _sfx(m)


def _run_in(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    return (m.group(0), m["s"], int(m["y"]), m["n"], _sfx(m)) if _ok_series(m["s"]) else None


def _slash_serial_year(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    return (f"{m['s']}/{m['n']}/{m['y']}", m["s"], int(m["y"]), m["n"], None) if _ok_series(m["s"]) else None


def _year_serial(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    series = re.sub(r"\s+", " ", m["s"])
    if not _ok_series(series):
        return None
    key = f"{series}{m['a']}{m['y']}{m['b']}{m['n']}"
    if _sfx(m):
        return key + f"{m['sp']}{_sfx(m)}", series, int(m["y"]), m["n"], _sfx(m)
    if m["cls"] or m["arc"]:  # "BUN 2026/12 - 041", "BUN 2026/12-041" and "BUN 2026/12 041" are one key
        return key + f"-{m['cls'] or m['arc']}", series, int(m["y"]), m["n"], m["cls"] or m["arc"]
    return key, series, int(m["y"]), m["n"], None


def _run_in_short(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    if not _ok_series(m["s"]) or m["s"] in _NOT_RUN_IN_SHORT:
        return None
    return m.group(0), m["s"], _year4(m["y"]), m["n"], None


def _series_after(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    if not _ok_series(m["s"]) or (m["b"] != "." and is_year_span(f"{m['y']}/{m['n']}")):
        return None  # "Budget 2024-2026 KF", "2026/27 KS": a span of years before an organ's abbreviation
    key = f"{m['y']}{m['b']}{m['n']} {m['s']}" + (f"-{_sfx(m)}" if _sfx(m) else "")
    return key, m["s"], int(m["y"]), m["n"], _sfx(m)


def _series_after_dash(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    return (m.group(0), m["s"], int(m["y"]), m["n"], None) if _ok_series(m["s"]) else None


def _short_year(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    return (m.group(0), m["s"], _year4(m["y"]), m["n"], None) if _ok_series(m["s"]) else None


def _year_series_serial(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    return (m.group(0), m["s"], int(m["y"]), m["n"], None) if _ok_series(m["s"]) else None


def _short_year_series_serial(
    m: re.Match[str],
) -> tuple[str, str | None, int | None, str, str | None] | None:
    return (m.group(0), m["s"], _year4(m["y"]), m["n"], None) if _ok_series(m["s"]) else None


def _ministry(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    return f"{m['s']}{m['y']}/{m['n']}", m["s"], int(m["y"]), m["n"], None


def _hyphenated_series(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    if not all(_ok_series(part) for part in m["s"].split("-")):
        return None
    return m.group(0), m["s"], _year4(m["y"]), m["n"], _sfx(m)


def _serial_year(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    return (m.group(0), m["s"], int(m["y"]), m["n"], None) if _ok_series(m["s"]) else None


def _six_digits(m: re.Match[str]) -> tuple[str, str | None, int | None, str, str | None] | None:
    return (f"{m['s']}{m['n']}", m["s"], None, m["n"], None) if _ok_series(m["s"]) else None


#: In order of trust: where two patterns match overlapping text, the first one wins.
_PATTERNS: list[tuple[re.Pattern[str], _Build]] = [
    (_DASH, _dash),
    (_RUN_IN, _run_in),
    (_SLASH_SERIAL_YEAR, _slash_serial_year),
    (_SERIAL_YEAR, _serial_year),
    (_YEAR_SERIAL, _year_serial),
    (_SERIES_AFTER, _series_after),
    (_SERIES_AFTER_DASH, _series_after_dash),
    (_SHORT_YEAR, _short_year),
    (_SERIAL_SHORT_YEAR, _short_year),
    (_SHORT_YEAR_DASH, _short_year),
    (_YEAR_SERIES_SERIAL, _year_series_serial),
    (_SHORT_YEAR_SERIES_SERIAL, _short_year_series_serial),
    (_MINISTRY, _ministry),
    (_RUN_IN_SLASH, _run_in),
    (_RUN_IN_SHORT, _run_in_short),
    (_SIX_DIGITS, _six_digits),
    (_HYPHENATED_SERIES, _hyphenated_series),
]


def _bare_parts(num: str) -> tuple[int | None, str, str | None]:
    """(year, serial, suffix) of a bare number: "2024/1", "123/2024", "45/24", "26/288", "2024.123",
    "2026/612-1.2.1" (suffix "1.2.1"); digits alone ("2601120") have no year that can be told."""
    if num.isdigit():
        return None, num, None
    a, b = re.split(r"[-/.:]", num, maxsplit=1)
    b, _, suffix = b.replace(" ", "-").partition("-")  # "2026/0412 023": an archive code
    if len(a) == 4 and a[:2] in ("19", "20"):
        return int(a), b, suffix or None
    if len(a) == 2 and len(b) != 2:  # "26/288", "26/9": a two-digit year before the serial
        return _year4(a), b, None
    return _year4(b), a, None


def is_year_span(s: str) -> bool:
    """A span of years, not a case: "2028-2029", "2026/2035", a school or budget year "2026/27"."""
    m = re.fullmatch(r"((?:19|20)\d\d)[/-]((?:19|20)?\d\d)", s.strip())
    if not m:
        return False
    start, end = int(m[1]), int(m[2])
    if end <= 99:  # "2026/27": the next year's last two digits
        return (start + 1) % 100 == end
    return 0 < end - start <= 20


def _any_number(token: str) -> tuple[str, str | None, int | None, str, str | None] | None:
    """A labelled number in a shape of its own (see `_ANY_TOKEN`): (key, series, year, serial, None),
    or None for a word, a date, a span of years or a publication series ("SFS 2017:725")."""
    digits = re.findall(r"\d+", token)
    if sum(len(d) for d in digits) < 3 or len(token) < 4 or _DATE_LIKE.match(token) or is_year_span(token):
        return None
    if not re.search(r"[-/.:]", token) and not re.search(r"[A-ZÅÄÖ]", token):
        return None  # digits alone are `_BARE_NUM`'s
    if re.search(r"[a-zåäö]", token):
        return None  # a word ("12-årig"), or a known shape typed in lower case ("ks/2026:16", read upper)
    lead = re.match(r"[A-ZÅÄÖa-zåäö]+", token)
    series = lead.group(0) if lead else None
    if series and not _ok_series(series):
        return None
    # A shape of its own has no year or serial that can be told apart: its key is its match form.
    return token, series, None, digits[-1], None


def label_starts(text: str) -> list[int]:
    """Every offset of `text` a label (`DNR_LABEL`) can start at, overlapping ones included: a pattern that
    starts with the label matches only there, so trying it at these offsets finds what a search finds."""
    return [m.start() for m in _LABEL_AT.finditer(text)]


def _labelled(rx: re.Pattern[str], text: str, label_at: list[int]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a pattern that starts with `DNR_LABEL`, tried only where a label can start
    (`label_at`, from `_LABEL_AT`): the same matches in the same order, without trying the label's
    case-insensitive words at every position of a long text once per pattern."""
    end = 0
    for at in label_at:
        if at >= end and (m := rx.match(text, at)):
            end = m.end()  # as `finditer`, the next match starts after this one (a label is never empty)
            yield m


def _scan(
    text: str,
    series_hint: str | None,
    bare: bool = False,
    labelled: bool = False,
    title_series: frozenset[str] = frozenset(),
) -> list[Dnr]:
    """All numbers in `text`, overlapping matches resolved by the first pattern."""
    found: list[Dnr] = []
    # The accepted spans never overlap, so sorted by start they are sorted by end too: a new match
    # overlaps one of them exactly when the last span starting before its end reaches past its start.
    starts: list[int] = []
    ends: list[int] = []

    def add(s: int, e: int, parts: tuple[str, str | None, int | None, str, str | None] | None) -> None:
        if parts is None:
            return
        key, series, year, serial, suffix = parts
        # "PN 2026/17 (15)": a document number in brackets belongs to a number with a year and no suffix
        if year is not None and suffix is None and (doc := PAREN_DOC.match(text, e)):
            e, key, suffix = doc.end(), f"{key} ({doc['doc']})", doc["doc"]
        i = bisect.bisect_left(starts, e)
        if i and ends[i - 1] > s:
            return
        starts.insert(i, s)
        ends.insert(i, e)
        found.append(Dnr(re.sub(r"\s+", " ", text[s:e]), key, series, year, serial, suffix, s, e))

    # Right after a label a lone letter is a series ("Dnr M 2026-000301", the miljö series beside B for
    # bygg), never the unit "M" it is elsewhere.
    label_at = label_starts(text)
    letters = list(_labelled(_LABELLED_LETTER, text, label_at))
    if labelled and (lead := _LEADING_LETTER.match(text)):
        letters.insert(0, lead)
    for m in letters:
        key = f"{m['s']}-{m['y']}-{m['n']}"
        add(m.start("s"), m.end(), (key, m["s"], int(m["y"]), m["n"].split("-")[0], _sfx(m)))
    shorts = list(_labelled(_LABELLED_SHORT, text, label_at))
    if labelled and (lead := _LEADING_SHORT.match(text)):
        shorts.insert(0, lead)
    for m in shorts:
        if _ok_series(m["s"]):
            add(m.start("s"), m.end(), (f"{m['s']} {m['y']}/{m['n']}", m["s"], _year4(m["y"]), m["n"], None))
    for rx, build in _PATTERNS:
        for m in rx.finditer(text):
            add(m.start(), m.end(), build(m))
    if series_hint:
        hint = series_hint.strip().upper()
        for m in _BARE.finditer(text):
            add(m.start(), m.end(), (f"{hint}-{m['y']}-{m['n']}", hint, int(m["y"]), m["n"], None))
    title_case = (
        _POSITIONED_TITLE_CASE.finditer(text)
        if bare or title_series
        else _labelled(_LABELLED_TITLE_CASE, text, label_at)
    )
    for m in title_case:
        series = (m["s"] or m["s2"] or m["s3"]).upper()
        if not _ok_series(series):
            continue
        at = m.start("num")
        if (
            not bare
            and title_series
            and series not in title_series
            and not _LABELLED_END.search(text[max(0, at - 40) : at])
        ):
            continue  # unlabelled, and not a series the document prints after its labels
        if m["s"]:
            key, year, serial = f"{series}{m['a']}{m['y']}{m['b']}{m['n']}", m["y"], m["n"]
        elif m["s3"]:
            key, year, serial = f"{series} {m['y3']}-{m['n3']}", str(_year4(m["y3"])), m["n3"]
        else:
            key, year, serial = f"{series} {m['n2']}{m['c2']}{m['y2']}", m["y2"], m["n2"]
            if m["cls2"]:  # "KS 000871/2026 - 040": the archive's classification code, as after year/serial
                key += f"-{m['cls2']}"
        add(m.start("num"), m.end("num"), (key, series, int(year), serial, m["cls2"] if m["s2"] else None))
    for m in _POSITIONED_BARE.finditer(text) if bare else _labelled(_LABELLED_BARE, text, label_at):
        num = m["num"]
        year, serial, suffix = _bare_parts(num)
        if not ("-" in num and is_year_span(num)):  # "Dnr 2026/27" may be case 27; "2028-2029" is years
            add(m.start("num"), m.end("num"), (num.replace(" ", "-"), None, year, serial, suffix))
    # Last, a labelled number that no family knows: after a label in the text, or the text's first
    # token where the text is what follows a label.
    anys = list(_labelled(_LABELLED_ANY, text, label_at))
    if labelled and (lead := _LEADING_ANY.match(text)):
        anys.insert(0, lead)
    for m in anys:
        add(m.start("any"), m.end("any"), _any_number(m["any"]))
    found.sort(key=lambda d: d.start)
    return found


def title_case_series(text: str) -> frozenset[str]:
    """The series a document prints in title case after its labels ("Ärendenummer: Ks 00401/2025"):
    the same series without a label elsewhere in it ("… om läxhjälp (Ks 00701/2025)") is its case number."""
    return frozenset(
        (m["s"] or m["s2"] or m["s3"]).upper()
        for m in _LABELLED_TITLE_CASE.finditer(text)
        if not (m["s"] or m["s2"] or m["s3"]).isupper() and _ok_series((m["s"] or m["s2"] or m["s3"]).upper())
    )


def find_dnr_spans(
    text: str,
    *,
    series_hint: str | None = None,
    bare: bool = False,
    title_series: frozenset[str] = frozenset(),
    labelled: bool = False,
) -> list[Dnr]:
    """Every case number in `text` with its printed form, key and offsets, in text order.

    Args:
        text: Running text (line breaks and ``<br>`` inside a number are tolerated; offsets then
            refer to the joined text, which is `text` itself when nothing was broken).
        series_hint: The series to give a bare ``2025-00970`` (e.g. "KS").
        bare: `text` sits where a case number is printed (a Dnr column, the text after a "Dnr"
            label): a number without series counts without a label of its own ("2024/1").
        title_series: Series a number in title case counts with, without a label of its own
            (`title_case_series`: the document prints them so after its labels).
        labelled: `text` is what follows a "Dnr" label: its first token is the case number in any
            shape with three digits or more ("RS-LED26-0388", "3.5.1-24411/2026").

    Returns:
        The numbers found, duplicates included.
    """
    cached = _short_spans if len(text) <= _SHORT_TEXT else _long_spans
    return list(cached(text, series_hint, bare, title_series, labelled))


def _spans(
    text: str, series_hint: str | None, bare: bool, title_series: frozenset[str], labelled: bool
) -> tuple[Dnr, ...]:
    return tuple(_scan(_join_broken(text), series_hint, bare, labelled, title_series))


# One document's text is scanned more than once with the same arguments (the whole text for its series,
# then for its labelled bare numbers; a heading by each rule that reads one): the scans are cached. The
# numbers are frozen, and each caller gets a list of its own. Long texts are kept few (a document, scanned
# again within its extraction, and its items; a long run must not hold a thousand documents), headings
# and cells many.
_SHORT_TEXT = 4096
_short_spans = lru_cache(maxsize=2048)(_spans)
_long_spans = lru_cache(maxsize=32)(_spans)


def clear_scan_cache() -> None:
    """Forget every cached scan, so the next call does the work (a measurement of its cost)."""
    _short_spans.cache_clear()
    _long_spans.cache_clear()


def find_dnr(text: str, *, series_hint: str | None = None, bare: bool = False) -> list[str]:
    """Find the case numbers in `text`.

    Args:
        text: Running text (line breaks and ``<br>`` inside a number are tolerated).
        series_hint: The series to give a bare ``2025-00970`` (e.g. "KS").
        bare: Numbers without series count without a label (see `find_dnr_spans`).

    Returns:
        Normalised case keys in order of first appearance, without duplicates.
    """
    seen: dict[str, None] = {}
    for d in find_dnr_spans(text, series_hint=series_hint, bare=bare):
        seen.setdefault(d.key, None)
    return list(seen)


_PREFIX = re.compile(rf"^\s*{DNR_LABEL_WORD}\.?:?\s*", re.I)


def parse_dnr(raw: str, series_hint: str | None = None, *, bare: bool = False) -> Dnr | None:
    """The one case number printed in `raw` ("Dnr KS 2024/123", "2026.016 KS"), or None.

    Args:
        raw: The printed number, optionally with a label.
        series_hint: Series for a bare "2025-00970".
        bare: Accept a number without series even without a label ("2024/1"): `raw` is known to be
            a case number (a user's `arkiv case` argument, a Dnr column).
    """
    s = _join_broken(raw.strip())
    label = _PREFIX.match(s)
    found = find_dnr_spans(s, series_hint=series_hint, bare=bare, labelled=bare)
    start = label.end() if label else 0
    if len(found) == 1 and found[0].start == start and found[0].end == len(s.rstrip(" .,;")):
        return found[0]
    return None


def normalize_dnr(raw: str, series_hint: str | None = None) -> str | None:
    """Normalise one printed case number to its key.

    Args:
        raw: The printed number, optionally with a label ("Dnr KS 2024/123", "Diarienummer: 2024/1";
            a number without series counts only with its label).
        series_hint: Series for a bare "2025-00970".

    Returns:
        The key ("KS-2025-00970"), or None when `raw` is not one case number.
    """
    d = parse_dnr(raw, series_hint)
    return d.key if d else None


def match_form(raw: str) -> str | None:
    """The form all printed forms of one case share, for look-ups: "KS 2026/16" -> "KS|2026|16".

    Args:
        raw: A printed number or a key.

    Returns:
        series|year|serial (no leading zeros, no document suffix), or None when `raw` is not a number.
    """
    d = parse_dnr(raw, bare=True)
    return d.match if d else None
