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
from collections.abc import Callable, Mapping, Sequence
from typing import Any

#: Token offsets (start, end) in characters for each content token of a text.
OffsetsFn = Callable[[str], Sequence[tuple[int, int]]]

_WORD = re.compile(r"\S+")
_POLICY = re.compile(r"(tokens|words)(\d+)-overlap(\d+)")

#: Passage window of new archives, in the model's tokens (0: the model's whole input), and the tokens
#: consecutive passages share. A 160-token window (overlap 40) was measured (BENCHMARKS.md, issue 13,
#: fourth round): blind paraphrased hybrid gained, the unseen set did not, semantic mode lost on both and
#: vectors grew 2.2x, so new archives keep the whole input; `ARKIV_PASSAGE_TOKENS=160
#: ARKIV_PASSAGE_OVERLAP=40` builds such an archive.
PASSAGE_TOKENS = 0
PASSAGE_OVERLAP = 64
#: The overlap of archives built before the window was recorded (their window: the model's whole input).
LEGACY_OVERLAP = 64


def policy(unit: str, size: int, overlap: int) -> str:
    """The passage policy string of a window ('tokens160-overlap40'): part of the embedding cache key."""
    return f"{unit}{size}-overlap{overlap}"


def parse_policy(text: str | None) -> tuple[str, int, int] | None:
    """(unit, size, overlap) of a passage policy string, or None when it is not one."""
    m = _POLICY.fullmatch(text or "")
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else None


def archive_window(manifest: Mapping[str, Any] | None) -> tuple[int, int] | None:
    """The passage window (size, overlap) an archive was built with, from its manifest.

    None for a new archive (no manifest, or no vectors yet). An archive whose manifest records no
    window was built before it was recorded: the model's whole input (size 0), `LEGACY_OVERLAP`.
    """
    emb = (manifest or {}).get("embedding") or {}
    if not emb:
        return None
    rec = emb.get("passages")
    if isinstance(rec, Mapping) and "size" in rec and "overlap" in rec:
        return int(rec["size"]), int(rec["overlap"])
    parsed = parse_policy(emb.get("passage_policy"))
    return (parsed[1], parsed[2]) if parsed else (0, LEGACY_OVERLAP)


class WindowError(ValueError):
    """A passage window that cannot be cut (the overlap not smaller than the window)."""


def resolve_window(
    size: int | None, overlap: int | None, full: int, default: tuple[int, int]
) -> tuple[int, int]:
    """The window an embedder cuts passages with.

    Args:
        size: Asked for (`Settings.passage_tokens`, or the archive's own); None: `default`; 0 or more
            than the model reads: `full`.
        overlap: Asked for; None: the default's.
        full: The longest passage the model reads whole (its input less the prompt and a margin).
        default: (size, overlap) of a new archive for this model.

    Raises:
        WindowError: If the overlap is not smaller than the window.
    """
    size = default[0] if size is None else size
    size = full if size <= 0 or size > full else size
    overlap = default[1] if overlap is None else overlap
    if not 0 <= overlap < size:
        raise WindowError(f"passage overlap {overlap} must be smaller than the window of {size}")
    return size, overlap


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
