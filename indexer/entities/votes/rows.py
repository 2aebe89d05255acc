"""Votes printed a voter per line with the vote word at its end ("Anna Ek (S)   Ja", "Ek, Anna, M – nej"),
or as name-vote pairs in a sentence or in the columns of a text layout ("Anna Ek (S) ja, Bo Berg (M) nej")."""

from __future__ import annotations

import re

from indexer.entities.finder import NameFinder
from indexer.entities.serving import REPLACES, SUBSTITUTE
from indexer.entities.votes.lists import WORD_VOTE
from indexer.entities.votes.voters import full_names
from indexer.segment.marks import LEAD
from indexer.types import Vote

#: A line naming one voter and the vote at its end: "Anna Ek (S)   Ja", "Ek, Anna, M – nej".
_ROW_VOTE = re.compile(
    rf"(?im)^{LEAD}(?P<who>[^\n]+?)[ \t]*(?:[\t:–-]|[ ]{{2,}}|(?<=\)) )[ \t]*"
    r"(?P<v>ja|nej|avstår|avstod|avstår från att rösta)[ \t]*\.?[ \t]*$"
)
#: What a voter line may print besides the name: party (in brackets or a column), a role (a serving
#: ersättare's spelled any way: "tjg ers").
_ROW_REST = re.compile(rf"(?i)^[\s,(]*(?:[a-zåäö]{{1,4}})?[\s,)]*(?:ordförande|ledamot|{SUBSTITUTE})?[\s,]*$")
#: A voter line's serving ersättare naming the member they serve for: "Karin Björk (SD), tjg ers för
#: Lars Öst (SD) – Nej" is Karin Björk's vote; the member served for (maybe none of the document's
#: people) is left out.
_SERVES = re.compile(rf"(?i)(?<![\wåäö]){REPLACES}[ \t]")


def row_votes(text: str, finder: NameFinder, first_round: int) -> list[Vote]:
    """Votes printed a voter per line with the vote word at its end, without a table header
    ("Anna Ek (S)  Ja"): two such lines at least; a run of them is one omröstning, the next run (after
    a line of other text) the next one."""
    rows: list[tuple[int, Vote]] = []
    for m in _ROW_VOTE.finditer(text):
        who = m.group("who")
        if serves := _SERVES.search(who):
            who = who[: serves.start()]
        found = full_names(who, finder)
        if len(found) != 1:
            continue
        s, e, p = found[0]
        if not _ROW_REST.match(who[:s] + " " + who[e:]):
            continue
        vote = WORD_VOTE.get(m.group("v").casefold().split()[0], "avstår")
        rows.append((m.start(), Vote(person=p.name, vote=vote, party=p.party)))
    inline = _inline_votes(text, finder)  # pairs in a sentence or in columns of a text layout
    rows = inline if len(inline) > len(rows) else rows
    if len(rows) < 2:
        return []
    rnd = first_round
    for k, (at, v) in enumerate(rows):
        if k and text[rows[k - 1][0] : at].count("\n") > 1 and _other_text(text, rows[k - 1][0], at):
            rnd += 1
        v.round = rnd
    return [v for _, v in rows]


#: The vote right after a name in a list of name-vote pairs: "Anna Ek (S) ja, Bo Berg (M) nej".
_VOTE_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,5}\))?[ \t]*[,:–-]?[ \t]*(?P<v>ja|nej|avstår|avstod)"
    r"(?=[ \t]*(?:[,;.]|\n|$|och\b|samt\b)|\t|[ ]{2,})",
    re.IGNORECASE,
)


def _inline_votes(text: str, finder: NameFinder) -> list[tuple[int, Vote]]:
    """Name-vote pairs in a sentence: "Omröstningsresultat: Anna Ek (S) ja, Bo Berg (M) nej och …";
    each pair after a colon or another pair (not a name inside prose)."""
    out: list[tuple[int, Vote]] = []
    last_end = -1
    for s, e, p in full_names(text, finder):
        m = _VOTE_AFTER.match(text, e)
        if m is None:
            continue
        before = text[max(0, s - 6) : s]
        listed = last_end >= 0 and re.fullmatch(r"\s*(?:[,;]|och|samt)?\s*", text[last_end:s]) is not None
        if listed or re.search(r"[:\n][ \t]*$", before) or s == 0:
            vote = WORD_VOTE[m.group("v").casefold()]
            out.append((s, Vote(person=p.name, vote=vote, party=p.party)))
            last_end = m.end()
    return out


def _other_text(text: str, a: int, b: int) -> bool:
    """Whether a line between two voter lines (from the start of one to the start of the next) holds
    something else than blank space."""
    between = text[a:b].split("\n")[1:]
    return any(line.strip() for line in between)
