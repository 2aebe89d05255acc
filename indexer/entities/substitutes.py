"""Whom a serving substitute (tjänstgörande ersättare) replaced: "Berit Bergström (M) ersätter Axel ...".

Minutes print the pair on the attendance line, the replaced member's name whole ("ersätter Paul
Svensson (M)", "för Maria Lind") or, in a two-column layout, broken over two lines ("... Berit
Bergström (M) ersätter Axel" / "Storckenfeldt (M)", see `indexer.entities.signatures`). Both people
must already be among the document's persons; a pair that names someone the document does not
list is left out rather than guessed.
"""

from __future__ import annotations

import re

from indexer.types import Person

#: "(M) ersätter Axel", "(S), för Per Olsson": a party, then the replaced name. Anchored on the party
#: bracket, so a long line costs one pass (the name before it is read from the line start).
_PAIR = re.compile(
    r"\([^()\n]{1,8}\)[ \t]*,?[ \t]*(?:ersätter|för)[ \t]+"
    r"(?P<first>[A-ZÅÄÖÉ][\w-]+)(?:[ \t]+(?P<last>[A-ZÅÄÖÉ][\w-]+))?[ \t]*(?:\(|,|$)",
    re.M,
)
_BEFORE_PARTY = re.compile(r"([A-ZÅÄÖÉ][\w-]+)\s*\(")


def _ending(text: str, persons: list[Person]) -> Person | None:
    """The person whose name ends `text` (the longest such name)."""
    hits = [p for p in persons if text.rstrip().endswith(p.name)]
    return max(hits, key=lambda p: len(p.name), default=None)


def mark_substitutes(persons: list[Person], text: str) -> None:
    """Set `Person.replaces` of each serving substitute whose pair `text` prints (in place)."""
    by_name = {p.name: p for p in persons}
    for m in _PAIR.finditer(text):
        sub = _ending(text[text.rfind("\n", 0, m.start()) + 1 : m.start()], persons)
        if sub is None:
            continue
        first, last = m.group("first"), m.group("last")
        if last is not None:
            lasts = [last]
        else:  # the surname is on the next line, maybe after the other column's text
            nxt = text[m.end() :].split("\n", 2)
            lasts = _BEFORE_PARTY.findall(nxt[1] if len(nxt) > 1 else "")
        replaced = next((by_name[f"{first} {x}"] for x in lasts if f"{first} {x}" in by_name), None)
        if replaced is not None and replaced is not sub:
            sub.replaces = replaced.name
