"""Indexing throughput on a local Ray cluster with 1 and 2 workers, against the in-process engine.

    python bench/bench_ray.py [--workers 1 2] [--model e5-small-int8] [--work DIR] [--json OUT]

Each run indexes corpus/seeds and corpus/dev into a fresh archive (so every item is embedded),
with the model named; the model cache is shared, so no run builds a model. Reported: items/s over
the whole run (cluster start, workers loading spaCy and the model, analysis, embedding, the
writer, the lexicon and FAISS at the end) and the cluster start alone. Ray workers embed on one
thread each; the in-process engine on all cores. The load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run(engine: str, workers: int, model: str, work: Path) -> dict[str, object]:
    """Index the text corpus once; returns the figures of the run."""
    from arkiv.settings import get_settings
    from indexer.pipeline import index_paths

    data = work / f"{engine}-{workers}"
    shutil.rmtree(data, ignore_errors=True)
    settings = get_settings(data=data, embedding_model=model, engine=engine, ray_workers=workers)
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    report = index_paths([ROOT / "corpus" / "seeds", ROOT / "corpus" / "dev"], settings)
    secs = time.perf_counter() - t0
    return {"engine": engine, "workers": workers, "model": model, "items": report.items,
            "embedded": report.embedded, "seconds": round(secs, 1),
            "items_per_s": round(report.items / secs, 2), "load_before": round(load0, 2),
            "load_after": round(os.getloadavg()[0], 2)}  # fmt: skip


def cluster_start(workers: int) -> float:
    """Seconds to start (and stop) a local cluster with `workers` CPUs, nothing run on it."""
    import ray

    from indexer.run.ray_engine import connect

    t0 = time.perf_counter()
    connect(None, workers)
    ray.shutdown()
    return round(time.perf_counter() - t0, 1)


def main(argv: list[str] | None = None) -> int:
    """Run the engines one after another and print one JSON line per run."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--model", default="e5-small-int8")
    ap.add_argument("--work", type=Path, default=Path("/tmp/arkiv-bench-ray"))
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    rows = [run("local", 0, args.model, args.work)]
    print(json.dumps(rows[-1]), flush=True)
    for w in args.workers:
        rows.append({**run("ray", w, args.model, args.work), "cluster_start_s": cluster_start(w)})
        print(json.dumps(rows[-1]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
