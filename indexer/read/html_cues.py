"""What a page's chrome says the page is: its <title>, its breadcrumb trail and its site's name.

A portal's <title> ("Kommunstyrelsen 2026-11-09 - Protokoll - Köpings kommun"), its breadcrumb
("Start > Regionstyrelsen > Möte 2026-11-10") and its site's name (og:site_name, the home link, the
logo's alt text) name the organ, the meeting and the kommun. They are read here as cues for the
metadata (`indexer.meta.detect`), and the trail is taken out of the page, so none of them becomes an
item's text or title.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from indexer.read.html_chrome import CHROME_TEXT, inside

__all__ = ["page_title", "site_names", "take_trail"]

# The separators of a page title ("Kommunstyrelsen 2026-11-09 - Protokoll - Köpings kommun", "Möte | Nämnd").
_TITLE_SEP = re.compile(r"\s+(?:[-–—|»›•·]|::)\s+")
# A breadcrumb's separator between its steps: "Start > Politik > Protokoll", "Hem / Nämnder", "A › B".
_TRAIL_SEP = re.compile(r"\s*(?:>|›|»|→|/|\\)\s*")
_TRAIL_ATTR = re.compile(r"breadcrumb|crumb|brödsmul|brodsmul|du-?är-?här|you-?are-?here", re.IGNORECASE)
_CUE_LEN = 120  # a title part or a breadcrumb step is short; longer is not a name
# Where a link is content, not a trail: a link list in the text ("Tjänsteskrivelse / Bilaga / Karta").
_CONTENT = frozenset(["main", "article", "table", "li", "p"])
# The home page's link: "/", "./", "index.html", "https://www.koping.se/".
_HOME = re.compile(r"(?:https?://[^/?#]+)?/?(?:\.?/?|index\.html?|start|sv/?)$", re.IGNORECASE)
_LOGO_WORD = re.compile(
    r"\s*[-–,]?\s*\b(?:logotyp(?:e|en)?|logo(?:type)?|till startsidan|startsida)\b\s*", re.I
)


def _clean_cue(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" \u00a0:;,")


def page_title(tree: HTMLParser) -> list[str]:
    """The <title> cut at its separators, each part a line."""
    node = tree.css_first("title")
    raw = _clean_cue(node.text() if node is not None else "")
    return [part for p in _TITLE_SEP.split(raw) if (part := _clean_cue(p)) and len(part) <= _CUE_LEN]


def site_names(tree: HTMLParser) -> list[str]:
    """The site's own name: og:site_name / application-name, the home link's text or its logo's alt."""
    out: list[str] = []
    for meta in tree.css("meta"):
        key = (meta.attributes.get("property") or meta.attributes.get("name") or "").lower()
        if key in ("og:site_name", "application-name"):
            out.append(_clean_cue(meta.attributes.get("content") or ""))
    for a in tree.css("a[href]"):
        if _HOME.fullmatch((a.attributes.get("href") or "").strip()):
            img = a.css_first("img[alt]")
            out.append(_clean_cue(a.text() or (img.attributes.get("alt") or "" if img is not None else "")))
    for img in tree.css("img[alt]"):
        where = " ".join(str(img.attributes.get(k) or "") for k in ("src", "class", "id", "alt"))
        if "logo" in where.lower():
            out.append(_clean_cue(_LOGO_WORD.sub(" ", img.attributes.get("alt") or "")))
    return list(dict.fromkeys(x for x in out if x and len(x) <= _CUE_LEN))


def take_trail(tree: HTMLParser) -> list[str]:
    """The page's breadcrumb steps, taken out of the page (they are chrome, not text).

    A breadcrumb is an element marked as one ("breadcrumb", "brödsmulor", "Du är här"), or a run of at
    least three steps, two of them links, printed with a separator between each ("Start > Regionstyrelsen
    > Möte 2026-11-10"), above the page's first heading and outside its content (not in <main>,
    <article>, a table, a list item or a paragraph).
    """
    for node in tree.css("[id], [class], [aria-label]"):
        attrs = " ".join(str(node.attributes.get(k) or "") for k in ("id", "class", "aria-label"))
        if node.tag not in ("body", "html", "main", "article") and _TRAIL_ATTR.search(attrs):
            steps = [_clean_cue(x.text()) for x in node.css("li")] or [
                _clean_cue(x) for x in _TRAIL_SEP.split(node.text(separator=" "))
            ]
            node.decompose()
            return [x for x in steps if x and not CHROME_TEXT.match(x)]
    seen: set[int] = set()
    for a in tree.css("a, h1, h2, h3"):  # in page order: a trail stands above the page's first heading
        if a.tag != "a":
            break
        parent = a.parent
        if parent is None or parent.mem_id in seen or inside(parent, _CONTENT):
            continue
        seen.add(parent.mem_id)
        run = _trail_run(parent)
        if run:
            steps = [_clean_cue(n.text()) for n in run if n.tag != "-text"]
            for n in run:
                n.decompose()
            return steps
    return []


def _trail_run(parent: Node) -> list[Node] | None:
    """The nodes of a breadcrumb among `parent`'s children: step, separator, step, … (≥ 3 steps, ≥ 2
    of them links), or None."""
    best: list[Node] = []
    run: list[Node] = []
    want_step = True
    for child in parent.iter(include_text=True):
        if child.tag == "-text":
            t = child.text(deep=False) or ""
            if not t.strip():
                continue
            if not want_step and _TRAIL_SEP.fullmatch(t):
                run.append(child)
                want_step = True
                continue
            run, want_step = [], True  # other text ends a trail
            continue
        step = child.tag in ("a", "span", "strong", "em", "b") and 0 < len(child.text(strip=True)) <= _CUE_LEN
        if step and want_step:
            run.append(child)
            want_step = False
        else:
            run, want_step = ([child], False) if step else ([], True)
        steps = [n for n in run if n.tag != "-text"]
        if len(steps) >= 3 and sum(n.tag == "a" for n in steps) >= 2 and len(run) > len(best):
            best = list(run)
    return best or None
