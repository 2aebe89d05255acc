"""One ärende, one row: the kallelse row and the protocol paragraph of one meeting are one result.

Two items of different documents of the same meeting (`items.meeting_id`) are one group when
they share a diarienummer, or, for items without a shared number, when their titles are the
same once numbers, punctuation and case are set aside (a kallelse row and the paragraph that
decided it: "7. Donation av fioler till Kulturskolan" and "§33 Donation av fioler till
Kulturskolan"). A key held by two items of one document (one protocol's two paragraphs on one
case) groups nothing: those are two rows of the agenda.

Groups are computed once per archive state (`Columns.memo`) from the meetings with more than one
document, so a million-item archive pays for the few thousand meetings that have both a
kallelse and a protokoll, not for every item. A result list keeps the best-placed item of each
group and names the others (`SearchResult.also`); facets count each group once per value.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from api.columns import Columns

_NOISE = re.compile(r"[\W\d_]+")


def title_key(title: str) -> str:
    """A title without numbers, punctuation, case or spacing ("§33 Donation av fioler" -> "donation av
    fioler")."""
    return _NOISE.sub(" ", title.casefold()).strip()


@dataclass
class Groups:
    """The dedup groups of one archive state."""

    of_row: np.ndarray  # group code of each column row (a row alone is its own group: its row)
    members: dict[int, list[int]]  # group code -> rows, for the groups of more than one item
    grouped: np.ndarray  # bool per row: the row belongs to a group of more than one item


def _root(parent: dict[int, int], x: int) -> int:
    while parent.get(x, x) != x:
        x = parent[x]
    return x


def _union(parent: dict[int, int], a: int, b: int) -> None:
    ra, rb = _root(parent, a), _root(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _keys(conn: sqlite3.Connection) -> dict[tuple[int, str, str], dict[int, list[int]]]:
    """(meeting, kind, key) -> document -> item ids holding it, over meetings of several documents."""
    rows = conn.execute(
        "SELECT i.id, i.meeting_id, i.doc_id, i.title, group_concat(x.dnr, '|') FROM items i"
        " LEFT JOIN item_dnr x ON x.item_id = i.id"
        " WHERE i.meeting_id IN (SELECT meeting_id FROM items WHERE meeting_id IS NOT NULL"
        "   GROUP BY meeting_id HAVING COUNT(DISTINCT doc_id) > 1)"
        " GROUP BY i.id"
    )
    keys: dict[tuple[int, str, str], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for item_id, meeting, doc_id, title, dnrs in rows:
        for dnr in (dnrs or "").split("|"):
            if dnr:
                keys[(meeting, "dnr", dnr)][doc_id].append(item_id)
        if t := title_key(title or ""):
            keys[(meeting, "title", t)][doc_id].append(item_id)
    return keys


def compute_groups(conn: sqlite3.Connection, cols: Columns) -> Groups:
    """The dedup groups of the archive (see the module docstring)."""
    parent: dict[int, int] = {}
    for by_doc in _keys(conn).values():
        if len(by_doc) < 2 or any(len(ids) != 1 for ids in by_doc.values()):
            continue  # one document only, or ambiguous within a document
        first, *rest = (ids[0] for ids in by_doc.values())
        for other in rest:
            _union(parent, first, other)
    of_row = np.arange(cols.n, dtype=np.int64)
    grouped = np.zeros(cols.n, dtype=bool)
    members: dict[int, list[int]] = defaultdict(list)
    if parent:
        items = np.fromiter(parent.keys(), np.int64, count=len(parent))
        roots = np.array([_root(parent, int(i)) for i in items.tolist()], np.int64)
        item_rows, root_rows = cols.rows(items), cols.rows(roots)
        ok = (item_rows >= 0) & (root_rows >= 0)
        of_row[item_rows[ok]] = root_rows[ok]
        for r, g in zip(item_rows[ok].tolist(), root_rows[ok].tolist(), strict=True):
            members[g].append(r)
        for g in list(members):
            members[g] = sorted({g, *members[g]})
            grouped[members[g]] = True
    return Groups(of_row=of_row, members=dict(members), grouped=grouped)


def groups_of(conn: sqlite3.Connection, cols: Columns) -> Groups:
    """The groups of this archive state, computed on first use."""
    return cols.memo("dedup_groups", lambda: compute_groups(conn, cols))


def first_of_groups(rows: np.ndarray, groups: Groups) -> np.ndarray:
    """Positions in `rows` (a ranked list) of the first row of each group, in rank order."""
    if not len(rows):
        return np.zeros(0, np.int64)
    _, first = np.unique(groups.of_row[rows], return_index=True)
    return np.sort(first)


def prefer_protocol(ids: np.ndarray, heads: np.ndarray, groups: Groups, cols: Columns) -> np.ndarray:
    """`ids` with each folded row led by its protocol paragraph (the decision) when the group's protocol
    item is among `ids`: the two swap places, so the row keeps its rank and the set is unchanged."""
    protocol = cols.scalar["doc_type"].index.get("protokoll")
    if not groups.members or not len(heads) or protocol is None:
        return ids
    codes = cols.scalar["doc_type"].codes
    rows = cols.rows(ids)
    in_groups = np.flatnonzero((rows >= 0) & groups.grouped[np.maximum(rows, 0)])  # positions, few
    if not len(in_groups):
        return ids
    pos_of = {int(rows[i]): int(i) for i in in_groups.tolist()}
    out = ids.copy()
    for h in heads[np.isin(heads, in_groups)].tolist():
        r = int(rows[h])
        if codes[r] == protocol:
            continue
        best = next(
            (m for m in groups.members[int(groups.of_row[r])] if codes[m] == protocol and m in pos_of), None
        )
        if best is not None:
            j = pos_of[best]
            out[h], out[j] = out[j], out[h]
    return out
