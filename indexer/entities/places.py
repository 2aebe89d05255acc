"""Which kommuner and regioner a document is about.

A kommun counts when the text names it as one ("Bergs kommun", "Östersunds kommun", "KUNGSBACKA KOMMUN",
"Malmö stad"), lists it among kommuner ("Skellefteå, Norsjö och Malå kommuner", "grannkommunerna Nybro
och Mörbylånga", "Kommunerna Laxå och Ljusnarsberg", a joint body "Sjöbo och Ystads gemensamma nämnd", a
ranking "Härryda 42, Partille 62, … och Tjörn 95"), is the document's own organization
(its letterhead, which page cleaning removes from the text), or a person is printed as acting for it
("Rahaf Ramdo (KD), Arboga"). A name also counts where Swedish prose places it as a town: after "i" or
"mellan" ("vårdcentral i Lessebo", "i Gnesta och Trosa", "mellan Karlstad och Arvika"), in a route
("Sandviken–Gävle", "Göteborg-Alingsås"), with a hospital ("Torsby sjukhus", "Centralsjukhuset Karlstad"),
with a station or a standby ("ambulansstationen i Överkalix", "ambulansberedskapen i Sorsele", "Polisen
lokalpolisområde Katrineholm"), on a journey, a route or in part ("resor till Lund och Vellinge", "upprustning
genom Kristianstad", "delar av Mölndal"), as a kommun another works with or is compared with ("samverkan med
Ronneby och Sölvesborg", "bör samverka med Alingsås", "jämfört med Hedemora och Smedjebacken"), as
examples ("bland annat Lysekil och Tanum"), as the area a service covers ("betjäna Orsa och Älvdalen"), on
a numbered road ("väg 363 mot Sorsele"), as the town of a meeting's "Plats" line (or of its venue, "Karlstad
CCC") or of a postal address ("462 80 Vänersborg"). A bare town name
elsewhere does not count: many kommun names are also surnames, villages or words ("Lund", "Mark").
Region Gotland is also the kommun Gotland.
A region counts when the text names it in any of its forms ("Region Västmanland", "Jönköpings län",
"Västernorrland", the genitive "Västra Götalandsregionens") except as the state's county board
("Länsstyrelsen i Hallands län", "Länsstyrelsen Skåne"), the county as a place ("nämnder i Jämtlands
län") or the first word of another body's name
("Sörmland Vatten och Avfall AB"); a bare name that is also a kommun ("Örebro") only when it is listed
with another region ("Exempel från Skåne och Örebro"), not when it heads another name ("Kalmar läns
museum", "Uppsala universitet").
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.types import Person
from models import gazetteers

#: (label, text, norm, start, end) as given by `indexer.entities.nlp.gazetteer_entities`.
Entity = tuple[str, str, str, int, int]


def kommuner(
    ents: list[Entity], persons: list[Person], text: str = "", organization: str | None = None
) -> list[str]:
    """Short kommun names ("Berg", "Östersund"): the document's own first, then in order of mention.

    Args:
        ents: The document's gazetteer entities (`indexer.entities.nlp.gazetteer_entities` of the whole text).
        persons: The document's people (their affiliations).
        text: The document's text, for kommuner named in lists.
        organization: The document's organization ("Falu kommun", "Borås stad"), if decided.
    """
    seen: dict[str, None] = {}
    own = gazetteers.kommun_forms().get(organization or "") or gazetteers.REGION_KOMMUNER.get(
        organization or ""
    )
    if own and organization != own:  # "Borås stad", not a bare name that is also a region's
        seen[own] = None
    found = [(s, norm) for label, _span, norm, s, _e in ents if label == "KOMMUN"]
    found += _listed_kommuner(text)
    found += _placed_kommuner(text)
    found += _joined_kommuner(text, {norm for _pos, norm in found} | set(seen))
    for _pos, norm in sorted(found, key=lambda t: t[0]):
        seen.setdefault(norm, None)
    for p in persons:
        # Only people in the room act for a kommun; a speaker's "processledare Nära vård Jönköping" does not.
        if p.affiliation in gazetteers.kommuner() and p.roles != ["föredragande"]:
            seen.setdefault(p.affiliation, None)
    return list(seen)


@lru_cache(maxsize=1)
def _kommun_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a list, a kommun name): three or more names in a row, or two or more said to be kommuner."""
    names = _names_pattern()
    # A name, in the genitive before "kommuner" ("Halmstads, Varbergs och Hylte kommuner"), or with a
    # ranking's figure after it.
    one = rf"(?:{names})s?(?:\s+\d[\d\s,.]*?\d|\s+\d)?"
    tail = rf"\s*(?:,\s*{one}\s*)*(?:,\s*)?\s(?:och|samt)\s+{one}"
    # The look-ahead on a capital or a "…kommunerna" lets the scan skip most positions at once.
    listed = (
        rf"(?<![\w-])(?=[A-ZÅÄÖÉ]|[a-zåäö]*kommunerna\b)"
        rf"(?:{one}\s*,\s*{one}{tail}"  # three or more
        rf"|{one}{tail}\s+(?:kommuner|gemensamma)\b"  # "Malå kommuner", "Ystads gemensamma nämnd"
        rf"|(?:[Kk]ommunerna|[a-zåäö]*kommunerna)\s+{one}(?:{tail})?)(?![\w-])"  # "grannkommunerna Nybro …"
    )
    return re.compile(listed), re.compile(rf"(?<![\w-])(?:{names})(?=s?(?![\w-]))")


@lru_cache(maxsize=1)
def _pair_pattern() -> re.Pattern[str]:
    """Two kommun names joined by "och", "samt" or "eller": "med Rättvik och Gagnef"."""
    names = _names_pattern()
    return re.compile(
        rf"(?<![\w-])(?P<a>{names})(?![\w-])\s+(?:och|samt|eller)\s+(?P<b>{names})(?![\w-])(?!\s*\()"
    )


def _joined_kommuner(text: str, known: set[str]) -> list[tuple[int, str]]:
    """(offset, kommun) for a name joined by "och" to a name the document already names as a kommun
    ("Rättviks kommun" … "samarbete med Rättvik och Gagnef"): two towns side by side, the other one a
    kommun too. Not after a capitalised word: a first name ("Anna Berg och Mark": a person) or the head of
    another name ("Region Stockholm och Huddinge kommun": the region)."""
    if not text or not known:
        return []
    first = gazetteers.first_names()
    out: list[tuple[int, str]] = []
    for m in _pair_pattern().finditer(text):
        a, b = _norm(m["a"]), _norm(m["b"])
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before and (before[-1] in first or before[-1][:1].isupper()):
            continue  # the end of a longer name: "Anna Berg och …", "Region Stockholm och Huddinge"
        if a in known and b not in known:
            out.append((m.start("b"), b))
        elif b in known and a not in known:
            out.append((m.start("a"), a))
    return out


def _listed_kommuner(text: str) -> list[tuple[int, str]]:
    """(offset, kommun) for names in lists of kommuner."""
    if not text:
        return []
    listed, name = _kommun_list_patterns()
    return [
        (m.start() + n.start(), _norm(n.group(0)))
        for m in listed.finditer(text)
        for n in name.finditer(m.group(0))
    ]


def _names_pattern() -> str:
    """The 290 names, longest first, a line break allowed where a name has a space ("Östra\\nGöinge")."""
    return "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(gazetteers.kommuner(), key=len, reverse=True)
    )


def _name_start() -> str:
    """A lookahead for the first letters of the names: put before `_names_pattern` (or a pattern that starts
    with it), it lets a scan pass a position in one test instead of trying the 290 names there."""
    return "(?=[" + "".join(sorted({re.escape(n[0]) for n in gazetteers.kommuner()})) + "])"


def _norm(name: str) -> str:
    return " ".join(name.split())


#: Words after which two or more capitalised kommun names are towns: "i Gnesta och Trosa",
#: "mellan Karlstad och Arvika".
_PLACE_PREPOSITIONS = r"(?:[iI]|mellan|Mellan)"
#: Services a region runs in a town: "vårdcentralen i Lessebo", "Torsby sjukhus", "Centralsjukhuset Karlstad",
#: "ambulansberedskapen i Sorsele", "en ambulans stationerad i Sorsele", "anropsstyrd trafik i Askersund";
#: the police's: "Polisen lokalpolisområde Katrineholm".
_FACILITY = (
    r"(?:\w*(?:sjukhus|lasarett|vårdcentral|hälsocentral|psykiatri|mottagning|klinik|station|beredskap"
    r"|polisområde|trafik)"
    r"(?:et|en|n)?|stationerade?)"
)
#: Words of one kommun working with others, or compared with them: "samverkan med Ronneby och Sölvesborg",
#: "samverka med Alingsås", "Interpellanten jämför med Skövde och Lidköping".
_TOGETHER = (
    r"(?:[Ss]amverka|[Ss]amarbeta|[Ss]amverkan|[Ss]amarbete[t]?|[Ss]amråd"
    r"|[Jj]ämför(?:t|s|else|elsen)?)"  # compared with other kommuner: "jämfört med Hedemora och Smedjebacken"
)


@lru_cache(maxsize=1)
def _placed_patterns() -> tuple[re.Pattern[str], ...]:
    names = _names_pattern()
    gens = "|".join(
        re.escape(g).replace(r"\ ", r"\s+")
        for g in sorted({gazetteers.kommun_genitive(n) for n in gazetteers.kommuner()}, key=len, reverse=True)
    )
    end = r"(?![\w-])(?!\s+läns?\b)"  # not "Kalmar län", "Mark- och miljödomstolen"
    start = _name_start()  # a genitive starts as its name
    one = rf"{start}(?:{names}){end}"
    return (
        # "Uppsala\nkommun", "Boxholms\nkommun", "Borås Stad": the ruler sees one line at a time.
        # "Borgholms kommuns förslag": the kommun in the genitive too.
        re.compile(rf"{start}(?<![\w-])(?:{gens}|{names})\s+(?:kommuns?|stads?|Stads?|KOMMUNS?)\b"),
        # "i Gnesta och Trosa", "i Osby, Östra Göinge och Bromölla", "mellan Jönköping och Nässjö"; one name
        # alone after "i" may be a court's seat or a meeting's venue, and is not enough.
        re.compile(rf"(?<![\w-]){_PLACE_PREPOSITIONS}\s+{one}(?:\s*,\s*{one})*\s+(?:och|samt|eller)\s+{one}"),
        # A route: "Sandviken–Gävle", "Bjurholm–Vännäs".
        re.compile(rf"{start}(?<![\w-])(?:{names})\s*[–-]\s*{one}"),
        # A facility: "vårdcentral i Lessebo", "Torsby sjukhus", "Helsingborgs lasarett", "Centralsjukhuset
        # Karlstad".
        re.compile(
            rf"{start}(?<![\w-])(?:{names})s?\s+(?:sjukhus|lasarett)\b"
            rf"|\b{_FACILITY}\s+(?:i\s+)?{one}"
            # the facility's own name, then its town: "Vårdcentralen Kvarnholmen, Kalmar"
            rf"|\b(?i:{_FACILITY})\s+[A-ZÅÄÖ][a-zåäö]+,[ \t]*{one}"
        ),
        # Working together with another kommun: "samverkan med Ronneby och Sölvesborg", "bör samverka med
        # Alingsås" (not a person: "samverkan med Berg (S)").
        re.compile(
            rf"(?<![\w-]){_TOGETHER}\s+med\s+{one}(?:\s*,\s*{one})*(?:\s+(?:och|samt)\s+{one})?(?!\s*\()"
        ),
        # Examples of two or more: "flera andra kommuner …, bland annat Lysekil och Tanum"; what kommuner pay
        # each other: "interkommunala ersättningar till Skövde och Tidaholm".
        re.compile(
            rf"(?<![\w-])(?:bland\s+annat|till\s+exempel|t\.\s?ex\.|exempelvis"
            rf"|interkommunala?\s+[a-zåäö]+\s+(?:till|från|med|mot))"
            rf"\s+{one}(?:\s*,\s*{one})*\s+(?:och|samt)\s+{one}(?!\s*\()"
        ),
        # A service's area: "Stationen ska även betjäna Orsa och Älvdalen".
        re.compile(
            rf"(?<![\w-])(?:betjäna|betjänar|betjänas\s+av)\s+(?:även\s+|också\s+)?{one}"
            rf"(?:\s*,\s*{one})*(?:\s+(?:och|samt)\s+{one})?(?!\s*\()"
        ),
        # Where someone lives or is placed: "placering i familjehem i Upplands Väsby", "bosatt i Knivsta",
        # "flyttat till Sigtuna", "HVB i Uppsala" — a social case's kommun, not a court's seat or a venue.
        re.compile(
            rf"(?<![\w-])(?i:familjehem|placering|placerad|placerade|boende|bosatt|bosatta|folkbokförd|folkbokförda"
            rf"|hvb(?:-hem)?|stödboende|jourhem)(?:\s+[a-zåäö]+){{0,3}}?\s+i\s+{one}"
            rf"|(?<![\w-])(?i:flyttat|flyttar|flyttade|flytt|inflyttad|överflyttning)\s+(?:\w+\s+){{0,2}}?till\s+{one}"
        ),
        # A journey to a town, a route through it, part of it: "resor till Lund och Vellinge", "pendlingen
        # till Trelleborg", "upprustning genom Kristianstad", "delar av Mölndal" (not a person: "genom Berg
        # (S)"; not a company named after a town: "genom Sala Silvergruva AB"; not a property: "del av Köping
        # 11:2").
        re.compile(
            rf"(?<![\w-])(?:genom|(?i:resor|resa|resan|resorna|pendling|pendlingen|pendlar)\s+till"
            rf"|(?i:delar|del)\s+av)\s+{one}(?![ \t]+\d)(?:\s*,\s*{one}(?![ \t]+\d))*"
            rf"(?:\s+(?:och|samt)\s+(?:delar\s+av\s+)?{one})?(?!\s*\()(?![ \t]+[A-ZÅÄÖ\d])"
        ),
        # A numbered road towards a town: "väg 363 mot Sorsele", "riksväg 45 mellan Mora och Älvdalen".
        re.compile(
            rf"(?<![\w-])(?:[Vv]äg|[Rr]iksväg|[Ll]änsväg|[Ee]uropaväg|E)[ \t]?\d{{1,3}}\s+"
            rf"(?:mot|till|från|förbi|genom|vid|mellan)\s+{one}(?:\s+(?:och|samt)\s+{one})?"
        ),
        # A postal address: "Box 100, 462 80 Vänersborg", a line or a cell of its own (not figures in a row).
        re.compile(rf"(?:^|(?<=[,·|\t])|(?<=[,·|] ))[ \t]*[1-9]\d\d ?\d\d[ \t]+(?:{names}){end}", re.M),
        # A kommun's border: "skolskjuts till Knivsta gräns", "Sigtunas gräns", "kommungränsen mot Håbo".
        re.compile(
            rf"{start}(?<![\w-])(?:{names})s?\s+gräns\b"
            rf"|(?<![\w-])(?:[Kk]ommun)?gränsen\s+(?:mot|till)\s+{one}(?:\s+(?:och|samt)\s+{one})?"
        ),
    )


#: Words after two towns that make them the name of a body, not a route.
_ROUTE_NAMES_A_BODY = re.compile(r"\s+[a-zåäö]*region(?:en)?\b")


@lru_cache(maxsize=1)
def _town_name() -> re.Pattern[str]:
    """A name in a town's context; a hyphen may join two ("Göteborg-Alingsås")."""
    return re.compile(rf"(?<!\w)(?:{_names_pattern()})(?=s?(?!\w))")


def _venue_town(part: str) -> str | None:
    """The town a venue is named after, its first word or two, the rest capitalised words too: "Karlstad
    CCC", "Upplands Väsby Konferenscenter"."""
    words = part.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    for k in (2, 1):
        town = " ".join(words[:k])
        if len(words) > k and town in gazetteers.kommuner():
            return town
    return None


@lru_cache(maxsize=1)
def _plats_line() -> re.Pattern[str]:
    return re.compile(
        # "Plats och tid", "Tid och plats", "Sammanträdesplats", "Mötesplats", "Lokal": the labels of the line
        r"^[ \t#*]*(?:Plats(?: och tid)?|Tid och plats|(?:Sammanträdes|Mötes)plats|Lokal)\b"
        r"[ \t:]*(?P<rest>[^\n]+)",
        re.M,
    )


def _placed_kommuner(text: str) -> list[tuple[int, str]]:
    """(offset, kommun) for names the text places as towns (see the module's docstring)."""
    if not text:
        return []
    name = _town_name()
    first = gazetteers.first_names()
    out: list[tuple[int, str]] = []
    border = len(_placed_patterns()) - 1
    for k, pat in enumerate(_placed_patterns()):
        for m in pat.finditer(text):
            if k in (2, border):  # a surname after a first name ("Eva Lund-Berg", "Eva Berg") is no town
                before = text[: m.start()].split()
                if before and before[-1] in first:
                    continue
            if k == 2 and _ROUTE_NAMES_A_BODY.match(text, m.end()):  # "Uppsala–Örebro sjukvårdsregion"
                continue
            for n in name.finditer(m.group(0)):
                out.append((m.start() + n.start(), _norm(n.group(0))))
    kommuner_ = gazetteers.kommuner()
    for m in _plats_line().finditer(text):
        # "Plats och tid: Regionens hus, sal Frykensalen, Karlstad, kl. 09.00": a part that is a name.
        off = m.start("rest")
        # parts end at a comma, a cell's edge or a sentence's full stop ("…, Jönköping. Anslutning via …")
        for i, part in enumerate(re.finditer(r"(?:[^,\t.]|\.(?!\s))+", m.group("rest"))):
            cand = part.group(0).strip()
            if cand in kommuner_:
                out.append((off + part.start(), cand))
            elif i == 0 and (town := _venue_town(cand)):
                # "Plats och tid: Karlstad CCC, Lagerlöfsalen": the venue's name starts with its town
                out.append((off + part.start(), town))
    return out


@lru_cache(maxsize=1)
def _listed_ambiguous() -> re.Pattern[str]:
    bare = sorted(
        {f for f in gazetteers.region_forms() if not f.startswith("Region ")}, key=len, reverse=True
    )
    amb = sorted(gazetteers.region_ambiguous_forms(), key=len, reverse=True)
    b = "|".join(re.escape(x) for x in bare)
    a = "|".join(re.escape(x) for x in amb)
    sep = r"\s*(?:,|och|eller|samt)\s*"
    # Not the head of another name: a county ("Länsstyrelsen i Kalmar län och Kalmar läns museum"), the
    # kommun or a university of that town ("Skåne och Örebro kommun", "Uppsala län och Uppsala universitet").
    amb_end = r"(?![\w])(?!\s+(?:läns?|kommuns?|stads?|universitet|högskola|sjukhus|lasarett)\b)"
    return re.compile(rf"(?<![\w])(?:(?:{b}){sep}(?P<a1>{a}){amb_end}|(?P<a2>{a}){sep}(?:{b})(?![\w]))")


def regions(
    text: str, ents: list[Entity], persons: list[Person], organization: str | None = None
) -> list[str]:
    """Canonical region names in order of first mention (`ents` as for `kommuner`); the document's own
    organization first when it is a region (its letterhead, which page cleaning removes from the text, or
    a portal's title: "Region Jämtland Härjedalen" over "Hälso- och sjukvårdsnämnden")."""
    found: list[tuple[int, str]] = []
    own = gazetteers.canonical_region(organization) if organization else None
    if own:
        found.append((-1, own))
    spans = {span for label, span, *_ in ents if label == "REGION"}
    other = {span for span in spans if _not_the_region(text, span)}
    for label, span, norm, s, _e in ents:
        if label == "REGION" and span not in other:
            found.append((s, norm))
    for m in _listed_ambiguous().finditer(text):
        form = m.group("a1") or m.group("a2")
        canon = gazetteers.canonical_region(form)
        if canon:
            found.append((m.start(), canon))
    for m in _REGION_CAPS.finditer(text):
        words = m["name"].split()
        # "REGION VÄSTRA GÖTALAND PROTOKOLL": the longest form the gazetteer knows
        for k in range(len(words), 0, -1):
            canon = gazetteers.canonical_region("Region " + " ".join(w.capitalize() for w in words[:k]))
            if canon:
                found.append((m.start(), canon))
                break
    for m in _REGION_GENITIVE.finditer(text):  # "Region Hallands förslag till regional transportplan"
        canon = gazetteers.canonical_region(m["name"])
        if canon:
            found.append((m.start(), canon))
    for m in _region_form_genitive().finditer(text):  # "Västra Götalandsregionens remiss", a line break
        canon = gazetteers.canonical_region(m["name"])
        if canon:
            found.append((m.start(), canon))
    for p in persons:
        canon = gazetteers.region_forms().get(p.affiliation or "")
        if canon:
            found.append((len(text), canon))
    seen: dict[str, None] = {}
    for _pos, name in sorted(found, key=lambda t: t[0]):
        seen.setdefault(name, None)
    return list(seen)


#: A region named in the genitive: "Region Hallands förslag", "Region Västra Götalands yttrande", and one
#: whose name ends in "län": "Region Kalmar läns förslag", "Region Jönköpings läns remiss".
_REGION_GENITIVE = re.compile(
    r"(?<![\w-])(?P<name>Region(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+){1,2}(?:[ \t]+län)?)s(?![\w-])"
)


@lru_cache(maxsize=1)
def _region_form_genitive() -> re.Pattern[str]:
    """A region form that is a definite noun, in the genitive ("Västra Götalandsregionens remiss") or broken
    over two lines ("Västra\nGötalandsregionen"), which the line-by-line ruler does not see."""
    forms = sorted((f for f in gazetteers.region_forms() if f.endswith("regionen")), key=len, reverse=True)
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) or r"(?!)"
    return re.compile(rf"(?<![\w-])(?P<name>{alts})s?(?![\w-])")


_COUNTY_BOARD = re.compile(r"[Ll]änsstyrelsens?\s+(?:i\s+)?$")
#: A län named as the place where something is ("överförmyndarnämnder i Västernorrlands län", "inom
#: Jämtlands län"), also further on in a list ("i Jämtlands län och Västernorrlands län", "i Kronobergs och
#: Hallands län").
_IN_PLACE = re.compile(
    r"(?<![\w-])(?:[Ii]|[Ii]nom)\s+(?:[A-ZÅÄÖ][\wåäöé-]*(?:\s+län)?\s*(?:,|och|samt)\s+){0,4}$"
)
#: A region's name in a letterhead printed in capitals: "REGION GÄVLEBORG".
_REGION_CAPS = re.compile(r"(?<![\wÅÄÖ])REGION[ \t]+(?P<name>[A-ZÅÄÖ]{3,}(?:[ \t]+[A-ZÅÄÖ]{3,})?)(?![\wÅÄÖ])")
#: A body named after its county, capitalised in the definite form: "Länstrafiken i Norrbotten",
#: "Räddningstjänsten i Jämtland", "Kommunförbundet i Norrbotten".
_BODY_IN = re.compile(r"(?<![\wåäö])[A-ZÅÄÖ][a-zåäö]{3,}(?:en|et)\s+i\s+$")
_NAME_GOES_ON = re.compile(r"[ ]+[A-ZÅÄÖ][a-zåäö]+\b")


def _not_the_region(text: str, span: str) -> bool:
    """True when every mention of a region's name `span` names something else: the state's county board
    ("Länsstyrelsen i Hallands län"), a county as the place where something is ("nämnder i Jämtlands
    län") or, a bare landscape name, the start or the end of another body's name ("Sörmland Vatten och
    Avfall AB", "Länstrafiken i Norrbotten")."""
    form = re.escape(span).replace(r"\ ", r"\s+")
    hits = list(re.finditer(rf"(?<![\w-]){form}(?![\w-])", text))
    if not hits:  # the ruler read another text (an item rewritten by the segmenter): keep what it found
        return False
    bare = not span.startswith("Region") and "län" not in span and "region" not in span
    county = span.endswith(" län") and not span.startswith("Region")
    return all(
        _COUNTY_BOARD.search(text[max(0, m.start() - 20) : m.start()])
        or (county and _IN_PLACE.search(text, max(0, m.start() - 80), m.start()) is not None)
        or (bare and _NAME_GOES_ON.match(text, m.end()) is not None)
        or (bare and _BODY_IN.search(text, max(0, m.start() - 40), m.start()) is not None)
        for m in hits
    )
