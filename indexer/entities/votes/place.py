"""Roll-call votes (omröstningar) printed per person: each person's ja, nej or avstår in an item.

Tables first (`indexer.entities.votes.tables`: X under Ja/Nej/Avstår, a vote word column, a party
column, the serving ersättare's column, Frånvarande, a table broken over a page break, two omröstningar
in one table), then lists and sentences (`indexer.entities.votes.lists`). Each table that is not a
continuation is the next omröstning (round 1, 2, … in the order printed), lists after them.

A table may belong to another paragraph than the item it is printed in: "Omröstning § 37" above it (a
närvaro- och omröstningslista in a bilaga at the end), or an item headed "Omröstningsbilaga § 45"
(`target_paragraph`). Its rounds are numbered within that paragraph.
"""

from __future__ import annotations

import re

from indexer.entities.finder import NameFinder
from indexer.entities.keys import person_key
from indexer.entities.votes.accents import restore_accents
from indexer.entities.votes.check import checked_by_tally, rename_strangers
from indexer.entities.votes.grid import PARAGRAPH_REF, Columns, paragraph_key
from indexer.entities.votes.lists import list_votes
from indexer.entities.votes.propositions import translate
from indexer.entities.votes.rows import row_votes
from indexer.entities.votes.tables import (
    LETTER_HEADER,
    VOTE_LIST,
    VOTE_LIST_HEADING,
    VoteTable,
    read_tables,
    voter,
    voters,
)
from indexer.types import Item, Person, Vote

#: "Omröstningsbilaga § 45", "Bilaga 2, omröstning § 45": a vote table printed apart from its paragraph.
_APPENDIX = re.compile(
    r"(?i)(?:omröstningsbilaga|omröstningslista|voteringslista|bilaga[^\n]{0,40}omröstning)"
    rf"[^\n§]{{0,40}}?{PARAGRAPH_REF}"
)


#: A reference to a bilaga in running text: "framgår av bilaga 1", "(se bilaga 2)".
_BILAGA_REF = re.compile(
    r"(?i)(?:\b(?:av|se|i|enligt|framgår av)\s+|\(\s*)(?:protokolls)?bilaga\s+(?P<n>\d{1,2}|(?-i:[A-ZÅÄÖ]))\b"
)
#: The heading lines of a vote list ("Voteringslista"), left out when asking whether an item's own text
#: names an omröstning.
_ABOVE_HEADING = re.compile(
    r"(?im)^[ \t]*(?:närvaro(?:lista)?-? och )?(?:voterings|omröstnings)(?:lista|bilaga|protokoll)[ \t:.]*$"
)
#: A vote list referred to without a number: "se voteringslista", "framgår av bifogad omröstningslista".
_LIST_REF = re.compile(
    r"(?i)\b(?:voterings|omröstnings)(?:lista|listan|bilaga|bilagan|protokoll|protokollet)\b"
)
_VOTE_WORD = re.compile(r"(?i)omröstning|votering|röstat|röster|röstade")


def _bilaga_references(items: list[Item]) -> dict[str, int]:
    """ "bilaga:N" -> the item whose text refers to bilaga N by its vote ("Hur var och en har röstat
    framgår av bilaga 1"): a vote table under a "Bilaga 1" heading without a § belongs there."""
    out: dict[str, int] = {}
    for k, item in enumerate(items):
        for m in _BILAGA_REF.finditer(item.text):
            near = item.text[max(0, m.start("n") - 250) : m.end() + 60]
            if _VOTE_WORD.search(near):
                out.setdefault(f"bilaga:{m.group('n').upper()}", k)
        for m in VOTE_LIST.finditer(item.text):
            if item.text[item.text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
                out.setdefault(f"lista:{m.group(1)}", k)  # "framgår av voteringslista nr 1", no heading
    # "(se voteringslista)" in one item only: an unnumbered vote list's heading at the end is its
    unnumbered = {
        k for k, item in enumerate(items)
        if any(_in_prose(item.text, m) for m in _LIST_REF.finditer(item.text))
        and not any(VOTE_LIST_HEADING.match(ln) for ln in item.text.split("\n"))  # prints its own list
    }  # fmt: skip
    if len(unnumbered) == 1:
        out["lista:"] = unnumbered.pop()
    return out


def _in_prose(text: str, m: re.Match[str]) -> bool:
    """A match in running text, not a heading of its own: words stand before it on its line."""
    return bool(text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip())


#: A line opening a vote appendix for a paragraph: "Omröstning § 37. Ja = …", "Voteringslista § 12".
_APPENDIX_LINE = re.compile(
    r"(?im)^[ \t]*(?:bilaga[^\n§]{0,40})?(?:omröstning|votering|omröstningslista|voteringslista"
    rf"|omröstningsbilaga|röstlista)[^\n§]{{0,60}}?{PARAGRAPH_REF}"
)


def appendix_start(text: str, number: str | None) -> int:
    """Where a vote appendix for another paragraph starts in an item's text (a bilaga printed after the
    last item), len(text) when none: its "Ja = bifall till Anna Eks (S) yrkande" is that paragraph's."""
    own = (number or "").replace(" ", "").lstrip("§")
    for m in _APPENDIX_LINE.finditer(text):
        if m.group("n") == own:
            continue
        start = m.start()
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start and re.match(r"(?i)[ \t]*bilaga\b", text[above:start]):
            start = above  # "Bilaga 1 – Närvaro- och omröstningslista" on the line above
        return start
    return len(text)


def target_paragraph(text: str) -> str | None:
    """The paragraph a vote appendix in this text belongs to ("§45"), or None."""
    m = _APPENDIX.search(text)
    return paragraph_key(m) if m else None


#: Words one of which every printed vote holds (a quick test: most items hold none).
_VOTE_CUES = ("ja", "nej", "avst", "röst", "emot", "bifall", "avslag", "votering")


def find_votes(text: str, finder: NameFinder) -> list[Vote]:
    """The votes printed per person in one item's text, tables first, then lists.

    Args:
        text: The item's text.
        finder: The document's people.

    Returns:
        One `Vote` per person and round, in the order printed (wherever a table says it belongs).
    """
    return [v for _, v in placed_votes(text, finder)]


def placed_votes(text: str, finder: NameFinder, own: str | None = None) -> list[tuple[str | None, Vote]]:
    """The votes of an item's text, each with the paragraph its table names ("§37"), None for its own
    (`own`: the item's number, which a table may name too: "Omröstning § 43" in § 43)."""
    low = text.lower()
    if not any(w in low for w in _VOTE_CUES) and not LETTER_HEADER.search(text):
        return []
    # "JA-ROSTER" -> "JA-RÖSTER"; "För Anna Eks yrkande röstar:" -> "Ja:" when the propositionsordning says so
    text = translate(restore_accents(text))
    table_at: dict[int, int] = {}
    tables = read_tables(text, lambda cell: voter(cell, finder))
    mine = f"§{(own or '').replace(' ', '').lstrip('§')}"
    for t in tables:
        t.target = None if t.target == mine else t.target
        if t.target == "lista:" and _VOTE_WORD.search(_ABOVE_HEADING.sub("", text[: t.at])):
            t.target = None  # "Omröstning begärs. … Voteringslista": the item's own list under a heading
    out = _numbered(tables, table_at)
    own_rounds = max((v.round for t, v in out if t is None), default=0)
    list_at: dict[int, int] = {}
    listed = _outside_tables(list_votes(text, finder, own_rounds + 1, list_at), list_at, tables, own_rounds)
    listed = _without_repeats(out, listed, list_at)
    _in_text_order(out, listed, table_at | list_at)
    out += _list_targets(text, listed, list_at, mine)
    if not out:
        out = [(None, v) for v in row_votes(text, finder, 1)]
    seen: set[tuple[str | None, str, int]] = set()
    kept = []
    for target, v in out:
        key = (target, person_key(v.person), v.round)
        if key not in seen:
            seen.add(key)
            kept.append((target, v))
    return kept


#: A heading that names the paragraph a list under it is for, printed apart from it (on the page before):
#: "Omröstning i ärende § 112", "Votering § 45 – Budget 2027", "Votering – ärende 45".
_LIST_FOR = re.compile(
    r"(?im)^[ \t]*(?:omröstning|votering|omröstningslista|voteringslista)"
    r"(?:[ \t]+(?:i|om|för|gällande|avseende))?"
    rf"(?:[ \t]*[–—:-])?(?:[ \t]+ärende(?:t)?)?[ \t]*{PARAGRAPH_REF}\b[^\n§]{{0,80}}$"
)


def _list_targets(
    text: str, listed: list[Vote], at: dict[int, int], mine: str
) -> list[tuple[str | None, Vote]]:
    """The lists' votes, each with the paragraph a heading on the two lines above its omröstning names
    ("Omröstning i ärende § 112"; None for the item's own), rounds numbered within that paragraph."""
    targets: dict[int, str | None] = {}
    for rnd, where in at.items():
        above = [ln for ln in text[max(0, where - 300) : where].split("\n") if ln.strip()][-2:]
        hits = [paragraph_key(m) for ln in above if (m := _LIST_FOR.match(ln))]
        target = hits[-1] if hits else None
        targets[rnd] = None if target == mine else target
    if not any(targets.values()):
        return [(None, v) for v in listed]
    new: dict[int, int] = {}
    count: dict[str, int] = {}
    for rnd in sorted(targets):
        if targets[rnd] is None:  # the item's own: after its tables' rounds, past the lists moved away
            new[rnd] = rnd - sum(1 for r, t in targets.items() if t and r < rnd)
            continue
        key = targets[rnd] or ""
        count[key] = count.get(key, 0) + 1
        new[rnd] = count[key]
    out: list[tuple[str | None, Vote]] = []
    for v in listed:
        target = targets.get(v.round)
        v.round = new.get(v.round, v.round)
        out.append((target, v))
    return out


def _outside_tables(
    listed: list[Vote], at: dict[int, int], tables: list[VoteTable], before: int
) -> list[Vote]:
    """The lists' votes but those whose label is a cell of a vote table read ("Ja⇥Ek, Anna⇥S" under
    "Röst⇥Ledamot⇥Parti"); the rounds after them move up (`before`: the rounds the tables hold)."""
    inside = {r for r, where in at.items() if any(t.at <= where <= t.end for t in tables)}
    if not inside:
        return listed
    new = {r: before + k + 1 for k, r in enumerate(sorted(set(at) - inside))}
    starts = {new[r]: where for r, where in at.items() if r in new}
    at.clear()
    at.update(starts)
    kept = [v for v in listed if v.round in new]
    for v in kept:
        v.round = new[v.round]
    return kept


def _without_repeats(
    tables: list[tuple[str | None, Vote]], listed: list[Vote], at: dict[int, int]
) -> list[Vote]:
    """The lists' votes without an omröstning a table of the item already holds (a protocol may print
    the table and sum it up as lists: "Ja-röster (2): …"); the rounds after it move up."""
    own: dict[int, set[tuple[str, str]]] = {}
    for target, v in tables:
        if target is None:
            own.setdefault(v.round, set()).add((person_key(v.person), v.vote))
    rounds: dict[int, set[tuple[str, str]]] = {}
    for v in listed:
        rounds.setdefault(v.round, set()).add((person_key(v.person), v.vote))
    repeats = {r for r, votes in rounds.items() if len(votes) >= 2 and any(votes <= t for t in own.values())}
    if not repeats:
        return listed
    new = {r: len(own) + k + 1 for k, r in enumerate(sorted(set(rounds) - repeats))}
    starts = {new[r]: where for r, where in at.items() if r in new}
    at.clear()
    at.update(starts)
    kept = [v for v in listed if v.round not in repeats]
    for v in kept:
        v.round = new[v.round]
    return kept


def _in_text_order(tables: list[tuple[str | None, Vote]], listed: list[Vote], at: dict[int, int]) -> None:
    """Renumber an item's own omröstningar in the order printed when tables and lists both hold some
    (tables are read first): a list's omröstning printed above a table's comes first."""
    order = sorted(at, key=lambda r: at[r])
    if order == sorted(at):
        return
    new = {r: k + 1 for k, r in enumerate(order)}
    for v in [v for t, v in tables if t is None] + listed:
        v.round = new.get(v.round, v.round)


def _numbered(tables: list[VoteTable], at: dict[int, int] | None = None) -> list[tuple[str | None, Vote]]:
    """Number the tables' omröstningar: a continuation (no header, or the last table's header again with
    none of its voters) goes on with the last table's rounds; any other table takes the next ones
    within the paragraph it belongs to. `at` gets where each of the item's own omröstningar starts."""
    out: list[tuple[str | None, Vote]] = []
    used: dict[str | None, int] = {}
    base, chain, last = 0, set[str](), None
    per_paragraph: dict[int, int] = {}  # a voteringslista's column per § -> its round within that §
    for t in tables:
        again = (
            last is not None
            and _same_header(t.columns, last.columns)
            and t.target in (None, last.target)
            and not voters(t) & chain
        )
        if last is not None and (not t.header or again or (t.sequel and not voters(t) & chain)):
            t.target = last.target
            chain |= voters(t)
        else:
            base = used.get(t.target, 0) + 1
            if len(t.columns.paragraphs) < t.columns.rounds:
                used[t.target] = base + t.columns.rounds - 1
            chain = voters(t)
            last = t
            per_paragraph = _paragraph_rounds(t.columns, used)
            if at is not None and t.target is None:
                at.update({base + g: t.at + g for g in range(t.columns.rounds)})
        for group, v in t.votes:
            paragraph = t.columns.paragraphs.get(group)
            v.round = per_paragraph.get(group, 1) if paragraph else base + group
            out.append((paragraph or t.target, v))
    return out


def _same_header(a: Columns, b: Columns) -> bool:
    """Whether a table's header repeats another's: the same labels, or the same columns with a page's
    running text set on the header's line after them ("Ledamot⇥Parti⇥Ja⇥Nej⇥Avstår⇥Sida 3 (4)")."""
    if a.labels == b.labels:
        return True
    n = min(len(a.labels), len(b.labels))
    kinds = ("votes", "words", "absent", "present", "subs", "replaced", "party", "paragraphs")
    return a.labels[:n] == b.labels[:n] and all(getattr(a, k) == getattr(b, k) for k in kinds)


def _paragraph_rounds(cols: Columns, used: dict[str | None, int]) -> dict[int, int]:
    """The round within its § of each omröstning of a voteringslista whose columns name their § (`used`:
    the rounds each § has so far, updated). "Votering 2 (§ 61)", "Votering 3 (§ 61)": two omröstningar of
    one §, in column order; the same § again after a name column is the same omröstning, the list's
    second half printed beside the first ("Ledamot  Parti  § 91  § 94  Ledamot  Parti  § 91  § 94")."""
    first_col = {g: min(i for i in range(cols.width) if cols.group(i) == g and _holds_votes(cols, i))
                 for g in cols.paragraphs}  # fmt: skip
    out: dict[int, int] = {}
    last: dict[str, int] = {}  # § -> its last group
    for g, named in sorted(cols.paragraphs.items()):
        before = last.get(named)
        if before is not None and _name_column_between(cols, first_col[before], first_col[g]):
            out[g] = out[before]
        else:
            out[g] = used.get(named, 0) + 1
            used[named] = out[g]
        last[named] = g
    return out


def _holds_votes(cols: Columns, i: int) -> bool:
    return i in cols.votes or i in cols.words


def _name_column_between(cols: Columns, a: int, b: int) -> bool:
    """A column between a and b that holds no votes nor a party nor presence: the names of a second half."""
    kinds = (cols.votes, cols.words, cols.party, cols.present, cols.absent)
    return any(cols.labels[i] and not any(i in k for k in kinds) for i in range(a + 1, b))


def add_votes(
    items: list[Item], persons: list[Person], finder: NameFinder, preamble: str = ""
) -> list[Person]:
    """Read every item's votes into `item.votes`; a table or appendix goes to the paragraph it names.

    Args:
        items: The document's items.
        persons: The document's people.
        finder: Finds them.
        preamble: The text before the first item: a närvaro- och omröstningslista on the first pages
            whose table names the paragraph it is for ("X anger hur ledamoten röstat i § 182").

    Returns:
        People who vote but were not among the document's people (a name only a vote table prints).
    """
    # "ärende 5": the item numbered 5, else the fifth (an agenda's numbering); "§ 45": the item numbered 45
    by_number = {f"ärende:{n + 1}": n for n in range(len(items))}
    for n, it in enumerate(items):
        if it.number:
            by_number[it.number.replace(" ", "")] = n
            by_number[f"ärende:{it.number.replace(' ', '').lstrip('§')}"] = n
    by_number.update(_bilaga_references(items))
    known = {person_key(p.name) for p in persons}
    added: dict[str, Person] = {}
    # Voters only a table names ("Ruth Nilsson Haapalahti" in an omröstningslista) are found in the
    # item's lists too ("Ja-röster: …, Ruth Nilsson⏎Haapalahti (KD)"): tables are read first.
    for text in [preamble] + [it.text for it in items]:
        for table in read_tables(translate(restore_accents(text)), lambda cell: voter(cell, finder)):
            for _, v in table.votes:
                if person_key(v.person) not in known:
                    added.setdefault(person_key(v.person), Person(name=v.person, party=v.party))
    if added:
        finder = NameFinder([*persons, *added.values()])
    placed_by_item: list[tuple[int | None, list[tuple[str | None, Vote]]]] = []
    if preamble:  # only a table that names its paragraph can be placed
        placed_by_item.append((None, [(t, v) for t, v in placed_votes(preamble, finder) if t in by_number]))
    placed_by_item += [(i, placed_votes(item.text, finder, item.number)) for i, item in enumerate(items)]
    put: list[tuple[Vote, int]] = []
    for i, placed in placed_by_item:
        home = i if i is None else by_number.get(target_paragraph(items[i].text) or "", i)
        _after_own_rounds(placed, by_number)
        for target, v in placed:
            k = by_number.get(target or "", home)
            if k is None:
                continue
            items[k].votes.append(v)
            put.append((v, k))
    # a voter none of the document's people is (a misprinted name, a replaced member) may be a member's vote
    renamed = rename_strangers(items, persons)
    for v, k in put:
        _note_voter(v, k, known, added, finder)
    checked_by_tally(items, preamble, finder, lambda v, k: _note_voter(v, k, known, added, finder))
    voting = {person_key(v.person) for it in items for v in it.votes}
    for key in renamed - voting:
        added.pop(key, None)
    return list(added.values())


def _after_own_rounds(placed: list[tuple[str | None, Vote]], by_number: dict[str, int]) -> None:
    """Tables for a paragraph, bilaga or vote list the document does not hold or refer to stay in the
    item they are printed in, their omröstningar numbered after the item's own (each such table
    numbered its rounds from 1)."""
    last = max((v.round for t, v in placed if t is None), default=0)
    for target in dict.fromkeys(t for t, _ in placed if t and t not in by_number):
        group = [v for t, v in placed if t == target]
        for v in group:
            v.round += last
        last = max(v.round for v in group)


def _note_voter(v: Vote, k: int, known: set[str], added: dict[str, Person], finder: NameFinder) -> None:
    """The voter's person: added when the document's people lack them, given the table's party when
    they have none, and marked as named in item k."""
    key = person_key(v.person)
    if key not in known and key not in added:
        added[key] = Person(name=v.person, party=v.party)
    who = added.get(key) or finder.by_key.get(key)
    if who is None:
        return
    if who.party is None and v.party:
        who.party = v.party  # the party column of a vote table ("Camilla Vinsa  KP  X")
    if k not in who.items:
        who.items.append(k)
        who.items.sort()
