"""The pieces every reader of who did what shares: a person named in an item, a list of such people
("A (S), B (V) och C (L)", "A, ekonomichef, och B", "ekonomichef A och kommunsekreterare B"), and the
collector that keeps each (person, kind) once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from indexer.entities.officials import LIST_TITLES, alternation
from indexer.types import Action, Person

#: An official's title printed before the next name of a list: "A, ekonomichef B och kommunsekreterare C",
#: the title word alone too ("A och controller B", "A och ekonom B"), after up to two adjectives ("A och
#: medicinskt ansvarig sjuksköterska B").
TITLE_BEFORE = (
    rf"(?:(?:tf\.?|t\.f\.|bitr\.|biträdande)\s+)?(?:[a-zåäö]+(?:skt?|igt?|ande|ad)\s+){{0,2}}"
    rf"(?:[a-zåäö][\wåäö\-]*)?(?:{alternation(LIST_TITLES)})\s+"
)
#: An apposition between two actors: "Tobias Ramstedt, Förvaltningschef i Varberg och Patrik Hellberg",
#: the next one's title before the name ("Stina Lidén, folkhälsostrateg, och kommundirektör Helena Falk").
_APPOSITION_GAP = re.compile(
    r"^(?:\s*\([^()]{1,40}\))?\s*,[^,.;:()]{1,100}?(?:,\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+)"
    rf"(?:{TITLE_BEFORE})?$"
)
#: What may stand between names of one list of actors: a party (or "alla S"), a separator, a title.
_LIST_GAP = re.compile(
    r"^(?:\s*\([^()]{1,40}\))?\s*(?:,|och|samt|&|,?\s*(?:och )?med instämmande (?:av|från))?\s*"
    rf"(?:\([^()]{{1,40}}\))?\s*,?\s*(?:{TITLE_BEFORE})?$"
)


@dataclass
class Mention:
    """A person (or a party acting as a whole: no name) named at text[start:end]."""

    start: int
    end: int
    person: Person


def listed(gap: str) -> bool:
    """True when `gap` may stand between two names of one list of actors."""
    return bool(_LIST_GAP.match(gap) or _APPOSITION_GAP.match(gap))


def first_group(text: str, ms: Iterable[Mention]) -> list[Mention]:
    """The first list of names ("A (S), B (V) och C (L)", "A, enhetschef, och B") among `ms`."""
    group: list[Mention] = []
    for m in ms:
        if group and not listed(text[group[-1].end : m.start]):
            break
        group.append(m)
    return group


class Collector:
    """Actions in order of appearance, each (person, kind) once, with the sentence as evidence."""

    def __init__(self) -> None:
        self.out: list[Action] = []
        self.seen: set[tuple[str, str]] = set()
        self.party_of_named: set[tuple[str, str]] = set()

    def done(self) -> list[Action]:
        """The actions; a party's action dropped where members of the party are named doing it ("Anna Ek (M)
        … lämnar följande reservation: Moderaterna reserverar sig …" is Anna Ek's reservation)."""
        # a party's reservation or note quoted by its named members is theirs; a party's own yrkande is not
        named = {(k, p) for k, p in self.party_of_named if k in ("reserved", "protocol_note")}
        return [a for a in self.out if a.person or (a.kind, a.party) not in named]

    def take(self, actions: list[Action]) -> None:
        """Record actions another collector found (each (person or party, kind) once)."""
        for a in actions:
            key = (a.person or f"party:{a.party}", a.kind)
            if key not in self.seen:
                self.seen.add(key)
                self.out.append(a)

    def add(self, person: Person, kind: str, evidence: str, trigger: str = "") -> None:
        """Record that `person` did `kind` (a party only where a party may act as a whole)."""
        if person.name and person.party:
            self.party_of_named.add((kind, person.party))
        if not person.name and not _party_may(kind, trigger):
            return
        key = (person.name or f"party:{person.party}", kind)
        if key not in self.seen:
            self.seen.add(key)
            self.out.append(
                Action(
                    person=person.name,
                    kind=kind,
                    evidence=" ".join(evidence.split())[:300],
                    party=None if person.name else person.party,
                )
            )


def _party_may(kind: str, trigger: str) -> bool:
    """A party acts as a whole by reserving itself, noting in the protocol or moving a yrkande;
    "Vänsterpartiet föreslår" in an ärende's description is what a proposal says, not a move at the
    meeting."""
    if kind in ("reserved", "protocol_note"):
        return True
    return kind == "proposed" and trigger.casefold().lstrip().startswith(
        ("yrka", "tilläggsyrka", "ändringsyrka")
    )
