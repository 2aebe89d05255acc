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

Title accuracy: the share of gold items (with a title) whose item, matched by its printed number
(else by `match_items`), carries exactly the gold title (`title_key`: case, spacing, dash forms and
trailing punctuation ignored) — stricter than the matching, which accepts a similar title. Page
accuracy: the share of matched gold items with a `page` whose predicted item starts on that page, in
formats that have pages (gold gives a web page's items "page 1"; the archive gives them no page, and
they are counted apart as `page_unpaged`).

A document that is not minutes (a tjänsteskrivelse, a delegationslista: `indexer.meta.doctype.NOT_MEETING`)
is kept whole as one unnumbered item, its searchable body; where its gold lists no agenda items (the
`arkiv-gold/1` convention: items are paragrafer and agenda rows), that one item is the document, not an
item invented, and is not counted (gold that lists the document as its one item still matches it).

Micro-averaged P/R/F1 sum the per-document counts. Metadata: organization, organ,
date (and year when the gold date is null), doc_type compared exactly after
casefolding; item organ/date and item diarienummer are scored over matched items
whose gold gives them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arkiv.evaluation.gold import f1, match_items, norm_number, norm_text
from indexer.meta.doctype import NOT_MEETING
from indexer.segment.dnr import parse_dnr
from indexer.types import Extraction

META_FIELDS = ("organization", "organ", "date", "doc_type")
#: Formats without pages: their items carry no page (DESIGN: "items carry page where the format has pages").
UNPAGED_FORMATS = ("html", "md")


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
    wrong_titles: list[str] = field(default_factory=list)  # "gold != predicted"

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
    title_right: int = 0
    title_n: int = 0
    page_right: int = 0
    page_n: int = 0
    #: Gold pages of items in a format without pages (HTML, markdown: `Item.page` is None by design).
    page_unpaged: int = 0

    @property
    def title_accuracy(self) -> float:
        """Share of gold titles reproduced exactly (1.0 when the gold has none)."""
        return self.title_right / self.title_n if self.title_n else 1.0

    @property
    def page_accuracy(self) -> float:
        """Share of gold pages reproduced (1.0 when the gold has none)."""
        return self.page_right / self.page_n if self.page_n else 1.0

    @property
    def meta_accuracy(self) -> dict[str, float]:
        """Per metadata field, the share of documents where it is right."""
        return {k: n / self.meta_n if self.meta_n else 1.0 for k, n in self.meta_right.items()}

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
    pred = ex.items
    if not gitems and gold.get("doc_type") in NOT_MEETING and len(pred) == 1 and pred[0].number is None:
        pred = []  # the document itself, kept whole as one unnumbered item: no agenda item it invented
    m = match_items(gitems, pred)
    n_pred, n_gold, tp = len(pred), len(gitems), len(m.pairs)
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
            want = {gold_dnr_key(d) for d in g["diarienummer"]}
            got = set(it.diarienummer)
            scores.dnr_tp += len(want & got)
            scores.dnr_pred += len(got)
            scores.dnr_gold += len(want)
        for key in ("organ", "date"):
            if key in g:
                scores.sub_meta_n += 1
                scores.sub_meta_right += norm_text(getattr(it, key)) == norm_text(g[key])
    wrong: list[str] = []
    _titles_and_pages(gitems, ex, m.pairs, scores, wrong)
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
        extra=[f"{it.number} {it.title[:60]}" for pi, it in enumerate(pred) if pi not in used],
        wrong_titles=wrong,
    )
    scores.docs.append(doc)
    return doc


def gold_dnr_key(raw: str) -> str:
    """The key of a gold case number: gold lists only case numbers, each as printed, so it is read as a
    number in a Dnr column is ("Ks 00233/2024", a series in title case, is "KS 00233/2024")."""
    d = parse_dnr(raw, bare=True)
    return d.key if d else raw


_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "\u00ad": ""})


def title_key(title: str | None) -> str:
    """A title as compared for title accuracy: casefolded, spacing and dash forms unified."""
    t = norm_text((title or "").translate(_DASHES))
    t = re.sub(r"\s*-\s*", "-", t)  # "Barn- och", "Barn-och" and "Barn - och" print the same words
    return t.rstrip(" .:;,")


def _titles_and_pages(
    gitems: list[dict[str, Any]], ex: Extraction, pairs: dict[int, int], scores: ItemScores, wrong: list[str]
) -> None:
    by_number: dict[str, list[int]] = {}
    for pi, it in enumerate(ex.items):
        by_number.setdefault(norm_number(it.number), []).append(pi)
    for gi, g in enumerate(gitems):
        if g.get("title"):
            same = by_number.get(norm_number(g.get("number")), []) if g.get("number") else []
            at = same[0] if len(same) == 1 else pairs.get(gi)
            got = ex.items[at].title if at is not None else None
            scores.title_n += 1
            if got is not None and title_key(got) == title_key(g["title"]):
                scores.title_right += 1
            else:
                wrong.append(f"{g.get('number')} {g['title'][:70]!r} != {(got or '(no item)')[:70]!r}")
        if "page" in g and gi in pairs and ex.fmt in UNPAGED_FORMATS:
            scores.page_unpaged += 1  # gold says "page 1" of a web page; the archive gives no page there
        elif "page" in g and gi in pairs:
            scores.page_n += 1
            scores.page_right += getattr(ex.items[pairs[gi]], "page", None) == g["page"]


def _label(g: dict[str, Any]) -> str:
    return " ".join(str(g.get(k)) for k in ("number", "title", "title_contains", "text_contains") if g.get(k))


def locate(doc: dict[str, Any], corpus_dir: Path, root: Path | None = None) -> Path:
    """The file of a gold document: its own "dir" (relative to `root`) if given, else `corpus_dir`."""
    if "dir" in doc and root is not None:
        return root / doc["dir"] / doc["file"]
    return corpus_dir / doc["file"]
