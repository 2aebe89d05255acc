"""A kommun's logo in a scanned page's header, found among Tesseract's words and left out.

A logo is a picture: a symbol beside a wordmark in capitals ("ALINGSÅS" over "KOMMUN"). The text
layer of the same page has none of it, but Tesseract reads the wordmark as words, often cut apart by
its letter spacing ("ALIN G SÅS", "A L I N G SAS"), and the symbol as a stray word ("”M", "EX", "ma")
that is read with little confidence and stands far taller than a line of text.

That symbol is what gives the logo away: in the top quarter of the page, a word read with less than
`SYMBOL_CONFIDENCE`, taller than `SYMBOL_INCHES` and not a Swedish word is no letter of minutes' type
(11-pt capitals are ~0.11 inch, a 16-pt title's ~0.16; a header's word read tall because Tesseract
merged it with the logo's line is still a word). The words in capitals that follow it on its line,
each within `GAP_INCHES` of the last, and those under it (within the symbol's and wordmark's width,
and `GAP_INCHES` below) that are in capitals or read with little confidence, are its wordmark. A page
header's text beside the logo is kept: it stands further off, or is not in capitals. On the Alingsås
gold pages (bench/bench_ocr.py) the logo made ~15 characters of errors a page.
"""

from __future__ import annotations

from indexer.entities.swedish_words import is_swedish_word
from indexer.read.ocr_tables import OcrWord

__all__ = ["logo_words"]

#: A symbol is read with less confidence than this (a wordmark's letters are read with ~90-97).
SYMBOL_CONFIDENCE = 60.0
#: ... and is taller than this, in inches.
SYMBOL_INCHES = 0.2
#: Wordmark words stand this close to the symbol and to each other, in inches.
GAP_INCHES = 0.5


def _capitals(text: str) -> bool:
    """All letters capitals, and at least one letter ("ALINGSÅS", "KOMMUN", "G"; not "Protokoll")."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def logo_words(lines: list[list[OcrWord]], page_height: int, dpi: int) -> set[int]:
    """The ids (`id()`) of the words that are a logo: its symbol and its wordmark.

    Args:
        lines: Tesseract's lines of one page, every word read (any confidence), in reading order.
        page_height: The page's height in pixels.
        dpi: The resolution the page was rendered at.

    Returns:
        The ids of the logo's words (empty when no symbol is found).
    """
    gap, tall = GAP_INCHES * dpi, SYMBOL_INCHES * dpi
    out: set[int] = set()
    for k, words in enumerate(lines):
        for j, w in enumerate(words):
            if w.top > page_height / 4 or w.confidence >= SYMBOL_CONFIDENCE or w.height <= tall:
                continue
            word = w.text.strip(".,:;").lower()
            if len(word) >= 4 and is_swedish_word(word):
                continue  # a word of the header read tall with a line it was merged with ("Protokoll")
            out.add(id(w))
            left, right, bottom = w.left, w.left + w.width, w.top + w.height
            for v in words[j + 1 :]:  # the wordmark beside the symbol
                if v.left - right > gap or not _capitals(v.text):
                    break
                out.add(id(v))
                right = v.left + v.width
            for below in lines[k:]:  # and under it
                for v in below:
                    across = v.left < right and v.left + v.width > left
                    beneath = across and bottom - tall < v.top < bottom + gap
                    if beneath and (_capitals(v.text) or v.confidence < SYMBOL_CONFIDENCE):
                        out.add(id(v))
    return out
