"""e5-small-int8 (`models.e5_int8`, OpenVINO): built offline, close to fp32, the same passages.

Slow: builds the int8 model once into the model cache (a few minutes on two cores: conversion,
then NNCF calibration) and runs the fp32 model beside it on a third of the Kungsbacka dev items.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from arkiv.settings import get_settings
from indexer.embed.embedder import Embedder, embed_items, item_text, load_embedder, load_query_embedder

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def int8() -> Embedder:
    return load_embedder(get_settings(embedding_model="e5-small-int8"))


@pytest.fixture(scope="module")
def fp32() -> Embedder:
    return load_embedder(get_settings(embedding_model="e5-small"))


def _dev_items(every: int = 3) -> list[str]:
    from indexer.extract import extract_file

    texts = []
    for path in sorted((ROOT / "corpus" / "dev").glob("*.txt")):
        texts += [item_text(it.title, it.text) for it in extract_file(path).items]
    return texts[::every]


def test_int8_agrees_with_fp32_on_dev_items(int8: Embedder, fp32: Embedder) -> None:
    texts = _dev_items()
    assert len(texts) > 40
    assert int8.passage_policy == fp32.passage_policy  # the same passages: one cache key scheme
    assert [int8.split(t) for t in texts] == [fp32.split(t) for t in texts]
    a = np.vstack(embed_items(int8, texts))
    b = np.vstack(embed_items(fp32, texts))
    cos = (a * b).sum(axis=1)
    assert cos.min() >= 0.99, f"min cosine {cos.min():.4f}"
    assert cos.mean() >= 0.998
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert int8.model_id != fp32.model_id  # another vector space: the manifest must say which


def test_int8_ranks_paraphrases_as_fp32_does(int8: Embedder) -> None:
    data = json.loads((ROOT / "eval" / "paraphrase.json").read_text(encoding="utf-8"))
    keys = list(data["passages"])
    mat = int8.embed_passages([data["passages"][k] for k in keys])
    rr = []
    for q in data["queries"]:
        order = [keys[i] for i in np.argsort(-(mat @ int8.embed_query(q["q"])))]
        rr.append(1.0 / (1 + order.index(q["relevant"])))
    assert np.mean(rr) >= 0.95  # fp32 scores 0.967 (DESIGN.md); a broken model scores ~0.1


def test_queries_of_an_int8_archive_use_the_int8_model(int8: Embedder) -> None:
    q = load_query_embedder(get_settings(embedding_model="e5-small-int8"))
    assert q.model_id == int8.model_id
    text = "hur tvister mellan kommuner och region ska hanteras"
    assert float(q.embed_query(text) @ int8.embed_query(text)) >= 0.9999


def test_long_item_is_truncated_like_fp32(int8: Embedder, fp32: Embedder) -> None:
    long = "Kommunstyrelsen beslutar att godkänna budgeten för förskola och grundskola. " * 120
    a, b = int8.embed_passages([long]), fp32.embed_passages([long])  # past 512 tokens: both truncate
    assert float(a[0] @ b[0]) >= 0.99


def test_cli_indexes_and_searches_with_int8(tmp_path: Path) -> None:
    env_model = {"ARKIV_EMBEDDING_MODEL": "e5-small-int8"}
    data = tmp_path / "data"
    seeds = ROOT / "corpus" / "seeds"

    def arkiv(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        import os

        full = {**os.environ, **(env or {})}
        return subprocess.run([sys.executable, "-m", "arkiv.cli", *args, "--data", str(data)],
                              capture_output=True, text=True, env=full, timeout=900)  # fmt: skip

    run = arkiv("index", str(seeds), env=env_model)
    assert run.returncode == 0, run.stderr
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))
    from models.e5_int8 import MODEL_ID

    assert manifest["embedding"]["model"] == MODEL_ID
    hit = arkiv("search", "skatteväxling", "--json", "--mode", "semantic")  # no model named: the manifest's
    assert hit.returncode == 0, hit.stderr
    assert json.loads(hit.stdout)["results"]
    refused = arkiv("search", "skatteväxling", env={"ARKIV_EMBEDDING_MODEL": "e5-small"})
    assert refused.returncode == 1 and "e5-small-int8" in refused.stderr


def test_queued_batches_land_in_their_rows(int8: Embedder) -> None:
    # Passages run through a queue of infer requests, longest first, pooled on OpenVINO's threads:
    # each vector must come back in its own row, whatever order the batches finish in.
    texts = _dev_items(every=5)
    passages = [p for t in texts for p in int8.split(t)]
    together = int8.embed_passages(passages)
    alone = np.vstack([int8.embed_passages([p]) for p in passages[:: max(1, len(passages) // 12)]])
    assert len(together) == len(passages) > 20
    # Padding to a batch's longest passage moves int8 vectors a little (cosine > 0.999 to the
    # passage alone); another passage's vector in the row would be e5's usual 0.7-0.9.
    cos = np.sum(together[:: max(1, len(passages) // 12)] * alone, axis=1)
    assert cos.min() >= 0.999, cos.min()
