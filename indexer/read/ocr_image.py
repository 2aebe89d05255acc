"""A page image cleaned for OCR: a table's ruling erased, so Tesseract reads the cells' text alone.

Tesseract reads the lines of a bordered table as letters ("[Anna", "Inej", "L", "dt") when a scan is a
little skewed or coarse, and on such a page it drops what stands alone in a box: the crosses of a vote
table, even the "Ja" and "Nej" of its header. Lines are no text: every dark run longer than a
letter can be (0.3 inch, vertical or horizontal) is painted white, one pixel beyond its edge for the
anti-aliasing. A letter of minutes' type is far smaller, so text is left as it was; an underline or a
form's line to sign on goes too.

A scan full of speckle (toner dust, a photocopy of a photocopy, a fax: thousands of dark dots of one or
two pixels between the letters) makes Tesseract drop the words it is unsure of, a § line's sign and
number first ("§ 141 Val av justerare" read as "Valavjusterare"); a 3x3 median filter clears the dots
and leaves the letters, whose strokes are wider than a pixel. A clean scan or a rendered page has a
few hundred such dots per million pixels at most, and a median there only thins fine print, so the
filter runs on a speckled page alone (`despeckle`, measured in BENCHMARKS.md, "Branch ocr2 (session 9)").

The median also eats a thin stroke's end: the hook of a thin sans "f" goes and it reads "t" ("Jafari"
-> "Jatari"). `letters_kept` clears the dots as the median does but gives every letter its scanned
pixels back (a dark pixel joined through dark pixels to ink the median kept), so a thin stroke stays;
on a noisy 150-dpi JPEG scan, though, the median's smoothed letters read better. Neither wins every
page, so a speckled page is read both ways (`readings`) and OCR keeps the reading it is surer of
(`indexer.read.ocr`; BENCHMARKS.md, "Branch ocr3 (session 10)").
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["despeckle", "erase_rulings", "letters_kept", "readings", "speckle"]

#: A dark run this long (inches) is a line, not part of a letter (11 pt capitals are ~0.11 inch).
RULING_INCHES = 0.3
#: A pixel darker than this (0 black, 255 white) is ink.
_INK = 160
#: A pixel darker than this is a speck when it stands alone (a speck is often grey, lighter than ink).
_SPECK = 200
#: Lone dark pixels per million above which a page is speckled and median-filtered: clean scans and
#: rendered pages have 0-200 (Åre, Askersund), a noisy copy ~1 100 (Hällefors), a speckled one ~10 000.
SPECKLE_PER_MPX = 2000.0
#: How far (pixels, through dark pixels) a letter's pixel may lie from ink the median kept: a thin
#: stroke's end at 200 dpi (the hook of an "f" is 2-4 px; a speck apart from the letters has no such ink).
_REACH = 6


def _on_long_runs(dark: npt.NDArray[np.bool_], k: int) -> npt.NDArray[np.bool_]:
    """The pixels lying on a horizontal run (along a row) of at least `k` dark pixels.

    Each row is padded with a light pixel at both ends and the rows laid end to end, so the changes
    between light and dark alternate start, end, start, ... over the whole image: one pass finds
    every run, and the long ones are marked by a +1 at their start and a -1 past their end, summed.
    (A sliding-window count per pixel gave the same pixels at ~6x the CPU, 0.25 s a page at 200 dpi.)
    """
    h, w = dark.shape
    padded = np.zeros((h, w + 2), np.int8)
    padded[:, 1:-1] = dark
    change = np.flatnonzero(np.diff(padded.ravel()))
    starts, ends = change[0::2] + 1, change[1::2] + 1  # run = [start, end) in the padded rows
    long = (ends - starts) >= k
    marks = np.zeros(h * (w + 2), np.int8)
    marks[starts[long]] = 1  # a start is a dark pixel, an end a light one: never the same place
    marks[ends[long]] = -1
    return np.cumsum(marks, dtype=np.int8).astype(bool).reshape(h, w + 2)[:, 1:-1]


def erase_rulings(image: npt.NDArray[np.uint8], dpi: int) -> npt.NDArray[np.uint8]:
    """The grey page image with its long straight lines painted white.

    Args:
        image: The page, 8-bit grey (0 black), rows top to bottom.
        dpi: Its resolution, to know how long a line is.

    Returns:
        A copy with every pixel of a vertical or horizontal dark run of `RULING_INCHES` or more, and
        its neighbours, white.
    """
    dark = image < _INK
    k = max(8, int(dpi * RULING_INCHES))
    line = _on_long_runs(dark, k) | _on_long_runs(np.ascontiguousarray(dark.T), k).T
    grown = line.copy()
    grown[1:] |= line[:-1]
    grown[:-1] |= line[1:]
    grown[:, 1:] |= line[:, :-1]
    grown[:, :-1] |= line[:, 1:]
    out = image.copy()
    out[grown] = 255
    return out


def speckle(image: npt.NDArray[np.uint8]) -> float:
    """Lone dark pixels per million pixels: dark (< `_SPECK`) with at most one dark pixel among the
    eight around it (a dot of one or two pixels; the dot of an "i" or a full stop is larger)."""
    dark = (image < _SPECK).astype(np.uint8)
    h, w = dark.shape
    if not h or not w:
        return 0.0
    padded = np.pad(dark, 1)
    around = np.zeros((h, w), np.uint8)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            if dy != 1 or dx != 1:
                around += padded[dy : dy + h, dx : dx + w]
    return float(np.count_nonzero(dark.astype(bool) & (around <= 1))) * 1e6 / (h * w)


def _median3(image: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """The 3x3 median of every pixel (the edge repeated beyond the border)."""
    h, w = image.shape
    padded = np.pad(image, 1, mode="edge")
    stack = np.stack([padded[dy : dy + h, dx : dx + w] for dy in range(3) for dx in range(3)])
    return np.partition(stack, 4, axis=0)[4]


def despeckle(image: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """The page median-filtered (3x3) when it is speckled (`speckle` above `SPECKLE_PER_MPX`), else
    as it was (the same array)."""
    if image.size == 0 or speckle(image) <= SPECKLE_PER_MPX:
        return image
    return _median3(image)


def _grow(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """`mask` and its eight neighbours (a 3x3 dilation, rows then columns)."""
    rows = mask.copy()
    rows[1:] |= mask[:-1]
    rows[:-1] |= mask[1:]
    out = rows.copy()
    out[:, 1:] |= rows[:, :-1]
    out[:, :-1] |= rows[:, 1:]
    return out


def letters_kept(image: npt.NDArray[np.uint8], median: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """The median-filtered page with its letters as scanned: a dark pixel (< `_SPECK`) joined, within
    `_REACH` steps through dark pixels, to a pixel the median left dark keeps its scanned value; the
    rest (the background and the specks apart from the letters) takes the median's.

    Args:
        image: The page, 8-bit grey.
        median: Its 3x3 median (`_median3`).
    """
    dark = image < _SPECK
    letter = dark & (median < _SPECK)
    for _ in range(_REACH):
        grown = _grow(letter) & dark
        if np.array_equal(grown, letter):
            break
        letter = grown
    out = median.copy()
    out[letter] = image[letter]
    return out


def readings(image: npt.NDArray[np.uint8]) -> list[npt.NDArray[np.uint8]]:
    """The images of a page to OCR: the page as it is ([image], the same array) unless it is speckled
    (`speckle` above `SPECKLE_PER_MPX`); a speckled page twice, median-filtered and with its letters
    kept (`letters_kept`), for OCR to keep the reading it is surer of."""
    median = despeckle(image)
    return [image] if median is image else [median, letters_kept(image, median)]
