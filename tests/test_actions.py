"""Actions tied to items: who raised, proposed, reserved, noted, presented, was chosen justerare."""

from __future__ import annotations

from indexer.entities import annotate as entities
from indexer.entities.actions import ActionContext, find_actions
from indexer.entities.people import NameFinder, find_persons
from indexer.types import DocMeta, Extraction, Item, Person

HEADER = (
    "Beslutande ledamöter\nMonica Neptun (L), ordförande\nJohan Tolinsson (S)\nHelen Thylin (S)\n"
    "Susanne Andersson (SD)\nRobert Hamberg (M)\nRenée Sylvan (S)\n\n"
    "Tjänstepersoner\nKatarina Öryd, förvaltningschef\nElsy Bäckström, strateg\n\n"
)


def _actions(body: str) -> set[tuple[str, str]]:
    persons = find_persons(HEADER + body)
    chair = next(p for p in persons if "ordförande" in p.roles)
    return {(a.person, a.kind) for a in find_actions(body, ActionContext(NameFinder(persons), chair))}


def test_proposed_and_reserved_lists() -> None:
    body = (
        "Johan Tolinsson (S) yrkar avslag. Susanne Andersson (SD) yrkar bifall till förslaget.\n\n"
        "Reservation\nJohan Tolinsson (S) och Helen Thylin (S) reserverar sig mot beslutet."
    )
    assert _actions(body) == {
        ("Johan Tolinsson", "proposed"),
        ("Susanne Andersson", "proposed"),
        ("Johan Tolinsson", "reserved"),
        ("Helen Thylin", "reserved"),
    }


def test_chair_by_role_word() -> None:
    assert _actions("Ordföranden (L) yrkar bifall till arbetsutskottets förslag.") == {
        ("Monica Neptun", "proposed")
    }


def test_genitive_proposal_and_protocol_note() -> None:
    body = (
        "Ordförande finner att nämnden bifaller Renée Sylvans (S) tilläggsyrkande.\n\n"
        "Protokollsanteckning\nRobert Hamberg (M) lämnar följande anteckning."
    )
    assert _actions(body) == {("Renée Sylvan", "proposed"), ("Robert Hamberg", "protocol_note")}


def test_presented_with_title_apposition_and_first_names() -> None:
    body = "Katarina Öryd, förvaltningschef, informerar nämnden. Elsy går igenom budgeten."
    assert _actions(body) == {("Katarina Öryd", "presented"), ("Elsy Bäckström", "presented")}


def test_raised_and_justerare() -> None:
    body = "Robert Hamberg utses som justerare. Robert Hamberg lyfte två ärenden och ställer frågan varför."
    assert _actions(body) == {("Robert Hamberg", "justerare"), ("Robert Hamberg", "raised")}


def test_no_actor_no_action() -> None:
    body = (
        "Förvaltningen föreslår att nämnden godkänner. Ingen av ledamöterna anmäler jäv. "
        "I den efterföljande diskussionen lyfts att frågan är svår. Robert Hamberg deltar inte."
    )
    assert _actions(body) == set()


def test_a_form_label_is_a_role_not_an_action() -> None:
    assert _actions("Utses att justera\tRobert Hamberg\nProtokolljusterare Robert Hamberg") == set()


def test_annotate_ties_actions_and_people_to_items() -> None:
    text = (
        HEADER
        + "1 Mötet öppnas\nRobert Hamberg utses som justerare.\n\n"
        + "2 Övriga frågor\nRobert Hamberg lyfte frågan."
    )
    items = [
        Item(number="1", title="Mötet öppnas", text="Robert Hamberg utses som justerare."),
        Item(
            number="2",
            title="Övriga frågor",
            text="Robert Hamberg lyfte frågan om RS/762/2024 i Bergs kommun.",
        ),
    ]
    ex = Extraction(source="x.txt", sha256="0" * 64, fmt="txt", meta=DocMeta(), items=items)
    entities.annotate(ex, text)
    assert [(a.person, a.kind) for a in items[0].actions] == [("Robert Hamberg", "justerare")]
    assert [(a.person, a.kind) for a in items[1].actions] == [("Robert Hamberg", "raised")]
    hamberg: Person = next(p for p in ex.persons if p.name == "Robert Hamberg")
    assert hamberg.party == "M" and hamberg.items == [0, 1]
    labels = {(e.label, e.norm) for e in items[1].entities}
    assert {("PERSON", "Robert Hamberg"), ("DNR", "RS/762/2024"), ("KOMMUN", "Berg")} <= labels
    assert items[1].diarienummer == []  # which numbers are an item's own case is indexer.segment's call
    assert ex.kommuner == ["Berg"]
    for e in items[1].entities:
        assert items[1].text[e.start : e.end] == e.text


def test_headings_with_colon_lines_and_supporters() -> None:
    body = (
        "Yrkanden\nJohan Tolinsson (S): Bifall till förslaget.\nHelen Thylin (S) instämmer.\n\n"
        "Susanne Andersson (SD) yrkar avslag med instämmande av Robert Hamberg (M).\n\n"
        "Särskilt yttrande\nRenée Sylvan (S): Vi vill se en utredning."
    )
    assert _actions(body) == {
        ("Johan Tolinsson", "proposed"),
        ("Helen Thylin", "proposed"),
        ("Susanne Andersson", "proposed"),
        ("Robert Hamberg", "proposed"),
        ("Renée Sylvan", "protocol_note"),
    }


def test_supporter_between_actor_and_verb() -> None:
    """The supporter named before the verb ("X (P), med instämmande av Y (P), yrkar …") proposes too."""
    body = "Eva Holm (S), med instämmande av Kerstin Ek (V), yrkar att ramen utökas med en miljon kronor."
    assert _actions(body) == {("Eva Holm", "proposed"), ("Kerstin Ek", "proposed")}


def test_passive_presenter_with_title() -> None:
    assert _actions("Ärendet föredras av förvaltningschef Katarina Öryd.") == {("Katarina Öryd", "presented")}


def test_vice_chair_is_not_the_chair() -> None:
    assert _actions("Vice ordföranden yrkar bifall.") == set()


def test_motion_author_raised() -> None:
    body = "Robert Hamberg (M) har i en motion föreslagit att kommunen bygger fler laddplatser."
    assert _actions(body) == {("Robert Hamberg", "raised")}


def test_appointed_justerare_gets_the_role_too() -> None:
    """Seed 000: the attendance list says ledamot, item 1 appoints him justerare (gold roles: both)."""
    from pathlib import Path

    from indexer.extract import extract_file

    root = Path(__file__).resolve().parents[1]
    ex = extract_file(root / "corpus" / "seeds" / "000_3d44ddcbe33345b6.txt")
    hamberg = next(p for p in ex.persons if p.name == "Robert Hamberg")
    assert hamberg.roles == ["ledamot", "justerare"]
    assert all("justerare" not in p.roles for p in ex.persons if p.name != "Robert Hamberg")


def test_a_members_question_with_a_question_word_is_raised_though_ska_follows() -> None:
    # "frågade hur … ska finansieras": the member's own question, not the chair's proposition
    body = (
        "Robert Hamberg (M) frågade hur satsningen ska finansieras utan skattehöjning. "
        "Susanne Andersson (SD) frågade vilka lokaler som kan avvecklas."
    )
    assert _actions(body) == {("Robert Hamberg", "raised"), ("Susanne Andersson", "raised")}
    # the chair asking which proposal the meeting supports stays procedure
    assert _actions("Ordföranden frågar vilket av förslagen nämnden bifaller.") == set()
    assert _actions("Ordföranden frågar om nämnden kan bifalla förslaget och finner att så sker.") == set()


def test_justerare_of_meeting_notes() -> None:
    assert _actions("Renée Sylvan valdes att justera dagens minnesanteckningar.") == {
        ("Renée Sylvan", "justerare")
    }


def test_a_kallelse_head_block_names_the_justerare_of_its_row() -> None:
    text = (
        "KALLELSE\nKommunstyrelsen\n\nTid        Onsdagen den 4 november 2026 kl. 13.00\n"
        "Ordförande Monica Neptun (L)\nJusterare  Robert Hamberg (M)\n\n"
        "1 Val av justerare\n\n2 Budget 2027\nKatarina Öryd, förvaltningschef, föredrar.\n"
    )
    items = [
        Item(number="1", title="Val av justerare", text="", start=text.index("1 Val")),
        Item(
            number="2",
            title="Budget 2027",
            text="Katarina Öryd, förvaltningschef, föredrar.",
            start=text.index("2 Budget"),
        ),
    ]
    ex = Extraction(
        source="x.txt", sha256="0" * 64, fmt="txt", meta=DocMeta(doc_type="kallelse"), items=items
    )
    entities.annotate(ex, text)
    assert [(a.person, a.kind) for a in items[0].actions] == [("Robert Hamberg", "justerare")]
