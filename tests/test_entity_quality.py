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


#: Alingsås (eval/alingsas.gold.json: ten PDFs of a kommun no rule was written for, gold written blind).
#: Actions are floored twice: as the evaluator scores them (an action counts only on an item whose number
#: and title were read right: segmentation's floor lifts this one), and with items matched by their number
#: alone, which measures who did what apart from title reading (issue 9's target 0.85).
ALINGSAS_FLOORS = {"person_f1": 0.94, "party_accuracy": 0.98, "action_f1": 0.90}
ALINGSAS_BY_NUMBER_FLOORS = {"action_f1": 0.85, "justerare_f1": 0.95, "raised_f1": 0.85, "presented_f1": 0.85}
#: Kungsbacka's printed omröstningar (KS 2024-08-27 § 199, FG 2024-06-12 § 62).
VOTE_FLOOR = 0.95


@pytest.fixture(scope="session")
def alingsas_scores() -> tuple[EntityScores, EntityScores]:
    """(as the evaluator scores, with items matched by number), each document extracted once."""
    from arkiv.evaluation.entities import _locate, score_document
    from arkiv.evaluation.gold import load_gold

    plain, by_number = EntityScores(), EntityScores()
    for doc in load_gold(ROOT / "eval" / "alingsas.gold.json")["documents"]:
        ex = extract_file(_locate(doc, ROOT / "corpus" / "alingsas"))
        score_document(doc, ex, plain)
        score_document(doc, ex, by_number, by_number=True)
    return plain, by_number


@pytest.mark.parametrize("metric", sorted(ALINGSAS_FLOORS))
def test_floor_on_alingsas(alingsas_scores: tuple[EntityScores, EntityScores], metric: str) -> None:
    got = alingsas_scores[0].summary()[metric]
    assert got >= ALINGSAS_FLOORS[metric], (got, alingsas_scores[0].errors)


@pytest.mark.parametrize("metric", sorted(ALINGSAS_BY_NUMBER_FLOORS))
def test_action_floor_on_alingsas_items_by_number(
    alingsas_scores: tuple[EntityScores, EntityScores], metric: str
) -> None:
    s = alingsas_scores[1]
    got = (s.summary() | s.acts.summary())[metric]
    assert got >= ALINGSAS_BY_NUMBER_FLOORS[metric], (got, s.errors)


def test_alingsas_gold_measures_every_kind(alingsas_scores: tuple[EntityScores, EntityScores]) -> None:
    kinds = alingsas_scores[1].acts.by_kind
    assert all(
        kinds[k].n_gold >= 10 for k in ("justerare", "presented", "proposed", "protocol_note", "raised")
    )


def test_vote_floor_on_kungsbacka(dev_entity_scores: EntityScores) -> None:
    votes = dev_entity_scores.acts.votes
    assert votes.n_gold >= 28  # the two printed omröstningar are in the gold
    assert votes.f1 >= VOTE_FLOOR, (votes.f1, dev_entity_scores.errors)


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
