"""OCR quality and speed: the Alingsås gold protocols rasterised, OCR'd, and compared with their text layer.

    python bench/bench_ocr.py [--dpi 200] [--workers 0] [--limit N] [--psm N]

Each gold PDF (eval/alingsas.gold.json) is rasterised with pdftoppm (grey, `--dpi`), the page images
saved as an image-only PDF (no text layer: what a scanner gives), and that PDF is read by arkiv's
own path, which OCRs every page (`indexer.read.pdf`, Tesseract swe, `--workers` processes at once).
Printed:
- OCR pages/s (wall clock, the whole read of the image-only PDFs), CPU seconds per page (rendering
  plus the Tesseract processes: what a quiet machine pays) and the load average;
- CER: Levenshtein distance / length of the text layer's page text, whitespace collapsed, summed
  over pages; and a bag-of-words error (words of the text layer not read, order ignored), which
  separates misread characters from a different reading order;
- item F1, title accuracy and person F1 of the OCR'd version against the gold, next to the text
  version's (`bench/eval_alingsas.py`).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arkiv.evaluation.entities import EntityScores  # noqa: E402
from arkiv.evaluation.entities import score_document as score_entities  # noqa: E402
from arkiv.evaluation.gold import load_gold  # noqa: E402
from bench.eval_alingsas import CORPUS, GOLD, Tally  # noqa: E402
from indexer.extract import extract_file, extract_text  # noqa: E402
from indexer.read.ocr import OcrOptions  # noqa: E402
from indexer.read.pdf import pdf_pages, pdf_text  # noqa: E402
from indexer.types import SourceText  # noqa: E402


def image_only(pdf: Path, dpi: int, tmp: Path) -> bytes:
    """The PDF's pages rasterised by pdftoppm and saved as an image-only PDF."""
    from PIL import Image

    stem = tmp / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(stem)], check=True)
    pngs = sorted(tmp.glob(f"{pdf.stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    images = [Image.open(p).convert("L") for p in pngs]
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    for p in pngs:
        p.unlink()
    return out.getvalue()


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the Tesseract processes)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _flat(lines: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(lines)).strip()


def main() -> None:
    """Rasterise, OCR, compare; print one JSON line."""
    from rapidfuzz.distance import Levenshtein

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--workers", type=int, default=0, help="Tesseract processes at once (0 = cores)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N gold documents")
    ap.add_argument("--psm", type=int, default=OcrOptions.psm, help="Tesseract page segmentation mode")
    args = ap.parse_args()
    options = OcrOptions(dpi=args.dpi, workers=args.workers, psm=args.psm)
    docs = load_gold(GOLD)["documents"][: args.limit or None]
    ocr_tally, text_tally, ocr_ents, text_ents = Tally(), Tally(), EntityScores(), EntityScores()
    dist = ref_len = words_ref = words_missed = pages = 0
    seconds = cpu = 0.0
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmpdir:
        for doc in docs:
            original = CORPUS / doc["file"]
            layer = pdf_pages(original.read_bytes(), OcrOptions(enabled=False))
            data = image_only(original, args.dpi, Path(tmpdir))
            start, cpu0 = time.perf_counter(), _cpu()
            text, scanned = pdf_text(data, options)
            seconds += time.perf_counter() - start
            cpu += _cpu() - cpu0
            pages += len(scanned.pages)
            for ref, hyp in zip(layer.pages, scanned.pages, strict=True):
                a, b = _flat(ref.lines), _flat(hyp.lines)
                dist += Levenshtein.distance(a, b)
                ref_len += len(a)
                want, got = Counter(a.split()), Counter(b.split())
                words_ref += sum(want.values())
                words_missed += sum((want - got).values())
            conf = {p.number: p.ocr_confidence for p in scanned.pages if p.ocr_confidence is not None}
            source = SourceText(str(original), "ocr-" + doc["file"], "pdf", text, pages=len(scanned.pages),
                                ocr_confidence=conf)  # fmt: skip
            ex_ocr = extract_text(source)
            ex_text = extract_file(original)
            ocr_tally.add(doc, ex_ocr)
            text_tally.add(doc, ex_text)
            score_entities(doc, ex_ocr, ocr_ents)
            score_entities(doc, ex_text, text_ents)
            print(
                f"{doc['file']}: {len(scanned.pages)} pages, CER so far {dist / max(ref_len, 1):.4f}",
                flush=True,
            )
    print(
        json.dumps(
            {
                "documents": len(docs),
                "pages": pages,
                "dpi": args.dpi,
                "psm": args.psm,
                "processes": options.processes,
                "load_average": round(load, 2),
                "ocr_pages_per_second": round(pages / seconds, 2),
                # rendering in this process + Tesseract in its children: the machine-load-free cost
                "cpu_seconds_per_page": round(cpu / pages, 2),
                "cer": round(dist / ref_len, 4),
                "bag_of_words_error": round(words_missed / words_ref, 4),
                "ocr": {**ocr_tally.summary(), "person_f1": round(ocr_ents.persons.f1, 3)},
                "text": {**text_tally.summary(), "person_f1": round(text_ents.persons.f1, 3)},
            }
        )
    )


if __name__ == "__main__":
    main()
