"""The signers of a matter put to a body (a motion, a medborgarförslag, an interpellation, a fråga): they
raised it.

Such a document is one text, no meeting (`indexer.meta.matters`): its proposal ("yrkar vi att …", "att …")
or its questions end its prose, and the names under them are its authors ("Helena Sjöberg (KD)" over
"ledamot i kommunfullmäktige"). A person named above — the chair an interpellation is put to, a
minister cited in the text — asked or was cited, and raised nothing.
"""

from __future__ import annotations

import re

from indexer.entities.finder import NameFinder
from indexer.types import Action, Extraction

__all__ = ["add_signers"]

#: A line of the matter's prose: a sentence, a proposal's "att …" clause, or a line too long for a
#: signature block (a name, a party, a role, a place and date).
_PROSE = re.compile(r"[.?!:;]\s*$|^\s*(?:att|\d{1,2}[.)])\s")
_LONGEST_SIGNATURE_LINE = 9  # words: two names with their parties side by side, or a role


def add_signers(ex: Extraction, finder: NameFinder) -> None:
    """Mark the persons named after the last line of a matter's prose as raising it (on its one item)."""
    if ex.meta.doc_type != "motion" or len(ex.items) != 1 or ex.items[0].number is not None:
        return
    item = ex.items[0]
    text = item.text
    end = 0
    at = 0
    for ln in text.split("\n"):
        if _PROSE.search(ln) or len(ln.split()) > _LONGEST_SIGNATURE_LINE:
            end = at + len(ln)
        at += len(ln) + 1
    have = {(a.person, a.kind) for a in item.actions}
    for s, _e, p in finder.find(text):
        if s >= end and (p.name, "raised") not in have:
            item.actions.append(Action(p.name, "raised", evidence=text[s:_e]))
            have.add((p.name, "raised"))
