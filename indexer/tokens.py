"""Words as the lexical index cuts them, and their Swedish stems: shared by the indexer and the queries."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

# What FTS5's unicode61 tokenizer keeps as token characters: letters and digits (underscore separates).
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Lower-cased tokens of `text`, cut like the FTS5 unicode61 tokenizer."""
    return [w.casefold() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("swedish")


def stem(word: str) -> str:
    """The Swedish Snowball stem of a lower-cased word ("detaljplanen" -> "detaljplan").

    Snowball's Swedish rules only cut endings, so the stem is always a prefix of the word.
    """
    return str(_stemmer().stemWord(word))
