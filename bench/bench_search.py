"""Search latency at scale: an archive grown synthetically from the corpus to 10k, 100k, 1M items.

SQLite rows are copies of the corpus items (title, text, facets: party, person, kommun)
spread over 60 organizations, their organs and the years 2015-2026, so FTS5, the trigram
table and the facet columns hold realistic text at the target size. Vectors are synthetic
(384-d like e5-small): each copy is its source item's random base vector plus noise,
normalised, so neighbourhoods have structure. Measured per size:

- build time (SQLite rows + both FTS tables, the lexicon, vectors + FAISS index) and sizes on disk;
- memory: the FAISS index, the lexicon and the in-memory facet columns;
- p50/p95 (wall clock, and CPU time of the process, which a busy shared machine does not inflate)
  of a hybrid query with all seven facets (limit 20), over a mix of queries
  (common and rare words, phrases, a diarienummer, long paraphrases), unfiltered and
  with a year filter; lexical and semantic alone; each cold (the query cache emptied
  before every query); and a facet click (the same query again with a year filter, its
  matches cached). The query embedding is timed separately with the real model
  (`--embed-model e5-small`) because here it is precomputed.

    python bench/bench_search.py --sizes 10000 100000 1000000 [--factory auto] [--embed-model e5-small]

`--passages-from DIR` gives each synthetic item as many passages as an item of the archive in DIR
(its per-item passage counts sampled with replacement; each passage its item's vector plus noise),
so the cost of a passage window is measured: the same rows with the passages of a 499-token and of a
160-token archive. Without it every item has one vector.

`--no-lexicon` measures the FTS5-only lexical path (as on an archive without a lexicon); an
archive built before the lexicon existed gets one added (timed) before it is measured.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DIM = 384
QUERIES = [
    "skatteväxling",
    "detaljplan",
    "budget",
    "vård",
    "kommunstyrelsen beslutar",
    "taxa",
    "ej verkställda beslut",
    "Kapten Menns fond",
    '"nära vård"',
    "KS-2025-00620",
    "hur tvister mellan kommuner och region ska hanteras",
    "skydd för politiker som utsätts för hot",
    "delårsrapport",
    "förskola och grundskola",
    "ersättningsmodell för vårdcentraler",
]


def source_items(data: Path) -> list[dict[str, Any]]:
    """The corpus items (indexed with the hash embedder into `data` if not there yet)."""
    from arkiv.archive import connect
    from arkiv.settings import get_settings
    from indexer.pipeline import index_paths

    if not (data / "archive.sqlite").exists():
        text_corpus = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "dev"]
        index_paths(text_corpus, get_settings(data=data, embedding_model="hash"))
    conn = connect(data / "archive.sqlite", readonly=True)
    items = [dict(r) for r in conn.execute("SELECT id, title, text, organ, doc_type FROM items ORDER BY id")]
    facets: dict[int, list[tuple[str, str]]] = {}
    for facet, value, item_id in conn.execute("SELECT facet, value, item_id FROM item_facets"):
        facets.setdefault(item_id, []).append((facet, value))
    dnrs: dict[int, list[str]] = {}
    for item_id, dnr in conn.execute("SELECT item_id, dnr FROM item_dnr"):
        dnrs.setdefault(item_id, []).append(dnr)
    for it in items:
        it["facets"] = facets.get(it["id"], [])
        it["dnrs"] = dnrs.get(it["id"], [])
    conn.close()
    return items


def kommuner(n: int) -> list[str]:
    """The first n kommun names of the gazetteer (organizations of the synthetic archive)."""
    with (ROOT / "models" / "data" / "kommuner.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    key = "kommun"
    return [f"{r[key]} kommun" for r in rows[:n]]


def passage_counts(archive: Path) -> np.ndarray:
    """How many passages each item of a real archive has (its FAISS index)."""
    from indexer.store.vectors import load_index

    index = load_index(archive / "vectors.faiss")
    return np.asarray(index.passage_counts(index.item_ids()), np.int64)


def build(
    out: Path, n: int, src: list[dict[str, Any]], factory: str, counts: np.ndarray | None = None
) -> dict[str, float]:
    """Write a synthetic archive of n items into `out` (`counts`: passages per item to sample from);
    returns build timings (s)."""
    from arkiv.archive import ArchivePaths, connect, write_manifest
    from indexer.store import meetings
    from indexer.store.schema import SCHEMA_VERSION
    from indexer.store.vectors import build_index, write_index

    out.mkdir(parents=True, exist_ok=True)
    paths = ArchivePaths(out)
    rng = random.Random(n)
    orgs = kommuner(60)
    t0 = time.perf_counter()
    conn = connect(paths.db)
    conn.execute("PRAGMA synchronous=OFF")
    per_doc = 25
    docs, items, facets, dnrs = [], [], [], []
    for d in range(0, n, per_doc):
        year = rng.randint(2015, 2026)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        org = orgs[rng.randrange(len(orgs))]
        s0 = src[rng.randrange(len(src))]
        doc_id = d // per_doc + 1
        docs.append(
            (
                doc_id,
                f"{doc_id:064x}",
                f"/syn/{doc_id}.txt",
                f"syn/{doc_id}.txt",
                "txt",
                org,
                s0["organ"],
                date,
                year,
                s0["doc_type"],
                min(per_doc, n - d),
                0,
                "2026-01-01",
            )
        )
        for i in range(d, min(n, d + per_doc)):
            s = src[i % len(src)]
            item_id = i + 1
            items.append(
                (
                    item_id,
                    f"syn{doc_id:07d}-{i - d + 1}",
                    doc_id,
                    i - d + 1,
                    None,
                    s["title"],
                    s["text"],
                    org,
                    s["organ"],
                    date,
                    year,
                    s["doc_type"],
                    0,
                    f"{i:x}",
                )
            )
            facets.extend((f, v, item_id) for f, v in s["facets"])
            dnrs.extend((item_id, x) for x in s["dnrs"])
    with conn:
        conn.executemany(
            "INSERT INTO documents(id, sha256, path, source, fmt, organization, organ, date, year, doc_type,"
            " n_items, masked_personnummer, indexed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            docs,
        )
        conn.executemany(
            "INSERT INTO items(id, uid, doc_id, seq, number, title, text, organization, organ, date, year,"
            " doc_type, own_organ, text_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            items,
        )
        conn.executemany("INSERT OR IGNORE INTO item_facets(facet, value, item_id) VALUES (?,?,?)", facets)
        conn.executemany("INSERT OR IGNORE INTO item_dnr(item_id, dnr) VALUES (?,?)", dnrs)
        meetings.assign_all(conn)
    t_rows = time.perf_counter()
    with conn:
        conn.execute(
            "INSERT INTO items_fts(rowid, title, text, dnr) SELECT i.id, i.title, i.text,"
            " COALESCE((SELECT GROUP_CONCAT(dnr, ' ') FROM item_dnr x WHERE x.item_id = i.id), '')"
            " FROM items i"
        )
        conn.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
    t_fts = time.perf_counter()
    with conn:
        conn.execute("INSERT INTO items_tri(rowid, title, text) SELECT id, title, text FROM items")
        conn.execute("INSERT INTO items_tri(items_tri) VALUES ('optimize')")
    t_tri = time.perf_counter()
    add_lexicon(out, conn)
    t_lex = time.perf_counter()
    conn.close()
    vrng = np.random.default_rng(0)
    base = vrng.standard_normal((len(src), DIM)).astype(np.float32)
    vecs = np.empty((n, DIM), np.float32)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        idx = np.arange(start, stop) % len(src)
        v = base[idx] + 0.6 * vrng.standard_normal((stop - start, DIM)).astype(np.float32)
        vecs[start:stop] = v / np.linalg.norm(v, axis=1, keepdims=True)
    ids = np.arange(1, n + 1, dtype=np.int64)
    if counts is not None:  # several passages per item: the item's vector plus noise, each
        per_item = vrng.choice(counts, size=n, replace=True)
        ids = np.repeat(ids, per_item)
        v = np.repeat(vecs, per_item, axis=0) + 0.3 * vrng.standard_normal((len(ids), DIM)).astype(np.float32)
        vecs = v / np.linalg.norm(v, axis=1, keepdims=True)
    index = build_index(ids, vecs, factory, dim=DIM)
    write_index(index, paths.vectors)
    t_vec = time.perf_counter()
    write_manifest(
        paths,
        {
            "schema_version": SCHEMA_VERSION,
            "embedding": {"model": "synthetic-384", "dim": DIM, "normalized": True},
            "faiss": {"factory": index.factory, "ntotal": index.ntotal},
            "items": n,
            "built_at": "synthetic",
        },
    )
    np.save(out / "query_bases.npy", base)
    return {
        "rows_s": t_rows - t0,
        "fts_s": t_fts - t_rows,
        "trigram_s": t_tri - t_fts,
        "lexicon_s": t_lex - t_tri,
        "vectors_s": t_vec - t_lex,
        "total_s": t_vec - t0,
    }


def add_lexicon(out: Path, conn: Any = None) -> float:
    """Build the archive's lexicon (indexer.store.lexicon), as `arkiv index` does at the end; returns seconds.

    Also run on a bench archive built before the lexicon existed.
    """
    from arkiv.archive import connect
    from indexer.store.lexicon_update import save_lexicon

    t0 = time.perf_counter()
    own = conn is None
    conn = conn or connect(out / "archive.sqlite", readonly=True)
    sizes = save_lexicon(conn, out)
    if own:
        conn.close()
    print(f"{out.name}: lexicon {sizes} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return time.perf_counter() - t0


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def measure(out: Path, rounds: int) -> dict[str, Any]:
    """Latency of hybrid search with all facets (and variants) on the archive at `out`."""
    from api.context import open_archive
    from api.filters import Filters
    from api.search import remember_query_vector, search
    from arkiv.settings import get_settings

    settings = get_settings(data=out, embedding_model="synthetic-384")
    ctx = open_archive(settings)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    cols = ctx.columns
    t_cols = time.perf_counter() - t0
    t0 = time.perf_counter()
    index = ctx.index
    t_index = time.perf_counter() - t0
    t0 = time.perf_counter()
    lexicon = ctx.lexicon
    t_lexicon = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    base = np.load(out / "query_bases.npy")
    rng = np.random.default_rng(1)
    qvecs = []
    for _ in QUERIES:
        v = base[rng.integers(len(base))] + 0.8 * rng.standard_normal(DIM).astype(np.float32)
        qvecs.append((v / np.linalg.norm(v)).astype(np.float32))
    variants = {
        "hybrid+facets": {"mode": "hybrid"},
        "hybrid+facets, year filter": {"mode": "hybrid", "filters": Filters(year="2020")},
        "lexical+facets": {"mode": "lexical"},
        "semantic+facets": {"mode": "semantic"},
        "hybrid, no facets": {"mode": "hybrid", "facets": False},
    }
    res: dict[str, Any] = {}
    totals: list[int] = []
    variants["facet click (query cached)"] = {"mode": "hybrid", "click": True}
    for name, kw in variants.items():
        times: list[float] = []
        cpu: list[float] = []
        kw = dict(kw)
        click = kw.pop("click", False)
        for r in range(rounds + 1):
            for q, v in zip(QUERIES, qvecs, strict=True):
                ctx.cache.clear()  # cold: nothing of this query is cached (but its vector, see below)
                remember_query_vector(ctx, q, v)  # the model is timed separately (embed_timing)
                extra: dict[str, Any] = {}
                if click:  # the user clicks the first year of the query's year facet
                    years = search(ctx, q, limit=20, **kw).facets["year"]
                    extra["filters"] = Filters(year=years[0].value) if years else None
                t, c = time.perf_counter(), time.process_time()
                resp = search(ctx, q, limit=20, **kw, **extra)
                if r:  # round 0 warms caches
                    times.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - c) * 1000)
                if name == "hybrid+facets" and r == 1:
                    totals.append(resp.total)
        res[name] = {
            "p50_ms": round(_pct(times, 50), 1),
            "p95_ms": round(_pct(times, 95), 1),
            "max_ms": round(max(times), 1),
            "cpu_p50_ms": round(_pct(cpu, 50), 1),
            "cpu_p95_ms": round(_pct(cpu, 95), 1),
            "n": len(times),
        }
    ctx.close()
    return {
        "latency": res,
        "matches_per_query": {"median": int(statistics.median(totals)), "max": max(totals)},
        "columns_load_s": round(t_cols, 2),
        "index_load_s": round(t_index, 2),
        "lexicon": None
        if lexicon is None
        else {
            "load_s": round(t_lexicon, 2),
            "tokens": lexicon.n_tokens,
            "postings": lexicon.n_postings,
            "file_mb": round((out / "lexicon.npz").stat().st_size / 2**20, 1),
        },
        "index": {
            "factory": index.factory,
            "ntotal": index.ntotal,
            "file_mb": round((out / "vectors.faiss").stat().st_size / 2**20, 1),
        },
        "rss_growth_mb": round((rss1 - rss0) / 1024, 1),
        "columns_mb": round(
            sum(a.nbytes for a in (cols.ids, cols.row_of)) / 2**20
            + sum(c.codes.nbytes for c in cols.scalar.values()) / 2**20
            + sum(m.rows.nbytes + m.codes.nbytes for m in cols.multi.values()) / 2**20,
            1,
        ),
        "sqlite_mb": round((out / "archive.sqlite").stat().st_size / 2**20, 1),
    }


def embed_timing(model: str, n: int = 30) -> dict[str, float]:
    """p50/p95 of embedding one query with the real model."""
    from api.context import single_threaded_queries
    from arkiv.settings import get_settings
    from indexer.embed.embedder import load_query_embedder

    emb = load_query_embedder(get_settings(embedding_model=model))  # what a search uses
    single_threaded_queries()  # as api.context does when it loads the embedder
    emb.embed_query("uppvärmning")
    times = []
    for i in range(n):
        q = f"{QUERIES[i % len(QUERIES)]} {i}"  # distinct texts: the embedder caches repeated queries
        t = time.perf_counter()
        emb.embed_query(q)
        times.append((time.perf_counter() - t) * 1000)
    return {"model": model, "p50_ms": round(_pct(times, 50), 1), "p95_ms": round(_pct(times, 95), 1)}


def main(argv: list[str] | None = None) -> int:
    """Build each size (unless present), measure, print a table and write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--out", type=Path, default=Path("/tmp/arkiv-bench"))
    ap.add_argument("--factory", default="auto", help="FAISS factory (Settings.faiss_factory)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--embed-model", default=None, help="also time query embedding with this model")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--no-lexicon", action="store_true", help="measure lexical search through FTS5 only")
    ap.add_argument(
        "--passages-from", type=Path, default=None, help="sample passages per item from this archive"
    )
    args = ap.parse_args(argv)
    counts = passage_counts(args.passages_from) if args.passages_from else None
    src = source_items(args.out / "source")
    report: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "factory": args.factory,
        "sizes": {},
        "load": os.getloadavg(),
        "passages_from": str(args.passages_from) if args.passages_from else None,
    }
    if args.embed_model:
        report["query_embedding"] = embed_timing(args.embed_model)
        print(f"query embedding {report['query_embedding']}", file=sys.stderr)
    for n in args.sizes:
        out = args.out / f"{n}-{args.factory.replace(',', '_')}"
        if counts is not None:
            out = out.with_name(f"{out.name}-passages-{args.passages_from.name}")  # type: ignore[union-attr]
        build_s = None
        if not (out / "manifest.json").exists():
            build_s = build(out, n, src, args.factory, counts)
            print(f"{n}: built in {build_s['total_s']:.0f} s {build_s}", file=sys.stderr)
        elif not (out / "lexicon.npz").exists() and not args.no_lexicon:
            build_s = {"lexicon_s": add_lexicon(out)}
        hide = args.no_lexicon and (out / "lexicon.npz").exists()
        if hide:  # measure the FTS5 path: the reader ignores a lexicon it cannot find
            (out / "lexicon.npz").rename(out / "lexicon.off.npz")
        try:
            m = measure(out, args.rounds)
        finally:
            if hide:
                (out / "lexicon.off.npz").rename(out / "lexicon.npz")
        m["build"] = build_s
        report["sizes"][str(n)] = m
        print(f"{n}: {json.dumps(m)}", file=sys.stderr)
    print(f"load average at the end: {os.getloadavg()}")
    print("| items | index | variant | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms |")
    print("|---|---|---|---|---|---|---|")
    for n, m in report["sizes"].items():
        for name, lat in m["latency"].items():
            cells = f"{lat['p50_ms']} | {lat['p95_ms']} | {lat['cpu_p50_ms']} | {lat['cpu_p95_ms']}"
            print(f"| {int(n):,} | {m['index']['factory']} | {name} | {cells} |")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
