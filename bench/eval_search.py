"""Search relevance per mode (lexical, semantic, hybrid): MRR, nDCG@10, recall@10.

The queries, gold mapping and metrics are in `arkiv.evaluation.search`. The archive is
built (incrementally) from corpus/ with the chosen model, then every query is run in
every mode and the means are printed per query group (lexical / paraphrase) and source.

    python bench/eval_search.py [--model e5-small] [--data DIR] [--json OUT] [--no-heldout]

The held-out queries (eval/heldout.queries.json, written blind and never used for tuning) are
scored separately when the file exists and printed as their own table ("held-out").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from arkiv.evaluation.search import ROOT, GoldResolver, evaluate, load_heldout, load_queries


def ensure_archive(settings: Any, corpus: Path) -> None:
    """Index corpus/seeds and corpus/dev into the evaluation archive (incremental: cached vectors reused)."""
    from indexer.pipeline import index_paths

    t0 = time.perf_counter()
    report = index_paths([corpus / "seeds", corpus / "dev"], settings)
    print(
        f"archive {settings.data}: {len(report.indexed)} indexed, {len(report.unchanged)} unchanged, "
        f"{report.embedded} embedded, {time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )


def print_table(result: dict[str, Any]) -> None:
    """Markdown table: mode x group."""
    groups = ["all", "lexical", "paraphrase", "seeds", "kungsbacka"]
    print("| mode | group | n | MRR | nDCG@10 | recall@10 | p@10 | junk@10 | total |")
    print("|---|---|---|---|---|---|---|---|---|")
    for mode, by_group in result["table"].items():
        for g in groups:
            if g in by_group:
                m = by_group[g]
                cells = f"{m['mrr']:.3f} | {m['ndcg@10']:.3f} | {m['recall@10']:.3f} | {m['p@10']:.3f}"
                print(f"| {mode} | {g} | {m['n']} | {cells} | {m['junk@10']:.1f} | {m['total']:.1f} |")


def main(argv: list[str] | None = None) -> int:
    """Build/refresh the archive, evaluate every mode, print a table (and JSON if asked)."""
    from api.context import open_archive
    from arkiv.settings import get_settings

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="e5-small")
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--no-heldout", action="store_true", help="skip eval/heldout.queries.json")
    args = ap.parse_args(argv)
    data = args.data or Path("/tmp") / f"arkiv-eval-{args.model.replace('/', '_')}"
    settings = get_settings(data=data, embedding_model=args.model)
    ensure_archive(settings, args.corpus)
    resolver = GoldResolver(args.corpus)
    queries = load_queries(resolver)
    use_heldout = not args.no_heldout and (ROOT / "eval" / "heldout.queries.json").exists()
    heldout = load_heldout(resolver) if use_heldout else []
    for q in queries + heldout:
        if q.unresolved:
            print(f"unresolved gold for {q.q!r}: {', '.join(q.unresolved)}", file=sys.stderr)
    with open_archive(settings) as ctx:
        result = evaluate(ctx, queries)
        held = evaluate(ctx, heldout) if heldout else None
    result["model"] = args.model
    result["queries"] = len(queries)
    print_table(result)
    if held is not None:
        print(f"\nheld-out: eval/heldout.queries.json ({len(heldout)} queries, never used for tuning)")
        print_table(held)
        result["heldout"] = held
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
