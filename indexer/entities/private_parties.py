"""Names after the label of a private party in a case: not people of the meeting.

A bygglov or a föreläggande names the parties of the case by their role: "Kontrollansvarig: Lars Wede,
certifierad enligt …", "Sökande: Anna Berg", "Fastighetsägare: Bo Lund", "Byggherre: …". They do not take
part in the meeting nor act in it (eval/GOLD_FORMAT.md: applicants and property owners are no persons unless
they act), whereas an official's label ("Handläggare: Eva Nord") names someone who does. A name that acts
is found again where it acts ("Sökanden Anna Berg yttrar sig"), by the rule that reads that.
"""

from __future__ import annotations

import re

__all__ = ["after_private_label"]

#: The label right before a name, at a line's or a sentence's start: "Kontrollansvarig: ", "Sökande:".
_LABEL = re.compile(
    r"(?:^|(?<=[.\t\n])|(?<=[.] ))[ \t]*(?:[Kk]ontrollansvarig|[Ss]ökande|[Ff]astighetsägare|[Bb]yggherre"
    r"|[Kk]lagande|[Vv]erksamhetsutövare|[Tt]illståndshavare)[ \t]*:[ \t]*$"
)


def after_private_label(text: str, start: int) -> bool:
    """A name starting at `start` follows a private party's label on its line ("Sökande: Anna Berg")."""
    line = text.rfind("\n", 0, start) + 1
    return _LABEL.search(text[max(line, start - 60) : start]) is not None
