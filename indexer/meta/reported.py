"""The body a list of decisions is reported to.

A delegationslista is no meeting of its own: its cover says which body the decisions are reported to
("Delegationsbeslut anmälda till socialnämnden 2026-11-25", "Redovisning av delegationsbeslut till miljö-
och byggnadsnämnden", "Anmäls vid socialnämndens sammanträde den 25 november 2026", "Anmälan av
delegationsbeslut – Bygg- och miljönämnden"). That body is the list's organ (GOLD_FORMAT), not the
förvaltning printing the list; the line's date is the meeting's (`indexer.meta.dates`).
"""

from __future__ import annotations

import re

from indexer.meta.organs import ORGAN_HEAD

__all__ = ["reported_body"]

# A word of reporting decisions, then where to: "anmälda till", "anmäls vid", "redovisas inför",
# "som anmäls till", "för anmälan till", "redovisas för", "delegationsbeslut –", "Delegationsbeslut, …".
_REPORTED = re.compile(
    r"(?i)\b(?:anmäl(?:s|da|das|d|des|es|an|ning(?:ar)?)?|redovis(?:as|ade|ad|ning|ningar)|rapporter(?:as|ade)"
    r"|delegationsbeslut|delegationslista)\b(?:\s+(?:av|över|som|för)(?:\s+\w+)?)*?"
    r"(?:\s+(?:till|vid|inför|för|[–-])|\s*,)\s+(?!(?:anmälan|redovisning|kännedom)\b)(?P<rest>.+)$"
)
# Words that end the body's name: a date, "den", a weekday, "kl.", a meeting word, a period's label.
_STOP = re.compile(
    r"(?i)^(?:den|kl\.?|\w+dagen|\d.*|sammanträde\w*|möte\w*|period\w*|beslut\w*|avseende|för|från|under|om"
    r"|enligt|i|på|som|med|samt)$"
)
# A body's generic name, no body's own: "anmäls till nämnden enligt 6 kap. 40 § kommunallagen".
_GENERIC = re.compile(r"(?i)(?:nämnden|styrelsen|utskottet|rådet|beredningen|fullmäktige)")
_MEETING_WORD = re.compile(r"(?i)^(?:sammanträde|möte)")


def reported_body(head: list[str]) -> str | None:
    """The body the first lines name as where their decisions are reported, as printed ("socialnämnden";
    a genitive before "sammanträde" made nominative), or None."""
    for line in head:
        m = _REPORTED.search(line)
        body = _body(m.group("rest")) if m else None
        if body and ORGAN_HEAD.search(body) and not _GENERIC.fullmatch(body):
            return body
    return None


def _body(rest: str) -> str | None:
    words: list[str] = []
    for word in rest.split()[:7]:
        if _STOP.match(word):
            if words and _MEETING_WORD.match(word) and words[-1].endswith("s"):
                words[-1] = words[-1][:-1]  # "socialnämndens sammanträde": the body in the genitive
            break
        words.append(word.rstrip(",;:."))
        if word != words[-1]:
            break  # "… nämnden, 2026-11-25": the name ends at its comma
    return " ".join(words) or None
