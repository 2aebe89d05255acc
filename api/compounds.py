"""Swedish compounds in queries: a rare compound also searches for its head (issue 13).

Swedish writes compounds as one word, and the last part carries the meaning: a *kranvatten* is
*vatten*, *gatubelysning* is *belysning*, *sophämtning* is *hämtning*. A question in everyday words
often uses a compound the minutes never print, and then its most telling word finds nothing. So a
query word of `MIN_WORD` letters or more that is found in fewer than `RARE_HITS` items is split:
its longest ending that is itself a word of the archive (at least `MIN_HEAD` letters, leaving at
least `MIN_MODIFIER` in front) is searched too, as the same part of the query, with its bm25 scaled
by `HEAD_WEIGHT` so that an item printing the whole compound still ranks first.

This needs the archive's vocabulary, so it is done on the lexicon path only (`api.lexicon_search`);
an archive without a lexicon (FTS5 fallback) matches the compound as typed.
"""

from __future__ import annotations

import numpy as np

from api.fts import MAX_TERM_CHARS, is_prefix_term, match_form
from api.lexicon import LexiconReader, Part
from indexer.store.lexicon import sorted_unique

#: A query word found in fewer items than this is split: only a word the archive never prints.
RARE_HITS = 1
MIN_WORD = 8
MIN_HEAD = 5
MIN_MODIFIER = 3
#: The head's bm25 counts this much: below an item that prints the whole compound.
HEAD_WEIGHT = 0.5


def head_of(lx: LexiconReader, word: str) -> str | None:
    """The longest ending of `word` that the archive prints as a word of its own, or None."""
    for start in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        tail = word[start:]
        if len(lx.word(tail, prefix=False).ids):
            return tail
    return None


def with_head(lx: LexiconReader, term: str, part: Part) -> Part:
    """The part of a query word, widened by its compound head when the word is rare (else `part`)."""
    if len(term) < MIN_WORD or not is_prefix_term(term) or len(part.ids) >= RARE_HITS:
        return part
    head = head_of(lx, term)
    if head is None:
        return part
    head_part = lx.word(match_form(head)[:MAX_TERM_CHARS], is_prefix_term(head))
    ids = sorted_unique(np.concatenate([part.ids, head_part.ids]))
    score = np.zeros(len(ids))
    if len(part.ids):
        score[np.searchsorted(ids, part.ids)] += lx.bm25(part)
    if len(head_part.ids):
        score[np.searchsorted(ids, head_part.ids)] += HEAD_WEIGHT * lx.bm25(head_part)
    return Part(ids, np.ones(len(ids)), score)
