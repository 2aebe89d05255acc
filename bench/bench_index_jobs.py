"""`arkiv index` with 1 and with N jobs: wall time, pages/s and peak memory of the whole process tree.

    python bench/bench_index_jobs.py [--jobs 1 2] [--rounds 1] [--model hash] [PATH ...]

Each run is a fresh `arkiv index` process into a fresh archive (default: corpus/seeds, corpus/dev and
corpus/alingsas, the hash embedder). Peak memory is the largest sum over the indexer and every
process it started (the pool's fork server and workers), sampled every 50 ms from /proc: resident
(RSS, pages shared by forked processes counted in each) and proportional (PSS, shared pages split).
Pages: a PDF's pages (pdfinfo), a text document's page markers, at least one per document.
The load average is printed with each run (at its start and end), and the CPU seconds of the whole
process tree (the indexer, the fork server, the workers, Tesseract: every descendant is reaped by this
process, which makes itself their subreaper, so their CPU time is counted when they end): on a
shared machine the wall time follows the load, the CPU seconds much less; compare runs made together.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "dev", ROOT / "corpus" / "alingsas"]


def count_pages(paths: list[Path]) -> tuple[int, int]:
    """(documents, pages) of the files under `paths` that arkiv indexes."""
    docs = pages = 0
    for p in paths:
        for f in sorted(p.rglob("*") if p.is_dir() else [p]):
            suffix = f.suffix.lower()
            if suffix == ".pdf":
                info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True).stdout
                m = re.search(r"^Pages:\s+(\d+)", info, re.M)
                docs, pages = docs + 1, pages + (int(m.group(1)) if m else 1)
            elif suffix in {".txt", ".md", ".html", ".htm", ".docx"} and f.stem.lower() != "readme":
                markers = (
                    f.read_text(encoding="utf-8", errors="ignore").count("<!-- sida")
                    if suffix != ".docx"
                    else 0
                )
                docs, pages = docs + 1, pages + max(1, markers)
    return docs, pages


def _pss(pid: int) -> int:
    """Proportional set size: resident bytes with pages shared between processes split among them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _tree_memory(root_pid: int) -> tuple[int, int]:
    """(resident bytes, proportional bytes) of a process and all its descendants (from /proc).

    Resident memory counts a page a forked worker shares with its fork server in both; the
    proportional figure splits it, so its sum is what the tree really occupies.
    """
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total = pss = 0
    todo = [root_pid]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        pss += _pss(pid)
        todo.extend(children.get(pid, []))
    return total, pss


_PR_SET_CHILD_SUBREAPER = 36


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _reap_all() -> None:
    """Wait for every descendant handed to this process (the fork server, orphaned at the end)."""
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return


def run_once(paths: list[Path], jobs: int, model: str) -> dict[str, float | str]:
    """One `arkiv index` run into a fresh archive; returns seconds and peak tree RSS in MB."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "ARKIV_EMBEDDING_MODEL": model, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "arkiv.cli", "index", *map(str, paths), "--data", f"{tmp}/data",
               "--jobs", str(jobs)]  # fmt: skip
        load = os.getloadavg()[0]
        cpu0 = _children_cpu()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        peak = [0, 0]

        def sample() -> None:
            while proc.poll() is None:
                rss, pss = _tree_memory(proc.pid)
                peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
                time.sleep(0.05)

        sampler = threading.Thread(target=sample)
        sampler.start()
        out = proc.communicate()[0].decode("utf-8", "replace")
        took = time.perf_counter() - t0
        sampler.join()
        _reap_all()
        cpu = _children_cpu() - cpu0
        if proc.returncode != 0:
            raise SystemExit(f"arkiv index failed ({proc.returncode}): {out[-500:]}")
        return {"seconds": round(took, 1), "cpu_seconds": round(cpu, 1),
                "load_end": round(os.getloadavg()[0], 1), "peak_rss_mb": round(peak[0] / 1e6),
                "peak_pss_mb": round(peak[1] / 1e6), "load": round(load, 1),
                "summary": out.splitlines()[0]}  # fmt: skip


def main() -> None:
    """Run `arkiv index` per jobs setting and round; print one JSON line per run."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--jobs", nargs="+", type=int, default=[1, 2])
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--model", default="hash")
    args = ap.parse_args()
    ctypes.CDLL(None).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)  # orphaned descendants come to us
    docs, pages = count_pages(args.paths)
    for _ in range(args.rounds):
        for jobs in args.jobs:  # alternated, so drifting load hits each setting alike
            r = run_once(args.paths, jobs, args.model)
            row = {
                "jobs": jobs,
                "documents": docs,
                "pages": pages,
                **r,
                "pages_per_s": round(pages / float(r["seconds"]), 1),
            }
            print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
