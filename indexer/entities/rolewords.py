"""People named by their role instead of their name: "Ordföranden", "vice ordförande", "Förvaltningschefen",
"Kommundirektörens information".

A protocol refers to its chair, vice chair and officials by role as often as by name. The document's own
attendance list says who holds the role ("Karin Alvermalm (förvaltningschef)"), so a role word is read as
that person when exactly one person of the document holds it; a role two people share names no one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from indexer.types import Person

#: "Ordföranden", "Ordförande (M)", "Nämndsordföranden" used as a name — not "vice ordförande", not
#: "Ordförande Anna Ek" (the name follows and is read itself), not "kommunstyrelsens ordförande" (another
#: body's chair).
_CHAIR = (
    r"(?<![\wåäö])(?<!vice )(?<!Vice )(?<!s )(?:[Oo]rdförande(?:n)?|[Nn]ämndsordförande(?:n)?"
    r"|[Mm]ötesordförande(?:n)?)(?![\wåäö])"
)
_VICE = (
    r"(?<![\wåäö])(?:(?:1:e|[Ff]örste|[Ff]örsta)\s+)?(?<!2:e )(?<!andre )"
    r"[Vv]ice\s+ordförande(?:n)?(?![\wåäö])"
)
#: What may follow a role word that names someone: not a capitalised name or a bracket other than a party.
_NOT_NAMED = r"(?:\s*\([^()]{1,4}\))?(?!\s+(?:[A-ZÅÄÖ]|\((?![^()]{1,4}\))))"
#: After an official's title that names its holder: no name ("Verksamhetschef Peter Sandberg",
#: "budgetstrateg⏎Per Holm": the title is that name's, not the holder's); on the next line only two
#: capitalised words are a name ("Information från förvaltningschefen⏎B/ Information om …" names her).
_NO_NAME_AFTER = r"(?![ \t]+[A-ZÅÄÖ])(?![ \t]*\n[ \t]*[A-ZÅÄÖ][a-zåäöéü\-]+[ \t]+[A-ZÅÄÖ][a-zåäöéü])"
#: Role heads of officials' titles that are read as one person ("förvaltningschef", "kommundirektör").
_TITLE_HEAD = re.compile(
    r"^(?:tf\.?\s+|t\.f\.\s+|biträdande\s+)?(?P<head>[a-zåäö]+(?:chef|direktör|sekreterare|jurist|controller"
    r"|ekonom|strateg|ordförande))\b",
    re.IGNORECASE,
)


@dataclass
class RoleMention:
    """A role word in a text that names one person."""

    start: int
    end: int
    person: Person


class RoleWords:
    """The role words of one document and the person each names."""

    def __init__(self, persons: list[Person]) -> None:
        self.chair = next((p for p in persons if "ordförande" in p.roles), None)
        vice = [p for p in persons if "vice ordförande" in p.roles]
        self.vice = vice[0] if len(vice) == 1 else None
        holders: dict[str, list[Person]] = defaultdict(list)
        for p in persons:
            head = _TITLE_HEAD.match(p.title or "")
            if head and not p.party:
                holders[head.group("head").casefold()].append(p)
        self.titles = {h: ps[0] for h, ps in holders.items() if len(ps) == 1 and not h.endswith("ordförande")}
        parts = [rf"(?P<chair>{_CHAIR}){_NOT_NAMED}", rf"(?P<vice>{_VICE}){_NOT_NAMED}"]
        if self.titles:
            alts = "|".join(re.escape(h[1:]) for h in sorted(self.titles, key=len, reverse=True))
            parts.append(
                rf"(?P<title>(?<![\wåäö])[{_firsts(self.titles)}](?:{alts})(?:en|n)?(?::?s)?)(?![\wåäö])"
                + _NO_NAME_AFTER
            )
        self._re = re.compile("|".join(parts))

    def find(self, text: str) -> Iterator[RoleMention]:
        """Role words in `text` that name one person of the document, in order."""
        for m in self._re.finditer(text):
            person = self._person(m)
            if person is not None:
                yield RoleMention(m.start(), m.end(), person)

    def _person(self, m: re.Match[str]) -> Person | None:
        if m.group("chair"):
            return self.chair
        if m.group("vice"):
            return self.vice
        word = m.group("title").casefold().rstrip("s").rstrip(":")
        for head, person in self.titles.items():
            if word in (head, head + "en", head + "n"):
                return person
        return None


def _firsts(titles: dict[str, Person]) -> str:
    """The character class of the titles' first letters in both cases."""
    return "".join(sorted({c for h in titles for c in (h[0], h[0].upper())}))
