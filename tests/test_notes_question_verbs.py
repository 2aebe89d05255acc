"""Members' questions and officials' reports in the verbs notes of råd and protocols print (kommuner45 kinds,
probe written before the rules): the same content in several phrasings, past and present, with the traps
that look alike ("presenterade sig", a finding that "visade", the chair's "frågade om nämnden kan")."""

from __future__ import annotations

import pytest

from indexer.entities.actions import ActionContext, find_actions
from indexer.entities.people import NameFinder, find_persons
from indexer.entities.rolewords import RoleWords

HEADER = (
    "Närvarande\nLina Berglund (S), ordförande\nOskar Malm (M)\nSara Öberg (V)\n\n"
    "Övriga närvarande\nHenrik Dahl, ekonomichef\nJohanna Persson, enhetschef\n\n"
)


def _acts(body: str) -> set[tuple[str, str]]:
    persons = find_persons(HEADER + body)
    chair = next(p for p in persons if "ordförande" in p.roles)
    found = find_actions(body, ActionContext(NameFinder(persons), chair, RoleWords(persons), minutes=True))
    return {(a.person or f"party:{a.party}", a.kind) for a in found}


#: A member's question or matter of their own: raised, in the verbs notes use.
RAISED = [
    "Oskar Malm undrade hur många platser som ska finnas efter ombyggnaden.",
    "Oskar Malm (M) undrar varför bussen inte stannar i Hällnäs.",
    "Oskar Malm undrade om föreningarna kan vara med när lekplatsen rustas.",
    "Oskar Malm frågade om broddarna även kan hämtas i Hällnäs.",
    "Oskar Malm lyfte frågan om kontinuiteten i hemtjänsten.",
    "Oskar Malm väckte frågan om en hörslinga i biblioteket.",
    "Oskar Malm ställde en fråga om trygghetslarmen.",
    "Oskar Malm tog upp att det saknas en sen buss hem på fredagar.",
    "Oskar Malm (M) tar upp att ledstången vid entrén saknas.",
    "Oskar Malm tog upp behovet av fler bänkar längs gångvägen.",
]
#: An official telling the meeting about the matter: presented.
PRESENTED = [
    "Enhetschef Johanna Persson gav en lägesbild av hemtjänsten.",
    "Johanna Persson ger en lägesbild av hemtjänsten.",
    "Johanna Persson gav en kort information om bygget.",
    "Johanna Persson visade kartor över anmäld skadegörelse under vintern.",
    "Johanna Persson visar bilder från det nya boendet.",
    "Johanna Persson berättade om sommarlägret.",
    "Johanna Persson rapporterade från styrelsen.",
]
#: Look-alikes that are no action of theirs.
NOTHING = [
    "Johanna Persson deltog för första gången och presenterade sig.",
    "Enkäten som Johanna Persson gjorde visade att de flesta är nöjda.",
    "Ordföranden frågade om nämnden kan bifalla förslaget och fann att så var fallet.",
]


@pytest.mark.parametrize("body", RAISED)
def test_a_members_question_is_raised(body: str) -> None:
    assert _acts(body) == {("Oskar Malm", "raised")}, body


@pytest.mark.parametrize("body", PRESENTED)
def test_an_officials_report_is_presented(body: str) -> None:
    assert _acts(body) == {("Johanna Persson", "presented")}, body


@pytest.mark.parametrize("body", NOTHING)
def test_look_alikes_are_no_action(body: str) -> None:
    assert _acts(body) == set(), body


def test_an_official_who_takes_up_something_informs() -> None:
    assert ("Henrik Dahl", "raised") not in _acts(
        "Ekonomichef Henrik Dahl tog upp att prognosen pekar på underskott."
    )
