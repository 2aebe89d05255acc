"""Names printed in capitals: "ANNA EKSTRÖM (S), ordförande", "Ordförande  ANNA EKSTRÖM".

Some kommuner set the attendance list or the signatures in capitals. Every reader of names looks for
capitalised words ("Anna Ekström"), so such a name is put in normal case in a same-length copy of the
text before the people are read: the person is then stored in normal case and is the same person as the
name written normally elsewhere in the document.

Headings are set in capitals too ("KOMMUNSTYRELSEN", "BESLUT", "ELSA BESKOWS VÄG"), so a run of capitals
is read as a name only where a name's cues stand around it: its first word is a known first name, no word
is a role, body or place word, and it is followed by a party bracket or a role after a comma, or it stands
alone in its line or table cell where a signature's caption or a role label is beside it.
"""

from __future__ import annotations

import re

from indexer.entities.names import PARTICLE, is_first_name, is_stop_token
from indexer.entities.parties import party_code

_UP = "A-ZÅÄÖÉÜØÆ"
#: One word in capitals, hyphenated parts kept ("LARS-ÅKE", "BERG-NILSSON").
_WORD = rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})*"
#: Two to four such words (a particle in capitals among them: "JOHAN VON ESSEN"), one space apart.
_RUN = re.compile(rf"(?<![\w\-/]){_WORD}(?: {_WORD}){{1,4}}(?![\w\-])")
_PARTICLE = re.compile(PARTICLE)
#: A role label or a signature's caption: "Ordförande", "Justerande", "Vice ordförande", "Sekreterare".
_ROLE = (
    r"(?:(?:1:e |2:e |förste |andre )?vice )?ordförande|\w*sekreterare|justerare|justerande|ledamot"
    r"|(?:tjänstgörande )?ersättare|protokolljusterare"
)
_CAPTION = re.compile(rf"(?i)[ \t]*(?:{_ROLE})[ \t]*:?[ \t]*")
#: What follows a name in a list: a party bracket, a role or title after a comma.
_LISTED_AFTER = re.compile(r"[ \t]*(?:\([A-Za-zÅÄÖåäö]{1,5}\)|,[ \t]*[a-zåäö])")
#: The end of a table cell or a line after a name.
_CELL_END = re.compile(r"[ \t]*(?:$|\t|\||[ ]{2,})", re.MULTILINE)
#: A table cell's start, or a role label and a gap before the name ("Ordförande  ANNA EK").
_CELL_START = re.compile(rf"(?:^|\t|\||[ ]{{2}}|(?i:{_ROLE})[ \t]*:?[ \t])[ \t]*$", re.MULTILINE)


def _normal_case(run: str) -> str | None:
    """The run in normal case if it reads as a person's name ("JOHAN VON ESSEN" -> "Johan von Essen"),
    else None."""
    out = []
    for w in run.split(" "):
        low = w.lower()
        out.append(low if _PARTICLE.fullmatch(low) else "-".join(p.capitalize() for p in low.split("-")))
    words = [w for w in out if not _PARTICLE.fullmatch(w)]
    if len(words) < 2 or len(words) > 4 or _PARTICLE.fullmatch(out[0]) or _PARTICLE.fullmatch(out[-1]):
        return None
    if not is_first_name(words[0]) or any(is_stop_token(w) for w in words) or party_code(run.split()[-1]):
        return None
    name = " ".join(out)
    return name if len(name) == len(run) else None


def _captioned(text: str, start: int, end: int) -> bool:
    """Whether a signature's caption stands on the nearest line above or under the name's line
    ("Ordförande" / "ANNA EKSTRÖM", maybe a blank line between), or a role label before it on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() and _CAPTION.fullmatch(text, line_start, start):
        return True
    line_end = text.find("\n", end)
    above = text[max(0, line_start - 200) : max(0, line_start - 1)].split("\n")
    under = text[line_end + 1 : line_end + 200].split("\n")[:-1] if line_end >= 0 else []
    near = [next((ln for ln in lines if ln.strip()), "") for lines in (above[::-1], under)]
    return any(ln and _CAPTION.fullmatch(ln) for ln in near)


def _name_place(text: str, start: int, end: int) -> bool:
    """Whether the run of capitals stands where a name stands (see the module docstring)."""
    if _LISTED_AFTER.match(text, end):
        return True
    if not _CELL_END.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not _CELL_START.search(text, line_start, start) and text[line_start:start].strip():
        return False
    cell = re.match(r"[ \t]*(?:\t|\|)[ \t]*([^\t|\n]{1,5})[ \t]*(?:\t|\||$)", text[end : end + 20])
    if cell and party_code(cell.group(1).strip()):
        return True  # "ANNA EK⇥S": a party in the next cell
    return _captioned(text, start, end)


def normal_case_names(text: str) -> str:
    """Same-length copy of `text` with the names printed in capitals put in normal case."""
    if not _RUN.search(text):
        return text
    out = []
    pos = 0
    for hit in _RUN.finditer(text):
        name = _normal_case(hit.group(0))
        if name is None or not _name_place(text, hit.start(), hit.end()):
            continue
        out.append(text[pos : hit.start()])
        out.append(name)
        pos = hit.end()
    out.append(text[pos:])
    return "".join(out)
