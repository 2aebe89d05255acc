"""Where a block under a heading ("Yrkanden", "Reservation") ends: at the next section of the item.

A protocol sets an item's parts under headings, and a block's actors are the names before the next one:
a section heading ("Beslut", "Beslutsgång", "Reservation"), the heading of the vote that follows the
yrkanden ("Proposition och votering", "Propositionsordning", "Votering", "Omröstning 1",
"Voteringslista § 43"), or a voteringslista's header row itself ("Ledamot  Ja  Nej  Avstår") where no
heading stands above it. The names and party rows of a list grouped by party ("Socialdemokraterna (S)"
over its members) are the vote's, not a yrkande's.
"""

from __future__ import annotations

import re

#: A heading word whose actors follow it: "Reservation\nX (S) ...", "Protokollsanteckning: X"
#: (`indexer.entities.action_blocks`); each ends the block before it.
HEADINGS = (
    r"Reservation(?:er)?|Protokollsanteckning(?:ar)?|Anteckning(?:ar)? till protokollet|Yrkanden?"
    r"|Särskil[dt]a? yttranden?"
)
#: What a written reservation's or note's heading may name after its word: the paragraph, maybe with the
#: body or the meeting before it ("Reservation § 45", "Reservation – KF § 33", "Reservation, KS § 12",
#: "Reservation till kommunfullmäktige § 33", "Protokollsanteckning SBN 2026-09-17 § 87 Budget").
FOR_PARAGRAPH = (
    r"[ \t]*[,–-]?[ \t]*(?:(?:till|för|avseende|i)[ \t]+)?"
    r"(?:(?:[A-ZÅÄÖ]{1,5}|[\wåäö\-]*(?:fullmäktige|styrelse|nämnd|utskott)[\wåäö]*|\d{4}-\d{2}-\d{2})"
    r"[ \t]*,?[ \t]*){0,3}§[ \t]*\d+[^\n]*"
)
#: The signatures that close a protocol or certify an extract ("Rätt utdraget intygar", "Utdragsbestyrkande",
#: "Justerare", "Sekreterare"): who signs there reserves and notes nothing of the block above.
_SIGNING = (
    r"Rätt utdraget (?:intygar|intygas|betygar|betygas|bestyrker|bestyrks)|Utdraget (?:bestyrks|intygas)"
    r"|Utdragsbestyrkande|Justerare|Justeras|Justerandes (?:sign|signatur)|Sekreterare|Underskrifter"
)
#: A vote's heading: "Proposition och votering", "Propositionsordning", "Votering", "Omröstning 1",
#: "Voteringslista § 43", "Omröstningsresultat".
_VOTE_HEADING = (
    r"(?:Proposition(?:er|sordning)?|Votering|Omröstning|Röstning)(?:slista|sresultat|sordning)?"
    r"(?:[ \t]+(?:och|samt)[ \t]+(?:votering|omröstning|beslut|beslutsgång|propositionsordning))?"
    r"(?:[ \t]*\(?[ \t]*(?:§[ \t]*)?\d{1,3}\)?)?"
)
#: A section heading (a written reservation's too: "Reservation – KF § 33"), or the line that sends the
#: decision on with its recipients after the label ("Beslutet skickas till: Ekonomiavdelningen"), or the
#: signatures closing a protocol or an extract ("Vid protokollet", "Rätt utdraget intygar"): the signers
#: there reserve nothing.
_SECTION_END = re.compile(
    r"^[ \t#]*\**(?:(?:Beslutsgång|Propositionsordning|Beslut|Sammanfattning|Beslutsunderlag"
    rf"|Expedieras|Beslutet skickas till|Vid protokollet|{_SIGNING}|{_VOTE_HEADING}|{HEADINGS})"
    r"\**[ \t]*:?\**[ \t]*$"
    rf"|(?:{HEADINGS}){FOR_PARAGRAPH}$"
    r"|(?:Expedieras(?: till)?|Beslutet (?:skickas|expedieras) till|Protokollsutdrag till)[ \t]*:)",
    re.MULTILINE,
)
#: Between a vote table's header cells: a tab, a bar, or two spaces or more (a text layout).
_GAP = r"(?:[ \t]*[\t|][ \t]*|[ ]{2,})"
#: A voteringslista's header row: a Ja and a Nej column, maybe an Avstår, among the row's cells.
_VOTE_HEADER = re.compile(
    rf"^[^\n]*?(?:^|{_GAP})Ja{_GAP}Nej(?:{_GAP}[^\n]*)?[ \t|]*$",
    re.MULTILINE | re.IGNORECASE,
)


def block_end(text: str, start: int) -> int:
    """Where the block starting at `start` ends: the next section heading or voteringslista header."""
    ends = [m.start() for m in (_SECTION_END.search(text, start), _VOTE_HEADER.search(text, start)) if m]
    return min(ends, default=len(text))
