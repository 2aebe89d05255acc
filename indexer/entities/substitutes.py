"""Whom a serving substitute (tjänstgörande ersättare) replaced: "Berit Bergström (M) ersätter Axel ...".

Minutes print the pair on the attendance line, the replaced member's name whole ("ersätter Paul
Svensson (M)", "för Maria Lind") or, in a two-column layout, broken over two lines ("... Berit
Bergström (M) ersätter Axel" / "Storckenfeldt (M)", see `indexer.entities.signatures`). The
substitute must be among the document's persons; the replaced member usually is not (an absent member
does not take part), so their name is read from the line: whole, or its surname from the start of the
next line, where the broken name continues in the same column.
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
            line = nxt[1] if len(nxt) > 1 else ""
            # A surname that ends a listed person's name printed on that line is the other column's.
            lasts = [
                x for x in _BEFORE_PARTY.findall(line)
                if not any(p.name.endswith(" " + x) and p.name in line for p in persons)
            ]  # fmt: skip
        names = [f"{first} {x}" for x in lasts]
        # A listed person first (the old layout listed replaced members too), else the same column's name.
        replaced = next((n for n in names if n in by_name), names[0] if names else None)
        if replaced is not None and replaced != sub.name:
            sub.replaces = replaced
