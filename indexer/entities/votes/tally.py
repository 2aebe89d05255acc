"""The printed result of an omröstning ("Med 10 ja-röster mot 8 nej-röster, 1 ledamot avstår"), and a
general reader of vote blocks that the result checks.

Every omröstning whose votes are printed per person prints its result as counts too. When the readers of
known shapes (`indexer.entities.votes.tables`, `lists`, `rows`) give an item fewer votes than its result
counts, `tally_readings` reads the document's vote blocks from the cues every one of them shares, whatever
the layout:

- lines that each name one member (a person of the document who is no tjänsteperson, in any order:
  "Anna Ek (S)", "Ek, Anna") with one vote: a vote word ("Ja", "Nej", "Avstår", "J", "N", "A") or a
  mark ("X", "✓") whose column says the vote;
- a mark's column is its cell (tab- or bar-separated lines) or where it stands on the line (a text
  layout); the columns, left to right, are Ja, Nej and Avstår in the order a header naming them prints
  them, else in that order with any of them missing;
- a block's reading is kept only when its counts are the printed ones exactly, its people are distinct
  members, and no other item holds the same votes already.

The item's own text is read first, then the text before the first item (a närvaro- och voteringslista
on the first pages), then the other items' (a list printed at the end).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from indexer.entities.finder import NameFinder
from indexer.entities.keys import person_key
from indexer.entities.serving import SERVES_FOR, SUBSTITUTE
from indexer.entities.votes.grid import parse_header
from indexer.entities.votes.tables import MARK, WORD_VOTE, bracket_party, voter
from indexer.entities.votes.voters import full_names
from indexer.types import Person, Vote

#: A count as printed: digits or a number word.
_WORDS = "noll ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton"
_NUMBER_WORDS = {w: n for n, w in enumerate([*_WORDS.split(" "), "arton", "nitton", "tjugo"])} | {"en": 1}
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_JA = (
    rf"(?:(?P<ja>{_NUM})[ \t]+ja(?:-?[ \t]?röst(?:er(?:na)?)?)?"
    rf"|ja(?:-?[ \t]?röster)?[ \t]*[:=]?[ \t]*(?P<ja2>{_NUM}))"
)
_NEJ = (
    rf"(?:(?P<nej>{_NUM})[ \t]+nej(?:-?[ \t]?röst(?:er(?:na)?)?)?"
    rf"|nej(?:-?[ \t]?röster)?[ \t]*[:=]?[ \t]*(?P<nej2>{_NUM}))"
)
_AVST = (
    rf"(?:(?P<av>{_NUM})\s+(?:ledam(?:ot|öter)\s+|röst(?:er)?\s+|st\.?\s+)?(?:som\s+)?"
    r"(?:avstår|avstod|avstått|avstående|avstod från|nedlagda?)"
    rf"|(?:avstår|avstod|avstående|avst\.|nedlagda röster)[ \t]*[:=]?[ \t]*(?P<av2>{_NUM}))"
)
#: "Med 10 ja-röster mot 8 nej-röster, 1 ledamot avstår", "7 ja och 4 nej", "Ja 5, Nej 3, Avstår 1".
TALLY = re.compile(
    rf"(?i)(?<![\w-]){_JA}(?![\w-])[^.\d§\n]{{0,40}}?(?:\n[^.\d§\n]{{0,10}})?(?<![\w-]){_NEJ}(?![\w-])"
    rf"(?:[^.\d§\n]{{0,40}}?(?:\n[^.\d§\n]{{0,10}})?(?<![\w-]){_AVST}(?![\w-]))?"
)


@dataclass(frozen=True)
class Tally:
    """The counts an omröstning's result prints (avstår None when it prints none)."""

    ja: int
    nej: int
    avstår: int | None

    @property
    def total(self) -> int:
        return self.ja + self.nej + (self.avstår or 0)

    def same(self, other: Tally) -> bool:
        """Whether two results may be one omröstning's (the one that prints no avstår fits any)."""
        if (self.ja, self.nej) != (other.ja, other.nej):
            return False
        return None in (self.avstår, other.avstår) or self.avstår == other.avstår

    def fits(self, counts: dict[str, int]) -> bool:
        """Whether a reading's counts are these."""
        avst = counts.get("avstår", 0)
        return (
            counts.get("ja", 0) == self.ja
            and counts.get("nej", 0) == self.nej
            and (self.avstår is None or avst == self.avstår)
        )


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())


def tallies(text: str) -> list[Tally]:
    """The results an item's text prints as counts, in order (one per omröstning)."""
    out: list[Tally] = []
    for m in TALLY.finditer(text):
        ja, nej = _count(m.group("ja") or m.group("ja2")), _count(m.group("nej") or m.group("nej2"))
        if ja is None or nej is None or ja + nej < 2:
            continue
        tally = Tally(ja, nej, _count(m.group("av") or m.group("av2")))
        if out and out[-1].same(tally):
            # one omröstning's result printed twice: "Summa: Ja 7 Nej 5 Avstår 0", "Med 7 ja-röster mot 5 …"
            out[-1] = out[-1] if out[-1].avstår is not None else tally
            continue
        out.append(tally)
    return out


#: Roles of people who take no part in a vote.
_NOT_VOTING = {"tjänsteperson", "föredragande", "sekreterare"}


def is_member(p: Person) -> bool:
    """Whether a person may vote: a ledamot or ersättare, not someone present in their office (a role
    of an official, or listed among those present with a title and no party: "Eva Ek, kommundirektör";
    members too are listed under "Närvarande")."""
    roles = set(p.roles)
    if roles and roles <= _NOT_VOTING:
        return False
    return not (roles and roles <= _NOT_VOTING | {"närvarande"} and p.title and not p.party)


#: A vote word as a cell: "Ja", "Nej", "Avstår", or its initial.
_WORD = {**WORD_VOTE, "j": "ja", "n": "nej", "a": "avstår"}


@dataclass
class _Line:
    at: int
    person: Person
    party: str | None
    # each vote the line prints, left to right (one per omröstning of the block): a vote word's vote, or
    # a mark's column ("cell", index) or ("x", where on the line)
    tokens: list[tuple[str | None, tuple[str, float] | None]]
    part: int = 0  # the block's part the line stands in: parts are apart by a blank line (a page break)


def _cells(line: str) -> tuple[str, list[tuple[str, float]]]:
    """A line's cells with their column: ("cell", [(text, index)]) for tab- or bar-separated lines,
    ("x", [(text, middle)]) for a text layout (cells apart by two spaces or more)."""
    if "\t" in line or line.count("|") >= 2:
        sep = "\t" if "\t" in line else "|"
        return "cell", [(c.strip(), float(k)) for k, c in enumerate(line.split(sep))]
    parts = [(m.group(0), m.start() + (len(m.group(0)) - 1) / 2) for m in re.finditer(r"\S+(?: \S+)*", line)]
    return "x", parts


#: A cell naming the member an ersättare serves for: "tjg ers för Per Axelsson (M)", "för Bo Berg",
#: "ersätter Bo Berg", "i stället för Bo Berg".
_SERVES_FOR = re.compile(rf"(?i)^[ \t(]*(?:{SERVES_FOR}|{SUBSTITUTE})[ \t]")


def _read_line(line: str, at: int, finder: NameFinder) -> _Line | None:
    """A member and their one vote on a line, or None. The voter is the member named last before the
    vote (the serving ersättare in a column after the seat's member), else the first named after it; a
    cell naming whom an ersättare serves for names no voter."""
    kind, cells = _cells(line)
    names: list[tuple[float, Person, str | None]] = []
    votes: list[tuple[str | None, float]] = []
    for text, where in cells:
        if not text:
            continue
        if MARK.match(text) and not text.isdigit():
            votes.append((None, where))
            continue
        word = _WORD.get(text.casefold().strip(" .:"))
        if word is not None:
            votes.append((word, where))
            continue
        if re.search(r"[a-zåäö]", text) and not _SERVES_FOR.match(text):
            found = voter(text, finder)
            known = finder.by_key.get(person_key(found[0])) if found else None
            if known is not None and found is not None:
                names.append((where, known, found[1]))
    if not names or not 1 <= len(votes) <= 4:
        return None
    first = votes[0][1]
    before = [n for n in names if n[0] < first]
    _, person, party = before[-1] if before else names[0]
    if not is_member(person) or any(n[0] > first for n in names if n[1] is not person):
        return None  # a name between the votes: two seats on one line
    tokens = [(word, None if word else (kind, where)) for word, where in votes]
    return _Line(at, person, party or person.party, tokens)


#: A line naming one vote, the label of the names after it or on the lines under it: "Ja-röster (8)",
#: "Nej:", "Avstår – 1 röst", "Följande röstar ja:", "Nej-röster (3): Anna Ek (S), Bo Berg (M)".
_LABEL = re.compile(
    r"(?i)^[ \t]*(?:följande(?:[ \t]+ledamöter)?[ \t]+)?(?:röstade|röstar|röstat)?[ \t]*"
    r"(?P<vote>ja|nej|avstår|avstod|avstående|avstår från att rösta|nedlagda röster"
    r"|(?:ja|nej)-?[ ]?röst(?:er)?)"
    r"(?:[ \t]*(?:\(\d{1,3}\)|[–-]?[ \t]*\d{1,3}(?:[ \t]+röst(?:er)?)?))?"
    r"[ \t]*(?::[ \t]*|$|\t|[ ]{2,})(?P<rest>.*)$"
)
#: What a line listing names holds besides them: parties in brackets, separators, bullets, numbering.
_LIST_FILLER = re.compile(r"(?i)\([^()\n]{1,5}\)|\b(?:och|samt)\b|[,;&•*·\-–.]|\b\d{1,3}\.|\s+")


def _label_vote(line: str) -> tuple[str, str] | None:
    """(vote, the rest of the line) of a line labelling one vote, None for any other line (a header of
    several vote columns, "Ja⇥Nej⇥Avstår", labels none)."""
    m = _LABEL.match(line)
    if m is None:
        return None
    rest = m.group("rest")
    if any(
        _WORD.get(w.casefold().strip(" .:()")) for w in re.split(r"[\t,|]|\s{2,}", rest) if len(w.strip()) > 1
    ):
        return None
    word = m.group("vote").casefold()
    vote = "ja" if word.startswith("ja") else "nej" if word.startswith("nej") else "avstår"
    return vote, rest


def _listed(line: str, at: int, vote: str, finder: NameFinder) -> list[_Line]:
    """The members a line lists and nothing else ("Anna Ek (S), Bo Berg (M) och Eva Ros (V)"), each with
    the vote of the label above or before them; none when the line holds other words."""
    found = full_names(line, finder)
    if not found:
        return []
    residue = line
    for s, e, _ in sorted(found, reverse=True):
        residue = residue[:s] + " " + residue[e:]
    if _LIST_FILLER.sub("", residue):
        return []
    out = []
    for s, e, p in found:
        known = finder.by_key.get(person_key(p.name))
        if known is None or not is_member(known):
            return []
        party = bracket_party(line[s : e + 8].split(")")[0] + ")") if "(" in line[e : e + 3] else None
        out.append(_Line(at + s, known, party or known.party, [(vote, None)]))
    return out


def _blocks(text: str, finder: NameFinder) -> list[tuple[list[_Line], str]]:
    """Runs of vote lines (a few other lines may stand between: a sum, a page's header), each with the
    text from a few lines above it (where a header naming the vote columns stands). A vote line names a
    member with a mark or vote word, or lists members under (or after) a label naming one vote."""
    out: list[tuple[list[_Line], str]] = []
    run: list[_Line] = []
    gap, pos, start = 0, 0, 0
    label: str | None = None
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    part = 0
    for k, line in enumerate(lines):
        if not line.strip():
            part += 1
            continue
        reads: list[_Line] = []
        read = _read_line(line, offsets[k], finder)
        labelled = _label_vote(line) if read is None else None
        if read is not None:
            reads = [read]
        elif labelled is not None:
            label, rest = labelled
            reads = _listed(rest, offsets[k] + len(line) - len(rest), label, finder)
            if not run:
                start = max(0, k - 4)
            gap = 0
        elif label is not None:
            reads = _listed(line, offsets[k], label, finder)
        if reads:
            if not run:
                start = max(0, k - 4)
            for read_line in reads:
                read_line.part = part
            run += reads
            gap = 0
            continue
        if labelled is not None:
            continue
        label = None
        gap += 1
        if run and (gap > 4 or re.match(r"[ \t]*§[ \t]*\d", line)):
            out.append((run, "\n".join(lines[start : k + 1])))
            run, gap = [], 0
    if run:
        out.append((run, "\n".join(lines[start:])))
    return out


def _header_columns(head: str) -> dict[tuple[str, float], str]:
    """The vote columns a header line above a block names ((kind, column) -> vote)."""
    for line in reversed(head.split("\n")):
        kind, cells = _cells(line)
        cols = parse_header([c for c, _ in cells])
        if cols is not None and cols.rounds == 1 and not cols.words:
            return {(kind, cells[i][1]): v for i, (v, _) in cols.votes.items() if i < len(cells)}
    return {}


def _cluster(columns: list[tuple[str, float]]) -> list[list[tuple[str, float]]]:
    """The distinct columns of a block's marks, left to right; marks of a text layout a few characters
    apart stand in one column."""
    groups: list[list[tuple[str, float]]] = []
    for c in sorted(set(columns)):
        if groups and groups[-1][-1][0] == c[0] and c[1] - groups[-1][-1][1] <= (0 if c[0] == "cell" else 3):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def read_block(
    lines: list[_Line], head: str, tally: Tally, rnd: int = 0, rounds: int = 1
) -> list[Vote] | None:
    """A block's votes when one reading of its columns gives the tally's counts exactly, else None. A
    block whose lines each print `rounds` votes holds the item's omröstningar side by side: omröstning
    `rnd` (0 first) is each line's vote in that place."""
    widths = {len(ln.tokens) for ln in lines}
    if len(widths) != 1 or widths.pop() not in (1, rounds):
        return None
    picked = [ln.tokens[rnd] if len(ln.tokens) > 1 else ln.tokens[0] for ln in lines]
    keys = [person_key(ln.person.name) for ln in lines]
    if len(set(keys)) != len(keys) or len(lines) < tally.ja + tally.nej:
        return None
    if tally.avstår is not None and len(lines) != tally.total:
        return None
    groups = _cluster([column for _, column in picked if column is not None])
    if len({c[0] for g in groups for c in g}) > 1:
        return None
    header = _header_columns(head)
    readings: list[dict[tuple[str, float], str]] = []
    by_header = {c: header[c] for g in groups for c in g if c in header}
    if len(groups) <= 3:
        if header and len(by_header) == sum(len(g) for g in groups):
            readings.append(by_header)
        readings += _named(groups)
    fitting = []
    for reading in readings:
        if _fits(reading, picked, len(lines), tally) and reading not in fitting:
            fitting.append(reading)
    if not fitting and len(groups) > 1:
        picked = [(w, _in_part(ln, c)) for ln, (w, c) in zip(lines, picked, strict=True)]
        fitting = _by_parts(lines, picked, tally)
    if not fitting or (len(fitting) > 1 and not (by_header and fitting[0] == by_header)):
        return None
    reading = fitting[0]
    return [
        Vote(person=ln.person.name, vote=_vote_of(token, reading) or "", party=ln.party)
        for ln, token in zip(lines, picked, strict=True)
    ]


def _in_part(line: _Line, column: tuple[str, float] | None) -> tuple[str, float] | None:
    """A mark's column of a text layout keyed by the block's part it stands in ("x1", 58.0)."""
    return (f"x{line.part}", column[1]) if column is not None and column[0] == "x" else column


#: At most this many parts of a block are read each by its own columns.
_MAX_PARTS = 3


def _by_parts(
    lines: list[_Line], picked: list[tuple[str | None, tuple[str, float] | None]], tally: Tally
) -> list[dict[tuple[str, float], str]]:
    """The readings of a text layout's block whose parts (apart by a blank line: a page break) each set
    their marks in columns of their own: a text export lays out each page anew, so the same column may
    stand a few characters off on the next page. Each part's distinct mark columns are Ja, Nej, Avstår
    in that order, some missing; the readings whose counts are the tally's (`picked`: the marks'
    columns keyed by their part, `_in_part`)."""
    parts = sorted({ln.part for ln in lines})
    if not 1 < len(parts) <= _MAX_PARTS or any(c is not None and not c[0].startswith("x") for _, c in picked):
        return []
    options = []
    for part in parts:
        groups = _cluster(
            [c for ln, (_, c) in zip(lines, picked, strict=True) if ln.part == part and c is not None]
        )
        if len(groups) > 3:
            return []
        options.append(_named(groups))
    fitting = []
    for combo in itertools.product(*options):
        reading = {c: v for part in combo for c, v in part.items()}
        if _fits(reading, picked, len(lines), tally):
            fitting.append(reading)
    return fitting


def _named(groups: list[list[tuple[str, float]]]) -> list[dict[tuple[str, float], str]]:
    """Each way to name groups of mark columns, left to right, Ja, Nej and Avstår in that order (some
    missing): a reading of a block's marks."""
    return [
        {c: v for g, v in zip(groups, names, strict=True) for c in g}
        for names in itertools.combinations(("ja", "nej", "avstår"), len(groups))
    ]


def _fits(
    reading: dict[tuple[str, float], str],
    picked: list[tuple[str | None, tuple[str, float] | None]],
    voters: int,
    tally: Tally,
) -> bool:
    """Whether a reading gives each of the `voters` lines a vote and its counts are the printed result."""
    votes = [v for token in picked if (v := _vote_of(token, reading))]
    return len(votes) == voters and tally.fits({v: votes.count(v) for v in set(votes)})


def _vote_of(
    token: tuple[str | None, tuple[str, float] | None], reading: dict[tuple[str, float], str]
) -> str | None:
    """A printed vote: its word, else what a reading of the columns says its mark is."""
    word, column = token
    if word:
        return word
    return reading.get(column) if column is not None else None


#: A text's vote blocks, read once for every result of a document that looks for them.
Blocks = dict[str, list[tuple[list[_Line], str]]]


@dataclass(frozen=True)
class TallySearch:
    """What `tally_readings` looks for: the vote blocks of one omröstning of an item.

    Attributes:
        tally: The omröstning's printed result, whose counts a block's reading must give exactly.
        finder: The document's people, who name a block's lines.
        taken: Each other omröstning's (person key, vote) pairs, the item's own other rounds too; a block
            whose votes one of them holds already is another omröstning's.
        rnd: Which of the item's results it is (0 first).
        rounds: How many results the item prints; a block whose lines each print that many votes holds
            them side by side.
    """

    tally: Tally
    finder: NameFinder
    taken: Sequence[AbstractSet[tuple[str, str]]] = ()
    rnd: int = 0
    rounds: int = 1


def tally_readings(texts: list[str], search: TallySearch, seen: Blocks | None = None) -> Iterator[list[Vote]]:
    """Each block's votes that the search's tally fits.

    The first reading (`next(…, [])`) is the block the general reader takes.

    Args:
        texts: The texts to read, in order (the item's own first).
        search: The omröstning looked for.
        seen: Each text's blocks, kept for the document's next result (filled as texts are read).

    Yields:
        The votes of each block, in the order of `texts`, that the tally fits and no other omröstning
        in `search.taken` holds already.
    """
    seen = {} if seen is None else seen
    for text in texts:
        if text not in seen:
            seen[text] = _blocks(text, search.finder)
        for lines, head in seen[text]:
            votes = read_block(lines, head, search.tally, search.rnd, search.rounds)
            if votes is None:
                continue
            pairs = {(person_key(v.person), v.vote) for v in votes}
            if any(pairs <= t for t in search.taken):
                continue
            yield votes


__all__ = [
    "TALLY",
    "Tally",
    "TallySearch",
    "bracket_party",
    "is_member",
    "read_block",
    "tallies",
    "tally_readings",
]
