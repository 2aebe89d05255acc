"""HTML to plain text without page chrome (navigation, headers, footers, cookie banners).

Block elements become lines; list items become "• " bullet lines (a scraped
page's items are often only separated by its bullets); table rows become
tab-separated lines.

The chrome is not text, but part of it says what the page is: a portal's <title> ("Kommunstyrelsen
2026-11-09 - Protokoll - Köpings kommun"), its breadcrumb trail ("Start > Regionstyrelsen > Möte
2026-11-10") and its site's name (og:site_name, the home link, the logo's alt text). `html_document`
returns those as `PageCues` for the metadata (`indexer.meta.detect`), apart from the text, so they never
become an item's text or title.

Nesting is limited (`MAX_DEPTH`): the parser's time grows with the square of the depth (20,000
nested divs take 1.5 s, 200,000 never finish), so a page nested deeper is refused before parsing,
and the tree is walked with an explicit stack rather than recursion.

This module runs the stages in order; each lives in a module of its own: the depth check
(`indexer.read.html_depth`), what is chrome (`.html_chrome`), the cues the chrome gives
(`.html_cues`), the tree walk into lines (`.html_walk`) and a table row's line (`.html_rows`).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from indexer.read.html_blocks import mark_point_blocks
from indexer.read.html_bold import bold_paragraphs
from indexer.read.html_chrome import (
    CHROME_ATTR,
    CHROME_TEXT,
    DROP_TAGS,
    SECTIONING,
    inside,
    is_cookie_line,
    is_letterhead,
    signed,
)
from indexer.read.html_cues import page_title, site_names, take_trail
from indexer.read.html_depth import HtmlTooDeep, check_depth
from indexer.read.html_presenters import mark_presenters
from indexer.read.html_walk import INDENT, unedged, walk
from indexer.types import PageCues

__all__ = ["HtmlTooDeep", "html_document", "html_read", "html_to_text"]


def html_to_text(html: str) -> str:
    """Convert an HTML page to text lines, page chrome removed.

    Args:
        html: The page source.

    Returns:
        Plain text; blank lines between blocks.

    Raises:
        HtmlTooDeep: The page nests deeper than `MAX_DEPTH`.
    """
    return html_document(html)[0]


def html_document(html: str) -> tuple[str, PageCues]:
    """An HTML page's text, page chrome removed (see `html_to_text`), and what its chrome says it is.

    Returns:
        (text, cues): the cues are the <title> cut at its separators, the breadcrumb's steps and the
        site's name; none of them is in the text.

    Raises:
        HtmlTooDeep: The page nests deeper than `MAX_DEPTH`.
    """
    text, cues, _bold = html_read(html)
    return text, cues


def html_read(html: str) -> tuple[str, PageCues, list[str]]:
    """An HTML page's text and cues (`html_document`) and its paragraphs set wholly in bold.

    Returns:
        (text, cues, bold): the cues are the <title> cut at its separators, the breadcrumb's steps and
        the site's name, none of them in the text; bold, the lines of the text set wholly in bold
        (`indexer.read.html_bold`), which may head points that print no number.

    Raises:
        HtmlTooDeep: The page nests deeper than `MAX_DEPTH`.
    """
    check_depth(html)
    tree = HTMLParser(html)
    cues = PageCues(title=page_title(tree), site=site_names(tree))
    cues.trail = take_trail(tree)
    for tag in DROP_TAGS:
        for node in tree.css(tag):
            if tag == "header" and (is_letterhead(node) or inside(node, SECTIONING)):
                # a letterhead, or the header of the page's content (a meeting's name, date and place
                # over its agenda): its lines are read like the rest of the page
                node.unwrap()
                continue
            if tag == "footer" and inside(node, SECTIONING) and signed(node):
                node.unwrap()  # the content's own closing: the chair and secretary who sign it
                continue
            if tag == "button" and node.css_first("h1, h2, h3, h4, h5, h6") is not None:
                node.unwrap()  # an accordion's toggle: its heading is the point's title, the panel its text
                continue
            node.decompose()
    for node in tree.css("[id], [class], [role], [aria-label]"):
        attrs = " ".join(
            str(v) for k, v in node.attributes.items() if k in ("id", "class", "role", "aria-label")
        )
        if CHROME_ATTR.search(attrs) and node.tag not in ("body", "html", "main", "article"):
            node.decompose()
    for node in tree.css('[aria-hidden="true"]'):
        if not re.search(r"\w", node.text() or ""):
            node.decompose()  # an icon or an arrow ("→") drawn beside a title, never its text
    root = tree.body or tree.root
    if root is None:
        return "", cues, []
    mark_point_blocks(root)
    mark_presenters(root)
    bold = bold_paragraphs(root)
    out: list[str] = []
    walk(root, out)
    text = unedged("".join(out))
    lines = [re.sub(r"[ \u00a0]+", " ", ln).strip(" ").replace(INDENT, "  ") for ln in text.split("\n")]
    lines = [ln if ln.strip() else "" for ln in lines]
    lines = [ln for ln in lines if not CHROME_TEXT.match(ln) and not is_cookie_line(ln)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n", cues, bold
