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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from indexer.read.agenda_table import counted_numbers, is_header, number_and_title, title_and_notes
from indexer.read.html_blocks import HEADING_MARK, mark_point_blocks
from indexer.read.html_bold import bold_paragraphs
from indexer.read.html_presenters import PRESENTER_MARK, mark_presenters, presenter_text
from indexer.segment.closing import starts_closing
from indexer.segment.dnr import parse_dnr
from indexer.types import PageCues

__all__ = ["MAX_DEPTH", "HtmlTooDeep", "check_depth", "html_document", "html_to_text"]

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
    r"cookie|consent|gdpr|skip|breadcrumb|navbar|navigation|nav\b|nav[-_]|site-?header|site-?footer|menu|banner"
    r"|share|sidebar",
    re.IGNORECASE,
)
# Chrome recognised by its text, whatever the markup.
_CHROME_TEXT = re.compile(
    r"^\s*(hoppa över navigering|hoppa till (huvud)?innehåll(et)?|till innehållet|gå till innehåll"
    r"|skip to content|meny|sök|stäng|acceptera( alla)? cookies?|godkänn( alla)? cookies?"
    r"|tillbaka till toppen|du är här:?)\s*$",
    re.IGNORECASE,
)
_INDENT = "\x01"  # marks a line inside a list item until the final layout
_EDGE = "\x02"  # marks where an inline element starts or ends until the final layout
# Two inline elements' words run together at their edge ("…i Tantolunden" + <span>"Dnr SÖ 2025/198"</span>,
# a span a style sheet sets on a line of its own): a word's lower-case end against a capital is two words.
_GLUED = re.compile(f"(?<=[a-zåäöéü0-9.,;:)]){_EDGE}+(?=[A-ZÅÄÖÉÜ])")

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
    cues = PageCues(title=_title(tree), site=_site_names(tree))
    cues.trail = _take_trail(tree)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            if tag == "header" and (_is_letterhead(node) or _inside(node, _SECTIONING)):
                # a letterhead, or the header of the page's content (a meeting's name, date and place
                # over its agenda): its lines are read like the rest of the page
                node.unwrap()
                continue
            if tag == "footer" and _inside(node, _SECTIONING) and _signed(node):
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
        if _CHROME_ATTR.search(attrs) and node.tag not in ("body", "html", "main", "article"):
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
    _walk(root, out)
    text = _unedged("".join(out))
    lines = [re.sub(r"[ \u00a0]+", " ", ln).strip(" ").replace(_INDENT, "  ") for ln in text.split("\n")]
    lines = [ln if ln.strip() else "" for ln in lines]
    lines = [ln for ln in lines if not _CHROME_TEXT.match(ln) and not _is_cookie_line(ln)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n", cues, bold


def _signed(node: Node) -> bool:
    """Whether an element holds a signature: a name over its role ("Ingrid Wahl" / "ordförande"), or the
    place and date it was signed (`indexer.segment.closing`)."""
    lines = [ln.strip() for ln in (node.text(separator="\n") or "").split("\n") if ln.strip()]
    return any(starts_closing(lines, j) for j in range(len(lines)))


# The separators of a page title ("Kommunstyrelsen 2026-11-09 - Protokoll - Köpings kommun", "Möte | Nämnd").
_TITLE_SEP = re.compile(r"\s+(?:[-–—|»›•·]|::)\s+")
# A breadcrumb's separator between its steps: "Start > Politik > Protokoll", "Hem / Nämnder", "A › B".
_TRAIL_SEP = re.compile(r"\s*(?:>|›|»|→|/|\\)\s*")
_TRAIL_ATTR = re.compile(r"breadcrumb|crumb|brödsmul|brodsmul|du-?är-?här|you-?are-?here", re.IGNORECASE)
_CUE_LEN = 120  # a title part or a breadcrumb step is short; longer is not a name
# Elements whose <header> is their content's, not the site's.
_SECTIONING = frozenset(["main", "article", "section"])
# Where a link is content, not a trail: a link list in the text ("Tjänsteskrivelse / Bilaga / Karta").
_CONTENT = frozenset(["main", "article", "table", "li", "p"])
# The home page's link: "/", "./", "index.html", "https://www.koping.se/".
_HOME = re.compile(r"(?:https?://[^/?#]+)?/?(?:\.?/?|index\.html?|start|sv/?)$", re.IGNORECASE)
_LOGO_WORD = re.compile(
    r"\s*[-–,]?\s*\b(?:logotyp(?:e|en)?|logo(?:type)?|till startsidan|startsida)\b\s*", re.I
)


def _clean_cue(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" \u00a0:;,")


def _title(tree: HTMLParser) -> list[str]:
    """The <title> cut at its separators, each part a line."""
    node = tree.css_first("title")
    raw = _clean_cue(node.text() if node is not None else "")
    return [part for p in _TITLE_SEP.split(raw) if (part := _clean_cue(p)) and len(part) <= _CUE_LEN]


def _site_names(tree: HTMLParser) -> list[str]:
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


def _take_trail(tree: HTMLParser) -> list[str]:
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
            return [x for x in steps if x and not _CHROME_TEXT.match(x)]
    seen: set[int] = set()
    for a in tree.css("a, h1, h2, h3"):  # in page order: a trail stands above the page's first heading
        if a.tag != "a":
            break
        parent = a.parent
        if parent is None or parent.mem_id in seen or _inside(parent, _CONTENT):
            continue
        seen.add(parent.mem_id)
        run = _trail_run(parent)
        if run:
            steps = [_clean_cue(n.text()) for n in run if n.tag != "-text"]
            for n in run:
                n.decompose()
            return steps
    return []


def _inside(node: Node, tags: frozenset[str]) -> bool:
    cur: Node | None = node
    while cur is not None:
        if cur.tag in tags:
            return True
        cur = cur.parent
    return False


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


def _unedged(text: str) -> str:
    """Text with its inline elements' edge marks gone: a space where two words met at one."""
    return _GLUED.sub(" ", text).replace(_EDGE, "")


def _is_letterhead(header: Node) -> bool:
    """A <header> that is a document's letterhead (kommun, organ, "PROTOKOLL", the meeting's date),
    not a site's banner: no links, no navigation or search, a few short lines."""
    if header.css_first("a, nav, form, input, button, ul, ol") is not None:
        return False
    text = header.text(separator=" ", strip=True)
    return 0 < len(text) <= 300


def _is_cookie_line(line: str) -> bool:
    low = line.lower()
    return "cookies" in low and len(line) < 300 and ("använder" in low or "we use" in low or "godkänn" in low)


#: A request from a node's visit: walk this node into this buffer, then come back.
_Visit = Iterator[tuple[Node, list[str]]]


def _walk(root: Node, out: list[str]) -> None:
    """Walk `root` into `out` with an explicit stack of visits (no recursion, however deep)."""
    stack: list[_Visit] = [_visit(root, out)]
    while stack:
        try:
            node, buf = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        if len(stack) > MAX_DEPTH:
            raise HtmlTooDeep(f"HTML nested deeper than {MAX_DEPTH:,} levels (a broken or hostile page)")
        stack.append(_visit(node, buf))


def _visit(node: Node, out: list[str]) -> _Visit:
    """Text of `node`'s children into `out`; yields each child element to be walked in its turn."""
    number = _ol_start(node) if node.tag == "ol" else None  # the <li>s of an <ol>, counted as they come
    counts: dict[int, str] | None = None  # the agenda rows under `node` that print no number, once
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.append((child.text(deep=False) or "").replace("\n", " ").replace(_EDGE, ""))
        elif tag == "br":
            out.append("\n")
        elif child.attributes.get(PRESENTER_MARK):
            # a presenter set in an element of its own, its label left to the style sheet
            out.append(f"\n\nFöredragande: {presenter_text(child)}\n\n")
        elif tag == "li":
            yield from _list_item(child, out, number)
            number = None if number is None else number + 1
        elif tag == "tr" and _holds_table(child):
            # a layout row around a table ("§ 32 forts." | a whole voteringslista): its cells are blocks,
            # the table inside read as a table, not flattened into one cell's line
            for cell in (c for c in child.iter() if c.tag in ("td", "th")):
                out.append("\n\n")
                yield cell, out
                out.append("\n\n")
        elif tag == "tr":
            out.append("\n")
            cells = [c for c in child.iter() if c.tag in ("td", "th")]
            cols = _agenda_columns(child)
            title = cols[1] if cols else None
            if cols and counts is None:
                counts = _counted_numbers(node, cols)
            counted = counts.get(child.mem_id) if cols and counts else None
            notes: list[str] = []
            for i, cell in enumerate(cells):
                if i:
                    out.append("\t")
                cell_out: list[str] = []
                yield cell, cell_out
                raw = _unedged("".join(cell_out))
                if cols and i == cols[0] and counted and not raw.strip():
                    raw = counted
                if i == title:
                    lines = [ln for ln in (re.sub(r"\s+", " ", x).strip() for x in raw.split("\n")) if ln]
                    title_lines, notes = title_and_notes(lines, range(1, len(lines)))
                    raw = " ".join(title_lines)
                out.append(_cell_text(raw, len(cells) == 2 and i == 1))
                if i + 1 < len(cells):  # the columns a merged cell spans stay columns (not after the last)
                    out.append("\t" * (_colspan(cell) - 1))
            out.append("".join(f"\n{n}" for n in notes) + "\n")
        elif tag in ("h2", "h3", "h4", "h5", "h6") or child.attributes.get(HEADING_MARK):
            # Kept as a markdown heading: a page whose points are unnumbered <h2>s is split on them (and
            # on the titles `mark_point_blocks` found opening repeated blocks).
            sub: list[str] = []
            yield child, sub
            head = re.sub(r"\s+", " ", _unedged("".join(sub))).strip()
            mark = child.attributes.get(HEADING_MARK)
            level = int(mark or (tag or "h3")[1:])
            out.append(f"\n\n{'#' * level} {head}\n\n" if head else "\n\n")
        elif tag in _BLOCK:
            out.append("\n\n")
            yield child, out
            out.append("\n\n")
        else:
            if _case_number_alone(child, out) or _labelled_field(child, out):
                # a case number set beside the title ("<span>KS 2026/0123</span>"), a field of a row of
                # fields ("<span>Ärende: SN 2026/18</span> <span>Föredragande: …</span>"): its own line
                out.append("\n")
            out.append(_EDGE)
            yield child, out
            out.append(_EDGE)


def _holds_table(row: Node) -> bool:
    """Whether a table row's cell holds a table of its own (a layout table around it)."""
    return any(c.css_first("table") is not None for c in row.iter() if c.tag in ("td", "th"))


def _case_number_alone(node: Node, out: list[str]) -> bool:
    """An inline element that holds a case number and nothing else, after text on its line: a portal
    sets the number beside the point's title by style, never as a word of the title."""
    if node.tag not in ("span", "small", "em", "i", "code", "time") or node.tag.startswith("-"):
        return False
    text = " ".join((node.text(deep=True) or "").split())
    if not text or len(text) > 40 or parse_dnr(text.strip("()[]")) is None:
        return False
    return _text_before_on_line(out)


#: A field's label and its value in one inline element: "Föredragande: Ekonom Helena Brandt".
_FIELD = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){0,2}:\s*\S")


def _labelled_field(node: Node, out: list[str]) -> bool:
    """An inline element that holds a label and its value, after text on its line: a portal sets its
    fields side by side by style ("Ärende: SN 2026/18  Föredragande: Helena Brandt"), each a line of
    its own as a document prints them. An element of the label alone ("<b>Beslut:</b> text") is none."""
    if node.tag not in ("span", "small", "em", "i", "time", "label", "b", "strong"):
        return False
    text = " ".join((node.text(deep=True) or "").split())
    if not text or len(text) > 200 or not _FIELD.match(text):
        return False
    return _text_before_on_line(out)


def _text_before_on_line(out: list[str]) -> bool:
    """Whether text stands before the end of what was written, on its line (an element set after it
    is set beside it)."""
    before = "".join(out[-20:]).replace(_EDGE, "").rsplit("\n", 1)[-1]
    return bool(before.strip())


def _agenda_columns(row: Node) -> tuple[int, int] | None:
    """(number column, Ärende column) of the agenda table a row stands in ("Nr | Ärende | Föredragande",
    see `indexer.read.agenda_table`), for a row under the header; else None. Lines of an Ärende cell are
    set apart by hand (<br>, <p>), so a labelled line or a sentence under the title is the point's note
    ("Diarienr: KFN 2026/5", "Ingen beslutspunkt."), printed under the row as a PDF's table is."""
    first = _header_row(row)
    if first is None or first.mem_id == row.mem_id:
        return None
    texts = [re.sub(r"\s+", " ", c.text() or "").strip() for c in first.iter() if c.tag in ("td", "th")]
    if not is_header(texts):
        return None
    return number_and_title(texts)


def _header_row(row: Node) -> Node | None:
    table = row.parent
    if table is None:
        return None
    first = None
    if table.tag == "tbody" and table.parent is not None:  # the header in a <thead> of its own
        first = next(
            (r for t in table.parent.iter() if t.tag == "thead" for r in t.iter() if r.tag == "tr"), None
        )
    return first or next((r for r in table.iter() if r.tag == "tr"), None)


def _counted_numbers(section: Node, cols: tuple[int, int]) -> dict[int, str]:
    """The numbers of the agenda rows under `section` (a table or its body) that print none, below a
    numbered row, by row (`indexer.read.agenda_table.counted_numbers`), read once for the whole table; a
    row of fewer cells (a group's heading) is no point."""
    num, title = cols
    rows: list[Node] = []
    pairs: list[tuple[str, str] | None] = []
    for r in section.iter():
        if r.tag != "tr":
            continue
        cells = [re.sub(r"\s+", " ", c.text() or "").strip() for c in r.iter() if c.tag in ("td", "th")]
        rows.append(r)
        pairs.append((cells[num], cells[title]) if len(cells) > max(num, title) else None)
    return {rows[k].mem_id: n for k, n in counted_numbers(pairs).items()}


def _colspan(cell: Node) -> int:
    span = (cell.attributes.get("colspan") or "1").strip()
    return min(int(span), 50) if span.isdigit() and int(span) > 0 else 1


def _cell_text(raw: str, value_of_label: bool) -> str:
    """A table cell on one line; the value of a two-cell "label | value" row keeps its <br> lines
    as lines of their own under the value column ("Beslutande | Anna Ek (S), ordförande<br>Per Berg
    (M)" is an attendance list of one person a line, as a PDF prints it)."""
    if value_of_label and "\n" in raw.strip():
        lines = [re.sub(r"\s+", " ", ln).strip() for ln in raw.strip().split("\n")]
        return "\n\t".join(ln for ln in lines if ln)
    return re.sub(r"\s+", " ", raw).strip()


def _ol_start(ol: Node) -> int:
    start = (ol.attributes.get("start") or "1").strip()
    return int(start) if start.isdigit() else 1


#: A file's name, its size or type in brackets after it: "Tjänsteskrivelse riktlinjer.pdf", "Bilaga 2.docx
#: (45 kB)".
_FILE_NAME = re.compile(
    r"(?i)^[^\n]{1,200}?\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|txt|csv|zip|jpe?g|png)"
    r"(?:\s*[(\[][^()\[\]]{0,30}[)\]])?$"
)


_PRINTED_NUMBER = re.compile(r"\d{1,3}[.)] ")


def _link_under_point(li: Node, body: str) -> bool:
    """An item of a list inside another list's item that is only a link ("<li><a href=…>Tjänsteskrivelse
    </a></li>" under a point): a file the point lists, whatever its text says."""
    links = [a for a in li.iter() if a.tag == "a" and a.attributes.get("href")]
    if len(links) != 1 or " ".join((links[0].text(deep=True) or "").split()) != " ".join(body.split()):
        return False
    up = li.parent
    while up is not None and up.tag not in ("body", "main"):
        if up.tag == "li":
            return True
        up = up.parent
    return False


def _list_item(li: Node, out: list[str], number: int | None) -> _Visit:
    """A bullet line " • text", or "3. text" inside an <ol> (its number exists only in the markup); an
    item that is only a file's name is an indented line under the point it is attached to, no bullet:
    a point's "Handlingar" list of files is never a list of points."""
    sub: list[str] = []
    yield li, sub
    body = re.sub(r"\n{3,}", "\n\n", _unedged("".join(sub))).strip()
    body = re.sub(r"^#{1,6} ", "", body)  # a point's title set as a heading inside its item: "3. Title"
    marker = f"\n{number}. " if number is not None else "\n • "
    if number is not None and _PRINTED_NUMBER.match(body):
        marker = "\n"  # the item prints its own number ("11. Information …"): the count is the markup's
    if "\n" not in body and (_FILE_NAME.match(" ".join(body.split())) or _link_under_point(li, body)):
        marker = "\n" + _INDENT  # a link to a file ("Tjänsteskrivelse.pdf"): the point's attachment, no point
    # Lines inside an item stay indented, as on a scraped page, so the segmenter
    # sees them as the item's own (numbered points included).
    out.append(marker + body.replace("\n", "\n" + _INDENT) + "\n")
