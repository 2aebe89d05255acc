"""The held-out relevance queries (eval/heldout.queries.json): format, coverage, and that every
reference names exactly one item of the corpus as segmented today.

Fast and offline: GoldResolver maps references through extraction and the gold files, no index
or embedding model is needed. The queries themselves are never scored here (that is a measurement
for bench/eval_search.py-style runs); this only guards that the file stays loadable and honest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from arkiv.evaluation.gold import norm_text
from arkiv.evaluation.search import GoldResolver, load_heldout, load_queries

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "eval" / "heldout.queries.json"
REF_KEYS = {"file", "item", "text_contains"}


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return json.loads(HELDOUT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def resolver() -> GoldResolver:
    return GoldResolver(ROOT / "corpus")


def test_format_and_note(raw: dict[str, Any]) -> None:
    assert raw["format"] == "arkiv-queries/1"
    assert "held out" in raw["note"].lower()
    corpus_files = {p.name for p in (ROOT / "corpus").rglob("*") if p.is_file()}
    for q in raw["queries"]:
        assert isinstance(q["q"], str) and q["q"].strip(), q
        assert q["kind"] in ("lexical", "paraphrase"), q
        assert q["relevant"], q
        for ref in q["relevant"]:
            assert set(ref) <= REF_KEYS and ref["file"] in corpus_files, (q["q"], ref)


def test_size_mix_and_coverage(raw: dict[str, Any]) -> None:
    queries = raw["queries"]
    assert len(queries) >= 24
    kinds = [q["kind"] for q in queries]
    for kind in ("lexical", "paraphrase"):
        assert kinds.count(kind) >= 0.4 * len(queries), kind
    files = {ref["file"] for q in queries for ref in q["relevant"]}
    assert len(files) >= 8
    assert len({norm_text(q["q"]) for q in queries}) == len(queries), "a query is listed twice"


def test_every_reference_resolves_to_exactly_one_item(raw: dict[str, Any], resolver: GoldResolver) -> None:
    bad = []
    for q in raw["queries"]:
        uids = []
        for ref in q["relevant"]:
            found = resolver.resolve(ref)
            if len(found) != 1:
                bad.append((q["q"], ref, len(found)))
            uids += found
        assert len(set(uids)) == len(uids), f"two references of {q['q']!r} name the same item"
    assert not bad, bad


def test_lexical_queries_have_their_words_printed(raw: dict[str, Any], resolver: GoldResolver) -> None:
    """'lexical': a query word (maybe inflected or inside a compound) is printed in each relevant item."""
    for q in raw["queries"]:
        if q["kind"] != "lexical":
            continue
        words = [w for w in norm_text(q["q"]).split() if len(w) >= 4]
        for ref in q["relevant"]:
            ex = resolver._extraction(ref["file"])
            uid = resolver.resolve(ref)[0]
            item = next(it for i, it in enumerate(ex.items) if ex.item_id(i) == uid)
            hay = norm_text(f"{item.title} {item.text}")
            assert any(w in hay for w in words), (q["q"], ref)


def test_heldout_is_kept_out_of_the_tuning_set(raw: dict[str, Any], resolver: GoldResolver) -> None:
    heldout = load_heldout(resolver)
    assert len(heldout) == len(raw["queries"])
    assert {q.source for q in heldout} == {"heldout"}
    assert all(q.relevant and not q.unresolved for q in heldout)
    tuning = load_queries(resolver)
    assert "heldout" not in {q.source for q in tuning}
    seen = {norm_text(q.q) for q in tuning}
    assert not [q.q for q in heldout if norm_text(q.q) in seen], "a held-out query repeats a tuning query"
