"""A document that lists decisions in cases: every listed decision's case number is the document's.

A delegationslista (or a list of anmälda beslut, anmälningsärenden) is one item, never cut into
agenda items (`indexer.meta.doctype`), and each of its rows is a step in an ärende: the decision a
bygglovshandläggare took in case "BMN 2026/298". So the case number of every row is the item's own,
stored and linked as its case (`indexer.store.cases`), not a reference its text quotes; the numbers
of a letterhead ("Dnr SN 2026/5", the list's own case) stay too. A protocol's § that lists
delegation decisions is not such a document: there they are references (`indexer.segment.common.settle_dnr`).

A table's Dnr column may wrap its number over two lines, the series above and year/serial below
("BMN" / "2026/298"), with the row's other cells on a line between them (the date, the decision set
in the row's middle): such a series and number, each a cell of its own, are one case number.
"""

from __future__ import annotations

import re

from indexer.segment.dnr import Dnr, find_dnr_spans, parse_dnr
from indexer.types import DocMeta, Item

__all__ = ["keep_listed_decisions", "lists_decisions", "wrapped_column_dnr"]

#: A title that announces decisions reported to a body: "Delegationsbeslut", "Anmälningsärenden",
#: "Anmälan av delegationsbeslut", "Redovisning av delegerade beslut", "Meddelanden och anmälda beslut".
_LIST_TITLE = re.compile(
    r"(?i)\b(?:delegationslista|delegationsbeslut|delegerade beslut|anmälningsärenden"
    r"|anmälda (?:beslut|ärenden)|beslut (?:fattade|tagna) (?:med stöd av|på) delegation)"
)
#: A table header cell over case numbers.
_DNR_HEAD = re.compile(r"(?i)^(?:dnr|diarienummer|diarienr|ärendenummer|ärendenr|beteckning)\.?:?$")
#: A cell that is a series alone ("BMN") and one that is year/serial alone ("2026/298").
_SERIES_CELL = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
_NUMBER_CELL = re.compile(r"^(?:19|20)\d\d[/:.]\d{1,6}$")


def lists_decisions(meta: DocMeta, items: list[Item]) -> bool:
    """A document of one unnumbered item that lists decisions in cases: typed a delegationslista, or
    (another document that is not minutes) its title or first lines announce delegated or reported
    decisions."""
    if len(items) != 1 or items[0].number is not None:
        return False
    if meta.doc_type == "delegationslista":
        return True
    head = "\n".join([items[0].title, *items[0].text.split("\n")[:8]])
    return meta.doc_type not in ("protokoll", "kallelse") and bool(_LIST_TITLE.search(head))


def _list_heading(text: str) -> str | None:
    """The line that names the list ("DELEGATIONSLISTA", "Redovisning av delegationsbeslut"), its first
    cell, in the list's first lines; in capitals made a heading ("Delegationslista"), an organization's
    name before it dropped ("SÖDERKÖPINGS KOMMUN DELEGATIONSLISTA")."""
    for line in text.split("\n")[:15]:
        cell = line.split("\t")[0].strip()
        m = _LIST_TITLE.search(cell)
        if not m or len(cell.split()) > 8 or cell.endswith("."):
            continue
        head = cell[m.start() :] if cell[: m.start()].strip().isupper() else cell
        return head.capitalize() if head.isupper() else head
    return None


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t") if c.strip()]


def wrapped_column_dnr(text: str) -> list[Dnr]:
    """Case numbers a table's Dnr column wrapped over two lines: a series alone in a cell ("BMN") and,
    one or two lines below, year/serial alone in a cell ("2026/298"), under a header row that names a
    Dnr column. Printed "BMN 2026/298"; offsets are those of the series."""
    lines = text.split("\n")
    head = next((k for k, ln in enumerate(lines) if any(_DNR_HEAD.match(c) for c in _cells(ln))), None)
    if head is None:
        return []
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    used: set[int] = set()
    out: list[Dnr] = []
    for i in range(head + 1, len(lines)):
        series = [c for c in _cells(lines[i]) if _SERIES_CELL.match(c)]
        if len(series) != 1:
            continue
        for j in (i + 1, i + 2):
            if j >= len(lines) or j in used:
                continue
            numbers = [c for c in _cells(lines[j]) if _NUMBER_CELL.match(c)]
            if len(numbers) != 1:
                continue
            d = parse_dnr(f"{series[0]} {numbers[0]}")
            if d is None:
                continue
            used.add(j)
            at = offsets[i] + lines[i].index(series[0])
            out.append(Dnr(d.printed, d.key, d.series, d.year, d.serial, d.suffix, at, at + len(series[0])))
            break
    return out


def keep_listed_decisions(items: list[Item], text: str, meta: DocMeta, hint: str | None) -> None:
    """The case number of every decision a list of decisions prints (`lists_decisions`) is its item's
    own: the numbers its text gives, whole or wrapped in a Dnr column (`wrapped_column_dnr`)."""
    if not lists_decisions(meta, items):
        return
    it = items[0]
    if not _LIST_TITLE.search(it.title) and (heading := _list_heading(text)):
        it.title = heading  # not the page header a list without a title line above its table starts with
    found = sorted(
        [*find_dnr_spans(text, series_hint=hint), *wrapped_column_dnr(text)], key=lambda d: d.start
    )
    for d in found:
        it.dnr_printed.setdefault(d.key, d.printed)
    it.diarienummer = list(dict.fromkeys([*(d.key for d in found), *it.diarienummer]))  # in text order
    it.dnr_cited = []
