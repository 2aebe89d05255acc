"""Refusing an HTML page nested too deep, before it is parsed.

The parser's time grows with the square of the nesting depth (20,000 nested divs take 1.5 s, 200,000
never finish), so a page nested deeper than `MAX_DEPTH` is refused from its tags alone; the tree walk
(`indexer.read.html_walk`) stops at the same depth.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["MAX_DEPTH", "HtmlTooDeep", "check_depth"]

#: Deepest element nesting accepted (real pages stay under ~100).
MAX_DEPTH = 1000
# Elements whose end tag may be left out (the parser closes them) and void elements: not counted.
_UNCOUNTED = frozenset(
    ["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
     "caption", "rb", "rt", "rp", "html", "head", "body", "br", "img", "hr", "input", "meta", "link", "area",
     "base", "col", "embed", "param", "source", "track", "wbr"]
)  # fmt: skip
_TAG = re.compile(
    r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>",
    re.DOTALL | re.IGNORECASE,
)


class HtmlTooDeep(ValueError):
    """A page nested deeper than `MAX_DEPTH`; the message is the reason shown to the user."""


def check_depth(html: str, limit: int = MAX_DEPTH) -> None:
    """Refuse a page whose elements nest deeper than `limit`, before the parser sees it.

    Keeps the stack of open elements as a parser would (an end tag closes its element and the ones
    opened inside it; a stray end tag closes nothing), with comments, scripts and styles skipped and
    the elements a parser closes by itself not counted; stops at the first level past the limit.

    Raises:
        HtmlTooDeep: The page nests deeper.
    """
    stack: list[str] = []
    open_count: Counter[str] = Counter()
    for m in _TAG.finditer(html):
        name = (m.group(3) or "").lower()
        if not name or name in _UNCOUNTED or m.group(4):
            continue
        if not m.group(2):
            stack.append(name)
            open_count[name] += 1
            if len(stack) > limit:
                raise HtmlTooDeep(f"HTML nested deeper than {limit:,} levels (a broken or hostile page)")
        elif open_count[name]:
            while stack:
                top = stack.pop()
                open_count[top] -= 1
                if top == name:
                    break
