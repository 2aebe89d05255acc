"""Tesseract's typical misreadings in minutes, resolved where the document's structure confirms them.

The paragraph sign is the one that matters: "§ 93" comes out as "8 93", "893", "S 93", "$ 93" or
"$&", and a paragraph heading that does not start with § is not a paragraph to segmentation. A "$"
is always a § (no dollar amounts in Swedish minutes). An "8" or "S" is a § only at the start of a
line that is a heading ("8 93", "S 94 2026.016 KS", "893" alone) and only when the structure says
so: another paragraph heading within three numbers of it (the paragraphs of a protocol follow each
other), or it is the one paragraph of a protocol extract.
"""

from __future__ import annotations

import re

__all__ = ["fix_paragraph_signs"]

_DOLLAR = re.compile(r"\$&|&\$|\$")  # "$&": one § read as two characters
_REAL = re.compile(r"^\s*§\s?(\d{1,3})\b")
# "8 93", "S 93", "S93", then nothing, a diarienummer or a title; "893" only alone on its line.
_CANDIDATE = re.compile(
    r"^(?P<lead>\s*)(?:(?:8\s|S\s?)(?P<num>\d{1,3})(?P<rest>(?:\s.{0,100})?)|8(?P<bare>\d{1,3})\s*)$"
)


def _heading_rest(rest: str) -> bool:
    """What may follow the number on a heading line: nothing, a case number or a title, not an amount."""
    rest = rest.strip()
    return not rest or not re.match(r"^(?:\d{3}\b|%|kr\b|tkr\b|mnkr\b|st\b)", rest)


def _title_follows(lines: list[str], k: int) -> bool:
    """The next non-blank line starts like a heading's title (a capital letter)."""
    for line in lines[k + 1 : k + 3]:
        if line.strip():
            return line.strip()[0].isupper()
    return False


def fix_paragraph_signs(pages: list[list[str]], ocr: set[int]) -> int:
    """Put back the § that OCR misread on the OCR'd pages (lines are changed in place).

    Args:
        pages: Every page's lines (text-layer pages give the § headings that confirm a sequence).
        ocr: Indexes (0-based) of the pages whose lines come from OCR.

    Returns:
        How many paragraph signs were put back.
    """
    fixed = 0
    numbers: list[int] = []
    candidates: list[tuple[int, int, int]] = []  # (page, line, number)
    for p, lines in enumerate(pages):
        for k, line in enumerate(lines):
            if p in ocr and "$" in line:
                new = _DOLLAR.sub("§", line)
                fixed += new != line
                lines[k] = line = new
            if m := _REAL.match(line):
                numbers.append(int(m.group(1)))
            elif p in ocr and (c := _CANDIDATE.match(line)) and _heading_rest(c.group("rest") or ""):
                if c.group("bare") and not _title_follows(lines, k):
                    continue
                candidates.append((p, k, int(c.group("num") or c.group("bare"))))
    every = numbers + [n for _, _, n in candidates]
    # A protocol extract: one paragraph (on one or more pages), no other heading.
    extract = not numbers and len({n for _, _, n in candidates}) == 1
    for p, k, n in candidates:
        if extract or any(0 < abs(n - other) <= 3 for other in every):
            c = _CANDIDATE.match(pages[p][k])
            assert c is not None
            pages[p][k] = f"{c.group('lead')}§ {n}{c.group('rest') or ''}"
            fixed += 1
    return fixed
