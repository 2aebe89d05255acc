"""OCR of PDF pages without a usable text layer: Tesseract (Debian `tesseract-ocr` + `tesseract-ocr-swe`).

A page is rendered in this process by PDFium (grey, `dpi` dots per inch; PDFium is not thread-safe,
so rendering stays on one thread) and handed as a PGM image to a `tesseract` process; several
processes run at once, one page each (threads only wait for them). Tesseract's TSV output gives the
words with their block, paragraph and line, and a confidence (0-100) per word: lines are rebuilt
from it, paragraphs and blocks apart by a blank line, and the page's confidence is the mean word
confidence. Before OCR a table's ruling is erased from the image; a speckled scan is read twice,
median-filtered and with its letters kept as scanned, and the reading with the higher confidence kept
(`indexer.read.ocr_image`); a vote table's rows are printed with a tab per column
from the words' positions (`indexer.read.ocr_tables`). A paragraph's number read as a block of its
own after its title, to the right at its height, is put back before the title.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from indexer.read.errors import ParseError
from indexer.read.ocr_image import erase_rulings, readings
from indexer.read.ocr_logo import logo_words
from indexer.read.ocr_tables import OcrWord, mark_like, vote_table_lines

#: Words read with less confidence are dropped: on minutes they are a logo, a stamp or a signature
#: read as letters (measured on the Alingsås protocols: CER 3.1% -> 2.8%, bench/bench_ocr.py).
MIN_WORD_CONFIDENCE = 30.0

#: The paragraph sign as Tesseract reads it when unsure of it: "§", "$", "$&", "&", "S", "8", "£".
_SIGN = re.compile(r"^(?:§|\$&?|&|S|8|£)$")
#: ... or run into the number: "$115", "§115", and the sign read as two glyphs with a pound sign
#: ("$£82", "§£82", "£82": the loop of a § on a grey, blurred scan).
_SIGN_NUMBER = re.compile(r"^(?:§|\$&?|(?P<odd>[§$&S]?£))(?P<num>\d{1,3})$")
#: ... or run into it as a digit or "&", or swallowed: "8144", "&144", "121" at confidence 0, kept only
#: before a title's capitalised word (an "8144" alone may be an amount).
_GLYPH_NUMBER = re.compile(r"^[8&]?(?P<num>\d{1,3})$")
#: A paragraph's number: one to three digits (a full stop or a colon may follow).
_NUMBER = re.compile(r"^\d{1,3}[.:]?$")

__all__ = [
    "MIN_WORD_CONFIDENCE",
    "OcrOptions",
    "OcrPage",
    "ocr_images",
    "parse_tsv",
    "render_page",
    "surest",
    "tesseract_available",
    "word_confidence",
]


@dataclass(frozen=True)
class OcrOptions:
    """How pages without a text layer are OCR'd (from `arkiv.settings.Settings`)."""

    enabled: bool = True
    language: str = "swe"
    dpi: int = 200
    workers: int = 0  # Tesseract processes at once; 0 = one per core
    timeout: float = 120.0  # seconds one page may take
    # Tesseract's page segmentation mode: 4 (one column of lines of varying size) reads the rows of a
    # protocol's forms and tables (a label and its value, a § and its title) across the page as the text
    # layer does; 3 (automatic blocks) read more of them apart, block by block. On the Alingsås gold
    # pages: CER 3.63% -> 3.08%, item F1 0.968 -> 0.991,
    # person F1 0.914 -> 0.952, the same CPU (bench/bench_ocr.py --psm, BENCHMARKS.md).
    psm: int = 4

    @property
    def processes(self) -> int:
        """How many Tesseract processes run at once."""
        return self.workers if self.workers > 0 else max(1, len(os.sched_getaffinity(0)))


@dataclass
class OcrPage:
    """The text Tesseract read on one page."""

    number: int
    lines: list[str]
    confidence: float  # mean word confidence, 0-100


def tesseract_available() -> bool:
    """Is the `tesseract` program installed?"""
    return shutil.which("tesseract") is not None


def render_page(page: Any, dpi: int) -> list[bytes]:
    """A PDFium page as binary PGM images (grey, 8 bits) at `dpi`, a table's ruling erased: one image,
    or two of a speckled scan, median-filtered and with its letters kept (`indexer.read.ocr_image.
    readings`; the ruling first: a median breaks a thin line into pieces too short to be known as one)."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    images = readings(erase_rulings(np.asarray(bitmap.to_pil().convert("L")), dpi))
    return [f"P5 {im.shape[1]} {im.shape[0]} 255\n".encode("ascii") + im.tobytes() for im in images]


def _unsure_sign(words: list[OcrWord]) -> tuple[int, list[OcrWord]]:
    """A line that opens with a paragraph sign and its number, one of them read with less than
    `MIN_WORD_CONFIDENCE` ("$" at 5, "115" at 0: Tesseract is often unsure of a § and of the number
    beside it): how many of the line's first words they are, and the two words to keep instead, an
    unsure sign written "S" (also one read as "8" or "&" and run into the number before a title: "8144
    Anmälan"; the shape `indexer.read.ocr_fix` puts back as § only where the document's
    run of paragraph numbers confirms it), both as sure as a word that is kept and no surer.
    (0, []) for any other line."""
    if not words:
        return 0, []
    first = words[0]
    glued = _SIGN_NUMBER.match(first.text)
    if not glued and len(words) >= 2 and words[1].text[:1].isupper() and words[1].text[1:2].islower():
        glued = _GLYPH_NUMBER.match(first.text)  # "8144 Anmälan av nya motioner", "121 Upphandling"
    if glued:
        pair, number = [first], glued.group("num")
    elif len(words) >= 2 and _SIGN.match(first.text) and _NUMBER.match(words[1].text):
        pair, number = words[:2], words[1].text.rstrip(".:")
    else:
        return 0, []
    if all(w.confidence >= MIN_WORD_CONFIDENCE for w in pair) and not (
        glued and glued.groupdict().get("odd")
    ):
        return 0, []
    sign = first.text if first.confidence >= MIN_WORD_CONFIDENCE and not glued else "S"
    end, sure = pair[-1], MIN_WORD_CONFIDENCE
    return len(pair), [
        OcrWord(sign, first.left, first.top, first.width if not glued else 0, first.height, sure),
        OcrWord(number, end.left, end.top, end.width, end.height, sure),
    ]


def _tsv_words(tsv: str, dpi: int) -> list[tuple[tuple[str, str], list[OcrWord]]]:
    """Tesseract's lines in reading order: (block, paragraph) and the line's words. A word read with
    less than `MIN_WORD_CONFIDENCE` is left out unless it reads as a cross (a vote table's mark) or is
    an unsure paragraph sign (`_unsure_sign`), and so is a logo in the page's header
    (`indexer.read.ocr_logo`)."""
    read: list[tuple[tuple[str, str], list[OcrWord]]] = []
    current: tuple[str, str, str] | None = None
    height = 0
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) >= 10 and cols[0] == "1":
            height = int(cols[9])
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, h = (int(c) for c in cols[6:10])
        if (cols[2], cols[3], cols[4]) != current:
            current = (cols[2], cols[3], cols[4])
            read.append(((cols[2], cols[3]), []))
        read[-1][1].append(OcrWord(cols[11].strip(), left, top, width, h, float(cols[10])))
    logo = logo_words([words for _, words in read], height, dpi)
    out: list[tuple[tuple[str, str], list[OcrWord]]] = []
    for key, words in read:
        words = [w for w in words if id(w) not in logo]
        n, kept = _unsure_sign(words)
        kept += [w for w in words[n:] if w.confidence >= MIN_WORD_CONFIDENCE or mark_like(w.text)]
        if not kept:
            continue
        if out and _beside_title(kept, out[-1][1]):
            out[-1] = (key, kept + out[-1][1])
            continue
        out.append((key, kept))
    return out


def _beside_title(head: list[OcrWord], title: list[OcrWord]) -> bool:
    """`head` is a paragraph's number alone ("§ 102", "8 102", "S 102") read as a block of its own
    after `title`, the line that stands to its right at its height: on a page turned a little,
    Tesseract reads a title in the right column before the number in the left one."""
    if not 1 <= len(head) <= 2 or not title:
        return False
    if len(head) == 2 and not (_SIGN.match(head[0].text) and _NUMBER.match(head[1].text)):
        return False
    if len(head) == 1 and not (_SIGN_NUMBER.match(head[0].text) or re.match(r"^[8&]\d{1,3}$", head[0].text)):
        return False
    right = max(w.left + w.width for w in head)
    top, bottom = min(w.top for w in head), max(w.top + w.height for w in head)
    first = title[0]
    return right < first.left and first.top < bottom and first.top + first.height > top


def _text_line(words: list[OcrWord]) -> str:
    """A line's words joined: a tab where they stand far apart (a logo and a header), as in the text
    layer."""
    line, right = "", 0
    for w in words:
        if line:
            line += "\t" if w.left - right > 3 * max(w.height, 10) else " "
        line += w.text
        right = w.left + w.width
    return line


def parse_tsv(tsv: str, dpi: int = 200) -> tuple[list[str], float]:
    """Lines and mean word confidence from Tesseract's TSV output.

    Args:
        tsv: The output of ``tesseract IMAGE stdout tsv``.
        dpi: The resolution the page was rendered at (a vote table's columns are found in points).

    Returns:
        The lines in Tesseract's reading order (a blank line between paragraphs; words far apart on a
        line, as a logo and a header, separated by a tab as in the text layer; a vote table's rows
        with a tab per column, `indexer.read.ocr_tables`), and the mean confidence of the words read
        with `MIN_WORD_CONFIDENCE` or more (0 when there are none).
    """
    read = _tsv_words(tsv, dpi)
    sure = [[w for w in words if w.confidence >= MIN_WORD_CONFIDENCE] for _, words in read]
    tables = vote_table_lines([words for _, words in read], dpi)
    lines: list[str] = []
    paragraph: tuple[str, str] | None = None
    k = 0
    while k < len(read):
        key = read[k][0]
        if paragraph is not None and key != paragraph and (k in tables or sure[k]):
            lines.append("")
        if k in tables:
            end, table = tables[k]
            lines += table
            paragraph, k = read[end - 1][0], end
            continue
        if sure[k]:
            lines.append(_text_line(sure[k]))
            paragraph = key
        k += 1
    confidences = [max(0.0, w.confidence) for words in sure for w in words]
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return lines, mean


def word_confidence(tsv: str) -> float:
    """The mean confidence of every word in Tesseract's TSV output, the unsure ones too (negative as 0):
    unlike `parse_tsv`'s mean of the words kept, a reading that drops a word it was unsure of
    ("§ 141 Val av" gone from a speckled line) is not the surer for it. 0 when no word was read."""
    confidences = [
        max(0.0, float(cols[10]))
        for cols in (row.split("\t") for row in tsv.splitlines()[1:])
        if len(cols) >= 12 and cols[0] == "5" and cols[11].strip()
    ]
    return sum(confidences) / len(confidences) if confidences else 0.0


def _tesseract(image: bytes, options: OcrOptions) -> tuple[list[str], float, float]:
    """Run one Tesseract process on one page image: the lines and mean confidence (`parse_tsv`), and
    the mean confidence of every word read (`word_confidence`)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per process: the pages run side by side
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", options.language, "--psm", str(options.psm), "tsv"],
            input=image,
            capture_output=True,
            timeout=options.timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        raise ParseError(f"OCR failed (Tesseract took over {options.timeout:.0f} s on a page)") from e
    except OSError as e:
        raise ParseError(f"OCR failed (cannot run tesseract: {e.strerror or e})") from e
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        why = next((ln for ln in err if ln.startswith("Failed loading language")), err[-1] if err else "")
        raise ParseError(f"OCR failed (tesseract: {why or 'exit ' + str(done.returncode)})")
    tsv = done.stdout.decode("utf-8", "replace")
    return *parse_tsv(tsv, options.dpi), word_confidence(tsv)


def surest(read: list[tuple[list[str], float, float]]) -> tuple[list[str], float]:
    """Of one page's readings (lines, mean confidence of the words kept, of every word read), the lines
    and confidence of the one whose every word was read with the highest mean confidence (the first of
    equals: `indexer.read.ocr_image.readings` puts the median first). On kommuner27's speckled pages
    each of the two won some pages (BENCHMARKS.md, "Branch ocr3 (session 10)")."""
    lines, confidence, _ = max(read, key=lambda r: r[2])
    return lines, confidence


def _tesseract_surest(images: list[bytes], options: OcrOptions) -> tuple[list[str], float]:
    """Read each image of one page (`render_page`) and keep the surest reading (`surest`)."""
    return surest([_tesseract(image, options) for image in images])


def ocr_images(
    images: Iterable[tuple[int, Callable[[], list[bytes]]]], options: OcrOptions
) -> dict[int, OcrPage]:
    """OCR page images, several Tesseract processes at once.

    Args:
        images: (page number, a function that renders the page: its images, `render_page`) in page
            order; the renderers are called one after another on this thread, while earlier pages
            are being read. A page of several images is read from each and the surest reading kept.
        options: Language, processes, timeout.

    Returns:
        The OCR'd pages by number.

    Raises:
        ParseError: Tesseract is missing or failed on a page.
    """
    if not tesseract_available():
        raise ParseError(
            "scanned PDF, and OCR is not installed (apt-get install tesseract-ocr tesseract-ocr-swe)"
        )
    out: dict[int, OcrPage] = {}
    pending: deque[tuple[int, Future[tuple[list[str], float]]]] = deque()

    def collect() -> None:
        n, future = pending.popleft()
        lines, confidence = future.result()
        out[n] = OcrPage(n, lines, confidence)

    with ThreadPoolExecutor(max_workers=options.processes) as pool:
        try:
            for n, render in images:
                # At most two rendered pages per process wait in memory (a page is ~4 MB at 200 dpi,
                # twice that when speckled).
                while len(pending) >= 2 * options.processes:
                    collect()
                pending.append((n, pool.submit(_tesseract_surest, render(), options)))
            while pending:
                collect()
        finally:
            for _, future in pending:
                future.cancel()
    return out
