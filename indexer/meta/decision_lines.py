"""Lines that name a body in a decision, not as the organ whose minutes they are.

A protocol's pages open and close on its decisions: "Arbetsutskottet beslutar", "Arbetsutskottet
föreslår kommunstyrelsen", "Kommunfullmäktige beslutar" in a nämnd's minutes, a heading over the
decision ("Kommunstyrelsens förslag till beslut", "Kommunfullmäktiges beslut"). Such a line stands at
the top or the foot of most pages as a running header does, and names a body, but in a sentence or a
heading over what it decided: the body's word is followed by a verb or by the noun of its decision. A
name of a body never is ("Kommunstyrelsens arbetsutskott", "Gemensamma nämnden för hjälpmedel",
"Socialnämnden i Hylte kommun").

A tjänsteskrivelse's "Förslag till beslut" opens on the body it is written to, as the one deciding
("Regionala utvecklingsnämnden beslutar", "Socialnämnden föreslås besluta"): `proposing_body`.
"""

from __future__ import annotations

import re

__all__ = ["is_decision_line", "proposing_body"]

# A body's word in any form: "nämnden", "Arbetsutskottet", "Kommunstyrelsens", "rådet".
_BODY = r"(?:nämnd|styrelse|fullmäktige|utskott|beredning|råd|presidi|direktion|grupp|kommitt)[a-zåäö]*"
# What follows a body in a sentence about its decision: a verb in the present ("beslutar", "föreslår",
# "yrkar", "godkänner", "tillstyrker", "väljer"), in the past ("beslöt", "beslutade", "föreslog"), an
# auxiliary ("har", "ska"), or the noun of its decision ("förslag", "beslut", "yttrande").
_VERB = (
    r"(?:[a-zåäö]+(?:ar|år)|beslöt|beslutade|föreslog|yrkade|godkänner|godkände|tillstyrker|avstyrker"
    r"|väljer|utser|ger|ställer|hemställer|informeras|ska|skall|kan|förslag|beslut|yttrande)"
)
# The verb in lower case: a name in capitals after a body is a place ("Kommunfullmäktige Östhammar").
_DECISION = re.compile(rf"\b(?i:[a-zåäö-]*{_BODY})\s+{_VERB}\b")


def is_decision_line(line: str) -> bool:
    """Whether `line` names a body in its decision rather than as the organ whose minutes these are.

    Args:
        line: A line of the document, as printed ("Arbetsutskottet föreslår kommunstyrelsen").

    Returns:
        True for a sentence or heading about a body's decision ("Nämnden beslutar",
        "Kommunstyrelsens förslag till beslut"); False for a body's name ("Socialnämndens arbetsutskott").
    """
    return bool(_DECISION.search(line))


_PROPOSAL_HEAD = re.compile(r"(?i)förslag till beslut\s*:?")
# The deciding body at the start of the proposal: "Regionala utvecklingsnämnden beslutar", "Kultur- och
# fritidsnämnden föreslås besluta"; a name of one to five words whose last is a body's word.
_DECIDES = re.compile(
    rf"(?P<body>[A-ZÅÄÖ][\w,-]*(?: (?:och )?[\w,-]+){{0,4}}?{_BODY})\s+(?:beslutar|föreslås(?:\s+besluta)?)\b"
)


def proposing_body(lines: list[str]) -> str | None:
    """The body a "Förslag till beslut" heading's first line names as deciding, as printed, or None.

    Args:
        lines: The document's first lines, stripped.

    Returns:
        "Regionala utvecklingsnämnden" for "Förslag till beslut" over "Regionala utvecklingsnämnden beslutar
        att …"; None where no such heading opens on a body.
    """
    for ln, nxt in zip(lines, [*lines[1:], ""], strict=False):
        if _PROPOSAL_HEAD.fullmatch(ln) and (m := _DECIDES.match(nxt)):
            return m["body"]
    return None
