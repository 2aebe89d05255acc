"""Print entity-extraction scores (person F1, party accuracy, diarienummer F1, action F1, kommun F1,
region F1) on the seed gold and the dev gold.

    python bench/eval_entities.py [--errors]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from arkiv.evaluation.entities import evaluate_entities

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Score both gold sets and print one JSON line each (and the misses with --errors)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--errors", action="store_true", help="also print every miss and extra")
    args = ap.parse_args()
    for name, gold, corpus in (
        ("seeds", ROOT / "eval" / "seeds.gold.json", ROOT / "corpus" / "seeds"),
        ("dev", ROOT / "eval" / "dev.gold.json", ROOT),
    ):
        if not gold.is_file():
            continue
        scores = evaluate_entities(gold, corpus)
        print(json.dumps({"gold": name, **scores.summary()}, ensure_ascii=False))
        if args.errors:
            for line in scores.errors:
                print("  ", line)


if __name__ == "__main__":
    main()
