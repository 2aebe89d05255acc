"""Case keys: which stored diarienummer are the same ärende.

A diarienummer is stored three ways (`item_dnr`): as printed ("2026.016 KS"), as its key ("2026.016
KS", `indexer.segment.dnr`) and as the ärende it belongs to (`case_key`). Two organizations number
their cases independently, so every case key begins with the organization: "KS 2024/123" of Lerum
is not "KS 2024/123" of Alingsås. A number printed with its series is one case within the
organization whatever body handles it (kommunstyrelsen, then kommunfullmäktige): "Alingsås
kommun|KS|2026|16". A bare number ("Dnr 2024/1") gets the series the document's other numbers use,
else the organ's name: "Lerums kommun|BUN|2024|1" or "Lerums kommun|~Socialnämnden|2024|1". The
same bare number of two organs of one organization is linked at read time when the items' subjects
match (`api.repo`), not merged blindly.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from indexer.segment.dnr import Dnr, find_dnr_spans, parse_dnr
from indexer.types import Extraction, Item

__all__ = ["backfill", "case_key", "dnr_rows", "document_series", "own_dnr_rows"]

UNKNOWN_ORG = "?"


def document_series(ex: Extraction) -> str | None:
    """The series most of the document's own numbers carry ("BUN"), for its bare numbers."""
    series: Counter[str] = Counter()
    for it in ex.items:
        for key in it.diarienummer:
            d = parse_dnr(it.dnr_printed.get(key, key), bare=True)
            if d and d.series:
                series[d.series.upper()] += 1
    return series.most_common(1)[0][0] if series else None


def case_key(organization: str | None, organ: str | None, d: Dnr, series: str | None) -> str:
    """The ärende a number belongs to, within its organization (see the module doc)."""
    org = organization or UNKNOWN_ORG
    if d.series or d.year is None:
        return f"{org}|{d.match}"
    scope = series or f"~{organ or ''}"
    return f"{org}|{scope}|{d.year}|{int(d.serial)}"


def _dnr_of(item: Item, key: str) -> Dnr | None:
    # The key first: it carries a series the document gave a bare printed "2025-00620" ("KS-2025-00620").
    return parse_dnr(key, bare=True) or parse_dnr(item.dnr_printed.get(key, key), bare=True)


def dnr_rows(ex: Extraction, item: Item, series: str | None) -> list[tuple[str, str, str, str]]:
    """(key, printed, match form, case key) of each of an item's own numbers, for `item_dnr`.

    `series` is the document's (`document_series`), computed once per document.
    """
    organ = item.organ or ex.meta.organ
    out = []
    for key in item.diarienummer:
        d = _dnr_of(item, key)
        if d is None:  # a key no pattern reads back (never expected): its own case
            out.append((key, key, key.upper(), f"{ex.meta.organization or UNKNOWN_ORG}|{key.upper()}"))
            continue
        case = case_key(ex.meta.organization, organ, d, series)
        out.append((key, item.dnr_printed.get(key, d.printed), d.match, case))
    return out


def own_dnr_rows(ex: Extraction, series: str | None) -> list[tuple[str, str, str, str]]:
    """(key, printed, match form, case key) of each of the document's own numbers, for `document_dnr`."""
    out = []
    for key in ex.own_dnr:
        printed = ex.own_dnr_printed.get(key, key)
        d = parse_dnr(key, bare=True) or parse_dnr(printed, bare=True)
        if d is None:  # a key no pattern reads back (never expected): its own case
            out.append((key, printed, key.upper(), f"{ex.meta.organization or UNKNOWN_ORG}|{key.upper()}"))
            continue
        out.append((key, printed, d.match, case_key(ex.meta.organization, ex.meta.organ, d, series)))
    return out


def backfill(conn: sqlite3.Connection) -> int:
    """Give the numbers of an archive written before case keys their printed form, match form and case.

    The printed form is not known for those: the key stands in. Bare numbers are scoped by organ.

    Returns:
        The number of rows filled.
    """
    rows = conn.execute(
        "SELECT x.item_id, x.dnr, i.organization, i.organ FROM item_dnr x JOIN items i ON i.id = x.item_id"
        " WHERE x.case_key IS NULL"
    ).fetchall()
    for item_id, key, organization, organ in rows:
        found = find_dnr_spans(key, bare=True)
        d = found[0] if len(found) == 1 else None
        match = d.match if d else key.upper()
        case = case_key(organization, organ, d, None) if d else f"{organization or UNKNOWN_ORG}|{match}"
        conn.execute(
            "UPDATE item_dnr SET printed = ?, match = ?, case_key = ? WHERE item_id = ? AND dnr = ?",
            (key, match, case, item_id, key),
        )
    return len(rows)
