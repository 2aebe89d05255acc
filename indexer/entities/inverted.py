"""Inverted names in lists: "Pamp, Eva-Lotta (M)", "Andersson, Anna   S   ordförande", "| Ek, Bo | S | X |".

Voting lists, attendance tables and registers often print the surname first. A line-initial (or cell-
initial) "Surname, Firstname" is read as a person when the first name is known and the surname is not
one, and the line is list-like: a party follows, or the document prints the same shape on two or more
lines. The mention keeps the printed form, so the name is found again in that form in item texts.
"""

from __future__ import annotations

import re

from indexer.entities.attendance import parse_tail
from indexer.entities.names import TOKEN, Mention, is_first_name, is_stop_token
from indexer.entities.parties import party_code

#: "Surname[ Surname], First[ Second]" at the start of a line or a table cell, then a list-like ending.
_INVERTED = re.compile(
    rf"(?:^|(?<=\|)|(?<=\t))[ \t]*(?P<last>{TOKEN}(?: {TOKEN})?),[ \t]+(?P<first>{TOKEN}(?: {TOKEN})?)"
    r"(?=[ \t]*(?:\((?P<party>[^()\n]{1,4})\)|$|\t|\||[ \t]{2,}|,))",
    re.MULTILINE,
)


def inverted_mentions(text: str) -> list[Mention]:
    """People printed "Surname, Firstname" in lists (see the module docstring)."""
    candidates = []
    for m in _INVERTED.finditer(text):
        first, last = m.group("first").split(" "), m.group("last").split(" ")
        if not is_first_name(first[0]) or any(is_first_name(w) or is_stop_token(w) for w in last):
            continue
        if any(is_stop_token(w) for w in first):
            continue
        candidates.append(m)
    if not candidates:
        return []
    out = []
    for m in candidates:
        party = party_code(m.group("party")) if m.group("party") else None
        if party is None and len(candidates) < 2:
            continue
        name = f"{m.group('first')} {m.group('last')}"
        printed = text[m.start("last") : m.end("first")]
        mention = Mention(name=name, start=m.start("last"), end=m.end("first"), party=party, printed=printed)
        line_end = text.find("\n", m.end())
        parse_tail(text[m.end() : line_end if line_end >= 0 else len(text)], mention)  # "(M) ordförande"
        out.append(mention)
    return out
