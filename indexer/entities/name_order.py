"""The order an attendance list prints its names in, told by the document itself.

A list may print "Efternamn Förnamn (P)" without a comma ("Karimi Hassan (S), ordförande", "Lund Sara,
nämndsekreterare"): no list of first names tells the order where neither word is a known first name, or
both are. The items print the same people in normal order ("Hassan Karimi (S) yrkar", "Förvaltningschef
Sara Lund informerar"), as Swedish prose always does. Where two or more of the list's names are printed
reversed elsewhere in the document (or put in normal order by their known first name, see
`indexer.entities.inverted`; one printed reversed elsewhere at least), and more of them than are printed
there in the list's own order, the list prints surname first: each of its names printed reversed
elsewhere takes that form, so one person results, and the list's form is kept as a printed spelling
(found again where the head block prints it, "Justerare: Lindahl Ann-Sofie (M)"). Two people whose names
are each other's reversed ("Ali Hassan", "Hassan Ali") both in the list stay two.
"""

from __future__ import annotations

from indexer.entities.keys import person_key
from indexer.entities.names import Mention


def _rotations(name: str) -> list[str]:
    """The name's words turned round at every place: "Berg Ann Sofie" -> "Ann Sofie Berg", "Sofie Berg Ann"
    (the surname may be the first word or the first two)."""
    words = name.split()
    return [" ".join(words[k:] + words[:k]) for k in range(len(words) - 1, 0, -1)]


def normal_order(mentions: list[Mention]) -> list[Mention]:
    """The mentions with an attendance list's names put in normal order where the document shows the list
    prints them surname first (see the module docstring); `mentions` are changed in place."""
    spans = [(m.start, m.end) for m in mentions if m.listed]
    listed = {person_key(m.name): m.name for m in mentions if m.listed and 2 <= len(m.name.split()) <= 4}
    # every other reading of the list's lines is the list's too: elsewhere is outside them
    elsewhere = {person_key(m.name): m.name for m in mentions if not any(s <= m.start < e for s, e in spans)}
    turned: dict[str, str] = {}
    for key, name in listed.items():
        for other in _rotations(name):
            k = person_key(other)
            if k in elsewhere and k not in listed:
                turned[key] = elsewhere[k]
                break
    # names of the list the inverted readers already put in normal order ("Nilsson Pär" read as Pär
    # Nilsson by its known first name) show the list's order too: with them, one name printed reversed
    # elsewhere (the §'s "utser Ann-Sofie Lindahl (M) att justera", no signatures) is enough
    flipped = {
        person_key(m.name) for m in mentions if m.listed and m.printed and m.printed in _rotations(m.name)
    }
    kept = sum(1 for key in listed if key in elsewhere and key not in turned and key not in flipped)
    shown = len(turned) + len(flipped)
    if not turned or shown < 2 or shown <= kept:
        return mentions
    for m in mentions:
        normal = turned.get(person_key(m.name))
        if normal is not None:
            m.printed = m.printed or m.name
            m.name = normal
    return mentions
