"""A title printed above its § line ("Val av justerare" / "§ 78"; Gävle, Ale), the line under it the body.

A block of title-like lines counts as a title above when it reads as one title and begins after a blank
line, a finished sentence, a heading or a form row; a page's running header read between it and the §
line is passed over. The addressees under the last item's "Skickas till" are never the next title.
`indexer.segment.titles` weighs this block against the one under the § line.
"""

from __future__ import annotations

import itertools
import re

from indexer.segment.common import SECTION, continues_title, ends_open, is_dnr_line
from indexer.segment.head_lines import HEAD, LIST_LINE, is_header_line

__all__ = ["block_above"]


def block_above(lines: list[str], i: int, relaxed: bool = False) -> list[int]:
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
            or LIST_LINE.match(ln)
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
