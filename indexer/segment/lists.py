"""Numbered headings, bullets of scraped pages, and single-ärende documents.

Numbered headings: lines at the left margin starting "1 Title", "2. Title",
"5. **Title**" whose numbers run 1, 2, 3, … in order (a list of decisions
inside an item restarts at 1 and is indented or comes after the chain, so it
is not taken). A protocol extract attached after the last heading (``§63
Title`` preceded by its cover: "Plats och tid", "Organ", "Sammanträdesdatum")
is an item of its own with the extract's organ and date.

Bullets: one item per bullet that carries text; numbered points inside a bullet
("1. Statusrapport", "2. Barnahus") are items of their own.
"""

from __future__ import annotations

import re

from indexer.meta.detect import parse_swedish_date
from indexer.segment.closing import starts_closing
from indexer.segment.common import (
    SECTION,
    clean_title,
    continues_title,
    cut_closing,
    ends_open,
    is_paren_dnr,
    join_lines,
    line_offsets,
    make_item,
    run_in_heading,
    text_width,
)
from indexer.segment.dnr import Dnr, find_dnr, find_dnr_spans, parse_dnr
from indexer.segment.dnr_column import column_dnr
from indexer.segment.marks import BULLET, BULLETS
from indexer.segment.titles import DNR_ON_LINE, line_dnr
from indexer.types import Item

_NUMBERED = re.compile(
    r"^(?:#{1,6}[ \t]+)?(?:\*\*|__)?(\d{1,2})([.)]?)[ \t]+(?=\*\*|[A-ZÅÄÖ\"”(])(.+)$"
)  # "1 Title", "2. Title", "3) Title", "## 4. Title", "**5. Title**"
_EXTRACT_HEAD = re.compile(r"^§\s?(\d{1,4})\s+(\S.*)$")
_COVER_START = re.compile(
    r"^(plats och tid|tid och plats|beslutande|närvarande|protokollet omfattar|utses att justera)\b", re.I
)
_BULLET = re.compile(rf"^(\s*){BULLET}\s?(.*)$")
_POINT = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")
#: A list under a title: a bullet or a hyphen, with or without a blank ("-text"). Not the en dash: a
#: title wraps before its second half ("Barn och unga med psykisk ohälsa" / "– gemensam handlingsplan").
#: Not the star: it opens the "**Subheading**" that ends a title on its own terms.
_LIST_START = (*BULLETS, "-")


def _chain(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    """The run of left-margin numbered headings 1, 2, 3, … in document order; where the margin has
    fewer than two, the run of a page laid out with spaces (`_indented_chain`)."""
    out: list[tuple[int, re.Match[str]]] = []
    expect = 1
    for i, ln in enumerate(lines):
        m = _NUMBERED.match(ln)
        if m and int(m.group(1)) == expect and not re.match(r"\d", m.group(3)):
            out.append((i, m))
            expect += 1
    return out if len(out) >= 2 else _indented_chain(lines) or out


#: A numbered row of a list set with spaces (a ``pdftotext -layout`` export): "  3.  Ekonomisk uppföljning".
_INDENTED = re.compile(r"^([ ]{1,6})(\d{1,2})\.[ ]{1,4}(?=[A-ZÅÄÖ\"”(])(.+)$")


def _indented_chain(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    """The run of numbered rows 1, 2, 3, … of a text laid out with spaces, its numbers right-aligned
    ("  9.  Title" / " 10.  Title"): every row's title starts in the same column, and the case number
    printed far right on a row ("Dnr SN 2026/14") stays on the line (`make_item` takes it from the
    title). A list inside an item's text is indented further than its own heading, so the run is
    only taken where its titles stand in one column and at least three rows are found."""
    found: list[tuple[int, re.Match[str]]] = []
    expect, column = 1, None
    for i, ln in enumerate(lines):
        m = _INDENTED.match(ln)
        if not m or int(m.group(2)) != expect or re.match(r"\d", m.group(3)):
            continue
        at = m.start(3)
        if column is not None and at != column:
            continue
        column = at
        flat = _NUMBERED.match(m.group(2) + ". " + m.group(3))
        if flat is None:
            continue
        found.append((i, flat))
        expect += 1
    return found if len(found) >= 3 else []


def _heading_title(
    lines: list[str], i: int, first: str, width: int | None = None, hint: str | None = None
) -> tuple[str, int, str, list[Dnr]]:
    """Title of a numbered heading: its line and following lines up to a blank line or **Subheading**, or
    the letter's closing (`starts_closing`). A title line that wraps with the case number far right of it
    ("Strandgatan i Lödöse      Dnr TN 2026/77") gives its words to the title and its number to the item.

    Returns (title, index of the first body line, text of the heading line after the title, case numbers).
    """
    parts, tail, j = [first], "", i + 1
    dnr: list[Dnr] = []
    if "**" in first.strip("*"):
        head, _, tail = first.strip().lstrip("*").partition("**")
        return head, j, tail.strip("* "), []
    while j < len(lines) and lines[j].strip() and len(parts) < 3 and not SECTION.match(lines[j]):
        nxt = lines[j].strip()
        if "**" in nxt.strip("*") and not nxt.startswith("**"):
            head, _, tail = nxt.partition("**")
            if is_paren_dnr(head):  # "(HSF240207)" under the title: the item's dnr, not title words
                return join_lines(parts), j + 1, head.strip() + "\n" + tail.strip("* "), dnr
            parts.append(head)
            return join_lines(parts), j + 1, tail.strip("* "), dnr
        if is_paren_dnr(nxt) or DNR_ON_LINE.match(nxt):
            return join_lines(parts), j, tail, dnr  # the case number under the title belongs to the body
        if len(nxt) > 120 or nxt.startswith(_LIST_START) or _NUMBERED.match(nxt) or _POINT.match(nxt):
            break  # body text, a list, or the next heading of a list without blank lines
        if starts_closing(lines, j) and not ends_open(parts[-1]):
            break
        nxt, right = _far_right(nxt, hint)
        if not continues_title(parts[-1], nxt, width):
            break
        parts.append(nxt)
        dnr += right
        j += 1
    return join_lines(parts), j, tail, dnr


def _extract_meta(cover: str) -> tuple[str | None, str | None]:
    """Organ and date printed on an attached protocol extract's cover."""
    organ = date = None
    m = re.search(r"^(?:organ|nämnd|instans)\s*[\t:]\s*(.+)$", cover, re.M | re.I)
    if m:
        organ = clean_title(m.group(1))
    m = re.search(r"(?:sammanträdesdatum|mötesdatum|sammanträdets datum)\s*[\t:\n]\s*(.+)", cover, re.I)
    if m:
        date = parse_swedish_date(m.group(1))
    return organ, date


def _cover_start(lines: list[str], lo: int, hi: int) -> int:
    """First line of an extract's cover in [lo, hi): its "Plats och tid" line and the short lines above."""
    for k in range(lo, hi):
        if _COVER_START.match(lines[k].strip()):
            while k > lo and (not lines[k - 1].strip() or len(lines[k - 1].strip()) < 60):
                k -= 1
            return k
    return hi


def _is_decision_list(lines: list[str], chain: list[tuple[int, re.Match[str]]]) -> bool:
    """A numbered list of decisions or remarks, not agenda headings.

    Its points are sentences ("1. Detaljplanen antas.") or it sits right under a
    heading that announces decisions ("Kommunfullmäktiges beslut", "Förslag till beslut:").
    """
    # "1. Mötets öppnande. Ordföranden hälsade …" is a heading run into its text, not a decision.
    points = [m.group(3).rstrip() for _, m in chain]
    sentences = sum(1 for p in points if p.endswith(".") and len(p.split()) >= 3 and not run_in_heading(p)[1])
    above = next((ln for ln in reversed(lines[: chain[0][0]]) if ln.strip()), "")
    decides = re.search(r"\b(?:beslut|beslutar|förslag|yrkanden?|synpunkter)\W*$", above, re.IGNORECASE)
    if decides and re.match(r"\W*ärenden\b", above, re.IGNORECASE):
        decides = None  # "Ärenden med förslag till beslut": the heading of the agenda's points
    return sentences * 2 > len(chain) or bool(SECTION.match(above)) or bool(decides)


def _far_right(line: str, hint: str | None) -> tuple[str, list[Dnr]]:
    """A heading line without the case number printed far right of its title, set apart by a run of
    spaces ("Ekonomisk uppföljning      Dnr SN 2026/14"), and that number: the title may wrap onto the
    next line, which goes on from the title, not from the number."""
    m = re.match(r"^(.*\S)[ ]{3,}(\S.*)$", line)
    found = line_dnr(m.group(2), hint) if m else []
    return (m.group(1), found) if m and found else (line, [])


def split_numbered(text: str, hint: str | None) -> list[Item]:
    """Items of numbered headings (and attached § extracts), or [] when there are fewer than two."""
    lines = text.split("\n")
    chain = _chain(lines)
    if len(chain) < 2 or _is_decision_list(lines, chain):
        return []
    offs = line_offsets(text)
    width = text_width(lines)
    last = chain[-1][0]
    extracts = [(i, m) for i in range(last + 1, len(lines)) if (m := _EXTRACT_HEAD.match(lines[i].strip()))]
    stops = [i for i, _ in chain] + [i for i, _ in extracts] + [len(lines)]
    items = []
    for k, (i, m) in enumerate(chain):
        first, right = _far_right(m.group(3), hint)
        head, lead = run_in_heading(first)
        title, body_from, tail, wrapped = (
            (head, i + 1, lead, []) if lead else _heading_title(lines, i, first, width, hint)
        )
        right = right or wrapped
        end = stops[k + 1]
        if k == len(chain) - 1 and extracts:
            end = _cover_start(lines, body_from, end)
        body = "\n".join([tail, *lines[body_from:end]])
        if k == len(chain) - 1 and not extracts:
            body = cut_closing(body)
        # "Dnr MHN 2026/140" right under the title is the point's own number, not one its text cites.
        own = right or (line_dnr(lines[body_from], hint) if body_from < end else [])
        items.append(make_item(m.group(1), title, body, offs[i], hint, own))
    for k, (i, m) in enumerate(extracts):
        prev_end = chain[-1][0] + 1 if k == 0 else extracts[k - 1][0] + 1
        organ, date = _extract_meta("\n".join(lines[prev_end:i]))
        body = "\n".join(lines[i + 1 : stops[len(chain) + k + 1]])
        item = make_item(f"§{m.group(1)}", m.group(2), body, offs[i], hint)
        item.organ, item.date = organ, date
        items.append(item)
    return items


def _short_title(s: str) -> str:
    """A lost title replaced by the start of the text: first sentence, at most ~80 characters."""
    s = clean_title(s)
    m = re.match(r"(.{20,}?[.!?])(?=\s+[A-ZÅÄÖ]|$)", s)
    if m:
        s = m.group(1)
    if len(s) > 80:
        s = s[:80].rsplit(" ", 1)[0] + " …"
    return s


def _bullet_items(block: list[str], start: int, offs: list[int], hint: str | None) -> list[Item]:
    """Items of one bullet: the bullet itself if it has text before any numbered point, then each point."""
    points = [k for k, ln in enumerate(block) if _POINT.match(ln)]
    cuts = [0, *points] if (not points or points[0] != 0) else points
    out = []
    for n, c in enumerate(cuts):
        seg = block[c : cuts[n + 1] if n + 1 < len(cuts) else len(block)]
        content = [ln for ln in seg if ln.strip()]
        if not content:
            continue
        first = content[0].strip()
        number: str | None = None
        pm = _POINT.match(first)
        if pm:
            number, first = pm.group(1), pm.group(2)
        elif re.fullmatch(r"§\s?\d{1,4}", first) and len(content) > 1:
            number, first = first.replace(" ", ""), content[1].strip()
            content = content[1:]
        title = first if pm or number else _short_title(first)
        body = (
            "\n".join(ln.strip() for ln in content[1:])
            if (pm or number)
            else "\n".join(ln.strip() for ln in content)
        )
        out.append(make_item(number, title, body, offs[start + c], hint))
    return out


def split_bullets(text: str, hint: str | None) -> list[Item]:
    """Items of a bulleted page, or [] when there are fewer than three bullets with text."""
    lines = text.split("\n")
    heads = [i for i, ln in enumerate(lines) if _BULLET.match(ln)]
    if len(heads) < 3:
        return []
    offs = line_offsets(text)
    items: list[Item] = []
    for k, i in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        m = _BULLET.match(lines[i])
        assert m is not None
        block = [m.group(2), *lines[i + 1 : end]]
        items.extend(_bullet_items(block, i, offs, hint))
    return items if len(items) >= 3 else []


# A unit of the administration: "Planenheten", "miljö- och byggförvaltningen", "Kommunledningskontoret".
_UNIT = r"(?:[\wåäö]+-,?\s+(?:och|samt)\s+)?[\wåäö-]+(?:enhet|avdelning|sektion|förvaltning|kontor)(?:en|et)?"
_LETTERHEAD = re.compile(
    # "Handläggare: Sofia Ahlström", "Datum:", a label and its value in columns ("Handläggare<TAB>…")
    r"^(?:[A-ZÅÄÖ][\wåäö. /-]{1,24}(?::(?:\s.*)?|\t.*)"
    # the addressee or the writer: "Kommunstyrelsen", "Till Socialnämnden", "Kultur- och fritidsnämnden"
    r"|(?:till\s+)?(?:[\wåäö&]+-,?\s+(?:[\wåäö&]+-,?\s+)*(?:och|samt)\s+)?[\wåäö&-]*"
    r"(?:styrelse|nämnd|fullmäktige|utskott|förvaltning|kontor)[a-zåäö]{0,3}"
    r"(?:\s+[\wåäö&-]+){0,2}"
    # the writing unit: "Planenheten, samhällsbyggnadsförvaltningen"
    rf"|{_UNIT}(?:,\s*{_UNIT}){{1,2}}"
    # a label alone over its value ("Handläggare" / "Elin Berg, fritidskonsulent"), an e-mail address
    r"|handläggare|kontaktperson|mottagare|avsändare|datum|diarienummer|\S+@\S+\.\w+"
    r"|[\d\s-]{8,12}|tjänsteskrivelse|beslutsunderlag|missiv)\s*$",
    re.IGNORECASE,
)
#: An official named with a title under "Handläggare": "Elin Bergqvist, fritidskonsulent".
_NAME_AND_TITLE = re.compile(r"^[A-ZÅÄÖ][\wåäöé-]+(?: [A-ZÅÄÖ][\wåäöé-]+){1,2}, [a-zåäö][\wåäö -]{2,40}$")


def _is_letterhead(line: str) -> bool:
    """A line of a tjänsteskrivelse's letterhead: a label with its value, the addressee, a date."""
    return (
        bool(_LETTERHEAD.match(line))
        or bool(_NAME_AND_TITLE.match(line))
        or (bool(find_dnr(line)) and len(line.split()) <= 3)
    )


def single_item(text: str, hint: str | None) -> Item:
    """The whole document as one item (a tjänsteskrivelse: one ärende).

    The title is the line under a lone diarienummer, else the line before the
    first section heading, else the first line of several words.
    """
    lines = [ln.strip() for ln in text.split("\n")]
    nonblank = [(i, ln) for i, ln in enumerate(lines) if ln]
    title_at = None
    for k, (_i, ln) in enumerate(nonblank[:-1]):
        if SECTION.match(ln):
            break  # past the first section heading: a number alone there is a later page's header
        if parse_dnr(ln):
            # The letterhead may go on under the number (Handläggare, the addressee).
            rest = [i for i, x in nonblank[k + 1 :] if not _is_letterhead(x)]
            title_at = rest[0] if rest else nonblank[k + 1][0]
            break
    if title_at is None:
        for k, (_i, ln) in enumerate(nonblank):
            if SECTION.match(ln) and k:
                title_at = nonblank[k - 1][0]
                break
    block = _block(lines, title_at) if title_at is not None else None
    if block is not None and not plausible_title(_joined(lines, block)):
        block = None  # the line before a heading was a footer ("alingsas.se"), a label, a sentence
    if block is None:
        blocks = (_block(lines, i) for i, ln in nonblank[:60] if not ln[:1].islower())
        block = next(
            (b for b in blocks if len(_joined(lines, b).split()) >= 3 and plausible_title(_joined(lines, b))),
            None,
        )
    if block is None:
        at = next((i for i, ln in nonblank if len(ln.split()) >= 3), nonblank[0][0] if nonblank else 0)
        block = (at, at)
    start, end = block
    # The item is the whole document: what stands above the title (a letterhead, a cover's lines)
    # stays in its text, searchable, before what follows the title.
    above = "\n".join(lines[:start]).strip()
    body = "\n".join([above, "", *lines[end + 1 :]] if above else lines[end + 1 :])
    header_dnr = find_dnr_spans("\n".join(lines[:start]), series_hint=hint)  # printed in the letterhead
    title = _joined(lines, block) if lines else ""
    # a list's rows, each case in its column ("Dnr", "Diarienummer"), bare ones too: the text's numbers,
    # as the body's others are (a letterhead's number makes them references, `settle_dnr`)
    return make_item(None, title, body, 0, hint, header_dnr, more_cited=column_dnr(text, hint))


# What a one-item document's first lines hold besides its title: a web address or a file name in a
# header or footer, a "Label: value" line, a column of table headers ("Prognos helår Avv. prognos/"),
# a plan's map legend ("U U U U"), a letterhead word in capitals.
_NOT_TITLE = re.compile(
    r"^(?:\S+\.(?:se|nu|com|org|net)\b\S*"  # alingsas.se, www.kommun.se/...
    r"|.*\.(?:docx?|pdf|xlsx?|pptx?)\b.*"  # "rapport mka bjärke 220930.docx 4/67"
    r"|(?!(?i:ärende|rubrik|ämne|angående|avser)\b)[^:]{2,40}:\s.*"  # "Typ av styrdokument: Rutin"
    r"|.*/\s*"  # a table header cut at a slash
    r"|(?:\w\s){2,}\w"  # "U U U U"
    r"|[A-ZÅÄÖ]+)$"  # "KOMMUN"
)


def plausible_title(line: str) -> bool:
    """A line that can be a one-item document's title: no footer, label, table header or sentence."""
    line = line.strip()
    if not line or _NOT_TITLE.match(line) or SECTION.match(line):
        return False
    if not line[0].isupper() and not line[0].isdigit() and line[0] != "§":
        return False
    # A sentence of running text ends in a full stop; a title seldom does (and is seldom that long).
    return not (line.endswith(".") and len(line.split()) > 5)


_MAX_TITLE_LINES = 4


def _title_line(line: str) -> bool:
    """A line short enough to be part of a title set over several lines."""
    if not line or len(line) > 90 or line.endswith((".", ":", ";")):
        return False
    return not SECTION.match(line) and not _NOT_TITLE.match(line)


def _block(lines: list[str], at: int) -> tuple[int, int]:
    """The lines of the title that line `at` belongs to, (first, last).

    A cover or a heading sets a title over lines ("Beslutsunderlag för" / "framtida VA-försörjning" /
    "i Bjärke"): a line that begins in lower case, or follows one that breaks inside a phrase
    (`ends_open`: "Rutin för" / "allmänpolitisk debatt"), continues the line above it.
    """
    start = end = at

    def joins(upper: str, lower: str) -> bool:
        return _title_line(upper) and _title_line(lower) and (lower[:1].islower() or ends_open(upper))

    while start > 0 and end - start + 1 < _MAX_TITLE_LINES and joins(lines[start - 1], lines[start]):
        start -= 1
    while end + 1 < len(lines) and end - start + 1 < _MAX_TITLE_LINES and joins(lines[end], lines[end + 1]):
        end += 1
    return start, end


def _joined(lines: list[str], block: tuple[int, int]) -> str:
    return " ".join(lines[block[0] : block[1] + 1])
