"""Protocols whose items are paragraphs: ``§ 86  Dnr TE-2025-00171`` and the title below.

Candidate headings are lines that start with § (or ``$``, OCR's reading of §).
A protocol mentions paragraph numbers in other places too — the table of
contents ("Innehåll", entries ending in dot leaders and a page number), the
attendance list ("ekonomichef, § 287"), references in the text. The headings
kept are the heaviest chain of candidates whose numbers increase through the
document, where a candidate weighs more with a Dnr on its line and a title-like
next line, and a table-of-contents entry weighs almost nothing; so each number
is taken from the body, and a stray reference cannot break the order.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass

from indexer.segment.common import (
    SECTION,
    continues_title,
    is_dnr_line,
    is_paren_dnr,
    join_lines,
    line_offsets,
    make_item,
    text_width,
)
from indexer.segment.dnr import Dnr, find_dnr_spans
from indexer.types import Item

# "§ 86", "§ 7.", "$ 86" (OCR), "**§ 45 Title**" (markdown bold), "## § 45",
# "KS § 101" / "KF § 45" / "Ks §12" / "KS AU § 88" (organ prefix; not "Se § 12", a reference).
_HEAD = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:(?!(?:Se|Enligt|Och|Samt|Jfr|Till|Från|Vid|Under)\s)"
    r"[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5}(?:[- ][A-ZÅÄÖ]{2,4})?\s+)?(?:§|\$)\s*(\d{1,4})\.?(?=[\s*_]|$)(.*)$"
)
# OCR may also read § as S, 8 or &; trusted only with a Dnr on the same line.
_HEAD_OCR = re.compile(r"^\s*(?:S|8|&)\s(\d{1,4})(\s+dnr\b.*)$", re.IGNORECASE)
_RANGE = re.compile(r"^\s*(?:§§|\$\$)")
_DNR_ON_LINE = re.compile(
    r"\b(?:dnr|diarienummer|diarienr|ärendenummer|ärendenr|ärende nr)\.?:?\s*(\S.*)$", re.IGNORECASE
)
_TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$")
_TOC_PAGE = re.compile(r"\S\s{3,}\d{1,3}\s*$")  # a page number in a column of its own
_PAGE_ON_LINE = re.compile(r"\s+(?:(?i:sida)\s+\d{1,3}(?:\s*(?:av|/)\s*\d{1,3})?|\d{1,3}\s*\(\d{1,3}\))\s*$")
_MAX_TITLE_LINES = 5


@dataclass
class _Cand:
    line: int
    number: int
    dnr: list[Dnr]
    title_lines: list[int]  # line indexes of the title
    title: str
    weight: float
    inline: bool = False  # the title printed on the § line itself

    @property
    def top(self) -> int:
        """The heading's first line: a title printed above the § line comes before it."""
        return min([self.line, *self.title_lines])

    @property
    def body_from(self) -> int:
        """The first line of the body: after the § line and the title lines."""
        return max([self.line, *self.title_lines]) + 1


def _ends_sentence(line: str) -> bool:
    """Ends with a period that is not an abbreviation's ("m.fl.", "bl.a.", "kv.")."""
    last = line.rsplit(" ", 1)[-1]
    return line.endswith(".") and "." not in last[:-1] and len(last) > 4


def _line_dnr(line: str, hint: str | None) -> list[Dnr]:
    """The case numbers of a "Dnr …" / "Diarienummer: …" / "Ärendenummer …" line, or []."""
    m = _DNR_ON_LINE.match(line.strip())
    return find_dnr_spans(m.group(1), series_hint=hint, bare=True) if m else []


def _dnr_line_below(lines: list[str], i: int, hint: str | None) -> tuple[list[int], list[Dnr]]:
    """A "Dnr …" line right under line i (blank lines skipped): ([its index], its case numbers)."""
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].strip()), None)
    found = _line_dnr(lines[j], hint) if j is not None else []
    if not found and j is not None and is_dnr_line(lines[j]) and not _HEAD.match(lines[j]):
        found = find_dnr_spans(lines[j], series_hint=hint, bare=True)  # "2026.016 KS" alone on the line
    return ([j], found) if found and j is not None else ([], [])


def title_block(
    lines: list[str], i: int, rest: str, width: int | None = None, hint: str | None = None
) -> tuple[list[int], str, list[Dnr]]:
    """Title lines after the heading at line i (or the rest of the heading line); also dnr found there.

    `width` is the document's line width (`seg_common.text_width`): without a blank
    line under it, a title only goes on where it wraps (`seg_common.continues_title`).
    `hint` is the series of bare case numbers ("Dnr 2024-000123"). A case number on a
    line of its own, above or under the title, is the item's and not part of the title.
    """
    dnr: list[Dnr] = []
    if re.search(r"[A-Za-zÅÄÖåäö]{3}", rest):  # "§ 16 Taxa för …", perhaps with "Dnr …" on the next line
        return [i], rest, _dnr_line_below(lines, i, hint)[1]
    idx: list[int] = []
    j = i + 1
    blanks = 0
    while j < len(lines) and len(idx) < _MAX_TITLE_LINES:
        ln = lines[j].strip()
        if not ln:
            if idx:
                break
            blanks += 1
            if blanks > 2:
                break
            j += 1
            continue
        found = _line_dnr(ln, hint)
        if found or (not idx and is_dnr_line(ln) and not _HEAD.match(ln)):
            # "Dnr KS-2025-00171" or "2026.016 KS" on its own line, under "§ 86" or under the title
            dnr += found or find_dnr_spans(ln, series_hint=hint, bare=True)
            if idx:
                break
            j += 1
            continue
        if SECTION.match(ln) or _HEAD.match(ln):
            break
        if idx and (is_paren_dnr(ln) or is_dnr_line(ln)):  # "(KS-2024-00131)", "RS 2024/123" under the title
            dnr += find_dnr_spans(ln, series_hint=hint, bare=True)
            break
        if idx and not continues_title(lines[idx[-1]].strip(), ln, width):
            break
        idx.append(j)
        if _TOC_LINE.search(ln) or _ends_sentence(ln):  # a title ends with its (rare) period
            break
        j += 1
    # A heading's full stop goes, an abbreviation's ("m.fl.") stays.
    return idx, re.sub(r"(?<=[a-zåäö]{4})\.$", "", join_lines([lines[k] for k in idx])), dnr


_CONTINUED = re.compile(r"^[\s(,–-]*(?:forts(?:\.|ättning|\b)|fortsättning)", re.IGNORECASE)


def _split_heading_rest(rest: str, hint: str | None) -> tuple[str, list[Dnr]]:
    """The § line after the number: (title part, case numbers printed before or after the title).

    "§ 95 2026.016 KS", "§ 12  Dnr 2024/45", "§ 8 KS 2024/123 Budget 2025", "§ 3 Budget 2025 Dnr KS
    2024/55" -> the title part without the numbers ("" when the line holds only numbers).
    """
    dnr: list[Dnr] = []
    dm = _DNR_ON_LINE.search(rest)
    if dm:  # "Title (Dnr KS 2025/12)", "Dnr 2024/45"
        dnr = find_dnr_spans(dm.group(1), series_hint=hint, bare=True)
        rest = rest[: dm.start()].rstrip(" ([,–-")
    # Numbers at the start of the rest: "2026.016 KS", "KS 2024/123 Budget 2025", "2024/233".
    while True:
        lead = find_dnr_spans(rest, series_hint=hint, bare=True)
        head = lead[0] if lead and not rest[: lead[0].start].strip(" :–-") else None
        if head is None or (head.series is None and re.search(r"[A-Za-zÅÄÖåäö]{3}", rest[head.end :])):
            break  # a bare number before words may be the title's own ("2024/25 års budget")
        dnr.append(head)
        rest = rest[head.end :].lstrip(" ,;:–-")
    # A series number at the end, set off from the title: "Ekonomiuppföljning 2026.072 TEN".
    tail = find_dnr_spans(rest, series_hint=hint)
    if tail and tail[-1].series and tail[-1].year and not rest[tail[-1].end :].strip(" )"):
        t = tail[-1]
        if not re.match(r"[A-Z][a-zA-Z]?(?:19|20)\d\d/", t.key):  # a ministry's remiss number is the title's
            dnr.append(t)
            rest = rest[: t.start].rstrip(" ([,;:–-")
    return rest, dnr


def _candidates(lines: list[str], hint: str | None) -> list[_Cand]:
    out = []
    width = text_width(lines)
    for i, ln in enumerate(lines):
        if _RANGE.match(ln):
            continue
        m = _HEAD.match(ln) or _HEAD_OCR.match(ln)
        if not m:
            continue
        rest = re.sub(r"\*\*|__", "", m.group(2))
        toc = bool(_TOC_PAGE.search(rest))  # "§ 210   Val av justerare      2": a contents line
        if _CONTINUED.match(rest):
            continue  # "§ 12 forts.", "§ 12 (forts.)": the paragraph goes on, no new item
        if rest.strip() and not re.match(r"\s+(?:(?i:dnr|diarienummer|ärendenummer)\b|[A-ZÅÄÖ0-9\"”])", rest):
            continue  # "§ 287)" or "§ 30, samt": a reference, not a heading
        rest = _PAGE_ON_LINE.sub("", rest)  # "§ 12 Budget 2025      Sida 3 av 14", "… 3 (14)"
        rest, dnr = _split_heading_rest(rest.strip(), hint)
        idx, title, more_dnr = title_block(lines, i, rest.strip(), width, hint)
        if not rest.strip():
            idx, title = _with_title_above(lines, i, idx, title)
        dnr += [d for d in more_dnr if d.key not in {x.key for x in dnr}]
        if _CONTINUED.match(title):
            continue  # "§ 12" and "(forts.)" under it
        weight = 1.0 + (1.0 if dnr else 0.0)
        if not title or len(title) > 400:
            weight = 0.05
        elif toc or _TOC_LINE.search(title) or any(_TOC_LINE.search(lines[k]) for k in idx):
            weight = 0.02
        elif title.endswith(",") or "§" in title:
            weight = 0.1  # an attendance line ("Stina Wikström, planarkitekt, § 288")
        out.append(_Cand(i, int(m.group(1)), dnr, idx, title, weight, idx == [i]))
    # A heading has a body under it; a contents entry or a reference has none before the next candidate.
    for k, c in enumerate(out):
        stop = out[k + 1].top if k + 1 < len(out) else len(lines)
        if c.weight >= 0.5 and sum(1 for x in lines[c.body_from : stop] if x.strip()) >= 2:
            c.weight += 1.0
    _falling_runs(out)
    _foreign_references(out)
    return out


def _block_above(lines: list[str], i: int) -> list[int]:
    """Title-like lines right above the § line at i (at most three), or [].

    The block must begin after a blank line, the start of the text, a finished sentence or a
    heading, and read as one title (`continues_title`).
    """
    block: list[int] = []
    k = i - 1
    while k >= 0 and len(block) < 3:
        ln = lines[k].strip()
        if not ln or _HEAD.match(ln) or SECTION.match(ln) or ln.endswith((".", ":", ";")) or len(ln) > 150:
            break
        if is_dnr_line(ln):
            break
        block.insert(0, k)
        k -= 1
    before = lines[k].strip() if k >= 0 else ""
    if not block or not lines[block[0]].strip()[:1].isupper():
        return []
    if before and not (before.endswith((".", ":")) or _HEAD.match(before) or SECTION.match(before)):
        return []
    if any(
        not continues_title(lines[a].strip(), lines[b].strip(), None) for a, b in itertools.pairwise(block)
    ):
        return []
    return block


def _with_title_above(lines: list[str], i: int, idx: list[int], title: str) -> tuple[list[int], str]:
    """The title of a § line printed alone, where (part of) it stands above the line.

    "Svar på motion om … genom" / "§ 99" / "inredning av vindar …" (a number column centred on a
    two-line title) is one title around the line; "Budget 2025" / "§ 12" / "Kommunstyrelsen beslutar
    att …" has its title above and its body right under the line.
    """
    above = _block_above(lines, i)
    if not above:
        return idx, title
    first = lines[idx[0]].strip() if idx else ""
    if first[:1].islower() and continues_title(lines[above[-1]].strip(), first, None):
        return above + idx, join_lines([lines[k] for k in above + idx])
    if not idx or (first.endswith(".") and len(first.split()) >= 6):
        return above, join_lines([lines[k] for k in above])
    return idx, title


def _falling_runs(cands: list[_Cand]) -> None:
    """A list of other bodies' paragraphs ("§ 105 … / § 89 … / § 85 …" under Meddelanden): references.

    § lines on consecutive lines are a contents list when their numbers rise and a list of quoted
    paragraphs when they do not.
    """
    run: list[_Cand] = []
    for c in [*cands, None]:
        if c is not None and run and c.top == run[-1].body_from:
            run.append(c)
            continue
        if len(run) >= 2 and any(b.number <= a.number for a, b in itertools.pairwise(run)):
            for r in run:
                r.weight = min(r.weight, 0.3)
        run = [c] if c is not None else []


def _foreign_references(cands: list[_Cand]) -> None:
    """Lines quoting another organ's paragraph ("§ 63 2025.354 KS Rutin för …" in a list of messages).

    A document prints its headings one way: the title on the § line or under it, and its case
    numbers in its own series. A candidate printed the other way whose number is of a series the
    headings never use is a reference to another body's paragraph, not a heading.
    """
    numbered = [c for c in cands if c.dnr]
    if len(numbered) < 3:
        return
    inline = sum(c.inline for c in numbered)
    style = True if inline * 3 >= len(numbered) * 2 else False if inline * 3 <= len(numbered) else None
    series = Counter(d.series for c in numbered for d in c.dnr if d.series)
    if style is None:
        return
    for c in numbered:
        foreign = all(d.series and series[d.series] * 3 < len(numbered) for d in c.dnr)
        if c.inline != style and foreign:
            c.weight = min(c.weight, 0.3)


def _heaviest_chain(cands: list[_Cand]) -> list[_Cand]:
    """The subsequence with strictly increasing numbers and the largest total weight.

    Dynamic programming in n log n: a Fenwick tree over the numbers' ranks gives, for each candidate,
    the heaviest chain ending in a smaller number (ties to the earliest candidate, as the plain n²
    loop did; that loop took 35 s on a protocol of 6,000 paragraphs).
    """
    n = len(cands)
    if not n:
        return []
    ranks = {num: r for r, num in enumerate(sorted({c.number for c in cands}), start=1)}
    tree: list[tuple[float, int]] = [(-math.inf, 0)] * (len(ranks) + 1)  # max of (best, -index)
    best = [c.weight for c in cands]
    prev = [-1] * n
    for j, c in enumerate(cands):
        top, r = (-math.inf, 0), ranks[c.number] - 1  # numbers strictly smaller
        while r > 0:
            top = max(top, tree[r])
            r -= r & -r
        if top[0] + c.weight > best[j]:
            best[j] = top[0] + c.weight
            prev[j] = -top[1]
        r = ranks[c.number]
        while r < len(tree):
            tree[r] = max(tree[r], (best[j], -j))
            r += r & -r
    k = max(range(n), key=lambda x: best[x])
    chain = []
    while k >= 0:
        chain.append(cands[k])
        k = prev[k]
    return [c for c in reversed(chain) if c.weight >= 0.5]


def split_paragraphs(text: str, hint: str | None, *, min_items: int = 2) -> list[Item]:
    """Items of a paragraph protocol, or [] when it has fewer than `min_items` § headings.

    With ``min_items=1`` (a protokollsutdrag: one paragraph) the single heading
    must carry a Dnr or have a body under it.
    """
    lines = text.split("\n")
    chain = _heaviest_chain(_candidates(lines, hint))
    if len({c.number for c in chain}) < min_items or (len(chain) == 1 and chain[0].weight < 2):
        return []
    offs = line_offsets(text)
    items = []
    for n, c in enumerate(chain):
        body_to = chain[n + 1].top if n + 1 < len(chain) else len(lines)
        body = "\n".join(lines[c.body_from : body_to])
        items.append(make_item(f"§{c.number}", c.title, body, offs[c.top], hint, c.dnr))
    return items
