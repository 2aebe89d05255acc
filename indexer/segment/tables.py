"""Agenda tables: markdown tables of a kallelse and tab-separated rows of minnesanteckningar.

Markdown (``| 3. | Ärende | Beteckning | Förslag |``): the header row names the
columns; a row with a number is an item, a row without a number is an item
only when something besides the title is filled in ("Val av justerare" with its
proposal) — otherwise it is a section heading ("Information",
"Beslutsärenden"). In the Ärende cell the title ends where the presenter, the
time slot or the document count begins.
"""

from __future__ import annotations

import re

from indexer.segment.common import join_lines, line_offsets, make_item
from indexer.segment.dnr import find_dnr_spans
from indexer.types import Item

_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_SEP = re.compile(r"^\s*:?-{3,}:?\s*$")
_NUM = re.compile(r"^\s*(?:§\s*)?(\d{1,3})\s*\.?\s*$")
# Lines of an Ärende cell that end the title.
_TITLE_STOP = re.compile(
    r"^(?:föredragande|presentatör|ansvarig|handläggare)\b|^\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?$"
    r"|^\d+\s*st\s+dokument|^\d+\s*min(?:uter)?$|^kl\.?\s*\d",
    re.IGNORECASE,
)
_COLS = {
    "title": re.compile(r"^(ärende|ärenden|rubrik|punkt|ämne)$", re.I),
    "dnr": re.compile(r"^(beteckning|dnr|diarienummer|diarienr|ärendenummer)$", re.I),
    "proposal": re.compile(r"^(förslag|förslag till beslut|beslut|anteckning|kommentar)$", re.I),
}


def _cells(line: str) -> list[str] | None:
    m = _ROW.match(line)
    return [c.strip() for c in m.group(1).split("|")] if m else None


def _columns(header: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, cell in enumerate(header):
        for name, rx in _COLS.items():
            if name not in cols and rx.match(re.sub(r"[*_]", "", cell)):
                cols[name] = i
    return cols


def _split_title(cell: str) -> tuple[str, str]:
    """(title, rest) of an Ärende cell whose lines are separated by <br>."""
    parts = [p.strip() for p in re.split(r"<\s*br\s*/?\s*>", cell, flags=re.IGNORECASE)]
    for k, p in enumerate(parts):
        if k and _TITLE_STOP.search(p):
            return join_lines(parts[:k]), "\n".join(parts[k:])
    return join_lines(parts), ""


def split_markdown_agenda(text: str, hint: str | None) -> list[Item]:
    """Items of a markdown agenda table, or [] when there is none with at least two numbered rows."""
    lines = text.split("\n")
    offs = line_offsets(text)
    cols: dict[str, int] = {}
    items: list[Item] = []
    numbered = 0
    for i, ln in enumerate(lines):
        cells = _cells(ln)
        if cells is None or all(_SEP.match(c) or not c for c in cells):
            continue
        if any(_COLS["title"].match(re.sub(r"[*_]", "", c)) for c in cells):
            cols = _columns(cells)
            continue
        if "title" not in cols or cols["title"] >= len(cells):
            continue
        num_cell = cells[0] if cols["title"] > 0 else ""
        m = _NUM.match(num_cell)
        title_cell = cells[cols["title"]]
        title, rest = _split_title(title_cell)
        inline = None if m else re.match(r"(\d{1,3})[.)]?\s+(\S.*)$", title)
        if inline:  # "| 3. Verksamhetsplan 2025 | … |": the number inside the Ärende cell
            m, title = inline, inline.group(2)
        if not title:
            continue
        extra = [c for k, c in enumerate(cells) if k not in (0, cols["title"]) and c.strip(" -–")]
        if not m and not extra:
            continue  # a section heading row
        dnr_cell = cells[cols["dnr"]] if "dnr" in cols and cols["dnr"] < len(cells) else ""
        dnr = find_dnr_spans(dnr_cell, series_hint=hint, bare=True)
        proposal = cells[cols["proposal"]] if "proposal" in cols and cols["proposal"] < len(cells) else ""
        body = "\n".join(x for x in (rest, proposal.strip(" -–")) if x)
        number = m.group(1) if m else None
        numbered += bool(m)
        items.append(make_item(number, title, body, offs[i], hint, dnr))
    return items if numbered >= 2 else []


_TAB_ROW = re.compile(r"^\s*(\d{1,3})\.?\t+([^\t]+)(?:\t(.*))?$")


def split_tab_rows(text: str, hint: str | None) -> list[Item]:
    """Items of tab-separated agenda rows ("3<TAB>Title<TAB>Note"), or [] for fewer than two rows.

    Lines after a row that are not rows themselves continue its note; after the
    last row they do only up to the first blank line (what follows is the
    document's signature, not the item).
    """
    lines = text.split("\n")
    rows = [(i, m) for i, ln in enumerate(lines) if (m := _TAB_ROW.match(ln))]
    if len(rows) < 2:
        return []
    offs = line_offsets(text)
    items = []
    for k, (i, m) in enumerate(rows):
        end = rows[k + 1][0] if k + 1 < len(rows) else len(lines)
        cont = lines[i + 1 : end]
        if k + 1 == len(rows) and "" in [c.strip() for c in cont]:
            cont = cont[: [c.strip() for c in cont].index("")]
        body = "\n".join([m.group(3) or "", *cont]).replace("\t", " ")
        items.append(make_item(m.group(1), m.group(2), body, offs[i], hint))
    return items
