"""Names broken over a page turn in a list: "Åsa" at the foot of one page, "Lindström (S)" at the top of
the next, maybe under the next page's header ("Kommunstyrelsen 2026-11-20") that cleaning kept.

A first name alone on a list's last line and a lone surname with its party opening the next page read as
no name at all: the first name is moved down in front of the surname. The cues: the line before the first
name is a list line with a party bracket, a blank line (where the page turned) stands between the two, at
most one line without a party (a page header) with it, and the first name is a known one.
"""

from __future__ import annotations

import re

from indexer.entities.names import TOKEN, is_first_name, is_stop_token

#: A list line with a party bracket, a line that is a first name alone (a Word file's blank line between),
#: a gap with a blank line and at most one other line, then a lone surname and its party.
_TURN = re.compile(
    rf"(?<=\))[^\n]*\n(?:[ \t]*\n)?[ \t]*(?P<first>{TOKEN})[ \t]*\n"
    r"(?P<gap>(?:[ \t]*\n)+(?:[^\n()]{1,80}\n(?:[ \t]*\n)*)?|(?:[^\n()]{1,80}\n)(?:[ \t]*\n)+)"
    rf"[ \t]*(?P<last>{TOKEN})[ \t]*\((?P<party>[A-Za-zÅÄÖåäö]{{1,5}})\)"
)


def join_page_turns(text: str) -> str:
    """Same-length copy of `text` with a first name left at a page's foot moved in front of its surname at
    the next page's top (the first name's own line left empty)."""
    if "\n\n" not in text:
        return text
    out = []
    pos = 0
    for hit in _TURN.finditer(text):
        first, last = hit["first"], hit["last"]
        if not is_first_name(first) or is_first_name(last) or is_stop_token(last) or is_stop_token(first):
            continue
        # the first name's line ("Åsa" and its line break) gives its characters to "Åsa " before the surname
        rest = text[hit.end("first") : hit.start("last")]
        out += [text[pos : hit.start("first")], rest[1:], first, " "]
        pos = hit.start("last")
    out.append(text[pos:])
    return "".join(out)
