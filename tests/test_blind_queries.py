"""The blind relevance queries (eval/blind.queries.json, issue 13): format, size, mix, and that they stay
out of the tuning set. Fast and offline; they are scored with the real model in tests/test_relevance.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from arkiv.evaluation.gold import norm_text

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "eval" / "blind.queries.json"


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return json.loads(BLIND.read_text(encoding="utf-8"))


def test_format_and_note(raw: dict[str, Any]) -> None:
    assert raw["format"] == "arkiv-queries/1"
    assert "blind" in raw["note"].lower()
    corpus_files = {p.name for p in (ROOT / "corpus").rglob("*") if p.is_file()}
    for q in raw["queries"]:
        assert isinstance(q["q"], str) and q["q"].strip(), q
        assert q["kind"] in ("lexical", "paraphrase"), q
        assert q["relevant"], q
        for ref in q["relevant"]:
            assert ref["file"] in corpus_files, (q["q"], ref)
            assert ref.get("grade", 1) in (1, 2), (q["q"], ref)
            assert "item" in ref, (q["q"], ref)


def test_size_mix_and_both_kommuner(raw: dict[str, Any]) -> None:
    queries = raw["queries"]
    assert len(queries) >= 60
    kinds = [q["kind"] for q in queries]
    assert kinds.count("paraphrase") >= 0.4 * len(queries)
    files = {ref["file"] for q in queries for ref in q["relevant"]}
    assert any(f.startswith("kungsbacka_") for f in files)
    assert sum(f.endswith(".pdf") for f in files) >= 10  # Alingsås protokoll
    assert len({norm_text(q["q"]) for q in queries}) == len(queries), "a query is listed twice"


def test_blind_queries_are_not_tuning_queries(raw: dict[str, Any]) -> None:
    tuning = json.loads((ROOT / "eval" / "kungsbacka.queries.json").read_text(encoding="utf-8"))["queries"]
    seeds = json.loads((ROOT / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))["queries"]
    seen = {norm_text(q["q"]) for q in tuning + seeds}
    # Written without seeing ours, two of the 140 came out the same ("tolkavgift", "Kapten Menns
    # fond": both keyword queries at the ceiling either way); more would make the set a tuning set.
    repeated = [q["q"] for q in raw["queries"] if norm_text(q["q"]) in seen]
    assert len(repeated) <= 0.02 * len(raw["queries"]), repeated
