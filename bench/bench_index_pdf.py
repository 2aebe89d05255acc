"""`arkiv index` of real PDFs against pdftotext on the same files, in the same run.

    python bench/bench_index_pdf.py [--all] [--jobs 1 2] [--rounds 1] [--model hash] [--cache DIR]

Default: the 18 real Alingsås protocol PDFs (corpus/alingsas/*_protokoll.pdf that are PDFs), the
issue 10 figure ("at most 4x the time pdftotext needs"). `--all`: every file of corpus/alingsas
(protocols, attachments with scanned pages that are OCR'd, the HTML error pages saved as .pdf).
`arkiv index` runs as a user runs it: a fresh process, a new archive, `--jobs N` (1: in the indexing
process; 2: the pool), the hash embedder by default (so the time is reading and extraction, not the
model). pdftotext runs once before and once after each round, file by file; the mean is the
reference for that round's runs.

Printed per run, one JSON line: wall time, CPU seconds of the whole process tree (the indexer, the
pool's fork server and its workers, the Tesseract processes: this process is their subreaper, so
every descendant's CPU time is collected when it ends), the ratio to pdftotext (wall), pages/s,
peak memory of the tree (RSS summed, sampled from /proc every 50 ms), the load average at start, and
the CPU ratio: the tree's CPU seconds over pdftotext's (its processes' CPU time, same rounds), which
a busy machine bends less than wall time (it slows one long process more than many short ones).
`--cache`: the model cache the runs share (default: a new empty one per run, a new user's first run,
which also writes the Swedish word list there: ~2.7 s of CPU once). arkiv's modules run from bytecode
compiled before the first round, as an installed package's do.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_index_jobs import _PR_SET_CHILD_SUBREAPER, _children_cpu, _reap_all, _tree_memory  # noqa: E402

ALINGSAS = ROOT / "corpus" / "alingsas"
#: arkiv's own modules compiled once, as an installed package has them (pip writes the bytecode);
#: without it every fresh process compiles them from source (~0.1 s of CPU each).
PYCACHE = Path(tempfile.gettempdir()) / "arkiv-bench-pycache"


def _pdftotext(files: list[Path]) -> tuple[float, float]:
    """pdftotext file by file: (wall seconds, CPU seconds of its processes)."""
    start, cpu0 = time.perf_counter(), _children_cpu()
    for f in files:
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), "-"], capture_output=True, check=False)
    return time.perf_counter() - start, _children_cpu() - cpu0


def _pages(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    n = 0
    for f in files:
        if f.read_bytes()[:4] == b"%PDF":
            doc = pdfium.PdfDocument(f)
            n += len(doc)
            doc.close()
    return n


def run_index(files: list[Path], jobs: int, model: str, cache: Path | None) -> dict[str, object]:
    """One `arkiv index` of `files` into a new archive: wall, tree CPU, peak tree RSS, summary line."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "ARKIV_EMBEDDING_MODEL": model,
            "ARKIV_MODEL_CACHE": str(cache or Path(tmp) / "cache"),
            "PYTHONPATH": str(ROOT),
            "PYTHONPYCACHEPREFIX": str(PYCACHE),
        }
        cmd = [sys.executable, "-m", "arkiv.cli", "index", "--jobs", str(jobs),
               "--data", str(Path(tmp) / "data"), *map(str, files)]  # fmt: skip
        load = os.getloadavg()[0]
        cpu0 = _children_cpu()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        peak = [0]

        def sample() -> None:
            while proc.poll() is None:
                peak[0] = max(peak[0], _tree_memory(proc.pid)[0])
                time.sleep(0.05)

        sampler = threading.Thread(target=sample)
        sampler.start()
        out, err = proc.communicate()
        wall = time.perf_counter() - start
        sampler.join()
        _reap_all()
        cpu = _children_cpu() - cpu0
    summary = out.decode("utf-8", "replace").strip().splitlines()
    return {
        "jobs": jobs,
        "load_average": round(load, 2),
        "index_seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mb": round(peak[0] / 1e6),
        "exit": proc.returncode,
        "summary": summary[0] if summary else err.decode("utf-8", "replace")[-300:],
    }


def main() -> None:
    """Per round: pdftotext, `arkiv index` per jobs setting, pdftotext; one JSON line per run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="every file of corpus/alingsas, attachments included")
    ap.add_argument("--jobs", nargs="+", type=int, default=[1, 2])
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--model", default="hash")
    ap.add_argument("--cache", type=Path, help="model cache shared by the runs (default: new per run)")
    args = ap.parse_args()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)  # orphaned descendants come to us: their CPU counts
    if args.all:
        files = sorted(p for p in ALINGSAS.rglob("*.pdf"))
    else:
        files = sorted(p for p in ALINGSAS.glob("*_protokoll.pdf") if p.read_bytes()[:4] == b"%PDF")
    pages = _pages(files)
    compile_env = {**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    compile_all = [sys.executable, "-m", "compileall", "-q", "arkiv", "indexer", "api", "models"]
    subprocess.run(compile_all, cwd=ROOT, env=compile_env, check=True, stdout=subprocess.DEVNULL)
    for _ in range(args.rounds):
        before = _pdftotext(files)
        runs = [run_index(files, jobs, args.model, args.cache) for jobs in args.jobs]
        after = _pdftotext(files)
        pdftotext, pdftotext_cpu = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
        for r in runs:
            wall, cpu = float(r["index_seconds"]), float(r["cpu_seconds"])  # type: ignore[arg-type]
            row = {"files": len(files), "pages": pages, "model": args.model, **r,
                   "pdftotext_seconds": round(pdftotext, 2), "ratio": round(wall / pdftotext, 1),
                   "pdftotext_cpu_seconds": round(pdftotext_cpu, 2),
                   "cpu_ratio": round(cpu / pdftotext_cpu, 1),
                   "pages_per_second": round(pages / wall, 1)}  # fmt: skip
            print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
