"""Who a vote list names: the document's people in full ("Anna Ek (S)"), inverted with or without a
comma ("Berg, Bo (M)", "Ek Anna"), or a surname alone with a party that fits one of them ("Ek (S)").

A name the document's people hold in both orders ("Berg Bo" read from an inverted list besides "Bo
Berg" of the attendance list) is the one whose first word is a first name. A member named right after
"ersättare för" / "i stället för", or before "ersatt av", was replaced and cast no vote.
"""

from __future__ import annotations

import re

from indexer.entities.finder import NameFinder
from indexer.entities.keys import person_key
from indexer.entities.names import TOKEN, is_first_name
from indexer.entities.parties import party_code
from indexer.types import Person

#: What stands before the name of a member an ersättare replaced: "ersättare för", "i stället för".
_REPLACED_BEFORE = re.compile(r"(?i)(?:\bför|\bersätter|\bers\.)[ \t]*\n?[ \t]*$")
#: What follows the name of a member an ersättare replaced: "Bo Berg (M), ersatt av Fredrik Nord (C)".
_REPLACED_AFTER = re.compile(
    r"(?i)[ \t]*(?:\([^()\n]{1,5}\))?[ \t]*[,(]?[ \t]*(?:ersatt|ersattes|ersätts) av\b"
)
#: Two name tokens, maybe a surname then first name(s): "Berg, Bo", "Ek Anna", "Lind, Karl-Erik Johan".
#: A lookahead, so every pair is tried (overlapping).
_PAIR = re.compile(rf"(?<![\w\-])(?=(?P<s>{TOKEN})(?:,[ \t]*|[ \t]+)(?P<f>{TOKEN})(?P<f2>[ \t]+{TOKEN})?)")
#: A surname alone with its party in a list: "Ek (S)".
_SURNAME = re.compile(r"(?<![\w\-] )(?<![\w\-])(?P<s>[A-ZÅÄÖ][\w\-]+)[ \t]*\((?P<p>[^()\n]{1,4})\)")


def full_names(text: str, finder: NameFinder) -> list[tuple[int, int, Person]]:
    """The people named in full in `text` (a first name alone is too weak for a vote), each the
    upright one of a name the document holds in both orders (`upright`)."""
    found = finder.find(text)
    return [(s, e, upright(p, finder)) for s, e, p in found if len(text[s:e].split()) > 1 or "," in text[s:e]]


#: An inverted name in a list: "Berg, Bo (M); Holm, Cecilia (M)", "Ek, Anna Maria".
_INVERTED = re.compile(
    r"(?<![\w\-])(?P<s>[A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+)?),[ \t]*"
    r"(?P<f>[A-ZÅÄÖ][a-zåäöéü\-]+(?:[ \-][A-ZÅÄÖ][a-zåäöéü]+)?)"
)
#: A surname alone with its party in a list: "Ek (S)".
_SURNAME = re.compile(r"(?<![\w\-] )(?<![\w\-])(?P<s>[A-ZÅÄÖ][\w\-]+)[ \t]*\((?P<p>[^()\n]{1,4})\)")


def listed_names(text: str, finder: NameFinder) -> list[tuple[int, int, Person]]:
    """The people of a vote list (see the module docstring), in the order printed."""
    # "Fredrik Nord (C), ersättare för Bo Berg (M)": the member replaced did not vote
    found = [
        (s, e, p)
        for s, e, p in full_names(text, finder)
        if not _REPLACED_BEFORE.search(text, 0, s) and not _REPLACED_AFTER.match(text, e)
    ]
    spans = [(s, e) for s, e, _ in found]
    for s, e, known in _inverted(text, finder):
        if not any(a < e and s < b for a, b in spans):
            found.append((s, e, known))
            spans.append((s, e))
    for m in _SURNAME.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        p = finder.by_surname(m.group("s"), party_code(m.group("p")))
        if p is not None:
            found.append((m.start(), m.end(), p))
    return sorted(found, key=lambda t: t[0])


def _inverted(text: str, finder: NameFinder) -> list[tuple[int, int, Person]]:
    """Known people printed surname first: "Berg, Bo", "Ek Anna", "Lind, Karl Erik"."""
    out: list[tuple[int, int, Person]] = []
    for m in _PAIR.finditer(text):
        tries = [(m.group("f") + (m.group("f2") or ""), m.end("f2"))] if m.group("f2") else []
        for first, end in [*tries, (m.group("f"), m.end("f"))]:
            known = finder.by_key.get(person_key(f"{first} {m.group('s')}"))
            if known is not None and (not out or out[-1][1] <= m.start("s")):
                out.append((m.start("s"), end, known))
                break
    return out


def upright(p: Person, finder: NameFinder) -> Person:
    """The person a name printed in both orders is: "Berg Bo" is Bo Berg when the document also names a
    Bo Berg, "Bo" is a first name and "Berg" is not (or is one too, but only Bo Berg has a party)."""
    words = p.name.split()
    if len(words) != 2 or not is_first_name(words[1]):
        return p
    other = finder.by_key.get(person_key(f"{words[1]} {words[0]}"))
    if other is None or (is_first_name(words[0]) and not (other.party and not p.party)):
        return p
    return other
