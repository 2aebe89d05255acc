"""Items under unnumbered markdown headings: "## Trygghetslarm", "## Övriga frågor".

Notes written in markdown often give each point a heading without a number. The
headings of the level used most (below a level-1 document title) are the items;
a heading that names a part of the cover (Närvarande, Deltagare, the document
type) is not. Only used when no numbered shape fits.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.seg_common import cut_closing, line_offsets, make_item
from indexer.types import Item

_MD_HEAD = re.compile(r"^(#{1,4})[ \t]+(\S.*?)[ \t#]*$")
_COVER = re.compile(
    r"^(?:närvarande|deltagare|ledamöter|ersättare|övriga närvarande|frånvarande|justering|underskrifter"
    r"|protokoll|kallelse|dagordning|föredragningslista|minnesanteckningar|mötesanteckningar|anteckningar)\b",
    re.IGNORECASE,
)


def split_md_headings(text: str, hint: str | None) -> list[Item]:
    """Items of unnumbered markdown headings, or [] when there are fewer than two."""
    lines = text.split("\n")
    heads = [(i, m) for i, ln in enumerate(lines) if (m := _MD_HEAD.match(ln))]
    levels = Counter(
        len(m.group(1)) for _, m in heads if len(m.group(1)) > 1 and not _COVER.match(m.group(2))
    )
    if not levels:
        return []
    level = levels.most_common(1)[0][0]
    # Any heading of this level or above ends an item; only those that are not cover parts start one.
    stops = [i for i, m in heads if len(m.group(1)) <= level]
    starts = [(i, m) for i, m in heads if len(m.group(1)) == level and not _COVER.match(m.group(2))]
    if len(starts) < 2:
        return []
    offs = line_offsets(text)
    items = []
    for k, (i, m) in enumerate(starts):
        end = next((s for s in stops if s > i), len(lines))
        body = "\n".join(lines[i + 1 : end])
        if k == len(starts) - 1:
            body = cut_closing(body)
        items.append(make_item(None, m.group(2), body, offs[i], hint))
    return items
