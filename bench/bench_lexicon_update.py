"""Adding one document to a large archive: what the lexicon costs, incrementally and rebuilt in full.

Starts from a synthetic archive of bench/bench_search.py (`--archive`, e.g. /tmp/arkiv-bench/100000-auto)
copied to a work directory, and adds one real protocol of the corpus (`--doc`) as `arkiv index` does:
its rows, FTS5 and trigram text in one transaction, then the lexicon — a new segment
(`indexer.store.lexicon_update.update_lexicon`), against a full rebuild (`save_lexicon`) of the same
archive — and the reader loading it (`api.lexicon.load_lexicon`, what the first query after a run
pays). `--scale 10` multiplies the archive's items tenfold for the lexicon (the base lexicon's
postings tiled with shifted ids, the database holding as many item ids), so the lexicon side of a
million-item archive is measured without building its 6.8 GB database; the full rebuild at that
size is the figure measured by bench_search.py (138-173 s per million items).

    python bench/bench_lexicon_update.py --archive /tmp/arkiv-bench/100000-auto [--scale 10] [--doc FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "corpus" / "dev" / "kungsbacka_ks_2024-08-27_protokoll.txt"


def _tile(arrays: dict[str, np.ndarray], k: int) -> dict[str, np.ndarray]:
    """The lexicon of k copies of the archive's items (ids shifted by the largest id per copy)."""
    step = len(arrays["lengths"]) - 1
    ptr, docs, freq = arrays["ptr"], arrays["docs"], arrays["freq"]
    counts = np.diff(ptr)
    tok = np.repeat(np.arange(len(counts)), counts)
    all_tok = np.tile(tok, k)
    all_docs = np.concatenate([docs.astype(np.int64) + c * step for c in range(k)])
    order = np.lexsort((all_docs, all_tok))
    items = np.concatenate([arrays["items"] + c * step for c in range(k)])
    lengths = np.zeros(step * k + 1, np.int32)
    lengths[items] = np.tile(arrays["lengths"][arrays["items"]], k)
    return {
        "vocab": arrays["vocab"],
        "ptr": np.concatenate([[0], np.cumsum(counts * k)]).astype(np.int64),
        "docs": all_docs[order].astype(np.int32),
        "freq": np.tile(freq, k)[order],
        "lengths": lengths,
        "stamp": np.array([len(items), int(items.sum()), int(items.max())], np.int64),
        "items": items,
        "seq": np.array([0], np.int64),
    }


def _grow_db(conn: sqlite3.Connection, k: int) -> None:
    """Give the database k times its items (ids only matter to the lexicon: copies of item rows)."""
    top = conn.execute("SELECT MAX(id) FROM items").fetchone()[0]
    with conn:
        for c in range(1, k):
            conn.execute(
                "INSERT INTO items(id, uid, doc_id, seq, number, title, text, organization, organ, date,"
                " year, doc_type, own_organ, text_hash) SELECT id + ?, uid || '-' || ?, doc_id, seq, number,"
                " '', '', organization, organ, date, year, doc_type, own_organ, text_hash FROM items"
                " WHERE id <= ?",
                (c * top, c, top),
            )


def _write_doc(conn: sqlite3.Connection, doc: Path) -> tuple[float, int]:
    from indexer.extract import extract_file
    from indexer.store import rows as store

    ex = extract_file(doc)
    t0 = time.perf_counter()
    with conn:
        store.write_extraction(conn, ex, path=str(doc), text_hashes=[f"h{i}" for i in range(len(ex.items))])
    return time.perf_counter() - t0, len(ex.items)


def run(archive: Path, work: Path, scale: int, doc: Path) -> dict[str, Any]:
    """Copy the archive, add one document, time the lexicon both ways."""
    from api.lexicon import load_lexicon
    from arkiv.archive import connect
    from indexer.store import lexicon_update as lu

    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    shutil.copy(archive / "archive.sqlite", work / "archive.sqlite")
    conn = connect(work / "archive.sqlite")
    conn.execute("PRAGMA synchronous=OFF")
    t0 = time.perf_counter()
    lu.save_lexicon(conn, work)  # today's format (segments carry their items), built in full
    full_base = time.perf_counter() - t0
    if scale > 1:
        _grow_db(conn, scale)
        with np.load(work / "lexicon.npz") as z:
            arrays = {k: z[k] for k in z.files}
        lu._write(work, "lexicon.npz", _tile(arrays, scale))
    n_before = conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    t0 = time.perf_counter()
    assert load_lexicon(work / "lexicon.npz", lu.db_item_ids(conn)) is not None  # a server's reader
    t_first = time.perf_counter() - t0
    t_rows, n_new = _write_doc(conn, doc)
    t0 = time.perf_counter()
    lu.read_segments(work)
    t_segs = time.perf_counter() - t0
    lu.db_item_ids(conn)
    t_ids = time.perf_counter() - t0 - t_segs
    t0 = time.perf_counter()
    sizes = lu.update_lexicon(conn, work)
    t_update = time.perf_counter() - t0
    ids = lu.db_item_ids(conn)
    t0 = time.perf_counter()
    lx = load_lexicon(work / "lexicon.npz", ids)
    t_load = time.perf_counter() - t0
    assert lx is not None and len(lx.word("vrakatdag", True).ids) >= 1  # a word of the new document
    out = {
        "items_before": n_before,
        "doc_items": n_new,
        "rows_fts_trigram_s": round(t_rows, 3),
        "lexicon_segment_s": round(t_update, 3),
        "of_which_read_segment_items_s": round(t_segs, 3),
        "of_which_db_item_ids_s": round(t_ids, 3),
        "segment": sizes,
        "reader_first_load_s": round(t_first, 3),
        "reader_reload_after_add_s": round(t_load, 3),
        "load": os.getloadavg(),
    }
    if scale == 1:
        t0 = time.perf_counter()
        lu.save_lexicon(conn, work)
        out["lexicon_full_rebuild_s"] = round(time.perf_counter() - t0, 2)
        out["first_full_build_s"] = round(full_base, 2)
    conn.close()
    return out


def main(argv: list[str] | None = None) -> int:
    """Measure and print JSON."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archive", type=Path, required=True)
    ap.add_argument("--work", type=Path, default=Path("/tmp/arkiv-bench-addone"))
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--doc", type=Path, default=DOC)
    args = ap.parse_args(argv)
    res = run(args.archive, args.work, args.scale, args.doc)
    print(json.dumps(res, indent=1))
    shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
