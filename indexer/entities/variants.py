"""One person for the printed variants of a name in one document: a genitive ("Renée Sylvans"), a first
name spelled longer or shorter ("Helene Thylin" signing for "Helen Thylin (S)"), a middle name left out
("Jonas Holm" for "Jonas Fredrik Holm" when no one else has that first name and surname), a one-letter slip
("Janine Alm Ericsson (MP)" for "Janine Alm Ericson (MP)"), the tail of a name broken over a line
("Christian Berlin (L)" after "Jens" at a line end), and a stray capitalised word after a known name.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from rapidfuzz.distance import Levenshtein

from indexer.entities.keys import NAME_SEP, parties_compatible, person_key
from indexer.types import Person


def merge_variants(persons: list[Person], listed: set[str] | frozenset[str] = frozenset()) -> list[Person]:
    """Fold printed variants into one person: a genitive ("Renée Sylvans" -> "Renée Sylvan"), a one-letter
    slip, and a first name spelled longer or shorter with the same surname and no conflicting party
    ("Helene Thylin" on the signature page of "Helen Thylin (S)"). Two people both in the attendance
    list (`listed`: their name keys) are never folded: "Anna Karlsson (S)" and "Anna Carlsson (S)" may
    sit in one council."""
    by_key = {person_key(p.name): p for p in persons}
    slips = _SlipIndex()
    out: list[Person] = []
    for p in persons:
        target = _variant_of(p, by_key, slips, listed)
        slips.add(p)
        if target is not None and parties_compatible(target.party, p.party):
            target.spellings = sorted({*target.spellings, p.name, *p.spellings})
            for r in p.roles:
                if r not in target.roles and r != "föredragande":
                    target.roles.append(r)
            continue
        out.append(p)
    return out


class _SlipIndex:
    """The people seen so far, found again by a name one letter apart: every later word of a name is
    indexed with each of its one-letter deletions, which a word one edit away shares."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, ...], list[Person]] = {}

    @staticmethod
    def _keys(words: list[str]) -> set[tuple[str, ...]]:
        out = set()
        for j in range(1, len(words)):
            w = words[j]
            for d in {w, *(w[:i] + w[i + 1 :] for i in range(len(w)))}:
                out.add((*words[:j], "\0" + d, *words[j + 1 :]))
        return out

    def add(self, p: Person) -> None:
        for key in self._keys(person_key(p.name).split(" ")):
            self.keys.setdefault(key, []).append(p)

    def near(self, words: list[str]) -> list[Person]:
        seen: dict[int, Person] = {}
        for key in self._keys(words):
            for o in self.keys.get(key, ()):
                seen.setdefault(id(o), o)
        return list(seen.values())


def _variant_of(
    p: Person, by_key: dict[str, Person], slips: _SlipIndex, listed: AbstractSet[str]
) -> Person | None:
    k = person_key(p.name)
    if k.endswith("s") and k[:-1] in by_key:
        return by_key[k[:-1]]
    words = k.split(" ")
    for o in slips.near(words):  # only people listed earlier, so two variants never fold into each other
        # "Stina Peterson" / "Stina Petersson", "Janine Alm Ericsson (MP)": a typo or an OCR slip of a listed
        # name; two people both in the attendance list stay two
        ok = person_key(o.name)
        if (
            not (k in listed and ok in listed)
            and _one_letter_apart(ok.split(" "), words)
            and parties_compatible(o.party, p.party)
        ):
            return o
    if k not in listed and (fuller := _fuller_form(p, words, by_key)) is not None:
        return fuller  # "Jonas Holm (S) yrkar" for "Jonas Fredrik Holm (S)" of the attendance list
    if p.party is not None:
        return None
    for ok, o in by_key.items():
        if o is p:
            break
        ow = ok.split(" ")
        if o.party is None:
            continue
        longer_first = ow[0].startswith(words[0]) or words[0].startswith(ow[0])
        if (
            ow[-1] == words[-1]
            and ow[0] != words[0]
            and longer_first
            and abs(len(ow[0]) - len(words[0])) <= 2
        ):
            return o  # "Helene Thylin" signing for "Helen Thylin (S)"
        if ow[0] == words[0] and ow[-1] == words[-1] and len(ow) != len(words):
            return o  # "Maria Pia Gathendahl" signing for "Maria Gathendahl (M)"
    return None


def _fuller_form(p: Person, words: list[str], by_key: dict[str, Person]) -> Person | None:
    """The one person of the document whose name is `words` with a middle name more ("Jonas Fredrik Holm"
    for "Jonas Holm"), of a compatible party; None when there is none or more than one (then the short
    form does not tell whom it names)."""
    hits = [
        o
        for ok, o in by_key.items()
        if o is not p and len(ow := ok.split(" ")) > len(words) and ow[0] == words[0] and ow[-1] == words[-1]
    ]
    if len(hits) == 1 and parties_compatible(hits[0].party, p.party):
        return hits[0]
    return None


def _one_letter_apart(a: list[str], b: list[str]) -> bool:
    """Same first name and word count, and one later word spelled one letter apart (both 6+ letters)."""
    if len(a) != len(b) or len(a) < 2 or a[0] != b[0]:
        return False
    diff = [(x, y) for x, y in zip(a[1:], b[1:], strict=True) if x != y]
    if len(diff) != 1 or min(map(len, diff[0])) < 6:
        return False
    x, y = diff[0]
    # "Anderssons" is the genitive of "Andersson", folded the other way round (see `_variant_of`)
    return x + "s" != y and y + "s" != x and Levenshtein.distance(x, y) == 1


def fold_truncated(persons: list[Person], text: str) -> list[Person]:
    """Drop a name that is only ever printed as the tail of a longer known name: "France Mulumba (KD)" after
    "Lady" in running text, "Christian Berlin (L)" with "Jens" ending the line before. Checked on the text:
    every printing of the short name must have the long name's first word(s) right before it."""
    words = {id(p): person_key(p.name).split(" ") for p in persons}
    tails: dict[tuple[str, ...], list[Person]] = {}
    for o in persons:
        w = words[id(o)]
        for k in range(1, len(w) - 1):  # the proper tails of two words or more
            tails.setdefault(tuple(w[k:]), []).append(o)
    out = []
    for p in persons:
        longer = next(
            (o for o in tails.get(tuple(words[id(p)]), ()) if parties_compatible(o.party, p.party)), None
        )
        if longer is not None and _always_after(text, p.name, longer.name):
            longer.spellings = sorted({*longer.spellings, *p.spellings})
            continue
        out.append(p)
    return out


def _always_after(text: str, short: str, full: str) -> bool:
    sep = NAME_SEP
    tail = sep.join(re.escape(w) for w in re.split(r"[\s\-]+", short))
    head = sep.join(re.escape(w) for w in re.split(r"[\s\-]+", full)[: -len(short.split())])
    n_short = len(re.findall(rf"(?<![\w\-]){tail}(?![\w\-])", text))
    # an agenda table may print its "§ 65" cell on a line between a title's wrapped lines
    gap = rf"(?:{sep}|[ \t]*\n[ \t]*§[ \t]*\d+[ \t]*\n[ \t]*)"
    n_full = len(re.findall(rf"(?<![\w\-]){head}{gap}{tail}(?![\w\-])", text))
    return n_short == n_full


def drop_contained(persons: list[Person]) -> list[Person]:
    """Drop a party-less run that is a known name plus a stray capitalised word ("Lisa Andersson Vidare")
    or a piece of a known name broken over a line ("Karin Granberg" of "Anna-\nKarin Granberg (SD)")."""
    keys = {person_key(p.name) for p in persons}
    out = []
    for p in persons:
        k = person_key(p.name)
        if not p.party and any(
            k != o and (k.startswith(o + " ") or o.endswith(" " + k) or o.startswith(k + " ")) for o in keys
        ):
            continue
        out.append(p)
    return out
