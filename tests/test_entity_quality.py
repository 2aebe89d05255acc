"""Entity-extraction quality floors on the gold files (issue 3): people, parties, diarienummer, actions,
kommuner, regioner — and the issue's look-ups at the extraction level."""

from __future__ import annotations

from pathlib import Path

import pytest

from arkiv.evaluation.entities import EntityScores, evaluate_entities
from indexer.extract import extract_file

ROOT = Path(__file__).resolve().parent.parent
FLOORS = {
    "person_f1": 0.95,
    "party_accuracy": 0.95,
    "diarienummer_f1": 0.98,
    "action_f1": 0.85,
    "kommun_f1": 0.9,
    "region_f1": 0.9,
}


@pytest.fixture(scope="session")
def seed_entity_scores() -> EntityScores:
    return evaluate_entities(ROOT / "eval" / "seeds.gold.json", ROOT / "corpus" / "seeds")


@pytest.fixture(scope="session")
def dev_entity_scores() -> EntityScores:
    return evaluate_entities(ROOT / "eval" / "dev.gold.json", ROOT)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor_on_seeds(seed_entity_scores: EntityScores, metric: str) -> None:
    got = seed_entity_scores.summary()[metric]
    assert got >= FLOORS[metric], (got, seed_entity_scores.errors)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor_on_kungsbacka_dev(dev_entity_scores: EntityScores, metric: str) -> None:
    got = dev_entity_scores.summary()[metric]
    assert got >= FLOORS[metric], (got, dev_entity_scores.errors)


def test_dev_gold_has_people_and_actions(dev_entity_scores: EntityScores) -> None:
    # The dev floors must measure something: at least three documents with people and actions.
    assert dev_entity_scores.persons.n_gold >= 60
    assert dev_entity_scores.actions.n_gold >= 10


def test_hamberg_raised_item_7() -> None:
    ex = extract_file(ROOT / "corpus" / "seeds" / "000_3d44ddcbe33345b6.txt")
    raised = [
        it.number
        for it in ex.items
        for a in it.actions
        if a.person == "Robert Hamberg" and a.kind == "raised"
    ]
    assert raised == ["7"]


def test_gibson_in_both_jamtland_documents() -> None:
    for name in ("000_3d44ddcbe33345b6.txt", "001_a7ed19778a8ee26b.txt"):
        ex = extract_file(ROOT / "corpus" / "seeds" / name)
        assert any(p.name == "Lisbet Gibson" for p in ex.persons), name


def test_case_number_on_both_items() -> None:
    ex = extract_file(ROOT / "corpus" / "seeds" / "002_a621b5fab89fefd5.txt")
    assert sorted(it.number for it in ex.items if "HSF240207" in it.diarienummer) == ["3", "§63"]
