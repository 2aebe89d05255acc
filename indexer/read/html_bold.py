"""Paragraphs a web page sets wholly in bold: the headings of points that print no number.

Notes published as a page often head each point with a bold paragraph of its own
("<p><strong>Mötets öppnande</strong></p>") over paragraphs of text, as a Word file sets a bold
paragraph and a PDF a bold line. Read as text, the bold is lost and the title is one more line of
prose. The reader hands these lines to segmentation as a PDF's and a Word file's bold lines are
(`SourceText.bold`); whether they head points (no § numbering, not a cover or section word) is
`indexer.segment.headings`' to decide.

A bold paragraph is a `<p>` or `<div>` whose every printed character is inside `<strong>`/`<b>`, with
no block inside it and no line break, short as a heading is. Headings (`<h2>`) are marked as such by
the reader already, and a table's cells are its rows, not paragraphs.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode as Node

from indexer.read.html_blocks import HEADING_MARK, INLINE_TAGS

__all__ = ["bold_paragraphs"]

_HOLDERS = frozenset(["p", "div"])
_BOLD_TAGS = frozenset(["b", "strong"])
_NOT_UNDER = frozenset(["table", "li", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "nav"])
_MAX_LEN = 150  # a heading is a line, not a paragraph of prose set in bold


def bold_paragraphs(root: Node) -> list[str]:
    """The text of each paragraph under `root` set wholly in bold, spaces collapsed, soft hyphens dropped
    (as the cleaned text prints it).

    Args:
        root: The page's body, chrome removed and point blocks marked (`html_blocks`).
    """
    out = []
    for node in root.traverse():
        if node.tag not in _HOLDERS or node.attributes.get(HEADING_MARK):
            continue
        text = " ".join((node.text() or "").replace("\u00ad", "").split())
        if not (2 <= len(text) <= _MAX_LEN) or _under(node, _NOT_UNDER) or not _all_bold(node):
            continue
        out.append(text)
    return out


def _under(node: Node, tags: frozenset[str]) -> bool:
    cur = node.parent
    while cur is not None:
        if cur.tag in tags:
            return True
        cur = cur.parent
    return False


def _all_bold(holder: Node) -> bool:
    """Every text node under `holder` that prints something is inside a bold element inside it, and it
    holds inline elements only (no block, no line break)."""
    seen = False
    for t in holder.traverse(include_text=True):
        if t.mem_id == holder.mem_id:
            continue
        if t.tag == "-text":
            if not (t.text(deep=False) or "").strip():
                continue
            if not _bold_within(t, holder):
                return False
            seen = True
        elif t.tag not in INLINE_TAGS and not (t.tag or "-").startswith("-"):
            return False  # a block or a <br>: more than one line
    return seen


def _bold_within(text: Node, holder: Node) -> bool:
    cur = text.parent
    while cur is not None and cur.mem_id != holder.mem_id:
        if cur.tag in _BOLD_TAGS:
            return True
        cur = cur.parent
    return False
