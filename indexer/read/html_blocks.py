"""Points a portal prints as repeated blocks, whatever its tags and class names.

A meeting portal sets each agenda point in a block of its own — a `<div>`, `<article>`, `<section>`,
`<li>` or `<a>` repeated once per point under one parent — with the point's number, title, case
number and presenter in sibling elements a style sheet lays out ("<div class=nr>4</div><div
class=title>Taxa 2027</div><div class=dnr>TN 2026/00112</div>"). Read as text, the number is a line
of its own over the title, which no document prints and the segmenter rightly takes for no point.

The cue is the repetition, not the markup: siblings of one shape (tag and class, modifiers aside),
at least two of them opening with a number and a title after it, numbers rising. Each such block's
number is joined to its title ("4. Taxa 2027"), as a printed agenda sets it. Blocks of that shape that
open with a title alone — bold, or in an element its class calls a title — followed by the point's
text are marked as headings, so the segmenter splits on them as on any unnumbered heading.

Rows of a table are the table reader's (`indexer.read.html`) and are not touched. A title already in a
heading element (`<h3>`) is a heading already, but a number printed beside it in an element of its own
("<span>4.</span><h3>Taxa 2027</h3>") is still joined to it: "### 4. Taxa 2027", the point's numbered
heading, not a number alone on a line over an unnumbered one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from selectolax.lexbor import LexborNode as Node

from indexer.segment.dnr import parse_dnr

__all__ = ["HEADING_MARK", "INLINE_TAGS", "mark_point_blocks"]

#: Attribute set on an element to be read as a heading line ("### title").
HEADING_MARK = "data-arkiv-heading"

# A point's number as a block prints it alone: "4", "4.", "12)", "§ 110".
_NUMBER = re.compile(r"^(§\s*)?(\d{1,3})\s*[.):]?$")
# Class words of an element holding a point's title.
_TITLE_CLASS = re.compile(r"title|titel|rubrik|heading|subject|amne|ämne", re.IGNORECASE)
# Class words of a modifier or a state, not of the block's shape ("agenda-item--info", "is-open").
_MODIFIER = re.compile(r"--|^(?:is|has)-|^(?:active|open|closed|selected|first|last|odd|even)$")
# A date's month after its day ("14 december"): a calendar's block, not a point's number and title.
_MONTH = re.compile(r"(?i)^(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?(?:\s|$)")
# A number the title prints itself: "6. Detaljplan …", "§ 12 Budget".
_PRINTED = re.compile(r"^(?:§\s*\d{1,3}|\d{1,3}[.)])\s")
#: Elements that set words within a line, not a block of their own.
INLINE_TAGS = frozenset(
    ["a", "span", "b", "strong", "em", "i", "small", "label", "time", "u", "mark", "font"]
)
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_BOLD_TAGS = frozenset(["b", "strong"])
_TABLE_TAGS = frozenset(["table", "thead", "tbody", "tfoot", "tr", "td", "th"])
_TITLE_MAX = 250
# Two or three capitalised words and nothing else: a person's name ("Anna Ek", "Eva-Lotta Berg Lind").
_NAME_LIKE = re.compile(
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}"
)


def mark_point_blocks(root: Node) -> None:
    """Join each repeated point block's number to its title, or mark its lone title a heading.

    Args:
        root: The page's body (changed in place).
    """
    for parent in [root, *root.traverse()]:
        if parent.tag in _TABLE_TAGS or (parent.tag or "-").startswith("-"):
            continue
        groups: dict[tuple[str, frozenset[str]], list[Node]] = defaultdict(list)
        for child in parent.iter():
            if child.tag not in _TABLE_TAGS and not (child.tag or "-").startswith("-"):
                groups[_shape(child)].append(child)
        for members in groups.values():
            if len(members) >= 2 and not _join_numbers(members):
                _mark_titles(members)


def _shape(node: Node) -> tuple[str, frozenset[str]]:
    classes = (node.attributes.get("class") or "").split()
    return node.tag or "", frozenset(c for c in classes if not _MODIFIER.search(c))


def _texts(node: Node, count: int = 2) -> list[Node]:
    """The first `count` text nodes of `node` that print something, in order."""
    out: list[Node] = []
    for t in node.traverse(include_text=True):
        if t.tag == "-text" and (t.text(deep=False) or "").strip():
            out.append(t)
            if len(out) == count:
                break
    return out


def _holder(text: Node, member: Node) -> Node | None:
    """The outermost element inside `member` whose whole text is this text node's, or None."""
    own = (text.text(deep=False) or "").strip()
    best = None
    cur = text.parent
    while cur is not None and cur.mem_id != member.mem_id:
        if " ".join((cur.text() or "").split()) != " ".join(own.split()):
            break
        best, cur = cur, cur.parent
    return best


def _inside(node: Node, tags: frozenset[str], stop: Node) -> bool:
    cur = node.parent
    while cur is not None and cur.mem_id != stop.mem_id:
        if cur.tag in tags:
            return True
        cur = cur.parent
    return False


def _is_title(text: str) -> bool:
    """Text a point's title can be: words, not a label ("Ärende:"), a case number or a number."""
    text = " ".join(text.split())
    if not (3 <= len(text) <= _TITLE_MAX) or not re.search(r"[A-Za-zÅÄÖåäö]{2}", text):
        return False
    if text.endswith(":") or _MONTH.match(text) or _NUMBER.match(text):
        return False
    return parse_dnr(text) is None


def _join_numbers(members: list[Node]) -> bool:
    """Join the number to the title in blocks that open with a number; True when the group was such."""
    found: list[tuple[Node, Node, str]] = []
    for member in members:
        texts = _texts(member)
        if len(texts) < 2:
            continue
        num = _NUMBER.match((texts[0].text(deep=False) or "").strip())
        holder = _holder(texts[0], member)
        title = texts[1]
        if num is None or holder is None or _inside(holder, _HEADING_TAGS, member):
            continue  # a number inside the heading is the heading's own
        if not _is_title(title.text(deep=False) or ""):
            continue
        mark = f"§ {num.group(2)} " if num.group(1) else f"{num.group(2)}. "
        found.append((holder, title, mark))
    numbers = [int(re.sub(r"\D", "", m)) for _h, _t, m in found]
    if len(found) < 2 or any(b <= a for a, b in pairwise(numbers)):
        return False
    for holder, title, mark in found:
        title.insert_before(mark)
        holder.decompose()
    return True


def _ends_line(node: Node) -> bool:
    """Whether a line ends after `node`: it is a block, or a line break, a block or nothing follows it."""
    if node.tag not in INLINE_TAGS:
        return True
    nxt = node.next
    while nxt is not None and nxt.tag == "-text" and not (nxt.text(deep=False) or "").strip():
        nxt = nxt.next
    return nxt is None or nxt.tag == "br" or (nxt.tag not in INLINE_TAGS and nxt.tag != "-text")


def _mark_titles(members: list[Node]) -> None:
    """Mark as a heading each block's opening title — bold, or in an element its class calls a title —
    when at least three blocks of the group open so and go on with the point's text."""
    titles: list[Node] = []
    for member in members:
        texts = _texts(member)
        if member.tag == "li" or len(texts) < 2:
            continue  # a list's items are its points or bullets already
        holder = _holder(texts[0], member)
        first = texts[0].text(deep=False) or ""
        if holder is None or not _is_title(first) or _PRINTED.match(first.strip()):
            continue  # no title, or a numbered one ("6. Detaljplan …"), which the segmenter reads
        if not _ends_line(holder):
            continue  # the title goes on in the next element ("<b>Detaljplan</b><b>, etapp 3</b>")
        if _inside(texts[0], _HEADING_TAGS, member) or holder.tag in _HEADING_TAGS:
            continue
        bold = holder.tag in _BOLD_TAGS or _inside(texts[0], _BOLD_TAGS, member)
        if bold or _TITLE_CLASS.search(holder.attributes.get("class") or ""):
            titles.append(holder)
    # A group of names ("<p><b>Anna Ek</b></p><p>ordförande (S)</p>" per member) is a list of people:
    # a point's title has a word in lower case, a figure or a single word, a name has none of these.
    named = sum(bool(_NAME_LIKE.fullmatch(" ".join((h.text() or "").split()))) for h in titles)
    if len(titles) >= 3 and named * 2 < len(titles):
        for holder in titles:
            holder.attrs[HEADING_MARK] = "3"
