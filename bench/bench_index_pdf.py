"""`arkiv index` of real PDFs against pdftotext on the same files, in the same run.

    python bench/bench_index_pdf.py [--all]

Default: the 18 real Alingsås protocol PDFs (corpus/alingsas/*_protokoll.pdf that are PDFs), the
issue 10 figure ("at most 4x the time pdftotext needs"). `--all`: every file of corpus/alingsas
(protocols, attachments with scanned pages that are OCR'd, the HTML error pages saved as .pdf).
`arkiv index` runs as a user runs it (a fresh process, a new archive, the hash embedder, so the
time is reading and extraction, not the model); pdftotext runs once before and once after it,
file by file, and the mean is the reference. Printed: wall times, the ratio, pages/s, peak memory
of the index process, the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALINGSAS = ROOT / "corpus" / "alingsas"


def _pdftotext(files: list[Path]) -> float:
    start = time.perf_counter()
    for f in files:
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), "-"], capture_output=True, check=False)
    return time.perf_counter() - start


def _pages(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    n = 0
    for f in files:
        if f.read_bytes()[:4] == b"%PDF":
            doc = pdfium.PdfDocument(f)
            n += len(doc)
            doc.close()
    return n


def main() -> None:
    """Time pdftotext, arkiv index, pdftotext; print one JSON line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="every file of corpus/alingsas, attachments included")
    args = ap.parse_args()
    if args.all:
        files = sorted(p for p in ALINGSAS.rglob("*.pdf"))
    else:
        files = sorted(p for p in ALINGSAS.glob("*_protokoll.pdf") if p.read_bytes()[:4] == b"%PDF")
    load = os.getloadavg()[0]
    before = _pdftotext(files)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "ARKIV_EMBEDDING_MODEL": "hash", "ARKIV_MODEL_CACHE": str(Path(tmp) / "cache")}
        cmd = [
            sys.executable,
            "-m",
            "arkiv.cli",
            "index",
            "--data",
            str(Path(tmp) / "data"),
            *map(str, files),
        ]
        start = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        index = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    after = _pdftotext(files)
    pdftotext = (before + after) / 2
    pages = _pages(files)
    print(done.stdout.strip().splitlines()[0] if done.stdout else done.stderr.strip()[-300:], file=sys.stderr)
    print(
        json.dumps(
            {
                "files": len(files),
                "pages": pages,
                "load_average": round(load, 2),
                "pdftotext_seconds": round(pdftotext, 2),
                "index_seconds": round(index, 2),
                "ratio": round(index / pdftotext, 1),
                "index_pages_per_second": round(pages / index, 1),
                "index_peak_rss_mb": round(peak_mb),
                "exit": done.returncode,
            }
        )
    )


if __name__ == "__main__":
    main()
