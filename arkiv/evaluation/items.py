"""Scores of segmentation and metadata against gold (`arkiv-gold/1`).

Items: gold items are matched to predicted items with `arkiv.evaluation.gold.match_items`
(number + title similarity, or `title_contains` / `text_contains`). Per document,
precision = matched / predicted and recall = matched / gold.

Documents with `items_min` / `items_max` (a scraped page whose gold lists only a
few loose references, seed 001): recall = matched references / references;
precision = 1 when the predicted count lies in [items_min, items_max], else
items_max / predicted above the range and predicted / items_min below it. In
the micro-average such a document counts as many predictions as it has
references (so it weighs like a fully listed document of that size).

Micro-averaged P/R/F1 sum the per-document counts. Metadata: organization, organ,
date (and year when the gold date is null), doc_type compared exactly after
casefolding; item organ/date and item diarienummer are scored over matched items
whose gold gives them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arkiv.evaluation.gold import f1, match_items, norm_text
from indexer.segment.dnr import normalize_dnr
from indexer.types import Extraction

META_FIELDS = ("organization", "organ", "date", "doc_type")


@dataclass
class DocItemScore:
    """One document's item and metadata scores."""

    file: str
    n_pred: int
    n_gold: int
    matched: int
    precision: float
    recall: float
    meta_ok: dict[str, bool]
    missed: list[str] = field(default_factory=list)  # gold items not found
    extra: list[str] = field(default_factory=list)  # predicted items not matched

    @property
    def f1(self) -> float:
        """Harmonic mean of the document's precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ItemScores:
    """Micro-averaged item P/R/F1 and metadata accuracy over a gold set."""

    docs: list[DocItemScore] = field(default_factory=list)
    tp_p: float = 0.0  # precision numerator
    n_pred: float = 0.0
    tp_r: int = 0
    n_gold: int = 0
    meta_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(META_FIELDS, 0))
    meta_n: int = 0
    dnr_tp: int = 0
    dnr_pred: int = 0
    dnr_gold: int = 0
    sub_meta_right: int = 0  # item organ/date of attached extracts
    sub_meta_n: int = 0

    @property
    def precision(self) -> float:
        """Micro precision."""
        return self.tp_p / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        """Micro recall."""
        return self.tp_r / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        """Micro F1."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def item_dnr_f1(self) -> float:
        """F1 of the diarienummer of matched items (where the gold lists them)."""
        return f1(self.dnr_tp, self.dnr_pred, self.dnr_gold)[2]


def _range_precision(n_pred: int, lo: int, hi: int) -> float:
    if lo <= n_pred <= hi:
        return 1.0
    if n_pred > hi:
        return hi / n_pred
    return n_pred / lo if lo else 0.0


def _meta_ok(gold: dict[str, Any], ex: Extraction) -> dict[str, bool]:
    out = {}
    for name in META_FIELDS:
        if name not in gold:
            continue
        pred = getattr(ex.meta, name)
        out[name] = norm_text(pred) == norm_text(gold[name]) if gold[name] else pred is None
    if gold.get("date") is None and "year" in gold:
        out["date"] = out.get("date", True) and ex.meta.year == gold["year"]
    return out


def score_document(gold: dict[str, Any], ex: Extraction, scores: ItemScores) -> DocItemScore:
    """Score one extraction against its gold document and add it to `scores`."""
    gitems = gold.get("items", [])
    m = match_items(gitems, ex.items)
    n_pred, n_gold, tp = len(ex.items), len(gitems), len(m.pairs)
    if "items_min" in gold or "items_max" in gold:
        p = _range_precision(n_pred, gold.get("items_min", 0), gold.get("items_max", 10**6))
        scores.tp_p += p * n_gold
        scores.n_pred += n_gold
    else:
        p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        scores.tp_p += tp
        scores.n_pred += n_pred
    r = tp / n_gold if n_gold else 1.0
    scores.tp_r += tp
    scores.n_gold += n_gold
    meta = _meta_ok(gold, ex)
    scores.meta_n += 1
    for k, ok in meta.items():
        scores.meta_right[k] += ok
    for gi, pi in m.pairs.items():
        g, it = gitems[gi], ex.items[pi]
        if "diarienummer" in g:
            want = {normalize_dnr(d) or d for d in g["diarienummer"]}
            got = set(it.diarienummer)
            scores.dnr_tp += len(want & got)
            scores.dnr_pred += len(got)
            scores.dnr_gold += len(want)
        for key in ("organ", "date"):
            if key in g:
                scores.sub_meta_n += 1
                scores.sub_meta_right += norm_text(getattr(it, key)) == norm_text(g[key])
    used = set(m.pairs.values())
    doc = DocItemScore(
        file=gold["file"],
        n_pred=n_pred,
        n_gold=n_gold,
        matched=tp,
        precision=p,
        recall=r,
        meta_ok=meta,
        missed=[_label(g) for gi, g in enumerate(gitems) if gi not in m.pairs],
        extra=[f"{it.number} {it.title[:60]}" for pi, it in enumerate(ex.items) if pi not in used],
    )
    scores.docs.append(doc)
    return doc


def _label(g: dict[str, Any]) -> str:
    return " ".join(str(g.get(k)) for k in ("number", "title", "title_contains", "text_contains") if g.get(k))


def locate(doc: dict[str, Any], corpus_dir: Path, root: Path | None = None) -> Path:
    """The file of a gold document: its own "dir" (relative to `root`) if given, else `corpus_dir`."""
    if "dir" in doc and root is not None:
        return root / doc["dir"] / doc["file"]
    return corpus_dir / doc["file"]
