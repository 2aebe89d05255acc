"""An official's title printed before the name ("Föredragande: förvaltningschef Mikaela Strand",
"Ekonomichef Farhad Karimi informerar"), for a person no list gives a title: so "Förvaltningschefen
informerar" later in the document names her (`indexer.entities.rolewords`).

The weakest source of a title: a title after the name in a list or a sentence ("Mikaela Strand,
förvaltningschef") is read by the readers of people and always wins; this only fills a title they left
empty, from the heads that are nothing but a title (`officials.PURE_TITLES`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.entities.keys import NAME_SEP
from indexer.entities.officials import PURE_TITLES, alternation
from indexer.types import Person

#: One title word right before a name: "förvaltningschef", "Ekonomichef", "HR-chef", "tf. kommundirektör".
_TITLE = re.compile(
    rf"(?<![\wåäö\-])(?P<title>(?:[A-ZÅÄÖ]{{2,4}}-)?[A-ZÅÄÖa-zåäö][a-zåäö]*(?:{alternation(PURE_TITLES)}))"
    r"[ \t]+$"
)


def titles_before(persons: list[Person], text: str) -> list[Person]:
    """`persons`, each without a title given the one title printed right before their name, when every
    such printing gives the same title ("förvaltningschef Mikaela Strand" twice, never another)."""
    out = []
    for p in persons:
        if p.title or p.party or not p.name:
            out.append(p)
            continue
        name = NAME_SEP.join(re.escape(w) for w in p.name.split())
        found = {
            hit.group("title").casefold()
            for m in re.finditer(rf"(?<![\wåäö\-]){name}(?![\wåäö])", text)
            if (hit := _TITLE.search(text, max(0, m.start() - 40), m.start()))
        }
        out.append(replace(p, title=found.pop()) if len(found) == 1 else p)
    return out
