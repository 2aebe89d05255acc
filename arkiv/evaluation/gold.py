"""Gold data in the `arkiv-gold/1` format, and how predicted items are matched to gold items.

A gold document lists items by `number` + `title`, or loosely by `title_contains` /
`text_contains` (a scraped page whose titles were lost), optionally with
`items_min`/`items_max` for the expected count. Everything else that refers to
an item (actions, links, queries) names it by its gold `number` or a
`text_contains` snippet, so the matching below is shared by every score.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from indexer.types import Item


def load_gold(path: Path) -> dict[str, Any]:
    """Read a gold file and check its format tag."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("format") != "arkiv-gold/1":
        raise ValueError(f"{path}: not an arkiv-gold/1 file")
    return data


def norm_text(s: str | None) -> str:
    """Casefolded, whitespace-collapsed, NFC text for comparisons."""
    s = unicodedata.normalize("NFC", s or "")
    s = re.sub(r"[*_`]+", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def norm_number(s: str | None) -> str:
    """'§ 86' -> '§86', '3.' -> '3', '$ 86' (OCR) -> '§86'."""
    if not s:
        return ""
    s = s.strip().replace("$", "§")
    s = re.sub(r"\s+", "", s)
    return s.rstrip(".")


def title_similarity(a: str, b: str) -> float:
    """Similarity of two titles in [0, 1] (1 when one contains the other)."""
    na, nb = norm_text(a), norm_text(b)
    if not na or not nb:
        return 0.0
    if na in nb or nb in na:
        return 1.0 if min(len(na), len(nb)) >= 0.6 * max(len(na), len(nb)) else 0.8
    return SequenceMatcher(None, na, nb).ratio()


@dataclass
class ItemMatch:
    """Gold index -> predicted index for the items that matched."""

    pairs: dict[int, int]
    n_gold: int
    n_pred: int


def _fits(gold: dict[str, Any], item: Item) -> float:
    """A score in [0, 1] of how well `item` fits the gold item; 0 = no match."""
    if "number" in gold or "title" in gold:
        num_ok = "number" not in gold or norm_number(gold["number"]) == norm_number(item.number)
        if not num_ok:
            return 0.0
        if "title" not in gold:
            return 1.0
        sim = title_similarity(gold["title"], item.title)
        return sim if sim >= 0.6 else 0.0
    if "title_contains" in gold:
        return 1.0 if norm_text(gold["title_contains"]) in norm_text(item.title) else 0.0
    if "text_contains" in gold:
        hay = norm_text(item.title + " " + item.text)
        return 1.0 if norm_text(gold["text_contains"]) in hay else 0.0
    return 0.0


def match_items(gold_items: list[dict[str, Any]], items: list[Item]) -> ItemMatch:
    """Match gold items to predicted items one-to-one, best fits first."""
    cands = []
    for gi, g in enumerate(gold_items):
        for pi, it in enumerate(items):
            score = _fits(g, it)
            if score > 0:
                cands.append((score, -abs(gi - pi), gi, pi))
    cands.sort(reverse=True)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, _, gi, pi in cands:
        if gi in pairs or pi in used:
            continue
        pairs[gi] = pi
        used.add(pi)
    return ItemMatch(pairs=pairs, n_gold=len(gold_items), n_pred=len(items))


def match_items_by_number(gold_items: list[dict[str, Any]], items: list[Item]) -> ItemMatch:
    """Match gold items to predicted items by their printed number alone (a title read wrongly does not
    unmatch the item): for scoring who did what apart from how well titles are read."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(gold_items):
        want = norm_number(g.get("number"))
        pi = next(
            (k for k, it in enumerate(items) if want and norm_number(it.number) == want and k not in used),
            None,
        )
        if pi is not None:
            pairs[gi] = pi
            used.add(pi)
    return ItemMatch(pairs=pairs, n_gold=len(gold_items), n_pred=len(items))


def find_item(ref: dict[str, Any] | str, gold_items: list[dict[str, Any]], m: ItemMatch) -> int | None:
    """Predicted index of the item a gold reference names (by number or text), if matched."""
    if isinstance(ref, str):
        ref = {"item": ref}
    if "item" in ref:
        want = norm_number(ref["item"])
        for gi, g in enumerate(gold_items):
            if norm_number(g.get("number")) == want:
                return m.pairs.get(gi)
        return None
    return None


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; empty-vs-empty counts as perfect."""
    if n_pred == 0 and n_gold == 0:
        return 1.0, 1.0, 1.0
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
