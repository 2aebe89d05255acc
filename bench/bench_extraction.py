"""Extraction speed: the whole write path without embeddings (read, mask, clean, metadata, items,
people, places, actions) over corpus/, in words per second.

    taskset -c 0 python bench/bench_extraction.py [--rounds 5]

The first round warms the caches (gazetteers, the spaCy pipeline) and is not counted.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from indexer.extract import extract_file

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Extract every corpus file `--rounds` times and print words/s as one JSON line."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds over the corpus")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="folder of documents")
    args = ap.parse_args()
    files = sorted(p for p in args.corpus.rglob("*") if p.suffix in {".txt", ".md", ".html"})
    words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in files)
    for f in files:  # warm-up
        extract_file(f)
    start = time.perf_counter()
    for _ in range(args.rounds):
        for f in files:
            extract_file(f)
    took = time.perf_counter() - start
    print(
        json.dumps(
            {
                "files": len(files),
                "words_per_round": words,
                "rounds": args.rounds,
                "seconds": round(took, 3),
                "words_per_second": round(words * args.rounds / took),
            }
        )
    )


if __name__ == "__main__":
    main()
