"""Ärenden: the items that carry one case, found by any printed form of its number (`arkiv case`,
`/api/cases/{dnr}`), and the items of the same ärende as one item (`api.repo.related`).

Numbers are stored with their match form and case key (`indexer.store.cases`): one organization's
ärende whatever body handles it; a bare number of two bodies of one organization is the same ärende
only where the items' titles name the same matter (`same_subject`).
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from typing import TYPE_CHECKING

from api.decision import case_title, decision_text
from api.refs import REF_COLS as _REF_COLS
from api.refs import ref as _ref
from api.schemas import CaseDecision, CaseDetail, ItemRef
from indexer.segment.dnr import match_form, normalize_dnr, parse_dnr

if TYPE_CHECKING:
    from api.context import ArchiveContext

__all__ = ["get_case", "same_case", "same_subject"]


def _title_words(title: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-zåäöé]{4,}", (title or "").casefold())}


def same_subject(a: str | None, b: str | None) -> bool:
    """Two items' titles name the same matter: most of the shorter title's words are in the other."""
    wa, wb = _title_words(a), _title_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= max(2, (min(len(wa), len(wb)) + 1) // 2)


def _case_rows(conn: sqlite3.Connection, match: str, column: str = "match") -> list[sqlite3.Row]:
    """The items that carry the number (`column` "match": its match form, "dnr": its key), and for a
    document whose head prints it for the whole document (`document_dnr`), the document's first item."""
    rows = conn.execute(
        f"SELECT {_REF_COLS}, x.case_key, x.printed FROM item_dnr x JOIN items i ON i.id = x.item_id"
        f" JOIN documents d ON d.id = i.doc_id WHERE x.{column} = ? ORDER BY i.date IS NULL, i.date, i.id",
        (match,),
    ).fetchall()
    seen = {r["id"] for r in rows}
    own = conn.execute(
        f"SELECT {_REF_COLS}, x.case_key, x.printed FROM document_dnr x JOIN documents d ON d.id = x.doc_id"
        " JOIN items i ON i.doc_id = d.id AND i.seq = (SELECT MIN(seq) FROM items WHERE doc_id = d.id)"
        f" WHERE x.{column} = ?",
        (match,),
    ).fetchall()
    rows += [r for r in own if r["id"] not in seen]
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))


def _cases(rows: list[sqlite3.Row]) -> list[list[sqlite3.Row]]:
    """Rows grouped into ärenden: by case key, and a bare number's groups of one organization's bodies
    joined where their subjects match (`same_subject`)."""
    groups: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for r in rows:
        groups[r["case_key"]].append(r)
    merged: list[list[sqlite3.Row]] = []
    for key, g in groups.items():
        org, scope = key.split("|")[:2] if key.count("|") >= 3 else (key, "")
        home = next(
            (
                m
                for m in merged
                if scope.startswith("~")
                and m[0]["case_key"].split("|")[0] == org
                and m[0]["case_key"].split("|")[1].startswith("~")
                and any(same_subject(a["title"], b["title"]) for a in m for b in g)
            ),
            None,
        )
        if home is None:
            merged.append(list(g))
        else:
            home.extend(g)
    for m in merged:
        m.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))
    return merged


def get_case(ctx: ArchiveContext, dnr: str, organization: str | None = None) -> CaseDetail | None:
    """An ärende's items by date across documents and organs; None when no item carries the number.

    Args:
        ctx: The archive.
        dnr: The number in any printed form ("KS 2026/16", "2026.016 KS", "Dnr 2024/1").
        organization: Only this organization's ärende (several may use the same number).

    Returns:
        The ärende with the most items among those printed with this number (within `organization`
        if given); `others` names the other organizations' or bodies' ärenden with the same number.
    """
    conn = ctx.conn
    raw = dnr.strip()
    match = match_form(raw) or match_form(raw.upper())
    rows = _case_rows(conn, match) if match else []
    if not rows:  # an archive written before match forms, or a number no pattern reads
        rows = [
            r
            for key in dict.fromkeys(k for k in (normalize_dnr(raw), raw, raw.upper()) if k)
            for r in _case_rows(conn, key, "dnr")
        ]
    if organization:
        rows = [r for r in rows if (r["organization"] or "").casefold() == organization.casefold()]
    # The ärende with the most items first; between equals, the one printing the number as asked.
    key = normalize_dnr(raw) or raw
    groups = sorted(_cases(rows), key=lambda g: (len(g), any(r["printed"] == key for r in g)), reverse=True)
    if not groups:
        return None
    items = [ItemRef(**_ref(x)) for x in groups[0]]
    printed = list(dict.fromkeys(r["printed"] for r in groups[0] if r["printed"]))
    # Named by its fullest printed form: one with its series ("KS-2024-00444", not a kallelse's "2024-00444").
    full = [p for p in printed if (d := parse_dnr(p, bare=True)) and d.series]
    return CaseDetail(
        dnr=(full or printed or [raw])[0],
        title=case_title([(it.doc_type, it.title) for it in items]),
        decisions=_decisions(conn, groups[0], items),
        items=items,
        organs=list(dict.fromkeys(x.organ for x in items if x.organ)),
        organizations=list(dict.fromkeys(x.organization for x in items if x.organization)),
        printed=printed,
        others=[f"{g[0]['organization'] or '?'}, {g[0]['organ'] or '?'} ({len(g)})" for g in groups[1:]],
    )


def _decisions(conn: sqlite3.Connection, rows: list[sqlite3.Row], items: list[ItemRef]) -> list[CaseDecision]:
    """The decisions (or proposals) printed in the ärende's items, oldest first."""
    texts = dict(
        conn.execute(
            f"SELECT uid, text FROM items WHERE id IN ({','.join('?' * len(rows))})", [r["id"] for r in rows]
        ).fetchall()
    )
    return [
        CaseDecision(item_id=it.item_id, date=it.date, organ=it.organ, doc_type=it.doc_type, text=d)
        for it in items
        if (d := decision_text(texts.get(it.item_id) or ""))
    ]


def same_case(conn: sqlite3.Connection, iid: int, title: str) -> list[sqlite3.Row]:
    """Other items of the ärenden of item `iid` (see `related`), oldest first."""
    rows = conn.execute(
        f"SELECT {_REF_COLS}, GROUP_CONCAT(COALESCE(o.printed, o.dnr), ', ') AS dnrs FROM item_dnr s"
        " JOIN item_dnr o ON o.case_key = s.case_key AND o.item_id != s.item_id"
        " JOIN items i ON i.id = o.item_id JOIN documents d ON d.id = i.doc_id WHERE s.item_id = ?"
        " GROUP BY i.id ORDER BY i.date IS NULL, i.date, i.id",
        (iid,),
    ).fetchall()
    # A bare number ("Dnr 2024/1") of another body of the same organization: the same ärende only
    # where the subjects match.
    have = {x["id"] for x in rows}
    bare = conn.execute(
        f"SELECT {_REF_COLS}, COALESCE(o.printed, o.dnr) AS dnrs FROM item_dnr s"
        " JOIN item_dnr o ON o.match = s.match AND o.case_key != s.case_key AND o.item_id != s.item_id"
        " JOIN items i ON i.id = o.item_id JOIN documents d ON d.id = i.doc_id"
        " WHERE s.item_id = ? AND s.case_key LIKE '%|~%' AND o.case_key LIKE '%|~%'"
        " AND substr(o.case_key, 1, instr(o.case_key, '|')) = substr(s.case_key, 1, instr(s.case_key, '|'))",
        (iid,),
    ).fetchall()
    extra = [x for x in bare if x["id"] not in have and same_subject(title, x["title"])]
    both = list({x["id"]: x for x in [*rows, *extra]}.values())
    return sorted(both, key=lambda x: (x["date"] is None, x["date"] or "", x["id"]))
