"""A party acting as a whole: "Ledamöterna från SD reserverar sig", "Socialdemokraterna lämnar följande
protokollsanteckning", "SD-gruppen", "Vänsterpartiets ledamöter", "(M)-gruppen".

The party is named by its name (from the gazetteer, local parties included, and the document's own local
codes) or by its code in a phrase that can only mean the party's members; a bare code ("S reserverar sig")
is read only in such a phrase, never alone, as single letters are too common to trust.
"""

from __future__ import annotations

import re
from functools import lru_cache

from models import gazetteers

#: Words for a party's members after a genitive: "Sverigedemokraternas ledamöter", "S:s grupp".
_MEMBERS = r"(?:ledamöter(?:na)?|ledamot|grupp(?:en)?|företrädare|representanter|fullmäktigegrupp|nämndgrupp)"


@lru_cache(maxsize=8)
def _party_re(local: frozenset[str]) -> re.Pattern[str]:
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for form, code in gazetteers.party_forms().items():
        if len(form) > 4:
            names[form] = code
        elif form.isupper():
            codes[form] = code
    for code in local:
        codes.setdefault(code, code)
    name_alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    code_alt = "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
    code = rf"(?:\((?:{code_alt})\)|(?:{code_alt}))"
    return re.compile(
        rf"(?<![\wåäö])(?:"
        # "Ledamöterna från SD", "ledamöterna i Socialdemokraterna", "Företrädarna för (V)"
        rf"(?:[Ll]edamöter(?:na)?|[Ff]öreträdar(?:e|na)|[Rr]epresentant(?:er|erna)|[Gg]ruppen)\s+(?:från|för|i|ur)\s+"
        rf"(?P<a>{name_alt}|{code})"
        # "Sverigedemokraternas ledamöter", "SD:s ledamöter", "S-gruppen", "(M)-gruppen"
        rf"|(?P<b>{name_alt})s\s+{_MEMBERS}|(?P<c>{code}):s\s+{_MEMBERS}|(?P<d>{code})-grupp(?:en)?"
        # "Socialdemokraterna", "Moderaterna och Liberalerna" as a subject
        rf"|(?P<e>{name_alt})"
        rf")(?![\wåäö])"
    )


def party_actors(text: str, local: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, party code) for every party named as an actor in `text`, in order.

    Args:
        text: An item's text.
        local: The document's local party codes (party codes of its attendance list that are no
            national party's).
    """
    out = []
    for m in _party_re(local).finditer(text):
        raw = next(g for g in m.groups() if g)
        code = gazetteers.normalize_party(raw.strip("()")) or raw.strip("()")
        out.append((m.start(), m.end(), code))
    return out
