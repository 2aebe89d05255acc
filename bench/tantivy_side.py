"""tantivy as arkiv's lexical side, for measuring it against the numpy lexicon (bench/bench_tantivy.py).

DESIGN.md ("Libraries before code") asks to measure tantivy (PyPI `tantivy`: a Lucene-class engine
in Rust with a Swedish Snowball stemmer, incremental segments, per-field BM25) as the lexical side
before building incremental postings by hand. This module maps arkiv's query semantics onto it:

- fields: `title` (boost `TITLE_BOOST`), `text`, `dnr`, each analysed by a Swedish stemming analyzer
  (unicode words, lower-case, Snowball), plus `title_raw`/`text_raw` (lower-case, not stemmed, with
  positions) for quoted phrases and diarienummer, and `id` (the item id, a fast field);
- a word of 4+ letters matches every token of the stemmed fields that begins with its stem (the
  stem-prefix rule of `api.fts`), as a disjunction of term queries found in the term dictionary
  (`terms_with_prefix`): a regex or prefix query would score every match the same;
- a compound part (`taxa` inside `avfallstaxa`) is a regex query on the raw fields, halved;
- phrases and diarienummer are phrase queries on the raw fields.

The match set must be complete (arkiv counts facets over every match from its own columns), so
`search_all` asks tantivy for every hit and maps DocAddresses to item ids through the `id` fast field.
Only the bench uses this module; nothing in arkiv imports it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np

from api.fts import MAX_TERM_CHARS, ParsedQuery, is_prefix_term, match_form
from api.hits import TRIGRAM_MAX_TERMS, TRIGRAM_MAX_WORD_HITS

TITLE_BOOST = 4.0
DNR_BOOST = 3.0
COMPOUND_WEIGHT = 0.5
#: A stem prefix shared by more tokens than this is cut to its most frequent ones (a query-time cost).
MAX_EXPANSIONS = 200


def _tv() -> Any:
    import tantivy

    return tantivy


def _schema() -> Any:
    tv = _tv()
    sb = tv.SchemaBuilder()
    for name in ("title", "text", "dnr"):
        sb.add_text_field(name, tokenizer_name="sv_stem", index_option="freq")
    for name in ("title_raw", "text_raw", "dnr_raw"):
        sb.add_text_field(name, tokenizer_name="sv_raw", index_option="position")
    sb.add_integer_field("id", indexed=True, fast=True, stored=False)
    return sb.build()


def _register(index: Any) -> None:
    tv = _tv()
    # Words as FTS5's unicode61 cuts them (letters and digits), lower-cased, no diacritic folding.
    tok = tv.Tokenizer.regex(r"[\p{L}\p{N}]+")
    stem = (
        tv.TextAnalyzerBuilder(tok).filter(tv.Filter.lowercase()).filter(tv.Filter.stemmer("swedish")).build()
    )
    raw = tv.TextAnalyzerBuilder(tv.Tokenizer.regex(r"[\p{L}\p{N}]+")).filter(tv.Filter.lowercase()).build()
    index.register_tokenizer("sv_stem", stem)
    index.register_tokenizer("sv_raw", raw)


def _doc(item_id: int, title: str, text: str, dnr: str) -> Any:
    tv = _tv()
    d = tv.Document()
    d.add_integer("id", int(item_id))
    for name, value in (("title", title), ("text", text), ("dnr", dnr)):
        d.add_text(name, value or "")
        d.add_text(f"{name}_raw", value or "")
    return d


class TantivySide:
    """A tantivy index over an archive's items, and arkiv's lexical queries on it."""

    def __init__(self, path: Path) -> None:
        tv = _tv()
        self.path = path
        self.index = tv.Index(_schema(), path=str(path), reuse=True)
        _register(self.index)
        self.schema = self.index.schema
        self.searcher = self.index.searcher()

    @classmethod
    def build(
        cls, conn: sqlite3.Connection, path: Path, heap_mb: int = 256, threads: int = 2, copies: int = 1
    ) -> TantivySide:
        """A new index at `path` from every item of `items_fts` (what FTS5 indexed).

        `copies` > 1 indexes each item that many times, ids shifted by the largest id per copy (the
        tiled archive of bench/bench_lexicon_update.py).
        """
        if path.exists():
            shutil.rmtree(path)
        path.mkdir(parents=True)
        side = cls(path)
        side.add(conn, None, heap_mb, threads, copies)
        return side

    def add(
        self,
        conn: sqlite3.Connection,
        item_ids: list[int] | None,
        heap_mb: int = 64,
        threads: int = 1,
        copies: int = 1,
    ) -> None:
        """Index these items (all when None), replacing any earlier version of them, and commit."""
        w = self.index.writer(heap_mb * 2**20, threads)
        sql = "SELECT rowid, title, text, dnr FROM items_fts"
        step = conn.execute("SELECT MAX(rowid) FROM items_fts").fetchone()[0] or 0
        for c in range(copies):
            rows = (
                conn.execute(sql + " ORDER BY rowid")
                if item_ids is None
                else conn.execute(sql + f" WHERE rowid IN ({','.join('?' * len(item_ids))})", item_ids)
            )
            for item_id, title, text, dnr in rows:
                if item_ids is not None:
                    w.delete_documents_by_term("id", int(item_id))
                w.add_document(_doc(item_id + c * step, title, text, dnr))
        w.commit()
        w.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def delete(self, item_ids: list[int]) -> None:
        """Remove items (a replaced document's old items) and commit."""
        w = self.index.writer(16 * 2**20, 1)
        for i in item_ids:
            w.delete_documents_by_term("id", int(i))
        w.commit()
        w.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    # -- queries -----------------------------------------------------------------------------------

    def _stem_terms(self, stem: str, prefix: bool) -> list[str]:
        if not prefix:
            return [stem]
        found: dict[str, int] = {}
        for field in ("title", "text"):
            for term, n in self.searcher.terms_with_prefix(field, stem):
                found[term] = max(found.get(term, 0), n)
        return sorted(found, key=lambda t: -found[t])[:MAX_EXPANSIONS]

    def _term_query(self, term: str) -> Any:
        tv = _tv()
        prefix = is_prefix_term(term)
        stem = match_form(term)[:MAX_TERM_CHARS] if prefix else term
        subs = []
        for t in self._stem_terms(stem, prefix):
            subs.append(
                (
                    tv.Occur.Should,
                    tv.Query.boost_query(tv.Query.term_query(self.schema, "title", t), TITLE_BOOST),
                )
            )
            subs.append((tv.Occur.Should, tv.Query.term_query(self.schema, "text", t)))
        return tv.Query.boolean_query(subs) if subs else tv.Query.empty_query()

    def _phrase_query(self, tokens: list[str]) -> Any:
        tv = _tv()
        subs = [
            (tv.Occur.Should, tv.Query.boost_query(tv.Query.phrase_query(self.schema, f, tokens), b))
            for f, b in (("title_raw", TITLE_BOOST), ("text_raw", 1.0), ("dnr_raw", DNR_BOOST))
        ]
        return tv.Query.boolean_query(subs)

    def parts(self, pq: ParsedQuery) -> list[Any]:
        """One query per part of the parsed query (words, then phrases and diarienummer)."""
        out = [self._term_query(t) for t in pq.terms]
        for toks in pq.position_parts():
            out.append(self._term_query(toks[0]) if len(toks) == 1 else self._phrase_query(toks))
        return out

    def compound_query(self, pq: ParsedQuery) -> Any | None:
        """Items holding a 4+ letter term inside a longer word (regex on the raw fields), or None."""
        tv = _tv()
        subs = [match_form(t)[:MAX_TERM_CHARS] for t in pq.terms if is_prefix_term(t)]
        if not subs:
            return None
        qs = []
        for s in subs:
            pattern = ".+" + "".join(c if c.isalnum() else "\\" + c for c in s) + ".*"
            for f in ("title_raw", "text_raw"):
                qs.append((tv.Occur.Should, tv.Query.regex_query(self.schema, f, pattern)))
        return tv.Query.boolean_query(qs)

    def run(self, query: Any, limit: int) -> tuple[np.ndarray, np.ndarray]:
        """(item ids, scores) of the best `limit` hits, best first."""
        res = self.searcher.search(query, limit, count=False)
        if not res.hits:
            return np.zeros(0, np.int64), np.zeros(0)
        scores = np.fromiter((h[0] for h in res.hits), np.float64, count=len(res.hits))
        ids = np.asarray(self.searcher.fast_field_values("id", [h[1] for h in res.hits]), np.int64)
        return ids, scores

    def count(self, query: Any) -> int:
        """How many items match."""
        return int(self.searcher.search(query, 1, count=True).count)

    def search_all(self, pq: ParsedQuery, n_rank: int = 200) -> tuple[np.ndarray, np.ndarray, int]:
        """Every match, ranked as `api.lexicon_search` ranks: (ids, scores, n_all).

        All-parts hits first by score, then the other word hits by score (tantivy's per-field BM25),
        then items holding a term only inside a compound (keyword queries whose words are not common).
        """
        ids, scores, n_all = self._words(pq, n_rank)
        cq = self.compound_query(pq) if len(pq.terms) <= TRIGRAM_MAX_TERMS else None
        if cq is None or len(ids) > TRIGRAM_MAX_WORD_HITS:
            return ids, scores, n_all
        c_ids, c_scores = self.run(cq, max(self.count(cq), 1))
        new = ~np.isin(c_ids, ids)
        c_scores = c_scores[new] * COMPOUND_WEIGHT
        return np.concatenate([ids, c_ids[new]]), np.concatenate([scores, c_scores]), n_all

    def _words(self, pq: ParsedQuery, n_rank: int) -> tuple[np.ndarray, np.ndarray, int]:
        tv = _tv()
        parts = self.parts(pq)
        if not parts:
            return np.zeros(0, np.int64), np.zeros(0), 0
        should = [(tv.Occur.Should, p) for p in parts]
        any_q = parts[0] if len(parts) == 1 else tv.Query.boolean_query(should)
        n = self.count(any_q)
        ids, scores = self.run(any_q, max(n, 1))
        if len(parts) == 1:
            return ids, scores, len(ids)
        all_q = tv.Query.boolean_query([(tv.Occur.Must, p) for p in parts])
        a_ids, a_scores = self.run(all_q, n_rank)
        rest = ~np.isin(ids, a_ids)
        return np.concatenate([a_ids, ids[rest]]), np.concatenate([a_scores, scores[rest]]), len(a_ids)
