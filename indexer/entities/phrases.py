"""The gazetteer phrases (kommuner, regioner, parties) found without starting spaCy, where that is certain.

`indexer.entities.nlp` finds them with spaCy's entity_ruler: the "sv" tokenizer, then a phrase matcher
on the tokens' exact text, the longest match first. Importing spaCy and building that pipeline costs
~0.6 s of CPU at every start of `arkiv index` (and of every pool's fork server), which was a sixth of
indexing the 18 Alingsås protocols (BENCHMARKS.md, issue 10). The matches themselves are a few
milliseconds.

So the phrases are looked up here in the text itself, and the answer is used only where it is certain to
be spaCy's: a phrase found at a word start counts when each side of it is the text's edge, whitespace,
or one or two punctuation characters that spaCy's Swedish tokenizer splits off as a prefix (before)
or suffix (after) and then whitespace or the edge — checked against spaCy for every phrase and every
such pair (`tests/test_phrases.py`). A letter or digit beside it, ":s" after it or a single hyphen
between it and a word means no match, as for spaCy (no "sv" rule splits there). Anything else beside
a phrase (a slash, "<br>", "1(") is not decided here: `find` returns None and the caller asks spaCy.
Overlapping matches are resolved as the entity_ruler does: more tokens first, then the earlier one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Characters spaCy's "sv" tokenizer splits off the front of a word (checked: tests/test_phrases.py).
SAFE_BEFORE = frozenset("([{\"'“”‘’«»„§–—,:;!?<>*&…·")
#: Characters it splits off the end of a word after a phrase (none of the phrases ends in s, x or z,
#: after which a final apostrophe stays on the word). Not dashes: "stad–." stays one token.
SAFE_AFTER = frozenset(")]}\"'“”‘’«».,:;!?…·*")

_WORD = re.compile(r"[^\W_]+")

#: (start, end, label, id) of one phrase found in a text.
Match = tuple[int, int, str, str]


class PhraseIndex:
    """Phrases by their first word, each with its label, id and token count.

    Args:
        patterns: The entity_ruler's patterns (`{"label", "pattern", "id"}`, the pattern a string).
    """

    def __init__(self, patterns: Iterable[dict[str, str]]) -> None:
        self._by_first: dict[str, list[tuple[str, str, str, int]]] = {}
        for p in patterns:
            phrase = p["pattern"]
            first = _WORD.match(phrase)
            if first is None or first.end() == 0:
                raise ValueError(f"a phrase must start with a letter or digit: {phrase!r}")
            # No infix of the sv tokenizer splits the phrases (a hyphen stays inside a word): one token a
            # word (tests/test_phrases.py checks every phrase against spaCy's tokenizer).
            entry = (phrase, p["label"], p["id"], phrase.count(" ") + 1)
            self._by_first.setdefault(first.group(0), []).append(entry)

    def find(self, text: str) -> list[Match] | None:
        """The phrases in `text` as spaCy's entity_ruler would set them, in text order; None when a
        phrase stands where only spaCy's tokenizer can say whether it is a match."""
        found: list[tuple[int, int, int, str, str]] = []  # tokens, start, end, label, id
        for w in _WORD.finditer(text):
            for phrase, label, ent_id, tokens in self._by_first.get(w.group(0), ()):
                start = w.start()
                if not text.startswith(phrase, start):
                    continue
                end = start + len(phrase)
                verdict = _sides(text, start, end)
                if verdict is None:
                    return None
                if verdict:
                    found.append((tokens, start, end, label, ent_id))
        return _longest_first(found)


def _sides(text: str, start: int, end: int) -> bool | None:
    """True: both sides end a token as spaCy splits; False: a letter or digit joins it to a word;
    None: not certain."""
    before = _side(text, start, -1, SAFE_BEFORE)
    if before is False:
        return False
    after = _side(text, end, 1, SAFE_AFTER)
    if after is False:
        return False
    return None if before is None or after is None else True


def _side(text: str, at: int, step: int, safe: frozenset[str]) -> bool | None:
    """Look from the phrase's edge outwards to the end of its whitespace-delimited chunk: at most two
    safe characters, then whitespace or the text's edge (every such pair is checked against spaCy)."""
    i = at - 1 if step < 0 else at
    if step > 0 and text[i : i + 1] == ":" and text[i + 1 : i + 2].islower():
        return False  # "Region Halland:s": the sv tokenizer splits a colon only before a capital
    if text[i : i + 1] == "-" and 0 <= i + step < len(text) and text[i + step].isalnum():
        return False  # "Arbetarepartiet-Socialdemokraterna": no sv rule splits at a single hyphen
    for k in range(3):
        if not 0 <= i < len(text) or text[i].isspace():
            return True
        ch = text[i]
        if k == 0 and ch.isalnum():
            return False
        if ch not in safe or k == 2:
            return None
        i += step
    return None


def _longest_first(found: list[tuple[int, int, int, str, str]]) -> list[Match]:
    """The entity_ruler's choice: by token count (descending), then start; a match that overlaps one
    already taken is dropped."""
    taken: list[tuple[int, int, str, str]] = []
    for _tokens, start, end, label, ent_id in sorted(set(found), key=lambda m: (-m[0], m[1])):
        if all(end <= s or start >= e for s, e, _, _ in taken):
            taken.append((start, end, label, ent_id))
    return sorted(taken)
