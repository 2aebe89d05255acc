"""What the vote tests share: a council's attendance list and the votes read from a snippet after it."""

from __future__ import annotations

from indexer.entities.people import NameFinder, find_persons
from indexer.entities.votes import find_votes

#: The attendance list every snippet is read after: its people are the document's people.
MEMBERS = (
    "Beslutande\nAnna Ek (S), ordförande\nBo Berg (M)\nCecilia Holm (M)\nDavid Lind (SD)\nEva Ros (V)\n"
    "Fredrik Nord (C)\n\n"
)


def votes_of(body: str) -> list[tuple[str, str, int]]:
    """(person, vote, round) of each vote printed in `body`, read after `MEMBERS`."""
    finder = NameFinder(find_persons(MEMBERS + body))
    return [(v.person, v.vote, v.round) for v in find_votes(body, finder)]
