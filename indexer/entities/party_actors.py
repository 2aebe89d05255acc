"""A party acting as a whole: "Ledamöterna från SD reserverar sig", "Socialdemokraterna lämnar följande
protokollsanteckning", "SD-gruppen", "Vänsterpartiets ledamöter", "(M)-gruppen".

The party is named by its name (from the gazetteer, local parties included, the document's own local
codes and the local parties' names it prints beside them, "HP = Håbopartiet") or by its code in a phrase
that can only mean the party's members; a bare code is read only in such a phrase, or opening a sentence
in a list of codes or right before a reservation or a note ("SD reserverar sig", "M, KD och L reserverar
sig"): single letters elsewhere are too common to trust.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.entities.parties import current_local_names, printed_code
from models import gazetteers

#: Between the parties of one list: a comma, "och", "samt".
_AND = r"(?:\s*,\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+)"
#: The acts a party's bare code may open a sentence with: reserving, noting.
_ACTS = (
    r"(?:reserverar|reserverade|lämnar (?:en |ett |följande )?(?:protokollsanteckning|reservation|särskilt))"
)
#: Words for a party's members after a genitive: "Sverigedemokraternas ledamöter", "S:s grupp".
_MEMBERS = (
    r"(?:ledamöter(?:na)?|ledamot(?:en)?|(?:fullmäktige|nämnd|parti)?grupp(?:en|er(?:na)?)?|företrädare"
    r"|representanter)"
)


@lru_cache(maxsize=8)
def _alternatives(local: frozenset[str], local_names: frozenset[tuple[str, str]]) -> tuple[str, str]:
    """Regex alternatives of the party names and of the party codes (bare or in brackets)."""
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for form, code in gazetteers.party_forms().items():
        if len(form) > 4:
            names[form] = code
        elif form.isupper():
            codes[form] = code
    for code in local:
        codes.setdefault(code, code)
    for name, code in local_names:
        names.setdefault(name, code)
    name_alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    code_alt = "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
    return name_alt, rf"(?:\((?:{code_alt})\)|(?:{code_alt}))"


@lru_cache(maxsize=8)
def _party_re(local: frozenset[str], local_names: frozenset[tuple[str, str]]) -> re.Pattern[str]:
    name_alt, code = _alternatives(local, local_names)
    return re.compile(
        rf"(?<![\wåäö])(?:"
        # "Ledamöterna från SD", "ledamöterna i Socialdemokraterna", "Företrädarna för (V)"
        rf"(?:[Ll]edamöter(?:na)?|[Ff]öreträdar(?:e|na)|[Rr]epresentant(?:er|erna)|[Gg]ruppen)\s+(?:från|för|i|ur)\s+"
        rf"(?P<a>{name_alt}|{code})"
        # "Sverigedemokraternas ledamöter", "SD:s ledamöter", "S-gruppen", "(M)-gruppen"
        # "M-ledamöterna", "M-, KD- och L-ledamöterna" (the list's earlier codes: the chain before it)
        rf"|(?P<b>{name_alt})s\s+{_MEMBERS}|(?P<c>{code}):s\s+{_MEMBERS}|(?P<d>{code})-{_MEMBERS}"
        # "Socialdemokraterna", "Moderaterna och Liberalerna" as a subject
        rf"|(?P<e>{name_alt})"
        # a bare code opening a sentence right before a reservation or a note: "SD reserverar sig",
        # "M, KD och L reserverar sig" (the list's later codes are read by the chain after it)
        rf"|(?:^|(?<=[\n.:]\s)|(?<=\n))(?P<f>{code})(?={_AND}{code}|\s+{_ACTS})"
        rf")(?![\wåäö])"
    )


@lru_cache(maxsize=8)
def _chain_res(
    local: frozenset[str], local_names: frozenset[tuple[str, str]]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The party before a genitive list's next one ("Moderaternas, " before "Liberalernas ledamöter"),
    and the party after a "från" list's last one ("SD" then ", V och MP")."""
    name_alt, code = _alternatives(local, local_names)
    before = re.compile(rf"(?<![\wåäö])(?:(?P<g>{name_alt})s|(?P<h>{code}):s|(?P<k>{code})-){_AND}$")
    after = re.compile(rf"{_AND}(?P<g>{name_alt}|{code})(?![\wåäö])")
    return before, after


def party_actors(
    text: str, local: frozenset[str] = frozenset(), local_names: frozenset[tuple[str, str]] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, party code) for every party named as an actor in `text`, in order; every party of a
    list ("Moderaternas, Liberalernas och Kristdemokraternas ledamöter", "Ledamöterna från S, V och
    MP") on its own.

    Args:
        text: An item's text.
        local: The document's local party codes (party codes of its attendance list that are no
            national party's).
        local_names: The local parties' written-out names, (name, code) ("Håbopartiet", "HP"); by
            default those of the document being read (`indexer.entities.parties.current_local_names`).
    """
    if local_names is None:
        local_names = current_local_names()
    by_name = dict(local_names)
    out = []
    before, after = _chain_res(local, local_names)
    for m in _party_re(local, local_names).finditer(text):
        raw = next(g for g in m.groups() if g)
        found = [(m.start(), m.end(), raw)]
        if m.group("b") or m.group("c") or m.group("d"):
            pos = m.start()
            while (k := before.search(text, max(0, pos - 80), pos)) is not None:
                name = k.group("g") or k.group("h") or k.group("k")
                end = k.end("g") + 1 if k.group("g") else k.end("h") + 2 if k.group("h") else k.end("k") + 1
                found.insert(0, (k.start(), end, name))
                pos = k.start()
        elif m.group("a") or m.group("f"):
            pos = m.end()
            while (k := after.match(text, pos)) is not None:
                found.append((k.start("g"), k.end(), k.group("g")))
                pos = k.end()
        for s, e, name in found:
            printed = name.strip("()")
            out.append((s, e, printed_code(printed) or by_name.get(printed, printed)))
    return out
