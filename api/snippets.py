"""Result snippets: HTML-escaped text with the query's words in <mark>.

A lexical hit's snippet is the window of its text (about `WINDOW_WORDS` words)
holding the most distinct query terms, with every occurrence marked: whole words,
prefix terms as word starts (`skatteväxling` marks `skatteväxlingen`), phrases as
word sequences and, for compound hits, the part inside the word (`Avfalls<mark>taxa</mark>`).
We do this in Python rather than with FTS5's snippet(): on prefix-expanded OR
queries snippet() cost ~2 ms per item (a 20-result page: 44 ms on 10k items),
while a regex over one item's text costs microseconds.

A semantic-only hit has no FTS match: its snippet is the sentence sharing most
words (or word starts) with the query, else the opening of the text.

Markers are control characters swapped for <mark> after escaping, so nothing in
an item's text can inject markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from api.fts import MIN_PREFIX, ParsedQuery, match_form, words

_OPEN, _CLOSE = "\x02", "\x03"
WINDOW_WORDS = 30
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n\s*\n")  # a single newline is line wrapping (PDF), not an end
_MAX_CHARS = 240
MIN_SENTENCE_WORDS = 5
_TOKEN = re.compile(r"[^\W_]+")


def render(raw: str) -> str:
    """Escape text carrying the control-character markers and turn the markers into <mark> tags."""
    raw = raw.replace("<mark>", "").replace("</mark>", "")
    out = html.escape(re.sub(r"\s+", " ", raw).strip(), quote=False)
    return out.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


@dataclass(frozen=True)
class _Pattern:
    """A query's compiled pattern and the literals its matches start with (folded)."""

    regex: re.Pattern[str]
    literals: tuple[str, ...]


@lru_cache(maxsize=256)
def _compile(terms: tuple[str, ...], parts: tuple[tuple[str, ...], ...], compound: bool) -> _Pattern | None:
    """One regex matching every occurrence of a query part; group name = which part.

    Built once per query (a page renders up to 20 snippets with the same query) and cached.
    """
    alts: list[str] = []
    literals: list[str] = []
    for k, typed in enumerate(terms):
        t = match_form(typed)
        esc = re.escape(t)
        if compound and len(t) >= MIN_PREFIX:
            alts.append(rf"(?P<t{k}>{esc})")  # inside a compound: the part itself
        elif len(t) >= MIN_PREFIX and not t.isdigit():
            alts.append(rf"(?<![^\W_])(?P<t{k}>{esc}[^\W_]*)")
        else:
            alts.append(rf"(?<![^\W_])(?P<t{k}>{esc})(?![^\W_])")
        literals.append(t)
    for k, p in enumerate(parts):
        seq = r"[\W_]+".join(re.escape(w) for w in p)
        alts.append(rf"(?<![^\W_])(?P<p{k}>{seq})(?![^\W_])")
        literals.append(p[0])
    if not alts:
        return None
    return _Pattern(re.compile("|".join(alts), re.IGNORECASE), tuple(w.casefold() for w in literals))


def _term_pattern(pq: ParsedQuery, compound: bool) -> _Pattern | None:
    parts = tuple(tuple(p) for p in [*pq.phrases, *(words(d) for d in pq.dnrs)])
    return _compile(tuple(pq.terms), parts, compound)


def query_pattern(pq: ParsedQuery) -> re.Pattern[str] | None:
    """One regex matching every occurrence of the query's words and phrases (to mark an item's text)."""
    pat = _term_pattern(pq, compound=False)
    return pat.regex if pat else None


def _hits(text: str, pat: _Pattern) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, part) of every match in text order, as `pat.regex.finditer` gives them.

    A match starts where one of the query's literals does (ignoring case), so the literals are
    found with str.find on the case-folded text and the regex is tried only there: on a long
    item this is ~10x faster than running the regex over every position (BENCHMARKS.md).
    """
    folded = text.casefold()
    if len(folded) != len(text):  # a character folding to several ("ß" -> "ss"): offsets would shift
        yield from ((m.start(), m.end(), m.lastgroup) for m in pat.regex.finditer(text))
        return
    starts: set[int] = set()
    for lit in pat.literals:
        i = folded.find(lit)
        while i >= 0:
            starts.add(i)
            i = folded.find(lit, i + 1)
    end = 0
    for i in sorted(starts):
        m = pat.regex.match(text, i) if i >= end else None  # matches do not overlap, as in finditer
        if m:
            end = m.end()
            yield m.start(), m.end(), m.lastgroup


def _groups_before(hits: list[tuple[int, int, str | None]], i: int, end: int) -> set[str | None]:
    """The query parts hit from hits[i] up to `end`: hits come in text order, so stop at the first past it.

    (Scanning every later hit made a long item with thousands of hits of a common word cost ~0.1 s.)
    """
    seen: set[str | None] = set()
    for j in range(i, len(hits)):  # no slice: copying the tail was the other half of the cost
        if hits[j][0] >= end:
            break
        seen.add(hits[j][2])
    return seen


def _word_start_before(text: str, pos: int, back: int) -> int:
    """The `back`-th word start counting back from `pos` (the one at or before it is the first; 0 if fewer).

    Reads only a stretch before `pos`, widened until it holds enough words, not the whole text.
    """
    span = 64 * back
    while True:
        a = max(0, pos - span)
        found = [m.start() for m in _TOKEN.finditer(text, a, pos + 1)]
        if found and a > 0 and found[0] == a and _TOKEN.match(text, a - 1):
            found.pop(0)  # the stretch began inside a word: not a word start
        if len(found) >= back or a == 0:
            return found[max(0, len(found) - back)] if found else 0
        span *= 4


def _window_end(text: str, w0: int) -> int:
    """Where the window starting at `w0` ends: the start of the (WINDOW_WORDS + 1)-th word after w0."""
    n = 0
    for m in _TOKEN.finditer(text, w0):
        if m.start() > w0:
            if n == WINDOW_WORDS:
                return m.start()
            n += 1
    return len(text)


def lexical_snippet(text: str, pq: ParsedQuery, *, compound: bool = False) -> str:
    """The best window of `text` for the query, marked and escaped ("" when the text has no hit).

    The window starts a few words before the first of the first 200 hits whose next ~240
    characters hold the most distinct query parts. Only as much of the text is read as that
    choice needs (hits are found lazily, word starts near the window only), so a long item costs
    about what its first 200 hits cost, not what its length does.
    """
    pat = _term_pattern(pq, compound)
    if pat is None:
        return ""
    found = _hits(text, pat)
    hits: list[tuple[int, int, str | None]] = []
    for h in found:  # the first 200 hits, and those inside the last one's window
        hits.append(h)
        if len(hits) > 200 and h[0] >= hits[199][0] + WINDOW_WORDS * 8:
            break
    if not hits:
        return ""
    best, best_n = 0, -1
    for i, (s, _, _) in enumerate(hits[:200]):
        end = s + WINDOW_WORDS * 8  # ~8 characters a word
        n = len(_groups_before(hits, i, end))
        if n > best_n:
            best, best_n = s, n
    w0 = _word_start_before(text, best, 6)  # start a few words before the best hit, at a word start
    w1 = _window_end(text, w0)
    if hits[-1][0] < w1:  # the window may reach past the hits read so far
        for h in found:
            hits.append(h)
            if h[0] >= w1:
                break
    parts, pos = [], w0
    for s, e, _ in hits:
        if s >= w0 and e <= w1 and s >= pos:
            parts += [text[pos:s], _OPEN, text[s:e], _CLOSE]
            pos = e
    parts.append(text[pos:w1])
    raw = ("…" if w0 > 0 else "") + "".join(parts) + ("…" if w1 < len(text) else "")
    return render(raw)


def _matches(word: str, terms: list[str]) -> bool:
    w = word.casefold()
    return any(w == t or (len(t) >= MIN_PREFIX and (w.startswith(t) or t in w)) for t in terms)


def best_sentence(text: str, pq: ParsedQuery) -> str:
    """The sentence of `text` that shares most words with the query, marked and escaped."""
    terms = pq.highlight_terms()
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    if not sentences:
        return ""
    # With no shared word, the first sentence that says something: a heading ("Beslut",
    # "Sammanfattning av ärendet") tells the reader nothing about the item.
    best = next((s for s in sentences if len(words(s)) >= MIN_SENTENCE_WORDS), sentences[0])
    best_n = 0
    for s in sentences:
        n = sum(_matches(w, terms) for w in words(s))
        if n > best_n:
            best, best_n = s, n
    if len(best) > _MAX_CHARS:
        best = best[:_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    marked = _TOKEN.sub(
        lambda m: f"{_OPEN}{m.group(0)}{_CLOSE}" if _matches(m.group(0), terms) else m.group(0), best
    )
    return render(marked)
