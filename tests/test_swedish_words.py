"""The Swedish word list behind "is this capitalised word an ordinary word?": looked up by bisection in a
sorted file in the model cache, with exactly the answers of the lookup table's set of forms and lemmas."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from indexer.entities import swedish_words
from indexer.entities.swedish_words import contains_line, is_swedish_word


def test_bisection_finds_exactly_the_lines() -> None:
    words = sorted({"a", "ab", "abc", "b", "ba", "zz", "å", "ö-x", "Ö"}, key=lambda w: w.encode())
    data = b"".join(w.encode() + b"\n" for w in words)
    for w in words:
        assert contains_line(data, w.encode())
    for w in ["", "aa", "abcd", "c", "z", "zzz", "ä", "ö", "A"]:
        assert not contains_line(data, w.encode())
    assert not contains_line(b"", b"a")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ARKIV_MODEL_CACHE", str(tmp_path / "cache"))
    swedish_words._lookup.cache_clear()
    yield tmp_path / "cache"
    swedish_words._lookup.cache_clear()


def test_the_cached_list_answers_as_the_table_does(cache: Path) -> None:
    every = swedish_words._all_words(swedish_words._table_file())
    rng = random.Random(7)
    known = rng.sample(sorted(every), 3000)
    asked = known + [w + "q" for w in known[:500]] + [w[:-1] for w in known[:500]]
    asked += ["nämnden", "Nämnden", "lady", "", "två ord", "x\ny", "Stefan"]
    answers = {w: is_swedish_word(w) for w in asked}
    assert list(cache.glob("sv-words-*.txt")), "the sorted list is written to the model cache"
    assert answers == {w: w in every for w in asked}
    assert answers["nämnden"] and not answers["Nämnden"]  # exactly as given: callers lower-case


def test_a_cache_that_cannot_be_written_still_answers(cache: Path) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("a file where the cache folder should be")
    assert is_swedish_word("nämnden") and not is_swedish_word("xqzv")
