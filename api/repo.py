"""Look-ups of the read path: items, related items, persons, cases, archive statistics.

The web/API layer (helper D) calls these and never writes SQL of its own.
Public item ids are `items.uid` strings; person ids are `persons.id`.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict

from api.cases import get_case as get_case  # re-exported: the routers and the CLI look cases up here
from api.cases import same_case
from api.context import ArchiveContext
from api.filters import Filters
from api.neighbours import mutual_neighbours
from api.refs import REF_COLS as _REF_COLS
from api.refs import REF_FROM as _REF_FROM
from api.refs import ref as _ref
from api.schemas import (
    ActionEntry,
    ActionOut,
    ItemDetail,
    ItemRef,
    PartyActionOut,
    PersonDetail,
    PersonRef,
    PersonSummary,
    RelatedItem,
    Stats,
    VoteEntry,
    VoteOut,
)
from api.urls import original_url

#: For other read-path modules (meetings): the item columns and their ItemRef fields.
REF_COLS = _REF_COLS
ref_fields = _ref


def _item_row(conn: sqlite3.Connection, uid: str) -> sqlite3.Row | None:
    return conn.execute(
        f"SELECT {_REF_COLS}, i.text, i.page, i.page_end, i.ocr_confidence, d.fmt, d.public_url,"
        " d.masked_personnummer"
        f" FROM {_REF_FROM} WHERE i.uid = ?",
        (uid,),
    ).fetchone()


#: How the item page names an original's format.
_FORMAT_LABELS = {"pdf": "PDF", "docx": "Word", "html": "HTML", "md": "text", "txt": "text"}


def get_item(ctx: ArchiveContext, item_id: str) -> ItemDetail | None:
    """An item with its text, diarienummer, people, actions and entities; None when unknown."""
    conn = ctx.conn
    r = _item_row(conn, item_id)
    if r is None:
        return None
    iid = r["id"]
    dnrs = [x[0] for x in conn.execute("SELECT dnr FROM item_dnr WHERE item_id = ? ORDER BY dnr", (iid,))]
    persons = [
        PersonRef(person_id=p["id"], name=p["name"], party=p["party"])
        for p in conn.execute(
            "SELECT p.id, p.name, p.party FROM mentions m JOIN persons p ON p.id = m.person_id"
            " WHERE m.item_id = ? ORDER BY p.name",
            (iid,),
        )
    ]
    actions = [
        ActionOut(person_id=a["person_id"], person=a["name"], kind=a["kind"], evidence=a["evidence"])
        for a in conn.execute(
            "SELECT a.person_id, p.name, a.kind, a.evidence FROM actions a"
            " JOIN persons p ON p.id = a.person_id WHERE a.item_id = ? ORDER BY a.id",
            (iid,),
        )
    ]
    party_actions = [
        PartyActionOut(party=a["party"], kind=a["kind"], evidence=a["evidence"])
        for a in conn.execute(
            "SELECT party, kind, evidence FROM party_actions WHERE item_id = ? ORDER BY id", (iid,)
        )
    ]
    votes = [
        VoteOut(
            person_id=v["person_id"], person=v["name"], party=v["party"], round=v["round"], vote=v["vote"]
        )
        for v in conn.execute(
            "SELECT v.person_id, p.name, v.party, v.round, v.vote FROM votes v"
            " JOIN persons p ON p.id = v.person_id"
            " WHERE v.item_id = ? ORDER BY v.round, v.rowid",
            (iid,),
        )
    ]
    entities = [
        {"label": e["label"], "text": e["text"], "norm": e["norm"], "start": e["start"], "end": e["end"]}
        for e in conn.execute(
            'SELECT label, text, norm, start, "end" FROM entities WHERE item_id = ? ORDER BY start', (iid,)
        )
    ]
    return ItemDetail(
        **_ref(r),
        text=r["text"],
        page=r["page"],
        page_end=r["page_end"],
        ocr_confidence=r["ocr_confidence"],
        # An original that held a personnummer is neither kept nor shown (the text is masked, the file
        # is not).
        original_url=None if r["masked_personnummer"] else original_url(r["doc_id"], r["page"]),
        original_format=_FORMAT_LABELS.get(r["fmt"] or "", r["fmt"]),
        public_url=r["public_url"],
        diarienummer=dnrs,
        persons=persons,
        actions=actions,
        party_actions=party_actions,
        votes=votes,
        entities=entities,
    )


def related(ctx: ArchiveContext, item_id: str, limit: int = 10) -> list[RelatedItem] | None:
    """Items related to one item: same case first, then similar items of other documents.

    Same case: every other item of the same ärende (`item_dnr.case_key`: the same number within the
    same organization; a bare number of another body of the organization only where the subjects
    match), oldest first, reason "same diarienummer X".
    Similar: semantic neighbours from other documents that pass `api.neighbours.mutual_neighbours`
    (each stands out for the other by >= Settings.related_min_z standard deviations), most
    mutual first, reason "similar content (0.87)" with their cosine similarity. Never the item
    itself. None when the item is unknown.
    """
    conn = ctx.conn
    r = _item_row(conn, item_id)
    if r is None:
        return None
    iid, doc_id = r["id"], r["doc_id"]
    out: list[RelatedItem] = []
    seen = {iid}
    for c in same_case(conn, iid, r["title"]):
        seen.add(c["id"])
        out.append(RelatedItem(**_ref(c), reason=f"same diarienummer {c['dnrs']}", kind="case", score=None))
    if len(out) >= limit:
        return out[:limit]
    index = ctx.index
    if index is None:
        return out
    wanted = [n for n in mutual_neighbours(ctx, iid, max(limit * 5, 50)) if n.item not in seen]
    if wanted:
        q = ",".join("?" * len(wanted))
        rows = {
            x["id"]: x
            for x in conn.execute(
                f"SELECT {_REF_COLS} FROM {_REF_FROM} WHERE i.id IN ({q})", [n.item for n in wanted]
            )
        }
        for n in wanted:
            x = rows.get(n.item)
            if x is None or x["doc_id"] == doc_id:
                continue  # the same document's other items are its neighbours on paper, not "related"
            out.append(
                RelatedItem(
                    **_ref(x),
                    reason=f"similar content ({n.cosine:.2f})",
                    kind="semantic",
                    score=round(n.cosine, 4),
                )
            )
            if len(out) >= limit:
                break
    return out[:limit]


def newest_items(ctx: ArchiveContext, limit: int = 20, filters: Filters | None = None) -> list[ItemRef]:
    """The newest items (by meeting date) within the filters, e.g. for feeds."""
    where, params = (filters or Filters()).sql_clause("i")
    rows = ctx.conn.execute(
        f"SELECT {_REF_COLS} FROM {_REF_FROM} WHERE {where}"
        " ORDER BY i.date IS NULL, i.date DESC, i.id DESC LIMIT ?",
        (*params, limit),
    )
    return [ItemRef(**_ref(x)) for x in rows]


def stats(ctx: ArchiveContext) -> Stats:
    """What the archive holds: counts, organizations, organs, years, document types, date range, model."""
    conn = ctx.conn

    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    def groups(col: str) -> dict[str, int]:
        rows = conn.execute(
            f"SELECT {col}, COUNT(*) FROM items WHERE {col} IS NOT NULL GROUP BY {col} ORDER BY COUNT(*) DESC"
        )
        return {str(k): int(n) for k, n in rows}

    dmin, dmax = conn.execute("SELECT MIN(date), MAX(date) FROM items").fetchone()
    years = dict(sorted(groups("year").items()))
    return Stats(
        documents=one("SELECT COUNT(*) FROM documents"),
        items=one("SELECT COUNT(*) FROM items"),
        persons=one("SELECT COUNT(*) FROM persons"),
        cases=one("SELECT COUNT(DISTINCT dnr) FROM item_dnr"),
        organizations=groups("organization"),
        organs=groups("organ"),
        years=years,
        doc_types=groups("doc_type"),
        date_min=dmin,
        date_max=dmax,
        model=ctx.model_id,
        built_at=ctx.manifest.get("built_at"),
    )


# -- persons ------------------------------------------------------------------------------------------


def find_persons(ctx: ArchiveContext, q: str, limit: int = 20) -> list[PersonSummary]:
    """Persons whose name or a spelling matches `q` fuzzily ("hamberg" finds Robert Hamberg), best first."""
    from rapidfuzz import fuzz, process, utils

    q = (q or "").strip()
    if not q:
        return []
    conn = ctx.conn
    choices: dict[int, str] = {}
    owner: list[int] = []
    for k, (pid, spelling) in enumerate(
        conn.execute("SELECT id, name FROM persons UNION SELECT person_id, spelling FROM person_spellings")
    ):
        choices[k] = spelling
        owner.append(pid)
    best: dict[int, float] = {}
    hits = process.extract(
        q, choices, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit * 4, score_cutoff=75
    )
    for _, score, k in hits:
        pid = owner[k]
        best[pid] = max(best.get(pid, 0.0), float(score))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])[:limit]
    return [_summary(conn, pid, score) for pid, score in ranked]


def _summary(conn: sqlite3.Connection, pid: int, score: float | None = None) -> PersonSummary:
    p = conn.execute("SELECT id, name, party FROM persons WHERE id = ?", (pid,)).fetchone()
    parties = [r[0] for r in conn.execute(
        "SELECT party FROM appearances WHERE person_id = ? AND party IS NOT NULL GROUP BY party"
        " ORDER BY COUNT(*) DESC", (pid,))]  # fmt: skip
    n_items = int(conn.execute("SELECT COUNT(*) FROM mentions WHERE person_id = ?", (pid,)).fetchone()[0])
    return PersonSummary(
        person_id=p["id"],
        name=p["name"],
        party=p["party"],
        parties=parties or ([p["party"]] if p["party"] else []),
        n_items=n_items,
        score=round(score, 1) if score is not None else None,
    )


def get_person(ctx: ArchiveContext, person_id: int) -> PersonDetail | None:
    """Everything known about a person: parties, organs, roles, actions by kind, mentions per year."""
    conn = ctx.conn
    if conn.execute("SELECT 1 FROM persons WHERE id = ?", (person_id,)).fetchone() is None:
        return None
    base = _summary(conn, person_id)
    spellings = [
        r[0]
        for r in conn.execute(
            "SELECT spelling FROM person_spellings WHERE person_id = ? ORDER BY spelling", (person_id,)
        )
    ]
    roles: Counter[str] = Counter()
    titles: list[str] = []
    organs: list[str] = []
    organizations: list[str] = []
    for a in conn.execute(
        "SELECT a.roles, a.title, a.affiliation, d.organ, d.organization FROM appearances a"
        " JOIN documents d ON d.id = a.doc_id WHERE a.person_id = ? ORDER BY d.date",
        (person_id,),
    ):
        roles.update(json.loads(a["roles"] or "[]"))
        for lst, v in ((titles, a["title"]), (organs, a["organ"]), (organizations, a["organization"])):
            if v and v not in lst:
                lst.append(v)
    actions: dict[str, list[ActionEntry]] = defaultdict(list)
    for x in conn.execute(
        f"SELECT {_REF_COLS}, a.kind FROM actions a JOIN items i ON i.id = a.item_id"
        " JOIN documents d ON d.id = i.doc_id WHERE a.person_id = ?"
        " ORDER BY i.date IS NULL, i.date DESC, i.id",
        (person_id,),
    ):
        actions[x["kind"]].append(ActionEntry(**_ref(x), kind=x["kind"]))
    votes = [
        VoteEntry(**_ref(x), vote=x["vote"], round=x["round"])
        for x in conn.execute(
            f"SELECT {_REF_COLS}, v.vote, v.round FROM votes v JOIN items i ON i.id = v.item_id"
            " JOIN documents d ON d.id = i.doc_id WHERE v.person_id = ?"
            " ORDER BY i.date IS NULL, i.date DESC, i.id, v.round",
            (person_id,),
        )
    ]
    items = [
        ItemRef(**_ref(x))
        for x in conn.execute(
            f"SELECT {_REF_COLS} FROM mentions m JOIN items i ON i.id = m.item_id"
            " JOIN documents d ON d.id = i.doc_id WHERE m.person_id = ?"
            " ORDER BY i.date IS NULL, i.date DESC, i.id",
            (person_id,),
        )
    ]
    per_year = Counter(str(it.year) for it in items if it.year)
    return PersonDetail(
        **base.model_dump(),
        spellings=spellings,
        organs=organs,
        organizations=organizations,
        roles=[r for r, _ in roles.most_common()],
        titles=titles,
        actions=dict(actions),
        votes=votes,
        mentions_per_year=dict(sorted(per_year.items())),
        items=items,
    )


def resolve_person(ctx: ArchiveContext, name: str) -> PersonDetail | None:
    """The best fuzzy match for a name, in full; None when nobody matches."""
    hits = find_persons(ctx, name, limit=1)
    return get_person(ctx, hits[0].person_id) if hits else None
