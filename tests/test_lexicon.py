"""The lexicon (indexer.store.lexicon / api.lexicon): the fast lexical path must answer exactly as FTS5 does.

FTS5 stays the reference: every case below runs both paths on the same archive and compares the
match set, the all-terms head, the compound-only hits and the bm25 scores.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from api.context import open_archive
from api.filters import Filters
from api.fts import parse_query
from api.lexical import lexical_search
from api.lexicon import load_lexicon
from arkiv.archive import ArchivePaths, connect
from indexer.store.lexicon import build_lexicon, stamp_of

# (query, what it exercises)
CASES = [
    ("skatteväxling", "a rare word"),
    ("skatteväxlingen", "an inflected form longer than the printed one"),
    ("beslut", "a prefix shared by many tokens (beslutet, beslutar, beslutsunderlag)"),
    ("vård", "a short prefix that is also a compound part"),
    ("taxa", "a word also inside compounds (Avfallstaxa, maxtaxan)"),
    ("budget", "items holding the word only inside compounds (driftsbudget, nämndbudget)"),
    ("år", "a 2-letter word: exact token, no prefix, no folding to 'ar'"),
    ("2025", "a number: exact token"),
    ("ej verkställda beslut", "a stop-word and two common prefixes"),
    ("kommunstyrelsen beslutar", "two common words: all-terms head, then partial matches"),
    ('"nära vård"', "a quoted phrase (positions from FTS5)"),
    ("HSF240207", "a diarienummer"),
    ("KS-2025-00620 budget", "a diarienummer and a word"),
    ("hur tvister mellan kommuner och region ska hanteras", "a long question"),
    ("och i på", "stop-words only"),
    ("zzzqxj", "no match at all"),
    ("AND OR NEAR ( * ", "FTS syntax typed as words"),
]


def _both(ctx, query: str, filters: Filters | None = None):
    filters = filters or Filters()
    pq = parse_query(query)
    cols = ctx.columns
    mask = cols.allowed(filters)
    keep = None
    if mask is not None:

        def keep(ids: np.ndarray) -> np.ndarray:
            rows = cols.rows(ids)
            return (rows >= 0) & mask[np.maximum(rows, 0)]

    fts = lexical_search(ctx.conn, pq, filters, 200, keep)
    lex = lexical_search(ctx.conn, pq, filters, 200, keep, lexicon=ctx.lexicon)
    return fts, lex


def _assert_same(fts, lex) -> None:
    assert set(lex.ids.tolist()) == set(fts.ids.tolist())
    assert len(lex.ids) == len(fts.ids)  # no duplicates either
    assert lex.n_all_terms == fts.n_all_terms
    tri_f = set() if fts.trigram_only is None else set(fts.trigram_only.tolist())
    tri_l = set() if lex.trigram_only is None else set(lex.trigram_only.tolist())
    assert tri_l == tri_f
    # The ranked head holds the same items with the same bm25 (ties may be ordered differently).
    head = lex.n_all_terms
    f_scores = dict(zip(fts.ids[:head].tolist(), fts.scores[:head].tolist(), strict=True))
    l_scores = dict(zip(lex.ids[:head].tolist(), lex.scores[:head].tolist(), strict=True))
    assert l_scores.keys() == f_scores.keys()
    for i, s in l_scores.items():
        assert s == pytest.approx(f_scores[i], rel=1e-6, abs=1e-9)
    assert np.all(np.diff(lex.scores[:head]) <= 1e-12), "head not sorted best first"


@pytest.mark.parametrize(("query", "why"), CASES, ids=[c[0] for c in CASES])
def test_lexicon_answers_as_fts5(ctx, query: str, why: str) -> None:
    assert ctx.lexicon is not None, "arkiv index writes a lexicon"
    fts, lex = _both(ctx, query)
    _assert_same(fts, lex)


@pytest.mark.parametrize("query", ['"nära vård"', "HSF240207", '"kommunstyrelsen beslutar" budget'])
def test_phrase_estimate_bounds_fts5(ctx, query: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past PHRASE_EXACT_MAX matches a phrase's count is estimated from its words: same matches, and
    scores at least FTS5's (the smallest word count is an upper bound of the phrase count)."""
    monkeypatch.setattr("api.lexicon_search.PHRASE_EXACT_MAX", 0)
    fts, lex = _both(ctx, query)
    assert len(fts.ids) and set(lex.ids.tolist()) == set(fts.ids.tolist())
    assert lex.n_all_terms == fts.n_all_terms
    f_scores = dict(zip(fts.ids[: fts.n_all_terms].tolist(), fts.scores.tolist(), strict=False))
    for i, s in zip(lex.ids[: lex.n_all_terms].tolist(), lex.scores.tolist(), strict=False):
        assert s >= f_scores[i] - 1e-9


def test_lexicon_finds_what_words_promise(ctx) -> None:
    _, lex = _both(ctx, "skatteväxling")
    assert len(lex.ids) >= 1
    _, lex = _both(ctx, "budget")
    assert lex.trigram_only is not None and len(lex.trigram_only) >= 1  # driftsbudget, nämndbudget


@pytest.mark.parametrize(
    "filters", [Filters(year="2024"), Filters(doc_type="kallelse"), Filters(organization="Kungsbacka kommun")]
)
def test_lexicon_with_filters_answers_as_fts5(ctx, filters: Filters) -> None:
    found = 0
    for query in ("beslut", "vård", "budget", "kommunstyrelsen beslutar"):
        fts, lex = _both(ctx, query, filters)
        found += len(fts.ids)
        _assert_same(fts, lex)
    assert found, f"{filters.active()}: the cases must have matches to compare"


def test_build_lexicon_weights_and_order(tmp_path: Path) -> None:
    conn = connect(tmp_path / "a.sqlite")
    rows = [
        (1, "Avfallstaxa 2025", "Taxan för avfall. Taxan höjs.", ""),
        (7, "Budget", "budget år", "KS-2025-1"),
    ]
    conn.executemany("INSERT INTO items_fts(rowid, title, text, dnr) VALUES (?,?,?,?)", rows)
    a = build_lexicon(conn)
    vocab = bytes(a["vocab"]).decode().split("\n")
    assert vocab == sorted(vocab) and len(set(vocab)) == len(vocab)
    t = vocab.index("taxan")
    assert a["docs"][a["ptr"][t] : a["ptr"][t + 1]].tolist() == [1]
    assert a["freq"][a["ptr"][t]] == 2  # twice in the text (weight 1)
    b = vocab.index("budget")
    assert a["freq"][a["ptr"][b] : a["ptr"][b + 1]].tolist() == [4 + 1]  # title (4) + text (1)
    assert a["lengths"][1] == 2 + 5 and a["lengths"][7] == 1 + 2 + 3  # tokens in all columns
    assert a["stamp"].tolist() == stamp_of(np.array([1, 7])).tolist()


def test_stale_or_broken_lexicon_is_ignored(tmp_path: Path, hash_archive) -> None:
    src = ArchivePaths(hash_archive.data).lexicon
    path = tmp_path / "lexicon.npz"
    shutil.copy(src, path)
    with open_archive(hash_archive) as ctx:
        ids = ctx.columns.ids
    assert load_lexicon(path, ids) is not None
    # an item the lexicon does not hold: stale; an item it holds but the archive no longer does (a
    # replaced document before the next merge): read past it
    assert load_lexicon(path, np.append(ids, ids.max() + 1)) is None
    fewer = load_lexicon(path, ids[:-1])
    assert fewer is not None and fewer.n_items == len(ids) - 1
    path.write_bytes(b"not a zip file")
    assert load_lexicon(path, ids) is None
    assert load_lexicon(tmp_path / "missing.npz", ids) is None


def test_archive_without_lexicon_still_searches(tmp_path: Path, hash_archive) -> None:
    data = tmp_path / "data"
    shutil.copytree(hash_archive.data, data)
    (data / "lexicon.npz").unlink()
    with open_archive(hash_archive.model_copy(update={"data": data})) as ctx:
        assert ctx.lexicon is None
        fts = lexical_search(ctx.conn, parse_query("skatteväxling"), Filters(), 200, lexicon=ctx.lexicon)
        assert len(fts.ids) >= 1
