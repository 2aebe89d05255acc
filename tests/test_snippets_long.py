"""Snippets read only what they need of a long item, and show exactly what reading it all showed.

`api.snippets.lexical_snippet` finds hits through the query's literals and reads word starts only
near the chosen window. Here it is compared, snippet for snippet, with the plain algorithm it
replaced (written out below: the regex over the whole text, every word start listed) on the
corpus's own texts, on long items made of them, and on the cases at the edges of what it reads.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from api.fts import ParsedQuery, parse_query
from api.snippets import _CLOSE, _OPEN, _TOKEN, WINDOW_WORDS, _term_pattern, lexical_snippet, render

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
QUERIES = [
    "kommunstyrelsen beslutar",
    "hur tvister mellan kommuner och region ska hanteras",
    "budget 2024",
    "ej verkställda beslut",
    '"detaljplan för" bostäder',
    "KS 2024/123 avfallstaxa",
    "vård och omsorg",
    "ö",
    "skolskjuts",
]


def plain_snippet(text: str, pq: ParsedQuery, compound: bool = False) -> str:
    """The snippet as it was computed before: every hit and every word start of the whole text."""
    pat = _term_pattern(pq, compound)
    if pat is None:
        return ""
    hits = [(m.start(), m.end(), m.lastgroup) for m in pat.regex.finditer(text)]
    if not hits:
        return ""
    starts = [m.start() for m in _TOKEN.finditer(text)]
    best, best_n = 0, -1
    for s, _, _ in hits[:200]:
        n = len({g for (s2, _, g) in hits if s <= s2 < s + WINDOW_WORDS * 8})
        if n > best_n:
            best, best_n = s, n
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
    return render(("…" if w0 > 0 else "") + "".join(parts) + ("…" if w1 < len(text) else ""))


def _texts() -> list[str]:
    files = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "dev").glob("*.txt"))
    return [f.read_text("utf-8") for f in files]


@pytest.mark.parametrize("compound", [False, True])
def test_snippets_equal_the_plain_algorithm_on_the_corpus(compound: bool) -> None:
    texts = _texts()
    paragraphs = [p for t in texts for p in re.split(r"\n\s*\n", t) if p.strip()]
    assert len(texts) >= 10 and len(paragraphs) > 500
    checked = 0
    for q in QUERIES:
        pq = parse_query(q)
        for text in [*texts, *paragraphs[::3]]:
            want = plain_snippet(text, pq, compound)
            assert lexical_snippet(text, pq, compound=compound) == want, (q, text[:80])
            checked += bool(want)
    assert checked > 500  # hundreds have a hit: the comparison is about real snippets


def test_snippets_equal_the_plain_algorithm_on_long_items() -> None:
    """Items of 100k+ characters with hundreds of hits: the window is chosen among the first 200."""
    texts = _texts()
    long_items = ["\n\n".join(texts[i:] + texts[:i]) for i in (0, 3, 7)]
    assert all(len(t) > 100_000 for t in long_items)
    for q in QUERIES:
        pq = parse_query(q)
        for text in long_items:
            assert lexical_snippet(text, pq) == plain_snippet(text, pq), q


@pytest.mark.parametrize(
    "text",
    [
        "beslut " * 400,  # hits everywhere: the window's words are read past the 200 hits read first
        "x" * 5000 + " beslut",  # one hit after a long word: the word start before it is far back
        "Beslutet: " + "a, " * 3 + "beslut",  # fewer than six words before the hit
        "Straße beslut Beslut",  # a character that folds to two: the whole text is read as before
        "ſkola beslut skola",  # long s, which the regex matches as "s" ignoring case
        "",
        "inga träffar här",
    ],
)
def test_snippets_at_the_edges_of_what_is_read(text: str) -> None:
    for q in ("beslut", "skola", "straße", "a beslut"):
        pq = parse_query(q)
        assert lexical_snippet(text, pq) == plain_snippet(text, pq), (q, text[:40])


def test_a_page_of_snippets_compiles_the_query_once() -> None:
    pq = parse_query("kommunstyrelsen beslutar")
    assert _term_pattern(pq, False) is _term_pattern(parse_query("kommunstyrelsen beslutar"), False)
