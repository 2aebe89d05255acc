"""Inverted names in lists: "Pamp, Eva-Lotta (M)", "Andersson, Anna   S   ordförande", "| Ek, Bo | S | X |",
"Björk, Elin, V",
and without the comma in table columns: "Lindqvist Anna-Karin⇥S⇥Ordförande", "Berg Ann Sofie⇥S".

Voting lists, attendance tables and registers often print the surname first. A line-initial (or cell-
initial) "Surname, Firstname" is read as a person when the first name is known and the surname is not
one, and the line is list-like: a party follows, or the document prints the same shape on two or more
lines. The mention keeps the printed form, so the name is found again in that form in item texts.

Without a comma the order is told by the column, not the name: a table whose name cells mostly end with
a first name ("Lund Gustav", "Rask Emma") prints every name surname first, also those that tell nothing
alone ("Abdullahi Hussein", "Holm Patrik"). Where the first names end is read from the document itself
when it prints the name in normal order too ("Berg Ann Sofie" and "Ann Sofie Berg (S) yrkar"), else the
last word is the first name.
"""

from __future__ import annotations

import bisect
import re

from indexer.entities.attendance import HEADER_WORDS, parse_tail
from indexer.entities.keys import person_key
from indexer.entities.names import TITLE_WORD, TOKEN, Mention, is_first_name, is_stop_token
from indexer.entities.parties import party_code
from indexer.entities.serving import SERVES_FOR
from indexer.segment.marks import MARK

#: "Surname[ Surname], First[ Second]" at the start of a line, a table cell (after a tab or a wide gap of
#: spaces), after a label's colon or after the party of the name before it ("Ek, Bo (S), Berg, Anna (M)",
#: "Kvist, Annelie (C); Dahlin, Mattias (KD)"), then a list-like ending.
_INVERTED = re.compile(
    # "• Ek, Bo S": a list's bullet may open the line
    rf"(?:^|(?<=\|)|(?<=\t)|(?<=\),)|(?<=\);)|(?<=:)|(?<=\S[ ]{{3}}))[ \t]*(?:{MARK}[ \t]+)?"
    rf"(?P<last>{TOKEN}(?: {TOKEN})?),[ \t]+(?P<first>{TOKEN}(?: {TOKEN})?)"
    r"(?=[ \t]*(?:\((?P<party>[^()\n]{1,4})\)|$|\t|\||[ \t]{2,}|,)"
    # "Palo, Henrik S", "Ringström, Camilla M, ordförande": a bare party code after one space, then the
    # line's end or a comma before the role
    r"|[ ](?P<code>[A-ZÅÄÖ]{1,4})(?=[ \t]*(?:,|$)))",
    re.MULTILINE,
)


#: A block header one space before the first name of its block printed surname first, as a PDF's text
#: layer joins a two-column form: "Ersättare Forsberg, Håkan (S)", "Ej tjänstgörande Forsberg, Håkan (S)".
_HEADER_SPACE = re.compile(
    rf"^([ \t]*(?i:{HEADER_WORDS})) (?={TOKEN}(?: {TOKEN})?,[ \t]+{TOKEN}[ \t]*(?:\(|,|\t|$))", re.MULTILINE
)


def inverted_mentions(text: str) -> list[Mention]:
    """People printed "Surname, Firstname" in lists (see the module docstring)."""
    # the space after a block header read as the cell's edge it is (one character for one: offsets kept)
    text = _HEADER_SPACE.sub(lambda m: m.group(1) + "\t", text)
    candidates: list[re.Match[str]] = []
    both: list[re.Match[str]] = []
    unknown: list[re.Match[str]] = []
    for m in _INVERTED.finditer(text):
        first, last = m.group("first").split(" "), m.group("last").split(" ")
        if any(is_stop_token(w) for w in last + first) or _name_in_normal_order(first):
            continue
        if not is_first_name(first[0]):
            # "Falk, Amira (S)": a surname that is a first name too, before a first name no list knows
            if not is_first_name(last[0]) or len(last) == 1:
                unknown.append(m)
            continue
        # "Ekdahl Lind, Henrik": a double surname may end in a word that is a first name too, but one
        # starting with a first name is a name in normal order ("Göran Persson, Anna Ek").
        (both if is_first_name(last[0]) else candidates).append(m)
    if not candidates:
        return []
    listed = len(candidates)
    more = _surnames_like_first_names(both, listed) + _first_names_not_known(unknown, listed)
    candidates = sorted(candidates + more, key=lambda m: m.start())
    out = []
    # "Dahlin, Cecilia⇥S⇥J⇥Ekblom, Camilla⇥…": a row of two tables side by side, or an ersättare's cell
    # after the member's: a name's tail ends where the next inverted name starts
    starts = sorted(m.start("last") for m in _INVERTED.finditer(text))
    for m in candidates:
        party = party_code(m.group("party") or m.group("code"))
        if m.group("code") and party is None:
            continue  # "Ek, Anna EU": capitals that are no party code of the gazetteer or the document
        if party is None and len(candidates) < 2:
            continue
        name = f"{m.group('first')} {m.group('last')}"
        printed = text[m.start("last") : m.end("first")]
        mention = Mention(name=name, start=m.start("last"), end=m.end("first"), party=party, printed=printed)
        line_end = text.find("\n", m.end())
        line_end = line_end if line_end >= 0 else len(text)
        k = bisect.bisect_right(starts, m.start("last"))
        tail_end = min(line_end, starts[k]) if k < len(starts) else line_end
        replaced = _replaced_after(text, m.end(), line_end if line_end >= 0 else len(text))
        if replaced:  # the tail ends before the member served for ("för Wahl, Sofia L")
            tail_end = min(tail_end, replaced[0].start)
        parse_tail(text[m.end() : tail_end], mention)  # "(M) ordförande"
        out.append(mention)
        out += replaced
    return out


#: After an inverted name: "(M) för Eva Rosén (M)", "S  ersätter Bo Ek (S)", "M  tjg ers för Per Ek (M)"
#: (tjänstgörande ersättare, abbreviated): the member the ersättare serves for, named in normal order
#: before a party.
_FOR = re.compile(
    r"[ \t]*(?:\([^()\n]{1,4}\)|(?:\t|[ ]{2,})[^\t\n ]{1,4}(?:\t|[ ]{2,})|[ ][A-ZÅÄÖ]{1,4}(?=,))?[ \t,]*"
    rf"{SERVES_FOR}"
    rf"[ \t]+(?:(?P<name>{TOKEN}(?: {TOKEN}){{1,2}})(?=[ \t]*\()"
    # "Ek, Bo L, tjänstgörande ersättare för Wahl, Sofia L": the member printed surname first too
    rf"|(?P<last>{TOKEN}),[ ]+(?P<first>{TOKEN})(?=[ \t]*(?:\(|[A-ZÅÄÖ]{{1,4}}[ \t]*$|$)))",
    re.MULTILINE,
)


def _replaced_after(text: str, pos: int, line_end: int) -> list[Mention]:
    """The member an ersättare printed surname first serves for ("Hellström, Birgitta (M) för Eva Rosén
    (M)"): absent from the meeting, so every reading of that name at that place is dropped."""
    m = _FOR.match(text, pos, line_end)
    if m is None:
        return []
    if m.group("last"):
        if not is_first_name(m.group("first")) or is_stop_token(m.group("last")):
            return []
        name = f"{m.group('first')} {m.group('last')}"
        return [Mention(name=name, start=m.start("last"), end=m.end("first"), replaced=True,
                        printed=text[m.start("last") : m.end("first")])]  # fmt: skip
    if any(is_stop_token(w) for w in m.group("name").split()):
        return []
    return [Mention(name=m.group("name"), start=m.start("name"), end=m.end("name"), replaced=True)]


def _name_in_normal_order(first: list[str]) -> bool:
    """ "Tjänsteskrivelse, Nils Ekdahl": two words after the comma where the second is no first name are a
    whole name in normal order after a label, not the first names of an inverted one ("Berg, Ann Sofie")."""
    return len(first) == 2 and not is_first_name(first[1]) and len(first[1]) > 2


def _surnames_like_first_names(matches: list[re.Match[str]], listed: int) -> list[re.Match[str]]:
    """ "Falk, Oskar", "Holm, Anders": a one-word surname that is a first name too is read inverted where
    the document lists two or more names surname first without doubt, and this one is a table cell of the
    same list (its party follows, in brackets or in the next cell)."""
    if listed < 2:
        return []
    return [m for m in matches if " " not in m.group("last") and _listed_here(m)]


def _party_after(m: re.Match[str]) -> str | None:
    """The party printed right after an inverted name: "(S)", or the next table cell ("⇥SD⇥", "   SD   "),
    maybe after empty cells ("⇥⇥SD⇥": an empty column of serving ersättare between)."""
    if m.group("party") or m.group("code"):
        return party_code(m.group("party") or m.group("code"))
    after = m.string[m.end() : m.end() + 60]
    # "Björk, Elin, V": a portal's rows may print the party after a second comma
    cell = re.match(r"(?:(?:\t[ ]*)+|[ ]{2,}|[ ]*,[ ]*)([^\t\n ,]{1,4})(?:\t|[ ]{2,}|[ ]*\n|[ ]*$)", after)
    return party_code(cell.group(1)) if cell else None


def _first_names_not_known(matches: list[re.Match[str]], listed: int) -> list[re.Match[str]]:
    """ "Dahl, Hassan⇥SD": a first name no list knows is read inverted in a list that prints three or more
    names surname first without doubt, when a party follows it as it follows them."""
    if listed < 3:
        return []
    return [m for m in matches if _listed_here(m)]


def _listed_here(m: re.Match[str]) -> bool:
    """The name is a cell of the list: its party follows it, or an official's title stands in the cell
    before it ("Kommundirektör⇥Roos, Annelie", "Planarkitekt⇥Yilmaz, Deniz": officials have no party)."""
    if _party_after(m) is not None:
        return True
    head = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start("last")]
    before = head.rstrip(" \t").rsplit("\t", 1)[-1].strip() if "\t" in head else ""
    return bool(before) and TITLE_WORD.fullmatch(before.casefold()) is not None


#: A name cell of two to four words starting a line or a table cell, then the next cell or a party.
_PLAIN = re.compile(
    rf"(?:^|(?<=\|)|(?<=\t))[ \t]*(?P<name>{TOKEN}(?: {TOKEN}){{1,3}})"
    r"(?P<after>[ \t]*\((?P<party>[^()\n]{1,4})\)(?=[ \t]*(?:\t|\||$|[ ]{2,}))"
    r"|\t[ \t]*(?P<cell>[^\t|\n]*)|[ \t]*\||[ ]{2,}(?P<col>\S+))",
    re.MULTILINE,
)


def _orientation(words: list[str], firsts: frozenset[str] = frozenset()) -> int:
    """+1: the words read surname first ("Lund Gustav"), -1: first name first, 0: the words cannot tell.
    `firsts`: words the document itself prints first in a name in normal order ("Samir Jonsson (C)")."""
    first = is_first_name(words[0]) or words[0] in firsts
    last = (is_first_name(words[-1]) or words[-1] in firsts) and not (
        words[0] in firsts and words[-1] not in firsts
    )
    if last and not first and not is_stop_token(words[0]):
        return 1
    if first and not last:
        return -1
    return 0


def _flip(words: list[str], known: set[str]) -> str:
    """The name in normal order: the split the document prints elsewhere in normal order, else the last
    word as the first name."""
    for k in range(1, len(words)):
        name = " ".join(words[-k:] + words[:-k])
        if person_key(name) in known:
            return name
    return " ".join(words[-1:] + words[:-1])


def plain_inverted(text: str, others: list[Mention]) -> list[Mention]:
    """Names printed surname first without a comma in the name column of a table (see the module
    docstring); `others` are the document's other mentions (normal order, for the split)."""
    blocks: dict[int, list[re.Match[str]]] = {}
    block, line, pos, last_line = 0, 0, 0, -2
    for m in _PLAIN.finditer(text):
        line += text.count("\n", pos, m.start())  # lines counted as the matches go (a roll call is long)
        pos = m.start()
        if line > last_line + 2:  # a web page's table puts a blank line between its rows: one block
            block += 1
        last_line = line
        blocks.setdefault(block, []).append(m)
    cells = {m.start("name") for ms in blocks.values() for m in ms}
    # "Samir Jonsson (C) och Josefin Edlund (SD)": a word the document prints first in a name with its
    # party, outside the table, is a first name there ("Samir Falk⇥M" is no "Falk Samir"), unless that
    # name may itself be printed surname first ("för Sandgren Elias (S)": Elias is a first name)
    firsts = frozenset(
        o.name.split()[0]
        for o in others
        if o.party and o.start not in cells and not is_first_name(o.name.split()[-1])
    )
    votes = {k: sum(_orientation(m["name"].split(), firsts) for m in ms) for k, ms in blocks.items()}
    if not any(v > 0 for v in votes.values()):
        return []
    doc = sum(votes.values())
    known = {person_key(o.name) for o in others if o.start not in cells}
    out = []
    for k, ms in blocks.items():
        if votes[k] < 0 or (votes[k] == 0 and doc <= 0):
            continue
        for m in ms:
            words = m["name"].split()
            side = _orientation(words, firsts)
            if side < 0 or any(is_stop_token(w) for w in words):
                continue
            if side == 0 and person_key(m["name"]) in known:
                continue  # "Patrik Holm": printed so in running text too ("Patrik Holm (M) yrkar")
            party = party_code(m["party"] or m["cell"] or m["col"] or "")
            name = _flip(words, known)
            if not (party or is_first_name(name.split()[0]) or person_key(name) in known):
                continue
            out.append(Mention(name=name, start=m.start("name"), end=m.end("name"), party=party,
                               printed=m["name"]))  # fmt: skip
    return out


def reorder(mentions: list[Mention], flipped: list[Mention]) -> list[Mention]:
    """The other sources' mentions with the flipped names put right: one reading a flipped cell takes its
    name (keeping its roles), one inside it is dropped ("Ann Sofie" of "Berg Ann Sofie"), one printing a
    flipped form elsewhere ("ersättare för Sandgren Elias (S)") takes the name too."""
    if not flipped:
        return mentions
    by_start = {f.start: f for f in flipped}
    by_printed = {f.printed: f.name for f in flipped if f.printed}
    spans = sorted((f.start, f.end) for f in flipped)
    out = []
    for m in mentions:
        f = by_start.get(m.start)
        if f is not None and m.end <= f.end:
            m.name, m.printed = f.name, f.printed
        elif any(s < m.start < e for s, e in spans):
            continue
        elif m.name in by_printed:
            m.printed, m.name = m.name, by_printed[m.name]
        out.append(m)
    return out
