"""The archive's own words near a weak question widen its lexical side (issue 13, seventh round).

`indexer.store.term_vectors` embeds the lexicon's words once per archive (new words only on a later
run); `api.related_terms` picks the words nearest to a weak question, leaving out the question's own
words and their compounds; `api.fusion.weak_question_order` adds their bm25 to an item's and lets the
items they find into the match set.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from api.fts import parse_query
from api.fusion import WEAK_WORDS_WEIGHT, fuse
from api.hits import LexicalHits
from api.related_terms import TermVectors, load_term_vectors, question_forms
from arkiv.settings import Settings
from indexer.embed.embedder import HashEmbedder
from indexer.store.term_vectors import TERMS_NAME, lexicon_words, read_terms, update_term_vectors
from tests.conftest import semantic_hits

N_ITEMS = 1000


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, np.float32)
    return v / np.linalg.norm(v)


def test_nearest_words_leave_out_the_questions_own_words_and_their_compounds() -> None:
    tv = TermVectors(
        ["avgiften", "sophämtningsavgift", "renhållningstaxa", "avfall", "kommun"],
        np.stack(
            [_unit(1, 0.1, 0), _unit(1, 0.05, 0), _unit(0.9, 0.3, 0), _unit(0.7, 0.7, 0), _unit(0, 0, 1)]
        ),
    )
    pq = parse_query("avgiften för sophämtning nästa år")
    forms = question_forms(pq)
    # "avgiften" is the question's own word, "sophämtningsavgift" holds one of its stems
    assert tv.nearest(_unit(1, 0, 0), forms, k=2) == ["renhållningstaxa", "avfall"]
    assert tv.nearest(_unit(1, 0, 0), [], k=2) == ["sophämtningsavgift", "avgiften"]


def test_nearest_reads_past_its_shortlist_when_the_question_holds_most_words() -> None:
    words = [f"skola{i:03d}" for i in range(200)] + ["elevhälsa"]
    vecs = np.stack([_unit(1, 0.001 * i, 0) for i in range(200)] + [_unit(0.2, 1, 0)])
    tv = TermVectors(words, vecs)
    assert tv.nearest(_unit(1, 0, 0), ["skola"], k=3) == ["elevhälsa"]


def test_related_words_lift_an_item_and_bring_in_one_no_side_found() -> None:
    sem = semantic_hits([1, 2], [1, 2, 3], [0.9, 0.8, 0.3])
    lex = LexicalHits(ids=np.array([3]), scores=np.array([0.5]), n_all_terms=0)
    before, _ = fuse(lex, sem, 60, 200, parts=4, n_items=N_ITEMS)
    assert before.tolist() == [1, 2, 3]
    # 3 prints a related word (bm25 20 at its weight); 9 is found by a related word only
    related = (np.array([3, 9], np.int64), np.array([20.0, 2.0]))
    ids, scores = fuse(lex, sem, 60, 200, parts=4, n_items=N_ITEMS, related=related)
    assert ids.tolist() == [3, 1, 2, 9]
    assert scores[0] == pytest.approx(0.3 + WEAK_WORDS_WEIGHT * 20.5 / math.log(N_ITEMS))
    assert scores[3] == pytest.approx(0.3 + WEAK_WORDS_WEIGHT * 2.0 / math.log(N_ITEMS))


def test_a_keyword_query_never_reads_related_words() -> None:
    sem = semantic_hits([1, 2], [1, 2, 3], [0.9, 0.8, 0.3])
    lex = LexicalHits(ids=np.array([3]), scores=np.array([5.0]), n_all_terms=1)  # every word in item 3
    related = (np.array([9], np.int64), np.array([100.0]))
    with_related, _ = fuse(lex, sem, 60, 200, parts=4, n_items=N_ITEMS, related=related)
    assert 9 not in with_related.tolist()
    assert with_related.tolist() == fuse(lex, sem, 60, 200, parts=4, n_items=N_ITEMS)[0].tolist()


def _lexicon_file(root: Path, words: list[str]) -> None:
    np.savez(root / "lexicon.npz", vocab=np.frombuffer("\n".join(sorted(words)).encode("utf-8"), np.uint8))


def test_term_vectors_embed_each_word_once_and_follow_the_lexicon(tmp_path: Path) -> None:
    emb = HashEmbedder(dim=32)
    _lexicon_file(tmp_path, ["avfall", "taxa", "år", "ks2025", "renhållning"])
    first = update_term_vectors(tmp_path, emb)
    assert first.embedded == 3 and first.manifest == {
        "file": TERMS_NAME, "format": 1, "terms": 3, "model": emb.model_id, "prompt": "query"}  # fmt: skip
    terms, vecs, model = read_terms(tmp_path / TERMS_NAME)  # type: ignore[misc]
    assert terms == ["avfall", "renhållning", "taxa"]  # letters only, 4+ letters
    assert model == emb.model_id
    assert np.allclose(vecs[0].astype(np.float32), emb.embed_query("avfall"), atol=1e-3)
    again = update_term_vectors(tmp_path, emb)
    assert again.embedded == 0
    _lexicon_file(tmp_path, ["avfall", "taxa", "slamtömning"])  # one word gone, one new
    grown = update_term_vectors(tmp_path, emb)
    assert grown.embedded == 1 and grown.manifest["terms"] == 3
    terms2, vecs2, _ = read_terms(tmp_path / TERMS_NAME)  # type: ignore[misc]
    assert terms2 == ["avfall", "slamtömning", "taxa"]
    assert np.array_equal(vecs2[0], vecs[0])
    # a file of another model is re-embedded, and never read for this archive's model
    assert update_term_vectors(tmp_path, HashEmbedder(dim=16)).embedded == 3
    assert load_term_vectors(tmp_path / TERMS_NAME, emb.model_id + "-other") is None


def test_indexing_writes_the_archives_words_and_records_them(hash_archive: Settings) -> None:
    root = hash_archive.data
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    entry = manifest["term_vectors"]
    assert entry["file"] == TERMS_NAME and entry["format"] == 1 and entry["prompt"] == "query"
    terms, vecs, model = read_terms(root / TERMS_NAME)  # type: ignore[misc]
    assert terms == lexicon_words(root) and len(terms) == entry["terms"] > 100
    assert model == manifest["embedding"]["model"] == entry["model"]
    assert vecs.dtype == np.float16 and vecs.shape[0] == len(terms)


def test_a_capped_vocabulary_keeps_the_words_in_most_items(tmp_path: Path) -> None:
    # three words in 3, 2 and 1 items: a cap of two keeps the two commonest (sorted as always)
    vocab = "\n".join(["avgift", "bygglov", "cykelbana"]).encode("utf-8")
    np.savez(
        tmp_path / "lexicon.npz",
        vocab=np.frombuffer(vocab, np.uint8),
        ptr=np.array([0, 1, 4, 6]),
        docs=np.arange(6),
        freq=np.ones(6),
    )
    assert lexicon_words(tmp_path) == ["avgift", "bygglov", "cykelbana"]
    assert lexicon_words(tmp_path, limit=2) == ["bygglov", "cykelbana"]
