"""The int8 embedder of this tree against the same embedder at an earlier git revision, interleaved.

    python bench/bench_embed_queue.py [--baseline REV] [--corpus corpus] [--repeat 3] [--json out.json]

Both embedders (`indexer/embed/openvino_e5.py` as checked out, and as it was at --baseline, loaded
from `git show`) embed the corpus's items in alternating passes, so a shared machine's load falls on
both alike; the best and the median pass of each are reported with the share of the cores they
kept busy, and the load average. The vectors of the two are compared row by row (min and mean
cosine): a faster path must give the same vectors.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arkiv.settings import get_settings  # noqa: E402
from bench.bench_embed import corpus_items  # noqa: E402
from indexer.embed.embedder import embed_items  # noqa: E402
from indexer.embed.openvino_e5 import OpenVinoE5Embedder  # noqa: E402
from models.e5_int8 import ensure_e5_int8  # noqa: E402


def baseline_class(rev: str) -> Any:
    """`OpenVinoE5Embedder` as it was at git revision `rev` (its module loaded under another name)."""
    source = subprocess.run(
        ["git", "show", f"{rev}:indexer/embed/openvino_e5.py"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    path = Path(tempfile.mkdtemp(prefix="arkiv-bench-")) / "openvino_e5_baseline.py"
    path.write_bytes(source)
    spec = importlib.util.spec_from_file_location("openvino_e5_baseline", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.OpenVinoE5Embedder


def one_pass(emb: Any, texts: list[str]) -> tuple[float, float, np.ndarray]:
    """Wall seconds, CPU seconds and the stacked passage vectors of one pass over `texts`."""
    t0, c0 = time.perf_counter(), time.process_time()
    mats = embed_items(emb, texts)
    return time.perf_counter() - t0, time.process_time() - c0, np.vstack(mats)


def main(argv: list[str] | None = None) -> int:
    """Run the interleaved passes and print one JSON object."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default="HEAD", help="git revision of the old embedder")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)

    settings = get_settings()
    folder = ensure_e5_int8(settings.model_cache)
    texts = corpus_items(args.corpus)
    batch = settings.embed_batch_size
    embedders = {
        f"baseline ({args.baseline})": baseline_class(args.baseline)(folder, batch_size=batch),
        "this tree": OpenVinoE5Embedder(folder, batch_size=batch),
    }
    for emb in embedders.values():
        one_pass(emb, texts[:8])  # first call pays lazy initialisation
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in embedders}
    vecs: dict[str, np.ndarray] = {}
    loads = [os.getloadavg()[0]]
    for _ in range(args.repeat):
        for name, emb in embedders.items():
            wall, cpu, vecs[name] = one_pass(emb, texts)
            runs[name].append((wall, cpu))
            loads.append(os.getloadavg()[0])
    old, new = vecs.values()
    cos = np.sum(old * new, axis=1) / (np.linalg.norm(old, axis=1) * np.linalg.norm(new, axis=1))
    report: dict[str, Any] = {
        "items": len(texts),
        "passages": len(new),
        "cores": os.cpu_count(),
        "load_1min": [round(x, 2) for x in loads],
        "cosine_min": round(float(cos.min()), 5),
        "cosine_mean": round(float(cos.mean()), 6),
    }
    for name, passes in runs.items():
        wall, cpu = min(passes)
        report[name] = {
            "items_per_s": round(len(texts) / wall, 2),  # best pass
            "items_per_s_median": round(len(texts) / float(np.median([w for w, _ in passes])), 2),
            "passes_s": [round(w, 2) for w, _ in passes],
            "cpu_per_wall": round(cpu / wall, 2),  # how many of the cores the pass kept busy
        }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
