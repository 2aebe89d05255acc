"""The decision of an item: the text under its "Beslut" heading (or a kallelse's "Förslag till beslut").

Swedish minutes print a paragraph's decision under a heading of its own line — "Beslut",
"Kommunstyrelsens beslut", "Nämndens beslut" — and a kallelse the proposal under "Förslag till
beslut (i kommunstyrelsen)". The decision runs until the next heading (Reservation, Sammanfattning
av ärendet, Beslutsunderlag, Yrkanden, Beslutsgång, ...) or a blank-line gap before one. Read-time
and heuristic: an item without such a heading has no decision here, never a guessed one.
"""

from __future__ import annotations

import re

#: A heading line that opens the decision (the whole line).
_DECISION = re.compile(
    r"(?im)^[ \t]*(?:(?:\w+s )?beslut|förslag till beslut(?: i [\wåäö ]+)?)[ \t]*:?[ \t]*$"
)
#: A heading line that ends it.
_NEXT = re.compile(
    r"(?im)^[ \t]*(?:reservation(?:er)?|protokollsanteckning(?:ar)?|sammanfattning(?: av ärendet)?|"
    r"beslutsunderlag|yrkanden?|beslutsgång|propositionsordning|ärendet|bakgrund|motivering|"
    r"särskilt yttrande|jäv|omröstning|expediera[st]? till|skickas till|beslutet skickas till)\b[^\n]{0,40}$"
)
MAX_CHARS = 600


def decision_text(text: str) -> str | None:
    """The decision printed in an item's text, whitespace joined, or None when it prints none."""
    m = _DECISION.search(text)
    if m is None:
        return None
    rest = text[m.end() :]
    end = _NEXT.search(rest)
    body = " ".join((rest[: end.start()] if end else rest).split())
    if not body:
        return None
    return body if len(body) <= MAX_CHARS else body[:MAX_CHARS].rsplit(" ", 1)[0] + " …"


def case_title(titles: list[tuple[str | None, str]]) -> str | None:
    """The title of an ärende from its items' (doc_type, title), oldest first: the newest protocol
    paragraph's title, else the newest item's."""
    if not titles:
        return None
    protocol = [t for d, t in titles if d == "protokoll"]
    return (protocol or [t for _, t in titles])[-1]
