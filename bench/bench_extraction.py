"""Extraction speed: the whole write path without embeddings (read, mask, clean, metadata, items,
people, places, actions) over corpus/, in words per second.

    taskset -c 0 python bench/bench_extraction.py [--rounds 5]
    taskset -c 0 python bench/bench_extraction.py --pdf --corpus corpus/alingsas --rounds 2

`--pdf` times the real PDFs of the folder instead (the HTML error pages saved as .pdf are left out); their
words are counted from what the extraction read, since the file holds no plain text.

The first round warms the caches (gazetteers, the spaCy pipeline) and is not counted. Wall-clock and
process CPU time are both printed: on a shared machine the CPU figure is the one-core speed.
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
    ap.add_argument("--pdf", action="store_true", help="time the folder's real PDFs, not its text files")
    args = ap.parse_args()
    if args.pdf:
        files = sorted(p for p in args.corpus.rglob("*.pdf") if p.read_bytes()[:5] == b"%PDF-")
    else:
        files = sorted(p for p in args.corpus.rglob("*") if p.suffix in {".txt", ".md", ".html"})
    words = 0
    for f in files:  # warm-up, and the words a PDF's extraction read
        ex = extract_file(f)
        words += sum(len(it.text.split()) + len(it.title.split()) for it in ex.items) if args.pdf else 0
    if not args.pdf:
        words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in files)
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for f in files:
            extract_file(f)
    took = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print(
        json.dumps(
            {
                "files": len(files),
                "words_per_round": words,
                "rounds": args.rounds,
                "seconds": round(took, 3),
                "words_per_second": round(words * args.rounds / took),
                # CPU time of this process: the one-core figure when other work shares the machine
                "cpu_seconds": round(cpu, 3),
                "words_per_cpu_second": round(words * args.rounds / cpu),
            }
        )
    )


if __name__ == "__main__":
    main()
