"""Runs of a PDF row whose boxes overlap, each holding the characters of the overlap: the characters once.

PDFium gives a page's text as rectangles and the text inside each (`indexer.read.pdf`). Where two pieces of
text on a line are drawn so close that their boxes overlap (a case number set right after a long title:
"… om solceller på" and "KS 2026/0102"), the characters in the overlap fall inside both boxes and are read
twice: "… solceller på K" and "å KS 2026/0102". Here the repeated characters (the end of the left run that
is also the start of the right one) are given back once, cut at their last space: "… solceller på" and
"KS 2026/0102"; without a space in them they stay with the left run.
"""

from __future__ import annotations

from indexer.read.pdf_rows import Row, Run

__all__ = ["untangle_overlaps"]


def _shared(left: str, right: str) -> int:
    """The length of the longest end of `left` that `right` starts with (at least 2, else 0)."""
    for k in range(min(len(left), len(right)), 1, -1):
        if left.endswith(right[:k]):
            return k
    return 0


def _untangle(a: Run, b: Run) -> tuple[Run, Run]:
    """The two runs with the characters both hold given once (see the module docstring)."""
    left, right = a.text.rstrip(), b.text.lstrip()
    k = _shared(left, right)
    if not k or k >= len(right):
        return a, b
    both = right[:k]
    cut = both.rfind(" ")
    keep_left = both[:cut] if cut >= 0 else both
    space = " " if cut >= 0 else ""  # a word gap: the two runs are two words (or cells), not one
    new_a = Run(a.left, a.bottom, min(a.right, b.left), a.top, left[: len(left) - k] + keep_left + space)
    new_b = Run(b.left, b.bottom, b.right, b.top, right[len(keep_left) :].lstrip())
    return new_a, new_b


def untangle_overlaps(rows: list[Row]) -> list[Row]:
    """The rows with the text of horizontally overlapping neighbour runs read once (in place).

    Args:
        rows: The page's rows, each with its runs left to right.

    Returns:
        The same rows.
    """
    for row in rows:
        for k in range(1, len(row.runs)):
            a, b = row.runs[k - 1], row.runs[k]
            if b.left < a.right - 0.5 and b.right > a.right:
                row.runs[k - 1], row.runs[k] = _untangle(a, b)
    return rows
