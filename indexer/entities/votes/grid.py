"""Vote tables as text: their lines split into cells (with offsets), and what a header row's columns hold.

A converter prints a table as markdown ("| Anna Ek | S | X |  |"), as tab-separated cells (HTML,
Word, the PDF layer, which keeps a tab per column: `indexer.read.pdf_tables`) or as columns aligned
with spaces (a text layer that kept the layout). Editors drop trailing empty cells, so a row may be
shorter than its header: it is padded. Rows of one table may stand apart by blank lines (HTML).

A header names the columns: vote columns (Ja, Nej, Avstår and their variants; a set printed twice,
"Ja Nej Avstår Ja Nej Avstår", is two omröstningar unless a name column stands between the sets: then
it is the members' and the serving ersättare's votes side by side), a column holding the vote as a
word ("Röst"), a Frånvarande column, the serving ersättare's name column and a party column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.entities.parties import party_code
from indexer.entities.serving import REPLACES, SUBSTITUTE
from indexer.entities.votes.margin import blank_label, without_labels

#: A header cell naming a vote column -> the vote.
_VOTE_LABELS = (
    (re.compile(r"(?i)^(?:ja|ja-?röst(?:er)?|ja röst(?:er)?|bifall|för)$"), "ja"),
    (re.compile(r"(?i)^(?:nej|nej-?röst(?:er)?|nej röst(?:er)?|avslag|emot|mot)$"), "nej"),
    (
        re.compile(
            r"(?i)^(?:avstår|avstå|avst\.?|avs\.?|avstod|avstått|avstående|avstår från att rösta|nedlagd röst"
            r"|ej röstande)$"
        ),
        "avstår",
    ),
)
#: A count after a vote column's label: "Ja (7)", "Nej 5"; or what the vote stands for, in brackets:
#: "Ja (bifall)", "Nej (avslag)", "Ja (för KS förslag)".
_COUNT = re.compile(r"[ \t]*(?:\(\d{1,3}\)|\d{1,3}|\((?:bifall|avslag|för|mot|emot)\b[^()]{0,40}\))$", re.I)
#: A header cell of a column that holds the vote as a word ("Röst": "Ja").
_WORD_COLUMN = re.compile(
    r"(?i)^(?:(?:röst|röstar|röstade|votum|votering|omröstning|omr\.|vot\.|ställningstagande"
    r"|ja/nej(?:/avst(?:år|\.)?)?"
    r"|j/n(?:/a)?)"
    r"(?:[ \t]*(?:nr\.?[ \t]*)?\d{1,2})?"
    r"|(?:votering|omröstning|röst)?[ \t]*(?:i[ \t]+)?§[ \t]*\d{1,4})"
    r"(?:[ \t]*[(–-][ \t]*[^()\d]{2,40}\)?)?$"  # what the omröstning was on: "§ 49 (återremiss)"
)
#: The paragraph a column's votes are for: "§ 45", "Votering § 45".
PARAGRAPH = re.compile(r"§[ \t]*(\d{1,4})")
#: A paragraph named in a vote's heading: "§ 45", or without the sign: "ärende 45", "ärende nr 45",
#: "ärendepunkt 45", "punkt 45" (not a case number: "ärende 2026/45").
PARAGRAPH_REF = (
    r"(?:(?P<sign>§)|\bärende(?:punkt)?(?:[ \t]+nr\.?)?[ \t]|\bpunkt[ \t])[ \t]*(?P<n>\d{1,4})(?![\d/.:\-]\d)"
)


def paragraph_key(m: re.Match[str]) -> str:
    """The target a `PARAGRAPH_REF` match names: "§45" for "§ 45", "ärende:5" for "ärende 5" (the item
    numbered 5, else the fifth item: an agenda's numbering)."""
    return f"§{m.group('n')}" if m.group("sign") else f"ärende:{m.group('n')}"


#: The paragraph a set of vote columns is for, in the cell of its first label: "§ 41 Ja", "Votering § 41:
#: Ja", "Omröstning i § 41 – Ja".
_NAMED_SET = re.compile(
    r"(?i)^(?:(?:votering|omröstning)(?:[ \t]+i)?[ \t]*)?§[ \t]*(\d{1,4})[ \t]*[:.–-]?[ \t]+"
)
#: A header cell of the column marking who was absent.
_ABSENT_COLUMN = re.compile(r"(?i)^(?:frånv\.?|frånvarande|frånvaro|ej närvarande|ej närv\.?)$")
#: A header cell of the column marking who was present ("Närv.": "N", "Tj", or "-" for absent).
_PRESENT_COLUMN = re.compile(r"(?i)^(?:närv\.?|närvarande|närvaro|närvarokod)$")
#: A header cell of the serving ersättare's name column ("Tjänstgörande ersättare", "Tjg ers.", "Tjänstg.
#: ers.").
_SUB_COLUMN = re.compile(rf"(?i)^{SUBSTITUTE}$")
#: A header cell of the column naming the member a serving ersättare replaces ("För ledamot", "Ersätter",
#: "Tjänstgör för", "Ersättare för", "Istället för"): that member cast no vote, and took no part
#: (`indexer.entities.absence` reads the same column in attendance lists).
REPLACED_COLUMN = re.compile(
    rf"(?i)^(?:för[ \t]+(?:ledamot|ordinarie(?:[ \t]+ledamot)?)|ersatt[ \t]+ledamot"
    rf"|{REPLACES}(?:[ \t]+ledamot)?)$"
)
#: A header cell of a party column.
_PARTY_COLUMN = re.compile(r"(?i)^(?:parti|partibeteckning|grupp)$")

#: A cell that marks a vote in its column.
MARK = re.compile(r"^(?:[Xx×✓✔✗✕●•]|1)$")
#: A table cell: its text (stripped) and where it starts in the text.
Cell = tuple[str, int]


@dataclass
class Columns:
    """What a vote table's columns hold (indexes into a row's cells)."""

    votes: dict[int, tuple[str, int]]  # column -> (vote, omröstning within the table, 0 first)
    words: set[int] = field(default_factory=set)  # columns holding the vote word, one omröstning each
    absent: set[int] = field(default_factory=set)
    present: set[int] = field(default_factory=set)
    subs: set[int] = field(default_factory=set)
    replaced: set[int] = field(default_factory=set)  # the member an ersättare serves for
    party: set[int] = field(default_factory=set)
    paragraphs: dict[int, str] = field(default_factory=dict)  # omröstning -> the § it is for ("§45")
    width: int = 0
    labels: tuple[str, ...] = ()

    @property
    def rounds(self) -> int:
        """How many omröstningar the table holds."""
        return max(1 + max((g for _, g in self.votes.values()), default=0), len(self.words))

    @property
    def seats(self) -> list[int]:
        """The columns each seat of a row starts at: 0, and where the header repeats its first label (a
        list printed as two halves side by side, "Ledamot  Parti  § 91  Ledamot  Parti  § 91")."""
        first = self.labels[0] if self.labels else ""
        kinds = (self.votes, self.words, self.absent, self.present, self.subs, self.replaced, self.party)
        if 0 in self.votes:  # "Ja  Nej  Avstår  Ledamot  Ja  Nej  Avstår  Ledamot": marks before names
            return [0] + [
                i for i in range(1, len(self.labels))
                if self.labels[i] == first and i in self.votes and i - 1 not in self.votes
            ]  # fmt: skip
        return [0] + [
            i for i in range(1, len(self.labels))
            if first and self.labels[i] == first and not any(i in k for k in kinds)
        ]  # fmt: skip

    def name_column(self, start: int = 0) -> int:
        """The seat's name column from column `start` on: the first that holds no vote, party, presence
        nor serving ersättare (`start` itself when every column does)."""
        kinds = (self.votes, self.words, self.absent, self.present, self.subs, self.replaced, self.party)
        return next((i for i in range(start, self.width) if not any(i in k for k in kinds)), start)

    def group(self, i: int) -> int:
        """The omröstning (0 first) column i's votes belong to: "Votering 1", "Votering 2" each one."""
        if i in self.votes:
            return self.votes[i][1]
        return sorted(self.words).index(i) if i in self.words else 0


def _label(cell: str) -> str:
    return cell.strip(" *:").casefold()


#: Vote columns headed by their initials ("J  N  A"): read so only in a header holding both J and N.
_LETTER_LABELS = {"j": "ja", "n": "nej", "a": "avstår"}


def _letters(labels: tuple[str, ...]) -> bool:
    """Whether a header heads its vote columns with initials: a "J" and an "N" cell (a legend such as
    "J = ja, N = nej" names them), not merely an "A" or an "N" among other labels."""
    return {"j", "n"} <= {label.strip(".") for label in labels}


def parse_header(cells: list[str]) -> Columns | None:
    """The columns of a header row (two vote labels at least, or a vote word column), or None."""
    cols = Columns(votes={}, width=len(cells), labels=tuple(_label(c) for c in cells))
    group, seen, named_since = 0, set[str](), False
    letters = _letters(cols.labels)
    for i, cell in enumerate(cells):
        label = cell.strip(" *:")
        named = _NAMED_SET.match(label)
        following = cells[i + 1] if i + 1 < len(cells) else ""
        if named and _is_vote_label(label[named.end() :]) and _is_vote_label(following):
            # "§ 41 Ja⇥Nej": the paragraph heading a set of vote columns, printed in its first label's cell
            # (alone, "§ 49 – Ja" may head a column of vote words)
            label = label[named.end() :]
            cols.paragraphs[group + 1 if seen else group] = f"§{named.group(1)}"
        bare = _COUNT.sub("", label)  # "Ja (7)": the column's count printed in its header
        vote = next((v for rx, v in _VOTE_LABELS if rx.match(bare)), None)
        if vote is None and letters:
            vote = _LETTER_LABELS.get(bare.casefold().strip("."))
        if vote is not None:
            if vote in seen and not named_since:
                group, seen = group + 1, set()  # "Ja Nej Avstår Ja Nej Avstår": a second omröstning
            elif vote in seen:
                seen = set()  # the ersättare's own vote columns, same omröstning
            seen.add(vote)
            cols.votes[i] = (vote, group)
            named_since = False
        elif _WORD_COLUMN.match(label):
            if m := PARAGRAPH.search(label):
                cols.paragraphs[len(cols.words)] = f"§{m.group(1)}"  # a voteringslista's column per §
            cols.words.add(i)
        elif _ABSENT_COLUMN.match(label):
            cols.absent.add(i)
        elif _PRESENT_COLUMN.match(label):
            cols.present.add(i)
        elif _PARTY_COLUMN.match(label):
            cols.party.add(i)
        elif _SUB_COLUMN.match(label):
            cols.subs.add(i)
            named_since = True
        elif REPLACED_COLUMN.match(label) and i > 0:
            cols.replaced.add(i)
            named_since = True
        elif label and i > 0:
            named_since = True
    if len({v for v, _ in cols.votes.values()}) >= 2 or cols.words:
        return cols
    return None


def _is_vote_label(cell: str) -> bool:
    label = _COUNT.sub("", cell.strip(" *:"))
    return any(rx.match(label) for rx, _ in _VOTE_LABELS)


def _split(line: str, start: int) -> list[Cell] | None:
    """Cells of a markdown or tab-separated line, or None for another line."""
    s = line.strip()
    if s.startswith("|"):
        sep, base = "|", start + line.index("|") + 1
        body = s[1:-1] if s.endswith("|") and len(s) > 1 else s[1:]
    elif "\t" in line:
        sep, body, base = "\t", line, start
    else:
        return None
    cells: list[Cell] = []
    pos = base
    for raw in body.split(sep):
        lead = len(raw) - len(raw.lstrip())
        cells.append((raw.strip(), pos + lead))
        pos += len(raw) + 1
    return cells


_WORDS = re.compile(r"\S+(?: \S+)*")


def _aligned(lines: list[tuple[str, int]]) -> dict[int, list[Cell]]:
    """Tables whose columns are aligned with spaces: for the header and each row under it (to a blank
    line), its cells by the header's columns, keyed by line index."""
    out: dict[int, list[Cell]] = {}
    for i, (line, start) in enumerate(lines):
        if "\t" in line or line.strip().startswith("|") or not re.search(r"\S {2,}\S", line):
            continue
        cols = [part for m in _WORDS.finditer(line) for part in _header_words(m.group(0), m.start())]
        if cols and cols[0][0] >= 8 and _is_vote_label(cols[0][1]):
            # "        Ja   Nej": the name column printed without a header, or its labels on the line above
            # ("Ledamot   Parti   Omröstning 1" over "                  Ja  Nej  Avst")
            cols = _labels_above(lines[i - 1][0] if i else "", cols[0][0]) + cols
        if parse_header([c for _, c in cols]) is None:
            continue
        out[i] = [(c, start + s) for s, c in cols]
        place = _Placer(cols)
        for k in range(i + 1, len(lines)):
            row, at = lines[k]
            if not row.strip() or _SUBHEADING.match(row):
                if _rows_go_on(lines, k):
                    continue  # "Ersättare" over the serving ersättare's rows, a blank line: same columns
                break
            cells: list[Cell] = [("", at)] * len(cols)
            for m in _WORDS.finditer(row):
                for word, a in _split_code(m.group(0), m.start(), bool(place.party)):
                    j = place(word, a, a + len(word), named=any(c for c, _ in cells))
                    text = (cells[j][0] + " " + word).strip()
                    cells[j] = (text, cells[j][1] if cells[j][0] else at + a)
            out[k] = cells
    return out


def _labels_above(line: str, first: int) -> list[tuple[int, str]]:
    """The columns left of a header's first vote label (at `first`): the labels the line above prints
    there when it starts with one ("Ledamot", "Parti"), else a name column without a header."""
    above = [part for m in _WORDS.finditer(line) for part in _header_words(m.group(0), m.start())]
    left = [(a, c) for a, c in above if a + len(c) < first]
    if left and left[0][0] < 4 and all(_known_label(c) for _, c in left):
        return left
    return [(0, "")]


#: A header label that a printer may set one space from the next ("Parti Närvarande   Ja   Nej"):
#: the name column's label, or one `parse_header` reads.
_NAME_LABEL = re.compile(r"(?i)^(?:ledamot|ledamöter|namn|ledamot/ersättare)$")


def _known_label(cell: str) -> bool:
    label = cell.strip(" *:")
    bare = _COUNT.sub("", label)
    named = _NAMED_SET.match(label)
    return bool(
        any(rx.match(bare) for rx, _ in _VOTE_LABELS)
        or (named and _is_vote_label(label[named.end() :]))
        or any(
            rx.match(label)
            for rx in (_WORD_COLUMN, _ABSENT_COLUMN, _PRESENT_COLUMN, _PARTY_COLUMN, REPLACED_COLUMN)
        )
        or _SUB_COLUMN.match(label)
        or _NAME_LABEL.match(label)
    )


def _header_words(text: str, a: int) -> list[tuple[int, str]]:
    """A header cell as aligned (start, text), split into the columns it runs together: labels of
    narrow columns printed one space apart ("Parti Närvarande") are two columns when every part is a
    header label and the whole is none ("Tjg ers.", "Ja (bifall)", "Avstår från att rösta" stay)."""
    if " " not in text or _known_label(text):
        return [(a, text)]
    if re.fullmatch(r"J\.? N\.?(?: A\.?)?", text):  # initials one space apart: "J N A"
        return [(a + m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    # the fewest labels that cover the words, each a run of whole words
    best: list[list[tuple[int, int]] | None] = [[]] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for begin in range(end):
            head, part = best[begin], text[words[begin][0] : words[end - 1][1]]
            if head is None or not _known_label(part):
                continue
            if (now := best[end]) is None or len(head) + 1 < len(now):
                best[end] = [*head, (words[begin][0], words[end - 1][1])]
    parts = best[-1]
    if parts is None or len(parts) < 2:
        return [(a, text)]
    return [(a + s, text[s:e]) for s, e in parts]


class _Placer:
    """Which of a header's columns a row's cell belongs to.

    A party code goes to the party column nearest it, wherever the printer set it: a code left-aligned
    under a right-aligned "Parti", or pushed right by a name longer than its column, stands nearer
    another header. A row's first cell from the name column's start up to the next column's start is
    the name (so is a longer one after it: a name split by two spaces); a longer cell starting under a
    header is that column's (the serving ersättare's name, wider than "Tjg ers."); a mark sits under
    its header (left, centred or right): within the header's span, else nearest to its centre.
    """

    def __init__(self, cols: list[tuple[int, str]]) -> None:
        self.spans = [(s, s + len(c)) for s, c in cols]
        self.party = [j for j, (_, c) in enumerate(cols) if _PARTY_COLUMN.match(c.strip(" *:"))]
        # the first column that is no party's nor a vote's (vote columns may stand before the names)
        parsed = parse_header([c for _, c in cols])
        votes = set(parsed.votes) | parsed.words if parsed else set()
        self.name = next((j for j in range(len(cols)) if j not in self.party and j not in votes), 0)
        nxt = self.name + 1
        self.stop = self.spans[nxt][0] - 1 if nxt < len(self.spans) else None
        self.after = self.spans[self.name - 1][1] if self.name else -1  # "Parti  Ledamot": its end

    def __call__(self, text: str, a: int, b: int, *, named: bool) -> int:
        """The column of the cell `text` at [a, b); `named`: the row has a cell already."""
        spans = self.spans
        if self.party and len(text) <= 4 and party_code(text):
            return min(self.party, key=lambda j: abs((spans[j][0] + spans[j][1] - 1) / 2 - (a + b - 1) / 2))
        if self.stop is not None and self.after <= a < self.stop and (not named or len(text) > 2):
            return self.name
        starts_in = [j for j, (s, e) in enumerate(spans) if s - 1 <= a < e]
        if len(text) > 4 and starts_in:
            return starts_in[0]  # a name runs on past a short header ("Tjg ers."): where it starts
        return _under(spans, a, b)


def _split_code(text: str, a: int, party: bool) -> list[tuple[str, int]]:
    """A name that filled its column, one space from the party code after it ("Anna-Karin Lindqvist
    Berglund S"), as two cells when the table has a party column."""
    head, _, last = text.rpartition(" ")
    if party and head and " " in head and len(last) <= 3 and last.isupper() and party_code(last):
        return [(head, a), (last, a + len(head) + 1)]
    return [(text, a)]


def _under(spans: list[tuple[int, int]], a: int, b: int) -> int:
    """The column a cell at [a, b) stands under: the header whose span holds its middle, else the one
    whose centre is nearest."""
    mid = (a + b - 1) / 2
    inside = [j for j, (s, e) in enumerate(spans) if s - 0.5 <= mid <= e - 0.5]
    if inside:
        return inside[0]
    return min(range(len(spans)), key=lambda j: abs((spans[j][0] + spans[j][1] - 1) / 2 - mid))


#: A line heading a group of a table's rows: "Ersättare", "Tjänstgörande ersättare", "Ledamöter".
_SUBHEADING = re.compile(
    r"(?i)^[ \t]*(?:tjänstgörande |tjg\.? )?(?:ersättare|ledamöter|ordinarie ledamöter)[ \t:]*$"
)


def _rows_go_on(lines: list[tuple[str, int]], k: int) -> bool:
    """Rows of an aligned table go on after line k (a blank line or a sub-heading): within two lines,
    a line of cells set apart by wide gaps."""
    for line, _ in lines[k + 1 : k + 3]:
        if line.strip() and not _SUBHEADING.match(line):
            return "\t" not in line and re.search(r"\S {4,}\S", line) is not None
    return False


def table_blocks(text: str) -> list[list[tuple[int, list[Cell]]]]:
    """Runs of table lines, each line as (line start offset, cells); blank lines between two table
    lines do not end a run (an HTML table's rows stand apart), markdown rule lines are left out."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((blank_label(line), pos))  # "§ 32 forts." in the margin is no column
        pos += len(line) + 1
    aligned = _aligned(lines)
    blocks: list[list[tuple[int, list[Cell]]]] = []
    current: list[tuple[int, list[Cell]]] = []
    for i, (line, start) in enumerate(lines):
        cells = _split(line, start) if i not in aligned else aligned[i]
        if cells is None:
            if line.strip() and current:
                blocks.append(current)
                current = []
            continue
        if all(re.fullmatch(r":?-{2,}:?|", c) for c, _ in cells):
            continue
        current.append((start, cells))
    if current:
        blocks.append(current)
    return [without_labels(b) for b in blocks]


def pad(cells: list[Cell], width: int) -> list[Cell]:
    """A row padded with empty cells to the header's width (trailing empty cells are often dropped)."""
    end = cells[-1][1] + len(cells[-1][0]) if cells else 0
    return cells + [("", end)] * (width - len(cells))
