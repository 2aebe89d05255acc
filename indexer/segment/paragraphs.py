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
from dataclasses import dataclass, replace

from indexer.read.page_numbers import PAGE_AT_END, is_page_number
from indexer.segment.common import line_offsets, make_item, run_in_heading, text_width
from indexer.segment.dnr import Dnr, find_dnr_spans
from indexer.segment.dnr_forms import PAREN_DOC_BEFORE_TITLE
from indexer.segment.titles import (
    DNR_ON_LINE,
    HEAD,
    TOC_LINE,
    TitlePlace,
    above_style,
    head_number,
    own_dnr,
    place_title,
    tail_dnr,
    title_above_numbers,
    title_block,
    title_place,
)
from indexer.types import Item

# OCR may also read § as S, 8 or &; trusted only with a Dnr on the same line.
_HEAD_OCR = re.compile(r"^\s*(?:S|8|&)\s(\d{1,4})(\s+dnr\b.*)$", re.IGNORECASE)
# ... or alone on its line ("S 101"), trusted when a § heading next to it in number confirms it.
_HEAD_OCR_ALONE = re.compile(r"^\s*(?:S|8|&)\s(\d{1,4})()\s*$")
_RANGE = re.compile(r"^\s*(?:§§|\$\$)")
# The § number at the right end of the title's line, in a column of its own: "Budget 2027      KS § 12".
_HEAD_AT_END = re.compile(
    r"^\s*(?:\*\*|__)?(?P<title>[A-ZÅÄÖ][^\t§]*?\S)(?:\*\*|__)?(?:\t+|[ ]{3,})"
    r"(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5}\s+)?§\s*(?P<n>\d{1,4})\.?\s*$"
)
_TOC_PAGE = re.compile(r"\S\s{3,}\d{1,3}\s*$")  # a page number in a column of its own


@dataclass
class _Cand:
    line: int
    number: int
    dnr: list[Dnr]
    title_lines: list[int]  # line indexes of the title
    title: str
    weight: float
    inline: bool = False  # the title printed on the § line itself
    dnr_line: int | None = None  # a case number printed on its own line above the § line
    lead: str = ""  # the body's first sentence, printed on the § line after the title

    @property
    def top(self) -> int:
        """The heading's first line: a title or a case number printed above the § line comes before it."""
        return min([self.line, *self.title_lines, *([self.dnr_line] if self.dnr_line is not None else [])])

    @property
    def body_from(self) -> int:
        """The first line of the body: after the § line and the title lines."""
        return max([self.line, *self.title_lines]) + 1


_CONTINUED = re.compile(r"^[\s(,–-]*(?:forts(?:\.|ättning|\b)|fortsättning)", re.IGNORECASE)


def split_heading_rest(rest: str, hint: str | None) -> tuple[str, list[Dnr]]:
    """The § line after the number: (title part, case numbers printed before or after the title).

    "§ 95 2026.016 KS", "§ 12  Dnr 2024/45", "§ 8 KS 2024/123 Budget 2025", "§ 3 Budget 2025 Dnr KS
    2024/55" -> the title part without the numbers ("" when the line holds only numbers).
    """
    dnr: list[Dnr] = []
    dm = DNR_ON_LINE.search(rest)
    if dm:  # "Title (Dnr KS 2025/12)", "Dnr 2024/45"
        dnr = find_dnr_spans(dm.group(1), series_hint=hint, bare=True, labelled=True)
        rest = rest[: dm.start()].rstrip(" ([,–-")
        if not re.search(r"[A-Za-zÅÄÖåäö]{3}", rest):  # "§ 12  Dnr KS 2026/45  Budget 2027"
            dnr, rest = _labelled_then_title(dm.group(1), dnr)
    before, tab, last = rest.rpartition("\t")
    # a text export sets its columns with runs of spaces: "§ 187  Budgetuppföljning …      2026/45-1.2.2"
    if not tab and (gap := re.search(r"[ ]{3,}(?=\S+(?: \S+){0,2}$)", rest)):
        before, tab, last = rest[: gap.start()], "\t", rest[gap.end() :]
    if tab and re.search(r"[A-Za-zÅÄÖåäö]{3}", before) and (column := own_dnr(last.strip(), hint)):
        dnr += column  # "§ 12⇥Budget 2027⇥2026-000021-101": a number alone in the last column is the case's
        rest = before.rstrip()
    # Numbers at the start of the rest: "2026.016 KS", "KS 2024/123 Budget 2025", "2024/233".
    while True:
        lead = find_dnr_spans(rest, series_hint=hint, bare=True)
        head = lead[0] if lead and not rest[: lead[0].start].strip(" :–-") else None
        if head is None or (head.series is None and re.search(r"[A-Za-zÅÄÖåäö]{3}", rest[head.end :])):
            break  # a bare number before words may be the title's own ("2024/25 års budget")
        if head.year and head.suffix is None and (doc := PAREN_DOC_BEFORE_TITLE.match(rest, head.end)):
            # "§ 12 PN 2026/41 (6) Detaljplan …": the document number in brackets is the case's
            printed = re.sub(r"\s+", " ", rest[head.start : doc.end()])
            head = replace(
                head, printed=printed, key=f"{head.key} ({doc['doc']})", suffix=doc["doc"], end=doc.end()
            )
        dnr.append(head)
        rest = rest[head.end :].lstrip(" ,;:–-")
    # A series number at the end, set off from the title: "Ekonomiuppföljning 2026.072 TEN".
    rest, tail = tail_dnr(rest, hint)
    return rest, dnr + tail


def _labelled_then_title(after: str, found: list[Dnr]) -> tuple[list[Dnr], str]:
    """The § line's text after a leading "Dnr" label: (the numbers that follow the label, the title
    printed after them): "KS 2026/45, KS 2026/12  Budget 2027" -> (the two numbers, "Budget 2027")."""
    own: list[Dnr] = []
    pos = 0
    for d in found:
        if re.sub(r"(?i)\s|,|;|&|\boch\b", "", after[pos : d.start]):
            break
        own.append(d)
        pos = d.end
    tail = after[pos:].strip(" \t,;:–-")
    return (own, tail) if own and re.search(r"[A-Za-zÅÄÖåäö]{3}", tail) else (found, "")


@dataclass
class _Head:
    """A § line as read, before its title is placed."""

    line: int
    number: int
    dnr: list[Dnr]
    idx: list[int]
    title: str
    toc: bool
    place: TitlePlace | None  # a § line without a title on it: where the title may stand
    lead: str = ""  # the text run into the heading's line after its title


def _title_cell(rest: str, hint: str | None) -> tuple[str, str]:
    """A § line with columns ("§ 2⇥Budget 2027 med plan för⇥KS 2026/5⇥Anna Ek, ekonomichef", an agenda
    row): (the line with its title cell and case numbers, the other text cells such as a presenter,
    which belong to the body)."""
    cells = [c.strip() for c in rest.split("\t") if c.strip()]
    if len(cells) < 2:
        return rest, ""
    keep: list[str] = []
    other: list[str] = []
    for c in cells:
        number = own_dnr(c, hint) or DNR_ON_LINE.match(c) or not re.search(r"[A-Za-zÅÄÖåäö]{3}", c)
        if number or not any(re.search(r"[A-Za-zÅÄÖåäö]{3}", k) and not own_dnr(k, hint) for k in keep):
            keep.append(c)
        else:
            other.append(c)
    return rest[: len(rest) - len(rest.lstrip())] + "\t".join(keep), "\n".join(other)


def _head(lines: list[str], i: int, hint: str | None, width: int | None) -> _Head | None:
    """The § heading at line i, or None when the line is no heading (a reference, "§ 12 forts.")."""
    ln = lines[i]
    m = None if _RANGE.match(ln) else (HEAD.match(ln) or _HEAD_OCR.match(ln) or _HEAD_OCR_ALONE.match(ln))
    if not m:
        end = _HEAD_AT_END.match(ln)
        if end is None or end["title"].rstrip().endswith((".", ":", ",")) or TOC_LINE.search(end["title"]):
            return None
        if re.match(r"[A-ZÅÄÖ][\w-]+ [A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)?(?: \([^()]{1,5}\))?,", end["title"]):
            return None  # "Anna Berg, controller      § 86": who attends which paragraph
        number, rest = int(end["n"]), " " + end["title"].strip()  # "Budget 2027      § 12"
    elif m.re is HEAD:
        if m.group("before") and i > 0 and re.search(r"\bkap(?:\.|itlet)?\s*$", lines[i - 1], re.I):
            return None  # "enligt 6 kap." / "12 § kommunallagen": a law's section, wrapped
        number, rest = head_number(m), m.group("rest")
    else:
        number, rest = int(m.group(1)), m.group(2)
    rest = re.sub(r"\*\*|__", "", rest)
    toc = bool(_TOC_PAGE.search(rest))  # "§ 210   Val av justerare      2": a contents line
    if _CONTINUED.match(rest):
        return None  # "§ 12 forts.", "§ 12 (forts.)": the paragraph goes on, no new item
    rest = PAGE_AT_END.sub("", rest)  # "§ 12 Budget 2025      Sida 3 av 14", "… 3 (14)", "KS § 212  sid 2"
    rest = re.sub(r"^\s*[–:-](?=\s+[A-ZÅÄÖ])", "", rest)  # "§ 16 - Val av ombud", "§ 16: Val av ombud"
    if rest.strip() and not re.match(r"\s+(?:(?i:dnr|diarienummer|ärendenummer)\b|[A-ZÅÄÖ0-9\"”])", rest):
        return None  # "§ 287)" or "§ 30, samt": a reference, not a heading
    rest, cells = _title_cell(rest, hint)
    rest, dnr = split_heading_rest(rest.strip(), hint)
    rest, run_in = run_in_heading(rest.strip())  # "§ 3 Mötets öppnande. Ordföranden öppnade mötet."
    more_dnr: list[Dnr] = []
    if run_in:
        idx, title = [i], rest
    else:
        idx, title, more_dnr = title_block(lines, i, rest, width, hint)
    dnr += [d for d in more_dnr if d.key not in {x.key for x in dnr}]
    place = title_place(lines, i, idx, title) if not rest.strip() else None
    return _Head(i, number, dnr, idx, title, toc, place, "\n".join(x for x in (run_in, cells) if x))


#: A title naming the decision it changes: "Ändring av beslut 2026-02-10 § 4", "Upphävande av KF 2025 § 45",
#: "Rättelse av protokoll § 12": a § after a date, a decision or a body's code, not after a name and role.
_CITES_DECISION = re.compile(
    r"(?:\d{4}-\d{2}-\d{2}|\b(?:beslut|beslutet|protokoll|protokollet)|\b[A-ZÅÄÖ]{2,5}(?: \d{4})?)"
    r",?\s+§§?\s*\d"
)


def _candidates(lines: list[str], hint: str | None) -> list[_Cand]:
    width = text_width(lines)
    heads = [h for i in range(len(lines)) if (h := _head(lines, i, hint, width))]
    heads = _confirmed_alone(heads, lines)
    # A document prints its titles in one place: above the § lines where most headings show it.
    above = above_style([h.place for h in heads if h.place])
    # A number on its own line above a § line is that paragraph's, unless paragraphs end with theirs.
    numbers_above = bool(heads) and not _ends_with_number(lines, heads[-1].line, hint)
    out: list[_Cand] = []
    for h in heads:
        idx, title = place_title(lines, h.place, above) if h.place else (h.idx, h.title)
        if not title and h.place:  # "Budget 2027" / "Dnr KS 2026/5" / "§ 12": a title above the numbers
            idx, title, more = title_above_numbers(lines, h.line, hint)
            h.dnr += [d for d in more if d.key not in {x.key for x in h.dnr}]
        if _CONTINUED.match(title):
            continue  # "§ 12" and "(forts.)" under it
        prev = out[-1] if out else None
        if numbers_above and not h.dnr and (found := _dnr_above(lines, min([h.line, *idx]), prev, hint)):
            dnr_line, h.dnr = found
        else:
            dnr_line = None
        weight = 1.0 + (1.0 if h.dnr else 0.0)
        if not title or len(title) > 400:
            weight = 0.05
        elif h.toc or TOC_LINE.search(title) or any(TOC_LINE.search(lines[k]) for k in idx):
            weight = 0.02
        elif title.endswith(",") or ("§" in title and not _CITES_DECISION.search(title)):
            weight = 0.1  # an attendance line ("Stina Wikström, planarkitekt, § 288")
        inline = bool(idx) and idx[0] == h.line
        out.append(_Cand(h.line, h.number, h.dnr, idx, title, weight, inline, dnr_line, h.lead))
    # A heading has a body under it; a contents entry or a reference has none before the next candidate.
    for k, c in enumerate(out):
        stop = out[k + 1].top if k + 1 < len(out) else len(lines)
        if c.weight >= 0.5 and sum(1 for x in lines[c.body_from : stop] if x.strip()) + bool(c.lead) >= 2:
            c.weight += 1.0
    _falling_runs(out)
    _foreign_references(out)
    return out


def _ends_with_number(lines: list[str], last: int, hint: str | None) -> bool:
    """Whether the last paragraph ends with a case number on a line of its own ("… Budgeten
    fastställs." / "Dnr KS 2026/5"): a document that prints each paragraph's number at its end."""
    tail = [x.strip() for x in lines[last + 1 :] if x.strip() and not is_page_number(x)]
    return any(own_dnr(x, hint) for x in tail[2:][-2:])  # past the heading's own title and number lines


def _dnr_above(
    lines: list[str], top: int, prev: _Cand | None, hint: str | None
) -> tuple[int, list[Dnr]] | None:
    """A case number on its own line right above a heading that prints none ("Dnr SBN 2026/0012" /
    "§ 21 Förhandsbesked …"): (its line, its numbers), or None.

    Not the previous heading's own number ("§ 7 Title" / "Dnr KS 2026/31" / "§ 8 Title"), which
    stands under that heading.
    """
    k = top - 1
    while k >= 0 and top - k <= 3 and (not lines[k].strip() or is_page_number(lines[k])):
        k -= 1
    if k < 0 or top - k > 3 or (prev is not None and k < prev.body_from):
        return None
    found = own_dnr(lines[k].strip(), hint)
    if not found or (prev is not None and {d.key for d in found} & {d.key for d in prev.dnr}):
        return None
    return k, found


def _confirmed_alone(heads: list[_Head], lines: list[str]) -> list[_Head]:
    """Heads read from a lone "S 101" kept only where the § heading before it is 100 or the one after
    it 102: a party's seats ("S 12" in a mandate table) are seldom in sequence with the paragraphs."""
    alone = {h.line for h in heads if _HEAD_OCR_ALONE.match(lines[h.line])}
    if not alone:
        return heads
    sure = [h for h in heads if h.line not in alone]
    kept = []
    for h in heads:
        if h.line in alone:
            before = [x.number for x in sure if x.line < h.line][-1:]
            after = [x.number for x in sure if x.line > h.line][:1]
            if before != [h.number - 1] and after != [h.number + 1]:
                continue
        kept.append(h)
    return kept


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


def _prefix(line: str) -> str:
    """What a § line prints before the sign: "MBN", "KS AU", "" (a bare "§ 12", "Paragraf 12")."""
    return re.split(r"[§$]|\b(?:Paragraf|PARAGRAF)\b", line, maxsplit=1)[0].strip(" #*_").casefold()


def _most(count: int, total: int) -> bool | None:
    """True when two thirds of the headings have a property, False when a third or fewer have it, None
    when the document prints it on some and not others (procedural paragraphs without a case number,
    matters with theirs): then the property says nothing of a heading."""
    return True if count * 3 >= total * 2 else False if count * 3 <= total else None


def _out_of_order(cands: list[_Cand], chain: list[_Cand], lines: list[str]) -> list[_Cand]:
    """The chain with the headings printed out of order put back: a paragraph moved after a later one
    ("MBN § 146 …" then "MBN § 143 Delegationsbeslut", taken last at the meeting). A candidate the chain
    left out is such a heading when it is printed as the chain's headings are (the same prefix before
    the sign, its case number on the same line or not where the headings agree on that, a title and a
    body: no lighter than the lightest heading), its number lies within the chain's and no heading of
    the chain has it; a reference in running text ("enligt § 12") is never a candidate."""
    if len(chain) < 3:
        return chain
    taken = {c.number for c in chain}
    lo, hi = min(taken), max(taken)
    prefixes = Counter(_prefix(lines[c.line]) for c in chain)
    prefix, count = prefixes.most_common(1)[0]
    if count * 3 < len(chain) * 2:
        return chain  # no one way of printing the headings
    floor = min(c.weight for c in chain)
    with_dnr = _most(sum(bool(c.dnr) for c in chain), len(chain))
    inline = sum(c.inline for c in chain) * 3 >= len(chain) * 2
    kept = {id(c) for c in chain}
    extra = []
    for c in cands:
        if id(c) in kept or c.number in taken or not lo < c.number < hi or c.weight < floor:
            continue
        if _prefix(lines[c.line]) != prefix or with_dnr not in (None, bool(c.dnr)) or c.inline != inline:
            continue
        extra.append(c)
        taken.add(c.number)
    if not extra:
        return chain
    return sorted([*chain, *extra], key=lambda c: c.line)


def split_paragraphs(text: str, hint: str | None, *, min_items: int = 2) -> list[Item]:
    """Items of a paragraph protocol, or [] when it has fewer than `min_items` § headings.

    With ``min_items=1`` (a protokollsutdrag: one paragraph) the single heading
    must carry a Dnr or have a body under it.
    """
    lines = text.split("\n")
    cands = _candidates(lines, hint)
    chain = _out_of_order(cands, _heaviest_chain(cands), lines)
    if len({c.number for c in chain}) < min_items or (len(chain) == 1 and chain[0].weight < 2):
        return []
    offs = line_offsets(text)
    items = []
    for n, c in enumerate(chain):
        body_to = chain[n + 1].top if n + 1 < len(chain) else len(lines)
        body = "\n".join([c.lead, *lines[c.body_from : body_to]] if c.lead else lines[c.body_from : body_to])
        items.append(make_item(f"§{c.number}", c.title, body, offs[c.top], hint, c.dnr))
    return items
