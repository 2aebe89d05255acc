"""HTML to plain text without page chrome (navigation, headers, footers, cookie banners).

Block elements become lines; list items become "• " bullet lines (a scraped
page's items are often only separated by its bullets); table rows become
tab-separated lines.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

# Elements that are never content.
_DROP_TAGS = (
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
_CHROME_ATTR = re.compile(
    r"cookie|consent|gdpr|skip|breadcrumb|navbar|navigation|site-?header|site-?footer|menu|banner|share|sidebar",
    re.IGNORECASE,
)
# Chrome recognised by its text, whatever the markup.
_CHROME_TEXT = re.compile(
    r"^\s*(hoppa över navigering|hoppa till (huvud)?innehåll(et)?|till innehållet|gå till innehåll"
    r"|skip to content|meny|sök|stäng|acceptera( alla)? cookies?|godkänn( alla)? cookies?"
    r"|tillbaka till toppen)\s*$",
    re.IGNORECASE,
)
_INDENT = "\x01"  # marks a line inside a list item until the final layout
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "thead",
    "tbody",
    "blockquote",
    "pre",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "address",
    "hr",
    "body",
}


def html_to_text(html: str) -> str:
    """Convert an HTML page to text lines, page chrome removed.

    Args:
        html: The page source.

    Returns:
        Plain text; blank lines between blocks.
    """
    tree = HTMLParser(html)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("[id], [class], [role], [aria-label]"):
        attrs = " ".join(
            str(v) for k, v in node.attributes.items() if k in ("id", "class", "role", "aria-label")
        )
        if _CHROME_ATTR.search(attrs) and node.tag not in ("body", "html", "main", "article"):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    out: list[str] = []
    _walk(root, out)
    text = "".join(out)
    lines = [re.sub(r"[ \u00a0]+", " ", ln).strip(" ").replace(_INDENT, "  ") for ln in text.split("\n")]
    lines = [ln if ln.strip() else "" for ln in lines]
    lines = [ln for ln in lines if not _CHROME_TEXT.match(ln) and not _is_cookie_line(ln)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _is_cookie_line(line: str) -> bool:
    low = line.lower()
    return "cookies" in low and len(line) < 300 and ("använder" in low or "we use" in low or "godkänn" in low)


def _walk(node: Node, out: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.append((child.text(deep=False) or "").replace("\n", " "))
        elif tag == "br":
            out.append("\n")
        elif tag == "li":
            _list_item(child, out)
        elif tag == "tr":
            out.append("\n")
            cells = [c for c in child.iter() if c.tag in ("td", "th")]
            for i, cell in enumerate(cells):
                if i:
                    out.append("\t")
                cell_out: list[str] = []
                _walk(cell, cell_out)
                out.append(re.sub(r"\s+", " ", "".join(cell_out)).strip())
            out.append("\n")
        elif tag in ("h2", "h3", "h4", "h5", "h6"):
            # Kept as a markdown heading: a page whose points are unnumbered <h2>s is split on them.
            sub: list[str] = []
            _walk(child, sub)
            head = re.sub(r"\s+", " ", "".join(sub)).strip()
            out.append(f"\n\n{'#' * int(tag[1])} {head}\n\n" if head else "\n\n")
        elif tag in _BLOCK:
            out.append("\n\n")
            _walk(child, out)
            out.append("\n\n")
        else:
            _walk(child, out)


def _list_item(li: Node, out: list[str]) -> None:
    """A bullet line " • text", or "3. text" inside an <ol> (its number exists only in the markup)."""
    sub: list[str] = []
    _walk(li, sub)
    body = re.sub(r"\n{3,}", "\n\n", "".join(sub)).strip()
    parent = li.parent
    if parent is not None and parent.tag == "ol":
        siblings = [c for c in parent.iter() if c.tag == "li"]
        start = (parent.attributes.get("start") or "1").strip()
        number = (int(start) if start.isdigit() else 1) + next(
            k for k, c in enumerate(siblings) if c.mem_id == li.mem_id
        )
        marker = f"\n{number}. "
    else:
        marker = "\n • "
    # Lines inside an item stay indented, as on a scraped page, so the segmenter
    # sees them as the item's own (numbered points included).
    out.append(marker + body.replace("\n", "\n" + _INDENT) + "\n")
