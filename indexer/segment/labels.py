"""Items headed by a label and a number: "Ärende 7", "Punkt 1: Mötets öppnande", "ÄRENDE 3 – Budget".

Minutes and protocols that do not number paragraphs often number their points
with a word in front. The heading is the label and number at the left margin,
the title either on the same line (after ":" or a dash) or on the lines below,
where a "Dnr …" line may sit above or under it. Numbers must increase through
the document (a list in the text, "1. …", carries no label and is not seen);
numbering may start anywhere (an arbetsutskott's "Ärende 5"-"Ärende 8").
"""

from __future__ import annotations

import re

from indexer.segment.common import cut_closing, line_offsets, make_item, text_width
from indexer.segment.dnr import Dnr
from indexer.segment.paragraphs import split_heading_rest
from indexer.segment.titles import TOC_LINE, above_style, own_dnr, place_title, title_block, title_place
from indexer.types import Item

_LABEL_HEAD = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?:Ärende|ÄRENDE|Punkt|PUNKT|Dagordningspunkt)[ \t]+(\d{1,3})"
    r"(?:\*\*|__)?[ \t]*(?:[:.–-][ \t]*)?(.*)$"
)


_TOC_PAGE = re.compile(r"\S(?:\s{3,}|\t+)(?:sid(?:an?)?\.?\s*)?\d{1,3}\s*$", re.IGNORECASE)


def _heads(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line, number, rest of line) of label headings whose numbers increase.

    A contents list ("Ärende 5  Budget 2027 ...... 3", "Punkt 5⇥Budget 2027⇥3") or an agenda listed on
    consecutive lines before the items names the numbers the headings print again further down: a
    heading whose number comes again later is taken there, where its text is.
    """
    found: list[tuple[int, int, str]] = []
    for i, ln in enumerate(lines):
        m = _LABEL_HEAD.match(ln)
        if not m:
            continue
        rest = re.sub(r"\*\*|__", "", m.group(2)).strip()
        if rest and not re.match(r"(?i:dnr\b)|[A-ZÅÄÖ0-9\"”(«]", rest):
            continue  # "Ärende 5 behandlades …": a sentence, not a heading
        found.append((i, int(m.group(1)), rest))
    later = {n: max(i for i, k, _ in found if k == n) for _, n, _ in found}
    listed = {
        i
        for k, (i, n, rest) in enumerate(found)
        if later[n] > i
        and (
            TOC_LINE.search(lines[i])
            or _TOC_PAGE.search(lines[i])
            or (k + 1 < len(found) and found[k + 1][0] == i + 1)
            or (k and found[k - 1][0] == i - 1)
        )
    }
    out: list[tuple[int, int, str]] = []
    for i, n, rest in found:
        if i in listed or (out and n <= out[-1][1]):
            continue
        out.append((i, n, rest))
    return out


def split_labelled(text: str, hint: str | None) -> list[Item]:
    """Items of "Ärende N" / "Punkt N:" headings, or [] when there are fewer than two.

    A heading prints its title after the label, under it, or above it (a document keeps to one place:
    `indexer.segment.titles.above_style`); a case number may stand at the line's end, under the title or
    on its own line right above the label (then it is this point's, not the end of the last one's text).
    """
    lines = text.split("\n")
    heads = _heads(lines)
    if len(heads) < 2:
        return []
    offs = line_offsets(text)
    width = text_width(lines)
    read = []
    for i, number, rest in heads:
        # "Ärende 3  Information om … för        KS 2025/188": the case number at the line's end, labelled
        # or in a column of its own, is the point's; the title goes on under it
        rest, dnr = split_heading_rest(rest, hint)
        idx, title, more = title_block(lines, i, rest, width, hint, stop=_LABEL_HEAD)
        dnr += [d for d in more if d.key not in {x.key for x in dnr}]
        place = title_place(lines, i, idx, title) if not rest.strip() else None
        read.append((i, number, idx, title, dnr, place))
    above = above_style([p for *_, p in read if p is not None])
    tops: list[int] = []
    heads_read = []
    for k, (i, number, idx, title, dnr, place) in enumerate(read):
        if place is not None:
            idx, title = place_title(lines, place, above)
        top = min([i, *idx])
        prev_end = max([read[k - 1][0], *read[k - 1][2]]) if k else -1
        if not dnr and (found := _dnr_right_above(lines, top, prev_end, hint)):
            top, dnr = found
        tops.append(top)
        heads_read.append((i, number, idx, title, dnr))
    items = []
    for k, (i, number, idx, title, dnr) in enumerate(heads_read):
        body_from = max([i, *idx]) + 1
        body_to = tops[k + 1] if k + 1 < len(tops) else len(lines)
        body = "\n".join(lines[body_from:body_to])
        if k == len(heads_read) - 1:
            body = cut_closing(body)
        items.append(make_item(str(number), title, body, offs[tops[k]], hint, dnr))
    return items


def _dnr_right_above(
    lines: list[str], top: int, prev_end: int, hint: str | None
) -> tuple[int, list[Dnr]] | None:
    """A case number on its own line right above a heading's first line ("Dnr KS 2026/5" / "Ärende 4:
    Budget"), below the last heading's lines: (its line, its numbers), or None."""
    k = top - 1
    while k > prev_end and top - k <= 3 and not lines[k].strip():
        k -= 1
    if k <= prev_end or top - k > 3:
        return None
    found = own_dnr(lines[k].strip(), hint)
    return (k, found) if found else None
