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

from indexer.segment.dnr import DNR_LABEL, Dnr, find_dnr_spans, parse_dnr
from indexer.types import DocMeta, Item

__all__ = ["keep_listed_decisions", "lists_decisions", "wrapped_column_dnr"]

#: A title that announces decisions reported to a body: "Delegationsbeslut", "Anmälningsärenden",
#: "Anmälan av delegationsbeslut", "Redovisning av delegerade beslut", "Meddelanden och anmälda beslut".
_LIST_TITLE = re.compile(
    r"(?i)\b(?:delegationslista|delegationsbeslut|delegerade beslut|anmälningsärenden"
    r"|anmälda (?:beslut|ärenden)|beslut (?:fattade|tagna) (?:med stöd av|på) delegation)"
)
#: A case number's label right before it: "Dnr SN 2026/5", "Diarienummer: MBN 2026-000012", or "Ärende"
#: opening a line or a sentence, as a case system prints the case a list is filed in ("… 2026-10-31.
#: Ärende RS 2026/0034 (Delegationsbeslut 2026)"); "i ärende KS 2025/12" in a sentence cites one.
_LABEL_BEFORE = re.compile(rf"(?:{DNR_LABEL}|(?:^|[.\t][ ]*)Ärende:?[ ]+)\Z", re.M)
#: A table header cell over case numbers.
_DNR_HEAD = re.compile(r"(?i)^(?:dnr|diarienummer|diarienr|ärendenummer|ärendenr|beteckning)\.?:?$")
#: A cell that is a series alone ("BMN") and one that is year/serial alone ("2026/298").
_SERIES_CELL = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
#: The year/serial may carry a document number ("2026/0602-14") and, where the next column's text
#: stands too close to be a cell of its own, be followed by it ("2026/0602-14 av tolktjänster").
_NUMBER_CELL = re.compile(r"^(?:19|20)\d\d[/:.]\d{1,6}(?:-\d{1,3})?(?=$| )")


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


def _table_start(text: str) -> int | None:
    """Where the list's table begins: the offset of its first header row naming a case-number column
    ("Datum⇥Dnr⇥Ärende", "Ärendenummer   Beslutsdatum   Fastighet", cells set apart by tabs or by runs of
    spaces in a text export); None without one."""
    pos = 0
    for line in text.split("\n"):
        if any(_DNR_HEAD.match(c.strip()) for c in re.split(r"\t|[ ]{2,}", line) if c.strip()):
            return pos
        pos += len(line) + 1
    return None


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
            numbers = [m.group(0) for c in _cells(lines[j]) if (m := _NUMBER_CELL.match(c))]
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
    own: the numbers of its table's rows (from its header row naming a Dnr column on, `_table_start`;
    the whole text without one), whole or wrapped in the Dnr column (`wrapped_column_dnr`). A number the
    text above the table cites ("delegationsordning, antagen 2023-12-13, § 231 (BN-2023-001564)") is no
    listed decision's and stays a reference; the letterhead's own number ("Diarienummer: …") stays the
    item's."""
    if not lists_decisions(meta, items):
        return
    it = items[0]
    if not _LIST_TITLE.search(it.title) and (heading := _list_heading(text)):
        it.title = heading  # not the page header a list without a title line above its table starts with
    start = _table_start(text) or 0
    found = [*find_dnr_spans(text, series_hint=hint), *wrapped_column_dnr(text)]
    rows = [d for d in found if d.start >= start]
    for d in rows:
        it.dnr_printed.setdefault(d.key, d.printed)
    at = {d.key: d.start for d in sorted(rows, key=lambda d: -d.start)}  # each key's first row
    # Above the table only a labelled number is the list's own ("Diarienummer: BN-2025-000015"); one a
    # sentence cites there is a reference.
    labelled = {
        d.key for d in found if d.start < start and _LABEL_BEFORE.search(text, max(0, d.start - 30), d.start)
    }
    above = {d.key for d in found if d.start < start} - labelled - set(at)
    keys = dict.fromkeys([*(k for k in it.diarienummer if k not in above), *at])

    def first_seen(key: str) -> int:
        where = text.find(it.dnr_printed.get(key, key))
        return min(at.get(key, len(text)), where if where >= 0 else len(text))

    it.diarienummer = sorted(keys, key=first_seen)  # in text order
    it.dnr_cited = list(dict.fromkeys([*(k for k in it.dnr_cited if k not in keys), *sorted(above)]))
