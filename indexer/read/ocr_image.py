"""A page image cleaned for OCR: salt-and-pepper specks smoothed away, a table's ruling erased.

A scan peppered with specks (a grainy copy, a fax, a dirty glass: dark single pixels all over the page)
makes Tesseract drop or garble whole words: it reads the specks as letters and loses its confidence in
the words beside them (a speckled protocol page: mean confidence of the words kept 81, many dropped,
"Val av justerare" read as "Valavjusterare" and "§ 141" lost; smoothed: 94.5, every line read). A 3 x 3
median turns a lone dark pixel white and leaves a letter's strokes (two pixels wide and more at 200 dpi) as
they were; it is applied only to a page where lone dark pixels are many (`SPECKLED`), as on a clean scan it
would only thin what is already thin.

Tesseract reads the lines of a bordered table as letters ("[Anna", "Inej", "L", "dt") when a scan is a
little skewed or coarse, and on such a page it drops what stands alone in a box: the crosses of a vote
table, even the "Ja" and "Nej" of its header. Lines are no text: every dark run longer than a
letter can be (0.3 inch, vertical or horizontal) is painted white, one pixel beyond its edge for the
anti-aliasing. A letter of minutes' type is far smaller, so text is left as it was; an underline or a
form's line to sign on goes too.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["SPECKLED", "despeckle", "erase_rulings", "speckle_density"]

#: Lone dark pixels (no dark neighbour) per 10,000 pixels above which a page is smoothed: a speckled
#: scan has 30-50, a clean or merely grey one under 1.
SPECKLED = 10.0

#: A dark run this long (inches) is a line, not part of a letter (11 pt capitals are ~0.11 inch).
RULING_INCHES = 0.3
#: A pixel darker than this (0 black, 255 white) is ink.
_INK = 160


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


def speckle_density(image: npt.NDArray[np.uint8]) -> float:
    """Lone dark pixels (none of the 8 around them dark) per 10,000 pixels of the grey page image."""
    dark = image < _INK
    if not dark.size:
        return 0.0
    padded = np.pad(dark, 1)
    h, w = dark.shape
    near = np.zeros((h, w), bool)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            if (dy, dx) != (1, 1):
                near |= padded[dy : dy + h, dx : dx + w]
    return float((dark & ~near).sum()) / dark.size * 1e4


def despeckle(image: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """The page smoothed by a 3 x 3 median where it is speckled (`SPECKLED`), else the page itself."""
    if speckle_density(image) < SPECKLED:
        return image
    from PIL import Image, ImageFilter  # pypdfium2 renders through Pillow: it is there

    return np.asarray(Image.fromarray(image).filter(ImageFilter.MedianFilter(3)))
