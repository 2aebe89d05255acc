"""Extraction time against document size: finds the steps that grow faster than the text.

    taskset -c 0 python bench/bench_scaling.py [--sizes 1 3 10 30] [--synthetic-mb 5] [--budget 300]

Documents: all of corpus/dev concatenated once ("1x", ~27,000 words), 3, 10 and 30 times; a synthetic
protocol of `--synthetic-mb` megabytes with one ``§`` heading per short paragraph; and the pathological
shapes of tests/test_extraction_scaling.py (one 2 MB line, 200,000 short lines, only "§", a header
repeated on every line). Each is written to a file and run through the whole write path without
embeddings (parse, mask, clean, metadata, items, entities); the time of every stage is printed in CPU
seconds (the machine is shared) with words per CPU second. Linear behaviour shows as a constant
words/s down the table. A size is skipped when the previous one, scaled up, would pass `--budget`.
`--profile NAME` runs cProfile on one document (e.g. ``10x``) and prints the top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from indexer.entities import annotate as entities
from indexer.meta import detect as meta
from indexer.read import clean, parse, privacy
from indexer.segment import split as segment
from indexer.types import Extraction

ROOT = Path(__file__).resolve().parent.parent


def dev_text(copies: int) -> str:
    """The corpus/dev documents concatenated, `copies` times, separated by form feeds (page breaks)."""
    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "dev").glob("*.txt"))]
    return "\f".join(docs * copies)


def synthetic_protocol(megabytes: float) -> str:
    """A protocol of about `megabytes` MB: cover, attendance, then numbered paragraphs (``§ N``)."""
    head = (
        "KUNGSBACKA KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nDatum 2025-10-21\n\n"
        "Beslutande ledamöter\nAnna Andersson (S), ordförande\nBo Berg (M)\nCecilia Ek (SD)\n\n"
    )
    body = (
        "§ {n}  Dnr KS-2025-{n:05d}\nÄrende nummer {n} om skatteväxling i Region Halland\n\n"
        "Kommunstyrelsen beslutar att godkänna förslaget. Anna Andersson (S) yrkar bifall till "
        "förslaget och Bo Berg (M) reserverar sig. Ärendet gäller Kungsbacka kommun och Varberg.\n\n"
    )
    parts, size, n = [head], len(head), 1
    while size < megabytes * 1_000_000:
        parts.append(body.format(n=n))
        size += len(parts[-1])
        n += 1
    return "".join(parts)


def pathological() -> dict[str, str]:
    """Shapes that break naive code: no newlines, very many lines, only '§', one repeated header."""
    sentence = "Kommunstyrelsen beslutar att Anna Andersson (S) yrkar bifall till KS-2025-00970. "
    return {
        "one 2 MB line": (sentence * (2_000_000 // len(sentence) + 1))[:2_000_000],
        "200k short lines": "\n".join(f"rad {i} text" for i in range(200_000)),
        "only § (1 MB)": "§" * 1_000_000,
        "repeated header (100k lines)": "KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 3 (8)\n" * 100_000,
    }


def run_stages(path: Path) -> dict[str, float]:
    """Extract one file, timing each stage in CPU seconds (the order of `indexer.extract`)."""
    times: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], object]) -> object:
        t = time.process_time()
        out = fn()
        times[name] = time.process_time() - t
        return out

    source = timed("parse", lambda: parse.read_document(path))
    text, _ = timed("mask", lambda: privacy.mask_personnummer(source.text))  # type: ignore[attr-defined]
    text = timed("clean", lambda: clean.clean_text(text, fmt=source.fmt))  # type: ignore[attr-defined]
    doc_meta = timed("meta", lambda: meta.detect_meta(text, source_name=path.name))
    items = timed("segment", lambda: segment.segment(text, doc_meta))  # type: ignore[arg-type]
    ex = Extraction(source=str(path), sha256="", fmt="txt", meta=doc_meta, items=items)  # type: ignore[arg-type]
    timed("entities", lambda: entities.annotate(ex, text))  # type: ignore[arg-type]
    times["items"] = len(ex.items)
    return times


def documents(sizes: list[int], synthetic_mb: float, with_pathological: bool) -> Iterator[tuple[str, str]]:
    """(name, text) of every document measured, smallest dev size first."""
    for k in sizes:
        yield f"{k}x", dev_text(k)
    if synthetic_mb > 0:
        yield f"synthetic {synthetic_mb:g} MB", synthetic_protocol(synthetic_mb)
    if with_pathological:
        yield from pathological().items()


def main() -> None:
    """Print one JSON line per document: words, stage CPU seconds, words per CPU second."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 3, 10, 30], help="dev concatenation factors")
    ap.add_argument("--synthetic-mb", type=float, default=5.0, help="synthetic protocol size (0: none)")
    ap.add_argument("--no-pathological", action="store_true", help="skip the pathological shapes")
    ap.add_argument("--budget", type=float, default=300.0, help="skip a size predicted slower (s)")
    ap.add_argument("--profile", help="profile this document (e.g. 10x) with cProfile instead")
    args = ap.parse_args()
    run_stages(_write(Path(tempfile.mkdtemp()), "warm", dev_text(1)))  # caches, gazetteers, spaCy
    tmp = Path(tempfile.mkdtemp(prefix="arkiv-scaling-"))
    last: tuple[int, float] | None = None
    for name, text in documents(args.sizes, args.synthetic_mb, not args.no_pathological):
        if args.profile and name != args.profile:
            continue
        words = len(text.split())
        if name.endswith("x") and last and last[1] * words / last[0] > args.budget:
            print(json.dumps({"document": name, "words": words, "skipped": "over budget"}))
            continue
        path = _write(tmp, name, text)
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            run_stages(path)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
            continue
        start = time.perf_counter()
        t = run_stages(path)
        wall = time.perf_counter() - start
        cpu = sum(v for k, v in t.items() if k != "items")
        if name.endswith("x"):
            last = (words, cpu)
        row = {"document": name, "words": words, "bytes": len(text.encode()), "items": int(t.pop("items"))}
        row |= {k: round(v, 3) for k, v in t.items()}
        row |= {"cpu_s": round(cpu, 2), "wall_s": round(wall, 2)}
        row["words_per_cpu_s"] = round(words / max(cpu, 1e-9))
        print(json.dumps(row, ensure_ascii=False), flush=True)
        path.unlink()
    print(json.dumps({"loadavg": [round(x, 2) for x in os.getloadavg()]}))


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / (name.replace(" ", "_").replace("§", "para") + ".txt")
    path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    main()
