"""Signatures and form labels: "Sekreterare Therese Tanner", "Justerat av:" + name, "Utses att justera\tAmanda
Lindblad", "I tjänsten", the role printed under a name in a signature column, and a replaced member whose
name a two-column layout broke over two lines ("Berit Bergström (M) ersätter Axel" ... "Storckenfeldt (M)").
"""

from __future__ import annotations

import re

from indexer.entities.attendance import HEADER_WORDS, read_segment
from indexer.entities.names import RUN, TOKEN, Mention, clean_name, is_first_name, split_run, trim_name
from indexer.entities.parties import party_code, party_re
from indexer.segment.common import line_offsets

#: Labels printed before a name in signature blocks and forms -> role.
_LABELS: tuple[tuple[str, str], ...] = (
    (r"Anteckning(?:ar)? gjord(?:a)? av", "sekreterare"),
    (r"Vid anteckningarna", "sekreterare"),
    (r"Vid protokollet", "sekreterare"),
    (r"Antecknat av", "sekreterare"),
    (r"Mötessekreterare", "sekreterare"),
    (r"Sekreterare", "sekreterare"),
    (r"Protokolls?justerare", "justerare"),
    (r"Utses att justera", "justerare"),
    # a header row's label: "Att justera: Anna Ek (S)", "Utsedda att justera⇥…", "Valda att justera"
    (r"(?:Utsedda?|Valda?) att justera", "justerare"),
    (r"Att justera", "justerare"),
    (r"Justerat av", "justerare"),
    (r"Justeras av", "justerare"),
    (r"Justeras", "justerare"),  # a form's field: "Justeras⇥Anna Ek (S), 2026-11-24"
    (r"Justerande", "justerare"),
    # a kallelse's head block: "Förslag till justerare:⇥Göran Persson (M)", "Föreslagen justerare"
    (r"Förslag till justerare", "justerare"),
    (r"Föreslagna? justerare", "justerare"),
    # "Justerare för dagens möte: Anna Ek", "Justerare för protokollet: …"
    (r"Justerare för (?:dagens |detta )?(?:möte|mötet|sammanträde|sammanträdet|protokollet)", "justerare"),
    (r"Justerare", "justerare"),
    (r"(?:2:e|Andre|Andra) vice ordförande", "andre vice ordförande"),
    (r"(?:1:e |Förste |Första )?[Vv]ice ordförande", "vice ordförande"),
    (r"Ordförande", "ordförande"),
    (r"I tjänsten", "tjänsteperson"),
    (r"Föredragande", "föredragande"),
)
_LABEL_RE = re.compile(
    r"(?<![\w])(?P<label>"
    + "|".join(p for p, _ in _LABELS)
    # a signature line of dots may stand between the label and the name: "Ordförande ......\nGöran Ek"
    + r")(?![\w])[ \t]*:?\**:?[ \t._…]*(?:\n[ \t._…]*){0,2}"
    # a kallelse's value may say what the name is: "Justerare   Förslag: Erik Holmström (C)"
    + r"(?:(?:Förslag|Föreslås|Ordinarie)[ \t]*:[ \t]*)?"
    # after a colon, a lower-case title may stand before the name: "Föredragande: ekonomidirektör Anna Ek"
    + rf"(?:(?<=:)[ \t]*|(?<=: )(?:[a-zåäö][\wåäö\-]*[ \t]+){{1,2}})?(?P<name>{RUN})"
)
_LABEL_ROLE = [(re.compile(p), r) for p, r in _LABELS]

_NEXT_LISTED = re.compile(
    rf"[ \t]*(?:\([^()\n]{{1,4}}\))?[ \t]*(?:,|och|samt)[ \t]+(?P<name>{RUN})"
    rf"(?:[ \t]*\((?P<party>[A-Za-z]{{1,3}})\))?"
)
_FULL_NAME = re.compile(RUN)
_TOKEN_AT_END = re.compile(rf"({TOKEN})$")
#: "ersätter Axel" / "för Maria" at the end of a line: the replaced member's surname is on the next line.
_REPLACES_END = re.compile(rf"(?:ersätter|för) (?P<first>{TOKEN})[ \t]*$")


def _role_of_label(label: str) -> str:
    for rx, role in _LABEL_ROLE:
        if rx.fullmatch(label.rstrip(" \t:")):
            return role
    return "närvarande"


def label_mentions(text: str) -> list[Mention]:
    """People after signature and form labels: "Sekreterare Therese Tanner", "Justerat av:" + name."""
    out = []
    for hit in _LABEL_RE.finditer(text):
        if not _label_position_ok(text, hit) or _under_a_name(text, hit.start()):
            continue
        words = trim_name(split_run(hit.group("name")), keep="left")
        if len(words) < 2:
            continue
        pair = split_two_names(words)
        if pair:  # "Justerande" over "Ingbritt Johansson Marcus Wallin": two signatures on one line
            out += _pair_mentions(text, hit, pair)
            continue
        after = text[hit.end("name") : hit.end("name") + 8]
        # A name the first-name list lacks still counts when the label stands right before it and a
        # title, a cell border or the line end follows ("Föredragande: Kasra Hassirian,<br>jurist").
        closed = re.match(r"[ \t]*(?:,|\||<br>|\n|$)", after) and hit.group("name") == " ".join(words)
        if not (is_first_name(words[0]) or party_re().match(after.lstrip()) or closed):
            continue
        name = " ".join(words)
        start = hit.start("name")
        role = _role_of_label(hit.group("label"))
        beside: list[Mention] = []
        if role == "justerare" and _CHAIR_CAPTION.match(text, hit.end("name")):
            beside, chosen = _captioned_beside(text, hit.end("name"))
            if not beside or chosen:
                # "Justeras" / "Eva Ek, ordförande   Bo Berg, justerare": she signs as chair
                role = "ordförande"
        m = Mention(name=name, start=start, end=start + len(name), roles=[role])
        pm = party_re().match(after.lstrip())
        if pm:
            m.party = party_code(pm.group("party"))
        out.append(m)
        out += beside
        out += _listed_after(text, hit.end("name"), m.roles[0])
        if m.roles[0] == "justerare":
            out += _listed_below(text, hit.end("name"), m.roles[0])
            out += _beside(text, hit.end("name"))
    return out


#: A signature's caption naming the chair right after the name: ", ordförande", " (S), ordförande".
_CHAIR_CAPTION = re.compile(r"[ \t]*(?:\([^()\n]{1,4}\))?[ \t]*,[ \t]*ordförande\b")

#: The signature beside the chair's under "Justeras", captioned with a member's office: "Ella Ek,
#: ordförande      Moa Lund (S), vice ordförande" (or "…, justerare", "…, ledamot"); a web page sets them
#: apart by one space. In a column of its own (a tab, three spaces) the caption may name what the signer
#: represents instead ("Britt Olsson, PRO", a council's member organisation) or be left out. A web page's
#: "<br>" sets the second signature under the first ("Magnus Stridh, ordförande" / "Gert Rydh, PRO").
_CAPTIONED_BESIDE = re.compile(
    rf"[ \t]*(?:\([^()\n]{{1,4}}\))?[ \t]*,[ \t]*ordförande(?P<apart>\t+|[ ]+|[ \t]*\n)(?P<name>{RUN})"
    r"[ \t]*(?:\((?P<party>[^()\n]{1,4})\))?[ \t]*(?:,[ \t]*(?P<caption>(?:(?:1:e|2:e|förste|andre) )?vice "
    r"ordförande|ledamot|(?:protokoll)?justerare|(?P<other>[A-ZÅÄÖ][\wÅÄÖåäö\-]*(?: [\wÅÄÖåäö\-]+){0,3})))?"
    r"[ \t]*(?=\n|$)",
    re.IGNORECASE,
)


def _captioned_beside(text: str, pos: int) -> tuple[list[Mention], bool]:
    """The signature captioned beside the chair's, and whether the caption says it was chosen. A document
    choosing no justerare has everyone under "Justeras" sign as one (GOLD_FORMAT), the chair too: a
    caption naming an office ("vice ordförande", "ledamot") or what the signer represents ("PRO") is no
    choice. One captioned "justerare" is the one chosen (the chair then signs as chair)."""
    nxt = _CAPTIONED_BESIDE.match(text, pos)
    apart = nxt.group("apart") if nxt else ""
    column = "\t" in apart or "\n" in apart or len(apart) >= 3
    if not nxt or ((nxt.group("caption") is None or nxt.group("other")) and not column):
        return [], False  # a caption of no office, or none, only in a column of its own
    if "\n" in apart and nxt.group("other") and not nxt.group("other")[0].isupper():
        return [], False  # on the line under: an organisation ("PRO Tingsryd"), not a title ("sekreterare")
    words = split_run(nxt.group("name"))
    if not 2 <= len(words) <= 4 or trim_name(words, keep="left") != words:
        return [], False
    if not (is_first_name(words[0]) or nxt.group("party")):
        return [], False
    m = _named(nxt, words, "justerare")
    caption = (nxt.group("caption") or "").lower()
    if caption and not nxt.group("other") and "justerare" not in caption:
        m.roles = ["justerare", caption]
    return [m], "justerare" in caption


#: A second signature beside the first on its line, in a column of its own: "Karin Ek⇥⇥Rolf Nyberg".
_BESIDE = re.compile(
    rf"[ \t]*(?:\([^()\n]{{1,4}}\))?(?:\t+|[ ]{{3,}})(?P<name>{RUN})"
    r"[ \t]*(?:\((?P<party>[^()\n]{1,4})\))?[ \t]*(?=\n|$)"
)


def _beside(text: str, pos: int) -> list[Mention]:
    """The justerare signing beside the first under a "Justeras" label: a known first name's full name alone
    in the next column of the same line (the chair and the justerare both sign the justering)."""
    nxt = _BESIDE.match(text, pos)
    if not nxt:
        return []
    words = split_run(nxt.group("name"))
    if not 2 <= len(words) <= 4 or trim_name(words, keep="left") != words or not is_first_name(words[0]):
        return []
    return [_named(nxt, words, "justerare")]


#: "… av ordförande Mikael Sandberg (M) och justerare Sofie Eklöf (S)": the role word before a name in a
#: sentence about the justering.
_INLINE_JUSTERARE = re.compile(
    rf"(?<![\w\-])(?:justerare|protokolljusterare)[ \t]+(?P<name>{RUN})"
    r"[ \t]*(?:\((?P<party>[^()\n]{1,4})\))?"
)


#: "ersättare för", "ers. för", "ersättare till" right before "justerare": a deputy's caption.
_DEPUTY_BEFORE = re.compile(r"(?i)\bers(?:ättare|\.)[ \t]+(?:för|till)[ \t]+$")


#: A signature captioned after the name on its line: "Kjell Sundberg (S), justerare" (two signatures side by
#: side read as one line: "Johan Rocklind (C), ordförande Kjell Sundberg (S), justerare").
_CAPTIONED_JUSTERARE = re.compile(
    rf"(?P<name>{RUN})[ \t]*\((?P<party>[^()\n]{{1,4}})\),[ \t]*(?:protokoll)?justerare[ \t]*$", re.MULTILINE
)


def inline_justerare(text: str) -> list[Mention]:
    """People named right after a lower-case "justerare" in a sentence, with a party or a known first
    name ("Protokollet justerat 2025-09-02 av ordförande Mikael Sandberg (M) och justerare Sofie Eklöf"), or
    right before it as a signature's caption ("Kjell Sundberg (S), justerare" at the end of a line)."""
    out = []
    for hit in [*_INLINE_JUSTERARE.finditer(text), *_CAPTIONED_JUSTERARE.finditer(text)]:
        if _DEPUTY_BEFORE.search(text, max(0, hit.start() - 30), hit.start()):
            continue  # "ersättare för justerare Petra Lund": the justerare's deputy, who signs only if needed
        words = trim_name(split_run(hit.group("name")), keep="left")
        if len(words) < 2 or not (hit.group("party") or is_first_name(words[0])):
            continue
        name = " ".join(words)
        start = hit.start("name")
        m = Mention(name=name, start=start, end=start + len(name), roles=["justerare"])
        m.party = party_code(hit.group("party")) if hit.group("party") else None
        out.append(m)
    return out


def split_two_names(words: list[str]) -> tuple[list[str], list[str]] | None:
    """Two names printed side by side without a separator ("Ingbritt Johansson Marcus Wallin"): split where
    a known first name follows a word that is not one, when each side is a name of two or more words."""
    if len(words) < 4:
        return None
    for k in range(2, len(words) - 1):
        if is_first_name(words[k]) and not is_first_name(words[k - 1]):
            return words[:k], words[k:]
    return None


def _pair_mentions(text: str, hit: re.Match[str], pair: tuple[list[str], list[str]]) -> list[Mention]:
    role = _role_of_label(hit.group("label"))
    out = []
    pos = hit.start("name")
    for words in pair:
        name = " ".join(words)
        start = text.find(words[0], pos)
        out.append(Mention(name=name, start=start, end=start + len(name), roles=[role]))
        pos = start + len(words[0])
    return out


#: A line holding one name alone, with or without a party: the next person under a label.
_LONE_NAME_LINE = re.compile(
    rf"\n[ \t]*(?P<name>{RUN})[ \t]*(?:\((?P<party>[^()\n]{{1,4}})\))?[ \t]*(?=\n|$)"
)


def _listed_below(text: str, pos: int, role: str) -> list[Mention]:
    """Names on the lines right below a label's first one: "Utses att justera Leif Hansson (S)" over
    "Anita Brodén (L)"."""
    out: list[Mention] = []
    rest = re.match(r"[ \t]*(?:\([^()\n]{1,4}\))?[ \t]*(?=\n)", text[pos:])
    if rest is None:
        return out
    pos += rest.end()
    while len(out) < 3:
        nxt = _LONE_NAME_LINE.match(text, pos)
        if not nxt:
            return out
        words = split_run(nxt.group("name"))
        if len(words) < 2 or len(words) > 4 or trim_name(words, keep="left") != words:
            return out
        if not (is_first_name(words[0]) or nxt.group("party")):
            return out
        out.append(_named(nxt, words, role))
        pos = nxt.end()
    return out


def _named(hit: re.Match[str], words: list[str], role: str) -> Mention:
    """The mention of a name a match's `name` group starts with, and its party when the match prints one."""
    name = " ".join(words)
    m = Mention(name=name, start=hit.start("name"), end=hit.start("name") + len(name), roles=[role])
    if hit.group("party"):
        m.party = party_code(hit.group("party"))
    return m


def _listed_after(text: str, pos: int, role: str) -> list[Mention]:
    """More names after a label's first one: "Justerare: Anna Ek (S) och Bo Berg (M)"."""
    out: list[Mention] = []
    while True:
        nxt = _NEXT_LISTED.match(text, pos)
        if not nxt:
            return out
        words = trim_name(split_run(nxt.group("name")), keep="left")
        if len(words) < 2 or not (is_first_name(words[0]) or nxt.group("party")):
            return out
        out.append(_named(nxt, words, role))
        pos = nxt.end("name")


#: An attendance list's block header alone in a cell: "Närvarande ersättare", "Tjänstepersoner:".
_BLOCK_HEADER = re.compile(rf"(?i)(?:{HEADER_WORDS})[ \t]*:?")


def stacked_mentions(text: str) -> list[Mention]:
    """Signature blocks with the role under the name, in columns:
    "Lisa Andersson          Patrik Johansson" over "ordförande              kommunsekreterare"."""
    out = []
    lines = text.split("\n")
    offset = 0
    for i, line in enumerate(lines[:-1]):
        line_start, offset = offset, offset + len(line) + 1
        if not line.strip() or len(line) > 160:
            continue
        above = i - 1
        while above > 0 and re.fullmatch(r"[ \t._…]+", lines[above]):
            above -= 1  # the signature line of dots between a label and its name
        block = lines[max(0, above - _RUN_LINES) : above]
        if i and _BARE_LABEL.match(lines[above]) and not _roles_under_names(block):
            continue  # "Sekreterare" / "Ulrika Månsson" / "Ordförande": the label stands above the name
        cells = _cells(line)
        names = [(c, s) for c, s in cells if _is_full_name(_without_party(s)[0])]
        if not names or len(names) < len(cells) - 1:
            continue
        if _BARE_LABEL.match(lines[i + 1]) and _labels_over_names(lines[max(0, i - _RUN_LINES) : i]):
            continue  # the label under the name is the next signature's
        below = _cells(lines[i + 1])
        for col, seg in names:
            under = next((s for c, s in below if abs(c - col) <= 3), None)
            if under is None and "\t" in line and "\t" in lines[i + 1] and len(below) == len(cells):
                # "Per Lund⇥Ida Nyström" over "Kommundirektör⇥Planchef": tab columns line up by their
                # order, not by their character offset
                under = below[cells.index((col, seg))][1]
            if not under or len(under.split()) > 4 or re.search(r"[\d:@]", under):
                continue
            if is_first_name(under.split()[0]) and under[:1].isupper():
                continue  # the next name of a list, not a role
            if _BLOCK_HEADER.fullmatch(under):
                continue  # "Cecilia Lund⇥C" over "Närvarande ersättare": a list's last name, the next block
            bare, party = _without_party(seg)  # "Maria Ekström (S)" over "Ordförande": the chair's signature
            m = Mention(name=clean_name(bare), start=line_start + col, end=line_start + col + len(bare))
            m.party = party
            read_segment(under[0].lower() + under[1:] if under.split()[0][1:].islower() else under, m)
            politician = m.title and re.search(r"(?i)ordförande|ledamot|kommunalråd|regionråd", m.title)
            if m.title and not m.roles and not politician:
                m.roles.append("tjänsteperson")  # "Anna Frisk" over "Chef Hälso- och sjukvårdspolitiska"
            if m.roles or politician:
                out.append(m)
    return out


#: A signature label as one cell of a row of labels: "Ordförande⇥Justerare" over the signatures' names.
_LABEL_CELL = re.compile(
    r"(?:Ordförande|Vice ordförande|Sekreterare|Justerare|Justerande|Protokolls?justerare|Justeras|"
    r"Vid protokollet|Mötessekreterare)[ \t]*:?"
)


def label_row_mentions(text: str) -> list[Mention]:
    """Signatures in columns with their labels in the row above: "Ordförande⇥Justerare" over "Lars Hed
    (M)⇥Anna Ek (S)" (a line of dots to sign on or a blank line may stand between). Each name takes the
    label of its column; the columns line up by their order, the rows having as many cells."""
    out: list[Mention] = []
    lines = text.split("\n")
    offsets = line_offsets(text)
    for i, line in enumerate(lines):
        labels = _cells(line)
        if len(labels) < 2 or not all(_LABEL_CELL.fullmatch(c) for _, c in labels):
            continue
        j = i + 1
        while j < len(lines) and j <= i + 3 and _DOTS.fullmatch(lines[j]):
            j += 1  # blank lines and the lines of dots to sign on
        below = _cells(lines[j]) if j < len(lines) else []
        if len(below) != len(labels):
            continue
        row: list[Mention] = []
        for (_, label), (col, cell) in zip(labels, below, strict=True):
            party = re.search(r"\s*\(([^()]{1,4})\)$", cell)
            name = cell[: party.start()] if party else cell
            if not _is_full_name(name):
                break
            start = offsets[j] + col
            m = Mention(
                name=clean_name(name), start=start, end=start + len(name), roles=[_role_of_label(label)]
            )
            m.party = party_code(party.group(1)) if party else None
            row.append(m)
        else:
            out += row
    return out


#: A signature label alone on its line (dots of a signature line may follow): the name is below it.
_BARE_LABEL = re.compile(
    r"^[ \t]*(?:Sekreterare|Ordförande|Justerande|Justerare|Protokolls?justerare|Justerat av|Vid protokollet)"
    r"[ \t]*:?[ \t._…]*$"
)


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of the parts of a line separated by two or more spaces or a tab."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _without_party(seg: str) -> tuple[str, str | None]:
    """A signature's name and the party printed after it: "Maria Ekström (S)" → ("Maria Ekström", "S")."""
    hit = re.fullmatch(r"(?P<name>.+?)[ \t]*\((?P<party>[^()]{1,6})\)", seg)
    code = party_code(hit["party"]) if hit else None
    return (hit["name"], code) if hit and code else (seg, None)


def _is_full_name(seg: str) -> bool:
    if not _FULL_NAME.fullmatch(seg):
        return False
    words = split_run(seg)
    return 2 <= len(words) <= 4 and is_first_name(words[0]) and trim_name(words, keep="left") == words


def _under_a_name(text: str, at: int) -> bool:
    """A label alone on its line right under a line of names, in a signature block whose first line is a
    name, is the role of the name above it ("Mattias Kjellgren" over "Ordförande", then a signature line
    and the next name); in a block that opens with a label, labels stand over their names."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if not _BARE_LABEL.match(text[start : end if end >= 0 else len(text)]):
        return False
    lines = text[: max(0, start - 1)].split("\n")[-_RUN_LINES:] if start else []
    # no line of dots to sign on, but a blank line under the label: "Anneli Sjöqvist (M)" / "Ordförande" /
    # "" / "Tobias Lind" / "Kommunsekreterare" signs a kallelse, each role under its name
    after = text.find("\n", end + 1) if end >= 0 else -1
    label = text[start : end if end >= 0 else len(text)].rstrip(" \t._…")
    nxt = text[end + 1 : after if after >= 0 else len(text)] if end >= 0 else ""
    apart = end >= 0 and not label.endswith(":") and not nxt.strip()
    # nor a blank line, but the next name has its own role under it: "Gunilla Axelsson (M)" / "Ordförande"
    # / "Emma Löfgren" / "Nämndsekreterare", each role under its name
    if end >= 0 and after >= 0 and not label.endswith(":") and _is_full_name(_PARTY_END.sub("", nxt.strip())):
        stop = text.find("\n", after + 1)
        apart = apart or bool(_LONE_ROLE.match(text[after + 1 : stop if stop >= 0 else len(text)]))
    return _roles_under_names(lines, apart)


#: A party after a signature's name: "Anna Ek (M)".
_PARTY_END = re.compile(r"\s*\([^()]{1,4}\)$")
#: A role alone on its line under a name: "Nämndsekreterare", "Ordförande", "Kommundirektör".
_LONE_ROLE = re.compile(
    r"^[ \t]*(?:[A-ZÅÄÖ][a-zåäö]*(?:sekreterare|ordförande|chef|direktör)|Sekreterare|Ordförande)[ \t]*$"
)


#: How far up a signature block is read to find its first line.
_RUN_LINES = 16
_DOTS = re.compile(r"[ \t._…]*")


def _block_kinds(lines: list[str]) -> tuple[list[str], bool]:
    """Reading up from the last of `lines`: the kind of each line of the signature block ("name": names
    only, "label": a signature label among its cells) to its first, and whether a line of dots to sign
    on stands among them."""
    kinds, signed = [], False
    for line in reversed(lines):
        if _DOTS.fullmatch(line):
            signed = signed or len(re.sub(r"\s", "", line)) >= 3
            continue
        cells = [c for _, c in _cells(line)]
        if all(_is_full_name(re.sub(r"\s*\([^()]{1,4}\)$", "", c)) for c in cells):  # "Anna Ek (M)" too
            kinds.append("name")
        elif any(_BARE_LABEL.match(c) for c in cells):
            kinds.append("label")  # "Underskrifter   Sekreterare": a label opens the block
        else:
            break
    return kinds, signed


def _roles_under_names(lines: list[str], apart: bool = False) -> bool:
    """The lines right above a label (nearest last): the nearest that is not a signature line of dots
    holds names only, and the signature block they belong to (names, labels, lines of dots to sign on)
    opens with names; the block has lines of dots to sign on, or (`apart`) a blank line parts the label
    from the next name."""
    kinds, signed = _block_kinds(lines)
    return (signed or apart) and bool(kinds) and kinds[0] == "name" and kinds[-1] == "name"


def _labels_over_names(lines: list[str]) -> bool:
    """The signature block the lines above a name belong to opens with a label: its labels stand over
    their names ("Underskrifter   Sekreterare" / dots / "Anna Ek" / "Ordförande" / dots / "Bo Berg")."""
    kinds, _ = _block_kinds(lines)
    return bool(kinds) and kinds[-1] == "label"


def _label_position_ok(text: str, hit: re.Match[str]) -> bool:
    """A label starts a line, a table cell or a sentence; one that ends its line must stand alone on it
    ("Lisa Andersson (M), Ordförande" + newline + the next member is no label)."""
    # Read back from the label only as far as needed (a whole-line copy per label was quadratic on a
    # long line): over spaces, asterisks and a heading's hashes ("## Justeras", a web page's <h2>) to the
    # line start, and the two characters before it.
    k = hit.start()
    while k > 0 and text[k - 1] in " *#":
        k -= 1
    at_start = k == 0 or text[k - 1] == "\n"
    nl = text.rfind("\n", max(0, hit.start() - 2), hit.start())
    tail = text[nl + 1 if nl >= 0 else max(0, hit.start() - 2) : hit.start()]
    if not (at_start or re.search(r"(?:\t|\s{2,}|[.:]\s)$", tail)):
        return False
    between = text[hit.end("label") : hit.start("name")]
    return "\n" not in between or at_start


def replaced_mentions(text: str) -> list[Mention]:
    """Members named as replaced by an ersättare, their name broken over two columns' lines:
    "Berit Bergström (M) ersätter Axel" ... next line "... Storckenfeldt (M)"."""
    out = []
    lines = text.split("\n")
    offsets = line_offsets(text)
    for i, line in enumerate(lines[:-1]):
        end = _REPLACES_END.search(line)
        if not end:
            continue
        nxt = lines[i + 1]
        for pm in party_re().finditer(nxt):
            before = nxt[: pm.start()].rstrip()
            lone = _TOKEN_AT_END.search(before)
            prev = before[: lone.start()].split() if lone else []
            # the surname stands alone: first on its line, or after a role word, a bracket or a § number
            if lone and (not prev or prev[-1][0].islower() or prev[-1][-1] in ")0123456789"):
                name = clean_name(f"{end.group('first')} {lone.group(1)}")
                start = offsets[i + 1] + lone.start(1)
                out.append(
                    Mention(
                        name=name,
                        start=start,
                        end=start + len(lone.group(1)),
                        party=pm.group("party"),
                        replaced=True,
                    )
                )
                break
    for i, line in enumerate(lines[:-1]):
        if not _REPLACES_AT_END.search(line):
            continue
        whole = _WHOLE_NAME_LINE.match(lines[i + 1])
        if whole:  # "Per Ek, tjg ersättare för⇥KD" / "Bo Berg (M)": the whole name went to the next line
            start = offsets[i + 1] + whole.start("name")
            name = clean_name(whole["name"])
            out.append(
                Mention(name=name, start=start, end=start + len(name), party=whole["party"], replaced=True)
            )
    for m in out:
        m.party = party_code(m.party)
    return out


#: A line ending where an ersättare's line names whom they replace, perhaps before the party's column:
#: "Per Ek, tjg ersättare för        KD", "Anna Berg (S) ersätter".
_REPLACES_AT_END = re.compile(
    r"(?:\bersätter|\bersättare för|\bi ?stället för|\btjänstgör för)[ \t]*"
    r"(?:(?:\t|[ ]{2,})\(?[A-ZÅÄÖ]{1,4}\)?)?[ \t]*$"
)
#: A line that is a whole name alone, perhaps with its party: "   Bo Berg (M)".
_WHOLE_NAME_LINE = re.compile(
    rf"^[ \t]*(?P<name>{RUN})[ \t]*(?:\((?P<party>[A-ZÅÄÖa-zåäö]{{1,4}})\))?[ \t]*$"
)
