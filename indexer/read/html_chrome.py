"""What of an HTML page is chrome, not text: navigation, headers, footers, cookie banners, menus.

Chrome is known by its element (<nav>, <footer>), by the words of its id/class/role ("cookie",
"breadcrumb", "sidebar") or by its text alone ("Hoppa till innehållet"). A <header> or <footer> may be
the content's own, not the site's: a document's letterhead, a meeting's heading over its agenda, the
closing its chair and secretary sign; those are read like the rest of the page (`indexer.read.html`).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode as Node

from indexer.segment.closing import starts_closing

__all__ = [
    "CHROME_ATTR",
    "CHROME_TEXT",
    "DROP_TAGS",
    "SECTIONING",
    "inside",
    "is_cookie_line",
    "is_letterhead",
    "signed",
]

# Elements that are never content.
DROP_TAGS = (
    "nav",
    "header",
    "footer",
    "script",
    "style",
    "noscript",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "template",
    "head",
    "menu",
    "dialog",
)
# id/class/role words that mark chrome on pages that use plain divs.
CHROME_ATTR = re.compile(
    r"cookie|consent|gdpr|skip|breadcrumb|navbar|navigation|nav\b|nav[-_]|site-?header|site-?footer|menu|banner"
    r"|share|sidebar",
    re.IGNORECASE,
)
# Chrome recognised by its text, whatever the markup.
CHROME_TEXT = re.compile(
    r"^\s*(hoppa över navigering|hoppa till (huvud)?innehåll(et)?|till innehållet|gå till innehåll"
    r"|skip to content|meny|sök|stäng|acceptera( alla)? cookies?|godkänn( alla)? cookies?"
    r"|tillbaka till toppen|du är här:?)\s*$",
    re.IGNORECASE,
)
# Elements whose <header> is their content's, not the site's.
SECTIONING = frozenset(["main", "article", "section"])


def signed(node: Node) -> bool:
    """Whether an element holds a signature: a name over its role ("Ingrid Wahl" / "ordförande"), or the
    place and date it was signed (`indexer.segment.closing`)."""
    lines = [ln.strip() for ln in (node.text(separator="\n") or "").split("\n") if ln.strip()]
    return any(starts_closing(lines, j) for j in range(len(lines)))


def inside(node: Node, tags: frozenset[str]) -> bool:
    cur: Node | None = node
    while cur is not None:
        if cur.tag in tags:
            return True
        cur = cur.parent
    return False


def is_letterhead(header: Node) -> bool:
    """A <header> that is a document's letterhead (kommun, organ, "PROTOKOLL", the meeting's date),
    not a site's banner: no links, no navigation or search, a few short lines."""
    if header.css_first("a, nav, form, input, button, ul, ol") is not None:
        return False
    text = header.text(separator=" ", strip=True)
    return 0 < len(text) <= 300


def is_cookie_line(line: str) -> bool:
    low = line.lower()
    return "cookies" in low and len(line) < 300 and ("använder" in low or "we use" in low or "godkänn" in low)
