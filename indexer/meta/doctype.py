"""What kind of document: the minutes of a meeting, or a document that is not one.

Meeting documents (protokoll, kallelse, minnes- and mötesanteckningar) are cut into agenda items.
Documents that are not minutes — a tjänsteskrivelse, a motion, a rapport, a granskning, an
anvisning, a delegationslista, a skrivelse, a bilaga — are one ärende or one text each, typed by
the word their title begins with, and never cut into invented agenda items.
"""

from __future__ import annotations

import re

from indexer.read.page_numbers import PAGE_IN_LINE, without_page_numbers
from indexer.segment.marks import MARK

__all__ = ["DOC_TYPE_WORDS", "MEETING_CUES", "NOT_MEETING", "doc_type", "is_matter_title"]

DOC_TYPE_WORDS = [
    (re.compile(r"mötesanteckning", re.I), "mötesanteckningar"),
    (re.compile(r"minnesanteckning|^[#*\s]*anteckningar\b", re.I), "minnesanteckningar"),
    (re.compile(r"tjänsteskrivelse", re.I), "tjänsteskrivelse"),
    # "Dagordning" as a title, not the item "Godkännande av dagordning"; a "Kungörelse" of a fullmäktige
    # meeting (its agenda made public) is its kallelse.
    (re.compile(r"kallelse|^(?:föredragningslista|dagordning|kungörelse)\b", re.I), "kallelse"),
    (re.compile(r"protokoll", re.I), "protokoll"),
]

#: Types that are not minutes of a meeting: one item each (`indexer.segment.split`).
NOT_MEETING = (
    "tjänsteskrivelse",
    "motion",
    "rapport",
    "granskning",
    "anvisning",
    "delegationslista",
    "skrivelse",
    "bilaga",
)

# The word a title begins with -> the type (checked on the first lines of a document that is not
# minutes). "Svar på motion" is a skrivelse answering one, not a motion.
_TITLE_WORDS = [
    (re.compile(r"^(?:motion|medborgarförslag|initiativ(?:ärende)?|interpellation)\b", re.I), "motion"),
    (
        re.compile(
            r"^(?:(?:uppföljande |grundläggande |fördjupad )?granskning|revisions(?:rapport|berättelse))",
            re.I,
        ),
        "granskning",
    ),
    (
        re.compile(
            r"^(?:delegationslista|delegationsbeslut"
            r"|(?:anmälan|redovisning|förteckning) (?:av|över) delegat?(?:ion|era))",
            re.I,
        ),
        "delegationslista",
    ),
    (
        re.compile(
            r"^(?:(?:tillämpnings)?anvisning|riktlinje|rutin|instruktion|policy|reglemente|handbok"
            r"|delegationsordning)",
            re.I,
        ),
        "anvisning",
    ),
    (
        re.compile(
            r"^(?:rapport|delårsrapport|årsredovisning|verksamhetsberättelse|(?:fördjupad )?månadsuppföljning"
            r"|uppföljning|utredning|förstudie|utvärdering|genomlysning|pm\b|promemoria|lägesrapport|analys)",
            re.I,
        ),
        "rapport",
    ),
    (re.compile(r"^(?:skrivelse|yttrande|remissvar|svar på|missiv|beslutsunderlag)\b", re.I), "skrivelse"),
    (
        re.compile(
            r"^(?:bilaga|plankarta|planbeskrivning|samrådsredogörelse|granskningsutlåtande|illustrationskarta)",
            re.I,
        ),
        "bilaga",
    ),
]
#: The title line of a matter put to a body (typed "motion", as GOLD_FORMAT names them): its kind, then what
#: it is about or whom it asks ("Motion om …", "Medborgarförslag angående …", "Interpellation till …",
#: "Fråga till …"). A stamp, a party's name and an addressee may stand above it, so it is looked for further
#: down than `_not_minutes` looks.
_MATTER_TITLE = re.compile(
    r"^(?:motion|medborgarförslag|e-förslag|interpellation|initiativärende|(?:enkel\s+)?fråga)"
    r"(?:\s+(?:om|angående|ang\.|gällande|rörande|avseende|kring|till|från|för|med\s+förslag)\b|\s*[:–-]\s+\S)",
    re.IGNORECASE,
)


def is_matter_title(line: str) -> bool:
    """Whether a line is a matter's title ("Motion om simskola …"), not a sentence naming one."""
    return bool(_MATTER_TITLE.match(line)) and len(line.split()) <= 25 and not line.rstrip().endswith(".")


#: Lines only a meeting's minutes or agenda print.
MEETING_CUES = re.compile(
    r"^\W*(?:\d+\.?\s*)?(?:närvarande|deltagare|beslutande(?!\s+instans)|frånvarande|dagordning|föredragningslista"
    r"|mötets? öppnande|sammanträdets öppnande|val av justerare|nästa möte|övriga frågor|mötet avslutas)\b",
    re.IGNORECASE | re.MULTILINE,
)


#: An agenda's own heading: "Ärendelista", "## Föredragningslista", "Dagordning:".
_AGENDA_HEADING = re.compile(
    r"^[#*\s]*(?:ärendelista|föredragningslista|dagordning|ärenden)\s*:?\s*$", re.I | re.M
)
#: A body announced to meet on a day: "Kommunfullmäktige sammanträder onsdagen den 16 december 2026".
_ANNOUNCED = re.compile(
    r"\bsammanträder\b[^.\n]{0,40}?\b(?:den\s+\d|\d{4}-\d\d-\d\d|\d{1,2}\s+[a-zåäö]+\s+\d{4})", re.I
)
#: What only minutes print: a decision taken ("beslutade", "Beslut" as a section).
_DECIDED = re.compile(r"\bbeslut(?:ade|ar|ades)\b|^[#*\s]*beslut\s*:?\s*$", re.I | re.M)


#: A paragraph's own line: "§ 86", "BUN § 86  Dnr …", "86 §  Budget 2027" (the number before the sign).
_PARA_LINE = re.compile(
    r"^[^\S\n]*(?:(?:[A-ZÅÄÖ]{1,6}[^\S\n]+)?§[^\S\n]?(\d{1,4})|(\d{1,4})[^\S\n]?§)(?:[^\S\n]|$)", re.M
)


def _title_line(ln: str) -> bool:
    """A title line ("KALLELSE/UNDERRÄTTELSE", "Mötesanteckning – …"), not a sentence naming the word."""
    words = len(without_page_numbers(ln).split())
    return words <= 6 or ln.isupper() or (words <= 12 and _OPENS_WITH_TYPE.match(ln) is not None)


#: A title opening with its document's type, longer than most: "Anteckningar från möte med Rådet för
#: funktionshinderfrågor", "Minnesanteckningar från kommunala pensionärsrådets möte".
_OPENS_WITH_TYPE = re.compile(
    r"[#*\s]*(?:(?:minnes|mötes)?anteckningar|(?:sammanträdes)?protokoll|kallelse)\s+(?:från|för|vid|över)\b",
    re.I,
)


#: A list's item: a bullet, or a number a list sets ("3. Protokoll från …"); never the document's title.
_LIST_LINE = re.compile(rf"^\s*(?:{MARK}\s|\d{{1,3}}[.)]\s)")


def _named_type(lines: list[str]) -> str | None:
    for ln in lines:
        if _LIST_LINE.match(ln):
            break  # the title stands above the list; a point or a file listed under one types nothing
        if not _title_line(ln):
            continue
        for rx, kind in DOC_TYPE_WORDS:
            if rx.search(ln):
                return kind
    return None


def _not_minutes(head: list[str]) -> str | None:
    """The type of a document that is not minutes, from the word its title begins with."""
    for ln in head[:6]:
        if re.fullmatch(r"[\d\s.-]+|datum:?.*", ln, re.I) or PAGE_IN_LINE.match(ln):
            continue  # a date or page line above the title
        for rx, kind in _TITLE_WORDS:
            if rx.search(ln):
                return kind
    return None


#: A protocol's own title as a heading: "SAMMANTRÄDESPROTOKOLL", "## Protokoll", "Justerat protokoll".
_PROTOCOL_TITLE = re.compile(r"^[#*\s]*(?:sammanträdes|justerat |mötes)?protokoll\b", re.IGNORECASE)


def _agenda_before_protocol(text: str, lines: list[str], head: list[str]) -> bool:
    """A protocol that prints its agenda first (a meeting portal's page, a protocol's contents): its cover
    names a "Föredragningslista" or "Dagordning" but not a kallelse, and under it a protocol's own title
    heads § paragraphs (two or more). A kallelse's agenda is no protocol's."""
    if any(re.search(r"kallelse", ln, re.I) for ln in head):
        return False
    titled = any(_PROTOCOL_TITLE.match(ln) and _title_line(ln) for ln in lines)
    return titled and len(set(re.findall(r"^\s*[§$]\s?(\d+)\s", text, re.M))) >= 2


def doc_type(
    text: str, lines: list[str], running: list[str], page_title: list[str] | None = None
) -> tuple[str | None, str]:
    """The document's type and where it was read.

    Args:
        text: The cleaned text.
        lines: Its lines, columns split.
        running: The lines printed at the top of most pages.
        page_title: A web page's title parts and its own breadcrumb step ("Protokoll").

    Returns:
        (type or None, source): "page header", "cover", "page title", "title", "structure" (§
        paragraphs, an invitation's wording) or "".
    """
    kind = _named_type(running)
    if kind:
        return kind, "page header"
    head = [ln for ln in lines if ln][:8]
    kind = _named_type(head)
    if kind == "kallelse" and _agenda_before_protocol(text, lines, head):
        return "protokoll", "structure"
    if kind:
        return kind, "cover"
    kind = _named_type(page_title or [])
    if kind:
        return kind, "page title"
    n_par = len(set(re.findall(r"^\s*[§$]\s?(\d+)\s", text, re.M)))
    # "Ärendebeskrivning" heads a tjänsteskrivelse's text, and each paragraph's in many protocols: § lines
    # ("§ 86", "BUN § 86", "86 §") under a meeting's cues ("Beslutande", "Justerare") are a protocol's.
    if re.search(r"^\s*I tjänsten\s*$|^\s*Ärendebeskrivning\s*$", text, re.M) and not (
        len(set(_PARA_LINE.findall(text))) >= 2 and MEETING_CUES.search(text)
    ):
        return "tjänsteskrivelse", "structure"
    if re.search(r"mötesanteckning", text, re.I):
        return "mötesanteckningar", "structure"
    if re.search(r"minnesanteckning|anteckning(ar)? gjord[a]? av|vid anteckningarna", text, re.I):
        return "minnesanteckningar", "structure"
    meeting = MEETING_CUES.search(text) or re.search(
        r"\bjuster\w*|\bprotokoll|\bsammanträde|\bordförande", text, re.I
    )
    if n_par >= 2 and meeting:  # a taxa or a reglemente numbers its sections with § too
        return "protokoll", "structure"
    if n_par == 0 and any(is_matter_title(ln) for ln in [ln for ln in lines if ln][:16]):
        return "motion", "title"  # a motion, medborgarförslag, interpellation, fråga: nothing met
    kind = _not_minutes(head)
    if kind:
        return kind, "title"
    # "… kallar ledamöter och ersättare … till sammanträde": an invitation without the word kallelse.
    if re.search(r"\bkalla[rs]\b[^.]{0,120}\bsammanträde", text, re.I):
        return "kallelse", "structure"
    # "Kommunfullmäktige sammanträder onsdagen den 16 december": a kungörelse's sentence, nothing decided.
    if n_par == 0 and _ANNOUNCED.search(text) and not _DECIDED.search(text):
        return "kallelse", "structure"
    if re.search(r"(^|\*\*)\s*Förslag till beslut", text, re.M):
        return "kallelse", "structure"
    if n_par == 0 and _AGENDA_HEADING.search(text) and not _DECIDED.search(text):
        return "kallelse", "structure"  # a meeting page's agenda, nothing decided yet
    # The word alone is not enough: a taxa or a plan mentions "protokoll" too.
    if (n_par >= 1 and meeting) or (
        re.search(r"\bjusterare\b|\bprotokoll(et)?\b", text, re.I) and MEETING_CUES.search(text)
    ):
        return "protokoll", "structure"
    return None, ""
