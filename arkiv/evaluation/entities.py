"""Scores of entity extraction against gold (`arkiv-gold/1`): people, parties, diarienummer, actions, places.

Counting (micro-averaged over the documents that have the gold key):
- person F1: predicted vs gold names, compared by `indexer.entities.people.person_key`;
- party accuracy: over gold persons that were found, the predicted party equals the gold party
  (a gold `null` must be predicted as no party);
- diarienummer F1: the document's case keys (gold strings normalised with
  `arkiv.evaluation.items.gold_dnr_key`; a gold document without a document-level list is scored against
  the union of its items' lists);
- action F1 and vote F1: `arkiv.evaluation.actions` ((who, kind, item) triples; justerare per document;
  where a document's actions name items only by `text_contains`, predicted actions count only in the
  items those references match);
- kommun F1: short kommun names, casefolded; region F1: canonical region names
  (`models.gazetteers.canonical_region`, so "Västernorrland" = "Region Västernorrland").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arkiv.evaluation.actions import ActionScores, Counts, score_actions
from indexer.types import Extraction


@dataclass
class EntityScores:
    """All entity scores over a gold set, with per-document misses for debugging."""

    persons: Counts = field(default_factory=Counts)
    party_ok: int = 0
    party_n: int = 0
    dnr: Counts = field(default_factory=Counts)
    acts: ActionScores = field(default_factory=ActionScores)
    kommuner: Counts = field(default_factory=Counts)
    regions: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)

    @property
    def actions(self) -> Counts:
        """All actions (`acts` has them by kind, and the votes)."""
        return self.acts.actions

    @property
    def party_accuracy(self) -> float:
        """Share of matched gold persons whose party was predicted right (1.0 when none)."""
        return self.party_ok / self.party_n if self.party_n else 1.0

    def summary(self) -> dict[str, float]:
        """The headline figures."""
        return {
            "person_f1": round(self.persons.f1, 4),
            "party_accuracy": round(self.party_accuracy, 4),
            "diarienummer_f1": round(self.dnr.f1, 4),
            "action_f1": round(self.actions.f1, 4),
            "vote_f1": round(self.acts.votes.f1, 4),
            "kommun_f1": round(self.kommuner.f1, 4),
            "region_f1": round(self.regions.f1, 4),
        }


def _dnr_key(raw: str) -> str:
    from arkiv.evaluation.items import gold_dnr_key

    return gold_dnr_key(raw)


def _region_key(name: str) -> str:
    from models.gazetteers import canonical_region

    return canonical_region(name) or name


def score_document(
    gold: dict[str, Any], ex: Extraction, scores: EntityScores, *, by_number: bool = False
) -> None:
    """Add one document's entity scores to `scores` (`by_number`: see `score_actions`)."""
    from indexer.entities.people import person_key

    tag = gold.get("file", "?")
    pred_people = {person_key(p.name): p for p in ex.persons}
    if "persons" in gold:
        gold_people = {person_key(g["name"]): g for g in gold["persons"]}
        scores.persons.add(set(pred_people), set(gold_people))
        for k in sorted(set(gold_people) - set(pred_people)):
            scores.errors.append(f"{tag}: missed person {gold_people[k]['name']}")
        for k in sorted(set(pred_people) - set(gold_people)):
            scores.errors.append(f"{tag}: extra person {pred_people[k].name}")
        for k, g in gold_people.items():
            if k in pred_people and "party" in g:
                scores.party_n += 1
                if pred_people[k].party == g["party"]:
                    scores.party_ok += 1
                else:
                    scores.errors.append(
                        f"{tag}: party of {g['name']}: {pred_people[k].party} != {g['party']}"
                    )
    gold_dnr = gold.get("diarienummer")
    if gold_dnr is None and any("diarienummer" in it for it in gold.get("items", [])):
        # Gold that lists case numbers per item only: the document's are their union.
        gold_dnr = [d for it in gold["items"] for d in it.get("diarienummer", [])]
    if gold_dnr is not None:
        pred_d, gold_d = set(ex.diarienummer), {_dnr_key(d) for d in gold_dnr}
        scores.dnr.add(pred_d, gold_d)
        for d in sorted(pred_d ^ gold_d):
            scores.errors.append(f"{tag}: diarienummer {'extra' if d in pred_d else 'missed'} {d}")
    if "actions" in gold or "votes" in gold:
        score_actions(gold, ex, scores.acts, by_number=by_number)
        scores.errors += scores.acts.errors
        scores.acts.errors.clear()
    if "kommuner" in gold:
        pk, gk = {k.casefold() for k in ex.kommuner}, {k.casefold() for k in gold["kommuner"]}
        scores.kommuner.add(pk, gk)
        for k in sorted(pk ^ gk):
            scores.errors.append(f"{tag}: kommun {'extra' if k in pk else 'missed'} {k}")
    if "regions" in gold:
        pr, gr = {_region_key(r) for r in ex.regions}, {_region_key(r) for r in gold["regions"]}
        scores.regions.add(pr, gr)
        for r in sorted(pr ^ gr):
            scores.errors.append(f"{tag}: region {'extra' if r in pr else 'missed'} {r}")


def evaluate_entities(gold_path: Path, corpus_dir: Path, *, by_number: bool = False) -> EntityScores:
    """Extract every gold document and score its entities.

    Args:
        gold_path: An `arkiv-gold/1` file.
        corpus_dir: Where the documents are; a gold document's `dir` (if any) is taken relative to it,
            else the file is looked up under `corpus_dir` recursively.
        by_number: Match items by number alone when scoring actions and votes (see `score_actions`).
    """
    from arkiv.evaluation.gold import load_gold
    from indexer.extract import extract_file

    data = load_gold(gold_path)
    scores = EntityScores()
    for doc in data["documents"]:
        path = _locate(doc, corpus_dir)
        ex = extract_file(path)
        score_document(doc, ex, scores, by_number=by_number)
    return scores


def _locate(doc: dict[str, Any], corpus_dir: Path) -> Path:
    direct = corpus_dir / doc.get("dir", "") / doc["file"]
    if direct.is_file():
        return direct
    hits = sorted(corpus_dir.rglob(doc["file"]))
    if not hits:
        raise FileNotFoundError(f"gold document {doc['file']} not found under {corpus_dir}")
    return hits[0]


@dataclass
class EntityScorer:
    """Adapter for `bench/eval_extraction.py`: `add` per (gold document, extraction), `report` lines."""

    scores: EntityScores = field(default_factory=EntityScores)

    def add(self, gold: dict[str, Any], ex: Extraction) -> None:
        """Score one document."""
        score_document(gold, ex, self.scores)

    def report(self) -> list[str]:
        """The headline figures, then every miss and extra."""
        s = self.scores
        if not (s.persons.n_gold or s.actions.n_gold or s.kommuner.n_gold or s.regions.n_gold):
            return [f"no people, actions or places in this gold (diarienummer F1 {s.dnr.f1:.3f})"]
        lines = [
            f"persons F1 {s.persons.f1:.3f} (gold {s.persons.n_gold}, predicted {s.persons.n_pred}); "
            f"party accuracy {s.party_accuracy:.3f} ({s.party_ok}/{s.party_n})",
            f"diarienummer F1 {s.dnr.f1:.3f}; actions F1 {s.actions.f1:.3f} (gold {s.actions.n_gold}, "
            f"predicted {s.actions.n_pred}); kommun F1 {s.kommuner.f1:.3f}; region F1 {s.regions.f1:.3f}",
            "actions by kind: "
            + "; ".join(
                f"{k} F1 {c.f1:.3f} (P {c.precision:.2f} R {c.recall:.2f}, gold {c.n_gold})"
                for k, c in sorted(s.acts.by_kind.items())
            ),
            f"votes F1 {s.acts.votes.f1:.3f} (gold {s.acts.votes.n_gold}, predicted {s.acts.votes.n_pred})",
        ]
        return lines + [f"    {e}" for e in s.errors]
