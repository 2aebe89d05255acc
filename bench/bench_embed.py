"""Embedding throughput and query latency per embedding model, over the corpus's items.

    python bench/bench_embed.py [--models e5-small e5-small-static] [--corpus corpus] [--repeat 2]
                                [--cache DIR] [--json out.json]

Items come from the real pipeline (`indexer.extract`) on every file under --corpus;
each item's text is title + body and is split into passages as when indexing.
Reports items/s and passages/s (best of --repeat passes, so a one-off stall of a
shared machine does not decide the figure), and p50/p95 of one query embedding
over the paraphrase queries, and the model's MRR on eval/paraphrase.json. Model
load/convert time is reported separately.
The machine's load average is printed with the figures: on a busy 2-core machine
they drop sharply.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arkiv.settings import get_settings  # noqa: E402
from indexer.embed.embedder import embed_items, item_text, load_embedder  # noqa: E402
from indexer.extract import extract_file  # noqa: E402


def corpus_items(corpus: Path) -> list[str]:
    """Item texts (title + body) of every document under `corpus`."""
    texts = []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html"}):
        try:
            ex = extract_file(path)
        except Exception as exc:  # a benchmark reports what it could not read and goes on
            print(f"skipped {path}: {exc}", file=sys.stderr)
            continue
        texts.extend(item_text(it.title, it.text) for it in ex.items)
    return texts


def paraphrase_mrr(emb, paraphrase: dict) -> float:  # type: ignore[no-untyped-def]
    """MRR of the model alone on eval/paraphrase.json (one relevant passage per query)."""
    keys = list(paraphrase["passages"])
    mat = emb.embed_passages([paraphrase["passages"][k] for k in keys])
    rr = []
    for q in paraphrase["queries"]:
        order = [keys[i] for i in np.argsort(-(mat @ emb.embed_query(q["q"])))]
        rr.append(1.0 / (1 + order.index(q["relevant"])))
    return float(np.mean(rr))


def bench_model(name: str, texts: list[str], paraphrase: dict, cache: Path | None, repeat: int) -> dict:
    """Load one model; time passage and query embedding; its paraphrase MRR."""
    queries = [q["q"] for q in paraphrase["queries"]]
    settings = get_settings(embedding_model=name, model_cache=cache)
    t0 = time.perf_counter()
    emb = load_embedder(settings)
    load_s = time.perf_counter() - t0
    emb.embed_query("uppvärmning")  # first call pays lazy initialisation; not part of the figures
    passes, cpu = [], []
    n_passages = 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        mats = embed_items(emb, texts)
        passes.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        n_passages = sum(len(m) for m in mats)
    best = min(passes)
    lat = []
    for q in queries:
        t0 = time.perf_counter()
        emb.embed_query(q)
        lat.append((time.perf_counter() - t0) * 1000)
    words = sum(len(t.split()) for t in texts)
    return {
        "model": name,
        "model_id": emb.model_id,
        "dim": emb.dim,
        "load_s": round(load_s, 2),
        "items": len(texts),
        "passages": n_passages,
        "mean_words_per_item": round(words / max(1, len(texts)), 1),
        "embed_s_best": round(best, 2),
        "embed_s_all": [round(p, 2) for p in passes],
        "items_per_s": round(len(texts) / best, 1),
        # CPU seconds of this process: on a shared machine, items per CPU-second x cores
        # estimates what an idle machine would reach (an estimate, not a measurement).
        "cpu_s_best": round(min(cpu), 2),
        "items_per_cpu_s": round(len(texts) / min(cpu), 2),
        "passages_per_s": round(n_passages / best, 1),
        "query_ms_p50": round(float(np.percentile(lat, 50)), 1),
        "query_ms_p95": round(float(np.percentile(lat, 95)), 1),
        "paraphrase_mrr": round(paraphrase_mrr(emb, paraphrase), 3),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per model (and JSON if asked)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="+", default=["e5-small", "e5-small-static"])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=None, help="model cache (default: settings)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    texts = corpus_items(args.corpus)
    paraphrase = json.loads((ROOT / "eval" / "paraphrase.json").read_text(encoding="utf-8"))
    env = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.machine()} {os.cpu_count()} cores, {platform.python_version()}",
        "corpus": str(args.corpus),
        "loadavg_before": [round(x, 2) for x in os.getloadavg()],
    }
    print(f"{len(texts)} items from {args.corpus}; {env['machine']}; load average {env['loadavg_before']}")
    results = []
    for name in args.models:
        r = bench_model(name, texts, paraphrase, args.cache, args.repeat)
        results.append(r)
        print(
            f"{name:16s} dim {r['dim']:4d}  {r['items_per_s']:8.1f} items/s"
            f"  {r['passages_per_s']:8.1f} passages/s  {r['items_per_cpu_s']} items/CPU-s"
            f"  ({r['items']} items, {r['passages']} passages, {r['mean_words_per_item']} words/item, "
            f"best of {args.repeat}: {r['embed_s_best']} s)  query p50 {r['query_ms_p50']} ms"
            f" p95 {r['query_ms_p95']} ms  load {r['load_s']} s  paraphrase MRR {r['paraphrase_mrr']}"
        )
    env["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    print(f"load average after: {env['loadavg_after']}")
    if args.json:
        out = {"env": env, "results": results}
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
