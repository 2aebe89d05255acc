"""The case numbers printed with a heading's title: on a line of their own, at the title's end, left of a
wrapped title line, or among the labelled lines under it.

A heading's case number is the item's, never a title word, and it stands in many places ("Dnr KS
2026/5" under the title, "Ekonomiuppföljning 2026.072 TEN", "Dnr UN 2026/388   ändrade kursplaner",
"Handläggare: Anna Ek" / "Dnr: KS 2026/5"). The title readers (`indexer.segment.title_below`,
`indexer.segment.titles`) take the numbers out with these and keep the words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.segment.common import SECTION, continues_title, is_dnr_line, is_paren_dnr
from indexer.segment.dnr import DNR_LABEL_WORD, Dnr, find_dnr_spans, is_ministry, is_year_span
from indexer.segment.head_lines import HEAD, MD_MARK

__all__ = [
    "DNR_ON_LINE",
    "column_dnr",
    "dnr_run",
    "labelled_below",
    "left_dnr",
    "line_dnr",
    "own_dnr",
    "tail_dnr",
]

DNR_ON_LINE = re.compile(rf"\b{DNR_LABEL_WORD}\.?:?\s*(\S.*)$", re.IGNORECASE)
#: The label after the body whose diarium the number is in: "Kommunstyrelsens dnr KS26/198" under a
#: nämnd's own "Dnr 2026/31", "KS:s diarienummer: 2026/41" (a remiss from another body's case).
_OWNER_DNR_LINE = re.compile(
    rf"(?:[A-ZÅÄÖ][a-zåäö\-]+s|[A-ZÅÄÖ]{{2,6}}(?::s)?)[ \t]+(?i:{DNR_LABEL_WORD})\.?:?\s*(\S.*)$"
)


def line_dnr(line: str, hint: str | None) -> list[Dnr]:
    """The case numbers of a "Dnr …" / "Diarienummer: …" / "Ärendenummer …" line, or []."""
    m = DNR_ON_LINE.match(line.strip()) or _OWNER_DNR_LINE.match(line.strip())
    return find_dnr_spans(m.group(1), series_hint=hint, bare=True, labelled=True) if m else []


def own_dnr(line: str, hint: str | None) -> list[Dnr]:
    """The numbers of a line that holds only case numbers ("Dnr …", "2026.016 KS", "(KS-2024-00131)"),
    or only a bare one ("2026/45", "0123/24": where a heading stands, a number alone is its case, but
    "2026/27" is a school year and "2028-2029" a span of years)."""
    found = line_dnr(line, hint)
    if not found and not HEAD.match(line) and (is_dnr_line(line) or is_paren_dnr(line)):
        found = find_dnr_spans(line, series_hint=hint, bare=True)
    if not found and _BARE_LINE.fullmatch(line.strip()) and not is_year_span(line):
        found = find_dnr_spans(line, series_hint=hint, bare=True)
    if not found and not HEAD.match(line):
        found = _several_dnr(line, hint)
    return found


def _several_dnr(line: str, hint: str | None) -> list[Dnr]:
    """The numbers of a line that lists only case numbers: "KS 2026:233, KS 2026:240", "(SN 2026/4 och
    KS 2026/12)"."""
    spans = find_dnr_spans(line, series_hint=hint)
    if len(spans) < 2:
        return []
    rest = line
    for d in reversed(spans):
        rest = rest[: d.start] + " " + rest[d.end :]
    return spans if not re.sub(r"(?i)[\s,;&()]|\boch\b", "", rest) else []


# "2026/45", "2026-000021-101", "2026/45-1.2.2" (with the diarieplan's classification), "2026/45 (3)" (with
# its document number in brackets)
_BARE_LINE = re.compile(
    r"\d{2,6}[/.-](?:\d{2,6}(?:-\d{1,3}(?:\.\d{1,3}){0,3})?|\d{1,6}-\d{1,3}(?:\.\d{1,3}){1,3})"
    r"(?: ?\(\d{1,3}\))?"
)


def dnr_run(lines: list[str], k: int, hint: str | None, stop: re.Pattern[str] | None = None) -> list[Dnr]:
    """The case numbers of line k and of the lines right under it (no blank line between) that hold
    only case numbers: a heading's two numbers printed one under the other ("Ärendenummer: VON
    2026/61" / "KS 2026/77"). A number line right above the next heading (`stop`, default § lines) is
    that heading's, not this one's. A labelled line after one blank line goes on with the run: a Word
    file or a web page sets each line as a paragraph of its own ("Dnr 2026/31" / "Kommunstyrelsens dnr
    KS26/198")."""
    stop = stop or HEAD
    found = own_dnr(MD_MARK.sub("", lines[k].strip()), hint)
    j = k + 1
    while found and j < len(lines):
        if not lines[j].strip():
            if j + 1 < len(lines) and line_dnr(MD_MARK.sub("", lines[j + 1].strip()), hint):
                j += 1
                continue
            break
        more = own_dnr(MD_MARK.sub("", lines[j].strip()), hint)
        after = lines[j + 1].strip() if j + 1 < len(lines) else ""
        if not more or HEAD.match(after) or stop.match(after):
            break
        found += [d for d in more if d.key not in {x.key for x in found}]
        j += 1
    return found


def tail_dnr(text: str, hint: str | None) -> tuple[str, list[Dnr]]:
    """A series number at the end of a heading's text, set off from the title ("Ekonomiuppföljning
    2026.072 TEN", a wrapped title's last line "samt uppdrag till förvaltningen KS 2026/41"): (the text
    without it, [the number]), or (text, []). A ministry's remiss number is the title's own words.

    A bare year/serial after the title's words is its case number too ("Budget för 2027 2026/41"): a
    title's own figures are a year ("Budget 2027"), a span of years ("2026/27", "2026/2030") or a date.
    """
    tail = find_dnr_spans(text, series_hint=hint)
    if tail and tail[-1].series and tail[-1].year and not text[tail[-1].end :].strip(" )"):
        t = tail[-1]
        if not is_ministry(t.key):
            return text[: t.start].rstrip(" ([,;:–-"), [t]
    m = _BARE_TAIL.search(text)
    if m and not is_year_span(m["num"]) and re.search(r"[A-Za-zÅÄÖåäö]{3}", text):
        at = m.start("num")
        found = [replace(d, start=d.start + at, end=d.end + at) for d in find_dnr_spans(m["num"], bare=True)]
        return text[: m.start()].rstrip(" ([,;:–-"), found
    return text, []


# ... with its document number in brackets: "Budget för 2027 2026/41 (3)" (`indexer.segment.dnr_forms`)
_BARE_TAIL = re.compile(r"(?<=\s)\(?(?P<num>(?:19|20)\d\d/\d{1,6}(?: ?\(\d{1,3}\))?)\)?\s*$")


def column_dnr(line: str, hint: str | None) -> tuple[str, list[Dnr]]:
    """A title line with a case number at its end, in a column of its own or after the title's last
    words: (the title part, the numbers)."""
    head, tab, last = line.rpartition("\t")
    if tab and head.strip():
        found = own_dnr(last, hint)
        if found:
            return head.rstrip(), found
    text, found = tail_dnr(line, hint)
    return (text, found) if re.search(r"[A-Za-zÅÄÖåäö]{3}", text) else (line, [])


# A line of two columns: a labelled case number at the left, text at the right after a gap.
_LEFT_DNR = re.compile(
    rf"^(?P<dnr>{DNR_LABEL_WORD}\.?:?\s*\S+(?: \S+){{0,2}}?)"
    r"(?:\t+|[ ]{3,})(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# ... or the number without its label, in the § number's column under it: "KS 2026/112⏵⏵⏵2028–2029 för …".
_LEFT_NUMBER = re.compile(r"^(?P<dnr>\S+(?: \S+){0,2}?)(?:\t+|[ ]{3,})(?P<rest>\S.*)$")


def left_dnr(ln: str, prev: str, width: int | None, shown: str, hint: str | None) -> tuple[str, list[Dnr]]:
    """The title's next line printed right of the item's "Dnr" (or its number alone) in a side column (a §
    and its number on the left, the title wrapping on the right): (that title text, the number), or
    ("", [])."""
    m = _LEFT_DNR.match(ln) or _LEFT_NUMBER.match(ln)
    if not m or not re.search(r"[a-zåäö]{3}", m["rest"]):
        return "", []
    found = line_dnr(m["dnr"], hint)
    if not found and m.re is _LEFT_NUMBER:  # the number alone, with its series: "KS 2026/112"
        found = [d for d in own_dnr(m["dnr"], hint) if d.series]
    if not found or not continues_title(prev, m["rest"], width, shown=shown):
        return "", []
    return m["rest"], found


_LABEL_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäö ]{1,25}:\s*\S")  # "Handläggare: Anna Ek", "Föredragande: …"


def labelled_below(lines: list[str], j: int, hint: str | None, stop: re.Pattern[str]) -> list[Dnr]:
    """A "Dnr …" line among the heading's labelled lines under the title ("§ 45 Budget 2027" /
    "Handläggare: Anna Ek" / "Dnr: KS 2026/5"): the item's own number, found past a few label or
    short lines; never the next heading's (a "Dnr" line printed just above the next § line)."""
    seen = 0
    for k in range(j, min(j + 8, len(lines))):
        ln = MD_MARK.sub("", lines[k].strip())
        if not ln:
            continue
        label = bool(_LABEL_LINE.match(ln))  # "Föredragande: Per Lund" is a label here, not a section
        if (SECTION.match(ln) and not label) or stop.match(ln) or HEAD.match(ln) or seen >= 4:
            return []
        found = line_dnr(ln, hint)
        if found:
            after = [x.strip() for x in lines[k + 1 : k + 3] if x.strip()]
            return [] if after and (HEAD.match(after[0]) or stop.match(after[0])) else found
        if ln.endswith(".") or not (label or len(ln.split()) <= 6):
            return []
        seen += 1
    return []
