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
- `stamp` (int64): item count, sum of item ids, largest item id — the reader uses
  the lexicon only when these match the database it reads (else FTS5 answers).

Tokens are cut by `indexer.store.tokens.words`, the same function that cuts query terms, so
a query finds what the lexicon holds; it mirrors FTS5's unicode61 tokenizer
(letters and digits, lower-cased, no diacritic folding).

Rebuilt from `items_fts` (exactly the text FTS5 indexed) after every indexing
run that changed the archive, like the FAISS index: ~1 minute per million items.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from array import array
from pathlib import Path

import numpy as np

from arkiv.archive import LEXICON_NAME
from indexer.store.tokens import words

#: Column weights (title, text, dnr): the same as bm25() in api.lexical.
WEIGHTS = (4, 1, 3)
_MAX_FREQ = 65_535


def build_lexicon(conn: sqlite3.Connection) -> dict[str, np.ndarray]:
    """Read every item's indexed text from `items_fts` and build the lexicon arrays."""
    ids: dict[str, int] = {}
    tok_col, doc_col, freq_col = array("i"), array("i"), array("i")
    len_ids, len_vals = array("q"), array("i")
    cur = conn.cursor()
    cur.row_factory = None
    for item_id, *cols in cur.execute("SELECT rowid, title, text, dnr FROM items_fts ORDER BY rowid"):
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
    return _arrays(ids, tok_col, doc_col, freq_col, len_ids, len_vals)


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
    }


def stamp_of(item_ids: np.ndarray) -> np.ndarray:
    """What identifies a set of items cheaply: (count, sum of ids, largest id)."""
    ids = np.asarray(item_ids, np.int64)
    return np.array([len(ids), int(ids.sum()), int(ids.max()) if len(ids) else 0], np.int64)


def db_stamp(conn: sqlite3.Connection) -> np.ndarray:
    """The stamp of the items the database holds now."""
    n, total, top = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(id), 0), COALESCE(MAX(id), 0) FROM items"
    ).fetchone()
    return np.array([n, total, top], np.int64)


def is_current(conn: sqlite3.Connection, root: Path) -> bool:
    """True when the archive's lexicon exists and describes the items of the database.

    False after a crash between a document's transaction and the end of the run: the next
    `arkiv index` then rebuilds it even if no file changed.
    """
    try:
        with np.load(root / LEXICON_NAME) as z:
            stamp = z["stamp"]
    except (OSError, ValueError, KeyError):
        return False
    return bool(np.array_equal(stamp, db_stamp(conn)))


def write_lexicon(root: Path, arrays: dict[str, np.ndarray]) -> Path:
    """Write the lexicon into the archive directory atomically (temp file + rename)."""
    path = root / LEXICON_NAME
    fd, tmp = tempfile.mkstemp(dir=root, prefix=".lexicon-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)  # type: ignore[arg-type]  # numpy's stub misreads **kwargs
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def save_lexicon(conn: sqlite3.Connection, root: Path) -> dict[str, int]:
    """Build and write the lexicon of the archive; returns its sizes for the manifest."""
    arrays = build_lexicon(conn)
    write_lexicon(root, arrays)
    return {
        "tokens": len(arrays["ptr"]) - 1,
        "postings": len(arrays["docs"]),
        "items": int(arrays["stamp"][0]),
    }
