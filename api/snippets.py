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


def _term_pattern(pq: ParsedQuery, compound: bool) -> re.Pattern[str] | None:
    """One regex matching every occurrence of a query part; group name = which part."""
    alts: list[str] = []
    for k, typed in enumerate(pq.terms):
        t = match_form(typed)
        esc = re.escape(t)
        if compound and len(t) >= MIN_PREFIX:
            alts.append(rf"(?P<t{k}>{esc})")  # inside a compound: the part itself
        elif len(t) >= MIN_PREFIX and not t.isdigit():
            alts.append(rf"(?<![^\W_])(?P<t{k}>{esc}[^\W_]*)")
        else:
            alts.append(rf"(?<![^\W_])(?P<t{k}>{esc})(?![^\W_])")
    for k, p in enumerate([*pq.phrases, *(words(d) for d in pq.dnrs)]):
        seq = r"[\W_]+".join(re.escape(w) for w in p)
        alts.append(rf"(?<![^\W_])(?P<p{k}>{seq})(?![^\W_])")
    return re.compile("|".join(alts), re.IGNORECASE) if alts else None


def query_pattern(pq: ParsedQuery) -> re.Pattern[str] | None:
    """One regex matching every occurrence of the query's words and phrases (to mark an item's text)."""
    return _term_pattern(pq, compound=False)


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


def lexical_snippet(text: str, pq: ParsedQuery, *, compound: bool = False) -> str:
    """The best window of `text` for the query, marked and escaped ("" when the text has no hit)."""
    pat = _term_pattern(pq, compound)
    if pat is None:
        return ""
    hits = [(m.start(), m.end(), m.lastgroup) for m in pat.finditer(text)]
    if not hits:
        return ""
    starts = [m.start() for m in _TOKEN.finditer(text)]
    best, best_n = 0, -1
    for i, (s, _, _) in enumerate(hits[:200]):
        end = s + WINDOW_WORDS * 8  # ~8 characters a word
        n = len(_groups_before(hits, i, end))
        if n > best_n:
            best, best_n = s, n
    # start a few words before the best hit, at a word start
    before = [p for p in starts if p <= best]
    w0 = before[max(0, len(before) - 6)] if before else 0
    after = [p for p in starts if p > w0]
    w1 = after[WINDOW_WORDS] if len(after) > WINDOW_WORDS else len(text)
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
