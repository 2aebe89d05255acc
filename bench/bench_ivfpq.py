"""Compressed vector search at 100k-10M items on real e5 vectors: size, recall@10 against exact, speed.

    python bench/bench_ivfpq.py --sizes 100000 1000000 [--factories ...] [--work DIR] [--json OUT]

1. Real vectors: the items of corpus/seeds, corpus/dev (Kungsbacka) and the Alingsås protokoll in
   corpus/alingsas, embedded with e5-small-int8 as the indexer embeds them (passages), and the
   queries of eval/ (paraphrase, Kungsbacka, held-out) embedded as search embeds them. Cached in
   --work, so a second run does not embed again.
2. Grown to each size by perturbed copies: a copy is a random convex mix of three real passages
   (Dirichlet weights) plus Gaussian noise (per-dimension sigma 0.02), normalised, so the copies
   fill the region the real items span instead of piling up as near-duplicates of a few hundred
   (a first try, one source plus sigma 0.012, gave ~175 near-identical copies per real passage,
   whose order no compressed code can resolve); deterministic per chunk, written once as float16
   to a memory-mapped file (768 bytes per vector) that stands in for the archive's own copy of
   the exact vectors.
3. Exact top-10 by inner product over the whole file (the ground truth), then for each factory:
   train on a sample, add everything, and measure recall@10 and the latency of one query on one
   thread at several nprobe, with and without re-ranking a shortlist of 200 by the exact vectors
   (a factory with `Refine(...)` re-ranks inside FAISS, from codes it holds in memory).
   Memory is the index's own size (serialised), which is what a server holds.

The load average is printed with the figures (this is a shared 2-core machine).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DIM = 384
SIGMA = 0.02
CHUNK = 250_000
K = 10
SHORTLIST = 200


def real_vectors(work: Path, model: str) -> tuple[np.ndarray, np.ndarray]:
    """(passages, queries) embedded with `model`, cached in `work`."""
    cache = work / f"real-{model}.npz"
    if cache.exists():
        z = np.load(cache)
        return z["passages"], z["queries"]
    from arkiv.settings import get_settings
    from indexer.embed.embedder import embed_items, item_text, load_embedder
    from indexer.extract import extract_file

    files = sorted((ROOT / "corpus" / "seeds").iterdir()) + sorted((ROOT / "corpus" / "dev").glob("*.txt"))
    files += sorted((ROOT / "corpus" / "alingsas").glob("*protokoll*.pdf"))
    texts: list[str] = []
    for f in files:
        try:
            texts += [item_text(it.title, it.text) for it in extract_file(f).items]
        except Exception as e:  # a bench reports what it cannot read and goes on
            print(f"skipped {f.name}: {e}", file=sys.stderr)
    emb = load_embedder(get_settings(embedding_model=model))
    passages = np.vstack(embed_items(emb, texts))
    queries = np.vstack([emb.embed_query(q) for q in _queries()])
    np.savez(cache, passages=passages, queries=queries)
    print(f"embedded {len(texts)} items -> {len(passages)} passages, {len(queries)} queries", file=sys.stderr)
    return passages, queries


def _queries() -> list[str]:
    out = [q["q"] for q in json.loads((ROOT / "eval" / "paraphrase.json").read_text("utf-8"))["queries"]]
    for name in ("kungsbacka.queries.json", "heldout.queries.json"):
        data = json.loads((ROOT / "eval" / name).read_text("utf-8"))
        rows = data["queries"] if isinstance(data, dict) else data
        out += [q.get("query") or q.get("q") for q in rows]
    return out


def grow(real: np.ndarray, n: int, path: Path) -> np.memmap:
    """`n` vectors: the real ones, then perturbed copies (float16, memory-mapped; built once)."""
    if path.exists() and path.stat().st_size == n * DIM * 2:
        return np.memmap(path, np.float16, "r", shape=(n, DIM))
    out = np.memmap(path, np.float16, "w+", shape=(n, DIM))
    m = min(len(real), n)
    out[:m] = real[:m]
    for start in range(m, n, CHUNK):
        end = min(n, start + CHUNK)
        rng = np.random.default_rng(start)
        src = rng.integers(0, len(real), (end - start, 3))
        w = rng.dirichlet(np.ones(3), end - start).astype(np.float32)
        noise = rng.normal(0, SIGMA, (end - start, DIM)).astype(np.float32)
        v = np.einsum("nk,nkd->nd", w, real[src]) + noise
        out[start:end] = v / np.linalg.norm(v, axis=1, keepdims=True)
    out.flush()
    return np.memmap(path, np.float16, "r", shape=(n, DIM))


def exact_topk(vecs: np.memmap, queries: np.ndarray, k: int = K) -> np.ndarray:
    """Exact top-k ids by inner product, chunk by chunk over the file."""
    best_s = np.full((len(queries), k), -np.inf, np.float32)
    best_i = np.zeros((len(queries), k), np.int64)
    for start in range(0, len(vecs), CHUNK):
        block = np.asarray(vecs[start : start + CHUNK], dtype=np.float32)
        s = queries @ block.T
        top = np.argpartition(-s, k - 1, axis=1)[:, :k]
        cand_s = np.concatenate([best_s, np.take_along_axis(s, top, 1)], axis=1)
        cand_i = np.concatenate([best_i, top + start], axis=1)
        order = np.argsort(-cand_s, axis=1)[:, :k]
        best_s, best_i = np.take_along_axis(cand_s, order, 1), np.take_along_axis(cand_i, order, 1)
    return best_i


def build(factory: str, vecs: np.memmap, train_n: int) -> tuple[Any, float]:
    """Train on a sample and add every vector; returns (index, seconds)."""
    import faiss

    t0 = time.perf_counter()
    index = faiss.index_factory(DIM, factory, faiss.METRIC_INNER_PRODUCT)
    inner = faiss.downcast_index(faiss.extract_index_ivf(index))
    if isinstance(inner, faiss.IndexIVFPQ):  # as the archive builds it: no polysemous code reordering
        inner.do_polysemous_training = False
    rng = np.random.default_rng(0)
    sample = np.sort(rng.choice(len(vecs), min(train_n, len(vecs)), replace=False))
    index.train(np.asarray(vecs[sample], dtype=np.float32))
    for start in range(0, len(vecs), CHUNK):
        index.add(np.asarray(vecs[start : start + CHUNK], dtype=np.float32))
    return index, time.perf_counter() - t0


def measure(index: Any, vecs: np.memmap, queries: np.ndarray, truth: np.ndarray, nprobe: int,
            shortlist: int) -> dict[str, float]:  # fmt: skip
    """recall@10 and per-query latency (one thread) at one nprobe; `shortlist` 0 = no re-ranking."""
    rerank = shortlist > 0
    import faiss

    faiss.extract_index_ivf(index).nprobe = nprobe
    refine = faiss.downcast_index(index)
    if isinstance(refine, faiss.IndexRefine):  # FAISS re-ranks itself, from the codes it keeps
        refine.k_factor = max(1, shortlist // K)
    lat, cpu, hits = [], [], 0
    for qi, q in enumerate(queries):
        t0, c0 = time.perf_counter(), time.process_time()
        _, ids = index.search(q[None, :], shortlist if rerank else K)
        ids = ids[0][ids[0] >= 0]
        if rerank:  # exact scores for the shortlist, from the stored exact vectors
            order = np.argsort(ids)
            exact = np.asarray(vecs[ids[order]], dtype=np.float32) @ q
            ids = ids[order][np.argsort(-exact)[:K]]
        lat.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)  # one thread; a loaded machine's wall time is queue
        hits += len(set(ids[:K].tolist()) & set(truth[qi].tolist()))
    return {"nprobe": nprobe, "shortlist": shortlist, "recall@10": hits / (K * len(queries)),
            "p50_ms": float(np.percentile(lat, 50)), "p95_ms": float(np.percentile(lat, 95)),
            "cpu_p50_ms": float(np.percentile(cpu, 50)),
            "cpu_p95_ms": float(np.percentile(cpu, 95))}  # fmt: skip


def index_bytes(index: Any) -> int:
    import faiss

    return int(faiss.serialize_index(index).nbytes)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table row per (size, factory, nprobe, rerank)."""
    import faiss

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--factories", nargs="+", default=["IVF{nlist},PQ96"])
    ap.add_argument("--nprobe", type=int, nargs="+", default=[16, 32, 64])
    ap.add_argument("--shortlist", type=int, nargs="+", default=[SHORTLIST],
                    help="shortlists re-ranked by the exact vectors (0 is always measured too)")  # fmt: skip
    ap.add_argument("--probe-share", type=int, nargs="+", default=[],
                    help="also probe 1/S of the lists, for each S (the archive probes 1/8)")  # fmt: skip
    ap.add_argument("--nlist", type=int, default=0, help="lists (default: 2**k nearest 4*sqrt(n))")
    ap.add_argument("--drop", action="store_true", help="delete each size's vector file when done (disk)")
    ap.add_argument("--model", default="e5-small-int8")
    ap.add_argument("--work", type=Path, default=Path("/tmp/arkiv-ivfpq"))
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    passages, queries = real_vectors(args.work, args.model)
    print(f"{len(passages)} real passages, {len(queries)} queries; load {os.getloadavg()}", flush=True)
    rows = []
    for n in args.sizes:
        vecs = grow(passages, n, args.work / f"vectors-{n}-v2.f16")
        t0 = time.perf_counter()
        truth = exact_topk(vecs, queries)
        exact_s = (time.perf_counter() - t0) / len(queries)
        print(f"n={n:,}: exact search {exact_s * 1000:.0f} ms/query (numpy, all threads)", flush=True)
        nlist = args.nlist or int(2 ** round(np.log2(4 * np.sqrt(n))))
        for pattern in args.factories:
            factory = pattern.format(nlist=nlist)
            faiss.omp_set_num_threads(os.cpu_count() or 1)
            index, secs = build(factory, vecs, train_n=max(20 * nlist, 50_000))
            size = index_bytes(index)
            faiss.omp_set_num_threads(1)  # one query on one thread, as the server searches
            for nprobe in sorted({*args.nprobe, *(nlist // share for share in args.probe_share)}):
                for shortlist in (0,) if "Refine" in factory else (0, *args.shortlist):
                    r = measure(index, vecs, queries, truth, nprobe, shortlist)
                    row = {"n": n, "factory": factory, "build_s": round(secs, 1),
                           "index_mb": round(size / 1e6, 1), "bytes_per_vector": round(size / n, 1),
                           "load": os.getloadavg()[0], **r}  # fmt: skip
                    rows.append(row)
                    print(json.dumps(row), flush=True)
            del index
        if args.drop:  # 7.7 GB at 10M: the next size writes its own
            del vecs
            (args.work / f"vectors-{n}-v2.f16").unlink()
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
