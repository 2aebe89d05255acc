"""One person for the printed variants of a name in one document: a genitive ("Renée Sylvans"), a first
name spelled longer or shorter ("Helene Thylin" signing for "Helen Thylin (S)"), a one-letter slip
("Janine Alm Ericsson (MP)" for "Janine Alm Ericson (MP)"), the tail of a name broken over a line
("Christian Berlin (L)" after "Jens" at a line end), and a stray capitalised word after a known name.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from indexer.entities.keys import NAME_SEP, parties_compatible, person_key
from indexer.types import Person


def merge_variants(persons: list[Person]) -> list[Person]:
    """Fold printed variants into one person: a genitive ("Renée Sylvans" -> "Renée Sylvan") and a first
    name spelled longer or shorter with the same surname and no conflicting party ("Helene Thylin" on the
    signature page of "Helen Thylin (S)")."""
    by_key = {person_key(p.name): p for p in persons}
    out: list[Person] = []
    for p in persons:
        target = _variant_of(p, by_key)
        if target is not None and parties_compatible(target.party, p.party):
            target.spellings = sorted({*target.spellings, p.name, *p.spellings})
            for r in p.roles:
                if r not in target.roles and r != "föredragande":
                    target.roles.append(r)
            continue
        out.append(p)
    return out


def _variant_of(p: Person, by_key: dict[str, Person]) -> Person | None:
    k = person_key(p.name)
    if k.endswith("s") and k[:-1] in by_key:
        return by_key[k[:-1]]
    words = k.split(" ")
    for ok, o in by_key.items():
        if o is p:
            break  # only fold into people listed earlier, so two variants never fold into each other
        ow = ok.split(" ")
        if _one_letter_apart(ow, words) and parties_compatible(o.party, p.party):
            return (
                o  # "Stina Peterson" / "Stina Petersson", "Janine Alm Ericsson (MP)": a typo or an OCR slip
            )
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
    by_words = {p.name: person_key(p.name).split(" ") for p in persons}
    out = []
    for p in persons:
        short = by_words[p.name]
        longer = next(
            (
                o
                for o in persons
                if o is not p
                and len(by_words[o.name]) > len(short)
                and by_words[o.name][-len(short) :] == short
                and parties_compatible(o.party, p.party)
            ),
            None,
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
    n_full = len(re.findall(rf"(?<![\w\-]){head}{sep}{tail}(?![\w\-])", text))
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
