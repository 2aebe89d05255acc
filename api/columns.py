"""Facet columns held in memory: the cheap way to filter and count over any match set.

Each item's year, organization, organ and doc_type become small integer codes
in numpy arrays (one row per item, in id order), and the multi-valued facets
(party, person, kommun) become (row, code) pairs. Then

- a filter is a boolean mask over rows (the semantic side's allowed ids), and
- a facet over a match set of N items is one `np.bincount`,

so facet counts cost O(matches) in C rather than one SQL GROUP BY per facet.
The columns are read once per archive generation (`api.context` reloads them
when the manifest changes after an `arkiv index`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from api.filters import MULTI, SCALAR, Filters

T = TypeVar("T")


@dataclass
class _Scalar:
    codes: np.ndarray  # int32 per row, -1 = no value
    values: list[str]
    index: dict[str, int]


@dataclass
class _Multi:
    rows: np.ndarray  # int32 row of each (item, value) pair
    codes: np.ndarray  # int32 value code of each pair
    values: list[str]
    index: dict[str, int]
    # The same pairs grouped by row (CSR): the codes of row r are by_row[start[r]:start[r + 1]].
    by_row: np.ndarray | None = None
    start: np.ndarray | None = None

    def index_rows(self, n: int) -> None:
        """Build the by-row view, so a small match set is counted without touching every pair."""
        order = np.argsort(self.rows, kind="stable")
        self.by_row = self.codes[order]
        self.start = np.concatenate([[0], np.cumsum(np.bincount(self.rows, minlength=n))]).astype(np.int64)

    def codes_of(self, rows: np.ndarray) -> np.ndarray:
        """The value codes of the items at `rows` (one per pair), read through the by-row view."""
        assert self.by_row is not None and self.start is not None
        first, lens = self.start[rows], self.start[rows + 1] - self.start[rows]
        total = int(lens.sum())
        if not total:
            return np.zeros(0, np.int32)
        # position of each wanted pair: its row's first pair + its rank within the row
        offsets = np.repeat(first - np.concatenate([[0], np.cumsum(lens)[:-1]]), lens)
        return self.by_row[offsets + np.arange(total)]


#: Below this fraction of the archive, a match set's multi-valued facets are read row by row
#: (O(matches)); above it one pass over every pair is cheaper.
SPARSE_FRACTION = 0.1


def _id_list(text: str | None) -> np.ndarray:
    """Parse a group_concat of ids (one string from SQLite: no Python object per row)."""
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, np.int64)


class Columns:
    """Item facets and filters as arrays, for one state of the archive.

    Loaded value by value: one `group_concat` of item ids per distinct value (the facet columns are
    indexed), so a million items load in seconds without a Python object per row.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.ids = np.sort(_id_list(conn.execute("SELECT group_concat(id) FROM items").fetchone()[0]))
        max_id = int(self.ids.max()) if len(self.ids) else 0
        # item id -> row; -1 for ids that are not items (deleted, never assigned)
        self.row_of = np.full(max_id + 1, -1, dtype=np.int64)
        self.row_of[self.ids] = np.arange(len(self.ids))
        self.scalar: dict[str, _Scalar] = {name: self._load_scalar(conn, name) for name in SCALAR}
        self.multi: dict[str, _Multi] = {name: self._load_multi(conn, name) for name in MULTI}
        self.dates = self._load_dates(conn)
        self._totals: dict[str, np.ndarray] = {}  # counts over every item, per facet (filled on use)
        self._memo: dict[str, Any] = {}
        self._memo_lock = threading.Lock()

    def _load_dates(self, conn: sqlite3.Connection) -> np.ndarray:
        """Meeting date of each row as an int yyyymmdd (0 when unknown), for date ranges and date order."""
        out = np.zeros(len(self.ids), dtype=np.int32)
        groups = conn.execute(
            "SELECT date, group_concat(id) FROM items"
            " WHERE date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
            " GROUP BY date"
        )
        for date, ids in groups:
            rows = self.rows(_id_list(ids))
            out[rows[rows >= 0]] = int(date[:10].replace("-", ""))
        return out

    def memo(self, key: str, make: Callable[[], T]) -> T:
        """A value derived from this archive state, made once (e.g. the dedup groups, `api.dedup`)."""
        with self._memo_lock:
            if key not in self._memo:
                self._memo[key] = make()
            return self._memo[key]

    def _load_scalar(self, conn: sqlite3.Connection, col: str) -> _Scalar:
        codes = np.full(len(self.ids), -1, dtype=np.int32)
        index: dict[str, int] = {}
        # col is one of the fixed SCALAR names, never user input
        groups = conn.execute(
            f"SELECT {col}, group_concat(id) FROM items"
            f" WHERE {col} IS NOT NULL AND {col} != '' GROUP BY {col}"
        )
        for value, ids in groups:
            code = index.setdefault(str(value), len(index))
            rows = self.rows(_id_list(ids))
            codes[rows[rows >= 0]] = code
        return _Scalar(codes=codes, values=list(index), index=index)

    def _load_multi(self, conn: sqlite3.Connection, facet: str) -> _Multi:
        index: dict[str, int] = {}
        all_rows: list[np.ndarray] = []
        all_codes: list[np.ndarray] = []
        groups = conn.execute(
            "SELECT value, group_concat(item_id) FROM item_facets WHERE facet = ? GROUP BY value", (facet,)
        )
        for value, ids in groups:
            rows = self.rows(_id_list(ids))
            rows = rows[rows >= 0]
            all_rows.append(rows.astype(np.int32))
            all_codes.append(np.full(len(rows), index.setdefault(value, len(index)), dtype=np.int32))
        rows_arr = np.concatenate(all_rows) if all_rows else np.zeros(0, np.int32)
        codes_arr = np.concatenate(all_codes) if all_codes else np.zeros(0, np.int32)
        m = _Multi(rows=rows_arr, codes=codes_arr, values=list(index), index=index)
        m.index_rows(len(self.ids))
        return m

    @property
    def n(self) -> int:
        """Number of items."""
        return len(self.ids)

    def rows(self, item_ids: np.ndarray) -> np.ndarray:
        """Rows of these item ids (-1 for unknown ids)."""
        item_ids = np.asarray(item_ids, dtype=np.int64)
        if not len(item_ids):
            return np.zeros(0, np.int64)
        if item_ids.min() >= 0 and item_ids.max() < len(self.row_of):  # the usual case: one gather
            return self.row_of[item_ids]
        out = np.full(len(item_ids), -1, dtype=np.int64)
        ok = (item_ids >= 0) & (item_ids < len(self.row_of))
        out[ok] = self.row_of[item_ids[ok]]
        return out

    def allowed(self, filters: Filters) -> np.ndarray | None:
        """Boolean mask over rows of the items the filters allow; None when no filter is set.

        Several values of one facet are OR, different facets (and the date range) AND.
        """
        if not filters.active():
            return None
        mask = np.ones(self.n, dtype=bool)
        for name, values in filters.facets().items():
            mask &= self._facet_mask(name, values)
        if filters.date_from or filters.date_to:
            lo = int(filters.date_from.replace("-", "")) if filters.date_from else 1
            hi = int(filters.date_to.replace("-", "")) if filters.date_to else 99991231
            mask &= (self.dates >= lo) & (self.dates <= hi)
        return mask

    def _facet_mask(self, name: str, values: tuple[str, ...]) -> np.ndarray:
        """Rows holding any of `values` of facet `name`."""
        hit = np.zeros(self.n, dtype=bool)
        if name in self.scalar:
            col = self.scalar[name]
            codes = [
                c for v in values if (c := col.index.get(str(int(v)) if name == "year" else v)) is not None
            ]
            if codes:
                hit = np.isin(col.codes, codes)
            return hit
        m = self.multi[name]
        codes = [c for v in values if (c := m.index.get(v)) is not None]
        if codes:
            hit[m.rows[np.isin(m.codes, codes)]] = True
        return hit

    def complement(self, rows: np.ndarray) -> np.ndarray:
        """The rows not in `rows` (distinct rows), ascending."""
        member = np.ones(self.n, dtype=bool)
        member[rows] = False
        return np.flatnonzero(member)

    def _counts(self, name: str, rows: np.ndarray) -> np.ndarray:
        """Count per value code of facet `name` over the items at `rows` (distinct)."""
        if name in self.scalar:
            col = self.scalar[name]
            codes = col.codes[rows]
            return np.bincount(codes[codes >= 0], minlength=len(col.values))
        m = self.multi[name]
        if len(rows) < SPARSE_FRACTION * self.n:
            return np.bincount(m.codes_of(rows), minlength=len(m.values))
        member = np.zeros(self.n, dtype=bool)
        member[rows] = True
        return np.bincount(m.codes[member[m.rows]], minlength=len(m.values))

    def count(
        self, name: str, rows: np.ndarray, complement: np.ndarray | None = None
    ) -> list[tuple[str, int]]:
        """(value, count) of facet `name` over the items at `rows` (distinct), most frequent first.

        Args:
            name: The facet.
            rows: The rows of the match set.
            complement: `self.complement(rows)`, given when the match set is most of the archive:
                its counts are then the archive's minus those of the (smaller) complement.
        """
        if complement is not None:
            if name not in self._totals:
                self._totals[name] = self._counts(name, np.arange(self.n))
            counts = self._totals[name] - self._counts(name, complement)
        else:
            counts = self._counts(name, rows)
        values = self.scalar[name].values if name in self.scalar else self.multi[name].values
        nz = np.nonzero(counts)[0]
        order = sorted(nz.tolist(), key=lambda c: (-int(counts[c]), values[c]))
        return [(values[c], int(counts[c])) for c in order]

    def count_groups(self, name: str, rows: np.ndarray, groups: np.ndarray) -> list[tuple[str, int]]:
        """Like `count`, but items of one group (`groups[row]`, an ärende found as several items) count
        once per value: a value's count is the number of groups having it."""
        if name in self.scalar:
            col = self.scalar[name]
            codes, g, n_vals = col.codes[rows].astype(np.int64), groups[rows], len(col.values)
            keep = codes >= 0
            codes, g = codes[keep], g[keep]
            values = col.values
        else:
            m = self.multi[name]
            assert m.start is not None
            lens = m.start[rows + 1] - m.start[rows]
            codes, g, n_vals = m.codes_of(rows).astype(np.int64), np.repeat(groups[rows], lens), len(m.values)
            values = m.values
        pairs = np.unique(g.astype(np.int64) * n_vals + codes)
        counts = np.bincount(pairs % n_vals, minlength=n_vals) if n_vals else np.zeros(0, np.int64)
        nz = np.nonzero(counts)[0]
        order = sorted(nz.tolist(), key=lambda c: (-int(counts[c]), values[c]))
        return [(values[c], int(counts[c])) for c in order]

    def pivot(
        self, row_name: str, col_name: str, rows: np.ndarray, missing_row: str | None = None
    ) -> dict[str, dict[str, int]]:
        """Counts of the items at `rows` by two single-valued facets: {row value: {col value: n}}.

        Items without a row value are left out, or counted under `missing_row` when it is given;
        items without a column value are always left out.
        """
        a, b = self.scalar[row_name], self.scalar[col_name]
        ca, cb = a.codes[rows], b.codes[rows]
        row_values = list(a.values)
        if missing_row is not None:
            ca = np.where(ca >= 0, ca, len(row_values))
            row_values.append(missing_row)
        ok = (ca >= 0) & (cb >= 0)
        flat = np.bincount(ca[ok] * len(b.values) + cb[ok], minlength=len(row_values) * len(b.values))
        table = flat.reshape(len(row_values), len(b.values))
        out: dict[str, dict[str, int]] = {}
        for i, j in zip(*np.nonzero(table), strict=True):
            cell = out.setdefault(row_values[i], {})  # missing_row may equal a real value: add up
            cell[b.values[j]] = cell.get(b.values[j], 0) + int(table[i, j])
        return {k: dict(sorted(v.items())) for k, v in sorted(out.items())}
