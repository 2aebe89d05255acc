"""What a title line's last words tell of the next line: a name cut there, a bracket of numbers opened.

A title set in a narrow column wraps where the column ends, so its lines' lengths say little. Two cues at
a line's end do, whatever the template:

- a name cut at the line's end ("Månadsrapport mars 2026 för Region" / "Kronoberg", "… i Västra" /
  "Götaland"): a capitalised word after a word in lower case, which a title does not end with unless the
  name goes on, so the short line under it, right over the body's first section word, is the title's;
- a bracket of case numbers opened at the line's end ("… bygglovsverksamheten (SBN" / "2026-000098, KS
  2026/155)"): the number goes on under it and closes the bracket there; "(SBN" is no word of the title.
"""

from __future__ import annotations

import re

__all__ = ["ends_in_cut_name", "without_open_number"]

#: A title line's end that opens a bracket of case numbers: "(SBN", "(Dnr", "(dnr.", "(".
_OPEN_NUMBER = re.compile(r"\s*\((?:[A-ZÅÄÖ]{1,6}|[Dd]nr\.?:?)?\s*$")
_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+")


def ends_in_cut_name(line: str) -> bool:
    """Whether a title's line ends in a name that goes on on the next line: its last word capitalised,
    the word before it in lower case ("… mars 2026 för Region").

    Args:
        line: The title's last line so far.

    Returns:
        True for such an end; False for a line of fewer than three words.
    """
    words = line.split()
    return (
        len(words) >= 3
        and words[-2].isalpha()
        and words[-2].islower()
        and bool(_NAME_WORD.fullmatch(words[-1]))
    )


def without_open_number(line: str, below: str) -> str | None:
    """The title's line without a bracket of case numbers it opens at its end, when the line `below`
    (its case numbers) closes it.

    Args:
        line: The title's line ("Revidering av taxa för bygglov (SBN").
        below: The next line, read as case numbers ("2026-000098, KS 2026/155)").

    Returns:
        The line up to the bracket ("Revidering av taxa för bygglov"), or None where no bracket opens.
    """
    m = _OPEN_NUMBER.search(line)
    if not m or not below.rstrip().endswith(")"):
        return None
    return line[: m.start()]
