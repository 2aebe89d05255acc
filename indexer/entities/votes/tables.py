"""Votes in vote tables: each person's mark under Ja, Nej or Avstår (`indexer.entities.votes.grid` reads
the lines and the header).

- A row names the seat's member, maybe the serving ersättare in a column of their own, a party in a
  column or in brackets, and a mark: the mark is the vote of the last person named before it (the
  ersättare filling the seat), with the seat's party when the ersättare's own is not printed; marks
  printed before the names ("X⇥⇥⇥Anna Ek⇥S" under "Ja⇥Nej⇥Avstår⇥Ledamot⇥Parti") are the seat's last
  named person's. Vote columns may be headed by initials ("J⇥N⇥A", with both a J and an N).
- A member whose seat an ersättare filled, or who is marked only under Frånvarande, did not vote; their
  name's place is reported (`VoteTable.absent`), so the document's people can leave them out. So is a
  member named in a "För ledamot" / "Tjänstgör för" / "Ersättare för" column, and that member's row
  without a mark elsewhere in the document's tables.
- A table without a header right after a vote table goes on with its columns (a page break split it);
  so does a table whose header repeats the last one's when none of its voters voted in that one
  ("Bilaga 1 forts."): the same omröstning, over two pages; and the serving ersättare's table printed
  right under the members' ("Tjänstgörande ersättare" over "Ersättare⇥Parti⇥För ledamot⇥Ja⇥Nej⇥Avstår").
- Each table with a header is the next omröstning (two, for "Ja Nej Avstår Ja Nej Avstår").
- "Omröstning § 37", "Omröstningslista § 149" in the lines right above a table names the paragraph the
  table belongs to (a bilaga at the end of the protocol).
- Rows that lost their empty cells (every marked row "name⇥X", fewer cells than the header) cannot be
  told apart, so none is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from indexer.entities.finder import NameFinder
from indexer.entities.keys import person_key
from indexer.entities.names import RUN, clean_name, is_first_name, split_run, trim_name
from indexer.entities.parties import party_code
from indexer.entities.votes.grid import (
    MARK,
    PARAGRAPH,
    PARAGRAPH_REF,
    Cell,
    Columns,
    pad,
    paragraph_key,
    parse_header,
    table_blocks,
)
from indexer.entities.votes.voters import upright
from indexer.entities.votes.wrapped import join_wrapped
from indexer.types import Vote

#: A presence cell saying the member was not there: "-", "F", "Frånv.".
_NOT_HERE = re.compile(r"(?i)^(?:[-–—]|f|frånv\.?|frånvarande|ej)$")
#: A vote column's header as a cell of its own (a quick test before tables are looked for).
_LABEL_CELL = re.compile(
    r"(?im)(?:^|\t|\||[ ]{2})[ \t*]*(?:ja|nej|avst\w*|för|emot|mot|bifall|avslag|röst\w*|votering\w*"
    r"|omröstning\w*|ställningstagande|ja/nej\S*|j/n(?:/a)?|ja-?\s?röst\w*|nej-?\s?röst\w*|nedlagd röst"
    r"|ej röstande)"
    r"(?:[ \t]*\(?\d{1,3}\)?)?[ \t*:]*(?:$|\t|\||[ ]{2})"
)
#: Vote columns' headers one space apart ("Närv. Ja Nej Avst."), which `_LABEL_CELL` cannot tell.
_LABEL_PAIR = re.compile(r"(?im)(?:^|[ \t])(?:ja|ja-?röst\w*)(?:[ \t]*\(\d{1,3}\))? (?:nej|nej-?röst\w*)\b")
#: Vote columns headed "J  N  A" (initials as cells of their own, apart by a tab, a bar or two spaces,
#: or one space when the three stand alone: "J N A").
LETTER_HEADER = re.compile(
    r"(?m)(?:^|\t|\||[ ]{2})[ \t]*J\.?(?:[ \t]*(?:\t|\||[ ]{2})[ \t]*| )N\.?"
    r"[ \t]*(?:\t|\||[ ]{2}|$| A\.?(?:[ \t]*$|[ ]{2}))"
)
#: A cell that says the vote itself.
WORD_VOTE = {"ja": "ja", "nej": "nej", "avstår": "avstår", "avstod": "avstår", "avst": "avstår"}
#: A vote word column may abbreviate: "J", "N", "A" (a voteringslista with a column per votering).
_SHORT_VOTE = {"j": "ja", "n": "nej", "a": "avstår"}
#: Rows that are no one's vote.
_NO_VOTER = re.compile(r"(?i)^(?:summa|totalt|antal|resultat|ledamot|ledamöter|ersättare|namn|parti)\b")
#: "Omröstning § 37", "Omröstningslista § 149", "Bilaga 1 till protokoll § 43": the paragraph a table is for.
_FOR_PARAGRAPH = re.compile(
    r"(?i)(?:omröstning|votering|omröstningslista|voteringslista|omröstningsbilaga|röstlista|röstat|bilaga)"
    rf"[^\n§]{{0,60}}?{PARAGRAPH_REF}"
)

#: A bilaga's heading line: "Bilaga 1 – Närvaro- och omröstningslista", "Bilaga 2".
_BILAGA_HEADING = re.compile(r"(?i)^[ \t]*(?:protokolls)?bilaga[ \t]+(\d{1,2}|(?-i:[A-ZÅÄÖ]))\b")
#: A heading of a vote list without a number: "Voteringslista", "Närvaro- och omröstningslista".
VOTE_LIST_HEADING = re.compile(
    r"(?i)^[ \t]*(?:närvaro(?:lista)?-? och )?(?:voterings|omröstnings)(?:lista|bilaga|protokoll)[ \t:.]*$"
)
#: A numbered vote list, as a heading or referred to: "Voteringslista nr 1", "omröstningsbilaga 2".
VOTE_LIST = re.compile(
    r"(?i)(?<!\w)(?:voterings|omröstnings)(?:lista|listan|bilaga|bilagan|protokoll|protokollet)"
    r"[ \t,]*(?:nr\.?|nummer)?[ \t]*(\d{1,2})\b"
)

#: An ersättare's cell naming the member replaced too: "Fredrik Nord (C), tjg. ers. för Bo Berg (M)",
#: "Fredrik Nord (C) för Bo Berg (M)".
_REPLACES = re.compile(
    r"(?i)[,(]?\s*\b(?:(?:tjg\.?\s+|tjänstgörande\s+)?(?:ers\.|ersättare|ersätter|i stället)\s"
    r"|för\s+(?=[A-ZÅÄÖ]))"
)

#: A member's cell naming the ersättare who replaced them: "Bo Berg (M), ersatt av Fredrik Nord (C)".
_REPLACED_BY = re.compile(r"(?i)\b(?:ersatt|ersattes|ersätts) av\s")

#: (name, party) of a person a cell names, or None.
Who = tuple[str, str | None]


@dataclass
class VoteTable:
    """One printed vote table: its columns, votes ((omröstning within the table, vote)) and the places
    of members who did not vote (a replaced seat, Frånvarande)."""

    columns: Columns
    at: int
    header: bool
    votes: list[tuple[int, Vote]] = field(default_factory=list)
    absent: list[tuple[int, int]] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # the rows' cells as printed (collapse check)
    target: str | None = None
    end: int = 0  # where its last row ends
    sequel: bool = False  # the serving ersättare's rows of the table right above: the same omröstning
    silent: list[tuple[int, int, str]] = field(default_factory=list)  # seats named without a vote
    replaced: set[str] = field(default_factory=set)  # members an ersättare's row says they serve for


def read_tables(text: str, who: Callable[[str], Who | None]) -> list[VoteTable]:
    """The vote tables of `text` in order, each row read with `who` naming the person of a cell."""
    if not _LABEL_CELL.search(text) and not _LABEL_PAIR.search(text) and not LETTER_HEADER.search(text):
        return []  # no cell reads like a vote column's header: no table to look for (most items)
    tables: list[VoteTable] = []
    last_row = 0  # where the last table's last row starts
    for lines in table_blocks(text):
        block = join_wrapped(lines)  # "Lars Wennberg, 1:e vice" / "  M  X" / "ordförande": one row
        current: VoteTable | None = None
        pending: list[tuple[int, list[Cell]]] = []  # rows before a header: maybe the last table's
        for n, (at, cells) in enumerate(block):
            above = block[n - 1][1] if n else []
            cols = parse_header([c for c, _ in _widened(cells, above, block[n + 1 : n + 6])])
            if cols is not None and current is not None and any(c and who(c) for c, _ in cells):
                cols = None  # "Anna Ek⇥S⇥Ja⇥Nej": a row of vote words, not a header
            if cols is not None:
                _continuation(tables, pending, who)
                pending = []
                _paragraphs_above(text, at, cols)
                target = _target(text, at)
                if target is None and tables and tables[-1].target and _next_in_bilaga(text, last_row, at):
                    target = tables[-1].target  # "Omröstning 2" of the same bilaga: the same paragraph
                current = VoteTable(cols, at, header=True, target=target)
                current.sequel = bool(tables) and _serving_part(text, at, cols, tables[-1].columns, last_row)
                tables.append(current)
                last_row = at
            elif current is not None:
                _add_row(current, cells, who)
                last_row = at
            else:
                pending.append((at, cells))
        _continuation(tables, pending, who)
    replaced = {key for t in tables for key in t.replaced}
    for t in tables:  # "Anna Ek⇥S" without a mark, and "Bo Berg⇥M⇥Anna Ek⇥X" among the serving ersättare
        t.absent += [(a, b) for a, b, key in t.silent if key in replaced]
    return [t for t in tables if t.votes and not (_collapsed(t) and not _keeps_gaps(t, tables))]


def _next_in_bilaga(text: str, last_row: int, at: int) -> bool:
    """Whether a table's header at `at` follows the last table's rows with only a few short lines between
    (its sum, the next omröstning's heading: "Summa: Ja 10, Nej 7", "Omröstning 2: Ja = bifall …"), no
    paragraph's text."""
    between = [ln for ln in text[last_row:at].split("\n")[1:] if ln.strip()]
    return len(between) <= 3 and not any("§" in ln for ln in between)


def _serving_part(text: str, at: int, cols: Columns, last: Columns, last_row: int) -> bool:
    """Whether a header right under a vote table heads its serving ersättare's rows ("Tjänstgörande
    ersättare" over "Ersättare⇥Parti⇥För ledamot⇥Ja⇥Nej⇥Avstår"): the same omröstningar, the name
    column an ersättare's, only a few short lines between."""
    if cols.rounds != last.rounds or not _next_in_bilaga(text, last_row, at):
        return False
    above = text[text.rfind("\n", 0, max(0, at - 1)) + 1 : max(0, at - 1)]
    return 0 in cols.subs or bool(cols.replaced) or bool(_SERVING_HEADING.match(above))


#: A line heading the serving ersättare's part of a vote table.
_SERVING_HEADING = re.compile(r"(?i)^[ \t]*(?:tjänstgörande|tjänstg\.?|tjg\.?)[ \t]+ersättare[ \t:]*$")


def _keeps_gaps(table: VoteTable, tables: list[VoteTable]) -> bool:
    """Whether another part of the same table (its header repeated after a page break) keeps the empty
    cells before a mark ("Frida Berg⇥SD⇥⇥X"): the export dropped only trailing empty cells, so a part
    whose marks all stand in the first vote column ("Åsa Unger⇥S⇥X") did not collapse."""
    return any(
        o is not table
        and o.columns.votes == table.columns.votes
        and any(MARK.match(c) and "" in r[:k] for r in o.rows for k, c in enumerate(r))
        for o in tables
    )


def _widened(header: list[Cell], above: list[Cell], below: list[tuple[int, list[Cell]]]) -> list[Cell]:
    """A header with fewer cells than every row under it, under a row of cells that would fill the
    gap, lost its first columns to that row (HTML's rowspan: "Ledamot | Parti | Omröstning" over
    "Ja | Nej | Avstår"): empty cells stand in for them."""
    # a row's trailing empty cells may be dropped (HTML, Word): the widest row is the table's width
    widths = [len(cells) for _, cells in below]
    if len(widths) < 2 or max(widths) <= len(header) or not header:
        return header
    if sum(1 for c, _ in above if c) <= max(widths) - len(header):
        return header  # no header row above holds the missing columns' labels
    return [("", header[0][1])] * (max(widths) - len(header)) + header


def _continuation(
    tables: list[VoteTable], rows: list[tuple[int, list[Cell]]], who: Callable[[str], Who | None]
) -> None:
    """Rows without a header after a vote table go on with it when they fit its columns and mark a
    vote in one of them."""
    if not rows or not tables:
        return
    last = tables[-1]
    cols = last.columns
    if any(len(cells) > cols.width for _, cells in rows):
        return
    if not any(_vote_in(c, i, cols) for _, cells in rows for i, (c, _) in enumerate(cells)):
        return
    cont = VoteTable(cols, rows[0][0], header=False, target=last.target)
    for _, cells in rows:
        _add_row(cont, cells, who)
    tables.append(cont)


def _paragraphs_above(text: str, at: int, cols: Columns) -> None:
    """A line right above a header of several omröstningar naming as many paragraphs ("Votering § 45
    ⇥ Votering § 48" over "Ja Nej Avstår Ja Nej Avstår"): each omröstning is for its own paragraph."""
    if cols.paragraphs or cols.rounds < 2:
        return
    above = text[text.rfind("\n", 0, max(0, at - 1)) + 1 : max(0, at - 1)]
    found = PARAGRAPH.findall(above)
    if len(found) == cols.rounds:
        cols.paragraphs = {g: f"§{n}" for g, n in enumerate(found)}


def _target(text: str, at: int) -> str | None:
    """The paragraph named in the few lines above a table's header ("Omröstning § 37. Ja = …"), else
    the numbered vote list a heading there names ("lista:1" for "Voteringslista nr 1"), else the
    bilaga ("bilaga:1" for "Bilaga 1 – Omröstningslista"), else None."""
    above = [ln for ln in text[max(0, at - 400) : at].split("\n") if ln.strip()][-4:]
    # "X anger hur ledamoten röstat vid omröstning i⏎§ 182.": a sentence wrapped over the lines
    hits = [paragraph_key(m) for m in _FOR_PARAGRAPH.finditer(" ".join(above))]
    if hits:
        return hits[-1]
    lists = [m.group(1) for ln in above if (m := VOTE_LIST.match(ln))]
    if lists:
        return f"lista:{lists[-1]}"
    named = [m.group(1) for ln in above if (m := _BILAGA_HEADING.match(ln))]
    if named:
        return f"bilaga:{named[-1].upper()}"
    return "lista:" if any(VOTE_LIST_HEADING.match(ln) for ln in above) else None


def _add_row(table: VoteTable, cells: list[Cell], who: Callable[[str], Who | None]) -> None:
    table.rows.append([c for c, _ in cells])
    table.end = max([table.end, *(at + len(c) for c, at in cells)])
    votes, absent = read_row(pad(cells, table.columns.width), table.columns, who)
    table.votes += votes
    table.absent += absent
    cols, voted = table.columns, {person_key(v.person) for _, v in votes}
    for i in cols.replaced:
        if i < len(cells) and cells[i][0] and (gone := who(cells[i][0])):
            table.replaced.add(person_key(gone[0]))
    for a, b in zip(cols.seats, [*cols.seats[1:], len(cells)], strict=True):
        for i, (cell, at) in enumerate(cells[a:b], start=a):
            if not cell or i in cols.replaced or i in cols.party or MARK.match(cell):
                continue
            found = who(cell)
            if found is not None:
                if person_key(found[0]) not in voted and (at, at + len(cell)) not in absent:
                    table.silent.append((at, at + len(cell), person_key(found[0])))
                break


def read_row(
    cells: list[Cell], cols: Columns, who: Callable[[str], Who | None]
) -> tuple[list[tuple[int, Vote]], list[tuple[int, int]]]:
    """A row's votes, and the places of seats' members who did not vote (replaced or Frånvarande); a row
    of a list printed as two halves side by side holds two seats, read one after the other."""
    seats = cols.seats
    if len(seats) < 2:
        return _read_seat(cells, 0, cols, who)
    votes: list[tuple[int, Vote]] = []
    absent: list[tuple[int, int]] = []
    for a, b in zip(seats, [*seats[1:], len(cells)], strict=True):
        got, away = _read_seat(cells[a:b], a, cols, who)
        votes += got
        absent += away
    return votes, absent


def _read_seat(
    cells: list[Cell], offset: int, cols: Columns, who: Callable[[str], Who | None]
) -> tuple[list[tuple[int, Vote]], list[tuple[int, int]]]:
    """The votes of one seat's cells (the row's from column `offset` on), and where its member stands
    when they did not vote."""
    votes: list[tuple[int, Vote]] = []
    person: Who | None = None
    first: Who | None = None
    seat: tuple[int, int] | None = None  # where the row's first name stands
    seat_party: str | None = None
    away = False
    early: list[tuple[int, str]] = []  # marks before any name: a table whose vote columns come first
    gone_seats: list[tuple[int, int]] = []
    name_at = cols.name_column(offset) if offset in cols.votes else offset
    for i, (cell, at) in enumerate(cells, start=offset):
        vote = _vote_in(cell, i, cols)
        if vote is not None and person is None:
            early.append((cols.group(i), vote))
        if vote is not None and person is not None:
            group = cols.group(i)
            votes.append((group, Vote(person=person[0], vote=vote, party=person[1] or seat_party)))
        if i in cols.replaced:
            if cell and who(cell):
                gone_seats.append((at, at + len(cell)))  # "För ledamot": the member replaced, no voter
            continue
        if vote is not None or i in cols.votes or i in cols.words or i in cols.absent or i in cols.present:
            gone = (i in cols.absent and MARK.match(cell)) or (i in cols.present and _NOT_HERE.match(cell))
            away = away or bool(gone)
            continue
        # a party column before the name ("S  Anna Ek  X") is the row's party too
        code = party_code(cell) if len(cell) <= 4 and (person is not None or i in cols.party) else None
        if code and (i in cols.party or i + 1 < offset + len(cells)):
            seat_party = code  # a party column of its own
            continue
        found = who(cell) if cell else None
        if found is None and (i in cols.subs or i == name_at) and cell:
            found = _new_name(_upright_cell(cell), any_first=True)  # the name columns hold names only
        if found is not None:
            if first is None:
                seat, first = (at, at + len(cell)), found
            person = found
    if early and person is not None and not votes:
        # "X⇥⇥⇥Anna Ek⇥S": the marks stand before the seat's names, and are its last-named person's
        votes = [(g, Vote(person=person[0], vote=v, party=person[1] or seat_party)) for g, v in early]
    replaced = bool(votes) and first is not None and all(v.person != first[0] for _, v in votes)
    if seat is not None and (replaced or (away and not votes)):
        return votes, [seat, *gone_seats]
    return votes, gone_seats


#: A name cell printed surname first: "Strand, Olle", "Strand, Olle (M)".
_INVERTED_CELL = re.compile(r"([^,()]+),\s*([^,()]+?)(\s*\([^()]{1,4}\))?")


def _upright_cell(cell: str) -> str:
    """A name column's cell in normal order: "Strand, Olle (M)" -> "Olle Strand (M)"."""
    m = _INVERTED_CELL.fullmatch(cell)
    return f"{m.group(2).strip()} {m.group(1).strip()}{m.group(3) or ''}" if m else cell


def _vote_in(cell: str, i: int, cols: Columns) -> str | None:
    if i in cols.votes and not cols.words:
        # a mark, or the column's own vote written out ("Ja" under Ja) or as its letter ("J" under Ja)
        word = cell.casefold().strip(" .")
        if MARK.match(cell) or cols.votes[i][0] in (WORD_VOTE.get(word), _SHORT_VOTE.get(word)):
            return cols.votes[i][0]
        return None
    if i in cols.words:
        words = cell.casefold().replace("-", " ").split()
        word = words[0].strip(" .,;:()") if words else ""  # "Ja (bifall)", "Nej-röst"
        return WORD_VOTE.get(word) or _SHORT_VOTE.get(word)
    return None


def _collapsed(table: VoteTable) -> bool:
    """Rows that lost their empty cells: every marked row has no empty cell and one width, below the
    header's ("Anna Ek (S)⇥X" whatever column the X stood in). A vote word can still be read."""
    if table.columns.words:
        return False
    marked = [r for r in table.rows if any(MARK.match(c) for c in r)]
    widths = {len(r) for r in marked}
    full = all(all(c for c in r) for r in marked)
    return len(marked) > 1 and full and len(widths) == 1 and widths.pop() < table.columns.width


def voter(cell: str, finder: NameFinder) -> Who | None:
    """(name, party) of the person a table cell names: one of the document's people (also printed
    inverted, with or without a comma), or a full name printed with a party or a known first name."""
    cell = cell.strip(" *")
    if not cell or _NO_VOTER.match(cell) or MARK.match(cell):
        return None
    cue = _REPLACES.search(cell)
    if cue and cue.start() > 0:
        cell = cell[: cue.start()].strip(" ,(")  # "Fredrik Nord (C), ers. för Bo Berg": the ersättare votes
    if by := _REPLACED_BY.search(cell):
        cell = cell[by.end() :].strip(" ,()")  # "Bo Berg (M), ersatt av Fredrik Nord (C)": so here
    if (inner := re.fullmatch(r"(.+?)\s*\(([^()]{5,})\)", cell)) and not party_code(inner.group(2)):
        cell = inner.group(1)  # "Fredrik Nord (Bo Berg)": the ersättare in the seat of the member in brackets
    found = finder.find(cell)
    bare = re.sub(r"\s*\([^()]{1,4}\)\s*$", "", cell)
    if found:
        s, e, p = max(found, key=lambda t: t[1] - t[0])
        # a full name; or a first name no one else of the document has, alone in its cell (a scan
        # that lost the surname's letters: "Mirza" for "Mirza Hodžić")
        if " " in cell[s:e].strip() or "," in cell[s:e] or (len(found) == 1 and cell[s:e] == bare):
            p = upright(p, finder)  # "Berg Bo" read as a person besides Bo Berg
            return p.name, bracket_party(cell) or p.party
    if re.fullmatch(r"[A-ZÅÄÖ][\w\-]+", bare):  # a surname alone: "Ek (S)"
        known = finder.by_surname(bare, bracket_party(cell))
        return (known.name, bracket_party(cell) or known.party) if known is not None else None
    inverted = re.fullmatch(r"([^,()]+),\s*([^,()]+?)", bare)
    flips = [f"{inverted.group(2)} {inverted.group(1)}"] if inverted else []
    words = bare.split()
    flips += [" ".join(words[k:] + words[:k]) for k in range(1, len(words))] if "," not in bare else []
    for flip in flips:
        known = finder.by_key.get(person_key(flip))
        if known is not None:
            return known.name, bracket_party(cell) or known.party
    if inverted and (upright_new := _new_name(flips[0])):
        # "Kjell, Ann-Marie": a name printed surname first that the text names nowhere else
        return upright_new[0], bracket_party(cell) or upright_new[1]
    return _new_name(cell)


def bracket_party(cell: str) -> str | None:
    """The party in brackets ending a cell: "Anna Ek (S)" -> "S"."""
    m = re.search(r"\(([^()]{1,4})\)\s*$", cell)
    return party_code(m.group(1)) if m else None


def _new_name(cell: str, *, any_first: bool = False) -> Who | None:
    """A name the document's people lack, printed as a full name: "Anna Ek (S)", "Karl-Erik Lund" (a
    first name the name list lacks too, with `any_first`: a cell of a column of names)."""
    m = re.fullmatch(rf"({RUN})\s*(?:\(([^()]{{1,4}})\))?", cell)
    if not m:
        return None
    words = trim_name(split_run(m.group(1)), keep="left")
    if len(words) < 2 or " ".join(words) != clean_name(m.group(1)):
        return None
    party = party_code(m.group(2)) if m.group(2) else None
    if not (party or any_first or is_first_name(words[0])):
        return None
    return " ".join(words), party


def voters(table: VoteTable) -> set[str]:
    """The keys of the people who voted in a table."""
    return {person_key(v.person) for _, v in table.votes}
