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
from typing import Any, Literal, overload

from indexer.entities.finder import NameFinder
from indexer.entities.serving import REPLACES, SUBSTITUTE
from indexer.entities.votes.columns import unfold
from indexer.entities.votes.grid import parse_header
from indexer.entities.votes.voters import full_names, listed_names
from indexer.segment.marks import LEAD
from indexer.types import Person, Vote

#: What may follow a label before its colon: a count, a proposition ("Ja-röster för kommunstyrelsens
#: förslag", "Ja (bifall till motionen)"), the givers ("Ja-röster avgavs av", "Ja-röst avger", "Nej-röst
#: lämnar").
_QUALIFIER = (
    r"(?:[ \t]*\([^()\n]{2,60}\)"
    r"|[ \t]+(?:för|till|om|avgavs|avger|avgav|avgivits|lämnades|lämnar|lämnade|avgivna)\b[^:.\n]{0,60})?"
)
#: Who a "Följande ledamöter röstar ja" sentence names: "Följande", "Ledamöterna", "De ledamöter som".
_WHO = r"(?:följande|ledamöter(?:na)?|de|dessa)(?: \w+){0,3}"
#: A count after a label: "Ja (8)", "Nej 3", "Ja – 2 röster", "Avstår (1 st)".
_COUNT = r"(?:\s*\(\d+(?: röst(?:er)?| st\.?)?\)|[ \t]*[–-]?[ \t]*\d+(?: röst(?:er)?| st\.?)?)?"
#: A label that starts a list of voters (after a colon, or alone on its line).
_LIST_LABEL = re.compile(
    rf"(?im)(?:^|(?<=[.:;]\s)){LEAD}(?:\d{{1,3}}[ \t]+(?=(?:ja|nej|avst)))?(?:"  # "27 ja-röster:"
    r"(?P<a>ja|nej)(?:-?\s?röst(?:er|ade|ar)?)?"
    r"|(?P<b>avstår|avstod|avstående|avstår från att rösta|avstod från att rösta|nedlagda röster)"
    r"(?:[ \t]+(?:gör|gjorde))?"  # "Avstår gör: …"
    rf"|{_WHO} röst(?:ar|ade) (?P<c>ja|nej)"
    rf"|{_WHO} (?P<d>avstår|avstod)(?: från att rösta)?"
    r"|(?:med |för )?(?P<e>ja|nej) röst(?:ar|ade)(?: följande(?: \w+){0,2})?"
    r"|röst(?:ar|ade) (?P<f>ja|nej)"
    rf"){_COUNT}(?:{_QUALIFIER}[ \t]*(?::|\t(?=[ \t]*[A-ZÅÄÖ])"
    # "Ja – Anna Ek (S), Bo Berg (M)": a dash, then a name (two capitalised words)
    r"|[ \t]+[–—-][ \t]+(?=(?-i:[A-ZÅÄÖ][\w\-]+[ \t]+[A-ZÅÄÖ])))|(?P<alone>[ \t]*$))"
)
#: "Ja röstade Anna Ek (S), …" without a colon: the names follow the verb at once.
_BARE_LABEL = re.compile(
    r"(?m)(?:^|(?<=[.;]\s))[ \t]*(?:(?:[Ff]ör |[Mm]ed )?(?P<e>[Jj]a|[Nn]ej) röst(?:ar|ade)"
    r"|(?P<a>[Jj]a|[Nn]ej)-?\s?röster(?:na)? (?:avgavs|lämnades) av"
    r"|(?P<g>[Jj]a|[Nn]ej)-?\s?röst(?:er)? (?:avger|avgav|avgavs av|lämnar|lämnade)"  # "Ja-röst avger X"
    r"|(?P<b>[Aa]vst(?:år|od))(?: från att rösta)? (?:gör|gjorde))[ \t]+(?=[A-ZÅÄÖ])"  # "Avstår gör X"
)
#: Names before the vote they cast: "Anna Ek (S) och Bo Berg (V) röstar nej", "… avstår från att rösta".
_CAST_AFTER = re.compile(
    r"(?i)\s+(?:röstar|röstade)\s+(?P<v>ja|nej)\b|\s+(?P<a>avstår|avstod) från att rösta"
    # "… medan Eva Ros (V) avstår."
    r"|\s+(?P<bare>avstår|avstod)(?=[ \t]*(?:[.,;]|$)|\s+(?:och|medan|samt)\b)"
)
#: The verb before the names and the vote after them: "röstade Anna Ek (S) och Bo Berg (M) ja".
_VERB_FIRST = re.compile(r"(?i)\b(?:röstar|röstade)[ \t\n]+(?=[A-ZÅÄÖ])")
#: The vote right after such a list of names.
_VOTE_NEXT = re.compile(
    r"(?i)[ \t]*(?:\([^()\n]{1,5}\))?[ \t]*(?:(?P<v>ja|nej)\b(?![\-–])"
    r"|för[ \t]+[^.,;:()\n]{3,80}?[ \t]*\((?P<s>ja|nej)\))"  # "… för kommunstyrelsens förslag (ja)"
)
#: What stands between the names of one list of voters: a party, a comma, "och".
_LISTED = re.compile(r"\s*(?:\([^()]{1,4}\))?\s*(?:,|och|samt)?\s*")
#: What a list line may hold besides names: parties, commas, "och", a full stop.
_LIST_FILLER = re.compile(
    r"\((?:alla |samtliga |båda )?[^()\n]{1,5}\)|\b(?:och|samt)\b|[,.;\s\d]"
    # a replaced member named after the ersättare: "Fredrik Nord (C) ersättare för Bo Berg (M)"
    rf"|\b{REPLACES}\b"
    # or before: "Bo Berg (M) ersatt av Fredrik Nord (C)"
    r"|\b(?:ersatt|ersattes|ersätts) av\b"
    # a voter's role: "Anna Ek (S), ordförande", "Bo Berg (M) 1:e vice ordförande"
    r"|\b(?:\d:e |förste |andre )?(?:vice )?(?:ordförande(?!\w)|ordf\.)"
    rf"|\b{SUBSTITUTE}|\bledamot\b"
    # a party's members named after it: "Ja röstar Moderaternas ledamöter Anna Ek och Bo Berg"
    r"|\bledamöter(?:na)?\b"
)
WORD_VOTE = {"ja": "ja", "nej": "nej", "avstår": "avstår", "avstod": "avstår"}


def list_votes(
    text: str, finder: NameFinder, first_round: int, at: dict[int, int] | None = None
) -> list[Vote]:
    """Votes of the lists in `text`, the first omröstning numbered `first_round`; sentences when no
    list is printed. `at`, when given, gets where each omröstning's first label stands."""
    out: list[Vote] = []
    rnd = first_round - 1
    used: set[str] = set()
    text = unfold(text, lambda cell: _LIST_LABEL.fullmatch(cell) is not None, _prose)
    labels = [
        m for m in _LIST_LABEL.finditer(text)
        if (m.group("alone") is None or not _inline(text, m)) and not _in_header(text, m.start())
    ]  # fmt: skip
    taken = [m.span() for m in labels]
    labels += [m for m in _BARE_LABEL.finditer(text) if not any(s <= m.start() < e for s, e in taken)]
    labels.sort(key=lambda m: m.start())
    labels = [
        m
        for k, m in enumerate(labels)
        if not _DASHED.search(m.group(0)) or _names_after(text, labels, k, finder)
    ]
    read: list[tuple[int, int, int]] = []  # (label start, list end, round) of each list
    last = None
    for k, m in enumerate(labels):
        vote = _label_vote(m)
        if rnd < first_round or (vote in used and vote != last):
            # a vote label already read in this round starts the next omröstning; the same label again
            # right after its own list goes on with it ("Ja – Anna Ek (S)⏎Ja – Bo Berg (M)": a voter a line)
            rnd += 1
            used = set()
            if at is not None:
                at[rnd] = m.start()
        used.add(vote)
        last = vote
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        span = _list_span(text, m.end(), end)
        read.append((m.start(), span, rnd))
        for _s, _e, p in listed_names(text[m.end() : span], finder):
            out.append(Vote(person=p.name, vote=vote, round=rnd, party=p.party))
    if not labels:
        out += _cast_votes(text, finder, first_round)
    else:
        out += _cast_after_lists(text, finder, read, out)
    return out


#: A label ending in a dash ("Ja – Anna Ek (S), …"), which a legend may print too ("Ja – Anna Eks yrkande").
_DASHED = re.compile(r"[–—-][ \t]*$")


def _names_after(text: str, labels: list[re.Match[str]], k: int, finder: NameFinder) -> bool:
    """Whether the list after label k names voters (a legend's dash names a proposal, no list)."""
    end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
    return bool(listed_names(text[labels[k].end() : _list_span(text, labels[k].end(), end)], finder))


def _cast_after_lists(
    text: str, finder: NameFinder, read: list[tuple[int, int, int]], out: list[Vote]
) -> list[Vote]:
    """Sentences after an omröstning's lists, outside them: "Ja-röster: …. Nej-röster: …. Eva Ros (V)
    avstår från att rösta." — the round of the last list before the sentence, for one not yet voting in it."""
    added: list[Vote] = []
    voted = {(v.person, v.round) for v in out}
    for at, v in _cast_votes(text, finder, 0, positions=True, listed=True):
        if any(s <= at < e for s, e, _ in read):
            continue
        before = [r for s, _, r in read if s < at]
        if not before or (v.person, before[-1]) in voted:
            continue
        v.round = before[-1]
        voted.add((v.person, v.round))
        added.append(v)
    return added


def _in_header(text: str, at: int) -> bool:
    """Whether the label at `at` is a cell of a vote table's header ("⇥⇥Ja⇥Nej⇥Avstår" under a merged
    "Omröstning" cell): its column holds marks, not a list."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if "\t" not in line:
        return False
    cols = parse_header(line.split("\t"))
    return cols is not None and len({v for v, _ in cols.votes.values()}) >= 2


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
        if cut := _SENTENCE_END.search(line):
            # "Nej röstar: Eva Ros (V). Fredrik Nord (C) avstår.": the list ends with its sentence
            stop, line = pos + cut.start() + 1, line[: cut.start() + 1]
        furniture = not first and _FURNITURE.search(line) and not _PARTY_BRACKET.search(line)
        if not line.strip() or furniture:
            if not first:
                resume = _resumes(text, pos if furniture else stop + 1, end)
                if resume is None:
                    return pos  # a blank line ends the list (the label's own line may be empty)
                pos = resume
                continue
        elif ":" in _ORDINAL.sub("", _PARTY_PREFIX.sub("", line)) or _prose(line):
            return pos
        elif line.rstrip().endswith("."):
            return stop
        if line.strip():
            first = False
        pos = stop + 1
    return end


#: A full stop that ends a list's sentence with another sentence after it on the line (not an
#: abbreviation's: "ordf.", "tjg. ers.").
_SENTENCE_END = re.compile(
    r"(?<!\bordf)(?<!\bers)(?<!\btjg)(?<!\btjänstg)(?<!\bm\.fl)(?<!\bbl\.a)\.(?=[ \t]+[A-ZÅÄÖ])"
)
#: A party heading a group of a list: "Ja-röster: M: Anna Ek, Bo Berg; S: Cecilia Holm", "Moderaterna:".
_PARTY_PREFIX = re.compile(
    r"(?<![\w:])(?:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]+(?:erna|arna|partiet)|Liberalerna):(?=\s)"
)
#: An ordinal's colon is no label's: "1:e vice ordförande".
_ORDINAL = re.compile(r"\b\d:[ae]\b")
#: A line a page break leaves in a list: "§ 146 (forts.)", "Omröstning forts.", "forts. Bilaga 1".
_CONTINUED = re.compile(r"(?i)^[ \t]*(?:§\s*\d+[ \t]*)?[^\n]{0,40}\bforts(?:\.|ättning)[^\n]{0,40}$")
#: A line of a page's running header or foot: a date, a page number, the justering boxes.
_FURNITURE = re.compile(
    r"(?i)\b\d{4}-\d{2}-\d{2}\b|\bsida\s+\d|\b\d{1,3}\s*\(\d{1,3}\)|\b\d{1,3} av \d{1,3}\b|signatur"
    r"|utdragsbestyrkande|justerande|sammanträdesprotokoll|^\s*[A-ZÅÄÖ]\w+ (?:kommun|stad)\s*$"
)
#: A line holding one name alone: a Word or HTML list puts each voter in a paragraph of its own.
_NAME_LINE = re.compile(rf"^{LEAD}[A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+){{1,3}}[ \t]*,?$")
#: A list line: names with their parties ("Anna Ek (S), Bo Berg (M)").
_PARTY_BRACKET = re.compile(r"\([A-ZÅÄÖa-zåäö]{1,4}\)")


def _resumes(text: str, pos: int, end: int) -> int | None:
    """Where a list goes on after a blank line (a page break, or a voter per paragraph): past blank
    lines and at most six lines of a page's running header or foot ("(forts.)", a date, "6 (12)",
    "Justerandes signatur"), a line of names with parties or one name alone; None when the list ended
    there."""
    skipped = 0
    while pos < end:
        nl = text.find("\n", pos)
        stop = end if nl < 0 or nl > end else nl
        line = text[pos:stop]
        if not line.strip():
            pos = stop + 1
        elif (_CONTINUED.match(line) or _FURNITURE.search(line)) and skipped < 6:
            skipped += 1
            pos = stop + 1
        elif ":" not in line and not _prose(line) and (_PARTY_BRACKET.search(line) or _NAME_LINE.match(line)):
            return pos
        else:
            return None
    return None


def _prose(line: str) -> bool:
    """A line that is no part of a name list: it has lower-case words besides och/samt."""
    rest = _LIST_FILLER.sub(" ", line)
    return any(w[:1].islower() for w in rest.split())


def _label_vote(m: re.Match[str]) -> str:
    groups = m.groupdict()
    word = next(groups[g] for g in ("a", "c", "e", "f", "g", "b", "d") if groups.get(g))
    return WORD_VOTE.get(word.casefold(), "avstår")


@overload
def _cast_votes(text: str, finder: NameFinder, rnd: int) -> list[Vote]: ...
@overload
def _cast_votes(
    text: str, finder: NameFinder, rnd: int, positions: Literal[True], listed: bool = False
) -> list[tuple[int, Vote]]: ...
def _cast_votes(
    text: str, finder: NameFinder, rnd: int, positions: bool = False, listed: bool = False
) -> Any:
    """Votes written as sentences: "Anna Ek (S) och Bo Berg (V) röstar nej", "röstade Anna Ek (S) och Bo
    Berg (M) ja", "… medan Eva Ros (V) avstår" (a bare "avstår" only beside other votes cast in the text,
    or after lists: `listed`); with `positions`, each with where its name starts."""
    out: list[tuple[int, Vote]] = []
    found = full_names(text, finder)
    ends = [e for _, e, _ in found]  # names do not overlap: ends are in order
    starts = [s for s, _, _ in found]
    for m in _VERB_FIRST.finditer(text):
        named: list[tuple[int, Person]] = []
        pos = m.end()
        for k in range(bisect_right(starts, m.end() - 1), len(found)):
            s, e, p = found[k]
            if (s != pos) if not named else not _LISTED.fullmatch(text[pos:s]):
                break  # the first name right after the verb, the others listed after it
            named.append((s, p))
            pos = e
        after = _VOTE_NEXT.match(text, pos) if named else None
        if after is not None:
            word = (after.group("v") or after.group("s")).casefold()
            out += [(s, Vote(person=p.name, vote=word, round=rnd, party=p.party)) for s, p in named]
    cast_any = listed or bool(out) or any(m.group("bare") is None for m in _CAST_AFTER.finditer(text))
    for m in _CAST_AFTER.finditer(text):
        if m.group("bare") and not cast_any:
            continue  # "Eva Ros (V) avstår." is a vote only beside others cast in the same text
        vote = "avstår" if m.group("a") or m.group("bare") else m.group("v").casefold()
        group: list[tuple[int, Person]] = []
        pos = m.start()
        # the names right before the verb, nearest first, as far as the list goes (read lazily)
        for k in range(bisect_right(ends, m.start()) - 1, -1, -1):
            s, e, p = found[k]
            if not _LISTED.fullmatch(text[e:pos]):
                break
            group.insert(0, (s, p))
            pos = s
        out += [(s, Vote(person=p.name, vote=vote, round=rnd, party=p.party)) for s, p in group]
    return out if positions else [v for _, v in out]
