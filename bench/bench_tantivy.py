"""tantivy against arkiv's numpy lexicon as the lexical side: speed, match sets, adding a document, relevance.

DESIGN.md asks to measure tantivy before building incremental postings by hand. On the same items
(`bench/tantivy_side.py` maps arkiv's query rules onto tantivy):

- `--archive DIR` (a bench_search.py archive): build time of each; per query of bench_search's mix,
  the time to get the ranked head only (top 200) and the time to get *every* match as item ids (what
  arkiv needs for `total` and facet counts from its own columns, exact, so a facet's count is what a
  click returns); whether both find the same match set; the time to add one document (tantivy: add,
  commit, reload a searcher; the lexicon: a new segment, `indexer.store.lexicon_update`).
- `--relevance DATA` (an evaluation archive, bench/eval_search.py): the lexical ranking of each engine
  on the tuning queries (`--blind`: the blind set too, once), nDCG@10 / recall@10 / MRR per kind.

    python bench/bench_tantivy.py --archive /tmp/arkiv-bench/100000-auto [--rounds 3]
    python bench/bench_tantivy.py --relevance /tmp/arkiv-eval-e5-small [--blind]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import QUERIES
from tantivy_side import TantivySide

TIMES = ("tantivy_top200_ms", "tantivy_all_ms", "lexicon_all_ms")


def _p(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, round(q / 100 * (len(xs) - 1)))], 2)


def speed(data: Path, rounds: int, copies: int = 1) -> dict[str, Any]:
    """Build both, time every query both ways, compare match sets.

    With `copies` > 1 both hold every item that many times (ids shifted): tantivy indexes the copies,
    the lexicon is tiled (bench_lexicon_update._tile). Phrases and diarienummer are then matched by
    FTS5 on the original items only, so those two queries under-count the lexicon's cost and their
    match sets are not compared.
    """
    from bench_lexicon_update import _tile

    from api.context import open_archive
    from api.fts import parse_query
    from api.lexicon import Lexicon
    from api.lexicon_search import lexicon_search
    from arkiv.settings import get_settings

    ctx = open_archive(get_settings(data=data, embedding_model="synthetic-384"))
    conn = ctx.conn
    t0 = time.perf_counter()
    tv = TantivySide.build(conn, data.parent / f"{data.name}-x{copies}.tantivy", copies=copies)
    build_s = time.perf_counter() - t0
    lx = ctx.lexicon
    if copies > 1:
        from indexer.store.lexicon import build_lexicon

        lx = Lexicon(_tile(build_lexicon(conn), copies))
    rows: list[dict[str, Any]] = []
    for q in QUERIES:
        pq = parse_query(q)
        t_head, t_all, t_lex = [], [], []
        for r in range(rounds + 1):
            t = time.perf_counter()
            parts = tv.parts(pq)
            from tantivy import Occur, Query

            any_q = Query.boolean_query([(Occur.Should, p) for p in parts])
            tv.run(any_q, 200)
            a = time.perf_counter()
            ids_tv, _, _ = tv.search_all(pq)
            b = time.perf_counter()
            hits = lexicon_search(lx, conn, pq, 200)
            c = time.perf_counter()
            if r:
                t_head.append((a - t) * 1000)
                t_all.append((b - a) * 1000)
                t_lex.append((c - b) * 1000)
        word_hits = hits.ids  # words, then compound parts, as tantivy_side.search_all
        same = (
            set(ids_tv.tolist()) == set(word_hits.tolist())
            if copies == 1 or not pq.position_parts()
            else None
        )
        rows.append(
            {
                "query": q,
                "matches_lexicon": len(word_hits),
                "matches_tantivy": len(ids_tv),
                "same_set": same,
                "tantivy_top200_ms": round(statistics.median(t_head), 2),
                "tantivy_all_ms": round(statistics.median(t_all), 2),
                "lexicon_all_ms": round(statistics.median(t_lex), 2),
            }
        )
        print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr)
    add = _add_one(conn, tv)
    ctx.close()
    return {
        "items": int(conn_count(data)) * copies,
        "tantivy_build_s": round(build_s, 1),
        "tantivy_mb": round(sum(f.stat().st_size for f in tv.path.iterdir()) / 2**20, 1),
        "queries": rows,
        "p50": {k: _p([r[k] for r in rows], 50) for k in TIMES},
        "p95": {k: _p([r[k] for r in rows], 95) for k in TIMES},
        "add_one": add,
        "load": os.getloadavg(),
    }


def conn_count(data: Path) -> int:
    """How many items the archive holds."""
    import sqlite3

    c = sqlite3.connect(data / "archive.sqlite")
    n = c.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    c.close()
    return int(n)


def _add_one(conn: Any, tv: TantivySide) -> dict[str, float]:
    """Re-add the 25 newest items as if a document of them was replaced: tantivy's cost to be searchable."""
    ids = [r[0] for r in conn.execute("SELECT id FROM items ORDER BY id DESC LIMIT 25")]
    t0 = time.perf_counter()
    tv.add(conn, ids)
    return {"items": len(ids), "tantivy_add_commit_reload_s": round(time.perf_counter() - t0, 3)}


def relevance(data: Path, blind: bool) -> dict[str, Any]:
    """Lexical ranking of both engines on the gold queries: nDCG@10, recall@10, MRR per kind."""
    from api.context import open_archive
    from api.fts import parse_query
    from api.lexicon_search import lexicon_search
    from arkiv.evaluation.search import ROOT, GoldResolver, load_blind, load_queries, scores
    from arkiv.settings import get_settings

    ctx = open_archive(get_settings(data=data, embedding_model="e5-small"))
    tv = TantivySide.build(ctx.conn, data.parent / f"{data.name}.tantivy")
    uid = dict(ctx.conn.execute("SELECT id, uid FROM items").fetchall())
    resolver = GoldResolver(ROOT / "corpus")
    sets = {"tuning": load_queries(resolver)}
    if blind:
        sets["blind"] = load_blind(resolver)
    out: dict[str, Any] = {}
    for name, queries in sets.items():
        table: dict[str, dict[str, list[float]]] = {}
        for q in queries:
            pq = parse_query(q.q)
            ranked = {
                "lexicon": lexicon_search(ctx.lexicon, ctx.conn, pq, 200).ids[:10],
                "tantivy": tv.search_all(pq)[0][:10],
            }
            for engine, ids in ranked.items():
                s = scores([uid[int(i)] for i in ids], q.relevant, q.grades)
                for g in (q.group, "all"):
                    for m in ("ndcg@10", "recall@10", "mrr"):
                        table.setdefault(f"{engine}/{g}", {}).setdefault(m, []).append(s[m])
        out[name] = {k: {m: round(float(np.mean(v)), 3) for m, v in ms.items()} for k, ms in table.items()}
    ctx.close()
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the asked measurements and print JSON."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archive", type=Path)
    ap.add_argument("--relevance", type=Path)
    ap.add_argument("--blind", action="store_true")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--copies", type=int, default=1, help="each item this many times (1M from 100k: 10)")
    args = ap.parse_args(argv)
    res: dict[str, Any] = {}
    if args.archive:
        res["speed"] = speed(args.archive, args.rounds, args.copies)
    if args.relevance:
        res["relevance"] = relevance(args.relevance, args.blind)
    print(json.dumps(res, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
