"""The lexicon: an inverted index of the words of every item, as numpy arrays beside the database.

SQLite FTS5 finds matches well but counts them slowly when a query word occurs
in most of the archive: `"beslut"*` at a million items took ~350 ms to list its
matches and ~400 ms more for bm25, which scans a word's whole posting list for
its document frequency on every query. The read path needs every match (for
`total` and the facets) and bm25 over them; with the postings as arrays it
gets both in milliseconds (`api.lexicon`).

What is stored (`lexicon.npz` in the archive directory, written atomically):

- `vocab`: every distinct token, sorted by code point and joined with newlines
  (UTF-8). Tokens sharing a prefix are neighbours, so a prefix term
  (`skatteväxling*`) is one contiguous range of tokens and of postings.
- `ptr` (int64, tokens + 1): token t's postings are `ptr[t]:ptr[t + 1]`.
- `docs` (int32): item ids, ascending within each token.
- `freq` (uint16): the token's weighted count in the item, with the bm25
  column weights of `api.lexical` (title 4, text 1, diarienummer 3).
- `lengths` (int32, by item id): the item's token count (bm25's document length).
- `stamp` (int64): item count, sum of item ids, largest item id of the items it holds.
- `items` (int64): the ids of the items it holds, ascending; `seq` (int64, one value): its place
  in the order of writing (`indexer.store.lexicon_update`).

Tokens are cut by `indexer.store.tokens.words`, the same function that cuts query terms, so
a query finds what the lexicon holds; it mirrors FTS5's unicode61 tokenizer
(letters and digits, lower-cased, no diacritic folding).

Built from `items_fts` (exactly the text FTS5 indexed). One such set of arrays is a *segment*:
the whole archive when it is built in full, or only the items an indexing run added
(`indexer.store.lexicon_update` decides, and merges segments later, as search engines do); the
reader (`api.lexicon`) takes each item from the newest segment that holds it.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterator

import numpy as np

from indexer.store.tokens import words

#: Column weights (title, text, dnr): the same as bm25() in api.lexical.
WEIGHTS = (4, 1, 3)
_MAX_FREQ = 65_535


def _rows(conn: sqlite3.Connection, item_ids: np.ndarray | None) -> Iterator[tuple]:
    cur = conn.cursor()
    cur.row_factory = None
    sql = "SELECT rowid, title, text, dnr FROM items_fts"
    if item_ids is None:
        yield from cur.execute(sql + " ORDER BY rowid")
        return
    # One rowid lookup per item: FTS5 may answer `rowid IN (...)` by scanning the whole table.
    for item_id in sorted_unique(np.asarray(item_ids, np.int64)).tolist():
        yield from cur.execute(sql + " WHERE rowid = ?", (item_id,))


def build_lexicon(
    conn: sqlite3.Connection, item_ids: np.ndarray | None = None, seq: int = 0
) -> dict[str, np.ndarray]:
    """Build the lexicon arrays from the indexed text in `items_fts`.

    Args:
        conn: The archive database.
        item_ids: Only these items (a segment of new items); None for every item.
        seq: The segment's place in the order of writing.
    """
    ids: dict[str, int] = {}
    tok_col, doc_col, freq_col = array("i"), array("i"), array("i")
    len_ids, len_vals = array("q"), array("i")
    for item_id, *cols in _rows(conn, item_ids):
        counts: dict[int, int] = {}
        n_tokens = 0
        for text, weight in zip(cols, WEIGHTS, strict=True):
            if not text:
                continue
            toks = words(text)
            n_tokens += len(toks)
            for tok in toks:
                t = ids.setdefault(tok, len(ids))
                counts[t] = counts.get(t, 0) + weight
        tok_col.extend(counts.keys())
        doc_col.extend([item_id] * len(counts))
        freq_col.extend(counts.values())
        len_ids.append(item_id)
        len_vals.append(n_tokens)
    arrays = _arrays(ids, tok_col, doc_col, freq_col, len_ids, len_vals)
    arrays["seq"] = np.array([seq], np.int64)
    return arrays


def _arrays(
    ids: dict[str, int], tok_col: array, doc_col: array, freq_col: array, len_ids: array, len_vals: array
) -> dict[str, np.ndarray]:
    vocab = sorted(ids)
    rank = np.empty(len(ids), np.int64)
    rank[np.fromiter((ids[t] for t in vocab), np.int64, count=len(vocab))] = np.arange(len(vocab))
    tok = rank[np.frombuffer(tok_col, np.int32)] if len(tok_col) else np.zeros(0, np.int64)
    docs = np.frombuffer(doc_col, np.int32) if len(doc_col) else np.zeros(0, np.int32)
    freq = np.frombuffer(freq_col, np.int32) if len(freq_col) else np.zeros(0, np.int32)
    order = np.lexsort((docs, tok))  # by token, then item id
    item_ids = np.frombuffer(len_ids, np.int64) if len(len_ids) else np.zeros(0, np.int64)
    max_id = int(item_ids.max()) if len(item_ids) else 0
    lengths = np.zeros(max_id + 1, np.int32)
    lengths[item_ids] = np.frombuffer(len_vals, np.int32) if len(len_vals) else 0
    return {
        "vocab": np.frombuffer("\n".join(vocab).encode("utf-8"), np.uint8),
        "ptr": np.concatenate([[0], np.cumsum(np.bincount(tok, minlength=len(vocab)))]).astype(np.int64),
        "docs": docs[order],
        "freq": np.minimum(freq[order], _MAX_FREQ).astype(np.uint16),
        "lengths": lengths,
        "stamp": stamp_of(item_ids),
        "items": np.sort(item_ids),
    }


def sorted_unique(a: np.ndarray) -> np.ndarray:
    """The distinct values of an integer array, ascending.

    By sorting: numpy 2.4's `np.unique` hashes, and took ~20x a sort's time on a million ascending ids
    here (the ids of an archive are exactly that).
    """
    a = np.sort(np.asarray(a))
    return a[np.concatenate([[True], a[1:] != a[:-1]])] if len(a) else a


def stamp_of(item_ids: np.ndarray) -> np.ndarray:
    """What identifies a set of items cheaply: (count, sum of ids, largest id)."""
    ids = np.asarray(item_ids, np.int64)
    return np.array([len(ids), int(ids.sum()), int(ids.max()) if len(ids) else 0], np.int64)
