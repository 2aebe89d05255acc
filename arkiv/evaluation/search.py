"""Search relevance against gold queries: MRR, nDCG@10, recall@10 per mode and query group.

Queries: the tuning set — the seed gold queries (eval/seeds.gold.json "queries") and our
Kungsbacka queries (eval/kungsbacka.queries.json) — and, kept apart, the held-out and blind sets
(`load_heldout`, `load_blind`; the blind set grades its items, and nDCG uses the grades). The
`DENSE` reference ranks by cosine alone. Gold references (file + printed item number,
or a text snippet) are mapped to item ids through the extraction of each file:
`arkiv.evaluation.gold.match_items` against the gold item lists where a gold document
exists (seeds, dev gold), else by the printed number. A reference the segmentation
cannot resolve stays in the relevant set as an item that can never be found, so it
costs recall instead of vanishing.

Groups: "lexical" = the query's words are printed in the relevant items (seed modes
"lexical" and "any"), "paraphrase" = asked in other words (seed mode "semantic",
our "paraphrase" queries). Used by bench/eval_search.py and tests/test_relevance.py.

Besides the ranking measures, three measures of the match set (what a user is shown and
what the facets count), because a ranking measure cannot see junk below the first relevant
item: `p@10` = the share of the results shown on a first page of 10 that are relevant
(all of them when fewer than 10 come back, 0 when none); `junk@10` = results on that page
found only by the semantic side that are not relevant; `total` = the size of the match set.
Gold lists every relevant item we know of, so an unlisted item counted as junk may now
and then be a fair hit: p@10 is a lower bound.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MODES = ("lexical", "semantic", "hybrid")
#: The reference to beat on questions asked in other words: the nearest items by cosine alone, the
#: same model and index, no gate, no floor, no fusion (issue 13). Not a search mode of arkiv.
DENSE = "dense"
K = 10


@dataclass
class Query:
    """One evaluation query with its relevant item ids."""

    q: str
    group: str  # "lexical" or "paraphrase"
    source: str  # "seeds" or "kungsbacka"
    relevant: set[str] = field(default_factory=set)
    unresolved: list[str] = field(default_factory=list)
    #: Graded gains (item uid -> grade) where the gold grades its items; binary gain 1 otherwise.
    grades: dict[str, float] = field(default_factory=dict)


class GoldResolver:
    """Maps gold references to item uids via the extraction of each file."""

    def __init__(self, corpus: Path | list[Path]) -> None:
        from arkiv.evaluation.gold import load_gold

        #: Folders searched for a gold file's name, in order (the unseen set spans two).
        self.roots = [corpus] if isinstance(corpus, Path) else list(corpus)
        self.gold_docs: dict[str, list[dict[str, Any]]] = {}
        for name in ("seeds.gold.json", "dev.gold.json"):
            for d in load_gold(ROOT / "eval" / name)["documents"]:
                self.gold_docs[d["file"]] = d.get("items", [])
        self._cache: dict[str, Any] = {}

    def _extraction(self, file: str) -> Any:
        from indexer.extract import extract_file

        if file not in self._cache:
            path = next(p for root in self.roots for p in root.rglob(file))
            self._cache[file] = extract_file(path)
        return self._cache[file]

    def resolve(self, ref: dict[str, Any]) -> list[str]:
        """Item uids a gold reference names (empty when segmentation lost the item)."""
        from arkiv.evaluation.gold import find_item, match_items, norm_number, norm_text

        ex = self._extraction(ref["file"])
        if "item" in ref and ref["item"] is None:  # a document without numbered items: all of it
            return [ex.item_id(i) for i in range(len(ex.items))]
        if "item" in ref:
            gold_items = self.gold_docs.get(ref["file"])
            if gold_items:
                idx = find_item(ref["item"], gold_items, match_items(gold_items, ex.items))
                return [ex.item_id(idx)] if idx is not None else []
            want = norm_number(ref["item"])
            return [ex.item_id(i) for i, it in enumerate(ex.items) if norm_number(it.number) == want][:1]
        if "text_contains" in ref:
            needle = norm_text(ref["text_contains"])
            return [
                ex.item_id(i) for i, it in enumerate(ex.items) if needle in norm_text(f"{it.title} {it.text}")
            ]
        return [ex.item_id(i) for i in range(len(ex.items))]  # the whole (single-ärende) document


def load_queries(resolver: GoldResolver) -> list[Query]:
    """Seed gold queries and the Kungsbacka queries, with resolved relevant items."""
    seeds = json.loads((ROOT / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))["queries"]
    ours = json.loads((ROOT / "eval" / "kungsbacka.queries.json").read_text(encoding="utf-8"))["queries"]
    return resolve_queries(seeds, "seeds", resolver) + resolve_queries(ours, "kungsbacka", resolver)


def resolve_queries(raws: list[dict[str, Any]], source: str, resolver: GoldResolver) -> list[Query]:
    """Query objects from raw `arkiv-queries/1` entries, with their references resolved.

    An unresolvable reference stays in the relevant set as an item that can never be
    found (it costs recall instead of vanishing).
    """
    out: list[Query] = []
    for raw in raws:
        group = raw.get("kind") or ("paraphrase" if raw.get("mode") == "semantic" else "lexical")
        query = Query(q=raw["q"], group=group, source=source)
        for ref in raw["relevant"]:
            uids = resolver.resolve(ref)
            if uids:
                query.relevant.update(uids)
                if "grade" in ref:
                    query.grades.update((u, float(ref["grade"])) for u in uids)
            else:
                missing = f"{ref['file']}#{ref.get('item') or ref.get('text_contains')}"
                query.unresolved.append(missing)
                query.relevant.add(f"unresolved:{missing}")
        out.append(query)
    return out


def load_heldout(resolver: GoldResolver) -> list[Query]:
    """The held-out queries (eval/heldout.queries.json), source "heldout".

    Written blind, by reading the documents without running any search, and never used
    for tuning: `load_queries` (the tuning set) deliberately leaves them out, so a score on
    them is a measurement on queries the ranking was not fitted to.
    """
    raws = json.loads((ROOT / "eval" / "heldout.queries.json").read_text(encoding="utf-8"))["queries"]
    return resolve_queries(raws, "heldout", resolver)


def load_blind(resolver: GoldResolver) -> list[Query]:
    """The blind queries (eval/blind.queries.json), source "blind": Alingsås and Kungsbacka, graded.

    Written blind by a helper who never read or ran the search code, over the Alingsås protokoll
    PDFs and the Kungsbacka documents; like the held-out set, never used for tuning (scored once per
    design choice, every score recorded in BENCHMARKS.md).
    """
    raws = json.loads((ROOT / "eval" / "blind.queries.json").read_text(encoding="utf-8"))["queries"]
    return resolve_queries(raws, "blind", resolver)


#: The unseen set's archive: other kommuners' documents, none of them in the tuning or blind archive.
UNSEEN_FOLDERS = ("kommuner2", "kommuner3")
# The second unseen set (eval/unseen2.queries.json), written blind in session 7 over three other
# development folders, so a design choice is judged on two groups of kommuner it never saw.
UNSEEN2_FOLDERS = ("kommuner9", "kommuner10", "kommuner12")


def unseen_paths(data_dir: Path | None = None, folders: tuple[str, ...] = UNSEEN_FOLDERS) -> list[Path]:
    """The folders an unseen set is judged over (default: tests/data/kommuner2 and kommuner3)."""
    base = data_dir or ROOT / "tests" / "data"
    return [base / name for name in folders]


def load_unseen(resolver: GoldResolver, name: str = "unseen") -> list[Query]:
    """An unseen query set (eval/<name>.queries.json, source `name`), graded.

    "unseen": written blind over 24 documents of kommuner2 + kommuner3 (`UNSEEN_FOLDERS`);
    "unseen2": over 22 documents of kommuner9, 10 and 12 (`UNSEEN2_FOLDERS`). Each is scored over
    an archive of its folders alone (`unseen_paths`); never used for tuning, scored once per
    design choice.
    """
    raws = json.loads((ROOT / "eval" / f"{name}.queries.json").read_text(encoding="utf-8"))["queries"]
    return resolve_queries(raws, name, resolver)


def scores(ranked: list[str], relevant: set[str], grades: dict[str, float] | None = None) -> dict[str, float]:
    """MRR, nDCG@10, recall@10 and p@10 (relevant share of what is shown) of one ranking.

    nDCG uses the gold's grades as gains where it has them (a missing grade counts 1), else binary gains.
    """
    top = ranked[:K]
    gain = {u: (grades or {}).get(u, 1.0) for u in relevant}
    rr = next((1.0 / (i + 1) for i, u in enumerate(top) if u in relevant), 0.0)
    dcg = sum(gain[u] / math.log2(i + 2) for i, u in enumerate(top) if u in relevant)
    ideal = sorted(gain.values(), reverse=True)[:K]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    hits = len(set(top) & relevant)
    return {
        "mrr": rr,
        "ndcg@10": dcg / idcg if idcg else 0.0,
        "recall@10": hits / len(relevant),
        "p@10": hits / len(top) if top else 0.0,
    }


def dense_ranking(ctx: Any, query: str, k: int = K) -> list[str]:
    """Item uids of the k nearest items by cosine alone (the `DENSE` reference)."""
    from api.search import _query_vector

    ids, _ = ctx.index.search(_query_vector(ctx, query.strip()), k)
    uids = dict(
        ctx.conn.execute(
            f"SELECT id, uid FROM items WHERE id IN ({','.join('?' * len(ids))})", [int(i) for i in ids]
        ).fetchall()
    )
    return [uids[int(i)] for i in ids if int(i) in uids]


def _run(ctx: Any, mode: str, q: Query) -> dict[str, float]:
    from api.search import search

    if mode == DENSE:
        ranked = dense_ranking(ctx, q.q)
        s = scores(ranked, q.relevant, q.grades)
        s["junk@10"] = sum(u not in q.relevant for u in ranked)
        s["total"] = len(ranked)
        return s
    resp = search(ctx, q.q, mode=mode, limit=K, facets=False)
    s = scores([r.item_id for r in resp.results], q.relevant, q.grades)
    s["junk@10"] = sum(r.found_by == ["semantic"] and r.item_id not in q.relevant for r in resp.results)
    s["total"] = resp.total
    return s


def evaluate(ctx: Any, queries: list[Query], modes: tuple[str, ...] = MODES) -> dict[str, Any]:
    """Per mode and group: mean metrics (see `scores`, plus junk@10 and total); plus per-query detail.

    Groups: "all", the query kind, its source, source/kind, and "oneword" for one-word queries
    (where the semantic gate matters most). `modes` may include `DENSE`.
    """
    table: dict[str, dict[str, dict[str, float]]] = {}
    detail = []
    for mode in modes:
        per_group: dict[str, list[dict[str, float]]] = {}
        for q in queries:
            s = _run(ctx, mode, q)
            groups = ["all", q.group, q.source, f"{q.source}/{q.group}"]
            if len(q.q.split()) == 1:
                groups.append("oneword")
            for g in groups:
                per_group.setdefault(g, []).append(s)
            detail.append({"q": q.q, "mode": mode, "group": q.group, "source": q.source, **s})
        table[mode] = {
            g: {m: round(sum(x[m] for x in xs) / len(xs), 3) for m in xs[0]} | {"n": len(xs)}
            for g, xs in per_group.items()
        }
    return {"table": table, "detail": detail}
