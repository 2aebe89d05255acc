"""Is a word an ordinary Swedish word: a form or a lemma of spacy-lookups-data's Swedish lookup table?

The table (660,000 forms, 743,000 distinct words with the lemmas) ships as a 2 MB gzipped JSON file;
parsing it and building a set cost ~1.1 s of CPU in every indexing process and in every pool worker,
for a handful of look-ups per document (BENCHMARKS.md, "Indexing start-up"). So the words are written
once, sorted, one per line, to a file in the model cache (`Settings.model_cache`; its name carries the
table file's size and modification time, so an upgraded package gets a new file), and looked up by
bisection in a memory map: a look-up reads a few pages, and nothing is loaded at start.

Where the cache cannot be written, the words are kept in a set in memory (the old way): the answer is
the same either way.
"""

from __future__ import annotations

import gzip
import json
import mmap
import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

__all__ = ["is_swedish_word"]


def _table_file() -> Path:
    import spacy_lookups_data

    return Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"


def _all_words(source: Path) -> frozenset[str]:
    """Every form and every lemma of the lookup table."""
    with gzip.open(source, "rt", encoding="utf-8") as f:
        table: dict[str, str] = json.load(f)
    return frozenset(table) | frozenset(table.values())


def contains_line(data: bytes | mmap.mmap, key: bytes) -> bool:
    """Is `key` one of the lines of `data` (lines sorted bytewise, each ended by a newline)?"""
    lo, hi = 0, len(data)  # line starts; the line sought, if any, starts in [lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1 if mid > lo else lo
        end = data.find(b"\n", start)
        line = data[start:end]
        if line == key:
            return True
        if line < key:
            lo = end + 1
        else:
            hi = start
    return False


def _write_sorted(words: frozenset[str], target: Path) -> None:
    """The words one per line, sorted by their UTF-8 bytes, written atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(b"".join(w + b"\n" for w in sorted(w.encode("utf-8") for w in words)))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _cache_dir() -> Path:
    from arkiv.settings import get_settings

    return Path(get_settings().model_cache).expanduser()


@lru_cache(maxsize=1)
def _lookup() -> Callable[[str], bool]:
    """The membership test: bisection in the cached word file, or a set when it cannot be made."""
    source = _table_file()
    st = source.stat()
    target = _cache_dir() / f"sv-words-{st.st_size}-{int(st.st_mtime)}.txt"
    try:
        if not target.is_file():
            words = _all_words(source)
            if any(not w or "\n" in w for w in words):  # cannot be a line: keep the set
                return words.__contains__
            _write_sorted(words, target)
        with open(target, "rb") as f:
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # a read-only or full cache, an empty file: the set in memory
        return _all_words(source).__contains__
    # No word of the file is empty or holds a newline (checked when it was written).
    return lambda word: bool(word) and "\n" not in word and contains_line(data, word.encode("utf-8"))


def is_swedish_word(word: str) -> bool:
    """True when `word`, exactly as given, is a form or a lemma of the Swedish lookup lemma table."""
    return _lookup()(word)
