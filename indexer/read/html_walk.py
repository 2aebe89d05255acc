"""Walking an HTML page's tree into text: blocks as lines, list items as bullet lines, rows as tab lines.

Block elements become lines; list items become "• " bullet lines (a scraped page's items are often only
separated by its bullets) or "3. " lines in an <ol>; table rows become tab-separated lines
(`indexer.read.html_rows`); h2-h6 stay markdown headings. An inline case number or "Label: value" field
set beside text by a style sheet goes on a line of its own. The tree is walked with an explicit stack,
not recursion, so no page's depth can exhaust Python's stack (`indexer.read.html_depth`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode as Node

from indexer.read.agenda_table import title_and_notes
from indexer.read.html_blocks import HEADING_MARK
from indexer.read.html_depth import MAX_DEPTH, HtmlTooDeep
from indexer.read.html_presenters import PRESENTER_MARK, presenter_text
from indexer.read.html_rows import agenda_columns, cell_text, colspan, counted_row_numbers
from indexer.segment.dnr import parse_dnr

__all__ = ["INDENT", "unedged", "walk"]

INDENT = "\x01"  # marks a line inside a list item until the final layout
_EDGE = "\x02"  # marks where an inline element starts or ends until the final layout
# Two inline elements' words run together at their edge ("…i Tantolunden" + <span>"Dnr SÖ 2025/198"</span>,
# a span a style sheet sets on a line of its own): a word's lower-case end against a capital is two words.
_GLUED = re.compile(f"(?<=[a-zåäöéü0-9.,;:)]){_EDGE}+(?=[A-ZÅÄÖÉÜ])")

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


def unedged(text: str) -> str:
    """Text with its inline elements' edge marks gone: a space where two words met at one."""
    return _GLUED.sub(" ", text).replace(_EDGE, "")


#: A request from a node's visit: walk this node into this buffer, then come back.
_Visit = Iterator[tuple[Node, list[str]]]


def walk(root: Node, out: list[str]) -> None:
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
            cols = agenda_columns(child)
            title = cols[1] if cols else None
            if cols and counts is None:
                counts = counted_row_numbers(node, cols)
            counted = counts.get(child.mem_id) if cols and counts else None
            notes: list[str] = []
            for i, cell in enumerate(cells):
                if i:
                    out.append("\t")
                cell_out: list[str] = []
                yield cell, cell_out
                raw = unedged("".join(cell_out))
                if cols and i == cols[0] and counted and not raw.strip():
                    raw = counted
                if i == title:
                    lines = [ln for ln in (re.sub(r"\s+", " ", x).strip() for x in raw.split("\n")) if ln]
                    title_lines, notes = title_and_notes(lines, range(1, len(lines)))
                    raw = " ".join(title_lines)
                out.append(cell_text(raw, len(cells) == 2 and i == 1))
                if i + 1 < len(cells):  # the columns a merged cell spans stay columns (not after the last)
                    out.append("\t" * (colspan(cell) - 1))
            out.append("".join(f"\n{n}" for n in notes) + "\n")
        elif tag in ("h2", "h3", "h4", "h5", "h6") or child.attributes.get(HEADING_MARK):
            # Kept as a markdown heading: a page whose points are unnumbered <h2>s is split on them (and
            # on the titles `mark_point_blocks` found opening repeated blocks).
            sub: list[str] = []
            yield child, sub
            head = re.sub(r"\s+", " ", unedged("".join(sub))).strip()
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
    body = re.sub(r"\n{3,}", "\n\n", unedged("".join(sub))).strip()
    body = re.sub(r"^#{1,6} ", "", body)  # a point's title set as a heading inside its item: "3. Title"
    marker = f"\n{number}. " if number is not None else "\n • "
    if number is not None and _PRINTED_NUMBER.match(body):
        marker = "\n"  # the item prints its own number ("11. Information …"): the count is the markup's
    if "\n" not in body and (_FILE_NAME.match(" ".join(body.split())) or _link_under_point(li, body)):
        marker = "\n" + INDENT  # a link to a file ("Tjänsteskrivelse.pdf"): the point's attachment, no point
    # Lines inside an item stay indented, as on a scraped page, so the segmenter
    # sees them as the item's own (numbered points included).
    out.append(marker + body.replace("\n", "\n" + INDENT) + "\n")
