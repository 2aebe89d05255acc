"""Result snippets: HTML-escaped text with the query's words in <mark>.

Lexical hits take FTS5's own `snippet()` (the best window of the text for the
query); the markers are control characters that are swapped for <mark> after
escaping, so nothing in the item text can inject markup. A semantic-only hit
has no FTS match: its snippet is the sentence sharing most words (or
word-starts) with the query, else the opening of the text.
"""

from __future__ import annotations

import html
import re
import sqlite3

from api.fts import MIN_PREFIX, ParsedQuery, words

_OPEN, _CLOSE = "\x02", "\x03"
SNIPPET_TOKENS = 24
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+")
_MAX_CHARS = 240


def render(raw: str) -> str:
    """Escape text carrying the control-character markers and turn the markers into <mark> tags."""
    raw = raw.replace("<mark>", "").replace("</mark>", "")
    out = html.escape(re.sub(r"\s+", " ", raw).strip(), quote=False)
    return out.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


def fts_snippets(conn: sqlite3.Connection, table: str, expr: str, ids: list[int]) -> dict[int, str]:
    """Snippets of the text column for items `ids` matching `expr` in `table` (items_fts or items_tri)."""
    if not ids:
        return {}
    q = ",".join("?" * len(ids))
    sql = (
        f"SELECT rowid, snippet({table}, 1, ?, ?, '…', {SNIPPET_TOKENS}) FROM {table}"
        f" WHERE {table} MATCH ? AND rowid IN ({q})"
    )
    out: dict[int, str] = {}
    for rowid, snip in conn.execute(sql, (_OPEN, _CLOSE, expr, *ids)):
        if snip and _OPEN in snip:  # the hit may be in the title or dnr only: then no text window
            out[int(rowid)] = render(snip)
    return out


def _matches(word: str, terms: list[str]) -> bool:
    w = word.casefold()
    return any(w == t or (len(t) >= MIN_PREFIX and (w.startswith(t) or t in w)) for t in terms)


def best_sentence(text: str, pq: ParsedQuery) -> str:
    """The sentence of `text` that shares most words with the query, marked and escaped."""
    terms = pq.highlight_terms()
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    if not sentences:
        return ""
    best, best_n = sentences[0], 0
    for s in sentences:
        n = sum(_matches(w, terms) for w in words(s))
        if n > best_n:
            best, best_n = s, n
    if len(best) > _MAX_CHARS:
        best = best[:_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    marked = re.sub(
        r"[^\W_]+",
        lambda m: f"{_OPEN}{m.group(0)}{_CLOSE}" if _matches(m.group(0), terms) else m.group(0),
        best,
    )
    return render(marked)
