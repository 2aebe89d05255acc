"""Did-you-mean: close words from the archive's own vocabulary for a query none of whose words occur.

The vocabulary is the lexicon's (`api.lexicon`: every token of every item, sorted), so a
suggestion is always a word that some item holds. Candidates share the typed word's first
letter and are within two letters of its length (a sorted vocabulary makes that a slice,
however large the archive); they are ranked by edit similarity (rapidfuzz), then by how many
items hold them. Each suggestion is a whole query: the typed query with every unknown word
replaced by its n-th closest word.
"""

from __future__ import annotations

import bisect

from api.context import ArchiveContext
from api.query_syntax import Syntax
from indexer.store.tokens import words

MAX_SUGGESTIONS = 3
MIN_SIMILARITY = 70
#: How far a suggestion's length may differ from the typed word's.
LENGTH_SLACK = 2


def close_words(ctx: ArchiveContext, word: str, n: int = MAX_SUGGESTIONS) -> list[str]:
    """The vocabulary words closest to `word` (most similar first, then most frequent)."""
    from rapidfuzz import fuzz, process

    lx = ctx.lexicon
    w = word.casefold()
    if lx is None or len(w) < 3:
        return []
    vocab = lx.vocab
    lo = bisect.bisect_left(vocab, w[0])
    hi = bisect.bisect_left(vocab, w[0] + "\U0010ffff", lo)
    cands = {
        i: vocab[i]
        for i in range(lo, hi)
        if abs(len(vocab[i]) - len(w)) <= LENGTH_SLACK and vocab[i].isalpha()
    }
    hits = process.extract(w, cands, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY, limit=n * 4)
    df = lx.ptr
    ranked = sorted(hits, key=lambda h: (-round(h[1]), -int(df[h[2] + 1] - df[h[2]]), h[0]))
    return [h[0] for h in ranked if h[0] != w][:n]


def suggest(ctx: ArchiveContext, syn: Syntax) -> list[str]:
    """Whole queries to try instead of `syn`'s, whose unknown words are replaced by close ones."""
    text = syn.highlight_query()
    options: dict[str, list[str]] = {}
    for w in dict.fromkeys(words(text)):
        close = close_words(ctx, w)
        if close:
            options[w] = close
    out: list[str] = []
    for n in range(MAX_SUGGESTIONS):
        q = " ".join(options[t][min(n, len(options[t]) - 1)] if t in options else t for t in words(text))
        if options and q not in out and q != text.casefold():
            out.append(q)
    return out
