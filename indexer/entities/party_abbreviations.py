"""A local party's name written out where the document gives no key to its code, and the code is no
string of the name's initials: "Sjukvårdspartiet Västernorrlands ledamöter reserverar sig" for SJVP.

Local parties shorten their names from the letters of a compound as often as from its words' initials
(SJVP: SJukvårdspartiet Västernorrland, the P of "partiet"). A name of capitalised words the document
names acting as a party (its members, a reservation, a note) is a local code's when the code starts with
the name's first letter, every word's initial is among the code's letters and every letter of the code
is in the name; only when exactly one of the document's codes fits it. A name that starts with a first
name is a person's, one that starts with a national party's name that party's.

A code of one letter ("D" for Demokraterna in Göteborg) abbreviates too little to fit by letters: its name
is one word shaped like a party's (a plural or "-partiet", "-listan": "Demokraterna") starting with the
letter, named right before the party's act ("Demokraterna lämnar en protokollsanteckning"), so that a
sentence's first word before a reservation ("Därefter reserverar sig …") is none.
"""

from __future__ import annotations

import re

from indexer.entities.names import is_first_name
from models import gazetteers

#: Capitalised words, the last one lazily ("Sjukvårdspartiet Västernorrlands ledamöter" names
#: "Sjukvårdspartiet Västernorrland"), with a lower-case "i"/"för"/"på" between.
_NAME = r"[A-ZÅÄÖ][a-zåäö\-]{3,}?(?:[ \t]+(?:(?:i|för|på)[ \t]+)?[A-ZÅÄÖ][a-zåäö\-]+?){0,3}"


#: One word shaped like a party's name after its capital: a plural in the definite form ("Demokraterna",
#: "Moderaterna"), or a party or a list ("Kommunpartiet", "Stadslistan").
_PARTY_WORD_TAIL = r"[a-zåäö\-]{3,}(?:[eao]rna|partiet|listan)"


def _fits(name: str, code: str) -> bool:
    """The code abbreviates the name: the same first letter, each word's initial in the code, each of
    the code's letters in the name."""
    words = [w for w in name.casefold().split() if w not in ("i", "för", "på")]
    c, letters = code.casefold(), name.casefold()
    return (
        bool(words)
        and c[0] == letters[0]
        and all(w[0] in c for w in words)
        and all(ch in letters for ch in c)
    )


def abbreviated_names(
    text: str, codes: frozenset[str] | set[str], acting: tuple[str, ...]
) -> set[tuple[str, str]]:
    """(name, code) of local parties named acting (`acting`, the words after a party's name that show it
    acting as one, right after it first, then with words between) whose code abbreviates the name (see
    the module docstring)."""
    wanted = {c for c in codes if 2 <= len(c) <= 5 and c.isupper()}
    national = gazetteers.party_forms()
    out: set[tuple[str, str]] = set()
    if not wanted:
        return out
    # the words right before the act first: with words allowed between, the lazy name stops at a
    # kommun's genitive ("Ljusnarsbergs Bygdepartiets ledamöter" would name "Ljusnarsberg")
    hits = [m for a in acting for m in re.finditer(rf"(?<![\wåäö])(?P<n>{_NAME})(?={a})", text)]
    for m in hits:
        words = m["n"].split()
        # the longest tail of the capitalised words: a heading run into the sentence ("Reservationer
        # Landsbygdspartiet Oberoendes ledamöter …", a web page's paragraph) is no part of the name
        for k in range(len(words)):
            name = " ".join(words[k:])
            if words[k] in ("i", "för", "på") or is_first_name(words[k]) or words[k].rstrip("s") in national:
                continue  # "Centerpartiets ledamöter" is the national party's, whatever local code fits
            if len(words) - k < 2 and len(name) < 6:
                break
            fitting = [c for c in wanted if _fits(name, c)]
            if len(fitting) == 1:
                out.add((name, fitting[0]))
                break
    return out


def one_letter_names(text: str, codes: frozenset[str] | set[str], acting_next: str) -> set[tuple[str, str]]:
    """(name, code) of local parties with a one-letter code named acting right before the act
    (`acting_next`), the name one word shaped like a party's (see the module docstring)."""
    national = gazetteers.party_forms()
    out: set[tuple[str, str]] = set()
    for code in codes:
        if not (len(code) == 1 and code.isupper()):
            continue
        for m in re.finditer(
            rf"(?<![\wåäö\-])(?P<n>{re.escape(code)}{_PARTY_WORD_TAIL})(?={acting_next})", text
        ):
            if m["n"] not in national and not is_first_name(m["n"]):
                out.add((m["n"], code))
    return out
