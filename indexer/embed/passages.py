"""Splitting long item texts into overlapping passages an embedding model can take whole.

multilingual-e5-small reads at most 512 tokens; past that sentence-transformers
silently truncates, so the end of a long item would never be searchable. An item
longer than the budget is cut into windows of `max_tokens` tokens that overlap by
`overlap` tokens (so a sentence on a boundary is whole in at least one window);
each window is embedded on its own and the item is scored by its best passage
(see `indexer.store.vectors`). Cuts are moved back to the nearest whitespace so no word
is split in two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: Token offsets (start, end) in characters for each content token of a text.
OffsetsFn = Callable[[str], Sequence[tuple[int, int]]]

_WORD = re.compile(r"\S+")


def window_starts(n_tokens: int, max_tokens: int, overlap: int) -> list[int]:
    """Start indexes of windows covering `n_tokens` tokens.

    Args:
        n_tokens: How many tokens the text has.
        max_tokens: Window length in tokens (> overlap).
        overlap: Tokens shared by consecutive windows.
    """
    if max_tokens <= overlap:
        raise ValueError("max_tokens must be larger than overlap")
    if n_tokens <= max_tokens:
        return [0]
    step = max_tokens - overlap
    starts = list(range(0, n_tokens - max_tokens + 1, step))
    if starts[-1] + max_tokens < n_tokens:
        starts.append(n_tokens - max_tokens)  # the last window ends exactly at the text's end
    return starts


def _snap_start(text: str, pos: int) -> int:
    """Move a cut back to the start of the word it falls in."""
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def split_by_offsets(
    text: str, offsets: Sequence[tuple[int, int]], max_tokens: int, overlap: int
) -> list[str]:
    """Split `text` into passages of at most ~`max_tokens` tokens, given its token offsets.

    A text that fits is returned unchanged as a single passage (so its cache key
    is the item text itself).

    Args:
        text: The item text.
        offsets: Character (start, end) of each content token, in order.
        max_tokens: Tokens per passage.
        overlap: Tokens shared by consecutive passages.
    """
    if len(offsets) <= max_tokens:
        return [text]
    passages = []
    for start in window_starts(len(offsets), max_tokens, overlap):
        end = min(start + max_tokens, len(offsets))
        lo = _snap_start(text, offsets[start][0])
        # End at the last whole word that fits; the next window starts before it anyway.
        hi = offsets[end - 1][1] if end == len(offsets) else _snap_start(text, offsets[end][0])
        if hi <= lo:  # one enormous "word": cut it where the tokens say
            hi = offsets[end - 1][1]
        piece = text[lo:hi].strip()
        if piece:
            passages.append(piece)
    return passages or [text]


def word_offsets(text: str) -> list[tuple[int, int]]:
    """Character offsets of whitespace-separated words (a tokenizer-free stand-in)."""
    return [m.span() for m in _WORD.finditer(text)]
