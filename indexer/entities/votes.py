"""Roll-call votes (omröstningar) printed per person: each person's ja, nej or avstår in an item.

The shapes Swedish minutes print, read on the text whatever the converter made of them:
- tables with a column per vote and a mark in one of them: markdown ("| Anna Ek (S) | X |  |  |"),
  tab-separated cells (HTML, Word) or columns aligned with spaces; a party column of its own; a table
  broken over a page break continuing without its header; an omröstningslista with the member and the
  serving ersättare side by side, each with their own vote columns; a "Röst" column holding the word;
- lists grouped by vote: "Ja-röster: Anna Ek (S), Bo Berg (M)", "Följande ledamöter röstar nej: …",
  "Avstår från att rösta: …", "Anna Ek (S) och Bo Berg (V) röstar nej".
Each table that is not a continuation, and each group of lists, is one omröstning (round 1, 2, … in the
order printed). A table headed "Omröstningsbilaga § 45" belongs to § 45 (`target_paragraph`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from indexer.entities.finder import NameFinder
from indexer.entities.keys import person_key
from indexer.entities.names import RUN, clean_name, is_first_name, split_run, trim_name
from indexer.entities.parties import party_code
from indexer.types import Item, Person, Vote

#: A header cell naming a vote column -> the vote.
_VOTE_LABELS = (
    (re.compile(r"(?i)^(?:ja|ja-?röst(?:er)?|ja röst(?:er)?|bifall)$"), "ja"),
    (re.compile(r"(?i)^(?:nej|nej-?röst(?:er)?|nej röst(?:er)?|avslag)$"), "nej"),
    (
        re.compile(
            r"(?i)^(?:avstår|avst\.?|avstod|avstående|avstår från att rösta|nedlagd röst|ej röstande)$"
        ),
        "avstår",
    ),
)
#: A header cell of a column that holds the vote as a word ("Röst": "Ja").
_WORD_COLUMN = re.compile(r"(?i)^(?:röst|röstar|votering|omröstning|ställningstagande)$")
#: A cell that marks a vote in its column.
_MARK = re.compile(r"^(?:[Xx×✓✔✗]|1)$")
#: A cell that says the vote itself.
_WORD_VOTE = {"ja": "ja", "nej": "nej", "avstår": "avstår", "avstod": "avstår", "avst": "avstår"}
#: Rows that are no one's vote.
_NO_VOTER = re.compile(r"(?i)^(?:summa|totalt|antal|resultat|ledamot|ledamöter|ersättare|namn|parti)\b")


@dataclass
class _Table:
    """A vote table's columns: index -> vote, and the word columns."""

    votes: dict[int, str]
    words: set[int] = field(default_factory=set)
    width: int = 0
    round: int = 1


def find_votes(text: str, finder: NameFinder) -> list[Vote]:
    """The votes printed per person in one item's text, tables first, then lists.

    Args:
        text: The item's text.
        finder: The document's people.

    Returns:
        One `Vote` per person and round, in the order printed.
    """
    low = text.lower()
    if not any(w in low for w in ("ja", "nej", "avst", "röst")):
        return []
    votes = _table_votes(text, finder)
    first_list_round = max((v.round for v in votes), default=0) + 1
    votes += _list_votes(text, finder, first_list_round)
    seen: set[tuple[str, int]] = set()
    out = []
    for v in votes:
        if (person_key(v.person), v.round) not in seen:
            seen.add((person_key(v.person), v.round))
            out.append(v)
    return out


def _cells(line: str) -> list[str] | None:
    """The cells of a table line: markdown pipes, tabs, or columns two or more spaces apart."""
    s = line.strip()
    if s.startswith("|"):
        return [c.strip() for c in s.strip("|").split("|")]
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return None


def _header(cells: list[str]) -> _Table | None:
    """The vote columns of a header row (two vote labels at least, or a word column)."""
    votes: dict[int, str] = {}
    words = set()
    for i, cell in enumerate(cells):
        label = cell.strip(" *:")
        for rx, vote in _VOTE_LABELS:
            if rx.match(label):
                votes[i] = vote
        if _WORD_COLUMN.match(label):
            words.add(i)
    if len(set(votes.values())) >= 2 or words:
        return _Table(votes, words, len(cells))
    return None


def _table_votes(text: str, finder: NameFinder) -> list[Vote]:
    """Votes in the item's tables; a table without a vote header whose marks fall in the columns of the
    vote table before it continues that table (a page break split it)."""
    out: list[Vote] = []
    last: _Table | None = None
    rounds = 0
    for block in _table_blocks(text):
        rows = [r for r in block if not all(re.fullmatch(r":?-{2,}:?|", c) for c in r)]
        if not rows:
            continue
        head = _header(rows[0])
        if head is not None:
            rounds += 1
            head.round = rounds
            last = head
            rows = rows[1:]
        elif last is None or not _continues(rows, last):
            continue
        if _collapsed(rows, last):
            continue
        for cells in rows:
            out += _row_votes(cells, last, finder)
    return out


def _table_blocks(text: str) -> list[list[list[str]]]:
    """Runs of consecutive table lines, each line split into cells."""
    aligned = _aligned_tables(text)
    blocks: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in text.split("\n"):
        cells = _cells(line)
        if cells is None:
            cells = aligned.get(line)
        if cells is None:
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(cells)
    if current:
        blocks.append(current)
    return blocks


def _collapsed(rows: list[list[str]], table: _Table) -> bool:
    """Rows that lost their empty cells: every marked row is one short width below the header's
    ("Anna Ek (S)<TAB>X" whatever column the X stood in, as a PDF text layer without cell positions
    prints it). Which vote a mark is cannot be told, so none is read; a vote word still can."""
    if table.words:
        return False
    marked = {len(r) for r in rows if any(_MARK.match(c) for c in r)}
    return len(marked) == 1 and marked.pop() < table.width and len(rows) > 1


def _continues(rows: list[list[str]], table: _Table) -> bool:
    """Rows of the table's width with a mark in one of its vote columns (or a word in its word column)."""
    for cells in rows:
        if len(cells) != table.width:
            return False
    return any(
        (i in table.votes and _MARK.match(c)) or (i in table.words and c.casefold() in _WORD_VOTE)
        for cells in rows
        for i, c in enumerate(cells)
    )


def _row_votes(cells: list[str], table: _Table, finder: NameFinder) -> list[Vote]:
    """Each person in a row with the vote marked after their name."""
    out: list[Vote] = []
    person: tuple[str, str | None] | None = None
    for i, cell in enumerate(cells):
        vote = table.votes.get(i)
        if vote is not None and not table.words:
            if person is not None and _MARK.match(cell):
                out.append(Vote(person=person[0], vote=vote, round=table.round, party=person[1]))
            continue
        if i in table.words:
            word = _WORD_VOTE.get(cell.casefold().strip(" ."))
            if person is not None and word:
                out.append(Vote(person=person[0], vote=word, round=table.round, party=person[1]))
            continue
        who = _voter(cell, finder)
        if who is not None:
            person = who
        elif person is not None and i + 1 < len(cells) and len(cell) <= 4:
            code = party_code(cell)  # a party column of its own
            if code:
                person = (person[0], code)
    return out


def _voter(cell: str, finder: NameFinder) -> tuple[str, str | None] | None:
    """(name, party) of the person a table cell names, or None."""
    cell = cell.strip(" *")
    if not cell or _NO_VOTER.match(cell) or _MARK.match(cell):
        return None
    found = finder.find(cell)
    if found:
        s, e, p = max(found, key=lambda t: t[1] - t[0])
        if " " in cell[s:e].strip() or "," in cell[s:e]:
            return p.name, _bracket_party(cell) or p.party
    inverted = re.fullmatch(r"([^,()]+),\s*([^,()]+?)\s*(?:\(([^()]{1,4})\))?", cell)
    if inverted:
        key = person_key(f"{inverted.group(2)} {inverted.group(1)}")
        known = finder.by_key.get(key)
        if known is not None:
            return known.name, party_code(inverted.group(3)) or known.party
    return _new_name(cell)


def _bracket_party(cell: str) -> str | None:
    m = re.search(r"\(([^()]{1,4})\)\s*$", cell)
    return party_code(m.group(1)) if m else None


def _new_name(cell: str) -> tuple[str, str | None] | None:
    """A name the document's people lack, printed as a full name: "Anna Ek (S)", "Karl-Erik Lund"."""
    m = re.fullmatch(rf"({RUN})\s*(?:\(([^()]{{1,4}})\))?", cell)
    if not m:
        return None
    words = trim_name(split_run(m.group(1)), keep="left")
    if len(words) < 2 or " ".join(words) != clean_name(m.group(1)):
        return None
    party = party_code(m.group(2)) if m.group(2) else None
    if not (party or is_first_name(words[0])):
        return None
    return " ".join(words), party


def _aligned_tables(text: str) -> dict[str, list[str]]:
    """Tables whose columns are aligned with spaces (a text layer that kept the layout): for each line
    of such a table, its cells by the header's columns (an empty string where nothing is printed)."""
    out: dict[str, list[str]] = {}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "\t" in line or line.strip().startswith("|") or not re.search(r"\S {2,}\S", line):
            continue
        cols = [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]
        if _header([c for _, c in cols]) is None:
            continue
        starts = [s for s, _ in cols]
        out[line] = [c for _, c in cols]
        for row in lines[i + 1 :]:
            if not row.strip():
                break
            cells = [""] * len(cols)
            for m in re.finditer(r"\S+(?: \S+)*", row):
                k = min(range(len(starts)), key=lambda j: abs(starts[j] - m.start()))
                # a name starts at the first column; a mark sits under its header (centred or left-aligned)
                k = 0 if m.start() < starts[1] - 1 and len(starts) > 1 else k
                cells[k] = (cells[k] + " " + m.group(0)).strip()
            out[row] = cells
    return out


#: A label that starts a list of voters: "Ja-röster:", "Ja (25):", "Följande ledamöter röstar nej:",
#: "Avstår från att rösta:", "Med ja röstar:".
_LIST_LABEL = re.compile(
    r"(?im)(?:^|(?<=[.:;]\s))[ \t•\-–*]*(?:"
    r"(?P<a>ja|nej)(?:-?\s?röst(?:er|ade|ar)?)?(?:\s*\(\d+\))?"
    r"|(?P<b>avstår|avstod|avstående|avstår från att rösta|avstod från att rösta|nedlagda röster)"
    r"(?:\s*\(\d+\))?"
    r"|följande(?: \w+){0,2} röst(?:ar|ade) (?P<c>ja|nej)"
    r"|följande(?: \w+){0,2} (?P<d>avstår|avstod)(?: från att rösta)?"
    r"|(?:med )?(?P<e>ja|nej) röst(?:ar|ade)(?: följande(?: \w+){0,2})?"
    r")[ \t]*:"
)
#: Names before the vote they cast: "Anna Ek (S) och Bo Berg (V) röstar nej", "… avstår från att rösta".
_CAST_AFTER = re.compile(
    r"(?i)\s+(?:röstar|röstade)\s+(?P<v>ja|nej)\b|\s+(?P<a>avstår|avstod) från att rösta"
)


def _list_votes(text: str, finder: NameFinder, first_round: int) -> list[Vote]:
    out: list[Vote] = []
    rnd = first_round - 1
    used: set[str] = set()
    labels = list(_LIST_LABEL.finditer(text))
    for k, m in enumerate(labels):
        vote = _label_vote(m)
        if rnd < first_round or vote in used:
            rnd += 1  # a vote label already read in this round starts the next omröstning
            used = set()
        used.add(vote)
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        blank = text.find("\n\n", m.end(), end)
        span_end = blank if blank >= 0 else end
        for _s, _e, p in _full_names(text[m.end() : span_end], finder):
            out.append(Vote(person=p.name, vote=vote, round=rnd, party=p.party))
    if not labels:
        out += _cast_votes(text, finder, first_round)
    return out


def _label_vote(m: re.Match[str]) -> str:
    word = next(g for g in (m.group("a"), m.group("c"), m.group("e"), m.group("b"), m.group("d")) if g)
    return _WORD_VOTE.get(word.casefold(), "avstår")


def _cast_votes(text: str, finder: NameFinder, rnd: int) -> list[Vote]:
    """Votes written as sentences: "Anna Ek (S) och Bo Berg (V) röstar nej"."""
    out: list[Vote] = []
    found = _full_names(text, finder)
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


#: What stands between the names of one list of voters: a party, a comma, "och".
_LISTED = re.compile(r"\s*(?:\([^()]{1,4}\))?\s*(?:,|och|samt)?\s*")


def _full_names(text: str, finder: NameFinder) -> list[tuple[int, int, Person]]:
    """The people named in full in `text` (a first name alone is too weak for a vote)."""
    return [(s, e, p) for s, e, p in finder.find(text) if " " in text[s:e].strip() or "," in text[s:e]]


#: "Omröstningsbilaga § 45", "Bilaga 2, omröstning § 45": a vote table printed apart from its paragraph.
_APPENDIX = re.compile(
    r"(?i)(?:omröstningsbilaga|omröstningslista|voteringslista|bilaga[^\n]{0,40}omröstning)"
    r"[^\n§]{0,40}§\s*(?P<n>\d+)"
)


def target_paragraph(text: str) -> str | None:
    """The paragraph a vote appendix in this text belongs to ("§45"), or None."""
    m = _APPENDIX.search(text)
    return f"§{m.group('n')}" if m else None


def add_votes(items: list[Item], persons: list[Person], finder: NameFinder) -> list[Person]:
    """Read every item's votes into `item.votes`; a vote appendix goes to the paragraph it names.

    Returns:
        People who vote but were not among the document's people (a name only a vote table prints).
    """
    by_number = {(it.number or "").replace(" ", ""): k for k, it in enumerate(items) if it.number}
    known = {person_key(p.name) for p in persons}
    added: dict[str, Person] = {}
    for i, item in enumerate(items):
        votes = find_votes(item.text, finder)
        if not votes:
            continue
        target = by_number.get(target_paragraph(item.text) or "", i)
        items[target].votes += votes
        for v in votes:
            key = person_key(v.person)
            if key not in known and key not in added:
                added[key] = Person(name=v.person, party=v.party)
            voter = added.get(key) or finder.by_key.get(key)
            if voter is not None and target not in voter.items:
                voter.items.append(target)
                voter.items.sort()
    return list(added.values())
