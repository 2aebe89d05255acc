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
from indexer.segment.paragraphs import split_heading_rest
from indexer.segment.titles import TOC_LINE, title_block
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
    """Items of "Ärende N" / "Punkt N:" headings, or [] when there are fewer than two."""
    lines = text.split("\n")
    heads = _heads(lines)
    if len(heads) < 2:
        return []
    offs = line_offsets(text)
    width = text_width(lines)
    items = []
    for k, (i, number, rest) in enumerate(heads):
        # "Ärende 3  Information om … för        KS 2025/188": the case number at the line's end, labelled
        # or in a column of its own, is the point's; the title goes on under it
        rest, dnr = split_heading_rest(rest, hint)
        idx, title, more = title_block(lines, i, rest, width, hint, stop=_LABEL_HEAD)
        dnr += [d for d in more if d.key not in {x.key for x in dnr}]
        body_from = (idx[-1] if idx else i) + 1
        body_to = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        body = "\n".join(lines[body_from:body_to])
        if k == len(heads) - 1:
            body = cut_closing(body)
        items.append(make_item(str(number), title, body, offs[i], hint, dnr))
    return items
