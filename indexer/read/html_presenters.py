"""Presenters a portal marks by style alone, no printed label.

A meeting portal may set a point's presenter in an element of its own ("<div class="np-pres">Ekonomichef
Anna Berg</div>", "<span class="foredragande">Anna Berg</span>", "<p class="speaker">Anna Berg (ekonom)</p>")
and leave the label to its style sheet or an icon. Read as text, the name is a line among the point's
lines, anywhere in the block, and nothing says who she is. The class word is the portal's only sign; it
names the role the same way across portals ("presenter", "pres", "föredragande", "speaker"), so such an
element is read as the labelled line a printed agenda has: "Föredragande: Anna Berg".

Only an element that holds names (two capitalised words at least) and no sentence, label or link to a
file is marked: a "presentation" link ("Presentation budget.pdf") or a contact line is no presenter.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode as Node

from indexer.read.html_blocks import INLINE_TAGS

__all__ = ["PRESENTER_MARK", "mark_presenters", "presenter_text"]

#: Attribute set on an element to be read as a "Föredragande:" line.
PRESENTER_MARK = "data-arkiv-presenter"

# A class word that names a presenter, alone or as a part of a compound class ("np-pres", "item__presenter").
_CLASS_WORD = re.compile(
    r"(?i)(?:^|[-_])(?:pres|presenters?|presentat[oö]r(?:er)?|f[oö]redragande|f[oö]redragare|speakers?)(?:$|[-_])"
)
# Two capitalised words in a row: a name ("Anna Berg", "Eva-Lotta Ek").
_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][a-zåäöéü]+")
# What a presenter element never holds: a label ("Föredragande:"), a file, a sentence ("… informerar.").
_NOT_NAMES = re.compile(r":|\.(?:pdf|docx?|xlsx?|pptx?)\b|[a-zåäö]{2}\.\s*\S|[a-zåäö]{2}\.$", re.IGNORECASE)
_MAX_LENGTH = 160


def mark_presenters(root: Node) -> None:
    """Mark each element a presenter class names and that holds only names and titles.

    Of nested blocks so named ("<ul class=presenters><li class=presenter>…"), the innermost are marked,
    each its own line (a name and a title in spans of their own are one presenter); an element with a
    label of its own is left as printed.

    Args:
        root: The page's body (changed in place).
    """
    for node in [n for n in root.traverse() if _named(n)]:
        if _marked_above(node):
            continue  # a span of a presenter's name inside the presenter's element
        if any(_named(d) and d.tag not in INLINE_TAGS for d in node.traverse() if d.mem_id != node.mem_id):
            continue  # the innermost blocks so named are the presenters (a name and a title in spans: one)
        # a list of presenters: each of its items a line of its own
        for each in [c for c in node.iter() if c.tag == "li"] if node.tag in ("ul", "ol") else [node]:
            text = " ".join((each.text(deep=True) or "").split())
            if text and len(text) <= _MAX_LENGTH and _NAME.search(text) and not _NOT_NAMES.search(text):
                each.attrs[PRESENTER_MARK] = "1"


def _named(node: Node) -> bool:
    classes = (node.attributes.get("class") or "").split()
    return any(_CLASS_WORD.search(c) for c in classes)


def _marked_above(node: Node) -> bool:
    up = node.parent
    while up is not None:
        if up.attributes.get(PRESENTER_MARK):
            return True
        up = up.parent
    return False


def presenter_text(node: Node) -> str:
    """A marked element's text as one line. Parts set in elements side by side, no space between them in
    the markup, are parted as printed: "Maja Sjödin" and "ekonom" as "Maja Sjödin, ekonom", "Ekonomichef"
    and "Anna Berg" as "Ekonomichef Anna Berg"."""
    parts = [" ".join((c.text(deep=True) or "").split()) for c in node.iter(include_text=True)]
    out = ""
    for part in (p for p in parts if p):
        out += part if not out else (", " if part[0].islower() and out[-1] != "," else " ") + part
    return out
