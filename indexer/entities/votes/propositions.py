"""Votes printed per proposal rather than as ja and nej, read through the item's propositionsordning.

A vote is put to the meeting as two proposals, and the protocol says which one a ja is for: "Den som
röstar för Anna Eks (S) yrkande röstar ja, den som röstar för Bo Bergs (M) yrkande röstar nej", "Ja =
bifall till kommunstyrelsens förslag. Nej = bifall till …", "Ja-röst för X, nej-röst för Y". The result
may then name the proposals only: lists ("För Anna Eks yrkande röstar: …", "Följande ledamöter röstade
för kommunstyrelsens förslag: …"), sentences ("Bo Berg (M) röstade för Anna Eks yrkande") or a table
with a column per proposal ("Kommunstyrelsens förslag", "Återremiss").

`translate` rewrites each such label or header cell as the vote it stands for ("Ja" padded to the
label's length, so every offset holds), for the table and list readers. A label goes to the proposal
that shares the most words with it (a proposer's name, "kommunstyrelsen", "återremiss"), under the
last propositionsordning printed above it; a label that fits neither proposal, or both, stays as it is.
"""

from __future__ import annotations

import re

from indexer.segment.marks import LEAD

#: "Den som röstar för Anna Eks (S) yrkande röstar ja", "den som vill återremittera ärendet röstar nej".
_WHO_VOTES = re.compile(
    r"(?is)\b(?:den|de|ledamot|ledamöter)\s+som\s+(?P<p>[^.;:]{3,140}?)\s+röstar\s+(?P<v>ja|nej)\b"
)
#: "Ja = bifall till X", "Ja-röst för X, nej-röst för Y", "Ja innebär bifall till X", "Nej – återremiss".
_VOTE_MEANS = re.compile(
    r"(?i)(?<![\w\-])(?P<v>ja|nej)(?:-?\s?röst(?:er|en)?)?[ \t]*(?:=|–|innebär|betyder|för)[ \t]+"
    r"(?P<p>[^,.;:\n]{3,100})"
)
#: A list label naming a proposal: "För Anna Eks yrkande röstar:", "Följande röstade för X:", "Bifall
#: till X (5):", "Följande röstar för Anna Ek (S):s yrkande (ja):" (the vote in brackets), after a line's
#: start or a sentence's end.
_PROPOSAL_LABEL = re.compile(
    rf"(?im)(?:^|(?<=[.;]\s)){LEAD}(?P<label>(?:(?:följande|ledamöterna|de)(?:[ \t]+[\wåäö]+){{0,3}}\s+)?"
    r"(?:röst(?:ar|ade)\s+)?(?P<p>(?:för|bifall till)\s+(?:[^:.\n]|:s\b|\n(?!\s*\n)){3,100}?)"
    r"(?:[ \t]+röst(?:ar|ade)(?:[ \t]+följande(?:[ \t]+[\wåäö]+){0,2})?)?[ \t]*(?:\(\d+\))?[ \t]*:(?!s\b))"
)
#: Voters named before the proposal they voted for: "Anna Ek (S) och Eva Ros (V) röstade för
#: kommunstyrelsens förslag." (not "Den som röstar för …").
_CAST_FOR = re.compile(
    r"(?i)(?<=[)\wåäö])(?<!\bsom)[ \t]+(?P<cast>(?P<verb>röstar|röstade)[ \t]+för[ \t]+"
    r"(?P<p>[^.,;:\n]{3,80}))(?=[.,;\n]|$)"
)
#: The vote a proposal label states itself: "… yrkande (ja):".
_STATED = re.compile(r"(?i)\((ja|nej)\)\s*$")
#: A header line's cells (tab, markdown bar or two spaces apart).
_CELL = re.compile(r"[^\t|]+?(?=\t|\||[ ]{2,}|$)")
#: Words of a proposal that tell none apart.
_FILLER = {
    "för", "till", "bifall", "bifalla", "bifaller", "att", "den", "som", "röstar", "röstade", "vill",
    "yrkande", "yrkandet", "förslag", "förslaget", "om", "på", "i", "av", "och", "ärendet", "ledamöter",
    "ledamöterna", "följande", "de", "är", "med", "det",
}  # fmt: skip

#: A proposal: the words that tell it apart, and the vote it gets.
Proposal = tuple[frozenset[str], str]


def _words(phrase: str) -> frozenset[str]:
    """The telling words of a phrase, each cut to a stem: genitive s and endings dropped ("Eks" = "Ek",
    "återremiss" = "återremittera")."""
    out = set()
    for w in re.findall(r"[\wåäöÅÄÖ]+", phrase.casefold()):
        if w in _FILLER or w.isdigit() or len(w) < 2:
            continue
        w = w[:-1] if len(w) >= 3 and w.endswith("s") else w
        out.add(w[:6])
    return frozenset(out)


def propositions(text: str) -> list[tuple[int, Proposal]]:
    """(where it is printed, proposal) for each proposal the text maps to ja or nej."""
    found = [(m.start(), m.group("p"), m.group("v")) for m in _WHO_VOTES.finditer(text)]
    found += [(m.start(), m.group("p"), m.group("v")) for m in _VOTE_MEANS.finditer(text)]
    out = [(at, (_words(p), v.casefold())) for at, p, v in sorted(found)]
    return [(at, p) for at, p in out if p[0]]


def _vote_for(phrase: str, props: list[tuple[int, Proposal]], at: int) -> str | None:
    """The vote a proposal phrase printed at `at` stands for: the proposal of the latest ja and nej
    above it that shares the most words with it, when one does."""
    latest: dict[str, frozenset[str]] = {}
    for where, (words, vote) in props:
        if where < at:
            latest[vote] = words
    words = _words(phrase)
    scores = {vote: len(words & ws) for vote, ws in latest.items()}
    best = max(scores.values(), default=0)
    winners = [v for v, s in scores.items() if s == best]
    return winners[0] if best and len(winners) == 1 else None


def translate(text: str) -> str:
    """`text` with each list label and header cell naming a proposal rewritten as its vote word.

    Args:
        text: An item's text.

    Returns:
        The text, every offset kept.
    """
    props = propositions(text)
    if not {v for _, (_, v) in props} >= {"ja", "nej"}:
        props = []  # only labels that state their vote can be read
    chars = list(text)

    def put(start: int, end: int, word: str, tail: str = "") -> None:
        chars[start:end] = list((word + " " * (end - start - len(word) - len(tail)) + tail)[: end - start])

    labels = list(_PROPOSAL_LABEL.finditer(text))
    casts = list(_CAST_FOR.finditer(text))
    unread = (
        _main_and_other([m.group("p") for m in labels] + [m.group("p") for m in casts]) if not props else {}
    )
    if not props and not unread:
        unread = _by_tally(text, labels)
    for m in labels:
        stated = _STATED.search(m.group("p"))
        vote = stated.group(1).casefold() if stated else _vote_for(m.group("p"), props, m.start())
        vote = vote or unread.get(m.group("p"))
        if vote is not None:
            put(m.start("label"), m.end("label"), vote.capitalize(), ":")
    for m in casts:
        stated = _STATED.search(m.group("p"))  # "röstade för avslag (nej)"
        vote = stated.group(1).casefold() if stated else None
        vote = vote or _vote_for(m.group("p"), props, m.start()) or unread.get(m.group("p"))
        if vote is not None:
            put(m.start("cast"), m.end("cast"), f"{m.group('verb')} {vote}")
    for line_start, line in _lines(text):
        cells = [(line_start + m.start(), line_start + m.end(), m.group(0)) for m in _CELL.finditer(line)]
        hits = [(s, e, v) for s, e, c in cells if (v := _header_vote(c, props, s))]
        if len({v for _, _, v in hits}) == 2 and len(cells) >= 3:
            for s, e, vote in hits:
                put(s, e, vote.capitalize())
    return "".join(chars)


#: A proposal that is the one put first when the protocol does not say which vote stands for what: the
#: preparing body's förslag ("kommunstyrelsens förslag", "arbetsutskottets förslag till beslut", "förslaget"),
#: to decide the matter today (against återremiss), bifall (against avslag).
_MAIN = re.compile(
    r"(?i)(?:\b\w*(?:styrelse|nämnd|utskott|förvaltning|beredning|fullmäktige|presidi|kontor|direktör"
    r"|ordförande)\w*[ \t]+(?:förslag|beslutsförslag)|\bförslaget\b|\bavgör\w*|\bi dag\b"
    r"|^(?:för|bifall till)?[ \t]*bifall\b)"
)
#: A proposal that is the other one: a member's yrkande, avslag, återremiss, bordläggning, a motion.
_OTHER = re.compile(
    r"(?i)\byrkande\w*|\bavslag\w*|\båterremi\w*|\bbordl\w*|\bmotion\w*|\bändrings\w*|\btillägg\w*"
)


def _main_and_other(phrases: list[str]) -> dict[str, str]:
    """The vote of each proposal phrase when no ja and nej are printed for them: of two proposals the
    votes name, the preparing body's förslag (or deciding today, or bifall) is ja and the other nej, as
    a chair puts them; nothing when there are more proposals, or neither or both read as the first."""
    kinds: dict[frozenset[str], list[str]] = {}
    for phrase in phrases:
        kinds.setdefault(_words(phrase), []).append(phrase)
    if len(kinds) != 2:
        return {}
    pa, pb = kinds.values()
    main_a, main_b = (bool(_MAIN.search(p[0].strip())) and not _OTHER.search(p[0]) for p in (pa, pb))
    if main_a == main_b:
        return {}
    ja, nej = (pa, pb) if main_a else (pb, pa)
    return {p: "ja" for p in ja} | {p: "nej" for p in nej}


#: The result printed as counts: "med 5 ja-röster mot 3 nej-röster", "5 ja och 3 nej", "Ja 5, Nej 3".
_TALLY = re.compile(
    r"(?i)(?:\b(?P<ja>\d{1,3})[ \t]+ja(?:-?\s?röst(?:er)?)?"
    r"|\bja(?:-?\s?röster)?[ \t]*:?[ \t]*(?P<ja2>\d{1,3}))\b"
    r"[^.\d]{0,40}?"
    r"(?:\b(?P<nej>\d{1,3})[ \t]+nej(?:-?\s?röst(?:er)?)?"
    r"|\bnej(?:-?\s?röster)?[ \t]*:?[ \t]*(?P<nej2>\d{1,3}))\b"
)
#: A voter's party in brackets: one name of a list.
_LISTED_PARTY = re.compile(r"\([A-ZÅÄÖa-zåäö]{1,4}\)")


def _by_tally(text: str, labels: list[re.Match[str]]) -> dict[str, str]:
    """The vote of each of two proposals' lists when nothing says which is ja, read from the printed
    result: the list as long as the ja count is the ja list ("För Anna Eks yrkande röstar: …" with
    three names and "Omröstningen utfaller med 3 ja-röster mot 2 nej-röster"). Names are counted by
    their parties in brackets; nothing when the counts tell nothing (equal, or no list fits)."""
    tally = _TALLY.search(text)
    if tally is None or len(labels) < 2:
        return {}
    ja, nej = int(tally.group("ja") or tally.group("ja2")), int(tally.group("nej") or tally.group("nej2"))
    if ja == nej:
        return {}
    sizes: dict[frozenset[str], int] = {}
    phrases: dict[frozenset[str], list[str]] = {}
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        body = text[m.end() : end]
        stop = re.search(
            r"\n[ \t]*\n|(?<=[.])[ \t]+(?=[A-ZÅÄÖ])|\n(?=[ \t]*(?:avst|omröstning|med \d))", body, re.I
        )
        words = _words(m.group("p"))
        sizes[words] = sizes.get(words, 0) + len(
            _LISTED_PARTY.findall(body[: stop.start() if stop else None])
        )
        phrases.setdefault(words, []).append(m.group("p"))
    if len(sizes) != 2:
        return {}
    (a, size_a), (b, size_b) = sizes.items()
    if (size_a, size_b) == (ja, nej):
        first, second = a, b
    elif (size_a, size_b) == (nej, ja):
        first, second = b, a
    else:
        return {}
    return {p: "ja" for p in phrases[first]} | {p: "nej" for p in phrases[second]}


def _header_vote(cell: str, props: list[tuple[int, Proposal]], at: int) -> str | None:
    """The vote a header cell stands for when it names a proposal ("Kommunstyrelsens förslag")."""
    cell = cell.strip(" *")
    if not cell or len(cell) > 80 or re.search(r"\d", cell):
        return None
    return _vote_for(cell, props, at)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, line) of the lines that may be a table's header: with tabs, bars or wide gaps."""
    out, pos = [], 0
    for line in text.split("\n"):
        if "\t" in line or "|" in line or "   " in line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out
