"""Meeting metadata from a document's text: organization, organ, date, document type.

Everything is read from the text (the cleaned text keeps the first page's header,
see `indexer.read.clean`); the file name is never used. Rules, in order of trust:
a printed letterhead or label first, then cues that repeat in the text, and
when the organization is only implied (a län, a kommunalförbund, a region
named once or twice) it is returned with ``organization_inferred=True``.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.meta.organization import detect_organization
from indexer.types import DocMeta

__all__ = ["detect_meta", "find_dates", "parse_swedish_date"]

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip

_ISO = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
_LONG = re.compile(r"\b([0-3]?\d)\s+(" + "|".join(MONTHS) + r")\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_HEADER_LINES = 40
_PAGE_NO = re.compile(r"\b(?:sida|page)\s+\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?|\b\d{1,3}\s*\(\d{1,3}\)", re.I)

# Head words of bodies that meet. A line is organ-like when it contains one of them.
_ORGAN_HEAD = re.compile(
    r"(styrelse|nämnd|utskott|fullmäktige|beredning|råd(?:et)?\b|grupp|presidi|direktion|delegation"
    r"|kommitt|forum|samråd|ledningsgrupp|\bSVOM\b)",
    re.IGNORECASE,
)
_DOC_TYPE_WORDS = [
    (re.compile(r"mötesanteckning", re.I), "mötesanteckningar"),
    (re.compile(r"minnesanteckning|^anteckningar\b", re.I), "minnesanteckningar"),
    (re.compile(r"tjänsteskrivelse", re.I), "tjänsteskrivelse"),
    # "Dagordning" as a title, not the item "Godkännande av dagordning".
    (re.compile(r"kallelse|^(?:föredragningslista|dagordning)", re.I), "kallelse"),
    (re.compile(r"protokoll", re.I), "protokoll"),
]
_ACRONYM_STOP = {"PPT", "PDF", "NPÖ", "GNU", "SKR", "LSS", "SOL", "IT", "EU", "AB", "VA", "GR", "LINK", "KB"}


def _lines(text: str) -> list[str]:
    """Lines without markdown emphasis, a multi-column line split into its columns.

    A PDF letterhead is laid out in columns separated by runs of spaces or tabs
    ("LJUSDALS KOMMUN      SAMMANTRÄDESPROTOKOLL      Sida 1 av 4"); each column
    is read as a line of its own, and so is each part of "Protokoll | Kommunfullmäktige |
    2024-10-29". A markdown table row stays whole.
    """
    out: list[str] = []
    for raw in text.split("\n"):
        ln = re.sub(r"^\s*#{1,6}\s+", "", re.sub(r"[*_]+", "", raw)).strip()  # and markdown heading marks
        if not ln or ln.startswith("|"):
            out.append(ln)
        else:
            out.extend(c.strip() for c in re.split(r"\t+|\s{3,}|\s+\|\s+", ln))
    return out


def parse_swedish_date(s: str) -> str | None:
    """'9 december 2024' or '2024-12-09' (anywhere in `s`) -> '2024-12-09'."""
    m = _ISO.search(s)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = _LONG.search(s)
    if m:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


def find_dates(text: str) -> list[str]:
    """All ISO and written-out dates in `text`, as ISO strings, in order."""
    out = []
    for m in re.finditer(f"{_ISO.pattern}|{_LONG.pattern}", text, re.IGNORECASE):
        d = parse_swedish_date(m.group(0))
        if d:
            out.append(d)
    return out


def _meeting_date(lines: list[str]) -> str | None:
    head = lines[:_HEADER_LINES]
    # 1. "Sammanträde tisdagen den 13 augusti 2024", "Tid och plats: 9 december 2024", "Datum: 2024-11-08".
    for ln in head:
        if re.match(r"(sammanträde\w*|mötesdatum|möte|tid|datum)\b", ln, re.I):
            d = parse_swedish_date(ln)
            if d:
                return d
    # 2. "Datum" on its own line with the date on the next one (a protocol cover).
    for i, ln in enumerate(head[:-1]):
        if re.fullmatch(r"(datum|sammanträdesdatum|mötesdatum)", ln, re.I):
            for nxt in head[i + 1 : i + 3]:
                d = parse_swedish_date(nxt) if nxt else None
                if d:
                    return d
    # 3. A letterhead line of the organ or the document type and the date ("Kommunstyrelsen 2024-06-03",
    #    "Protokoll 2025-01-29").
    for ln in head[:12]:
        d = parse_swedish_date(ln)
        rest = _without_date(ln) if d else ""
        if d and rest and (_organ_line(rest) or any(rx.fullmatch(rest) for rx, _ in _DOC_TYPE_WORDS)):
            return d
    # 4. A line that is only a date, unless it is labelled as something else (Upprättad, Justerad).
    for i, ln in enumerate(head):
        if _ISO.fullmatch(ln) or _LONG.fullmatch(ln):
            prev = next((p for p in reversed(head[:i]) if p), "")
            if re.fullmatch(r"(upprättad|justerad|anslag.*|expedierad|utskriftsdatum)", prev, re.I):
                continue
            return parse_swedish_date(ln)
    # 5. The first date on the cover not labelled as another date ("Eslövs kommun, 2024-11-20 kl. 18").
    #    A sentence that mentions a date ("Vid mötet den 26 februari 2021 beslutades.") is not the cover.
    other = re.compile(r"justera|upprättad|anslag|expedierad|utskrift|publicerad|bilaga|reviderad|\(", re.I)
    for ln in head[:12]:
        d = parse_swedish_date(ln)
        if d and not other.search(ln) and not ln.endswith(".") and len(ln.split()) <= 10:
            return d
    return None


_ABBREV = re.compile(r"\s*\([A-ZÅÄÖ]{2,6}\)\s*$")  # "Nämnden för Kultur & Fritid (KFT)"


def _without_date(line: str) -> str:
    """The line with its dates cut out ("Natur- och trafiknämnden 18 september 2024" -> the organ)."""
    return re.sub(r"\s+", " ", _ISO.sub("", _LONG.sub("", line))).strip(" ,–-")


def _doc_type(text: str, lines: list[str]) -> str | None:
    head = [ln for ln in lines if ln][:8]
    for ln in head:
        # A title line ("KALLELSE/UNDERRÄTTELSE", "Mötesanteckning – …"), not a sentence mentioning the word.
        if len(_PAGE_NO.sub("", ln).split()) > 6 and not ln.isupper():
            continue
        for rx, kind in _DOC_TYPE_WORDS:
            if rx.search(ln):
                return kind
    if re.search(r"^\s*I tjänsten\s*$|^\s*Ärendebeskrivning\s*$", text, re.M):
        return "tjänsteskrivelse"
    if re.search(r"mötesanteckning", text, re.I):
        return "mötesanteckningar"
    if re.search(r"minnesanteckning|anteckning(ar)? gjord[a]? av|vid anteckningarna", text, re.I):
        return "minnesanteckningar"
    n_par = len(set(re.findall(r"^\s*[§$]\s?(\d+)\s", text, re.M)))
    if n_par >= 2:
        return "protokoll"
    # "… kallar ledamöter och ersättare … till sammanträde": an invitation without the word kallelse.
    if re.search(r"\bkalla[rs]\b[^.]{0,120}\bsammanträde", text, re.I):
        return "kallelse"
    if re.search(r"(^|\*\*)\s*Förslag till beslut", text, re.M):
        return "kallelse"
    if n_par >= 1 or re.search(r"\bjusterare\b|\bprotokoll(et)?\b", text, re.I):
        return "protokoll"
    return None


_ORG_PART = r"(?:[A-ZÅÄÖ][\wåäö-]+\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö]+(?:\s+län)?|[A-ZÅÄÖ][\wåäö-]+regionen)"


def _norm_organ(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" .:–-")
    # "Kommunala pensionärsrådet, Gnesta kommun", "Kommunstyrelsen i Arvidsjaurs kommun", "Ledningsgrupp
    # för … – Region Värmland och Värmlands kommuner" -> the organ without its organization(s).
    s = re.sub(rf"\s*(?:,|\s[–-]|\si)\s*{_ORG_PART}(?:\s+och\s+.*\bkommuner(?:na)?)?$", "", s)
    s = re.sub(rf"^{_ORG_PART}\s*(?:,|[–-]|:)\s*", "", s)
    return s[0].upper() + s[1:] if s else s


#: A header line naming the organ is short (an organ line is at most 70 characters once a trailing
#: organization is cut); `_norm_organ` backtracks on long lines, quadratically on a line of megabytes.
_LONGEST_HEADER = 300


def _organ_in_header(head: list[str], doc_type: str | None) -> str | None:
    """The organ as the cover prints it: a label, a header line, the title line, the addressee."""
    # 1. A label: "Ärende: Politiskt råd för vårdval", "Organ: …".
    for ln in head[:20]:
        m = re.match(r"(ärende|organ|möte|mötesforum|forum|grupp|instans)\s*:\s*(.+)$", ln, re.I)
        if m and _ORGAN_HEAD.search(m.group(2)) and len(m.group(2)) < 80:
            return _norm_organ(m.group(2))
    # 2. A header line naming a body (not in a tjänsteskrivelse, whose header names the writer),
    #    perhaps with the meeting's date ("Natur- och trafiknämnden 18 september 2024").
    if doc_type != "tjänsteskrivelse":
        for raw in [_without_date(_ABBREV.sub("", x)) for x in head if x][:12]:
            if len(raw) > _LONGEST_HEADER:  # running text, never an organ (and slow to normalise)
                continue
            ln = _norm_organ(raw)  # without a trailing ", Gnesta kommun" / " – Region Värmland …"
            if raw[:1].isupper() and not raw.endswith((".", ",", ":")) and _organ_line(ln):
                return ln
    # 2b. The title line "Mötesanteckningar – Arbetsgrupp för suicidprevention" (after 2: a cover
    #     may name the group that met under a title naming another).
    for ln in head[:8]:
        m = re.match(
            r"(?:mötes|minnes)?(?:anteckningar|anteckning|protokoll|kallelse)\s+(?:–|-|från|för)\s+(.+)$",
            ln,
            re.I,
        )
        if m and _ORGAN_HEAD.search(m.group(1)) and len(m.group(1)) < 80:
            return _norm_organ(_without_date(m.group(1)))
    # 2c. A tjänsteskrivelse's addressee: "Till samhällsbyggnadsnämnden".
    for ln in head[:20]:
        m = re.fullmatch(r"till\s+(.{3,60})", ln, re.I)
        if doc_type == "tjänsteskrivelse" and m and _ORGAN_HEAD.search(m.group(1)):
            return _norm_organ(m.group(1))
    return None


def _organ(text: str, lines: list[str], doc_type: str | None) -> str | None:
    found = _organ_in_header(lines[:_HEADER_LINES], doc_type)
    if found:
        return found
    # 3. "Ordförande hälsar <organ> välkommen/välkomna".
    m = re.search(r"hälsar\s+(?:ledamöterna\s+i\s+)?(.{3,60}?)\s+välkomn", text, re.I)
    if m and _ORGAN_HEAD.search(m.group(1)):
        return _fullest_form(text, m.group(1))
    # 4. A tjänsteskrivelse goes to the body named most often.
    counts = Counter(
        m.group(0)
        for m in re.finditer(r"\b[A-ZÅÄÖ][a-zåäö]*(?:styrelsen|nämnden|fullmäktige|utskottet)\b", text)
    )
    if counts and doc_type == "tjänsteskrivelse":
        return counts.most_common(1)[0][0]
    # 5. An acronym named again and again ("SVOM").
    acr = Counter(a for a in re.findall(r"\b([A-ZÅÄÖ]{3,7})(?::s)?\b", text) if a not in _ACRONYM_STOP)
    if acr:
        name, n = acr.most_common(1)[0]
        if n >= 3:
            return name
    if counts:
        return counts.most_common(1)[0][0]
    return None


def _organ_line(ln: str) -> bool:
    if not ln or len(ln) > 70 or ln.endswith((".", ",")) or "(" in ln or ":" in ln:
        return False
    if any(rx.search(ln) for rx, _ in _DOC_TYPE_WORDS) or re.search(r"\d", ln):
        return False
    if not ln[0].isupper() or ln.isupper():
        return False
    return bool(_ORGAN_HEAD.search(ln))


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


def _year(text: str) -> int | None:
    # Years inside dates first: a bare "2000" may be a count ("2000 personer").
    years = Counter(int(d[:4]) for d in find_dates(text)) or Counter(
        int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)
    )
    return years.most_common(1)[0][0] if years else None


def detect_meta(text: str, *, source_name: str = "") -> DocMeta:
    """Read the meeting's metadata from its (cleaned) text.

    Args:
        text: The document text, page chrome removed but the first page's header kept.
        source_name: The file name; used by nothing but kept for callers and logging.

    Returns:
        The metadata; fields that the text does not support are None. When only
        the year is known, `date` is None and `year` is set.
    """
    lines = _lines(text)
    doc_type = _doc_type(text, lines)
    date = _meeting_date(lines)
    org, inferred = detect_organization(text, lines)
    return DocMeta(
        organization=org,
        organ=_organ(text, lines, doc_type),
        date=date,
        doc_type=doc_type,
        year=int(date[:4]) if date else _year(text),
        organization_inferred=inferred,
    )
