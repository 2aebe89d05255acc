"""Proposals that set how the meeting proceeds, which are no yrkande (GOLD_FORMAT): the order of the
propositions, and the chair's changes to the agenda and its schedule.

- "Ordföranden föreslår följande propositionsordning", "… föreslår att först utse motförslag": how to
  decide, by anyone.
- "… föreslår att ärende 7 behandlas före ärende 5", "… att informationsärendet om X utgår": the agenda's
  order, by anyone who "föreslår" it.
- The chair's change of the agenda: "Ordföranden föreslår att ett extra ärende, fyllnadsval av ersättare,
  tas upp som § 36", "… att ett ärende om vägbelysning läggs till", "… att ett extra ärende tillkommer",
  and the meeting at which a matter raised now is to be handled ("… att ärendet tas upp på nämndens
  sammanträde i maj"). A member who "yrkar" that an ärende utgår still moves a yrkande.
"""

from __future__ import annotations

import re

#: What a proposal is about when it sets the order of the decision, not the matter.
_PROCEDURE = re.compile(
    r"[^.;:]{0,100}?(?<![\wåäö])(?:propositionsordning\w*|proposition|motförslag\w*|huvudförslag\w*"
    r"|beslutsordning\w*|dagordning\w*|föredragningslist\w*|ärendelist\w*"
    r"|behandlas[ \t\n]+(?:före|efter|först|sist)"
    r"|\w*ärende(?:t|na)?(?![\wåäö])[^.;:]{0,80}?(?<![\wåäö])utgår(?![\wåäö]))",
    re.IGNORECASE,
)
#: The chair, by role, right before the verb: "Ordföranden föreslår", "Ordföranden (S) föreslår",
#: "Ordförande Leif Carlsson (C) föreslår".
_CHAIR_BEFORE = re.compile(
    r"(?i)(?<![\wåäö])(?:mötes)?ordförande(?:n)?(?:[ \t\n]+(?-i:[A-ZÅÄÖ][\wåäöé\-]+)){0,3}"
    r"(?:\s*\([^()]{1,8}\))?\s*$"
)
#: When a matter is to be handled: "att ärendet tas upp på nämndens sammanträde i maj", "att frågan
#: behandlas vid nästa möte" — the chair setting the agenda of a later meeting for a matter raised now.
_SCHEDULING = re.compile(
    r"\s+att\s+(?:ärendet|frågan|förslaget|initiativet)\s+(?:tas\s+upp|behandlas|hanteras|bereds)"
    r"\s+(?:på|vid|till|under)\s+(?:[\wåäö]+\s+){0,2}(?:sammanträde|sammanträdet|möte|mötet)\b",
    re.IGNORECASE,
)
#: An ärende put on, struck from or moved in this meeting's agenda: "att ett extra valärende, fyllnadsval
#: av ersättare i socialnämnden, tas upp som § 36", "att ett ärende om X läggs till", "att ett extra
#: ärende tillkommer", "att ärende 5 lyfts ur", "att anmälningsärendena behandlas sist".
_AGENDA_CHANGE = re.compile(
    r"\s+att\s[^.;:]{0,60}?(?<![\wåäö])\w*ärende(?:t|n|na)?(?![\wåäö])[^.;:]{0,120}?(?<![\wåäö])"
    r"(?:läggs[ \t\n]+till|tillkommer|tillförs|utgår|stryks|lyfts[ \t\n]+(?:ur|bort)|tas[ \t\n]+bort"
    r"|tas[ \t\n]+upp[ \t\n]+som|flyttas|behandlas[ \t\n]+(?:som|före|efter|först|sist))(?![\wåäö])",
    re.IGNORECASE,
)


def is_procedure(text: str, start: int, end: int) -> bool:
    """Whether the proposal whose verb ("föreslår") is at text[start:end] is about how to proceed: the
    order of propositions or the agenda, by anyone; the agenda's change or schedule, by the chair."""
    if _PROCEDURE.match(text, end):
        return True
    before = text[max(0, start - 60) : start]
    if not _CHAIR_BEFORE.search(before):
        return False
    return bool(_SCHEDULING.match(text, end) or _AGENDA_CHANGE.match(text, end))
