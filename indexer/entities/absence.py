"""Members a document names as not taking part: where their names stand, so the document's people can
leave them out (a member named only as absent was not at the meeting).

The cues Swedish minutes share:
- the member an ersättare serves for: "Kerstin Falk (S), tjänstgörande ersättare för Nina Åslund (S)",
  "tjg. ersättare för Peter Zetterqvist (M)", "Lisa Enbom (C) ersätter" with "Göran Nyberg (C)" on the
  next line of the same column, printed inverted too ("för Lindberg, Karin (C)", "för Hägg Roland (GP)");
- absence said outright: "Frånvarande utan ersättare: Maria Lönn (C)", "Förhinder  Pia Ahlqvist (L)",
  "Gustav Unga (C) är frånvarande utan ersättare", "Maria Tidholm – frånvarande", a row's own cell
  ("Ulla Sjölund⇥S⇥Frånvarande"), a "Tjänstgör för" column of the attendance table;
- vote tables: the member of a seat whose vote the serving ersättare cast, and a member marked only
  under Frånvarande (`indexer.entities.votes.tables`);
- not a member at all: the value of a place field ("Plats  Louis De Geer konsert & kongress");
- what an item is about rather than who takes part (`subject_spans`): who resigns, is nominated or is
  elected to a seat, whose seat is filled, people in documents received from other bodies, whom a
  decision is sent to.
A member named absent once but present elsewhere (voting, acting, "lämnade sammanträdet") stays a
person: `indexer.entities.people` drops only those every mention of whom is one of these places.
"""

from __future__ import annotations

import re

from indexer.entities.absent_lists import ABSENT_LABEL, listed_absent_spans
from indexer.entities.keys import person_key
from indexer.entities.names import TOKEN
from indexer.entities.officials import PURE_TITLES, alternation
from indexer.entities.serving import REPLACES, SUBSTITUTE
from indexer.entities.signatures import stacked_mentions
from indexer.entities.votes.grid import REPLACED_COLUMN
from indexer.entities.votes.tables import read_tables
from indexer.segment.marks import MARK

#: A printed name after a cue: "Nina Åslund", "Lindberg, Karin", "Hägg Roland", with its party.
_NAME = rf"{TOKEN}(?:,? {TOKEN}){{1,3}}(?:[ \t]*\([^()\n]{{1,5}}\))?"
#: The member an ersättare serves for: the name right after the cue (maybe on the next line).
_SERVES_FOR = re.compile(
    # "tjänstgörande ersättare⏎för Sofia Berg (KD)": a list's line may break between "ersättare" and "för"
    rf"(?:(?i:\b{REPLACES})"
    rf"|(?i:\b{SUBSTITUTE})[ \t]*\n[ \t]*för\b"
    # "Ersättare som tjänstgjort: Eva Ek (M) för Bo Berg; …": a party bracket, then "för" and the member
    r"|(?<=\))[ \t]+för(?=[ \t]+[A-ZÅÄÖ]))"
    rf"[ \t]*(?P<nl>\n[ \t]*)?(?P<name>{_NAME})"
)
#: "Frånvarande utan ersättare: …", "Förhinder  …", "Ej närvarande: …": names to the line end.
_ABSENT_LABEL = re.compile(rf"(?im)^[ \t]*(?:{ABSENT_LABEL})[ \t]*(?::|\t|[ \t]{{2,}})(?P<rest>[^\n]*)")
#: "Gustav Unga (C) är frånvarande", "… var frånvarande", an attendance row "Maria Tidholm – frånvarande",
#: "Bo Berg (M), frånvarande", "Bo Ek (S) (frånvarande)", "Ola Ek (entledigad)" (resigned): the name before.
_IS_ABSENT = re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?:är|var)\s+|[ \t]*[–—,-][ \t]*|[ \t]*\()"
    r"(?i:frånvarande\b|ej närvarande\b|frånv\.|entledigad\b|avgången\b|avgått\b)"  # "Sara Ek (frånv.)"
)
_NAME_RE = re.compile(_NAME)
#: The value of a form's place field: "Plats  Louis De Geer konsert & kongress, sal Holmen", "Plats och tid:
#: Ale Kulturrum, Nödinge, …".
_PLACE_FIELD = re.compile(
    r"(?im)^[ \t]*(?:plats(?: och tid)?|lokal|mötesplats|sammanträdeslokal|adress)[ \t]*(?::|\t|[ \t]{2,})"
    r"(?P<rest>[^\n]+)"
)
#: A table cell that names someone (no finder yet: two to four capitalised words, maybe inverted).
_NAMEISH = re.compile(rf"{TOKEN}(?:,? {TOKEN}){{1,3}}(?:[ \t]*\([^()]{{1,5}}\))?")


#: What may follow a name in a vote table's cell: a party, the serving ersättare's role ("Lisa Ek (S), ers.").
_ROLE_TAIL = re.compile(rf"(?i)[ \t]*,?[ \t]*\(?{SUBSTITUTE}\)?$")
_PARTY_TAIL = re.compile(r"[ \t]*\([^()]{1,5}\)$")


def _cell_name(cell: str) -> tuple[str, None] | None:
    """A table cell that names someone, its role after the name left out (no finder yet)."""
    name = _ROLE_TAIL.sub("", cell)
    return (_PARTY_TAIL.sub("", name), None) if _NAMEISH.fullmatch(name) else None


#: A vote table's row ending in its mark: "Anna Ek (S)⇥⇥X".
_MARKED_ROW = re.compile(r"\t[ \t]*[Xx✓][ \t]*$")


def _unmarked_rows(text: str, away: set[str]) -> list[tuple[int, int]]:
    """A member named away elsewhere ("Bo Ek⇥S⇥⇥frånvarande", "Bo Ek (S) var frånvarande") whose seat a
    vote table prints as the name alone on its line, between rows with their marks: no part there either
    (a line without cells is no row to the table reader)."""
    spans = []
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        name = line.strip()
        if not name or "\t" in name or not _NAMEISH.fullmatch(name):
            continue
        near = [lines[k] for k in (i - 1, i + 1) if 0 <= k < len(lines)]
        if any(_MARKED_ROW.search(n) for n in near) and person_key(_PARTY_TAIL.sub("", name)) in away:
            at = start + line.index(name)
            spans.append((at, at + len(name)))
    return spans


#: What on the cue's line makes a replacement part of the meeting only: "§§ 141–144", "från kl. 19.30",
#: "fr.o.m. § 5", "under ärende 3", "t.o.m. 15.00".
_PART_OF_MEETING = re.compile(
    r"(?i)§|\bkl\b|\bfr\.?\s?o\.?\s?m\b|\bt\.?\s?o\.?\s?m\b|\bfrån\b|\btill\b|\bunder\b|\bdel av\b"
    r"|\bärende|\d[.:]\d\d"
)
#: An attendance list's cell naming a member: "Ek, Mattias (S)", "Lindqvist, Maria, ordförande".
_LISTED_CELL = re.compile(
    rf"(?P<name>{TOKEN}(?:,? {TOKEN}){{1,3}})(?:[ \t]*\([^()]{{1,5}}\))?(?:,[ \t]*[a-zåäö0-9][^,()\t]*)?"
)


def _listed_replaced(text: str) -> list[tuple[int, int]]:
    """A member an ersättare served for the whole meeting ("Haddad, Leila (S) ersätter Mattias Ek", no §
    or time on the line) was not there: their own cell in the attendance list ("Ek, Mattias (S)") names
    no one taking part either, unless their own line gives the part they took ("Ledamot, §§ 78–82")."""
    whole = set()
    for m in _SERVES_FOR.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if m.group("nl") is not None:  # "Siv Eklund (SD) ersätter" / the member on the next line
            line_end = text.find("\n", m.start("name"))
            names = [text[a:b] for a, b in _next_line_same_column(text, m)]
        else:
            names = [m["name"]]
        if not _PART_OF_MEETING.search(text[line_start : line_end if line_end >= 0 else len(text)]):
            whole |= {person_key(_normal_order(_PARTY_TAIL.sub("", n))) for n in names}
    if not whole:
        return []
    spans = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _PART_OF_MEETING.search(line):
            continue  # "Sandgren Elias⇥S⇥Ledamot, §§ 78–82": there for part of the meeting
        for _, a, c in _line_cells(line)[0]:
            cell = _LISTED_CELL.fullmatch(c)
            if cell and person_key(_normal_order(cell["name"])) in whole:
                spans.append((start + a, start + a + len(cell["name"])))
    return spans


def _normal_order(name: str) -> str:
    """ "Åberg, Ingrid" -> "Ingrid Åberg": a list's inverted name as vote tables print it."""
    last, comma, first = name.partition(",")
    return f"{first.strip()} {last.strip()}" if comma else name


def absent_spans(text: str, *, planned: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every printed name of a member named as not taking part (see the module doc).

    `planned`: the document calls a meeting not yet held (a kallelse), so a table's "Ersättare" column
    names each member's own ersättare, not one who served in their place."""
    spans: list[tuple[int, int]] = []
    for m in _SERVES_FOR.finditer(text):
        if m.group("nl") is not None:
            spans += _next_line_same_column(text, m)
        else:
            spans.append(m.span("name"))
    for m in _ABSENT_LABEL.finditer(text):
        at = m.start("rest")
        spans += [(at + n.start(), at + n.end()) for n in _NAME_RE.finditer(m["rest"])]
    spans += [m.span("name") for m in _IS_ABSENT.finditer(text)]
    spans += listed_absent_spans(text)  # "Frånvarande" over a list: the names on the lines below
    # a member named as replaced ("Louise Wallin (S), tjänstgörande ersättare för Alva Edlund (S)") or as
    # away in the attendance table ("Bo Ek⇥S⇥⇥Frånvarande, ingen ersättare") whose seat a vote table prints
    # without a mark took no part there either
    spans += _table_cells(text, planned=planned)
    replaced = {person_key(_normal_order(_PARTY_TAIL.sub("", text[a:b]))) for a, b in spans}
    for table in read_tables(text, _cell_name):
        spans += table.absent
        # a seat printed without a mark took no part in the vote (absent, no one in their place): only a
        # mention elsewhere (the attendance list) makes its member a person of the meeting
        spans += [(a, b) for a, b, _key in table.silent]
    spans += _unmarked_rows(text, replaced)
    spans += [(a, b) for a, b in _listed_replaced(text) if not any(x < b and a < y for x, y in spans)]
    # "Plats  Louis De Geer konsert & kongress": a meeting place named after someone is no one there
    spans += [m.span("rest") for m in _PLACE_FIELD.finditer(text) if "(" not in m["rest"]]
    return sorted(spans + subject_spans(text))


#: An item about someone's seat: "Avsägelse av uppdrag som ledamot i … - Anna Ek (S)", "Kompletteringsval
#: - Ersättare i … efter Bo Berg (M), Cilla Ros (M)"; its heading (to the end of its table cell: an agenda
#: row's next cell names who presents it) and the line or two it wraps onto.
_SEAT_ITEM = re.compile(
    r"(?im)\b(?:avsägelse|entledigande|kompletteringsval|fyllnadsval|val av (?:ny |nya )?(?:ledamot|ledamöter"
    r"|ersättare|suppleant|nämndeman|nämndemän|revisor|ombud))\b[^\n\t|]*"
    # the line's other cells (a case number, who presents it) are no part of it
    r"(?:[\t|][^\n]*)?"
    # the heading's wrapped tail ending in a name ("Barkhage Foster (V)", "nämnden - Dennis Jalonen (V)"),
    # maybe under an agenda table's "§ 27" cell; not a "Föredragande: …" line
    r"(?P<tail>\n(?:[ \t]*§[^\n]{0,12}\n)?(?=[^\n:]*(?:[A-ZÅÄÖ][\w\-]*|\([^()\n]{1,4}\))[ \t.]*$)[^\n]*)?"
)
_CELL = re.compile(r"[^\n\t|]*")
#: "Anna Ek (S) har i skrivelse den 23 mars avsagt sig uppdraget", "Anna Ek (S) avsäger sig uppdraget",
#: "Ola Ek (S) har entledigats från uppdraget",
#: "Bo Berg (M) utses till ledamot i …".
_RESIGNS = re.compile(
    rf"(?P<name>{_NAME})\s+(?:(?:har|hade)\s+[^.\n]{{0,80}}?"
    r"(?:avsagt sig|begärt (?:att )?(?:bli )?entledig\w*|entledigats|avgått)"
    # "Anna Ek (S) avsäger sig uppdraget", "Bo Berg (M) begär entledigande"
    r"|(?:avsäger|avsade) sig|(?:begär|begärde) (?:att )?(?:bli )?entledig\w*)"
)
_ELECTED = re.compile(
    rf"(?P<name>{_NAME})\s+(?:(?:utses|väljs|väljes|valdes|utsågs)\s+(?:till|som)\s+(?!justera)"
    r"|(?:entledigas|entledigades|befrias|befriades)\s+från)"
)
#: The seat named first, the one elected after the verb: "Till ny ersättare … väljs Klara Fjellström (C)",
#: the sentence maybe wrapped over lines ("… efter Ola Brink (MP) för tiden till och" / "med 2026-12-31
#: väljs …").
_ELECTED_AFTER = re.compile(
    r"(?i:\b(?:ledamot|ledamöter|ersättare|ersättarna|revisor|revisorer|nämndemän|nämndeman|ombud)\b)"
    r"(?:(?!justera)(?:[^.\n]|\n(?![ \t]*\n))){0,120}?"
    rf"\b(?:väljs|väljes|utses|valdes|utsågs)\s+(?P<name>{_NAME})"
)
#: "Kommunfullmäktige väljer Sanna Ek (S) till ersättare i …", "utser Bo Berg (M) och Eva Lind (C) till
#: ledamöter", "beslutar att välja Sanna Ek (S) till …": the decision naming whom the body elects (not
#: "utser Anna Ek (S) till justerare").
#: Also the nomination before it: "Valberedningen föreslår Anton Ek (M) som ny ersättare".
_ELECTS = re.compile(
    r"\b(?:väljer|utser|valde|utsåg|välja|utse|föreslår|föreslog|nominerar|nominerade)\s+"
    rf"(?P<names>{_NAME}(?:(?:,|\s+och|\s+samt)\s+{_NAME}){{0,5}})\s+(?:till|som)\s+(?!justera)"
)
#: The member whose seat is filled: "ny ledamot i kommunfullmäktige efter Per Sundin (SD)", "ersättare
#: efter Bo Berg (M)".
_SEAT_LEFT = re.compile(
    r"(?i:\b(?:ledamot|ledamöter|ersättare|ersättarplats|uppdrag|mandat|plats)\b)[^.\n]{0,60}?\befter\s+"
    rf"(?P<name>{_NAME})"
)
#: Whose seat an election fills: "väljer Olle Ström (L) till ersättare i barn- och utbildningsnämnden efter
#: Alva Hallin (L)", "Till ny ledamot … efter Bo Berg (M)": the one who left it takes no part.
_SEAT_AFTER = re.compile(
    r"(?i:\b(?:till (?:ny |nya )?|ny |nya )(?:ledamot|ledamöter|ersättare|suppleant|ordförande"
    rf"|vice ordförande|nämndeman|revisor|ombud)\b)[^.\n]{{0,120}}?\befter\s+(?P<name>{_NAME})"
)
#: "Valberedningen föreslår Anton Ek (M) som ny ersättare", "nominerar Bo Berg (S) till ledamot": whom a
#: seat election is about.
_NOMINATES = re.compile(
    rf"\b(?:föreslår|nominerar)\s+(?P<names>{_NAME}(?:(?:,|\s+och|\s+samt)\s+{_NAME}){{0,5}})\s+(?:som|till)\s+"
    r"(?:ny |nya )?(?:ledamot|ledamöter|ersättare|suppleant|nämndeman|nämndemän|revisor|revisorer|ombud)\b"
)
#: A document received, listed under Anmälningar or Meddelanden: "• 2022.088 SN-020 Protokollsutdrag -
#: § 99 KF 2026-05-06 - Avsägelse … - Mary Blomman (L)", with the line it wraps onto.
_RECEIVED = re.compile(
    rf"(?im)^[ \t]*{MARK}[^\n]*\b(?:protokollsutdrag|expediering|delegationsbeslut|skrivelse"
    rf"|meddelande|cirkulär)\b[^\n]*(?:\n(?![ \t]*{MARK})[^\n]*)?"
)
#: Whom a decision is sent to: "Expedieras: Länsstyrelsen, Ola Sten, Löneenheten", "Beslutet skickas till:
#: …", "Sändlista" (on the label's line, or the lines under a label standing alone, to a blank line).
_SENT_TO = re.compile(
    r"(?im)^[ \t]*(?:expedieras(?: till)?|exp\.|beslutet (?:expedieras|skickas|sänds) till|skickas till"
    r"|sändlista|protokollsutdrag (?:till|skickas till)|utdrag till|för kännedom till)"
    r"[ \t]*(?::[ \t]*(?P<rest>[^\n]*)|(?P<alone>\n))"
)
#: A recipients' line under a label standing alone: no digits, no colon, no dotted signature line, and a
#: long one no sentence ("Lisa Holm, Oskar Lund, socialnämnden, löneenheten").
_RECIPIENT_LINE = re.compile(r"[ \t]*[^\d:.\n][^\d:\n]{0,60}|[ \t]*[^\d:.\n][^\d:\n]{60,200}(?<![.!?])[ \t]*")
#: An official's title on a line of its own ("Avdelningschef regional utveckling", "Utvecklingsstrateg"):
#: under a name it makes a writer's signature, not one more recipient.
_WRITER_TITLE = re.compile(
    rf"[ \t]*(?:tf\.?[ \t]+|biträdande[ \t]+)?[A-ZÅÄÖa-zåäö-]*(?:{alternation(PURE_TITLES)})\b", re.IGNORECASE
)
#: What ends a list of recipients: the protocol's closing labels.
_CLOSING = re.compile(
    r"(?i)[ \t]*(?:justera|rätt utdraget|utdragsbestyrkande|vid protokollet|sekreterare|ordförande"
    r"|underskrift|beslutsunderlag|§)"
)


def _signs(line: str, lines: list[str], k: int) -> bool:
    """Whether `line`, the k-th of a list of recipients, is a writer's name over a title: after a blank line,
    or over an official's title also without one (a PDF's reader drops it: "Ekonomienheten" / "Karin Lundh" /
    "Avdelningschef"; in Word and on a web page a blank line parts every paragraph, a title's from its name
    too)."""
    if k + 1 < len(lines) and not lines[k - 1].strip() and stacked_mentions(f"{line}\n{lines[k + 1]}\n"):
        return True
    under = next((u for u in lines[k + 1 : k + 3] if u.strip()), "")
    return bool(_WRITER_TITLE.match(under) and stacked_mentions(f"{line}\n{under}\n"))


def _recipients(text: str, at: int) -> tuple[int, int] | None:
    """The lines of recipients under a "Skickas till" label standing alone (blank lines between them
    allowed), up to eight, to the first line that is no recipient: after a blank line, a name with its
    title under it is the signature of the writer (a tjänsteskrivelse's "Anna Ek" / "Kommundirektör")."""
    end = pos = at
    taken = 0
    lines = text[at : at + 1000].split("\n")
    for k, line in enumerate(lines):
        if taken == 8:
            break
        if line.strip():
            if not _RECIPIENT_LINE.fullmatch(line) or _CLOSING.match(line):
                break
            if taken and k and _signs(line, lines, k):
                break
            # "Per Lund⇥Ida Ek" over "Kommundirektör⇥Planchef": a row of two or more writers' signatures,
            # each over a title, ends the list also without a blank line before it
            if taken and k + 1 < len(lines) and len(stacked_mentions(f"{line}\n{lines[k + 1]}\n")) >= 2:
                break
            end, taken = pos + len(line), taken + 1
        pos += len(line) + 1
    return (at, end) if end > at else None


def subject_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names people as what an item is about rather than as taking part: who resigns or
    is elected to a seat (also in the decision: "Kommunfullmäktige väljer Anna Ek (S) till ersättare"),
    people in documents received from other bodies, whom a decision is sent to ("Expedieras: …"). A
    person named only there is no person of the meeting (one also in the attendance list or acting stays
    one)."""
    spans = [m.span() for m in _RECEIVED.finditer(text)]
    for m in _SENT_TO.finditer(text):
        span = m.span("rest") if m["rest"] is not None else _recipients(text, m.end())
        if span is not None:
            spans.append(span)
    for m in _SEAT_ITEM.finditer(text):
        head = _CELL.match(text, m.start())  # the heading's own cell
        spans.append((m.start(), head.end() if head else m.end()))
        if m["tail"] is not None:
            spans.append(m.span("tail"))
    spans += [
        m.span("name")
        for rx in (_RESIGNS, _ELECTED, _ELECTED_AFTER, _SEAT_AFTER, _SEAT_LEFT)
        for m in rx.finditer(text)
    ]
    for m in [*_ELECTS.finditer(text), *_NOMINATES.finditer(text)]:
        at = m.start("names")
        spans += [(at + n.start(), at + n.end()) for n in _NAME_RE.finditer(m["names"])]
    return spans


def _next_line_same_column(text: str, m: re.Match[str]) -> list[tuple[int, int]]:
    """The replaced member printed on the next line: the name standing in the column the cue's line
    continues in (a two-column list puts the other column's name first on that line)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    # the cue's column starts after the last wide gap before the cue on its line
    gaps = [g.end() for g in re.finditer(r"\t|[ ]{2,}", text[line_start : m.start()])]
    column = gaps[-1] if gaps else 0
    nxt = m.start("nl") + 1
    end = text.find("\n", nxt)
    line = text[nxt : end if end >= 0 else len(text)]
    for n in _NAME_RE.finditer(line):
        if abs(n.start() - column) <= 2 or (column == 0 and not line[: n.start()].strip()):
            return [(nxt + n.start(), nxt + n.end())]
    return []


#: An attendance table's header cell of the serving ersättare's column ("Tjänstg. ers.", "Tjg ersättare").
_SUB_HEADER = re.compile(rf"(?i)^{SUBSTITUTE}$")
#: A table cell saying its row's member was away: "Frånvarande", "Ej närvarande", "Anmält förhinder".
_AWAY_CELL = re.compile(
    r"(?i)frånvarande(?:,? (?:utan|ingen) ersättare)?|ej närvarande|ej tjänstgörande|(?:anmält )?förhinder"
)  # "Frånvarande, ingen ersättare"
#: How many lines under its header a table's columns are read.
_TABLE_LINES = 120
#: A cell of a line set with spaces: up to a tab or a run of two spaces or more.
_SPACED_CELL = re.compile(r"[^\t]+?(?=\t|[ ]{2,}|$)")

#: A table line's cells: (index, offset in the line, text stripped), empty cells too where a separator
#: keeps them (tabs, bars); and whether its columns are told by index (separated) or by place (spaces).
_Cells = tuple[list[tuple[int, int, str]], bool]


def _line_cells(line: str) -> _Cells:
    """A line's cells: split at bars (a markdown row), at tabs, or at runs of two spaces or more."""
    if line.lstrip().startswith("|") or "\t" in line:
        sep = "|" if line.lstrip().startswith("|") else "\t"
        raw = line.split(sep)
        at = 0
        out = []
        for k, c in enumerate(raw):
            out.append((k, at + (c.index(c.strip()) if c.strip() else 0), c.strip()))
            at += len(c) + 1
        if sep == "|":  # the text before the first bar is no cell
            out = [(k - 1, a, c) for k, a, c in out[1:]]
        return out, True
    if "  " not in line:
        # no gap: the whole line is its one cell (what `_SPACED_CELL` finds, without trying its lookahead
        # at every character of the many lines of running text)
        text = line.strip()
        return ([(0, len(line) - len(line.lstrip()), text)] if text else []), False
    spaced = [
        (m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip())
        for m in _SPACED_CELL.finditer(line)
        if m.group(0).strip()
    ]  # where each cell's text starts (a match may take in the gap's last spaces)
    return [(k, a, c) for k, (a, c) in enumerate(spaced)], False


def _away_members(full: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """(offset, text) of the name cells a row's away cells speak of: each away cell's nearest name cell
    before it, none of whose later cells is another away cell ("Ulla Sjölund⇥S⇥⇥Frånvarande"; a table in
    two halves side by side: "Jenny Vik⇥S⇥frånvarande⇥Bo Ek⇥SD⇥frånvarande" names both); the row's
    first cell must name someone."""
    if len(full) < 2 or not _NAMEISH.fullmatch(full[0][2]):
        return []
    out: list[tuple[int, str]] = []
    name: tuple[int, str] | None = None
    for _, a, c in full:
        if _AWAY_CELL.fullmatch(c):
            if name is not None:
                out.append(name)
            name = None
        elif _NAMEISH.fullmatch(c):
            name = (a, c)
    return out


#: A column headed "Ersättare" alone, which may be either the seat's serving ersättare or a list of its own.
_PLAIN_SUB = re.compile(r"(?i)^(?:ersättare|ers\.?)$")


def _list_beside(rows: list[str], column: int) -> bool:
    """Whether a column headed "Ersättare" alone is a list of its own set beside the members' list (a
    Word table "Ledamöter | | Ersättare |"), not the seats' serving ersättare: it names someone on both
    of the first two rows that name a member, as a list fills its column from the top; a voteringslista's
    serving ersättare stand on the few rows of the members they replaced."""
    named = []
    for row in rows:
        cells, by_index = _line_cells(row)
        if not by_index or not cells or not _NAMEISH.fullmatch(cells[0][2]):
            continue
        named.append(any(k == column and _NAMEISH.fullmatch(c) for k, _, c in cells))
        if len(named) == 2:
            return all(named)
    return False


def _table_cells(text: str, *, planned: bool = False) -> list[tuple[int, int]]:
    """Members an attendance table's cells name as not taking part, read line by line:

    - a header (two cells at least, naming no one) with a column headed "Tjänstgör för" / "Ersättare för"
      / "Ersätter" (`REPLACED_COLUMN`): the names in that column, up to 120 lines under it, are the members
      the ersättare served for ("Magnus Ros⇥S⇥Eva Sörling⇥X"); a separated table's column by its index, one
      set with spaces by its place under the header;
    - a header with a column headed "Tjänstgörande ersättare": a row naming someone there names the
      member they replaced in its first cell ("Cecilia Sandberg⇥M⇥Bertil Hagsköld (M)"), or in the first
      cell of its half when the table is printed as two halves side by side (its header's first label again
      further right) — not in a kallelse (`planned`), where it is the member's own ersättare;
    - any row whose first cell names someone and a later cell says they were away ("Ulla Sjölund⇥S⇥⇥
      Frånvarande", "| Bo Ek | M | Förhinder |", "Bo Ek (S)   Anmält förhinder"), each half of a table
      printed as two halves side by side (`_away_members`).
    """
    spans: list[tuple[int, int]] = []
    fors: list[tuple[int, int]] = []  # the replaced members' columns: (index, offset in the line)
    pairs: list[tuple[int, int]] = []  # (the member's column, the serving ersättare's column)
    separated, left, pos = True, 0, 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        cells, by_index = _line_cells(line)
        full = [(k, a, c) for k, a, c in cells if c]
        if len(cells) >= 2 and not any(_NAMEISH.fullmatch(c) for _, _, c in full):
            replaced = [(k, a) for k, a, c in cells if REPLACED_COLUMN.match(c.strip(" *:"))]
            subs = [
                k
                for k, _, c in cells
                if k
                and not planned
                and _SUB_HEADER.match(c)
                and not (_PLAIN_SUB.match(c) and _list_beside(lines[i + 1 : i + 12], k))
            ]
            if replaced or subs:
                head = cells[0][2].casefold()
                halves = [0] + [k for k, _, c in cells if k and head and c.casefold() == head]
                fors, separated, left = replaced, by_index, _TABLE_LINES
                pairs = [(max(h for h in halves if h < k), k) for k in subs] if by_index else []
                continue
        spans += [(start + a, start + a + len(c)) for a, c in _away_members(full)]
        left -= 1
        if left < 0 or separated != by_index:
            continue
        named = {k: (a, c) for k, a, c in full if _NAMEISH.fullmatch(c)}
        for index, offset in fors:
            if by_index and index in named:
                a, c = named[index]
                spans.append((start + a, start + a + len(c)))
            elif not by_index:
                spans += [(start + a, start + a + len(c)) for a, c in named.values() if abs(a - offset) <= 2]
        for member, column in pairs:
            if member in named and column in named:
                a, c = named[member]
                spans.append((start + a, start + a + len(c)))
    return spans
