"""The vector side of adding one document to a large archive: the index updated in place vs rebuilt.

    python bench/bench_vector_update.py --sizes 100000 1000000 [--new 20] [--work DIR] [--no-rebuild-above N]

For each size a scratch database holds only what the vector step reads — `items (id, text_hash)` and
`embeddings (text_hash, model, vec)` as in the archive's schema, one 384-d passage vector per item
(random, normalised) — and the archive's index of it is built as `arkiv index` builds it ("auto":
exact below 1M vectors, IVF-PQ with its exact vectors from there on) and written. Then one
protocol's worth of items (`--new`, 20 by default) is added to the database and the end-of-run
vector step is timed as `save_vectors_and_manifest` runs it: in place (`updated_index` + writing
the files) and, below `--no-rebuild-above`, the full rebuild it replaces (every cached vector read,
the index built and written). The first build is the rebuild's figure at sizes where the second is
skipped. The load average is printed with each figure (a shared 2-core machine).
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

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.embed.embedder import to_blob  # noqa: E402
from indexer.store import rows as store  # noqa: E402
from indexer.store.vector_update import updated_index  # noqa: E402
from indexer.store.vectors import build_index, write_index  # noqa: E402

DIM = 384
MODEL = "bench#tokens"
CHUNK = 50_000


def _vectors(start: int, n: int) -> np.ndarray:
    x = np.random.default_rng(start).normal(size=(n, DIM)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _add_items(conn: sqlite3.Connection, start: int, n: int) -> None:
    """Items start+1 .. start+n with one cached vector each."""
    for at in range(start, start + n, CHUNK):
        m = min(CHUNK, start + n - at)
        vecs = _vectors(at, m)
        conn.executemany(
            "INSERT INTO items (id, text_hash) VALUES (?, ?)",
            ((at + i + 1, f"h{at + i + 1}") for i in range(m)),
        )
        conn.executemany(
            "INSERT INTO embeddings (text_hash, model, vec) VALUES (?, ?, ?)",
            ((f"h{at + i + 1}", MODEL, to_blob(vecs[i])) for i in range(m)),
        )
    conn.commit()


def _rebuild(conn: sqlite3.Connection, path: Path) -> tuple[float, str]:
    """Every cached vector read, the index built and written, as a run without the update did."""
    t0 = time.perf_counter()
    pairs = list(store.iter_item_vectors(conn, MODEL, DIM))
    ids = np.concatenate([np.full(len(m), i, np.int64) for i, m in pairs])
    index = build_index(ids, np.vstack([m for _, m in pairs]), "auto", dim=DIM)
    write_index(index, path)
    return time.perf_counter() - t0, index.factory


def one_size(n: int, new: int, work: Path, rebuild: bool) -> dict[str, object]:
    """Build an archive's vectors of `n` items, add `new` items, time the update (and the rebuild)."""
    folder = work / str(n)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    conn = sqlite3.connect(folder / "archive.sqlite")
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, text_hash TEXT NOT NULL)")
    conn.execute("CREATE TABLE embeddings (text_hash TEXT NOT NULL, model TEXT NOT NULL, vec BLOB NOT NULL,"
                 " PRIMARY KEY (text_hash, model))")  # fmt: skip
    _add_items(conn, 0, n)
    path = folder / "vectors.faiss"
    first_s, factory = _rebuild(conn, path)
    _add_items(conn, n, new)
    row: dict[str, object] = {"items": n, "factory": factory, "first_build_s": round(first_s, 1),
                              "load_before": round(os.getloadavg()[0], 2)}  # fmt: skip
    t0 = time.perf_counter()
    update = updated_index(conn, path, model=MODEL, dim=DIM, factory="auto", trained_on=n)
    assert update is not None, "the index should have been updated in place"
    t1 = time.perf_counter()
    write_index(update.index, path)
    t2 = time.perf_counter()
    changed = {"removed_items": update.removed_items, "added_items": update.added_items,
               "added_vectors": update.added_vectors}  # fmt: skip
    row.update({"in_place_s": round(t2 - t0, 2), "of_which_update_s": round(t1 - t0, 2),
                "of_which_write_s": round(t2 - t1, 2), "changed": changed,
                "load_after": round(os.getloadavg()[0], 2)})  # fmt: skip
    if rebuild:
        row["rebuild_s"] = round(_rebuild(conn, path)[0], 1)
    conn.close()
    shutil.rmtree(folder, ignore_errors=True)
    return row


def main(argv: list[str] | None = None) -> int:
    """Print one JSON row per size."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--new", type=int, default=20)
    ap.add_argument("--work", type=Path, default=Path("/tmp/arkiv-vector-update"))
    ap.add_argument("--no-rebuild-above", type=int, default=500_000,
                    help="sizes above this time only the first build as the rebuild figure")  # fmt: skip
    args = ap.parse_args(argv)
    for n in args.sizes:
        print(json.dumps(one_size(n, args.new, args.work, n <= args.no_rebuild_above)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
