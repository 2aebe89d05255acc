"""The author of an item's matter named by that role: "Förslagsställaren är närvarande och presenterar
förslaget", "Motionären redogör för motionen", "Interpellanten tackar för svaret".

An item about a medborgarförslag, a motion or an interpellation names its author once (in its title or
its first sentence) and then often by role only. The role word in the definite form, without a name after
it, is that author when the item names exactly one (the plural, "Motionärerna", each of them); a role
word followed by a name ("Motionären Anna Ek (V)") is read as that name (`indexer.entities.actions`).
"""

from __future__ import annotations

import re

from indexer.entities.action_groups import Mention
from indexer.types import Person

#: The role in the definite form, not followed by a name, a party or a label's colon.
_ROLE = re.compile(
    r"(?<![\wåäö])(?:(?P<one>[Ff]örslagsställaren|[Mm]otionären|[Ii]nterpellanten|[Ff]rågeställaren)"
    r"|(?P<many>[Ff]örslagsställarna|[Mm]otionärerna|[Ii]nterpellanterna))(?![\wåäö])"
    r"(?![ \t]*[:(])(?![ \t\n]+[A-ZÅÄÖ][a-zåäöé])"
)


def author_mentions(text: str, authors: list[Person], taken: list[Mention]) -> list[Mention]:
    """The role words of `text` naming the item's `authors` (one mention per author), except where a
    mention in `taken` already covers the word."""
    if not authors or ("llare" not in text and "tionär" not in text and "nterpellant" not in text):
        return []
    out: list[Mention] = []
    for m in _ROLE.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in taken):
            continue
        if m.group("one") and len(authors) == 1:
            out.append(Mention(m.start(), m.end(), authors[0]))
        elif m.group("many") and len(authors) > 1:
            out += [Mention(m.start(), m.end(), a) for a in authors]
    return out
