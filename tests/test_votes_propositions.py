"""Votes printed per proposal ("För Anna Eks yrkande röstar: …", a column per proposal) rather than as ja
and nej: the propositionsordning of the same item says which proposal is ja and which nej ("Den som
röstar för X röstar ja", "Ja = bifall till X", "Ja-röst för X, nej-röst för Y")."""

from __future__ import annotations

from tests.vote_fixtures import votes_of

PROPOSITIONS = (
    "Ordföranden ställer proposition på Anna Eks (S) yrkande och Bo Bergs (M) yrkande och finner att "
    "nämnden bifaller Anna Eks yrkande. Omröstning begärs.\n"
    "Propositionsordning\nDen som röstar för Anna Eks (S) yrkande röstar ja, den som röstar för Bo Bergs "
    "(M) yrkande röstar nej.\n"
)


def test_votes_printed_per_proposal_follow_the_propositionsordning() -> None:
    body = PROPOSITIONS + (
        "Omröstningsresultat\n"
        "För Anna Eks yrkande röstar: Anna Ek (S), Eva Ros (V), Fredrik Nord (C)\n"
        "För Bo Bergs yrkande röstar: Bo Berg (M), Cecilia Holm (M)\n"
        "Avstår: David Lind (SD)\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1),
                              ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1),
                              ("David Lind", "avstår", 1)]  # fmt: skip


def test_a_table_headed_by_the_proposals() -> None:
    body = (
        "Ja-röst för kommunstyrelsens förslag, nej-röst för återremiss.\n"
        "Ledamot\tParti\tKommunstyrelsens förslag\tÅterremiss\tAvstår\n"
        "Anna Ek\tS\tX\t\t\nBo Berg\tM\t\tX\t\nEva Ros\tV\t\t\tX\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Bo Berg", "nej", 1), ("Eva Ros", "avstår", 1)]


def test_lists_after_a_vote_for_a_proposal_without_ja_or_nej() -> None:
    # "Ja = bifall till …" maps the proposal; the lists then name the proposals only
    body = (
        "Ja = bifall till kommunstyrelsens förslag. Nej = bifall till Bo Bergs (M) avslagsyrkande.\n"
        "Följande ledamöter röstade för kommunstyrelsens förslag: Anna Ek (S), Eva Ros (V).\n"
        "Följande ledamöter röstade för Bo Bergs avslagsyrkande: Bo Berg (M).\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Bo Berg", "nej", 1)]


def test_a_label_stating_its_vote_in_brackets_in_running_prose() -> None:
    # no propositionsordning needed: "(ja)" says it; the second label starts mid-line and wraps
    body = (
        "Omröstning\nFöljande röstar för Anna Ek (S):s yrkande (ja): Anna Ek (S), Eva Ros (V), Fredrik\n"
        "Nord (C). Följande röstar för\narbetsutskottets förslag (nej): Bo Berg (M), Cecilia Holm (M).\n"
        "Med 3 ja-röster mot 2 nej-röster beslutar kommunstyrelsen enligt Anna Eks yrkande.\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1),
                              ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1)]  # fmt: skip


def test_prose_beginning_with_for_is_no_label() -> None:
    body = PROPOSITIONS + (
        "Ordföranden konstaterar att nämnden röstat\nför Anna Eks yrkande. Uppdrag ges till:\nBo Berg (M)\n"
    )
    assert votes_of(body) == []


def test_voters_named_before_the_proposal_they_voted_for() -> None:
    body = PROPOSITIONS + (
        "Anna Ek (S), Eva Ros (V) och Fredrik Nord (C) röstade för Anna Eks yrkande. Bo Berg (M) och "
        "Cecilia Holm (M) röstade för Bo Bergs yrkande.\n"
    )
    assert votes_of(body) == [("Anna Ek", "ja", 1), ("Eva Ros", "ja", 1), ("Fredrik Nord", "ja", 1),
                              ("Bo Berg", "nej", 1), ("Cecilia Holm", "nej", 1)]  # fmt: skip
