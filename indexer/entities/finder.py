"""Finding the known people of one document in any text: full names (also genitive, hyphen, line-break or
inverted-list variants) and first names that only one of them has ("Elsy går igenom" -> Elsy Bäckström).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from indexer.entities.keys import NAME_SEP, ambiguous_first, person_key, soft_joined
from indexer.types import Person


class NameFinder:
    """Finds the known people of one document in any text: full names (also genitive, hyphen or line-break
    variants) and first names that only one of them has."""

    def __init__(self, persons: list[Person]) -> None:
        self.by_key: dict[str, Person] = {}
        forms: dict[str, str] = {}
        firsts: Counter[str] = Counter()
        for p in persons:
            self.by_key[person_key(p.name)] = p
            for n in (p.name, *p.spellings):
                forms[n] = person_key(p.name)
            firsts[p.name.split()[0]] += 1
        self.first: dict[str, str] = {}
        for p in persons:
            f = p.name.split()[0]
            if firsts[f] == 1 and f not in ambiguous_first():
                self.first[f] = person_key(p.name)
        alts = []
        for n in sorted(forms, key=len, reverse=True):
            parts = [re.escape(w) for w in re.split(r"[\s\-]+", n)]
            alts.append(NAME_SEP.join(parts))
        full = "|".join(alts) if alts else r"(?!x)x"
        first = "|".join(re.escape(f) for f in sorted(self.first, key=len, reverse=True)) or r"(?!x)x"
        self._full = re.compile(rf"(?<![\w\-])(?:{full})s?(?![\w\-])")
        self._first = re.compile(rf"(?<![\w\-] )(?<![\w\-])(?:{first})(?![\w\-])(?![ \t]+[A-ZÅÄÖ][a-zåäö])")
        self._forms = {re.sub(r"[\s\-]+", " ", k).casefold(): v for k, v in forms.items()}

    def by_surname(self, surname: str, party: str | None) -> Person | None:
        """The one known person whose name ends in `surname` (of `party` when given), or None: a vote
        list or table may print surnames alone ("Ek (S)")."""
        word = surname.casefold()
        hits = [
            p
            for p in self.by_key.values()
            if p.name.split()[-1].casefold() == word and (party is None or p.party in (None, party))
        ]
        return hits[0] if len(hits) == 1 else None

    def find(self, text: str) -> list[tuple[int, int, Person]]:
        """(start, end, person) for every mention in `text`, in order, non-overlapping; a name hyphenated
        over a line break ("Heidi Hankanen Äng-\nberg") is found, its span covering the break."""
        joined = soft_joined(text)
        if joined is None:
            return self._find(text)
        flat, keep = joined
        return [(keep[s], keep[e - 1] + 1, p) for s, e, p in self._find(flat)]

    def _find(self, text: str) -> list[tuple[int, int, Person]]:
        out: list[tuple[int, int, Person]] = []
        # Full-name matches come in order and never overlap: a bisection finds the one a first name is in.
        starts: list[int] = []
        ends: list[int] = []
        for m in self._full.finditer(text):
            raw = re.sub(NAME_SEP, " ", m.group(0)).casefold()
            key = self._forms.get(raw) or self._forms.get(raw[:-1])
            if key:
                out.append((m.start(), m.end(), self.by_key[key]))
                starts.append(m.start())
                ends.append(m.end())
        for m in self._first.finditer(text):
            i = bisect.bisect_right(starts, m.start())
            if i and m.start() < ends[i - 1]:
                continue
            out.append((m.start(), m.end(), self.by_key[self.first[m.group(0)]]))
        out.sort(key=lambda t: t[0])
        return out


def chair(persons: list[Person]) -> Person | None:
    """The chair of the meeting: the first person with the role ordförande."""
    return next((p for p in persons if "ordförande" in p.roles), None)
