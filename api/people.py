"""People on the read path as lists: everyone by organ and party, a party's people, an organ's members.

Counts are of items a person appears in (mentions). Namesakes — two people of one name, told
apart by the indexer because they belong to different organizations (`indexer.store.identity`)
— are listed with where each of them is from, so a reader can pick the right one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from api.context import ArchiveContext
from api.facets import party_label


@dataclass
class PersonRow:
    """A person in a list."""

    person_id: int
    name: str
    party: str | None
    party_label: str
    n_items: int
    roles: list[str] = field(default_factory=list)
    where: str = ""  # organizations, shown for namesakes
    namesake: bool = False


@dataclass
class PeopleOverview:
    """Everyone, grouped by organization and organ, and how many per party."""

    by_organ: list[tuple[str, str, list[PersonRow]]]  # (organization, organ, people)
    parties: list[tuple[str, str, int]]  # (code, label, people)
    total: int


def _rows(ctx: ArchiveContext, where: str = "1", params: tuple[object, ...] = ()) -> dict[int, PersonRow]:
    conn = ctx.conn
    out: dict[int, PersonRow] = {}
    for r in conn.execute(
        "SELECT p.id, p.name, p.party, (SELECT COUNT(*) FROM mentions m WHERE m.person_id = p.id) AS n"
        f" FROM persons p WHERE {where}",
        params,
    ):
        out[r["id"]] = PersonRow(r["id"], r["name"], r["party"], party_label(r["party"]), r["n"])
    names: dict[str, list[int]] = defaultdict(list)
    for pid, p in out.items():
        names[p.name].append(pid)
    for pids in names.values():
        if len(pids) > 1:
            for pid in pids:
                orgs = [x[0] for x in conn.execute(
                    "SELECT DISTINCT d.organization FROM appearances a JOIN documents d ON d.id = a.doc_id"
                    " WHERE a.person_id = ? AND d.organization IS NOT NULL", (pid,))]  # fmt: skip
                out[pid].where, out[pid].namesake = ", ".join(orgs), True
    return out


def people_overview(ctx: ArchiveContext) -> PeopleOverview:
    """Everyone listed with a role in some document, by organization and organ (most items first)."""
    people = _rows(ctx)
    groups: dict[tuple[str, str], dict[int, PersonRow]] = defaultdict(dict)
    for r in ctx.conn.execute(
        "SELECT a.person_id, a.roles, d.organization, d.organ FROM appearances a"
        " JOIN documents d ON d.id = a.doc_id WHERE a.roles != '[]'"
    ):
        p = people.get(r["person_id"])
        if p is None:
            continue
        key = (r["organization"] or "Okänd organisation", r["organ"] or "Okänt organ")
        row = groups[key].setdefault(p.person_id, PersonRow(**{**p.__dict__, "roles": []}))
        row.roles += [x for x in json.loads(r["roles"]) if x not in row.roles]
    by_organ = [
        (org, organ, sorted(rows.values(), key=lambda p: (-p.n_items, p.name)))
        for (org, organ), rows in sorted(groups.items())
    ]
    per_party: dict[str, int] = defaultdict(int)
    for p in people.values():
        if p.party:
            per_party[p.party] += 1
    parties = sorted(((c, party_label(c), n) for c, n in per_party.items()), key=lambda x: (-x[2], x[0]))
    return PeopleOverview(by_organ=by_organ, parties=parties, total=len(people))


def party_people(ctx: ArchiveContext, code: str) -> list[PersonRow]:
    """The people of one party (their recorded party), most items first."""
    rows = _rows(ctx, "p.party = ?", (code,))
    return sorted(rows.values(), key=lambda p: (-p.n_items, p.name))


def organ_people(ctx: ArchiveContext, organization: str, organ: str) -> list[PersonRow]:
    """The people listed with a role in an organ's documents, with their roles there, most items first."""
    people = _rows(ctx)
    out: dict[int, PersonRow] = {}
    for r in ctx.conn.execute(
        "SELECT a.person_id, a.roles FROM appearances a JOIN documents d ON d.id = a.doc_id"
        " WHERE d.organization = ? AND d.organ = ? AND a.roles != '[]'",
        (organization, organ),
    ):
        p = people.get(r["person_id"])
        if p is not None:
            row = out.setdefault(p.person_id, PersonRow(**{**p.__dict__, "roles": []}))
            row.roles += [x for x in json.loads(r["roles"]) if x not in row.roles]
    return sorted(out.values(), key=lambda p: (-p.n_items, p.name))
