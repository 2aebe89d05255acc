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
#: A vote's heading: "Proposition och votering", "Propositionsordning", "Votering", "Omröstning 1",
#: "Voteringslista § 43", "Omröstningsresultat".
_VOTE_HEADING = (
    r"(?:Proposition(?:er|sordning)?|Votering|Omröstning|Röstning)(?:slista|sresultat|sordning)?"
    r"(?:[ \t]+(?:och|samt)[ \t]+(?:votering|omröstning|beslut|beslutsgång|propositionsordning))?"
    r"(?:[ \t]*\(?[ \t]*(?:§[ \t]*)?\d{1,3}\)?)?"
)
_SECTION_END = re.compile(
    r"^[ \t#]*\**(?:Beslutsgång|Propositionsordning|Beslut|Sammanfattning|Beslutsunderlag"
    rf"|Expedieras|Beslutet skickas till|{_VOTE_HEADING}|{HEADINGS})\**[ \t]*:?\**[ \t]*$",
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
