"""Which kommuner and regioner a document is about.

A kommun counts when the text names it as one ("Bergs kommun", "Östersunds kommun", "KUNGSBACKA KOMMUN",
"Malmö stad"), lists it among kommuner ("Skellefteå, Norsjö och Malå kommuner", "grannkommunerna Nybro
och Mörbylånga", a ranking "Härryda 42, Partille 62, … och Tjörn 95"), is the document's own organization
(its letterhead, which page cleaning removes from the text), or a person is printed as acting for it
("Rahaf Ramdo (KD), Arboga"). A bare town name alone in running text does not count: many kommun names
are also surnames, villages or words ("Lund", "Mark").
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


def kommuner(
    ents: list[Entity], persons: list[Person], text: str = "", organization: str | None = None
) -> list[str]:
    """Short kommun names ("Berg", "Östersund"): the document's own first, then in order of mention.

    Args:
        ents: The document's gazetteer entities (`indexer.entities.nlp.gazetteer_entities` of the whole text).
        persons: The document's people (their affiliations).
        text: The document's text, for kommuner named in lists.
        organization: The document's organization ("Falu kommun", "Borås stad"), if decided.
    """
    seen: dict[str, None] = {}
    own = gazetteers.kommun_forms().get(organization or "")
    if own and organization != own:  # "Borås stad", not a bare name that is also a region's
        seen[own] = None
    found = [(s, norm) for label, _span, norm, s, _e in ents if label == "KOMMUN"]
    found += _listed_kommuner(text)
    for _pos, norm in sorted(found, key=lambda t: t[0]):
        seen.setdefault(norm, None)
    for p in persons:
        # Only people in the room act for a kommun; a speaker's "processledare Nära vård Jönköping" does not.
        if p.affiliation in gazetteers.kommuner() and p.roles != ["föredragande"]:
            seen.setdefault(p.affiliation, None)
    return list(seen)


@lru_cache(maxsize=1)
def _kommun_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a list, a kommun name): three or more names in a row, or two or more said to be kommuner."""
    names = "|".join(re.escape(n) for n in sorted(gazetteers.kommuner(), key=len, reverse=True))
    # A name, in the genitive before "kommuner" ("Halmstads, Varbergs och Hylte kommuner"), or with a
    # ranking's figure after it.
    one = rf"(?:{names})s?(?:\s+\d[\d\s,.]*?\d|\s+\d)?"
    tail = rf"\s*(?:,\s*{one}\s*)*(?:,\s*)?\s(?:och|samt)\s+{one}"
    # The look-ahead on a capital or a "…kommunerna" lets the scan skip most positions at once.
    listed = (
        rf"(?<![\w-])(?=[A-ZÅÄÖÉ]|[a-zåäö]*kommunerna\b)"
        rf"(?:{one}\s*,\s*{one}{tail}"  # three or more
        rf"|{one}{tail}\s+kommuner\b"  # "Norsjö och Malå kommuner"
        rf"|(?:[a-zåäö]*kommunerna)\s+{one}(?:{tail})?)(?![\w-])"  # "grannkommunerna Nybro och Mörbylånga"
    )
    return re.compile(listed), re.compile(rf"(?<![\w-])(?:{names})(?=s?(?![\w-]))")


def _listed_kommuner(text: str) -> list[tuple[int, str]]:
    """(offset, kommun) for names in lists of kommuner."""
    if not text:
        return []
    listed, name = _kommun_list_patterns()
    return [
        (m.start() + n.start(), n.group(0)) for m in listed.finditer(text) for n in name.finditer(m.group(0))
    ]


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
