"""Where a § heading's title stands: on the § line, wrapped onto the lines under it, under the line, or
above it.

Swedish minutes print the title of a paragraph in one of four places, and a document keeps to one:
- on the § line ("§ 16  Motion från … om avgiftsfri sommarlovsverksamhet"), where a long title wraps
  onto the next line ("för barn och unga") and the body follows without a blank line in a PDF;
- under a § line that holds only numbers ("KS § 213  Dnr 26/15  sid 2" / "Information om …");
- above the § line ("Val av justerare" / "§ 78"; Gävle, Ale), the line under it being the body;
- around it, a two-line title centred on a number column ("Svar på motion om … genom" / "§ 99" /
  "inredning av vindar …").

Lines that are never title words are skipped or end the title: a page number the text layer put
between the § line and the title ("Sida 6 (8)"), a "Dnr …" line (its numbers are the item's), markdown
heading marks ("### Anmälningar"), a section word ("Beslut", "Ärendebeskrivning"), a list line ("– …").
Whether a title line goes on is decided by `indexer.segment.common.continues_title`. A title goes on
beside a "Dnr …" cell of a narrow left column ("Dnr UN 2026/388   ändrade kursplaner i slöjd") and past a
second case number at the right margin between its lines, where it broke inside a phrase.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from indexer.read.page_numbers import is_page_number
from indexer.segment.common import (
    SECTION,
    continues_title,
    ends_open,
    is_dnr_line,
    is_paren_dnr,
    is_status_suffix,
    join_lines,
)
from indexer.segment.dnr import DNR_LABEL_WORD, Dnr, find_dnr_spans, is_ministry, is_year_span
from indexer.segment.marks import MARK
from indexer.segment.title_ends import ends_in_cut_name, without_open_number
from models.gazetteers import first_names

__all__ = [
    "DNR_ON_LINE",
    "HEAD",
    "TOC_LINE",
    "TitlePlace",
    "above_style",
    "head_number",
    "line_dnr",
    "own_dnr",
    "place_title",
    "tail_dnr",
    "title_above_numbers",
    "title_block",
    "title_place",
]

# "§ 86", "§ 7.", "$ 86" (OCR), "**§ 45 Title**" (markdown bold), "## § 45",
# "KS § 101" / "KF § 45" / "Ks §12" / "KS AU § 88" (organ prefix; not "Se § 12", a reference), "§ 12/26"
# (the paragraph's number in the year's series), "Paragraf 12" (the sign written out), "12 §" and "KS 12 §"
# (the number before the sign). The number is group "n" or "before" (`head_number`), the rest "rest".
HEAD = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:(?!(?:Se|Enligt|Och|Samt|Jfr|Till|Från|Vid|Under|Forts)\s)"
    r"(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5}(?:[- ][A-ZÅÄÖ]{2,4})?"
    # the organ's name: "Kommunstyrelsen § 12", "Kommunstyrelsens arbetsutskott § 12", "Barn- och
    # utbildningsnämnden § 12"
    r"|[A-ZÅÄÖ][a-zåäö]*-?(?: och [a-zåäö]+)?(?:styrelse|nämnd|fullmäktige|utskott|beredning)[a-zåäö]*"
    r"(?: [a-zåäö]+)?)\s+)?(?:(?:§|\$|(?:Paragraf|PARAGRAF)(?=[ \t]))\s*(?P<n>\d{1,4})(?:/(?:19|20)?\d\d)?\.?"
    # the number before the sign, "12 §" (not "12 §§", a range)
    r"|(?P<before>\d{1,4})[ \t]?§(?!§))"
    r"(?=[\s*_]|$)(?P<rest>.*)$"
)


def head_number(m: re.Match[str]) -> int:
    """The paragraph number of a `HEAD` match, printed before or after the sign."""
    return int(m.group("n") or m.group("before"))


DNR_ON_LINE = re.compile(rf"\b{DNR_LABEL_WORD}\.?:?\s*(\S.*)$", re.IGNORECASE)
#: The label after the body whose diarium the number is in: "Kommunstyrelsens dnr KS26/198" under a
#: nämnd's own "Dnr 2026/31", "KS:s diarienummer: 2026/41" (a remiss from another body's case).
_OWNER_DNR_LINE = re.compile(
    rf"(?:[A-ZÅÄÖ][a-zåäö\-]+s|[A-ZÅÄÖ]{{2,6}}(?::s)?)[ \t]+(?i:{DNR_LABEL_WORD})\.?:?\s*(\S.*)$"
)
TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$")
_MAX_TITLE_LINES = 7  # a narrow heading column wraps a long title over six lines
_MD_MARK = re.compile(r"^#{1,6}\s+")
_LIST_LINE = re.compile(rf"^(?:{MARK}\s|[A-Za-zÅÄÖåäö]{{1,2}}[/)]\s)")


# A page header's or footer's cells, which the text layer may put between a § line and its title: a
# label of the meeting ("Sammanträdesdatum 2026-09-22", "Justerandes sign", "Utdragsbestyrkande") or a
# date alone. Never a title's words.
_HEADER_CELL = re.compile(
    r"(?:(?:sammanträdes(?:datum|dag)|mötesdatum|protokollsdatum|datum|justerandes?\s+sign(?:atur|\.)?|utdragsbestyrkande"
    r"|sammanträdesprotokoll)\s*:?\s*(?:(?:19|20)\d\d-\d\d-\d\d)?|(?:19|20)\d\d-\d\d-\d\d)",
    re.IGNORECASE,
)


def is_header_line(line: str) -> bool:
    """A line that holds only a page's header or footer cells (`_HEADER_CELL`) or a page number."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    return bool(cells) and all(_HEADER_CELL.fullmatch(c) or is_page_number(c) for c in cells)


def _ends_sentence(line: str) -> bool:
    """Ends with a period that is not an abbreviation's ("m.fl.", "bl.a.", "kv.")."""
    last = line.rsplit(" ", 1)[-1]
    return line.endswith(".") and "." not in last[:-1] and len(last) > 4


def _full_stop(line: str) -> bool:
    """Ends with a full stop that is no abbreviation's with inner dots ("m.fl.", "bl.a.")."""
    return line.endswith(".") and "." not in line.rsplit(" ", 1)[-1][:-1]


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
    found = own_dnr(_MD_MARK.sub("", lines[k].strip()), hint)
    j = k + 1
    while found and j < len(lines):
        if not lines[j].strip():
            if j + 1 < len(lines) and line_dnr(_MD_MARK.sub("", lines[j + 1].strip()), hint):
                j += 1
                continue
            break
        more = own_dnr(_MD_MARK.sub("", lines[j].strip()), hint)
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


def _column_dnr(line: str, hint: str | None) -> tuple[str, list[Dnr]]:
    """A title line with a case number at its end, in a column of its own or after the title's last
    words: (the title part, the numbers)."""
    head, tab, last = line.rpartition("\t")
    if tab and head.strip():
        found = own_dnr(last, hint)
        if found:
            return head.rstrip(), found
    text, found = tail_dnr(line, hint)
    return (text, found) if re.search(r"[A-Za-zÅÄÖåäö]{3}", text) else (line, [])


# Verbs that open a paragraph's text in minutes ("X informerar om", "Förvaltningen föreslår"): a title line
# that is not broken inside a phrase is not continued by a capitalised line that holds one.
_BODY_VERB = re.compile(
    r"\b(?:informerar|redovisar|redogör|föredrar|presenterar|föreslår|beslutar|yrkar|har|hade|ska|skall"
    r"|lämnar|anmäler|begär|ansöker|önskar|vill|svarar|utser|väljer|godkänner|konstaterar|noterar)\b"
)


def _is_list(lines: list[str], j: int, ln: str) -> bool:
    """A list line ("– rekryteringen", "• Potatisfestivalen"), not a title's stage after a dash
    ("- beslut efter samråd"), which is one line with no other dash line under it."""
    if not _LIST_LINE.match(ln):
        return False
    after = next((x.strip() for x in lines[j + 1 : j + 3] if x.strip()), "")
    return not is_status_suffix(ln) or bool(_LIST_LINE.match(after))


def _body_starts(lines: list[str], j: int, prev: str) -> bool:
    """Whether line j, under a title line `prev` that ends a phrase, begins the body's first sentence.

    In a narrow column every line is about as wide as the column, so width cannot tell a title's
    last line from the body's first ("§ 51 Svar på motion från Ida" / "Berg (V) om fler" / "platser i
    korttidsboende" / "Ida Berg (V) föreslår" / "i en motion att nämnden" / "utreder behovet."). A
    sentence can: from line j the lines read on as one wrapped sentence (each next line in lower
    case, or its line broken inside a phrase) to a full stop or colon. A title's capitalised
    continuation ("… för Västra" / "Götalandsregionen") is followed by a new capital, not read on.
    """
    if not lines[j].strip()[:1].isupper() or ends_open(prev):
        return False
    if _BODY_VERB.search(lines[j]):
        return True  # "Kommundirektör Lena Ahl informerar om": who does what, the body's first words
    for k in range(j, min(j + 8, len(lines))):
        cur = lines[k].strip()
        if not cur or SECTION.match(cur) or HEAD.match(cur):
            return False
        full_stop = cur.endswith(".") and (k > j or " " in cur or _ends_sentence(cur))
        if full_stop or cur.endswith(":"):
            return True  # "Redovisas.", "Ekonomen redovisar" / "utfallet för januari."
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if not (nxt[:1].islower() or (nxt and ends_open(cur))):
            return False
    return False


def _wraps(idx: list[int], prev: str) -> bool:
    """Whether the title is known to wrap: it has two lines already, or its one line ends in a name cut
    at the line's end (`title_ends.ends_in_cut_name`)."""
    return len(idx) >= 2 or ends_in_cut_name(prev)


def _last_line_before_section(lines: list[str], j: int, ln: str, prev: str, hint: str | None) -> bool:
    """Whether line j, a short line under a title that already wraps, is the title's last line: the
    body's first section word ("Sammanfattning", "Ärendebeskrivning", "Beslut") or the item's labelled
    case number ("Dnr: LKS 2025-000418", printed under the title) stands right under it.

    A title set in a narrow column between a § column and a case-number column wraps where the column
    ends, not where a phrase does ("Yttrande över Trafikverkets åtgärdsvalsstudie för" / "väg 23" /
    "Växjö–Älmhult"), so the width cannot tell its last line; the section word under it can. A line that
    reads as the body's (a sentence, a verb, a label, a list, a name and role) is not taken.
    """
    nxt = _MD_MARK.sub("", lines[j + 1].strip()) if j + 1 < len(lines) else ""
    closes = SECTION.match(nxt) or (line_dnr(nxt, hint) and not own_dnr(ln, hint))
    if not closes or _ends_sentence(prev) or prev.endswith((".", ":")):
        return False
    if (
        len(ln) > 40
        or len(ln.split()) > 5
        or ln.endswith((".", ":", ";", ","))
        or re.search(r"[\t,]|:(?!\d)", ln)
    ):
        return False
    if not re.match(r"[A-ZÅÄÖ0-9]", ln) or _BODY_VERB.search(ln) or _LIST_LINE.match(ln):
        return False
    words = ln.split()
    if any(a in first_names() and b[:1].isupper() for a, b in itertools.pairwise(words)):
        return False  # "Anna Ek", "Handläggare Ida Berg (V)": a presenter's or handläggare's name
    return not (SECTION.match(ln) or HEAD.match(ln) or own_dnr(ln, hint))


def _next_lines(lines: list[str], j: int) -> tuple[int, str]:
    """The next line from j that can hold title words (page numbers skipped), as (index, text)."""
    while j < len(lines) and is_header_line(lines[j].strip()):
        j += 1
    return j, _MD_MARK.sub("", lines[j].strip()) if j < len(lines) else ""


def _wrapped(
    lines: list[str], i: int, rest: str, width: int | None, hint: str | None, stop: re.Pattern[str]
) -> tuple[list[int], str, list[Dnr]]:
    """A title printed on the § line at i, with the lines it wraps onto, and a "Dnr" line under it."""
    idx, parts, shown, dnr = [i], [rest], lines[i].strip(), []
    j, ln = _next_lines(lines, i + 1)
    if not ln and (
        _goes_on_past_blank(lines, j, rest.strip(), hint)
        or _hanging_line(lines, j, _title_column(lines[i], rest))
    ):
        j, ln = _next_lines(lines, j + 1)  # "§ 91⇥Detaljplan för Duveds centrum," / "" / "antagande"
    while ln and len(idx) < _MAX_TITLE_LINES and not _ends_sentence(parts[-1]):
        text, found = _left_dnr(ln, parts[-1], width, shown, hint)
        if found:  # "Dnr UN 2026/388<gap>ändrade kursplaner i slöjd": number left, the title goes on right
            idx.append(j)
            parts.append(text)
            dnr += found
            shown = text
            j, ln = _next_lines(lines, j + 1)
            continue
        numbers = own_dnr(ln, hint)
        if (
            numbers
            and ends_open(parts[-1])
            and not HEAD.match(ln)
            and _next_lines(lines, j + 1)[1][:1].islower()
        ):
            # "… Österbybruk –" / "BUN-2026-00141" / "beslut om inriktning": a number in the margin column,
            # printed between the title's lines; a body under it starts with a capital and ends the title
            dnr += numbers
            j, ln = _next_lines(lines, j + 1)
            continue
        if numbers and (cut := without_open_number(parts[-1], ln)) is not None:
            parts[-1] = cut  # "… (SBN" / "2026-000098, KS 2026/155)": the bracket is the numbers', no title's
        if SECTION.match(ln) or stop.match(ln) or _is_list(lines, j, ln) or numbers:
            break
        text, found = _column_dnr(ln, hint)
        # The § line's length counts for the width: a case number at its right margin narrows the title.
        if not continues_title(parts[-1], text, width, shown=shown) or _body_starts(lines, j, parts[-1]):
            break
        idx.append(j)
        parts.append(text)
        dnr += found
        shown = ln
        j, ln = _next_lines(lines, j + 1)
    if ln and _wraps(idx, parts[-1]) and _last_line_before_section(lines, j, ln, parts[-1], hint):
        idx.append(j)
        parts.append(ln)
        j, ln = _next_lines(lines, j + 1)
    below = next((k for k in range(j, min(j + 3, len(lines))) if lines[k].strip()), None)
    if below is not None:  # "§ 14 Budgetuppföljning" / "Dnr: KS/2026:31"
        dnr += dnr_run(lines, below, hint, stop)
    if not dnr:
        dnr = _labelled_below(lines, j, hint, stop)
    return idx, join_lines(parts), dnr


# A line of two columns: a labelled case number at the left, text at the right after a gap.
_LEFT_DNR = re.compile(
    rf"^(?P<dnr>{DNR_LABEL_WORD}\.?:?\s*\S+(?: \S+){{0,2}}?)"
    r"(?:\t+|[ ]{3,})(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# ... or the number without its label, in the § number's column under it: "KS 2026/112⏵⏵⏵2028–2029 för …".
_LEFT_NUMBER = re.compile(r"^(?P<dnr>\S+(?: \S+){0,2}?)(?:\t+|[ ]{3,})(?P<rest>\S.*)$")


def _left_dnr(ln: str, prev: str, width: int | None, shown: str, hint: str | None) -> tuple[str, list[Dnr]]:
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


def _labelled_below(lines: list[str], j: int, hint: str | None, stop: re.Pattern[str]) -> list[Dnr]:
    """A "Dnr …" line among the heading's labelled lines under the title ("§ 45 Budget 2027" /
    "Handläggare: Anna Ek" / "Dnr: KS 2026/5"): the item's own number, found past a few label or
    short lines; never the next heading's (a "Dnr" line printed just above the next § line)."""
    seen = 0
    for k in range(j, min(j + 8, len(lines))):
        ln = _MD_MARK.sub("", lines[k].strip())
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


def title_block(
    lines: list[str],
    i: int,
    rest: str,
    width: int | None = None,
    hint: str | None = None,
    stop: re.Pattern[str] = HEAD,
) -> tuple[list[int], str, list[Dnr]]:
    """Title lines at or after the heading at line i (`rest`: the heading line after its number); also
    the case numbers found there.

    `width` is the document's line width (`seg_common.text_width`): without a blank
    line under it, a title only goes on where it wraps (`seg_common.continues_title`).
    `hint` is the series of bare case numbers ("Dnr 2024-000123"). A case number on a
    line of its own, above or under the title, is the item's and not part of the title. `stop` matches
    the next heading ("§ 17 …", or a labelled heading "Ärende 4 …" for `indexer.segment.labels`).
    """
    if re.search(r"[A-Za-zÅÄÖåäö]{3}", rest):  # "§ 16 Taxa för …", perhaps wrapped, "Dnr …" under it
        return _wrapped(lines, i, rest, width, hint, stop)
    dnr: list[Dnr] = []
    idx: list[int] = []
    parts: list[str] = []
    j, blanks = i + 1, 0
    while j < len(lines) and len(idx) < _MAX_TITLE_LINES:
        raw = lines[j].strip()
        if not raw or is_header_line(raw):
            if idx and not raw and not _goes_on_past_blank(lines, j, parts[-1], hint):
                break
            blanks += not raw
            if blanks > 2:
                break
            j += 1
            continue
        ln = _MD_MARK.sub("", raw)
        if not idx and is_header_line(ln):
            j += 1  # the page header's "Sammanträdesdatum" / "2026-09-22" read in between § and title
            continue
        found = own_dnr(ln, hint)
        if idx and found and all(is_ministry(d.key) for d in found):
            parts.append(ln)  # "(KN2023/03476)" under a remiss title: the remiss it answers, a title word
            idx.append(j)
            break
        if found:  # "Dnr KS-2025-00171" or "2026.016 KS" on its own line, under "§ 86" or under the title
            if idx:
                dnr += dnr_run(lines, j, hint, stop)
                break
            dnr += found
            j += 1
            continue
        if SECTION.match(ln) or HEAD.match(ln) or stop.match(ln) or (not idx and _LIST_LINE.match(ln)):
            break
        text, found = _column_dnr(ln, hint)
        if idx and (not continues_title(parts[-1], text, width) or _body_starts(lines, j, parts[-1])):
            if _wraps(idx, parts[-1]) and _last_line_before_section(lines, j, ln, parts[-1], hint):
                idx.append(j)
                parts.append(ln)
                j += 1
            break
        idx.append(j)
        parts.append(text)
        dnr += found
        if TOC_LINE.search(ln) or _ends_sentence(ln):  # a title ends with its (rare) period
            break
        j += 1
    if idx and not dnr:
        dnr = _labelled_below(lines, j, hint, stop)
    # A heading's full stop goes, an abbreviation's ("m.fl.") stays.
    return idx, re.sub(r"(?<=[a-zåäö]{4})\.$", "", join_lines(parts)), dnr


def _goes_on_past_blank(lines: list[str], j: int, prev: str, hint: str | None = None) -> bool:
    """A title line that breaks inside a phrase with a comma ("Försäljning av del av fastigheten
    Åmmeberg 2:41,"), one blank line (j) and a line in lower case that ends no sentence: OCR parts a
    heading's lines as paragraphs where their spacing differs, the title goes on there. So it does
    after any title line where that lower-case line has the heading's case number right under it
    ("… till kommunstyrelsens" / "ordförande om bredband" / "Dnr KS 2026/311"): a body's sentence
    has no case number of its own line under it."""
    if j + 1 >= len(lines) or lines[j].strip():
        return False
    nxt = lines[j + 1].strip()
    if not nxt[:1].islower() or _ends_sentence(nxt) or len(nxt.split()) > 12:
        return False
    under = _MD_MARK.sub("", lines[j + 2].strip()) if j + 2 < len(lines) else ""
    return prev.endswith(",") or bool(under and own_dnr(under, hint))


#: A title's column in a text layout stands at least this far in: the § number's column is left of it.
_MIN_HANGING = 4


def _title_column(line: str, rest: str) -> int | None:
    """Where the title starts on its § line in a text layout ("§ 203⏵⏵⏵⏵Motion från …"), or None when
    the line is no such layout (tabs, or the title right after the number)."""
    head = rest.strip()[:12]
    at = line.find(head) if head else -1
    if "\t" in line or at < _MIN_HANGING or not re.search(r"\S[ ]{3,}$", line[:at]):
        return None
    return at


def _hanging_line(lines: list[str], j: int, column: int | None) -> bool:
    """A text layout's title wrapped under itself past a blank line (j): the § number in a column of its
    own, the title's next line set exactly at the title's column ("§ 203⏵⏵Motion från Tomas Lund (V) om
    fria⏵⏵KS/2025:402" / "" / "⏵⏵⏵⏵⏵⏵⏵⏵mensskydd i skolan"), a few words that end no sentence, and the
    body after it back at the margin (or a heading)."""
    if column is None or j + 1 >= len(lines) or lines[j].strip():
        return False
    nxt = lines[j + 1]
    text = nxt.strip()
    if not text or len(nxt) - len(nxt.lstrip(" ")) != column or _ends_sentence(text) or len(text.split()) > 8:
        return False
    after = lines[j + 2] if j + 2 < len(lines) else ""
    return not after.strip() or not after[:1].isspace()


def _block_above(lines: list[str], i: int, relaxed: bool = False) -> list[int]:
    """Title-like lines right above the § line at i (at most three), or [].

    The block reads as one title (`continues_title`) and begins after a blank line, the start of the
    text, a finished sentence, a heading or a form row (tab-separated). `relaxed` (a document whose
    titles stand above their § lines) accepts any line before it.
    """
    block: list[int] = []
    k = i - 1
    while k >= max(0, i - 3) and not lines[k].strip():  # "Val av justerare" / "" / "§ 21"
        k -= 1
    # The page's running header set beside the title, read between it and the § line ("Val av justerare" /
    # "PROTOKOLL" / "Datum: 2026-11-10" / "§ 185"): passed over.
    skipped = k
    while k >= max(0, i - 4) and (is_header_line(lines[k].strip()) or _DOC_WORD.fullmatch(lines[k].strip())):
        k -= 1
    if k < skipped and (k < 0 or not lines[k].strip()):
        k = skipped  # nothing right above the header: the title is not there
    while k >= 0 and len(block) < 3:
        ln = lines[k].strip()
        if not ln and block and k > 0 and _split_paragraph(lines[k - 1].strip(), lines[block[0]].strip()):
            k -= 1  # a title broken into two paragraphs inside a phrase (a blank line between them)
            continue
        # a sentence's end, also inside a closing quote ("… innan granskningen.”")
        ended = ln.rstrip('"”’»)').endswith((".", ":", ";"))
        if not ln or HEAD.match(ln) or SECTION.match(ln) or ended or len(ln) > 150:
            break
        if (
            is_dnr_line(ln)
            or is_header_line(ln)
            or "\t" in ln
            or _LIST_LINE.match(ln)
            or _SENT_TO_LINE.match(ln)
        ):
            break
        if block and not continues_title(ln, lines[block[0]].strip(), None):
            break
        block.insert(0, k)
        k -= 1
    before = lines[k].strip() if k >= 0 else ""
    if not block or not lines[block[0]].strip()[:1].isupper() or _SENT_TO.match(before):
        return []  # ... or the addressees under the last item's "Skickas till"
    bounded = (
        not before
        or before.rstrip('"”’»)').endswith((".", ":"))
        or "\t" in before
        or HEAD.match(before)
        or _SENT_TO_LINE.match(before)
    )
    if not (relaxed or bounded or SECTION.match(before)):
        return []
    if any(
        not continues_title(lines[a].strip(), lines[b].strip(), None) for a, b in itertools.pairwise(block)
    ):
        return []
    return block


_DOC_WORD = re.compile(r"(?i)protokoll|sammanträdesprotokoll|protokollsutdrag")


def _split_paragraph(prev: str, nxt: str) -> bool:
    """Whether `nxt`, a paragraph after a blank line, goes on with the title line `prev`: a title typed as
    two paragraphs breaks inside a phrase ("… efter granskning av" / "Kyrkbyskolan", "… elevenkäten" /
    "våren 2026"), where a title above a body paragraph ends whole."""
    if not prev or not nxt or prev.rstrip('"”’»)').endswith((".", ":", ";")) or len(prev) > 150:
        return False
    if HEAD.match(prev) or SECTION.match(prev) or is_dnr_line(prev) or is_header_line(prev) or "\t" in prev:
        return False
    return (ends_open(prev) or nxt[:1].islower()) and continues_title(prev, nxt, None)


#: The heading of whom a decision is sent to, at an item's end ("Skickas till", "Expedieras:", "Beslutet
#: skickas till", "Protokollsutdrag till"): the lines under it name bodies, not the next item's title.
_SENT_TO = re.compile(
    r"^(?:beslutet\s+)?(?:skickas|expedieras|sänds|översänds|delges|protokollsutdrag|utdrag|kopia)(?:\s+till)?\s*:?$",
    re.IGNORECASE,
)

#: The same heading with its addressees on the line ("Skickas till: Regionfastigheter, Hälsocentralen"):
#: the last item's end, never a title's line.
_SENT_TO_LINE = re.compile(
    r"^(?:beslutet\s+)?(?:skickas|expedieras|sänds|översänds|delges|protokollsutdrag|utdrag|kopia)(?:\s+till)?"
    r"\s*:\s*\S",
    re.IGNORECASE,
)


@dataclass
class TitlePlace:
    """A § line printed without a title: the blocks above and under it that could be the title."""

    line: int
    below: list[int]  # title lines under the § line (`title_block`)
    below_title: str
    below_first: str  # the first line under the § line as printed (its full stop kept)
    above: list[int]  # a block above that reads as a title after a sentence or a heading
    above_loose: list[int]  # the same after any line

    @property
    def vote(self) -> int:
        """+1: this heading shows its title above; -1: under; 0: cannot tell."""
        first = self.below_first
        body_under = not self.below or (_full_stop(first) and len(first.split()) >= 6)
        if self.above and body_under:
            return 1
        return -1 if self.below and not self.above_loose else 0


def title_place(lines: list[str], i: int, idx: list[int], title: str) -> TitlePlace:
    """The candidate title blocks of the § line at i, whose title under it is `idx` / `title`."""
    first = lines[idx[0]].strip() if idx else ""
    return TitlePlace(i, idx, title, first, _block_above(lines, i), _block_above(lines, i, relaxed=True))


def above_style(places: list[TitlePlace]) -> bool:
    """Whether the document prints its titles above the § lines: most headings that show it say so."""
    votes = [p.vote for p in places]
    return votes.count(1) >= 2 and votes.count(1) > votes.count(-1)


def title_above_numbers(lines: list[str], i: int, hint: str | None) -> tuple[list[int], str, list[Dnr]]:
    """A title printed above the case-number lines that stand right above the § line at i ("Budget
    2027" / "Dnr KS 2026/5" / "§ 12"): (its lines, the title, the numbers), or ([], "", []). For a §
    line that found no title under or right above it."""
    k = i - 1
    while k >= max(0, i - 3) and not lines[k].strip():
        k -= 1
    dnr: list[Dnr] = []
    top = k + 1
    while k >= 0 and i - k <= 4 and (found := own_dnr(_MD_MARK.sub("", lines[k].strip()), hint)):
        dnr = found + [d for d in dnr if d.key not in {x.key for x in found}]
        top = k
        k -= 1
    block = _block_above(lines, top) if dnr else []
    return (block, join_lines([lines[b] for b in block]), dnr) if block else ([], "", [])


def place_title(lines: list[str], p: TitlePlace, above_first: bool) -> tuple[list[int], str]:
    """The title of a § line printed alone: above it, under it, or around it (see the module doc).

    "Svar på motion om … genom" / "§ 99" / "inredning av vindar …" (a number column centred on a
    two-line title) is one title around the line; "Budget 2025" / "§ 12" / "Kommunstyrelsen beslutar
    att …" has its title above and its body right under the line. In a document whose titles stand
    above (`above_first`), a block above after any line is the title.
    """
    above = p.above_loose if above_first else p.above
    idx, title = p.below, p.below_title
    if not above:
        return idx, title
    first = lines[idx[0]].strip() if idx else ""
    if first[:1].islower() and continues_title(lines[above[-1]].strip(), first, None):
        return above + idx, join_lines([lines[k] for k in above + idx])
    if above_first or not idx or (_full_stop(first) and len(first.split()) >= 6):
        return above, join_lines([lines[k] for k in above])
    return idx, title
