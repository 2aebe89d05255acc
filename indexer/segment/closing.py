"""What a signature or a letter's closing looks like: the one place the segmenters and the readers ask.

A closing is the place and date a letter was signed ("Åtvidaberg den 2 december 2026") or a signature:
the signers' names, one or several side by side ("Eva Strand⇥Per Ek (S)"), over the roles they sign in
("Ordförande⇥Sekreterare"). `starts_closing` tells where one begins; `SIGNER_ROLE` and `SIGNER_NAME`
are its two lines, which other rules use alone (a signature under an agenda table, a name and its role
kept apart in a Word paragraph).
"""

from __future__ import annotations

import re

from indexer.meta.dates import MONTHS
from indexer.segment.common import NAME_WORD
from models.gazetteers import first_names

__all__ = ["SIGNER_NAME", "SIGNER_ROLE", "is_signer_role", "starts_closing"]

#: A place and a date on a line of their own, where a letter is signed: "Åtvidaberg den 2 december 2026",
#: "Västra Ämtervik, 2 december", "Hallstahammar 2026-12-02".
_PLACE_DATE = re.compile(
    r"^[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?,?\s+(?:den\s+)?"
    r"(?:[0-3]?\d\s+(?:" + "|".join(MONTHS) + r")(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d-\d\d-\d\d)$"
)

#: What may stand before the role's word: the body's genitive ("Kommunstyrelsens"), an ordinal ("1:e",
#: "förste"), and "vice" or an acting chair's qualifier ("tf", "biträdande").
_ROLE_BEFORE = (
    r"(?:[A-ZÅÄÖ][\wåäö-]*s\s+)?(?:(?:1:e|2:e|förste|andre)\s+)?"
    r"(?:(?:vice|tf|t\.f\.|tjänstgörande|biträdande|ställföreträdande)\s+)?"
)
#: The words a signer's role ends in, perhaps compounded ("Nämndsekreterare", "Förvaltningschef",
#: "Förbundsordförande").
_ROLE_WORDS = r"[a-zåäö]*(?:ordförande|sekreterare|chef|direktör)"
#: A signer's role printed under the name, on a line (or in a cell) of its own: "Ordförande", "Sekreterare",
#: "Kommunstyrelsens ordförande", "1:e vice ordförande", "Nämndsekreterare", "Förvaltningschef".
SIGNER_ROLE = re.compile(rf"^{_ROLE_BEFORE}{_ROLE_WORDS}$", re.IGNORECASE)
#: The same, or "Justerare": a minutes' signature also names those who checked it ("Anna Ek" / "justerare"),
#: which the Word reader keeps apart from a title (`is_signer_role(…, justerare=True)`). Not a closing's
#: cue: a letter's or a kallelse's closing has no justerare, and in minutes "Justerare" is as often the
#: label of the justerare named at the head (`indexer.entities.signatures`).
_SIGNER_OR_JUSTERARE = re.compile(rf"^{_ROLE_BEFORE}(?:{_ROLE_WORDS}|justerare)$", re.IGNORECASE)

#: A signer's name, two to four words, perhaps with a party: "Eva Strand", "Anna-Lena Berg Holm (S)". The
#: group `first` is the first name (of a double one its first part), which `starts_closing` looks up.
SIGNER_NAME = (
    rf"(?P<first>[A-ZÅÄÖ][a-zåäöéü]+)(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+{NAME_WORD}){{1,3}}"
    r"(?:\s*\([A-ZÅÄÖ]{1,3}\))?"
)
_SIGNER = re.compile(rf"^{SIGNER_NAME}$")


def is_signer_role(line: str, *, justerare: bool = False) -> bool:
    """Whether `line` (stripped) is a signer's role alone (`SIGNER_ROLE`); `justerare`: "Justerare" too."""
    return (_SIGNER_OR_JUSTERARE if justerare else SIGNER_ROLE).match(line) is not None


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"\t|[ ]{3,}", line) if c.strip()]


def starts_closing(lines: list[str], j: int) -> bool:
    """Whether line j begins a letter's closing, which is no title's words: the place and date it was
    signed ("Åtvidaberg den 2 december 2026") or a signature, one name or several side by side ("Eva
    Strand", "Per Ek (S)⇥Ida Berg") over the signers' roles ("Ordförande⇥Sekreterare")."""
    cells = _cells(lines[j]) if j < len(lines) else []
    if not cells:
        return False
    if len(cells) == 1 and _PLACE_DATE.match(cells[0]):
        return True
    names = [_SIGNER.match(c) for c in cells]
    if not all(m and m["first"] in first_names() for m in names):
        return False
    under = next((x for x in lines[j + 1 : j + 3] if x.strip()), "")
    roles = _cells(under)
    return bool(roles) and all(SIGNER_ROLE.match(r) for r in roles)
