"""SQLite and lexicon size with a real vocabulary: synthetic archives whose new words come as a real one's do.

`bench/bench_search.py` grows its archives by copying the corpus items, so a million items hold
the corpus's few thousand distinct words and its lexicon and FTS5 sizes say nothing about a real
archive, whose vocabulary keeps growing (new names, places, compounds, diarienummer). Here each
synthetic item is a corpus item (seeds, the Kungsbacka dev documents and Alingsås, as the indexer
reads and extracts them) in which a share `p` of the words is replaced by words drawn from a
Zipf law over a large Swedish vocabulary, so new words appear at the rate the corpus itself shows.

How the rate is chosen, from the corpus alone:

1. Heaps' law, measured: the corpus items in a random order, the distinct words V after N words
   (tokens cut as the lexicon cuts them), fitted as V = K * N**beta (least squares in log-log).
2. The replacement words follow Zipf's law with exponent a = 1 / beta over a ranked vocabulary:
   that is the word-frequency law whose distinct-word growth is Heaps' law with exponent beta,
   so the synthetic vocabulary grows with the corpus's own exponent, not a guessed one. The
   ranked vocabulary is the Swedish form and lemma table the project already ships
   (spacy-lookups-data, 743k words; `indexer.entities.swedish_words`) in a seeded random order,
   followed by two-word compounds of it (Swedish makes new words that way), so it never runs out.
3. The share p is solved (bisection on the expected number of distinct Zipf words,
   sum_r 1 - exp(-m * P(r)) after m draws) so that the archive at `--calibrate` items holds the
   number of distinct words the corpus's Heaps fit predicts for that many words.

The archive is then built and measured exactly as `bench_search.py` builds and measures its own
(SQLite rows, FTS5 with prefix indexes, trigram table, lexicon, synthetic vectors, FAISS; hybrid +
all facets latency over the same queries), plus the distinct words and the Heaps target.

    python bench/bench_vocab.py --sizes 10000 100000 [--calibrate 1000000] [--rounds 3] [--no-latency]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import resource
import shutil
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bench_search  # noqa: E402  (the archive builder and the latency measure are shared)

from indexer.store.tokens import words  # noqa: E402

CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "dev", ROOT / "corpus" / "alingsas"]
_WORD = re.compile(r"[^\W_]+")
#: Zipf ranks drawn beyond this are drawn again (the expectation below sums to the same bound).
MAX_RANK = 50_000_000


def corpus_items(data: Path) -> list[dict[str, Any]]:
    """The real corpus items, indexed once (hash embedder) into `data` by the indexer itself."""
    from arkiv.settings import get_settings
    from indexer.pipeline import index_paths

    if not (data / "archive.sqlite").exists():
        index_paths(CORPUS, get_settings(data=data, embedding_model="hash"))
    return bench_search.source_items(data)


def item_tokens(it: dict[str, Any]) -> list[str]:
    """The item's words as the lexicon holds them (title, text, diarienummer)."""
    return words(it["title"] or "") + words(it["text"] or "") + words(" ".join(it["dnrs"]))


def heaps_fit(items: list[dict[str, Any]], seed: int = 0) -> dict[str, Any]:
    """Fit V = K * N**beta on the corpus: distinct words V after N words, items in a random order."""
    order = list(items)
    random.Random(seed).shuffle(order)
    seen: Counter[str] = Counter()
    ns, vs, n = [], [], 0
    for it in order:
        toks = item_tokens(it)
        n += len(toks)
        seen.update(toks)
        ns.append(n)
        vs.append(len(seen))
    pts = [(x, y) for x, y in zip(ns, vs, strict=True) if x >= 2_000]  # past the first items' noise
    lx = np.log([p[0] for p in pts])
    ly = np.log([p[1] for p in pts])
    beta, logk = np.polyfit(lx, ly, 1)
    return {
        "items": len(items),
        "words": n,
        "distinct": len(seen),
        "K": float(math.exp(logk)),
        "beta": float(beta),
        "words_per_item": n / len(items),
        "by_frequency": [w for w, _ in seen.most_common()],
        "top_share": seen.most_common(1)[0][1] / n,
        "curve": [(ns[i], vs[i]) for i in range(0, len(ns), max(1, len(ns) // 12))] + [(ns[-1], vs[-1])],
    }


class Zipf:
    """Zipf-Mandelbrot law P(r) ~ (r + q)**-a over ranks 1..MAX_RANK: sampled, and its expected vocabulary.

    Ranks are exact over the first 100k and log-spaced bins beyond (P varies little inside a bin;
    a rank is drawn uniformly in its bin). The offset q flattens the head so the commonest word
    takes the share of the text it takes in the corpus ("och", ~4%), not Zipf's 20-30%.
    """

    def __init__(self, a: float, q: float = 0.0) -> None:
        self.a, self.q = a, q
        head = np.arange(1, 100_001, dtype=np.float64)
        edges = np.unique(np.geomspace(100_001, MAX_RANK + 1, 4_000).round())
        self.lo = np.concatenate([head, edges[:-1]])
        self.w = np.concatenate([np.ones_like(head), np.diff(edges)])
        r = np.concatenate([head, np.sqrt(edges[:-1] * edges[1:])])
        p = (r + q) ** -a
        self.p = p / np.sum(p * self.w)  # per rank
        self.cdf = np.cumsum(self.p * self.w)

    def distinct(self, m: float, skip: int = 0) -> float:
        """Expected distinct ranks above `skip` after m independent draws."""
        w = self.w.copy()
        w[:skip] = 0  # the corpus's own words, counted already
        return float(np.sum(-np.expm1(-m * self.p) * w))

    def sample(self, rng: np.random.Generator, k: int) -> np.ndarray:
        """k ranks (1-based)."""
        idx = np.minimum(np.searchsorted(self.cdf, rng.random(k) * self.cdf[-1]), len(self.cdf) - 1)
        return (self.lo[idx] + np.floor(rng.random(k) * self.w[idx])).astype(np.int64)


def with_head(a: float, top_share: float) -> Zipf:
    """The law with exponent a whose rank 1 has probability `top_share` (the offset q solved)."""
    lo, hi = 0.0, 1000.0
    for _ in range(30):
        q = (lo + hi) / 2
        lo, hi = (lo, q) if Zipf(a, q).p[0] < top_share else (q, hi)
    return Zipf(a, (lo + hi) / 2)


def heaps_target(fit: dict[str, Any], n_items: int) -> float:
    """Distinct words Heaps' law (the corpus's fit) predicts for n_items items."""
    return fit["K"] * (n_items * fit["words_per_item"]) ** fit["beta"]


def solve_share(fit: dict[str, Any], zipf: Zipf, n_items: int) -> float:
    """The share p of replaced words for which `n_items` items hold Heaps' predicted vocabulary."""
    n_words = n_items * fit["words_per_item"]
    target = heaps_target(fit, n_items)
    lo, hi = 0.0, 1.0
    for _ in range(30):  # the corpus's own words (kept, 1 - p) plus the Zipf words (p) = target
        p = (lo + hi) / 2
        v = fit["distinct"] + zipf.distinct(p * n_words, skip=fit["distinct"])
        lo, hi = (p, hi) if v < target else (lo, p)
    return (lo + hi) / 2


def solve(fit: dict[str, Any], small: int, large: int) -> tuple[Zipf, float]:
    """The law and share p for which the archive meets Heaps' law at both `small` and `large` items.

    Zipf's law with a = 1/beta grows its vocabulary with Heaps' exponent beta, but with its own
    constant, which need not be the corpus's K; two sizes fix both unknowns (a, then p).
    """
    lo, hi = 1.01, 4.0
    for _ in range(25):  # a steeper law needs a larger share at `large`, which overshoots at `small`
        z = with_head((lo + hi) / 2, fit["top_share"])
        p = solve_share(fit, z, large)
        v_small = fit["distinct"] + z.distinct(p * small * fit["words_per_item"], skip=fit["distinct"])
        lo, hi = (lo, z.a) if p >= 0.999 or v_small > heaps_target(fit, small) else (z.a, hi)
    z = with_head((lo + hi) / 2, fit["top_share"])
    return z, solve_share(fit, z, large)


class Vocabulary:
    """Words by Zipf rank: the corpus's words by frequency, the Swedish table (seeded order), compounds.

    The head is the corpus's own frequency list, so a replaced word is most often a common word
    of the minutes ("och", "beslut", "kommunstyrelsen"), and the text keeps the corpus's common
    words at about their rates; the new words come from the tail.
    """

    def __init__(self, head: list[str], seed: int = 0) -> None:
        from indexer.entities.swedish_words import _all_words, _table_file

        known = set(head)
        table = sorted(
            w for w in _all_words(_table_file()) if _WORD.fullmatch(w) and w.casefold() not in known
        )
        random.Random(seed).shuffle(table)
        self.words = head + table

    def __getitem__(self, rank: int) -> str:
        n = len(self.words)
        if rank <= n:
            return self.words[rank - 1]
        j = rank - n - 1
        return self.words[j % n] + self.words[(j // n) % n]


def _spans(text: str) -> tuple[list[str], np.ndarray]:
    """A text cut into the separators around its words, and its words (an object array)."""
    seps, words, at = [], [], 0
    for m in _WORD.finditer(text):
        seps.append(text[at : m.start()])
        words.append(m.group(0))
        at = m.end()
    seps.append(text[at:])
    return seps, np.array(words, dtype=object)


def vary(src: list[dict[str, Any]], n: int, share: float, zipf: Zipf, vocab: Vocabulary, seed: int) -> list:
    """n items copied from `src` in turn, each word replaced with probability `share` by a Zipf word.

    The random draws are taken in the order of the first, word-by-word version (the same items for
    the same seed, so archives built before stay comparable), but the words are swapped as arrays:
    a third less time than one Python call per word.
    """
    rng = np.random.default_rng(seed)
    cut = [{key: _spans(s[key] or "") for key in ("title", "text")} for s in src]
    table = np.array(vocab.words, dtype=object)
    out = []
    for i in range(n):
        s = src[i % len(src)]
        it = dict(s)
        for key in ("title", "text"):
            seps, words = cut[i % len(src)][key]
            k = len(words)
            mask = rng.random(k) < share
            ranks = zipf.sample(rng, k)[: int(mask.sum())]  # the i-th replaced word takes the i-th draw
            new = words.copy()
            inside = ranks <= len(table)
            swapped = np.empty(len(ranks), dtype=object)
            swapped[inside] = table[ranks[inside] - 1]
            swapped[~inside] = [vocab[int(r)] for r in ranks[~inside]]
            new[mask] = swapped
            parts = np.empty(2 * k + 1, dtype=object)
            parts[0::2] = seps
            parts[1::2] = new
            it[key] = "".join(parts.tolist())
        out.append(it)
    return out


def distinct_words(items: list[dict[str, Any]]) -> tuple[int, int]:
    """Words and distinct words of the items, as the lexicon cuts them."""
    seen: set[str] = set()
    n = 0
    for it in items:
        toks = item_tokens(it)
        n += len(toks)
        seen.update(toks)
    return n, len(seen)


def measure_only(out: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Sizes and latency of an archive built by an earlier run (its words were counted then)."""
    m: dict[str, Any] = {"reused": True, "load_start": os.getloadavg()}
    m["sqlite_mb"] = round((out / "archive.sqlite").stat().st_size / 2**20, 1)
    m["lexicon_mb"] = round((out / "lexicon.npz").stat().st_size / 2**20, 1)
    if not args.no_latency:
        m["measure"] = bench_search.measure(out, args.rounds)
    m["load"] = os.getloadavg()
    print(f"{out.name}: {json.dumps(m)}", file=sys.stderr)
    return m


def main(argv: list[str] | None = None) -> int:
    """Fit the corpus, solve the share, build and measure each size, print a table and write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--calibrate", type=int, default=1_000_000, help="items at which V meets Heaps' law")
    ap.add_argument("--small", type=int, default=10_000, help="and the second such size")
    ap.add_argument("--out", type=Path, default=Path("/tmp/arkiv-bench-vocab"))
    ap.add_argument("--factory", default="auto", help="FAISS factory (Settings.faiss_factory)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--share", type=float, default=None, help="replace this share instead (0: plain copies)")
    ap.add_argument("--no-latency", action="store_true", help="sizes only")
    ap.add_argument("--reuse", action="store_true", help="measure an archive built before, no rebuild")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    src = corpus_items(args.out / "source")
    fit = heaps_fit(src)
    zipf, share = solve(fit, args.small, args.calibrate)  # the same law whatever --sizes
    share = share if args.share is None else args.share
    law = f"Zipf a={zipf.a:.3f} q={zipf.q:.2f}, share {share:.4f}"
    print(f"Heaps K={fit['K']:.2f} beta={fit['beta']:.3f} top {fit['top_share']:.3f}; {law}", file=sys.stderr)
    vocab = Vocabulary(fit["by_frequency"])
    report: dict[str, Any] = {
        "heaps": {k: v for k, v in fit.items() if k != "by_frequency"},
        "zipf_a": zipf.a,
        "zipf_q": zipf.q,
        "share": share,
        "calibrate": args.calibrate,
    }
    report |= {"cpus": os.cpu_count(), "load_start": os.getloadavg(), "sizes": {}}
    for n in args.sizes:
        out = args.out / f"{n}-{args.factory.replace(',', '_')}-{share:.3f}"
        if args.reuse and (out / "manifest.json").exists():  # 1M takes ~40 min to build: once
            report["sizes"][str(n)] = measure_only(out, args)
            continue
        t0 = time.perf_counter()
        items = vary(src, n, share, zipf, vocab, seed=n)
        n_words, n_distinct = distinct_words(items)
        gen_s = time.perf_counter() - t0
        print(f"{n}: {n_words} words, {n_distinct} distinct, made in {gen_s:.0f} s", file=sys.stderr)
        shutil.rmtree(out, ignore_errors=True)  # always a fresh build: its time and sizes are measured
        build_s = bench_search.build(out, n, items, args.factory)
        del items
        m: dict[str, Any] = {"words": n_words, "distinct": n_distinct, "generate_s": round(gen_s, 1)}
        m["heaps_target"] = round(fit["K"] * n_words ** fit["beta"])
        m["build"] = {k: round(v, 1) for k, v in build_s.items()}
        m["sqlite_mb"] = round((out / "archive.sqlite").stat().st_size / 2**20, 1)
        m["lexicon_mb"] = round((out / "lexicon.npz").stat().st_size / 2**20, 1)
        if not args.no_latency:
            m["measure"] = bench_search.measure(out, args.rounds)
        m["load"] = os.getloadavg()
        report["sizes"][str(n)] = m
        print(f"{n}: {json.dumps(m)}", file=sys.stderr)
    report["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(
        "| items | words | distinct (Heaps) | SQLite MB | lexicon MB | build s | hybrid+facets p50/p95 ms |"
    )
    print("|---|---|---|---|---|---|---|")
    for n, m in report["sizes"].items():
        lat = m.get("measure", {}).get("latency", {}).get("hybrid+facets", {})
        p = f"{lat.get('p50_ms', '—')} / {lat.get('p95_ms', '—')}"
        vocab_cell = f"{m.get('distinct', 0):,} ({m.get('heaps_target', 0):,})"
        cells = f"{vocab_cell} | {m['sqlite_mb']} | {m['lexicon_mb']}"
        print(f"| {int(n):,} | {m.get('words', 0):,} | {cells} | {m.get('build', {}).get('total_s')} | {p} |")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
