"""Words as the lexical index cuts them: shared by the FTS5 queries, the lexicon and query parsing."""

from __future__ import annotations

import re
import unicodedata

# What FTS5's unicode61 tokenizer keeps as token characters: letters and digits (underscore separates).
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Lower-cased tokens of `text`, cut like the FTS5 unicode61 tokenizer."""
    return [w.casefold() for w in _WORD.findall(unicodedata.normalize("NFC", text))]
