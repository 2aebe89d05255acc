"""A kommunalförbund's own name, where its minutes print it (`federation_name`).

A kommunalförbund (a räddningstjänst, a samordningsförbund, a shared water or waste company's förbund) is an
organization of its own: its body is a direktion, a förbundsstyrelse or förbundsfullmäktige, and it meets in
a member kommun and names its members ("medlemskommunerna Lund, Eslöv och Kävlinge"), which must not make
the minutes that kommun's. It names itself beside its body in the head of the minutes:

- in a header line with the body: "Räddningstjänsten Syd – Protokoll – Direktionen 2026-05-20";
- after the body: "Direktionen, Räddningstjänsten Syd", "Förbundsstyrelsen för Samordningsförbundet X", also
  in the title "Protokoll från direktionen i Räddningstjänsten Syd";
- before the body in the genitive: "Räddningstjänsten Syds direktion";
- in the letterhead above a line that is the body alone ("Räddningstjänsten Syd" / "PROTOKOLL" /
  "Direktionen").

Only the head is read, and only where a förbund's body is named there: a kommun's minutes name a
förbund's direktion in their items, not in their head.
"""

from __future__ import annotations

import re

from models import gazetteers

__all__ = ["federation_name"]

_BODY = (
    r"(?:[Dd]irektion(?:en)?|[Ff]örbundsstyrelse(?:n)?|[Ff]örbundsfullmäktige|[Ff]örbundsdirektion(?:en)?)"
)
#: A line that is the body alone (a date may follow): the letterhead above it names the förbund.
_BODY_ALONE = re.compile(rf"^(?i:{_BODY})(?:\s+(?:19|20)\d\d-\d\d-\d\d)?$")
#: The name after the body: "Direktionen, X", "Direktionen för X", "Direktionen i X", "Direktionen – X".
_AFTER = re.compile(rf"^(?i:{_BODY})(?:,| för| i| vid| [–-])\s+(?P<name>.+?)\s*$")
#: The name before the body in the genitive: "Räddningstjänsten Syds direktion".
_GENITIVE = re.compile(rf"^(?P<name>.+?)s\s+(?i:{_BODY})\b")
#: The title's words before the body: "Protokoll från direktionen i X", "Protokoll fört vid sammanträde med
#: direktionen för X".
_TITLE = re.compile(
    r"(?i)^(?:utdrag\s+ur\s+)?(?:sammanträdes)?protokoll(?:\s+(?:fört|förd))?\s+(?:från|vid|över)\s+"
    r"(?:(?:sammanträde|möte)t?\s+(?:med|i)\s+)?(?=(?:förbunds)?direktion|förbundsstyrelse|förbundsfullmäktige)"
)
#: A header's cells: "X – Protokoll – Direktionen 2026-05-20".
_CELLS = re.compile(r"\s+[–-]\s+|\t+|\s{3,}")
_NAME = re.compile(r"[A-ZÅÄÖ][\wåäöéÅÄÖ-]*(?: (?:[A-ZÅÄÖ][\wåäöé-]*|och|i|för|[a-zåäö]+förbund\w*)){0,5}")
#: Words of a head that name the document or the meeting, not an organization.
_NOT_NAME = re.compile(
    r"(?i)^(?:(?:sammanträdes)?protokoll(?:sutdrag)?|kallelse|föredragningslista|dagordning|mötesanteckningar"
    r"|minnesanteckningar|tjänsteskrivelse|datum|plats|tid|sida|sammanträde|sammanträdesdatum)\b"
)


def _is_name(cell: str) -> bool:
    """A förbund's name: capitalised words, no figure, no word that names the document, no kommun alone."""
    cell = cell.strip()
    if not _NAME.fullmatch(cell) or _NOT_NAME.match(cell) or re.match(rf"(?i){_BODY}\b", cell):
        return False
    names = gazetteers.kommuner()
    return cell not in names and not cell.endswith((" kommun", " stad")) and not cell.startswith("Region ")


def federation_name(lines: list[str]) -> str | None:
    """The kommunalförbund whose body the head `lines` (running header, cover, first lines) name, or None."""
    head = [re.sub(r"[ \t]+", " ", ln).strip() if not _CELLS.search(ln) else ln.strip() for ln in lines]
    head = [ln for ln in head if ln]
    for i, ln in enumerate(head):
        cells = [c.strip() for c in _CELLS.split(ln) if c.strip()]
        if len(cells) > 1 and any(_BODY_ALONE.match(c) for c in cells):
            found = next((c for c in cells if _is_name(c)), None)
            if found:
                return found
        plain = _TITLE.sub("", re.sub(r"\s+", " ", ln))
        if (m := _AFTER.match(plain)) and _is_name(m["name"]):
            return m["name"]
        if (m := _GENITIVE.match(plain)) and _is_name(m["name"]):
            return m["name"]
        if _BODY_ALONE.match(plain):
            return next((c for c in head[:i] if _is_name(c)), None)
    return None
