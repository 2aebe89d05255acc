"""Hybrid search's fusion: how much each side's vote counts, by what an item holds and how long the query is.

Weighted reciprocal-rank fusion: score(item) = sum over sides of w / (rrf_k + rank), over the first
`Settings.candidates` of each side; lexical matches beyond them follow in lexical order.

The lexical vote's weight says what the item holds: every query part (1), only some of them
(`OR_WEIGHT`), a part only inside a compound word (`TRIGRAM_VOTE`; times the partial weight for a
query of several parts). When no item holds every word of a question asked in other words, its
partial word matches are mostly noise: on the 19 paraphrased tuning queries (e5-small) full-weight
partial votes gave hybrid MRR 0.70, a tenth 0.78.

A question (`QUESTION_PARTS` parts or more) asked in other words shares mostly common words with
what it means, so its partial matches get no lexical vote at all (`QUESTION_OR_WEIGHT`): they keep
their semantic vote and their place in the match set, but a row that shares "kommun" and "beslut"
with the question no longer outranks an item that means it. Measured on the tuning queries with the
Alingsås protokoll in the archive: paraphrased nDCG@10 0.654 -> 0.677, keyword 0.959 -> 0.957.

The fused ranking is then grouped by the words an item holds (`word_blocks`): items holding every
part of the query first; for a keyword query (one or two parts) the other lexical matches next; then
items found only by meaning. Semantic votes reorder each group, so the words a user typed are never
pushed down by items that lack them. On the tuning set (with the Alingsås protokoll in the archive)
the groups change no ranking measure and keyword junk@10 goes 0.65 -> 0.50; on the blind set they
changed nothing: its keyword recall@10 gap (hybrid 0.955, lexical 0.974) lay within the word matches
(closed by the votes below: 0.980).

Keyword queries keep what the words find (issue 13, BENCHMARKS.md "fourth round"): a keyword
query's partial matches (group 1) take a semantic vote only when they pass the semantic gate. A
vote from far down the semantic ranking (rank 150 of 200 outweighs a partial lexical vote at rank
2) used to reorder them, so for "plan för brandvatten" the item holding only "brandvatten", second
in lexical order, fell out of the first page. A query of `QUESTION_PARTS` parts or more whose words
all meet in some item is not asked in other words: its partial matches holding `STRONG_SHARE` of
the query words' idf ("Anders Dahl" of "Anders Dahl avsägelse") are treated as a keyword query's
are, while a question's common-word partial matches stay voteless.

A question whose words are weak (`QUESTION_PARTS` parts or more, and no item holds them all) is not
ranked by votes but by what both sides measure (`weak_question_order`, issue 13, fifth round):
score = standing (the item's standard score for the query over the archive, in units of the archive's
match scale: `SemanticHits.standing`) + `WEAK_WORDS_WEIGHT` x bm25 / ln(items). A partial match of
common words has a bm25 near 0 (their idf is near 0), so it gains nothing; one that holds a rare word
of the question gains in proportion to how rare it is and how often it is printed, which rank votes
cannot say. Dividing bm25 by ln(items) (about the idf of a word printed once) and the standard score
by the match scale keeps the weight meaningful across archive sizes and models.

Tried and dropped (BENCHMARKS.md): letting a question whose words meet in no item admit its 10
nearest items past the z gate. It changed no ranking measure on the tuning set, cost junk, and
scored no better on the blind set.
"""

from __future__ import annotations

import numpy as np

from api.fts import ParsedQuery
from api.hits import LexicalHits
from api.semantic import SemanticHits

OR_WEIGHT = 0.1
TRIGRAM_VOTE = 0.5
#: A partial match of a question (this many parts or more) holds a small share of its words, mostly
#: common ones: it votes this much (it keeps its semantic vote, and its place in the match set).
QUESTION_PARTS = 3
QUESTION_OR_WEIGHT = 0.0
#: A partial match holding this share of the query words' idf (`LexicalHits.word_share`) is a strong one.
STRONG_SHARE = 0.5
#: How much a weak question's bm25 (over ln(items)) counts beside the semantic standing
#: (`weak_question_order`); chosen on the tuning and held-out sets (BENCHMARKS.md, issue 13 fifth round).
WEAK_WORDS_WEIGHT = 0.23


def n_parts(pq: ParsedQuery) -> int:
    """How many parts a query has: words, quoted phrases and diarienummer."""
    return len(pq.terms) + len(pq.phrases) + len(pq.dnrs)


def strong_partials(lex: LexicalHits, parts: int) -> np.ndarray:
    """Ids of the partial matches of a many-part query that count as a keyword query's would.

    Only when the query's words all meet in some item (`n_all_terms` > 0: the words are not weak)
    and only those holding `STRONG_SHARE` of the words' idf; none for a query of fewer parts.
    """
    share = lex.word_share
    if parts < QUESTION_PARTS or share is None or not lex.n_all_terms:
        return lex.ids[:0]
    n = lex.n_all_terms
    return lex.ids[n : len(share)][share[n:] >= STRONG_SHARE]


def keyword_partials(lex: LexicalHits, parts: int) -> np.ndarray:
    """Ids of the partial matches ranked as a keyword query's: all of them below `QUESTION_PARTS` parts."""
    return lex.ids[lex.n_all_terms :] if parts < QUESTION_PARTS else strong_partials(lex, parts)


def lexical_weights(lex: LexicalHits, n: int, parts: int = 1) -> np.ndarray:
    """Fusion weight of each of the first n lexical hits of a query of `parts` parts."""
    head = lex.ids[:n]
    partial = OR_WEIGHT if parts < QUESTION_PARTS else QUESTION_OR_WEIGHT
    w = np.where(np.arange(len(head)) < lex.n_all_terms, 1.0, partial)
    if parts >= QUESTION_PARTS:
        w[np.isin(head, strong_partials(lex, parts))] = OR_WEIGHT
    if lex.trigram_only is not None and len(lex.trigram_only):
        # A match found only inside compound words holds at best some of a several-part query's
        # words: it votes as a partial match, halved, never above the items holding a whole word
        # ("revision" holding "vision" of "Vision 2040" had 5 times the vote of those holding "2040").
        tri = TRIGRAM_VOTE if parts <= 1 else TRIGRAM_VOTE * partial
        w[np.isin(head, lex.trigram_only, kind="table")] = tri
    return w


def word_blocks(
    ids: np.ndarray, scores: np.ndarray, lex: LexicalHits, parts: int
) -> tuple[np.ndarray, np.ndarray]:
    """The fused ranking regrouped by what each item holds of the query's words, each group in order.

    First the items holding every part; then, for a keyword query (fewer than `QUESTION_PARTS` parts),
    the other lexical matches, for a longer one its strong partial matches (`strong_partials`); then
    the rest. Semantic votes reorder the items within a group but never lift an item above one that
    holds more of the words the user typed.
    """
    block = np.where(np.isin(ids, lex.ids[: lex.n_all_terms], kind="table"), 0, 2)
    block[(block == 2) & np.isin(ids, keyword_partials(lex, parts), kind="table")] = 1
    if not len(block) or (block == block[0]).all():
        return ids, scores
    order = np.argsort(block, kind="stable")
    return ids[order], scores[order]


def weak_question(lex: LexicalHits | None, sem: SemanticHits | None, parts: int) -> bool:
    """A question of `QUESTION_PARTS` parts or more whose words meet in no item; semantic side measured."""
    return (
        parts >= QUESTION_PARTS
        and lex is not None
        and sem is not None
        and lex.n_all_terms == 0
        and sem.standing is not None
        and sem.floor_standing is not None
        and len(lex.scores) == len(lex.ids)
    )


def weak_question_order(
    lex: LexicalHits,
    sem: SemanticHits,
    n_cand: int,
    n_items: int,
    related: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The match set of a weak question, ranked by standing + `WEAK_WORDS_WEIGHT` x bm25 / ln(n_items).

    The match set is as in `fuse`: the semantic matches and every lexical match, and the items of
    `related` (ascending ids, bm25 of the archive's words near the question, `api.related_terms`),
    whose bm25 adds to the item's own. An item outside the semantic ranking stands at the ranking's
    floor (`SemanticHits.floor_standing`); lexical matches past the first `n_cand` (no bm25) follow in
    lexical order with score 0.
    """
    assert sem.standing is not None and sem.floor_standing is not None
    head = lex.ids[:n_cand]
    ids = np.concatenate([sem.ids, head[~np.isin(head, sem.ids, kind="table")]]) if len(head) else sem.ids
    if related is not None and len(related[0]):
        ids = np.concatenate([ids, related[0][~np.isin(related[0], ids, kind="table")]])
    standing = np.full(len(ids), sem.floor_standing, np.float64)
    if len(ids) and len(sem.ranking):
        order = np.argsort(sem.ranking, kind="stable")
        pos = np.minimum(np.searchsorted(sem.ranking[order], ids), len(order) - 1)
        found = sem.ranking[order][pos] == ids
        standing[found] = sem.standing[order][pos[found]]
    bm25 = np.zeros(len(ids))
    if len(head):
        order = np.argsort(head, kind="stable")
        pos = np.minimum(np.searchsorted(head[order], ids), len(order) - 1)
        found = head[order][pos] == ids
        bm25[found] = np.maximum(lex.scores[:n_cand][order][pos[found]], 0.0)
    if related is not None and len(related[0]) and len(ids):
        pos = np.minimum(np.searchsorted(related[0], ids), len(related[0]) - 1)
        found = related[0][pos] == ids
        bm25[found] += related[1][pos[found]]
    score = standing + WEAK_WORDS_WEIGHT * bm25 / np.log(max(n_items, 3))
    best = np.argsort(-score, kind="stable")
    ids, score = ids[best], score[best]
    rest = lex.ids[n_cand:]
    if len(rest):
        rest = rest[~np.isin(rest, ids, kind="table")]
        ids, score = np.concatenate([ids, rest]), np.concatenate([score, np.zeros(len(rest))])
    return ids, score


def fuse(
    lex: LexicalHits | None,
    sem: SemanticHits | None,
    k: int,
    n_cand: int,
    parts: int = 1,
    n_items: int = 0,
    related: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Fusion of both sides: (ids, scores) best first.

    A weak question (`weak_question`, and `n_items`, the archive's size, given) is ranked by
    `weak_question_order` (with `related`, the bm25 of the archive's words near it, if given).
    Otherwise weighted reciprocal-rank fusion: score(item) = w_lex / (k + lexical rank) +
    1 / (k + semantic rank), over the first n_cand of each side (semantic rank: in `sem.ranking`,
    voting for semantic matches and lexical matches only); lexical matches past that window follow
    in lexical order with score 0.
    """
    if n_items > 0 and weak_question(lex, sem, parts):
        assert lex is not None and sem is not None
        return weak_question_order(lex, sem, n_cand, n_items, related)
    score: dict[int, float] = {}
    if lex is not None:
        head = lex.ids[:n_cand].tolist()
        for rank, (i, w) in enumerate(
            zip(head, lexical_weights(lex, n_cand, parts).tolist(), strict=True), start=1
        ):
            score[i] = score.get(i, 0.0) + w / (k + rank)
    if sem is not None:
        # Votes by rank in the semantic ranking, for the semantic matches and for lexical matches that
        # did not pass the semantic gate (an item found both ways keeps both votes); items that are
        # neither get no vote, so they never enter the results.
        # A keyword query's partial matches vote in lexical order unless the gate lets them in.
        ranking = sem.ranking[:n_cand]
        voters = np.isin(ranking, sem.ids, kind="table")
        if lex is not None and len(lex.ids):
            lexical = np.isin(ranking, lex.ids, kind="table")
            voters |= lexical & ~np.isin(ranking, keyword_partials(lex, parts), kind="table")
        for rank, (i, votes) in enumerate(
            zip(sem.ranking[:n_cand].tolist(), voters.tolist(), strict=True), 1
        ):
            if votes:
                score[i] = score.get(i, 0.0) + 1.0 / (k + rank)
    fused = sorted(score.items(), key=lambda kv: -kv[1])
    ids = np.fromiter((i for i, _ in fused), dtype=np.int64, count=len(fused))
    scores = np.fromiter((s for _, s in fused), dtype=np.float64, count=len(fused))
    if lex is not None and len(lex.ids) > n_cand:
        rest = lex.ids[n_cand:]
        rest = rest[~np.isin(rest, ids, kind="table")]
        ids, scores = np.concatenate([ids, rest]), np.concatenate([scores, np.zeros(len(rest))])
    if lex is not None and sem is not None:
        ids, scores = word_blocks(ids, scores, lex, parts)
    return ids, scores
