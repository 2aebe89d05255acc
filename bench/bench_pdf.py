"""PDF text-layer engines side by side: pages per second on one core over the Alingsås protocols.

    python bench/bench_pdf.py [--rounds 3] [--corpus corpus/alingsas]

Every engine reads every page's text of every `*_protokoll.pdf` that is a real PDF (the HTML error
pages saved as .pdf are left out). The process and its children are pinned to one core, so the
subprocess engine (pdftotext) is measured on one core too. Prints a Markdown table: engine,
licence, pages/s (best round, wall clock), characters read.

Engines:
- ``arkiv`` — what `arkiv index` runs: PDFium runs + `indexer.read.pdf_layout` lines;
- ``pypdfium2`` — PDFium's own page text (`get_text_range`), no layout;
- ``pdftotext`` — poppler-utils' pdftotext (a subprocess per file, reading order mode);
- ``pdftotext -layout`` — the same, physical layout mode;
- ``pdfplumber`` — `extract_text()` per page (the engine arkiv used before);
- ``pdfminer.six`` — `extract_text()` of the high-level API.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pdfplumber_pages(data: bytes) -> list[str]:
    """The text of each page as arkiv read it before (pdfplumber's `extract_text`)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _pdfminer(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_text

    pages = extract_text(io.BytesIO(data)).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _pypdfium2(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _arkiv(data: bytes) -> list[str]:
    from indexer.read.pdf import pdf_pages

    return ["\n".join(p.lines) for p in pdf_pages(data).pages]


def _pdftotext(*flags: str) -> Callable[[bytes], list[str]]:
    def run(data: bytes) -> list[str]:
        out = subprocess.run(
            ["pdftotext", *flags, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True
        )
        return out.stdout.decode("utf-8").split("\f")[:-1]

    return run


ENGINES: dict[str, tuple[str, Callable[[bytes], list[str]]]] = {
    "arkiv (pypdfium2 + layout)": ("Apache-2.0 / BSD-3 (PDFium)", _arkiv),
    "pypdfium2 get_text_range": ("Apache-2.0 / BSD-3 (PDFium)", _pypdfium2),
    "pdftotext (poppler, subprocess)": ("GPL-2/3 (separate program)", _pdftotext()),
    "pdftotext -layout": ("GPL-2/3 (separate program)", _pdftotext("-layout")),
    "pdfplumber": ("MIT", pdfplumber_pages),
    "pdfminer.six": ("MIT", _pdfminer),
}


def protocol_pdfs(corpus: Path) -> list[Path]:
    """The real PDFs among the protocols (not the HTML pages the portal saved as .pdf)."""
    return sorted(p for p in corpus.glob("*_protokoll.pdf") if p.read_bytes()[:4] == b"%PDF")


def main() -> None:
    """Time every engine and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "alingsas")
    ap.add_argument("--engine", action="append", help="only these engines (repeatable)")
    args = ap.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, children included
    files = [p.read_bytes() for p in protocol_pdfs(args.corpus)]
    print(f"{len(files)} PDFs, load average {os.getloadavg()[0]:.2f}")
    print("| engine | licence | pages | pages/s (one core) | characters |")
    print("|---|---|---:|---:|---:|")
    for name, (licence, read) in ENGINES.items():
        if args.engine and not any(e in name for e in args.engine):
            continue
        best = float("inf")
        for _ in range(args.rounds):
            start = time.perf_counter()
            pages = [read(data) for data in files]
            best = min(best, time.perf_counter() - start)
        n = sum(len(p) for p in pages)
        chars = sum(len(t) for p in pages for t in p)
        print(f"| {name} | {licence} | {n} | {n / best:.0f} | {chars} |", flush=True)


if __name__ == "__main__":
    main()
