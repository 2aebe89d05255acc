"""A PDF text run cut where its characters stand far apart: two cells a writer set apart with spaces.

A signature block typed with the space bar ("Ordförande          Justerare" over "Anneli Grönberg
Lars Öberg", "Lars-Göran Ståhl, ordförande          Britt Olsson, PRO") is one text object in the PDF:
PDFium gives it as one rectangle whose text keeps a single space where the white space was. Read so, the
two signatures are one line of four words and nothing tells the chair's from the justerare's. The
characters' own boxes still stand apart there, so a short run wider than its letters need is looked at
character by character and cut where one white space is wider than `_GAP` times the line's height while
every other is a word space (a justified line, its spaces all wide alike, stays whole): each side is a
run of its own, and the row's cells then come apart as in a table (`indexer.read.pdf_rows`).
"""

from __future__ import annotations

import ctypes
from typing import Any

from indexer.read.pdf_rows import Run

__all__ = ["split_wide_gaps"]

#: A run's letters (and word spaces) are about this many times its height wide, on average: a run with a
#: wide gap in it is wider than its letters and the gap need.
_LETTER = 0.45
#: Only a short run is looked at: signatures and labels are a few words, a line of prose is more.
_MAX_WORDS = 10
#: White space between two characters wider than this many heights parts two cells ...
_GAP = 3.0
#: ... where no other white space in the run is wider than this many (a word space is a third of one).
_WORD_SPACE = 1.0


def split_wide_gaps(textpage: Any, run: Run) -> list[Run]:  # the text page is pypdfium2's (untyped)
    """The run, or its two pieces where one white space wider than `_GAP` heights stands in it.

    Args:
        textpage: The page's pypdfium2 text page.
        run: A run read from it (`indexer.read.pdf._runs`).

    Returns:
        [run] when it has no such gap (or its characters cannot be read back), else the words left of
        the gap and those right of it, each a run with its own box.
    """
    text = run.text.strip()
    height = run.height
    words = len(text.split())
    if not 2 <= words <= _MAX_WORDS or height <= 0 or run.width <= (_LETTER * len(text) + _GAP) * height:
        return [run]
    import pypdfium2.raw as pdfium_c

    first = pdfium_c.FPDFText_GetCharIndexAtPos(
        textpage, run.left + min(1.0, run.width / 2), (run.bottom + run.top) / 2, 2.0, 2.0
    )
    if first < 0:
        return [run]
    spaces = _spaces(textpage, first, run.text)
    if spaces is None or len(spaces) != words - 1:
        return [run]  # the characters do not read back as the run's text
    widths = sorted(after - before for before, after in spaces)
    if widths[-1] <= _GAP * height or (len(widths) > 1 and widths[-2] > _WORD_SPACE * height):
        return [run]
    cut = next(k for k, (before, after) in enumerate(spaces) if after - before == widths[-1])
    parts = text.split()
    return [
        Run(run.left, run.bottom, spaces[cut][0], run.top, " ".join(parts[: cut + 1])),
        Run(spaces[cut][1], run.bottom, run.right, run.top, " ".join(parts[cut + 1 :])),
    ]


def _spaces(textpage: Any, first: int, text: str) -> list[tuple[float, float]] | None:
    """The white space at each space of `text` (the run's, from character `first` on): (the right of the
    character before it, the left of the one after); None when a space is no space character there.
    Only the characters beside the spaces are asked for (a run's every character costs too much)."""
    import pypdfium2.raw as pdfium_c

    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    body = text.strip()  # `first` is its first character
    out: list[tuple[float, float]] = []
    for k, ch in enumerate(body):
        if ch != " ":
            continue
        at = first + k
        if chr(pdfium_c.FPDFText_GetUnicode(textpage, at)) != " ":
            return None
        if not pdfium_c.FPDFText_GetCharBox(textpage, at - 1, left, right, bottom, top):
            return None
        before = right.value
        if not pdfium_c.FPDFText_GetCharBox(textpage, at + 1, left, right, bottom, top):
            return None
        out.append((before, left.value))
    return out
