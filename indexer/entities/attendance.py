"""Who was in the room: attendance blocks, signature lines and the text printed after a name.

Handles the layouts seen in Swedish minutes:
- a header per block ("Beslutande ledamöter", "Ersättare", "Tjänstgörande ersättare", "Övriga närvarande",
  "Tjänstepersoner", "Gäster:"), one person a line, or a comma list after the header on the same line;
- two columns that a PDF conversion put on one line ("Lisa Andersson (M), Ordförande Berit Bergström (M)
  ersätter Axel") with the column headers on one line;
- the tail after a name: "(S), Vice ordförande, Köping", "(M) (Tredje vice ordförande) (Surahammar)",
  ", kommundirektör (från § 287)", "(kommunchef Fagersta)", "(ordf. SSN)";
- signature and form labels: "Sekreterare Therese Tanner", "Justerat av:", "Vid anteckningarna:",
  "Utses att justera\tAmanda Lindblad", "I tjänsten", "Anteckning gjord av".
"""

from __future__ import annotations

import itertools
import re

from indexer.entities.names import RUN, TOKEN, Mention, is_first_name, is_stop_token, split_run, trim_name
from indexer.entities.officials import ATTENDANCE_TITLES, alternation
from indexer.entities.parties import party_code, party_re
from indexer.entities.role_rows import broken_header, label_rest, normal_order_line, row_label
from indexer.entities.serving import SERVES_FOR
from indexer.entities.triggers import TRIGGER_RE
from indexer.segment.attendance_groups import is_attendance_group
from indexer.segment.marks import LEAD, MARK
from models import gazetteers

#: Block headers (lower-cased, longest first) -> the role of the people listed under them.
_HEADERS: tuple[tuple[str, str], ...] = (
    ("icke tjänstgörande ersättare", "ersättare"),
    ("ej tjänstgörande ersättare", "ersättare"),
    # a header broken over two lines of its column: "Ej tjänstgörande Irene Jonsson (S)" / "ersättare ..."
    ("icke tjänstgörande", "ersättare"),
    ("ej tjänstgörande", "ersättare"),
    # a kallelse's closing lists: "Kallade ledamöter", "Ersättare för kännedom"
    ("ersättare för kännedom", "ersättare"),
    ("kallade ledamöter", "ledamot"),
    ("kallade ersättare", "ersättare"),
    ("närvarande tjänstepersoner", "tjänsteperson"),
    ("närvarande tjänstemän", "tjänsteperson"),
    ("frånvarande ledamöter", ""),
    ("frånvarande ersättare", ""),
    ("övriga deltagande", "närvarande"),
    ("frånvarande", ""),
    ("tjänstgörande ersättare", "tjänstgörande ersättare"),
    ("beslutande ledamöter", "ledamot"),
    ("närvarande ledamöter", "ledamot"),
    ("ordinarie ledamöter", "ledamot"),
    ("närvarande ersättare", "ersättare"),
    ("övriga närvarande", "närvarande"),
    ("övriga deltagare", "närvarande"),
    ("personalföreträdare", "närvarande"),
    ("tjänstepersoner", "tjänsteperson"),
    ("tjänstemän", "tjänsteperson"),
    ("beslutande", "ledamot"),
    ("ledamöter", "ledamot"),
    ("ersättare", "ersättare"),
    ("närvarande", "närvarande"),
    ("deltagare", "närvarande"),
    ("inbjudna", "närvarande"),
    ("gäster", "närvarande"),
    ("övriga", "närvarande"),
)
_HEADER_RE = re.compile(
    r"(?i)(?<![\w])(" + "|".join(re.escape(h) for h, _ in _HEADERS) + r")(?![\w])\s*:?\**:?"
)
_HEADER_ROLE = dict(_HEADERS)
#: The block headers, longest first, as a regex alternation (case-blind where used).
HEADER_WORDS = "|".join(re.escape(h) for h, _ in _HEADERS)
#: Row labels of the Kungsbacka layout that stand left of the real column headers.
_ROW_LABELS = frozenset({"beslutande", "övriga närvarande"})

#: A line that ends an attendance block.
_BLOCK_END = re.compile(
    r"(?i)^\s*(?:\**)(plats och tid|justering|sekreterare|ordförande\s|protokolls?justerare|justerare|"
    r"paragrafer|underskrift|(?:utses|utsedda?|valda?)? ?att justera|protokollet omfattar|innehåll|ärende|"
    r"dagordning|anslag|"
    r"[§$]+\s*\d+\s+[A-ZÅÄÖD]|\d+[\s.)]+[A-ZÅÄÖ]|"
    r"\|)"
)

#: Role phrases that may follow a name ("Ordförande", "1:e vice ordförande", "(Andre vice ordförande)").
_ROLE_PHRASES: tuple[tuple[str, str], ...] = (
    (r"(?:2:e|andre|andra)\s+vice\s+ordf(?:örande|\.)", "andre vice ordförande"),
    (r"(?:3:e|tredje)\s+vice\s+ordf(?:örande|\.)", "tredje vice ordförande"),
    (r"(?:1:e\s+|förste\s+|första\s+)?(?:vice\s+|v\.\s*)ordf(?:örande|\.)", "vice ordförande"),
    (r"ordf(?:örande|\.)", "ordförande"),
    (r"(?:tjänstgörande|tjänstg\.|tjg\.?|tj\.)\s*(?:ersättare|ers\.?)", "tjänstgörande ersättare"),
    (r"ersättare|ers\.", "ersättare"),
    (r"ledamot", "ledamot"),
    (r"(?:mötes|nämnd|kommun)?sekreterare", "sekreterare"),
    (r"justerare", "justerare"),
)
_ROLE_RE = [(re.compile(rf"(?i)^{p}(?![\w])"), r) for p, r in _ROLE_PHRASES]

_LONE_BEFORE_PARTY = re.compile(rf"(?:^|\s)({TOKEN})\s?$")


def parse_tail(tail: str, m: Mention) -> None:
    """Read party, role, title and affiliation from what follows a name on its line.

    Args:
        tail: Text after the name up to the next name (or the end of the line).
        m: The mention to fill in place.
    """
    groups = re.findall(r"\(([^()]{1,80})\)", tail)
    rest = re.sub(r"\([^()]{0,80}\)", ",", tail)
    rest = rest.split("(")[0]  # "kommundirektör (från" + line break: the bracket closes on the next line
    segments = [s for g in groups for s in _bracket_segments(g)]
    # "Anna Ek – S – ordförande": a dash between spaces separates the parts too
    segments += [s.strip() for s in re.split(r"[,;|\t]|\s{2,}|\s[–-]\s", rest)]
    for seg in segments:
        seg = re.split(r"\s*[§$]", seg)[0].strip(" .:-–*")  # "utredare § 62": the paragraphs attended
        if not seg or re.match(r"^(?:från|till|fr\.?o\.?m|t\.?o\.?m|ersätter|för |\d(?!:e))", seg, re.I):
            continue
        # a code ("S", "(s)") or the party's name printed out ("Socialdemokraterna", "(Moderaterna)")
        party = party_code(seg) if len(seg) <= 4 else gazetteers.normalize_party(seg)
        if party:
            m.party = m.party or party
            continue
        if len(seg) > 1:  # a lone letter is a table's mark ("X" under Närvarande), no affiliation
            read_segment(seg, m)


#: The head of a job title: "planarkitekt", "tf VA-chef", "verksamhetscontroller".
_JOB = re.compile(rf"(?i)(?:{alternation(ATTENDANCE_TITLES)})$")


def _bracket_segments(group: str) -> list[str]:
    """The parts of a bracket after a name, a job title first: "(punkt C, planarkitekt)" -> ["planarkitekt"],
    "(punkt A, samhällsbyggnadsförvaltningen, tf VA-chef)" -> ["tf VA-chef", "samhällsbyggnadsförvaltningen"].
    A reference to the agenda ("punkt A-E, G och H") is no title."""
    parts = [p.strip() for p in group.split(",")]
    parts = [p for p in parts if p and not re.match(r"(?i)^(?:punkt|p\.|§|och\b)", p)]
    if len(parts) <= 1:
        return parts if parts else []
    return sorted(parts, key=lambda p: not _JOB.search(p))


def read_segment(seg: str, m: Mention) -> None:
    seg = re.sub(r"(?i)\bordf(?:\.|$)", "ordförande", seg)  # "ordf." (its dot maybe stripped)
    for rx, role in _ROLE_RE:
        hit = rx.match(seg)
        if hit:
            rest = seg[hit.end() :].strip()
            if role.endswith("ersättare") and re.match(r"(?i)för\b", rest):
                role, rest = "tjänstgörande ersättare", ""  # "tjg ers. för Anna Kvist (L)": serving
            if not rest:
                if role not in m.roles:
                    m.roles.append(role)
                if role == "sekreterare" and m.title is None and seg.casefold() != "sekreterare":
                    m.title = seg  # "nämndsekreterare" is a title as well as the role
                return
            if m.title is None:  # "ordförande SSN": a title naming another body, not a role here
                m.title = seg
            return
    place = _place(seg)
    if place:
        m.affiliation = m.affiliation or place
        return
    if seg[0].isupper() and not re.search(
        r"(?i)(?:specialist|chef|ansvarig|ledare|direktör|handläggare)$", seg
    ):
        m.affiliation = m.affiliation or seg
        return
    # "förvaltningschef Köpings kommun", "kommunchef Fagersta": title + place
    words = seg.split()
    for k in range(len(words) - 1, 0, -1):
        place = _place(" ".join(words[k:]))
        if place:
            m.affiliation = m.affiliation or place
            seg = " ".join(words[:k])
            break
    if m.title is None and len(seg) <= 80:
        m.title = seg


def _place(s: str) -> str | None:
    """A kommun (short name) or region (canonical name) named by `s`, or None."""
    s = " ".join(s.split())
    forms = gazetteers.kommun_forms()
    if s in forms and (s != forms[s] or s in gazetteers.kommuner()):
        return forms[s]
    return gazetteers.region_forms().get(s)


def _headers_in(line: str) -> list[tuple[int, str]] | None:
    """Column headers when the line is made of block headers only, else None."""
    pos, cols = 0, []
    stripped = line.replace("*", " ")
    while pos < len(stripped):
        ws = re.match(r"[ \t]*", stripped[pos:])
        pos += ws.end() if ws else 0
        if pos >= len(stripped):
            break
        hit = _HEADER_RE.match(stripped, pos)
        if not hit:
            return None
        cols.append((hit.start(), hit.group(1).casefold()))
        pos = hit.end()
    if not cols:
        return None
    if len(cols) >= 2 and cols[0][1] in _ROW_LABELS:
        cols = cols[1:]
    return [(c, _HEADER_ROLE[h]) for c, h in cols]


def _header_prefix(line: str) -> tuple[str, int] | None:
    """(role, offset of the content) for "Header: content" / "Header\tcontent" lines."""
    stripped = line.replace("*", " ")
    hit = _HEADER_RE.match(stripped.lstrip())
    if not hit:
        return None
    off = len(stripped) - len(stripped.lstrip()) + hit.end()
    sep = stripped[off - 1 : off + 1]
    if (
        ":" not in stripped[: off + 1]
        and "\t" not in sep
        and not re.search(r"[ ]{2,}$", stripped[:off])  # "Ersättare      Ove Lind      V": a form's columns
        and not re.match(r"\s{2,}", stripped[off:])
        and not _NAME_AFTER_HEADER.match(stripped, off)
    ):
        return None
    return _HEADER_ROLE[hit.group(1).casefold()], off


#: One space between a block header and a listed name, as a PDF's text layer prints a two-column form:
#: "Beslutande Jan-Erik Wallin (M) (ordförande)", "Övriga deltagare Ulrika Månsson (kommunsekreterare)".
_NAME_AFTER_HEADER = re.compile(rf"(?<= )(?:{RUN})(?=[ \t]*(?:\(|,|$|[ \t][§$]))")


#: A party starting a list line before the names: "S⇥Anna Ek", "(S) Anna Ek", "S: Anna Ek, Dan Ny",
#: "S Anna Ek".
_PARTY_BEFORE = re.compile(
    rf"^{LEAD}(?:\((?P<b>[A-Za-zÅÄÖåäö]{{1,4}})\)[ \t]+|(?P<p>[A-ZÅÄÖ]{{1,4}})(?:[ \t]*(?::|\t)|[ \t]{{2,}}"
    # "S Anna Ek, ordförande": one space, then a whole name (the code must be a party's: `party_code`)
    rf"|[ ](?={TOKEN} {TOKEN})))"
)


#: The party cell right before a name further along a line that starts with a party: a second list set
#: beside the first ("S  Ola Sjödin        M  Marie-Louise Åkerlund Nilsson").
_PARTY_CELL_BEFORE = re.compile(r"(?:\t|[ \t]{2,})\(?(?P<p>[A-ZÅÄÖ]{1,4})\)?(?:[ \t]{2,}|\t)$(?P<b>)")


#: A party code in a column of its own after a name: "Sibel Aydın      L", "Jonas Ekdahl   M   ordförande",
#: "Anna Ek⇥SJV⇥ledamot" (the document's local codes too), "Tobias Enström   -" is no party.
_COLUMN_PARTY = re.compile(r"(?:\t|[ \t]{2,})\(?([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,4})\)?(?=\t|[ \t]{2,}|[ \t]*$)")


#: A job title one space after a name in a block, then the end of the person's part of the line: "Gunilla
#: Strand kommunchef, Hans Öberg sekreterare" (a list set without commas, or a table whose columns a text
#: layer put one space apart).
_TITLE_NEXT = re.compile(
    rf" (?=(?=[a-zåäö])[\wåäö\-]*(?:{alternation(ATTENDANCE_TITLES)}|ordförande)"
    r"(?:[ \t]*(?:[,;.(]|$|\t|[ ]{2}| § | (?:och|samt) )))"
)


def _column_party(after: str) -> bool:
    """Whether the text after a name opens with a party code in its own column."""
    hit = _COLUMN_PARTY.match(after)
    return bool(hit and party_code(hit.group(1)))


#: A party code after a name and one space, ending the line or before a lower-case role.
_BARE_PARTY = re.compile(r" ([A-ZÅÄÖ]{1,3})(?=[ \t]*$|[ \t,]+[a-zåäö])")


def line_mentions(line: str, offset: int, *, in_block: bool) -> list[Mention]:
    """People listed on one line: names followed by a party, a bracket, a comma, a gap or the line end."""
    out: list[Mention] = []
    starts: list[tuple[int, int, Mention | None]] = []
    for hit in re.finditer(rf"(?<![\w\-/]){RUN}", line):
        after = line[hit.end() :]
        alone = not line[: hit.start()].strip() and bool(re.match(r"[ \t]*\(", after))
        words = trim_name(split_run(hit.group(0)), keep="left", listed=alone)
        if len(words) < 2:
            continue
        # "Anna Ek – S" too; a sentence listing the officials: "…, Eva Sundin samt Oscar Lindén."
        follows = re.match(r"\s*(\(|,|\t|\s{2,}|$| §| \$| [–—-] | (?:samt|och) (?=\S)|\.[ \t]*$)", after)
        bare = _BARE_PARTY.match(after) if in_block else None  # "Anna Ek S", "Bo Berg M ordförande"
        code = party_code(bare.group(1)) if bare else None
        follows = follows or (bare if code else None)
        if not follows and in_block:  # "Gunilla Strand kommunchef, Hans Öberg sekreterare": no comma
            follows = _TITLE_NEXT.match(after)
        if not follows:
            continue
        party_next = party_re().match(after.lstrip()) or (in_block and _column_party(after))
        at_start = hit.start() == len(line) - len(line.lstrip())
        in_column = bool(re.search(r"(?:\t|\s{2,}|,\s)$", line[: hit.start()]))
        titled = after.lstrip().startswith((",", "("))
        if not (party_next or is_first_name(words[0]) or (in_block and (at_start or in_column) and titled)):
            continue
        name = " ".join(words)
        start = offset + hit.start() + hit.group(0).find(words[0])
        # the party before the name: a column of its own ("S⇥Anna Ek"), a bracket ("(S) Anna Ek"), a
        # group heading ("S: Anna Ek, Dan Ny")
        before = _PARTY_BEFORE.match(line)
        if before and in_block and (cell := _PARTY_CELL_BEFORE.search(line[: hit.start()])):
            before = cell  # lists side by side, each name after its own party ("S  Ola Ek    M  Bo Berg")
        party = code or (party_code(before.group("p") or before.group("b")) if before and in_block else None)
        mention = Mention(name=name, start=start, end=start + len(name), party=party)
        starts.append((hit.start(), hit.end(), mention))
    # A lone surname with a party ("Gathendahl (M)", the end of a name broken over two columns) ends the tail
    # of the name before it without being a person of its own here (see `replaced_mentions`).
    for pm in party_re().finditer(line):
        lone = _LONE_BEFORE_PARTY.search(line[: pm.start()])
        if lone and not any(s <= lone.start(1) < e for s, e, _ in starts):
            starts.append((lone.start(1), pm.end(), None))
    starts.sort(key=lambda t: t[0])
    # a line whose first name has its title before it lists title first: "Stadsdelsdirektör Helena
    # Wahlberg, avdelningschef Tobias Grön" ("Camilla Nordqvist, förvaltningschef Peter Wikström, …": after)
    first = starts[0][2] if starts else None
    ahead = _title_ahead(line[: first.start - offset]) if first is not None else None
    titles_first = ahead is not None
    for i, (_s, e, m) in enumerate(starts):
        if m is None:
            continue
        tail = line[e : starts[i + 1][0]] if i + 1 < len(starts) else line[e:]
        title, ahead = ahead, None
        before = _TITLE_BEFORE_NEXT.search(tail) if titles_first and i + 1 < len(starts) else None
        if before and _JOB.search(before.group(1)):
            tail, ahead = tail[: before.start()], before.group(1)  # "…, avdelningschef Tobias Grön"
        if title:
            m.title = m.title or title
        parse_tail(tail, m)
        out.append(m)
    _mark_replaced(line, offset, out)
    return out


#: A lower-case title closing the text between two names, after a comma or "samt": the next name's, in a
#: sentence listing officials title first ("Stadsdelsdirektör Anna Ek, avdelningschef Bo Berg samt …").
_TITLE_BEFORE_NEXT = re.compile(
    r"(?:,|\bsamt\b|\boch\b)[ \t]+((?:[a-zåäö][\wåäö\-]*[ \t]+){0,2}[a-zåäö][\wåäö\-]*)[ \t]*$"
)


def _title_ahead(head: str) -> str | None:
    """A job title alone before a line's first name ("Stadsdelsdirektör Helena Wahlberg, …"), lower-cased."""
    m = re.fullmatch(r"[ \t]*((?:[A-ZÅÄÖa-zåäö][\wåäö\-]*[ \t]+){0,2}[A-ZÅÄÖa-zåäö][\wåäö\-]*)[ \t]+", head)
    if m is None or not _JOB.search(m.group(1)):
        return None
    return m.group(1)[0].lower() + m.group(1)[1:]


#: Between a serving ersättare and the member they replace: "Luzaan Eisa (S) ersätter Roger Andersson (S)",
#: "Lars Nilsson⇥S⇥tjänstgör för Dan Ny" (the party in a cell of its own),
#: "Anna Ek (S) §§ 99-110 tjänstgör för Bo Berg (S)", "Anna Ek (S) i stället för Bo Berg (S)", "Anna Ek (S)
#: tjg ers för Bo Berg (S)".
#: The words before the member: `indexer.entities.serving.SERVES_FOR` ("tjänstgör för", "tjg ers för", "för").
_REPLACES = re.compile(
    rf"(?:\bersätter|(?:\)|\t)[ \t]*(?:[§$]{{1,2}}[ \t]*[\d\-–, ]+)?[ \t]*{SERVES_FOR})[ \t]*$",
    re.IGNORECASE,
)


def _mark_replaced(line: str, offset: int, ms: list[Mention]) -> None:
    """A member named as replaced is absent: no role of the block; the one replacing them serves."""
    for a, b in itertools.pairwise(ms):
        if _REPLACES.search(line[a.end - offset : b.start - offset]):
            b.replaced = True
            b.roles = [r for r in b.roles if r not in ("ordförande", "vice ordförande")]
            if "tjänstgörande ersättare" not in a.roles:
                a.roles.append("tjänstgörande ersättare")


#: A markdown heading: "## Närvarande", "### Ledamöter i ungdomsrådet" (a portal's or a converter's).
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$")
#: A block header with what it qualifies: "Ledamöter i ungdomsrådet", "Ersättare för (S)", "Tjänstepersoner
#: från förvaltningen".
_QUALIFIED_HEADER = re.compile(rf"(?i)^({HEADER_WORDS})\s+(?:i|från|för|ur|vid|inom)\s+\S")


def _heading_group(title: str, lines: list[str], k: int) -> list[tuple[int, str]] | None:
    """The columns a markdown heading opens: a block header ("Närvarande", "Ledamöter i rådet"), or a
    group of the attendance list named by who they are ("Från kommunen", over nothing but names:
    `indexer.segment.attendance_groups`), read as those present; any other heading ends the list."""
    headers = _headers_in(title)
    if headers:
        return headers
    qualified = _QUALIFIED_HEADER.match(title)
    if qualified:
        return [(0, _HEADER_ROLE[qualified.group(1).casefold()])]
    end = next((j for j in range(k + 1, len(lines)) if _MD_HEADING.match(lines[j])), len(lines))
    return [(0, "närvarande")] if is_attendance_group(lines[k + 1 : end]) else None


#: A line opening a party's group of a member list: "Sverigedemokraterna (SD): Tobias Berggren, …",
#: "Vårdpartiet Gävleborg (VG): …", "Moderaterna: …".
_PARTY_GROUP = re.compile(
    r"^[ \t]*(?P<name>[A-ZÅÄÖ][\wåäö\-]+(?:[ ][A-ZÅÄÖ][\wåäö\-]+){0,2})"
    r"(?:[ \t]*\((?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,4})\))?[ \t]*:[ \t]*"
)


def _group_party(opened: re.Match[str]) -> str | None:
    """The party of a group a member-list line opens ("Centerpartiet (C):"); None for a label that is no
    party's ("Tjänstgörande ersättare:"), which ends the group before it."""
    return party_code(opened["code"]) if opened["code"] else party_code(opened["name"])


def block_mentions(text: str) -> list[Mention]:
    """People in attendance blocks, with the role of their block (and column), and the party of their
    group where the list is grouped by party ("Centerpartiet (C): Mikael Lundström, Håkan Ståhl", its
    names going on over the lines after it until the next group or a blank line)."""
    out: list[Mention] = []
    cols: list[tuple[int, str]] | None = None
    misses = 0
    offset = 0
    group: str | None = None
    skip = -1
    lines = text.split("\n")
    for k, line in enumerate(lines):
        line_start, offset = offset, offset + len(line) + 1
        if k == skip:
            continue  # "ersättare" under "Tjänstgörande": the header's end, read with it
        if not line.strip():
            group = None
            continue
        opened = _PARTY_GROUP.match(line)
        if opened or cols is None:
            group = _group_party(opened) if opened else None
        if cols is not None and _signed_below(lines, k):
            cols = None  # "Jonas Ekdahl" / "Ordförande": a signature under the list, not one more member
            continue
        heading = _MD_HEADING.match(line)
        if heading:  # a markdown heading ("## Närvarande", "### Från kommunen") opens a group or ends one
            cols, misses, group = _heading_group(heading.group(1), lines, k), 0, None
            continue
        broken = broken_header(lines, k)  # "Tjänstgörande" / "ersättare"
        headers = _headers_in(broken[0] if broken else line)
        if broken and headers:
            skip = broken[1]
        if headers:  # a block header ("Tjänstgörande ersättare") ends a party's group too
            cols, misses, group = headers, 0, None
            continue
        prefix = _header_prefix(line)
        if prefix:
            role, off = prefix
            cols, misses = [(0, role)], 0
            content = line[off:]
            ms = line_mentions(content, line_start + off, in_block=True)
            _assign(ms, cols, content)
            out += _listed(ms)
            continue
        if cols is None or label_rest(lines, k):
            continue
        row = row_label(lines, k)
        if row:  # "Ledamot   Cecilia Lund (C)": the row's role label, the block's role kept
            cols, misses = _label_row(row, line, line_start, cols, out)
            continue
        if _BLOCK_END.match(line) or TRIGGER_RE.search(line.lower()):
            cols = None  # a sentence with an action verb ("Anna Ek (S) yrkar bifall.") is no list line
            continue
        ms = line_mentions(normal_order_line(line), line_start, in_block=True)
        if (
            not ms
            and out
            and (
                re.match(r"^\s*[a-zåäö]", line)
                or (
                    out[-1].title
                    and not out[-1].party
                    and len(line.split()) <= 4
                    and line.strip()[0].isalpha()
                )
            )
        ):
            _continue_title(out[-1], line)
            continue
        if not ms and _like_its_neighbours(lines, k):
            ms = _bare_name(line, line_start)
        if not ms:
            misses += 1
            if misses >= 3:
                cols = None
            continue
        misses = 0
        _assign(ms, cols, line)
        for m in ms:
            m.party = m.party or group
        out += _listed(ms)
    return out


def _label_row(
    row: tuple[str, int, bool], line: str, line_start: int, cols: list[tuple[int, str]], out: list[Mention]
) -> tuple[list[tuple[int, str]], int]:
    """Read a row opened by a member's role label (`indexer.entities.role_rows.row_label`): its people take
    the label's role, and the block's unless the label names another block ("Tjänstgörande"). Returns the
    columns for the rows after it and the count of lines without a name."""
    role, off, own = row
    here = [(0, role)] if own else cols
    ms = line_mentions(line[off:], line_start + off, in_block=True)
    _assign(ms, here, line[off:])
    for m in ms:
        if role and role not in m.roles:
            m.roles.append(role)
    out += _listed(ms)
    return cols, 0


#: A list line that is a name alone, two or three capitalised words after a list mark: "– Hugo Lindberg".
_BARE_NAME_LINE = re.compile(rf"^(?P<mark>[ \t]*{MARK}?[ \t]*)(?P<name>{TOKEN}(?: {TOKEN}){{1,2}})[ \t]*$")


def _bare_shape(line: str) -> tuple[str, list[str]] | None:
    """(the list mark, the words) of a line that is a name alone after a list mark, if it is one."""
    m = _BARE_NAME_LINE.match(line)
    if m is None:
        return None
    words = split_run(m["name"])
    if any(is_stop_token(w) for w in words):
        return None
    return m["mark"].strip(), words


def _like_its_neighbours(lines: list[str], k: int) -> bool:
    """Whether line k, which names no one the first-name list knows ("– Nova Sjödin"), is one more name of
    a list of names alone: it has their shape, list mark and all, and the lines right above and under it
    have that shape with a known first name (a name the list lacks among names it has)."""
    here = _bare_shape(lines[k])
    if here is None or not here[0]:
        return False
    above = next((ln for ln in reversed(lines[max(0, k - 2) : k]) if ln.strip()), "")
    under = next((ln for ln in lines[k + 1 : k + 3] if ln.strip()), "")
    for other in (above, under):
        shape = _bare_shape(other)
        if shape is None or shape[0] != here[0] or not is_first_name(shape[1][0]):
            return False
    return True


def _bare_name(line: str, offset: int) -> list[Mention]:
    m = _BARE_NAME_LINE.match(line)
    if m is None:
        return []
    start = offset + m.start("name")
    return [Mention(name=m["name"], start=start, end=start + len(m["name"]))]


#: A signature's caption on the line under the name: "Ordförande", "Nämndsekreterare", "Justerare".
_CAPTION = re.compile(
    r"(?i)^[ \t]*(?:(?:1:e |2:e )?vice )?(?:\w*sekreterare|ordförande|justerare|justerande)[ \t]*$"
)


def _signed_below(lines: list[str], k: int) -> bool:
    """Whether line k is a name alone with a signature caption on the next non-blank line."""
    if not re.fullmatch(rf"[ \t]*{RUN}[ \t]*", lines[k]):
        return False
    nxt = next((ln for ln in lines[k + 1 : k + 3] if ln.strip()), "")
    return bool(_CAPTION.match(nxt))


def _listed(ms: list[Mention]) -> list[Mention]:
    for m in ms:
        m.listed = True
    return ms


def _continue_title(m: Mention, line: str) -> None:
    """A title broken over lines: "Anders Johansson, biträdande" + "kommundirektör"."""
    more = re.split(r"[,(§$]", line)[0].strip()
    if more and m.title and not m.party and len(m.title) + len(more) < 80:
        m.title = f"{m.title} {more}"
        words = more.split()
        if m.affiliation is None and words and _place(words[-1]):
            m.affiliation = _place(
                words[-1]
            )  # "Förvaltningschef" + ... + "Arbetsmarknadsförvaltningen Varberg"
    elif more and m.title is None and not m.party and m.name and m.roles == []:
        m.title = more


#: Roles that are a seat in the body: whoever holds one is a member, whatever organisation they stand for.
_SEATS = frozenset(["ledamot", "ersättare", "tjänstgörande ersättare"])


def _assign(ms: list[Mention], cols: list[tuple[int, str]], line: str) -> None:
    """Give each mention on a line the role of its column."""
    for i, m in enumerate(ms):
        if m.replaced:
            continue  # absent: the replaced member has no role in this meeting
        col = 0
        if len(cols) > 1:
            rel = line.find(m.name.split()[0])
            for k, (c, _r) in enumerate(cols):
                if rel + 3 >= c:
                    col = k
            col = max(col, min(i, len(cols) - 1))
        role = cols[col][1]
        if role == "tjänsteperson" and m.party:
            role = cols[0][1] if cols[0][1] != "tjänsteperson" else "närvarande"
        elif (
            role != "tjänsteperson"
            and not m.party
            and (m.title or m.roles)
            and "ordf" not in str(m.title)
            and not any("ordförande" in r for r in m.roles)  # a råd's chair without a party is no official
            # a seat without a title: a råd's member from an organisation ("Gert Rydh⇥ledamot⇥PRO
            # Tingsryd"), a list printing no parties ("Anna Ek, ledamot")
            and not (m.title is None and _SEATS.intersection(m.roles))
        ):
            role = "tjänsteperson"
        if "sekreterare" in m.roles or (m.title and "sekreterare" in m.title.casefold()):
            if "sekreterare" not in m.roles:
                m.roles.append("sekreterare")
            if role == "tjänsteperson" and col == 0 and cols[0][1] == "närvarande":
                role = ""
        if role and role not in m.roles:
            m.roles.insert(0, role)
