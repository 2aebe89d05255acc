"""The cost of a lexical snippet on long and on ordinary items, this tree against an earlier revision.

    python bench/bench_snippets.py --archive DIR [--baseline REV] [--items 300] [--search-rounds 3]

Takes the `--items` longest items of an archive and as many of median length, and for each of
the queries of `bench_search.py` times `api.snippets.lexical_snippet` over them: the module of
this tree against the same file at `--baseline` (loaded side by side from git, run in alternating
rounds, so both see the same load). Checks that both give the same snippet for every item and
query, and prints milliseconds per item (best round) with the load average. With
`--search-rounds`, also whole searches: `bench_search.measure` on the archive (a `bench_search.py`
or `bench_vocab.py` archive) with the baseline's snippets, then with this tree's.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_search import QUERIES  # noqa: E402


def baseline_module(rev: str) -> ModuleType:
    """api/snippets.py as it was at `rev`, imported under another name."""
    src = subprocess.run(["git", "show", f"{rev}:api/snippets.py"], cwd=ROOT, capture_output=True, text=True)
    src.check_returncode()
    path = Path(tempfile.mkdtemp()) / "snippets_baseline.py"
    path.write_text(src.stdout, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("snippets_baseline", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def item_texts(archive: Path, n: int) -> dict[str, list[str]]:
    """The n longest texts and n of median length."""
    conn = sqlite3.connect(f"file:{archive / 'archive.sqlite'}?mode=ro", uri=True)
    total = conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    by_len = "SELECT text FROM items ORDER BY length(text) DESC LIMIT ? OFFSET ?"
    longest = [r[0] for r in conn.execute(by_len, (n, 0))]
    median = [r[0] for r in conn.execute(by_len, (n, max(0, total // 2 - n // 2)))]
    conn.close()
    return {"longest": longest, "median": median}


def main(argv: list[str] | None = None) -> int:
    """Time both modules on both sets of items; print a JSON row per set."""
    from api import snippets
    from api.fts import parse_query

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--archive", type=Path, required=True)
    ap.add_argument("--baseline", default="HEAD")
    ap.add_argument("--items", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--search-rounds", type=int, default=0, help="also time whole searches, this many rounds")
    args = ap.parse_args(argv)
    old = baseline_module(args.baseline)
    queries = [parse_query(q) for q in QUERIES]
    for name, texts in item_texts(args.archive, args.items).items():
        best = {"before": float("inf"), "now": float("inf")}
        load0 = os.getloadavg()
        pair = [("before", old), ("now", snippets)]
        for r in range(args.rounds):
            for label, mod in pair if r % 2 == 0 else pair[::-1]:  # alternate who goes first
                t0 = time.process_time()
                for pq in queries:
                    for t in texts:
                        mod.lexical_snippet(t, pq)
                ms = (time.process_time() - t0) * 1000 / (len(texts) * len(queries))
                best[label] = min(best[label], ms)
        new = snippets.lexical_snippet
        same = all(old.lexical_snippet(t, q) == new(t, q) for q in queries for t in texts)
        row = {
            "items": name,
            "chars_mean": round(sum(map(len, texts)) / len(texts)),
            "cpu_ms_per_item_before": round(best["before"], 3),
            "cpu_ms_per_item_now": round(best["now"], 3),
            "speed-up": round(best["before"] / best["now"], 1),
            "same_snippets": same,
            "load": [round(x, 1) for x in (*load0[:1], os.getloadavg()[0])],
        }
        print(json.dumps(row), flush=True)
    if args.search_rounds:
        search_latency(args.archive, old, args.search_rounds)
    return 0


def search_latency(archive: Path, old: ModuleType, rounds: int) -> None:
    """Search latency (`bench_search.measure`) with the old snippets, then the new: a JSON row each."""
    import bench_search

    import api.search

    new = api.search.lexical_snippet
    for label, fn in (("before", old.lexical_snippet), ("now", new)):
        api.search.lexical_snippet = fn  # what a results page calls for each lexical hit
        load0 = os.getloadavg()[0]
        lat = bench_search.measure(archive, rounds)["latency"]
        keep = ("hybrid+facets", "lexical+facets", "facet click (query cached)")
        out = {k: {m: lat[k][m] for m in ("p50_ms", "p95_ms", "cpu_p95_ms")} for k in keep}
        print(json.dumps({"snippets": label, **out, "load": [round(load0, 1), round(os.getloadavg()[0], 1)]}))
    api.search.lexical_snippet = new


if __name__ == "__main__":
    raise SystemExit(main())
