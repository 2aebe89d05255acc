"""Meeting metadata from a document's text: organization, organ, date, document type.

Everything is read from the document itself; the file name is never used. Cues, in order of trust:
what the document prints at the top of every page (`indexer.meta.header`: "Barn- och
ungdomsnämnden / Protokoll / 2026-05-26"), the cover's letterhead and labels ("Organ",
"Sammanträdesdatum", "Plats och tid"), the justering's notice ("… på Alingsås kommuns
anslagstavla"), a web page's title, breadcrumb and site name (`indexer.types.PageCues`, kept out
of the text by the HTML reader), then cues that repeat in the text. An organ printed as an
abbreviation is expanded from the document's own full names or a gazetteer (`indexer.meta.organs`).
A field no cue supports is left empty rather than guessed from a neighbour, and
`DocMeta.meta_source` says for each field how it was decided.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.meta.dates import (
    before_date,
    find_dates,
    invitation,
    meeting_date,
    parse_swedish_date,
    without_date,
)
from indexer.meta.decision_lines import is_decision_line, proposing_body
from indexer.meta.doctype import DOC_TYPE_WORDS, doc_type
from indexer.meta.header import PageHeads, join_broken, page_heads, running_cells
from indexer.meta.matters import addressed_body, own_date, without_stamp
from indexer.meta.organization import detect_organization
from indexer.meta.organs import ORGAN_HEAD, abbreviates, expand_abbreviation, is_abbreviation
from indexer.meta.reported import reported_body
from indexer.types import DocMeta, PageCues
from models import gazetteers

__all__ = ["detect_meta", "find_dates", "parse_swedish_date"]

_HEADER_LINES = 40
_ACRONYM_STOP = {"PPT", "PDF", "NPÖ", "GNU", "SKR", "LSS", "SOL", "IT", "EU", "AB", "VA", "GR", "LINK", "KB"}
_MEETING = ("protokoll", "kallelse", "minnesanteckningar", "mötesanteckningar")


_GLUED_CAPS = re.compile(r"(?<=[A-ZÅÄÖ]{4})(?=[A-ZÅÄÖ][a-zåäö]{2})")


def _lines(text: str) -> list[str]:
    """Lines without markdown emphasis, a multi-column line split into its columns.

    A PDF letterhead is laid out in columns separated by runs of spaces or tabs
    ("LJUSDALS KOMMUN      SAMMANTRÄDESPROTOKOLL      Sida 1 av 4"); each column
    is read as a line of its own, and so is each part of "Protokoll | Kommunfullmäktige |
    2024-10-29". A markdown table row stays whole. Two cells a PDF's text layer ran together
    ("PROTOKOLLKommunfullmäktige": a word in capitals against a capitalised word) are two words again.
    """
    out: list[str] = []
    for raw in text.split("\n"):
        ln = re.sub(r"^\s*#{1,6}\s+", "", re.sub(r"[*_]+", "", raw)).strip()  # and markdown heading marks
        ln = _GLUED_CAPS.sub(" ", ln)
        if not ln or ln.startswith("|"):
            out.append(ln)
        else:
            out.extend(c.strip() for c in re.split(r"\t+|\s{3,}|\s+\|\s+", ln))
    return out


_ORGAN_END = re.compile(
    r"(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|beredningen|rådet|presidiet"
    r"|direktionen)$",
    re.IGNORECASE,
)
_NEXT_LABEL = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?:\s.*$")  # "… Giltighetstid: 2027–2030"
# The document type printed on the organ's line: "Protokoll Kommunstyrelsen", "Kommunstyrelsen Kallelse".
_DOC_WORD = re.compile(
    # "Protokoll fört vid sammanträde med socialnämnden", "Utdrag ur protokoll fört vid kommunstyrelsens
    # sammanträde", "Protokoll från …": the clause before the meeting is the title's, not the body's.
    r"^(?:utdrag\s+ur\s+)?(?:sammanträdes)?protokoll(?:sutdrag)?(?:\s+(?:fört|förd|förda|hållet))?"
    r"(?:\s+(?:vid|från|över))?\s+(?=sammanträde|[a-zåäö]\w*s\s+sammanträde)"
    r"|^(?:sammanträdes)?(?:protokoll(?:sutdrag)?|kallelse)\s+|\s+(?:sammanträdes)?(?:protokoll(?:sutdrag)?|kallelse)$"
    r"|^delegation(?:slista|sbeslut)\s*[:–-]?\s+(?=[A-ZÅÄÖ])"  # "Delegationslista Socialnämnden"
    # "Minnesanteckningar Kommunala pensionärsrådet", "Anteckningar från möte med Rådet för …"
    r"|^(?:minnes|mötes)?anteckningar(?:\s+(?:från|för|vid))?(?:\s+(?:möte|sammanträde)t?\s+(?:med|i))?\s+"
    r"|\s+(?:§§?|paragrafer?)\s*\d[\d\s,–-]*$",  # "Kommunstyrelsens arbetsutskott § 1-12"
    re.IGNORECASE,
)
#: A body's name ending before ", ABBR": "… rådet, BRÅ".
_ORGAN_BEFORE_TAIL = re.compile(
    r"(?i)(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|beredningen|rådet)"
    r",\s+[A-ZÅÄÖ]{2,6}(?:\s+[A-ZÅÄÖ][a-zåäö]+)?$"
)
#: An attendance group naming a body's members ("Ledamöter i ungdomsrådet"), not the body.
_MEMBERS_OF = re.compile(
    r"(?i)^(?:ordinarie\s+|närvarande\s+|tjänstgörande\s+)?(?:ledamöter|ersättare|deltagare|representanter)\b"
)
_ABBREV = re.compile(r"\s*\([A-ZÅÄÖ]{2,6}\)\s*$")  # "Nämnden för Kultur & Fritid (KFT)"
_ORG_PART = r"(?:[A-ZÅÄÖ][\wåäö-]+\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö]+(?:\s+län)?|[A-ZÅÄÖ][\wåäö-]+regionen)"


# A name broken at a hyphen where a narrow cell wrapped it ("Samhällsbyggnads-<br>nämnden"), not the
# hyphen of a shared word part ("Barn- och ungdomsnämnden", "Kultur-, fritids- och …").
_BROKEN_WORD = re.compile(r"(?<=[a-zåäö])- (?!(?:och|eller|samt|resp|respektive|till)\b)(?=[a-zåäö])")


def _norm_organ(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" .:–-")
    s = _BROKEN_WORD.sub("", s)
    # "(Kallelse) till sammanträde med kommunfullmäktige", "(Kallelse) till socialnämndens sammanträde".
    s = re.sub(r"(?i)^(?:till\s+)?sammanträde(?:t)?\s+(?:med|i|för)\s+", "", s)
    s = re.sub(r"(?i)^till\s+(.+?)s\s+sammanträde$", r"\1", s)
    s = re.sub(r"\s+(?:sammanträdes|mötes)?datum$", "", s, flags=re.I)  # "Tekniska nämnden Datum": a label
    # "Möte med kommunala funktionshinderrådet": the meeting's word before its body.
    s = re.sub(r"(?i)^(?:möte|sammanträde)t?\s+(?:med|i)\s+", "", s)
    # "kommunala pensionärsrådets möte": the body in the genitive before its meeting's word.
    s = re.sub(
        r"(?i)^(.+?(?:rådet|nämnden|styrelsen|utskottet|beredningen|fullmäktige|gruppen))s\s+(?:sammanträde|möte)t?$",
        r"\1",
        s,
    )
    # "Kommunstyrelsen, sammanträde 2026-12-08" (the date gone), "Valnämnden – extra möte": the body, then
    # the word for its meeting, which is never the last word of a body's name.
    s = re.sub(r"(?i)(?<=\w)\s*(?:,|\s[–-])?\s+(?:extra\s+|ordinarie\s+)?(?:sammanträde|möte)t?$", "", s)
    # "Kommunfullmäktige sammanträder", "Socialnämnden kallas till sammanträde": a kungörelse's sentence.
    s = re.sub(r"(?i)\s+(?:sammanträder|kallas|möts|träffas)(?:\s.*)?$", "", s)
    # "Kommunala pensionärsrådet, Gnesta kommun", "Kommunstyrelsen i Arvidsjaurs kommun", "Ledningsgrupp
    # för … – Region Värmland och Värmlands kommuner" -> the organ without its organization(s).
    s = re.sub(rf"\s*(?:,|\s[–-]|\si)\s*{_ORG_PART}(?:\s+och\s+.*\bkommuner(?:na)?)?$", "", s)
    s = re.sub(rf"^{_ORG_PART}\s*(?:,|[–-]|:)\s*", "", s)
    # "Kommunala pensionärsrådet (KPR)", also before its kommun ("…(KPR), Högsby kommun", cut above): the
    # body's abbreviation in brackets after its name is no part of it
    s = re.sub(r"(?<=\w)\s*\([A-ZÅÄÖ]{2,6}\)$", "", s)
    # "Demokratiberedningen – dialogmöte med föreningsrådet": the body, then what kind of meeting it held.
    head, dash, rest = s.partition(" – ") if " – " in s else s.partition(" - ")
    if dash and _ORGAN_END.search(head) and rest[:1].islower():
        s = head
    # "Brottsförebyggande rådet, BRÅ Tibro", "Kommunala pensionärsrådet, KPR": the body, then its
    # abbreviation (and the kommun it serves) in apposition.
    if _ORGAN_BEFORE_TAIL.search(s):
        s = s[: s.rindex(",")]
    # "KPR – Kommunala pensionärsrådet": an abbreviation, then the name it stands for.
    if (m := re.match(r"([A-ZÅÄÖ]{2,6})(?:\s+[–-]|:)\s+(\S.*)$", s)) and abbreviates(m.group(1), m.group(2)):
        s = m.group(2)
    if s.isupper() and _ORGAN_END.search(s):  # "KOMMUNSTYRELSEN", "BARN- OCH UTBILDNINGSNÄMNDEN"
        s = s.capitalize()
    return s[0].upper() + s[1:] if s else s


#: A header line naming the organ is short (an organ line is at most 70 characters once a trailing
#: organization is cut); `_norm_organ` backtracks on long lines, quadratically on a line of megabytes.
_LONGEST_HEADER = 300


# "Antagen i regionfullmäktige 17 februari 2026", "Fastställd av kommunstyrelsen": a cover saying which
# body adopted the document (a strategy, a plan, a policy), not a body that met in it.
_ADOPTED_BY = re.compile(
    r"(?:antag|beslut|fastställ|godkän|revider|upprätt|behandl)\w*\s+(?:av|i|vid|på)\b", re.I
)


_PLURAL_BODIES = re.compile(r"(?i)\b(?:nämnder|styrelser|utskotten|beredningar|bolag)\b")


def _organ_line(ln: str) -> bool:
    if not ln or len(ln) > 70 or ln.endswith((".", ",")) or "(" in ln or ":" in ln:
        return False
    if _ADOPTED_BY.match(ln):
        return False
    if any(rx.search(ln) for rx, _ in DOC_TYPE_WORDS) or re.search(r"\d", ln):
        return False
    if not ln[0].isupper() or ln.isupper():
        return False
    if _PLURAL_BODIES.search(ln):  # "Nämnder och styrelser": a heading over many bodies
        return False
    if _MEMBERS_OF.match(ln) or is_decision_line(ln):  # "Arbetsutskottet beslutar" opening a page
        return False
    return bool(ORGAN_HEAD.search(ln))


def _header_organ(head: list[str]) -> str | None:
    """A header line naming a body, perhaps with the meeting's date ("Natur- och trafiknämnden 18
    september 2024"), without a trailing organization ("…, Gnesta kommun")."""
    for x in [x for x in head if x][:12]:
        # "Kommunala pensionärsrådet (KPR), 2026-03-12, kl. 09.30–11.40, Kommunhuset": the body before its
        # meeting's date and time, not the place after them
        x = before_date(x) or x
        line = without_date(_ABBREV.sub("", x))
        raw = _DOC_WORD.sub("", line)
        if len(raw) > _LONGEST_HEADER or not raw:  # running text, never an organ (and slow to normalise)
            continue
        if raw != line and not re.match(r"(?i)(?:till|för|från|vid|med|i|om)\s", raw):
            # "Minnesanteckningar ungdomsrådet", "Minnesanteckningar – Ungdomsrådet": the title names the
            # body after the document's word, in running case or after a dash
            raw = raw.lstrip("–-: ")
            raw = raw[:1].upper() + raw[1:]
        ln = _norm_organ(raw)
        if raw[:1].isupper() and not raw.endswith((".", ",", ":")) and _organ_line(ln):
            return ln
    return None


def _organ_in_header(head: list[str], doc_type: str | None) -> str | None:
    """The organ as the cover prints it: a label, a header line, the title line, the addressee."""
    # 1. A label: "Ärende: Politiskt råd för vårdval", "Organ: …", "Beslutande instans: …".
    for ln in head[:20]:
        m = re.match(
            r"(ärende|organ|nämnd|möte|mötesforum|forum|grupp|instans|beslutande instans)\s*:?\s+(.+)$",
            ln,
            re.I,
        )
        value = _NEXT_LABEL.sub("", m.group(2)) if m else ""
        if re.match(r"(?:med|i|för|om|till)\s", value):
            continue  # "Möte med kommunala funktionshinderrådet": a title, no label (read below)
        if value and ORGAN_HEAD.search(value) and len(value) < 80 and not value.endswith("."):
            return _norm_organ(value)
    # 2. A header line naming a body (not in a tjänsteskrivelse, whose header names the writer).
    if doc_type != "tjänsteskrivelse":
        found = _header_organ(head)
        if found:
            return found
    # 2b. The title line "Mötesanteckningar – Arbetsgrupp för suicidprevention" (after 2: a cover
    #     may name the group that met under a title naming another).
    for ln in head[:8]:
        m = re.match(
            r"(?:mötes|minnes)?(?:anteckningar|anteckning|protokoll|kallelse)(?:\s*,|\s+(?:–|-|från|för|till|vid))\s+"
            r"(?:(?:möte|sammanträde)t?\s+(?:med|i)\s+)?(.+)$",
            ln,
            re.I,
        )
        if m and re.search(r"(?i)\bsammanträde", m.group(1)):
            # "Kallelse till sammanträde med kommunfullmäktige", "Kallelse till socialnämndens sammanträde"
            found = _invited_organ(ln)
            if found:
                return found
            continue
        if m and ORGAN_HEAD.search(m.group(1)) and len(m.group(1)) < 80:
            return _norm_organ(without_date(m.group(1)))
        if m and is_abbreviation(abbr := without_date(m.group(1)).strip(" ,")):
            return abbr  # "Minnesanteckningar från KPR": expanded from the text's own full name
    # 2c. A tjänsteskrivelse's addressee: "Till samhällsbyggnadsnämnden", or "Till" in a column of its
    #     own beside the name ("Till<TAB>Kultur- och fritidsnämnden").
    if doc_type == "tjänsteskrivelse":
        for ln, nxt in zip(head[:40], [*head[1:41], ""], strict=False):
            m = re.fullmatch(r"till:?\s+(.{3,60})", ln, re.I)
            to = m.group(1) if m else nxt if re.fullmatch(r"till:?", ln, re.I) else ""
            if to and ORGAN_HEAD.search(to) and len(to) <= 60:
                return _norm_organ(to)
        # ... or, without "Till", the body its "Förslag till beslut" names as deciding
        body = proposing_body(head[:40])
        if body and _organ_line(name := _norm_organ(body)):
            return name
    return None


# A body named in running text: "Kommunstyrelsen", and one whose name joins word parts with "och"
# ("Kultur- och fritidsnämnden", "Miljö-, bygg- och hälsoskyddsnämnden").
_NAMED_BODY = re.compile(
    r"\b[A-ZÅÄÖ][a-zåäö]*(?:-,?(?: [a-zåäö]+-,?)* (?:och|samt) [a-zåäö]*)?"
    r"(?:styrelsen|nämnden|fullmäktige|utskottet)\b"
)


def _organ_in_text(text: str, doc_type: str | None) -> tuple[str | None, str]:
    """Weaker cues in the text: a greeting, the body a tjänsteskrivelse names most, an acronym."""
    # "Ordförande hälsar <organ> välkommen/välkomna".
    m = re.search(r"hälsar\s+(?:ledamöterna\s+i\s+)?(.{3,60}?)\s+välkomn", text, re.I)
    if m and ORGAN_HEAD.search(m.group(1)):
        return _fullest_form(text, m.group(1)), "greeting"
    counts = Counter(m.group(0) for m in _NAMED_BODY.finditer(text))
    if counts and doc_type == "tjänsteskrivelse":  # it goes to the body it names most
        return counts.most_common(1)[0][0], "most named"
    if doc_type not in _MEETING:
        return None, ""  # a rapport or a motion names many bodies and met as none of them
    # An acronym named again and again ("SVOM").
    kommuner = gazetteers.kommuner()  # "HJO", "MORA" in a footer: a kommun's name in capitals, no body
    acr = Counter(
        a
        for a in re.findall(r"\b([A-ZÅÄÖ]{3,7})(?::s)?\b", text)
        if a not in _ACRONYM_STOP and a.title() not in kommuner
    )
    if acr:
        name, n = acr.most_common(1)[0]
        if n >= 3:
            return name, "acronym"
    if counts:
        return counts.most_common(1)[0][0], "most named"
    return None, ""


# Where a kallelse's sentence names the body it calls: "sammanträde med kommunfullmäktige", "till
# kommunstyrelsens sammanträde", "Kommunfullmäktige kallas …", "Ledamöterna i socialnämnden kallas …",
# "Socialnämnden sammanträder …".
_INVITED = (
    re.compile(r"\bsammanträde(?:t)?\s+(?:med|i|för)\s+(.+)", re.I),
    re.compile(r"\btill\s+(\S+(?:\s+\S+){0,3}?)s\s+sammanträde", re.I),
    re.compile(r"^(?:härmed\s+)?(?:ledamöterna\s+i\s+)?(.+?)\s+(?:kallas|sammanträder)\b", re.I),
)
# Words that end the body's name in the sentence: "den", "kl.", "i", a weekday, a date, punctuation.
_INVITED_STOP = re.compile(r"^(?:den|kl\.?|i|på|via|samt|till|för|om|\w+dagen|\d.*)$", re.IGNORECASE)


def _invited_organ(sentence: str | None) -> str | None:
    """The body a kallelse's invitation names, in its printed form made a heading ("Kommunfullmäktige")."""
    for rx in _INVITED if sentence else ():
        m = rx.search(sentence or "")
        if not m:
            continue
        words: list[str] = []
        for w in m.group(1).split()[:6]:
            if _INVITED_STOP.match(w):
                break
            words.append(w.rstrip(",:;."))
            if w != words[-1]:  # "…nämnden, torsdagen": the name ends at its comma
                break
        name = _norm_organ(" ".join(words))
        if name and len(name) <= 60 and _organ_line(name):
            return name
    return None


def _organ(
    text: str, lines: list[str], heads: PageHeads, doc_type: str | None, cues: PageCues, invited: str | None
) -> tuple[str | None, str]:
    cover = _split_columns(heads.cover) + join_broken(lines[:_HEADER_LINES])
    # A motion, an interpellation, a fråga is put to the body its addressee names; a received stamp's body
    # only registered it, and a party's letterhead is its writer: no other line names its organ.
    if doc_type == "motion":
        body = addressed_body(cover)
        return (body, "addressee") if body else (None, "")
    # 0. A delegationslista's body is the one its decisions are reported to ("anmälda till socialnämnden"),
    #    not the förvaltning whose name tops its pages.
    if doc_type == "delegationslista" and (body := reported_body(cover)):
        name = _norm_organ(body)
        if _organ_line(name):
            return name, "reported to"
    # 1. The organ printed at the top of every page (not a tjänsteskrivelse's: its writer's unit).
    if doc_type != "tjänsteskrivelse" and heads.running:
        found = _header_organ(_split_columns(running_cells(heads.running)))
        if found:
            return found, "page header"
    found = _organ_in_header(cover, doc_type)
    if found:
        return found, "cover"
    # 2. The body a kallelse's invitation calls ("… till sammanträde med kommunfullmäktige …").
    found = _invited_organ(invited)
    if found:
        return found, "invitation"
    # 3. A web page's title ("Kommunstyrelsen 2026-11-09 - Protokoll - Köpings kommun"), then its
    #    breadcrumb read from the page itself upwards ("Nämnder och styrelser > Kommunstyrelsen > Möte").
    for source, group in (("page title", cues.title), ("breadcrumb", cues.trail[::-1])):
        found = _header_organ(group) if doc_type != "tjänsteskrivelse" else None
        if found:
            return found, source
    return _organ_in_text(text, doc_type)


def _split_columns(lines: list[str]) -> list[str]:
    return _lines("\n".join(lines))


def _expanded(organ: str | None, source: str, text: str) -> tuple[str | None, str]:
    """An organ printed as an abbreviation, in full where the document or the gazetteer says."""
    if not organ or not is_abbreviation(organ):
        return organ, source
    name, how = expand_abbreviation(organ, text)
    if name:
        return name, f"{source}, {organ} expanded from the {how}"
    return organ, source  # no full name anywhere: the body is known by its abbreviation


def _fullest_form(text: str, phrase: str) -> str:
    """The printed form of `phrase` with its adjective, if any ("Politisk samverkansgrupp Nära vård")."""
    words = r"\s+".join(re.escape(w) for w in phrase.split())
    best = phrase
    for m in re.finditer(
        rf"(?:\b([A-ZÅÄÖa-zåäö]+(?:isk|iska|al|ala|ell|ella|lig|liga))\s+)?{words}", text, re.I
    ):
        form = m.group(0)
        if m.group(1) and (len(form) > len(best) or (form[0].isupper() and not best[0].isupper())):
            best = form
    return _norm_organ(best)


def _without_organization(organ: str | None, org: str | None) -> str | None:
    """The organ without the organization its line names after it: "Direktionen i Räddningstjänsten Syd"
    (a kommunalförbund's direktion, `indexer.meta.federation`) -> "Direktionen"."""
    if not organ or not org or not organ.casefold().endswith(org.casefold()):
        return organ
    body = re.sub(r"(?:,|\s+(?:i|för|vid|[–-]))\s*$", "", organ[: -len(org)])
    if body != organ[: -len(org)] and _organ_line(body.strip()):
        return body.strip()
    return organ


def _year(text: str) -> int | None:
    # Years inside dates first: a bare "2000" may be a count ("2000 personer").
    years = Counter(int(d[:4]) for d in find_dates(text)) or Counter(
        int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)
    )
    return years.most_common(1)[0][0] if years else None


def detect_meta(
    text: str, *, source_name: str = "", raw: str | None = None, cues: PageCues | None = None
) -> DocMeta:
    """Read the meeting's metadata from its (cleaned) text.

    Args:
        text: The document text, page chrome removed but the first page's header kept.
        source_name: The file name; used by nothing but kept for callers and logging.
        raw: The text before page chrome was removed (page markers kept), whose running headers
            name the organ, date and type; without it only the cleaned text is read.
        cues: A web page's title, breadcrumb and site name (`indexer.read.html`), read where the
            document's own text does not say.

    Returns:
        The metadata; fields that the text does not support are None. When only
        the year is known, `date` is None and `year` is set. `meta_source` says
        where each field was read.
    """
    lines = _lines(text)
    heads = page_heads(raw) if raw is not None else PageHeads()
    cues = cues or PageCues()
    if cues.running:  # a Word file's headers and footers: printed on its pages as surely as running lines
        # (a name its header broke over two paragraphs joined: "… för Bräcke och" + "Ragunda")
        printed = join_broken(cues.running)
        heads.running = [*printed, *(ln for ln in heads.running if ln not in printed)]
    # The page's own title and breadcrumb step name it; the trail's other steps are the site's sections.
    page = [t for t in cues.title if t not in cues.trail[:-1]] + cues.trail[-1:]
    kind, kind_src = doc_type(text, lines, _split_columns(running_cells(heads.running)), page)
    invited = invitation(text.split("\n", _HEADER_LINES)[:_HEADER_LINES]) if kind == "kallelse" else None
    # A matter's date may stand on its place line above the signatures, at its end.
    own = own_date(lines[:_HEADER_LINES] + lines[_HEADER_LINES:][-12:]) if kind == "motion" else None
    date, date_src = own or (None, "")
    date, date_src = (
        (date, date_src)
        if date
        else meeting_date(
            without_stamp(lines) if kind == "motion" else lines,
            _split_columns(running_cells(heads.running)),
            _organ_line,
            kind,
            cues.title + cues.trail,
            invited,
        )
    )
    organ, organ_src = _expanded(*_organ(text, lines, heads, kind, cues, invited), text)
    org, inferred, org_src = detect_organization(text, lines, heads, cues, organ)
    organ = _without_organization(organ, org)
    meta = DocMeta(
        organization=org,
        organ=organ,
        date=date,
        doc_type=kind,
        year=int(date[:4]) if date else _year(text),
        organization_inferred=inferred,
    )
    for name, value, src in (
        ("organization", org, org_src + (" (inferred)" if inferred else "")),
        ("organ", organ, organ_src),
        ("date", date, date_src),
        ("doc_type", kind, kind_src),
    ):
        if value:
            meta.meta_source[name] = src
    return meta
