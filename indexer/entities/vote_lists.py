"""Votes printed as lists or sentences rather than tables.

- Lists grouped by vote, after a label: "Ja-röster: Anna Ek (S), Bo Berg (M)", "Ja (25): …",
  "Följande ledamöter röstar nej: …", "Med ja röstar: …", "Avstår från att rösta: …", or the label on a
  line of its own ("Ja-röster (8)") with a name per line under it. A list runs over its lines (a name
  may break over one: "Anna Harila⏎Lindqvist (M)") as long as they hold names, parties and commas, and
  ends with a full stop, a blank line, another label or a line of prose.
- Sentences: "Anna Ek (S) och Bo Berg (V) röstar nej", "… avstår från att rösta".
Labels of one vote read again start the next omröstning.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from indexer.entities.finder import NameFinder
from indexer.types import Person, Vote

#: A label that starts a list of voters (after a colon, or alone on its line).
_LIST_LABEL = re.compile(
    r"(?im)(?:^|(?<=[.:;]\s))[ \t•\-–*]*(?:"
    r"(?P<a>ja|nej)(?:-?\s?röst(?:er|ade|ar)?)?(?:\s*\(\d+\))?"
    r"|(?P<b>avstår|avstod|avstående|avstår från att rösta|avstod från att rösta|nedlagda röster)"
    r"(?:\s*\(\d+\))?"
    r"|följande(?: \w+){0,2} röst(?:ar|ade) (?P<c>ja|nej)"
    r"|följande(?: \w+){0,2} (?P<d>avstår|avstod)(?: från att rösta)?"
    r"|(?:med )?(?P<e>ja|nej) röst(?:ar|ade)(?: följande(?: \w+){0,2})?"
    r")(?:[ \t]*:|(?P<alone>[ \t]*$))"
)
#: Names before the vote they cast: "Anna Ek (S) och Bo Berg (V) röstar nej", "… avstår från att rösta".
_CAST_AFTER = re.compile(
    r"(?i)\s+(?:röstar|röstade)\s+(?P<v>ja|nej)\b|\s+(?P<a>avstår|avstod) från att rösta"
)
#: What stands between the names of one list of voters: a party, a comma, "och".
_LISTED = re.compile(r"\s*(?:\([^()]{1,4}\))?\s*(?:,|och|samt)?\s*")
#: What a list line may hold besides names: parties, commas, "och", a full stop.
_LIST_FILLER = re.compile(r"\([^()\n]{1,5}\)|\b(?:och|samt)\b|[,.;\s\d]")
_WORD_VOTE = {"ja": "ja", "nej": "nej", "avstår": "avstår", "avstod": "avstår"}


def list_votes(text: str, finder: NameFinder, first_round: int) -> list[Vote]:
    """Votes of the lists in `text`, the first omröstning numbered `first_round`; sentences when no
    list is printed."""
    out: list[Vote] = []
    rnd = first_round - 1
    used: set[str] = set()
    labels = [m for m in _LIST_LABEL.finditer(text) if m.group("alone") is None or not _inline(text, m)]
    for k, m in enumerate(labels):
        vote = _label_vote(m)
        if rnd < first_round or vote in used:
            rnd += 1  # a vote label already read in this round starts the next omröstning
            used = set()
        used.add(vote)
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        span = _list_span(text, m.end(), end)
        for _s, _e, p in full_names(text[m.end() : span], finder):
            out.append(Vote(person=p.name, vote=vote, round=rnd, party=p.party))
    if not labels:
        out += _cast_votes(text, finder, first_round)
    return out


def _inline(text: str, m: re.Match[str]) -> bool:
    """A label without a colon must stand alone on its line ("Ja-röster (8)"), not end a sentence."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(text[line_start : m.start()].strip())


def _list_span(text: str, start: int, end: int) -> int:
    """Where a list starting at `start` ends (see the module docstring)."""
    pos = start
    first = True
    while pos < end:
        nl = text.find("\n", pos)
        stop = end if nl < 0 or nl > end else nl
        line = text[pos:stop]
        if not line.strip():
            if not first:
                return pos  # a blank line ends the list (the label's own line may be empty)
        elif ":" in line or _prose(line):
            return pos
        elif line.rstrip().endswith("."):
            return stop
        if line.strip():
            first = False
        pos = stop + 1
    return end


def _prose(line: str) -> bool:
    """A line that is no part of a name list: it has lower-case words besides och/samt."""
    rest = _LIST_FILLER.sub(" ", line)
    return any(w[:1].islower() for w in rest.split())


def _label_vote(m: re.Match[str]) -> str:
    word = next(g for g in (m.group("a"), m.group("c"), m.group("e"), m.group("b"), m.group("d")) if g)
    return _WORD_VOTE.get(word.casefold(), "avstår")


def _cast_votes(text: str, finder: NameFinder, rnd: int) -> list[Vote]:
    """Votes written as sentences: "Anna Ek (S) och Bo Berg (V) röstar nej"."""
    out: list[Vote] = []
    found = full_names(text, finder)
    ends = [e for _, e, _ in found]  # names do not overlap: ends are in order
    for m in _CAST_AFTER.finditer(text):
        vote = "avstår" if m.group("a") else m.group("v").casefold()
        group: list[Person] = []
        pos = m.start()
        # the names right before the verb, nearest first, as far as the list goes (read lazily)
        for k in range(bisect_right(ends, m.start()) - 1, -1, -1):
            s, e, p = found[k]
            if not _LISTED.fullmatch(text[e:pos]):
                break
            group.insert(0, p)
            pos = s
        out += [Vote(person=p.name, vote=vote, round=rnd, party=p.party) for p in group]
    return out


def full_names(text: str, finder: NameFinder) -> list[tuple[int, int, Person]]:
    """The people named in full in `text` (a first name alone is too weak for a vote)."""
    return [(s, e, p) for s, e, p in finder.find(text) if " " in text[s:e].strip() or "," in text[s:e]]
