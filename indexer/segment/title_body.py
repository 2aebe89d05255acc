"""Whether a line under a title line is the title's next line or the body's first.

Width alone cannot tell: in a narrow column every line is about as wide as the column. A sentence that
reads on to a full stop, a verb that opens a paragraph's text ("informerar", "föreslår"), a list line,
or a section word right under a short line can, whatever the template. `indexer.segment.title_below`
asks these where `indexer.segment.common.continues_title` lets a title go on.
"""

from __future__ import annotations

import itertools
import re

from indexer.segment.common import SECTION, ends_open, is_status_suffix
from indexer.segment.head_lines import HEAD, LIST_LINE, MD_MARK, ends_sentence
from indexer.segment.title_dnr import line_dnr, own_dnr
from indexer.segment.title_ends import ends_in_cut_name
from models.gazetteers import first_names

__all__ = ["body_starts", "is_list", "last_line_before_section", "wraps"]

# Verbs that open a paragraph's text in minutes ("X informerar om", "Förvaltningen föreslår"): a title line
# that is not broken inside a phrase is not continued by a capitalised line that holds one.
_BODY_VERB = re.compile(
    r"\b(?:informerar|redovisar|redogör|föredrar|presenterar|föreslår|beslutar|yrkar|har|hade|ska|skall"
    r"|lämnar|anmäler|begär|ansöker|önskar|vill|svarar|utser|väljer|godkänner|konstaterar|noterar)\b"
)


def is_list(lines: list[str], j: int, ln: str) -> bool:
    """A list line ("– rekryteringen", "• Potatisfestivalen"), not a title's stage after a dash
    ("- beslut efter samråd"), which is one line with no other dash line under it."""
    if not LIST_LINE.match(ln):
        return False
    after = next((x.strip() for x in lines[j + 1 : j + 3] if x.strip()), "")
    return not is_status_suffix(ln) or bool(LIST_LINE.match(after))


def body_starts(lines: list[str], j: int, prev: str) -> bool:
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
        full_stop = cur.endswith(".") and (k > j or " " in cur or ends_sentence(cur))
        if full_stop or cur.endswith(":"):
            return True  # "Redovisas.", "Ekonomen redovisar" / "utfallet för januari."
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if not (nxt[:1].islower() or (nxt and ends_open(cur))):
            return False
    return False


def wraps(idx: list[int], prev: str) -> bool:
    """Whether the title is known to wrap: it has two lines already, or its one line ends in a name cut
    at the line's end (`title_ends.ends_in_cut_name`)."""
    return len(idx) >= 2 or ends_in_cut_name(prev)


def last_line_before_section(lines: list[str], j: int, ln: str, prev: str, hint: str | None) -> bool:
    """Whether line j, a short line under a title that already wraps, is the title's last line: the
    body's first section word ("Sammanfattning", "Ärendebeskrivning", "Beslut") or the item's labelled
    case number ("Dnr: LKS 2025-000418", printed under the title) stands right under it.

    A title set in a narrow column between a § column and a case-number column wraps where the column
    ends, not where a phrase does ("Yttrande över Trafikverkets åtgärdsvalsstudie för" / "väg 23" /
    "Växjö–Älmhult"), so the width cannot tell its last line; the section word under it can. A line that
    reads as the body's (a sentence, a verb, a label, a list, a name and role) is not taken.
    """
    nxt = MD_MARK.sub("", lines[j + 1].strip()) if j + 1 < len(lines) else ""
    closes = SECTION.match(nxt) or (line_dnr(nxt, hint) and not own_dnr(ln, hint))
    if not closes or ends_sentence(prev) or prev.endswith((".", ":")):
        return False
    if (
        len(ln) > 40
        or len(ln.split()) > 5
        or ln.endswith((".", ":", ";", ","))
        or re.search(r"[\t,]|:(?!\d)", ln)
    ):
        return False
    if not re.match(r"[A-ZÅÄÖ0-9]", ln) or _BODY_VERB.search(ln) or LIST_LINE.match(ln):
        return False
    words = ln.split()
    if any(a in first_names() and b[:1].isupper() for a, b in itertools.pairwise(words)):
        return False  # "Anna Ek", "Handläggare Ida Berg (V)": a presenter's or handläggare's name
    return not (SECTION.match(ln) or HEAD.match(ln) or own_dnr(ln, hint))
