"""Which kommuner and regioner a document is about.

A kommun counts when the text names it as one ("Bergs kommun", "Östersunds kommun", "KUNGSBACKA KOMMUN",
"Malmö stad") or a person is printed as acting for it ("Rahaf Ramdo (KD), Arboga"). A bare town name in
running text does not count: many kommun names are also surnames, villages or words ("Lund", "Mark").
A region counts when the text names it in any of its forms ("Region Västmanland", "Jönköpings län",
"Västernorrland"); a bare name that is also a kommun ("Örebro") only when it is listed with another region
("Exempel från Skåne och Örebro").
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.types import Person
from models import gazetteers

#: (label, text, norm, start, end) as given by `indexer.entities.nlp.gazetteer_entities`.
Entity = tuple[str, str, str, int, int]


def kommuner(ents: list[Entity], persons: list[Person]) -> list[str]:
    """Short kommun names ("Berg", "Östersund") in order of first mention.

    Args:
        ents: The document's gazetteer entities (`indexer.entities.nlp.gazetteer_entities` of the whole text).
        persons: The document's people (their affiliations).
    """
    seen: dict[str, None] = {}
    for label, _span, norm, _s, _e in ents:
        if label == "KOMMUN":
            seen.setdefault(norm, None)
    for p in persons:
        # Only people in the room act for a kommun; a speaker's "processledare Nära vård Jönköping" does not.
        if p.affiliation in gazetteers.kommuner() and p.roles != ["föredragande"]:
            seen.setdefault(p.affiliation, None)
    return list(seen)


@lru_cache(maxsize=1)
def _listed_ambiguous() -> re.Pattern[str]:
    bare = sorted(
        {f for f in gazetteers.region_forms() if not f.startswith("Region ")}, key=len, reverse=True
    )
    amb = sorted(gazetteers.region_ambiguous_forms(), key=len, reverse=True)
    b = "|".join(re.escape(x) for x in bare)
    a = "|".join(re.escape(x) for x in amb)
    sep = r"\s*(?:,|och|eller|samt)\s*"
    return re.compile(rf"(?<![\w])(?:(?:{b}){sep}(?P<a1>{a})|(?P<a2>{a}){sep}(?:{b}))(?![\w])")


def regions(text: str, ents: list[Entity], persons: list[Person]) -> list[str]:
    """Canonical region names in order of first mention (`ents` as for `kommuner`)."""
    found: list[tuple[int, str]] = []
    for label, _span, norm, s, _e in ents:
        if label == "REGION":
            found.append((s, norm))
    for m in _listed_ambiguous().finditer(text):
        form = m.group("a1") or m.group("a2")
        canon = gazetteers.canonical_region(form)
        if canon:
            found.append((m.start(), canon))
    for p in persons:
        canon = gazetteers.region_forms().get(p.affiliation or "")
        if canon:
            found.append((len(text), canon))
    seen: dict[str, None] = {}
    for _pos, name in sorted(found, key=lambda t: t[0]):
        seen.setdefault(name, None)
    return list(seen)
