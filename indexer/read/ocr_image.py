"""A page image cleaned for OCR: a table's ruling erased, so Tesseract reads the cells' text alone.

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

__all__ = ["erase_rulings"]

#: A dark run this long (inches) is a line, not part of a letter (11 pt capitals are ~0.11 inch).
RULING_INCHES = 0.3
#: A pixel darker than this (0 black, 255 white) is ink.
_INK = 160


def _on_long_runs(dark: npt.NDArray[np.bool_], k: int) -> npt.NDArray[np.bool_]:
    """The pixels lying on a vertical run of at least `k` dark pixels."""
    h = dark.shape[0]
    if h < k:
        return np.zeros_like(dark)
    zero = np.zeros((1, dark.shape[1]), np.int32)
    total = np.concatenate([zero, np.cumsum(dark, axis=0, dtype=np.int32)])
    full = (total[k:] - total[:-k]) == k  # the k pixels from row i down are all dark
    starts = np.concatenate([zero, np.cumsum(full, axis=0, dtype=np.int32)])
    rows = np.arange(h)
    lo = np.clip(rows - k + 1, 0, full.shape[0])
    hi = np.clip(rows + 1, 0, full.shape[0])
    return (starts[hi] - starts[lo]) > 0  # some all-dark window covers the pixel


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
    line = _on_long_runs(dark, k) | _on_long_runs(dark.T, k).T
    grown = line.copy()
    grown[1:] |= line[:-1]
    grown[:-1] |= line[1:]
    grown[:, 1:] |= line[:, :-1]
    grown[:, :-1] |= line[:, 1:]
    out = image.copy()
    out[grown] = 255
    return out
