"""Meetings on the read path: a meeting's documents, attendance and agenda, and lists of meetings.

A meeting's agenda follows its main document (the protokoll when the archive has one, else the
kallelse, else whatever it has) in printed order; the same ärende's rows in the meeting's other
documents are folded into each row (`api.dedup`), and rows found only in another document follow.
Attendance is what the meeting's documents list: each person once, with every role printed for
them, ordered as minutes list them (chair first, members, serving substitutes, substitutes,
officials).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import PurePath
from typing import Any

import numpy as np

from api.context import ArchiveContext
from api.dedup import groups_of
from api.facets import party_label
from api.schemas import AgendaItem, AlsoRef, Attendee, MeetingDetail, MeetingDocument, MeetingRef
from api.urls import original_url

#: The order attendance is listed in (a person is placed by their first role in this list).
ROLE_ORDER = (
    "ordförande", "vice ordförande", "andre vice ordförande", "ledamot", "tjänstgörande ersättare",
    "ersättare", "justerare", "sekreterare", "tjänsteperson", "föredragande", "närvarande",
)  # fmt: skip
_DOC_ORDER = {"protokoll": 0, "kallelse": 1}
_REF = (
    "SELECT m.id, m.uid, m.organization, m.organ, m.date,"
    " (SELECT group_concat(DISTINCT d.doc_type) FROM documents d WHERE d.meeting_id = m.id) AS doc_types,"
    " (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id) AS n_items FROM meetings m"
)


def _ref(r: sqlite3.Row) -> MeetingRef:
    return MeetingRef(
        meeting_id=r["uid"],
        organization=r["organization"],
        organ=r["organ"],
        date=r["date"],
        doc_types=sorted((r["doc_types"] or "").split(",") if r["doc_types"] else [], key=_doc_rank),
        n_items=r["n_items"],
    )


def _doc_rank(doc_type: str | None) -> tuple[int, str]:
    return _DOC_ORDER.get(doc_type or "", 2), doc_type or ""


def list_meetings(
    ctx: ArchiveContext,
    *,
    organization: str | None = None,
    organ: str | None = None,
    year: int | None = None,
    limit: int = 500,
) -> list[MeetingRef]:
    """Meetings, newest first, of one organization and/or organ and/or year."""
    where, params = ["1"], []
    for col, value in (("m.organization", organization), ("m.organ", organ)):
        if value:
            where.append(f"{col} = ?")
            params.append(value)
    if year:
        where.append("m.date LIKE ?")
        params.append(f"{int(year):04d}-%")
    rows = ctx.conn.execute(
        f"{_REF} WHERE {' AND '.join(where)} ORDER BY m.date DESC, m.organ LIMIT ?", (*params, limit)
    )
    return [_ref(r) for r in rows]


def _neighbour(conn: sqlite3.Connection, r: sqlite3.Row, newer: bool) -> MeetingRef | None:
    op, order = (">", "ASC") if newer else ("<", "DESC")
    row = conn.execute(
        f"{_REF} WHERE m.organ = ? AND m.organization IS ? AND m.date {op} ? ORDER BY m.date {order} LIMIT 1",
        (r["organ"], r["organization"], r["date"]),
    ).fetchone()
    return _ref(row) if row else None


def _documents(conn: sqlite3.Connection, meeting: int) -> list[MeetingDocument]:
    rows = conn.execute(
        "SELECT d.id, d.doc_type, d.source, (SELECT COUNT(*) FROM items i WHERE i.doc_id = d.id) AS n,"
        " (SELECT uid FROM items i WHERE i.doc_id = d.id ORDER BY seq LIMIT 1) AS first FROM documents d"
        " WHERE d.meeting_id = ? OR d.id IN (SELECT doc_id FROM items WHERE meeting_id = ?)",
        (meeting, meeting),
    ).fetchall()
    docs = [
        MeetingDocument(
            doc_type=r["doc_type"],
            file_name=PurePath(r["source"]).name,
            n_items=r["n"],
            first_item_id=r["first"],
            original_url=original_url(r["id"]),
        )
        for r in rows
    ]
    return sorted(docs, key=lambda d: (_doc_rank(d.doc_type), d.file_name))


def _attendance(conn: sqlite3.Connection, meeting: int) -> tuple[list[Attendee], list[Attendee]]:
    people: dict[int, dict[str, Any]] = {}
    for a in conn.execute(
        "SELECT a.person_id, p.name, a.party, p.party AS person_party, a.roles, a.title, a.replaces"
        " FROM appearances a"
        " JOIN persons p ON p.id = a.person_id JOIN documents d ON d.id = a.doc_id WHERE d.meeting_id = ?"
        " ORDER BY d.id",
        (meeting,),
    ):
        p = people.setdefault(
            a["person_id"], {"name": a["name"], "party": None, "roles": [], "title": None, "replaces": None}
        )
        p["party"] = p["party"] or a["party"] or a["person_party"]
        p["title"] = p["title"] or a["title"]
        p["replaces"] = p["replaces"] or a["replaces"]
        p["roles"] += [r for r in json.loads(a["roles"] or "[]") if r not in p["roles"]]
    out = [Attendee(person_id=pid, party_label=party_label(p["party"]), **p) for pid, p in people.items()]

    def rank(a: Attendee) -> tuple[int, str]:
        first = min((ROLE_ORDER.index(r) for r in a.roles if r in ROLE_ORDER), default=len(ROLE_ORDER))
        return first, a.name

    listed = sorted((a for a in out if a.roles), key=rank)
    return listed, sorted((a for a in out if not a.roles), key=lambda a: a.name)


def _agenda(ctx: ArchiveContext, meeting: int) -> list[AgendaItem]:
    from api.repo import REF_COLS, ref_fields

    rows = ctx.conn.execute(
        f"SELECT {REF_COLS}, (SELECT group_concat(dnr, '|') FROM item_dnr x WHERE x.item_id = i.id) AS dnrs,"
        " i.seq FROM items i JOIN documents d ON d.id = i.doc_id WHERE i.meeting_id = ?",
        (meeting,),
    ).fetchall()
    if not rows:
        return []
    cols = ctx.columns
    groups = groups_of(ctx.conn, cols)
    ids = np.asarray([r["id"] for r in rows], np.int64)
    group_of = dict(zip(ids.tolist(), groups.of_row[np.maximum(cols.rows(ids), 0)].tolist(), strict=True))
    ordered = sorted(rows, key=lambda r: (_doc_rank(r["doc_type"]), r["doc_id"], r["seq"]))
    by_group: dict[int, list[sqlite3.Row]] = {}
    for r in ordered:
        by_group.setdefault(group_of[r["id"]], []).append(r)
    out = []
    for members in by_group.values():  # in the order of each group's first (main-document) row
        head, rest = members[0], members[1:]
        out.append(
            AgendaItem(
                **ref_fields(head),
                diarienummer=sorted((head["dnrs"] or "").split("|")) if head["dnrs"] else [],
                also=[
                    AlsoRef(item_id=x["uid"], number=x["number"], title=x["title"], doc_type=x["doc_type"])
                    for x in rest
                ],
            )
        )
    return out


def get_meeting(ctx: ArchiveContext, meeting_id: str) -> MeetingDetail | None:
    """A meeting by its public id, with documents, attendance, agenda and neighbours; None when unknown."""
    conn = ctx.conn
    r = conn.execute(f"{_REF} WHERE m.uid = ?", (meeting_id,)).fetchone()
    if r is None:
        return None
    attendance, mentioned = _attendance(conn, r["id"])
    return MeetingDetail(
        **_ref(r).model_dump(),
        documents=_documents(conn, r["id"]),
        attendance=attendance,
        mentioned=mentioned,
        agenda=_agenda(ctx, r["id"]),
        previous=_neighbour(conn, r, newer=False),
        next=_neighbour(conn, r, newer=True),
    )
