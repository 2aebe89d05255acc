"""Runs of a PDF row whose boxes overlap, each holding the characters of the overlap: the characters once.

PDFium gives a page's text as rectangles and the text inside each (`indexer.read.pdf`). Where two pieces of
text on a line are drawn so close that their boxes overlap (a case number set right after a long title:
"… om solceller på" and "KS 2026/0102"), the characters in the overlap fall inside both boxes and are read
twice: "… solceller på K" and "å KS 2026/0102". Here the repeated characters (the end of the left run that
is also the start of the right one) are given back once, cut at their last space: "… solceller på" and
"KS 2026/0102"; without a space in them they stay with the left run.

Where the left text runs on past its column into the next cell (a long name over a party column, a
header label over the next label), each box also holds characters of the other at the place where
they cross: "Nyberg, Lars-Göran, 1:e vice ordf. S" and "dfS" (the "df" of "ordf." and the party "S"),
"Tjänstgörande ersättareNä" and "reNärvaro". The right run is then a few characters of the left run's
end followed by its own text, and the left run ends with the first characters of that text: each is
given back its own ("Nyberg, Lars-Göran, 1:e vice ordf." and "S"), also when the right box lies wholly
inside the left one.
"""

from __future__ import annotations

import itertools

from indexer.read.pdf_rows import Row, Run

__all__ = ["untangle_overlaps"]


def _shared(left: str, right: str) -> int:
    """The length of the longest end of `left` that `right` starts with (at least 2, else 0)."""
    for k in range(min(len(left), len(right)), 1, -1):
        if left.endswith(right[:k]):
            return k
    return 0


def _crossed(left: str, right: str) -> tuple[str, str] | None:
    """(left's own text, right's own text) when each holds a few characters of the other where they
    cross (see the module docstring): `right` is a piece of `left`'s end then its own text, which
    `left` ends with the start of; None when the texts are not so. Of several ways to cut, one whose
    right text does not run a small letter into a capital ("eNärvaro": a letter of the left run's
    word) is taken, the shortest piece first."""
    found: list[tuple[bool, int, str, str]] = []
    for i in range(1, min(len(right), 8)):
        head, rest = right[:i], right[i:].lstrip()
        if not rest:
            break
        for j in range(min(len(rest), len(left) - 1), 0, -1):
            if left.endswith(rest[:j]):
                own = left[: len(left) - j]
                if head.strip() and head in own[-(len(head) + 3) :]:
                    word = rest.split()[0]
                    joined = any(x.islower() and y.isupper() for x, y in itertools.pairwise(word))
                    found.append((joined, i, own.rstrip(), rest))
                    break
    if not found:
        return None
    _, _, own, rest = min(found)
    return own, rest


def _untangle(a: Run, b: Run) -> tuple[Run, Run]:
    """The two runs with the characters both hold given once (see the module docstring)."""
    left, right = a.text.rstrip(), b.text.strip()
    crossed = _crossed(left, right)
    if crossed is not None:
        return (
            Run(a.left, a.bottom, min(a.right, b.left), a.top, crossed[0] + " "),
            Run(b.left, b.bottom, b.right, b.top, crossed[1]),
        )
    if b.right <= a.right:
        return a, b  # a box inside the other: nothing shared at their ends
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
            if b.left < a.right - 0.5 and b.left >= a.left:
                row.runs[k - 1], row.runs[k] = _untangle(a, b)
    return rows
