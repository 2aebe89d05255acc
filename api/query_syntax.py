"""The search box's syntax: words, "exact phrases", -exclusions and OR, read before the engine sees them.

- `budget skola`: items with every word first, then items with some of them (the engine's ranking);
- `"nära vård"`: only items holding the exact phrase (a quoted single word: that exact word);
- `-skola`, `-"nära vård"`: no item holding the word (or its inflections, `skolan`, `skolor`) or phrase;
- `vatten OR avlopp` (also `ELLER`): either word is a full match; `a b OR c d` searches `a b d` and `a c d`;
- a diarienummer in any printed form (`KS 2024/123`, `ks-2025-00970`) is passed on as it is: the engine
  reads it (`api.fts.parse_query`).

The engine ranks each OR-expansion (`Syntax.expansions`) on its own; `api.listing` fuses them.
Exclusions and required phrases are sets of item ids from FTS5 (`excluded_ids`, `required_ids`),
applied to the whole match set, so counts and facets hold them too.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from dataclasses import dataclass, field

import numpy as np

from api.fts import parse_query
from indexer.segment.dnr import normalize_dnr
from indexer.store.tokens import words

#: Operators between alternatives (upper case only: a lower-case "or"/"eller" is an ordinary word).
OR_WORDS = frozenset({"OR", "ELLER"})
#: At most this many expansions of OR groups are searched (a query of many ORs is cut, not refused).
MAX_EXPANSIONS = 8
_TOKEN = re.compile(r'-?"[^"]*"|\S+')
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "»": '"', "«": '"', "″": '"'})


@dataclass
class Syntax:
    """A parsed query: what to rank, what must be there, what must not."""

    raw: str
    clauses: list[list[str]] = field(default_factory=list)  # positive parts; alternatives per clause
    required: list[str] = field(default_factory=list)  # quoted phrases outside OR groups
    excluded: list[str] = field(default_factory=list)  # words and phrases after a minus

    @property
    def positive(self) -> bool:
        """True when there is something to rank by (not only exclusions, not empty)."""
        return bool(self.clauses)

    @property
    def expansions(self) -> list[str]:
        """The positive query as engine queries: one per combination of OR alternatives."""
        combos = itertools.islice(itertools.product(*self.clauses), MAX_EXPANSIONS)
        return [" ".join(c) for c in combos] if self.clauses else []

    @property
    def or_groups(self) -> list[list[str]]:
        """The clauses with alternatives, for the response's explanation."""
        return [c for c in self.clauses if len(c) > 1]

    def highlight_query(self) -> str:
        """Every positive word and phrase in one query string (for marking snippets and item text)."""
        return " ".join(a for c in self.clauses for a in c)


def _plain(tok: str) -> bool:
    return not (tok.startswith(("-", '"')) or tok in OR_WORDS)


def _case_numbers(tokens: list[str]) -> list[str]:
    """Tokens with a diarienummer typed in any case or form ("ks 2024-00444", "ks-2025-00970") as its key
    ("KS-2024-00444"), so the engine matches it exactly whatever the typing."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if (
            _plain(tok)
            and nxt
            and _plain(nxt)
            and any(c.isdigit() for c in nxt)
            and not any(c.isdigit() for c in tok)
        ):
            key = normalize_dnr(f"{tok} {nxt}".upper())
            if key:
                out.append(key)
                i += 2
                continue
        key = normalize_dnr(tok.upper()) if _plain(tok) and any(c.isdigit() for c in tok) else None
        out.append(key or tok)
        i += 1
    return out


def _phrase(token: str) -> str | None:
    """The text inside a quoted token ("…"), or None when the token is not quoted."""
    if len(token) >= 2 and token[0] == '"' and token[-1] == '"':
        return token[1:-1].strip()
    return None


def parse_syntax(query: str) -> Syntax:
    """Read the operators of a query (see the module docstring).

    Args:
        query: What the user typed.

    Returns:
        The parsed query; `positive` is False when only exclusions (or nothing) were typed.
    """
    text = (query or "").translate(_QUOTES)
    syn = Syntax(raw=query)
    pending_or = False
    for tok in _case_numbers(_TOKEN.findall(text)):
        if tok in OR_WORDS:
            pending_or = bool(syn.clauses)
            continue
        if tok.startswith("-") and len(tok) > 1:
            inner = _phrase(tok[1:])
            part = inner if inner is not None else tok[1:].strip('"')
            if words(part):
                syn.excluded.append(part)
            continue
        inner = _phrase(tok)
        if inner is not None:
            if not words(inner):
                continue
            value = f'"{inner}"'
        else:
            value = tok.replace('"', "")
            if not value:
                continue
        if pending_or:
            syn.clauses[-1].append(value)
        else:
            syn.clauses.append([value])
        pending_or = False
    syn.required = [c[0][1:-1] for c in syn.clauses if len(c) == 1 and c[0].startswith('"')]
    return syn


def _fts_ids(conn: sqlite3.Connection, expr: str) -> np.ndarray:
    row = conn.execute(
        "SELECT group_concat(rowid) FROM items_fts WHERE items_fts MATCH ?", (expr,)
    ).fetchone()
    return np.fromstring(row[0], dtype=np.int64, sep=",") if row and row[0] else np.zeros(0, np.int64)


def _exact(text: str) -> str | None:
    """An FTS5 expression for an exact word or phrase (tokens quoted: never FTS syntax)."""
    toks = words(text)
    return '"' + " ".join(toks) + '"' if toks else None


def excluded_ids(conn: sqlite3.Connection, syn: Syntax) -> np.ndarray:
    """Items holding any excluded word (as the engine matches it: its stem as a prefix) or phrase."""
    out = [np.zeros(0, np.int64)]
    for part in syn.excluded:
        if " " in part.strip():
            expr = _exact(part)
        else:
            pq = parse_query(part)
            if not pq.terms and not pq.dnrs:  # a stop-word alone: match it as written
                pq = parse_query(f'"{part}"')
            expr = pq.fts_any()
        if expr:
            out.append(_fts_ids(conn, expr))
    return np.unique(np.concatenate(out))


def required_ids(conn: sqlite3.Connection, syn: Syntax) -> np.ndarray | None:
    """Items holding every required phrase; None when nothing is required."""
    found: np.ndarray | None = None
    for phrase in syn.required:
        expr = _exact(phrase)
        if expr is None:
            continue
        ids = _fts_ids(conn, expr)
        found = ids if found is None else np.intersect1d(found, ids)
    return found
