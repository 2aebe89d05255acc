"""A kommun's logo in a scanned page's header is left out of the OCR'd text; the header beside it
and a printed name under a signature are kept."""

from __future__ import annotations

from indexer.read.ocr import parse_tsv
from indexer.read.ocr_logo import logo_words
from indexer.read.ocr_tables import OcrWord

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(words: list[tuple[int, int, int, int, int, int, float, str]]) -> str:
    """Tesseract's TSV for one A4 page at 200 dpi: (block, line, left, top, width, height, conf, text)."""
    rows = [HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t1655\t2339\t-1\t"]
    for n, (block, line, left, top, width, height, conf, text) in enumerate(words):
        rows.append(f"5\t1\t{block}\t1\t{line}\t{n}\t{left}\t{top}\t{width}\t{height}\t{conf}\t{text}")
    return "\n".join(rows) + "\n"


# The Alingsås header as Tesseract read it on a 200-dpi scan (bench/bench_ocr.py, psm 4).
PAGE = [
    (1, 1, 1473, 60, 13, 20, 95.9, "2"),
    (2, 1, 200, 116, 53, 50, 57.2, "Fa"),  # the symbol
    (2, 1, 264, 114, 38, 38, 88.2, "A"),
    (2, 1, 311, 115, 94, 37, 96.5, "LIN"),
    (2, 1, 413, 114, 38, 39, 90.4, "G"),
    (2, 1, 461, 101, 102, 52, 96.6, "SÅS"),
    (2, 1, 1081, 105, 92, 31, 93.0, "Bygg-"),
    (2, 1, 1184, 105, 56, 24, 96.9, "och"),
    (2, 1, 1253, 105, 222, 31, 96.5, "miljönämnden"),
    (3, 1, 199, 142, 55, 42, 59.0, "3"),  # the symbol's lower half
    (3, 1, 1081, 138, 140, 39, 96.7, "Protokoll"),
    (3, 2, 358, 172, 110, 13, 96.6, "KOMMUN"),
    (4, 1, 1080, 217, 168, 24, 95.8, "2026-07-07"),
]


def test_the_logo_is_left_out_and_the_header_kept() -> None:
    lines, _ = parse_tsv(_tsv(PAGE))
    text = " ".join(lines)
    assert "SÅS" not in text and "KOMMUN" not in text and "Fa" not in text and "LIN" not in text
    assert [ln for ln in lines if ln] == ["2", "Bygg- och miljönämnden", "Protokoll", "2026-07-07"]


def test_no_symbol_no_logo() -> None:
    """Capitals in a header without a tall, unsure mark beside them are text ("KOMMUNSTYRELSEN")."""
    words = [w for w in PAGE if w[7] not in ("Fa", "3")]
    lines, _ = parse_tsv(_tsv(words))
    assert "A LIN G SÅS" in " ".join(lines) and "KOMMUN" in lines


def test_a_tall_header_word_and_a_signature_low_on_the_page_are_no_logo() -> None:
    tall_word = OcrWord("Protokoll", 1080, 180, 243, 62, 44.6)  # merged with the logo's line
    caps = OcrWord("KS", 1340, 180, 40, 24, 96.0)
    scrawl = OcrWord("Hh", 200, 1900, 300, 90, 12.0)  # a signature, bottom of the page
    name = OcrWord("ANNA", 520, 1910, 80, 24, 96.0)
    below = OcrWord("EK", 210, 2000, 60, 24, 96.0)
    assert logo_words([[tall_word, caps]], 2339, 200) == set()
    assert logo_words([[scrawl, name], [below]], 2339, 200) == set()
