"""Scores of who did what against gold (`arkiv-gold/1`): actions by kind, party actions, votes.

An action is compared as a (who, kind, item) triple, where `who` is the person key
(`indexer.entities.people.person_key`) or `party:<code>` for a party's action (gold `person: null`
with `party`). Items are matched with `arkiv.evaluation.gold.match_items`; a gold action whose item
was not found is a miss of its own. Justerare are a fact of the document, not of an item (a protocol
names them in its header, a § "Val av justerare", or both), so they are compared without their item.

A document that is not minutes and whose gold lists no items (a motion, a tjänsteskrivelse) is kept whole
as one unnumbered item (`arkiv.evaluation.items`): that item is the document, so its actions are the
document's, as gold writes them with `"item": null`.

Votes are (person key, item, round, vote) tuples from each item's `votes`; round 1 when not given.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from arkiv.evaluation.gold import f1, find_item, match_items, match_items_by_number, norm_text
from indexer.meta.doctype import NOT_MEETING
from indexer.types import Extraction

DOC_LEVEL_KINDS = frozenset({"justerare"})
_UNMATCHED = -1  # never a predicted item index
_DOC = -2  # the document as a whole


@dataclass
class Counts:
    """True positives, predictions and gold counts for one F1."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, pred: set[Any], gold: set[Any]) -> None:
        """Add one document's sets."""
        self.tp += len(pred & gold)
        self.n_pred += len(pred)
        self.n_gold += len(gold)

    @property
    def f1(self) -> float:
        """F1 (1.0 when both sides are empty)."""
        return f1(self.tp, self.n_pred, self.n_gold)[2]

    @property
    def recall(self) -> float:
        """Recall (1.0 when the gold is empty)."""
        return f1(self.tp, self.n_pred, self.n_gold)[1]

    @property
    def precision(self) -> float:
        """Precision (1.0 when nothing is predicted and nothing is gold)."""
        return f1(self.tp, self.n_pred, self.n_gold)[0]


@dataclass
class ActionScores:
    """Action F1 overall and by kind, and vote F1, with every miss and extra."""

    actions: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    votes: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        """The headline figures: action F1, F1 per kind, vote F1."""
        out = {"action_f1": round(self.actions.f1, 4), "vote_f1": round(self.votes.f1, 4)}
        out |= {f"{k}_f1": round(c.f1, 4) for k, c in sorted(self.by_kind.items())}
        return out


def _who(person: str | None, party: str | None) -> str:
    from indexer.entities.people import person_key

    return person_key(person) if person else f"party:{party or '?'}"


def _gold_index(a: dict[str, Any], gold_items: list[dict[str, Any]], ex: Extraction, m: Any) -> int:
    if a.get("kind") in DOC_LEVEL_KINDS:
        return _DOC
    if "text_contains" in a:
        needle = norm_text(a["text_contains"])
        hits = (i for i, it in enumerate(ex.items) if needle in norm_text(it.title + " " + it.text))
        return next(hits, _UNMATCHED)
    if a.get("item") is None:
        return _DOC
    idx = find_item(a, gold_items, m)
    return _UNMATCHED if idx is None else idx


def score_actions(
    gold: dict[str, Any], ex: Extraction, scores: ActionScores, *, by_number: bool = False
) -> None:
    """Add one document's action and vote scores (only the parts its gold lists).

    `by_number`: match items by their printed number alone, so a title read wrongly does not count
    against who did what (`arkiv.evaluation.gold.match_items_by_number`).
    """
    gold_items = gold.get("items", [])
    m = match_items_by_number(gold_items, ex.items) if by_number else match_items(gold_items, ex.items)
    tag = gold.get("file", "?")
    if "actions" in gold:
        gold_set = {
            (_who(a.get("person"), a.get("party")), a["kind"], _gold_index(a, gold_items, ex, m))
            for a in gold["actions"]
        }
        counted = {t[2] for t in gold_set} if all("text_contains" in a for a in gold["actions"]) else None
        whole = _kept_whole(gold, ex)
        pred_set = {
            (
                _who(act.person, getattr(act, "party", None)),
                act.kind,
                _DOC if act.kind in DOC_LEVEL_KINDS or whole else i,
            )
            for i, it in enumerate(ex.items)
            for act in it.actions
            if counted is None or i in counted
        }
        scores.actions.add(pred_set, gold_set)
        for kind in {t[1] for t in pred_set | gold_set}:
            scores.by_kind[kind].add(
                {t for t in pred_set if t[1] == kind}, {t for t in gold_set if t[1] == kind}
            )
        for t in sorted(pred_set ^ gold_set, key=str):
            scores.errors.append(f"{tag}: action {'extra' if t in pred_set else 'missed'} {_where(t, ex)}")
    if "votes" in gold:
        gold_votes = {
            (_who(v["person"], None), _gold_index({"item": v["item"]}, gold_items, ex, m), v.get("round", 1),
             v["vote"])
            for v in gold["votes"]
        }  # fmt: skip
        pred_votes = {
            (_who(v.person, None), i, v.round, v.vote) for i, it in enumerate(ex.items) for v in it.votes
        }
        scores.votes.add(pred_votes, gold_votes)
        for v in sorted(pred_votes ^ gold_votes, key=str)[:40]:
            scores.errors.append(f"{tag}: vote {'extra' if v in pred_votes else 'missed'} {_where(v, ex)}")


def _kept_whole(gold: dict[str, Any], ex: Extraction) -> bool:
    """Whether the extraction's one unnumbered item is the document itself (gold lists no items)."""
    one = len(ex.items) == 1 and ex.items[0].number is None
    return one and not gold.get("items") and gold.get("doc_type") in NOT_MEETING


def _place(idx: int, ex: Extraction) -> str:
    if idx == _DOC:
        return "the document"
    return str(ex.items[idx].number) if 0 <= idx < len(ex.items) else "an unmatched item"


def _where(t: tuple[Any, ...], ex: Extraction) -> str:
    """'who kind @ item' for an action triple, 'who vote (round r) @ item' for a vote tuple."""
    if len(t) == 3:
        return f"{t[0]} {t[1]} @ {_place(t[2], ex)}"
    return f"{t[0]} {t[3]} (round {t[2]}) @ {_place(t[1], ex)}"
