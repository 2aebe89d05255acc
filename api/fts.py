"""User query -> safe SQLite FTS5 MATCH expressions, with the Swedish rules of DESIGN.md.

- Every term is quoted, so FTS5 syntax in user input (AND, OR, NOT, NEAR, a
  stray quote, parentheses, `*`, `:`, `-`, emoji) is only ever text: a query
  can never raise an SQLite error. Words are cut the way the `unicode61`
  tokenizer cuts them (letters and digits; everything else separates).
- Terms of 4+ letters are prefix terms (`"skatteväxling"*` finds
  `skatteväxlingen`, `skatteväxlingsfrågan`); shorter words and numbers match
  whole tokens ("år" is not "ar": the table does not fold diacritics).
- The trigram table finds a term inside a compound (`taxa` in `Avfallstaxa`);
  those hits rank below whole-word hits (`api.search`).
- "quoted phrases" and diarienummer (`KS-2025-00970`, `hsf240207`) match as
  exact token sequences; the `dnr` column of `items_fts` holds each item's
  normalised case keys, so a kallelse row printed as a bare `2025-00970` is
  found by `KS-2025-00970`.
- Swedish stop-words (och, för, i, ...) are dropped unless the query has
  nothing else, so they never dominate the ranking.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from indexer.segment.dnr import find_dnr, normalize_dnr
from indexer.store.tokens import words

_PHRASE = re.compile(r'"([^"]*)"')
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "»": '"', "«": '"', "″": '"'})

#: Words that carry no topic: common Swedish function words, and FTS5 operators typed as words.
_STOP_TEXT = """
    och i på av för med till om att det den de som en ett är var har hade ska skall kan
    från vid inte eller men så sig han hon vi ni man detta dessa denna där här när hur
    vad vilka vilken vilket ur under efter över mot samt även också alla all allt ej
    and or not near
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

#: bm25 column weights of items_fts (title, text, dnr): a hit in the title or the case key says more.
#: The lexicon stores its counts with the same weights (indexer.store.lexicon.WEIGHTS).
BM25 = "bm25(items_fts, 4.0, 1.0, 3.0)"
MIN_PREFIX = 4  # terms this long or longer match as prefixes and inside compounds
MAX_TERMS = 16  # a pasted paragraph is cut, not refused
MAX_TERM_CHARS = 64


def is_prefix_term(term: str) -> bool:
    """True when a query term matches as a prefix (4+ characters, not a number)."""
    return len(term) >= MIN_PREFIX and not term.isdigit()


#: Match a typed word by its Swedish stem (Snowball), so a definite or plural form finds the base form
#: printed in the text ("detaljplanen" finds "detaljplan", "budgetar" finds "budget").
STEM = True


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("swedish")


@lru_cache(maxsize=4096)
def match_form(term: str) -> str:
    """What a query term matches: its Swedish stem as a prefix when that is 4+ letters, else itself.

    The stem is a prefix of the word (Snowball's Swedish rules only remove endings), so every
    word the typed form finds, its stem finds too.
    """
    if not STEM or not is_prefix_term(term):
        return term
    stem = _stemmer().stemWord(term)
    return stem if len(stem) >= MIN_PREFIX and term.startswith(stem) else term


def _quote(tokens: list[str]) -> str:
    # Tokens are letters/digits only, so they can never contain a quote.
    return '"' + " ".join(t[:MAX_TERM_CHARS] for t in tokens) + '"'


@dataclass
class ParsedQuery:
    """A user query split into what each part should match."""

    raw: str
    terms: list[str] = field(default_factory=list)  # single words, stop-words removed
    phrases: list[list[str]] = field(default_factory=list)  # quoted phrases as token lists
    dnrs: list[str] = field(default_factory=list)  # normalised case keys

    @property
    def empty(self) -> bool:
        """True when nothing searchable is left (only punctuation, emoji, ...)."""
        return not (self.terms or self.phrases or self.dnrs)

    def _term_expr(self, term: str) -> str:
        return _quote([match_form(term)]) + "*" if is_prefix_term(term) else _quote([term])

    def fts_word(self, term: str) -> str:
        """MATCH expression of one query word (its stem as a prefix, or the word itself)."""
        return self._term_expr(term)

    def position_parts(self) -> list[list[str]]:
        """Token sequences of the parts that need token positions: phrases, then diarienummer."""
        return [list(p) for p in self.phrases] + [words(d) for d in self.dnrs]

    def position_exprs(self) -> list[str]:
        """MATCH expressions of the parts that need token positions: phrases, then diarienummer."""
        return [_quote(p) for p in self.position_parts()]

    def _parts(self) -> list[str]:
        return [self._term_expr(t) for t in self.terms] + self.position_exprs()

    def fts_all(self) -> str | None:
        """MATCH expression for items holding every part (None when empty)."""
        parts = self._parts()
        return " AND ".join(parts) if parts else None

    def fts_any(self) -> str | None:
        """MATCH expression for items holding at least one part (None when empty)."""
        parts = self._parts()
        return " OR ".join(parts) if parts else None

    def trigram_any(self) -> str | None:
        """MATCH expression on the trigram table: terms of 4+ letters as substrings (compound parts)."""
        subs = [match_form(t) for t in self.terms if is_prefix_term(t)]
        return " OR ".join(_quote([t]) for t in subs) if subs else None

    def highlight_terms(self) -> list[str]:
        """Lower-cased words to mark in a snippet that FTS5 did not produce (semantic-only hits)."""
        out = list(self.terms)
        for p in self.phrases:
            out += p
        return out


def _dnr_of(token: str) -> str | None:
    """The case key a single typed token stands for ("ks-2025-00970" -> "KS-2025-00970")."""
    if not any(c.isdigit() for c in token):
        return None
    for cand in (token, token.upper()):
        key = normalize_dnr(cand.strip(".,;()[]"))
        if key:
            return key
    return None


def parse_query(query: str) -> ParsedQuery:
    """Split a user query into terms, quoted phrases and diarienummer.

    Args:
        query: What the user typed.

    Returns:
        The parsed query; `.empty` is True when nothing searchable is left.
    """
    text = unicodedata.normalize("NFC", query).translate(_QUOTES)
    pq = ParsedQuery(raw=query)
    for m in _PHRASE.finditer(text):
        toks = words(m.group(1))
        if len(toks) == 1:
            pq.terms.append(toks[0])
        elif toks:
            pq.phrases.append(toks)
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    plain: list[str] = []
    for tok in rest.split():
        key = _dnr_of(tok)
        if key:
            if key not in pq.dnrs:
                pq.dnrs.append(key)
        else:
            plain.extend(words(tok))
    for key in find_dnr(rest):  # forms printed with a space: "KS 2024/123", "BN 2020-00012"
        if key not in pq.dnrs:
            pq.dnrs.append(key)
    content = [w for w in plain if w not in STOP_WORDS]
    if not content and not pq.phrases and not pq.dnrs and not pq.terms:
        content = plain  # a query of stop-words only still searches for them
    for w in content:
        if w not in pq.terms:
            pq.terms.append(w)
    pq.terms = pq.terms[:MAX_TERMS]
    return pq
