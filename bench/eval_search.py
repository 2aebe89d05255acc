"""Search relevance per mode (lexical, semantic, hybrid): MRR, nDCG@10, recall@10.

The queries, gold mapping and metrics are in `arkiv.evaluation.search`. The archive is
built (incrementally) from corpus/ with the chosen model, then every query is run in
every mode and the means are printed per query group (lexical / paraphrase) and source.

    python bench/eval_search.py [--model e5-small] [--data DIR] [--json OUT] [--no-heldout] [--blind]

The archive holds corpus/seeds, corpus/dev and the Alingsås protokoll (corpus/alingsas/*.pdf, not
the bilagor). The held-out queries (eval/heldout.queries.json, written blind and never used for
tuning) are scored separately when the file exists and printed as their own table ("held-out").
The blind set (eval/blind.queries.json, Alingsås + Kungsbacka) is scored only with --blind: it is
scored once per design choice, and every such score goes into BENCHMARKS.md. Every table has the
"dense" reference row: the nearest items by cosine alone (same model, no gate, no fusion).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from arkiv.evaluation.search import (
    DENSE,
    MODES,
    ROOT,
    GoldResolver,
    evaluate,
    load_blind,
    load_heldout,
    load_queries,
)


def eval_paths(corpus: Path) -> list[Path]:
    """What the evaluation archive holds: seeds, Kungsbacka dev, and the Alingsås protokoll."""
    return [corpus / "seeds", corpus / "dev", *sorted((corpus / "alingsas").glob("*.pdf"))]


def ensure_archive(settings: Any, corpus: Path) -> None:
    """Index the evaluation corpus into the evaluation archive (incremental: cached vectors reused)."""
    from indexer.pipeline import index_paths

    t0 = time.perf_counter()
    report = index_paths(eval_paths(corpus), settings)
    print(
        f"archive {settings.data}: {len(report.indexed)} indexed, {len(report.unchanged)} unchanged, "
        f"{report.embedded} embedded, {time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )


def print_table(result: dict[str, Any]) -> None:
    """Markdown table: mode x group."""
    groups = ["all", "lexical", "paraphrase", "oneword", "seeds", "kungsbacka"]
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
    ap.add_argument(
        "--blind", action="store_true", help="also score eval/blind.queries.json (once per choice)"
    )
    ap.add_argument("--no-tuning", action="store_true", help="skip the tuning queries")
    args = ap.parse_args(argv)
    data = args.data or Path("/tmp") / f"arkiv-eval-{args.model.replace('/', '_')}"
    settings = get_settings(data=data, embedding_model=args.model)
    ensure_archive(settings, args.corpus)
    resolver = GoldResolver(args.corpus)
    queries = load_queries(resolver)
    use_heldout = not args.no_heldout and (ROOT / "eval" / "heldout.queries.json").exists()
    heldout = load_heldout(resolver) if use_heldout else []
    blind = load_blind(resolver) if args.blind else []
    if args.no_tuning:
        queries = []
    for q in queries + heldout + blind:
        if q.unresolved:
            print(f"unresolved gold for {q.q!r}: {', '.join(q.unresolved)}", file=sys.stderr)
    modes = (*MODES, DENSE)
    result: dict[str, Any] = {"model": args.model, "queries": len(queries)}
    with open_archive(settings) as ctx:
        for name, qs, title in (
            ("tuning", queries, "tuning: seeds + eval/kungsbacka.queries.json"),
            ("heldout", heldout, "held-out: eval/heldout.queries.json (never used for tuning)"),
            ("blind", blind, "blind: eval/blind.queries.json (never used for tuning)"),
        ):
            if qs:
                result[name] = evaluate(ctx, qs, modes)
                print(f"\n{title}, {len(qs)} queries")
                print_table(result[name])
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
