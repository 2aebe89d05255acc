"""Items under unnumbered headings: "## Trygghetslarm", a bold line "**Övriga frågor**", or a line in
capitals "ÖVRIGA FRÅGOR" over its text.

Notes written in markdown (or converted from Word) often give each point a
heading without a number. The markdown headings of the level used most (below
a level-1 document title) are the items; without them, lines that are only bold
text are. A heading that names a part of the cover (Närvarande, Deltagare, the
document type) or a section inside an item (Beslut, Bakgrund) is not an item,
and neither is a bold line on the cover, above its last "Datum:"/"Plats:" line.
Only used when no numbered shape fits. Lines a PDF sets wholly in bold (`SourceText.bold`) are such
bold lines too. None prints a number, so the points are numbered by their order, as the rows of a
föredragningslista whose number column is empty are. Without markdown or bold headings, lines set in
capitals after a blank line, over running text, are the points' headings (notes typed as plain text).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from indexer.meta.dates import CLOCK, parse_swedish_date
from indexer.segment.attendance_groups import is_attendance_group
from indexer.segment.common import SECTION, cut_closing, is_closing_label, line_offsets, make_item
from indexer.types import Item

_MD_HEAD = re.compile(r"^(#{1,4})[ \t]+(\S.*?)[ \t#]*$")
_BOLD_LINE = re.compile(r"^[ \t]*(?:\*\*|__)([^*_]{2,80}?)(?:\*\*|__)[ \t]*:?[ \t]*$")
_COVER = re.compile(
    r"^(?:närvarande|deltagare|ledamöter|ersättare|övriga närvarande|frånvarande|justering|underskrifter"
    r"|protokoll|kallelse|dagordning|föredragningslista|minnesanteckningar|mötesanteckningar|anteckningar)\b",
    re.IGNORECASE,
)
_COVER_LABEL = re.compile(
    r"^\W*(?:datum|tid|plats|närvarande|deltagare|ordförande|sekreterare|antecknare|justerare)\W*:", re.I
)
#: A cover's label set bold on a line of its own, no colon: "Plats och tid", "Datum", "Ordförande".
_COVER_WHOLE = re.compile(
    r"(?i)^(?:plats och tid|tid och plats|datum och tid|plats|tid|datum|lokal|mötesdatum|sammanträdesdatum"
    r"|ordförande|sekreterare|justerare|antecknare)\s*:?$"
)
#: The document's own title line: "Minnesanteckningar 2026-11-20", "Mötesanteckningar – …", "PROTOKOLL".
_TITLE_LINE = re.compile(
    r"(?i)^[#*_\s]*(?:(?:minnes|mötes)?anteckningar|(?:sammanträdes)?protokoll|kallelse)\b"
)


def _markdown_heads(lines: list[str]) -> tuple[list[int], list[tuple[int, str]]]:
    """(lines that end an item, (line, title) of the items' headings) for '#' headings."""
    heads = [(i, len(m.group(1)), m.group(2)) for i, ln in enumerate(lines) if (m := _MD_HEAD.match(ln))]
    levels = Counter(lv for _, lv, t in heads if lv > 1 and not _COVER.match(t))
    if not levels:
        return [], []
    level = levels.most_common(1)[0][0]
    # Any heading of this level or above ends an item; only those that are not cover parts start one.
    stops = [i for i, lv, _ in heads if lv <= level]
    return stops, [(i, t) for i, lv, t in heads if lv == level and not _COVER.match(t)]


def _bold_heads(lines: list[str], bold: Sequence[str] = ()) -> list[tuple[int, str]]:
    """(line, title) of bold-only lines below the cover that are not section or cover words: marked
    "**…**", or among the lines the file sets in bold (`bold`, a PDF's)."""
    # the cover ends at its last label ("Plats:") or at the document's title when a line above it names
    # the body ("Regionala pensionärsrådet" / "Minnesanteckningar 2026-11-20"): neither is a point
    cover_end = max(
        (i for i, ln in enumerate(lines[:25]) if _COVER_LABEL.match(ln) or _TITLE_LINE.match(ln)), default=-1
    )
    in_bold = {" ".join(b.replace("\u00ad", "").split()) for b in bold}
    out = []
    for i, ln in enumerate(lines):
        m = _BOLD_LINE.match(ln)
        plain = _PLAIN_HEAD.match(ln) if not m and " ".join(ln.split()) in in_bold else None
        if plain and plain["kind"] and (SECTION.match(plain["kind"]) or _COVER_LABEL.match(ln.strip())):
            plain = None  # "Beslut: Nämnden …", "Plats: Kommunhuset": a section's or the cover's label
        head = m.group(1).strip() if m else ln.strip() if plain else ""
        cover = _COVER.match(head) or _COVER_WHOLE.match(head)
        if head and i > cover_end and not SECTION.match(head) and not cover:
            out.append((i, head))
    return out


#: A line set in bold that can head a point: a few words, no label ("Datum:"), no § or number first,
#: no sentence (a full stop at its end).
_PLAIN_HEAD = re.compile(
    r"^[ \t]*(?![§\d])[A-ZÅÄÖ][^\t:]{1,118}(?<![.:;,])[ \t]*$"
    # or a kind of point and its subject: "Rapport: Barns och ungas hälsa", "Information: Nytt avtal"
    r"|^[ \t]*(?P<kind>[A-ZÅÄÖ][a-zåäö]{2,20}):[ ]+[A-ZÅÄÖ][^\t:]{1,100}(?<![.:;,])[ \t]*$"
)


#: A heading set in capitals: letters (and the odd digit, dash or comma), a word of four letters or more,
#: no cell gap (a letterhead "NORA KOMMUN      2026-11-19"), no full stop at its end.
_CAPITALS = re.compile(
    r"^[ \t]*(?=[^\t]*[A-ZÅÄÖ]{4})(?![§\d])([A-ZÅÄÖÉÜ0-9][A-ZÅÄÖÉÜ0-9 ,&/()–-]{2,78}?)(?<![.,:;])[ \t]*$"
)


def _capital_heads(lines: list[str]) -> list[tuple[int, str]]:
    """(line, title) of headings set in capitals ("MÖTETS ÖPPNANDE", "FÄRDTJÄNST OCH SJUKRESOR"): a
    capital line after a blank line (or the text's start) over a line of running text (not capitals),
    not a cover or section word ("NÄRVARANDE", "BESLUT"), nor the document's kind ("MINNESANTECKNINGAR")."""
    out = []
    for i, ln in enumerate(lines):
        m = _CAPITALS.match(ln)
        if not m or "   " in m.group(1) or (i and lines[i - 1].strip()):
            continue
        head = m.group(1).strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not nxt or nxt.upper() == nxt or SECTION.match(head) or _COVER.match(head):
            continue
        out.append((i, head))
    return out


#: A clock time: "kl. 10.00", "kl 13:30", "10.00–12.00".
_TIME = re.compile(rf"(?i)\bkl\.?\s*{CLOCK}|\b{CLOCK}[ \t]*[–-][ \t]*{CLOCK}")


def _without_cover(lines: list[str], starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The points' headings without the cover's lines set as they are, before the first point: a group
    of the attendance list ("Från förvaltningen" over names, `attendance_groups`), the meeting's date or
    time ("Torsdag 20 november 2026, kl. 10.00–12.00", "Kommunhuset, den 20 november 2026"). A point after
    the first that lists names ("Nya ledamöter") or is dated ("Nästa möte 12 februari") stays a point."""
    k = 0
    while k < len(starts):
        line, title = starts[k]
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        dated = parse_swedish_date(title) or _TIME.search(title)
        if not (dated or is_attendance_group(lines[line + 1 : end])):
            break
        k += 1
    return starts[k:]


def _points(lines: list[str], bold: Sequence[str]) -> tuple[list[int], list[tuple[int, str]]]:
    """(lines that end a point, the points' headings): markdown headings, else bold lines, else lines in
    capitals, the cover's and the signature's heads set aside. Markdown headings that are all cover and
    signature (a portal's "## Närvarande" / "## Justeras" around points set as bold paragraphs) head no
    point, but still end one ("## Justeras" ends the last). Capitals only where neither kind is there."""
    md_stops, md_starts = _markdown_heads(lines)
    stops, starts = _settle(lines, md_stops, md_starts)
    if len(starts) >= 2:
        return stops, starts
    bold_starts = _bold_heads(lines, bold)
    if len(bold_starts) >= 2:
        marked = [i for i, ln in enumerate(lines) if _MD_HEAD.match(ln)]
        return _settle(lines, [*(i for i, _ in bold_starts), *marked], bold_starts)
    if len(md_starts) >= 2:
        return stops, starts  # markdown headings, all the cover's: no points
    caps = _capital_heads(lines)
    return _settle(lines, [i for i, _ in caps], caps)


def _settle(
    lines: list[str], stops: list[int], starts: list[tuple[int, str]]
) -> tuple[list[int], list[tuple[int, str]]]:
    """The heads without the cover's (`_without_cover`) and a last "Justeras", which ends the last point."""
    starts = _without_cover(lines, starts)
    stops = list(stops)
    while starts and is_closing_label(starts[-1][1]):
        # "Justeras" over the signatures, set as the points' headings are: it ends the last point
        stops.append(starts.pop()[0])
    return sorted(stops), starts


def split_md_headings(text: str, hint: str | None, bold: Sequence[str] = ()) -> list[Item]:
    """Items of unnumbered headings (numbered by their order), or [] when there are fewer than two."""
    lines = text.split("\n")
    stops, starts = _points(lines, bold)
    if len(starts) < 2:
        return []
    # No point prints a number: each is numbered by its order, as the rows of a föredragningslista whose
    # number column is empty are (GOLD_FORMAT's convention), so actions and links can name the point.
    offs = line_offsets(text)
    items = []
    for k, (i, title) in enumerate(starts):
        end = next((s for s in stops if s > i), len(lines))
        body = "\n".join(lines[i + 1 : end])
        if k == len(starts) - 1:
            body = cut_closing(body)
        items.append(make_item(str(k + 1), title, body, offs[i], hint))
    return items
