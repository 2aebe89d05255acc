"""Search relevance per mode (lexical, semantic, hybrid): MRR, nDCG@10, recall@10.

The queries, gold mapping and metrics are in `arkiv.evaluation.search`. The archive is
built (incrementally) from corpus/ with the chosen model, then every query is run in
every mode and the means are printed per query group (lexical / paraphrase) and source.

    python bench/eval_search.py [--model e5-small] [--data DIR] [--json OUT] [--no-heldout] [--blind]
                                [--unseen [--unseen-data DIR]] [--unseen2 [--unseen2-data DIR]]
                                [--no-tuning]

The archive holds corpus/seeds, corpus/dev and the Alingsås protokoll (corpus/alingsas/*.pdf, not
the bilagor). The held-out queries (eval/heldout.queries.json, written blind and never used for
tuning) are scored separately when the file exists and printed as their own table ("held-out").
The blind set (eval/blind.queries.json, Alingsås + Kungsbacka) is scored only with --blind: it is
scored once per design choice, and every such score goes into BENCHMARKS.md. Every table has the
"dense" reference row: the nearest items by cosine alone (same model, no gate, no fusion).
The unseen set (eval/unseen.queries.json, other kommuners' documents: tests/data/kommuner2 and
kommuner3) is scored only with --unseen, over an archive of those two folders alone (--unseen-data,
default /tmp/arkiv-eval-unseen-MODEL); like the blind set, once per design choice, never for tuning.
--unseen2 does the same for eval/unseen2.queries.json over kommuner9, kommuner10 and kommuner12
(--unseen2-data, default /tmp/arkiv-eval-unseen2-MODEL).
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
    UNSEEN2_FOLDERS,
    GoldResolver,
    evaluate,
    load_blind,
    load_heldout,
    load_queries,
    load_unseen,
    unseen_paths,
)


def eval_paths(corpus: Path) -> list[Path]:
    """What the evaluation archive holds: seeds, Kungsbacka dev, and the Alingsås protokoll."""
    return [corpus / "seeds", corpus / "dev", *sorted((corpus / "alingsas").glob("*.pdf"))]


def ensure_archive(settings: Any, paths: list[Path]) -> None:
    """Index `paths` into the evaluation archive (incremental: cached vectors reused)."""
    from indexer.pipeline import index_paths

    t0 = time.perf_counter()
    report = index_paths(paths, settings)
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


def _args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="e5-small")
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--no-heldout", action="store_true", help="skip eval/heldout.queries.json")
    ap.add_argument(
        "--blind", action="store_true", help="also score eval/blind.queries.json (once per choice)"
    )
    ap.add_argument(
        "--unseen",
        action="store_true",
        help="also score eval/unseen.queries.json over kommuner2 + kommuner3 (once per choice)",
    )
    ap.add_argument("--unseen-data", type=Path, default=None, help="the unseen set's archive")
    ap.add_argument(
        "--unseen2",
        action="store_true",
        help="also score eval/unseen2.queries.json over kommuner9, 10 and 12 (once per choice)",
    )
    ap.add_argument("--unseen2-data", type=Path, default=None, help="the unseen2 set's archive")
    ap.add_argument("--no-tuning", action="store_true", help="skip the tuning queries")
    return ap.parse_args(argv)


def _score(settings: Any, sets: list[tuple[str, list[Any], str]], result: dict[str, Any]) -> None:
    """Evaluate every mode on each non-empty query set over the archive of `settings`, print tables."""
    from api.context import open_archive

    for q in (q for _, qs, _ in sets for q in qs):
        if q.unresolved:
            print(f"unresolved gold for {q.q!r}: {', '.join(q.unresolved)}", file=sys.stderr)
    with open_archive(settings) as ctx:
        for name, qs, title in sets:
            if qs:
                result[name] = evaluate(ctx, qs, (*MODES, DENSE))
                print(f"\n{title}, {len(qs)} queries")
                print_table(result[name])


def main(argv: list[str] | None = None) -> int:
    """Build/refresh the archive(s), evaluate every mode, print tables (and JSON if asked)."""
    from arkiv.settings import get_settings

    args = _args(argv)
    tag = args.model.replace("/", "_")
    result: dict[str, Any] = {"model": args.model}
    if not (args.no_tuning and args.no_heldout and not args.blind):
        settings = get_settings(
            data=args.data or Path("/tmp") / f"arkiv-eval-{tag}", embedding_model=args.model
        )
        ensure_archive(settings, eval_paths(args.corpus))
        resolver = GoldResolver(args.corpus)
        queries = [] if args.no_tuning else load_queries(resolver)
        use_heldout = not args.no_heldout and (ROOT / "eval" / "heldout.queries.json").exists()
        result["queries"] = len(queries)
        sets = [
            ("tuning", queries, "tuning: seeds + eval/kungsbacka.queries.json"),
            ("heldout", load_heldout(resolver) if use_heldout else [], "held-out: eval/heldout.queries.json"),
            (
                "blind",
                load_blind(resolver) if args.blind else [],
                "blind: eval/blind.queries.json (never tuned on)",
            ),
        ]
        _score(settings, sets, result)
    if args.unseen:
        data = args.unseen_data or Path("/tmp") / f"arkiv-eval-unseen-{tag}"
        settings = get_settings(data=data, embedding_model=args.model)
        ensure_archive(settings, unseen_paths())
        title = "unseen: eval/unseen.queries.json over kommuner2 + kommuner3 (never tuned on)"
        _score(settings, [("unseen", load_unseen(GoldResolver(unseen_paths())), title)], result)
    if args.unseen2:
        data = args.unseen2_data or Path("/tmp") / f"arkiv-eval-unseen2-{tag}"
        settings = get_settings(data=data, embedding_model=args.model)
        paths = unseen_paths(folders=UNSEEN2_FOLDERS)
        ensure_archive(settings, paths)
        title = "unseen2: eval/unseen2.queries.json over kommuner9 + 10 + 12 (never tuned on)"
        _score(settings, [("unseen2", load_unseen(GoldResolver(paths), "unseen2"), title)], result)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
