"""Side headings: a paragraph's number, title and case number in a narrow column left of its text.

Some protocols set each paragraph in two columns: "§ 31", the title wrapped over several short lines
and the case number in a narrow column at the left, the text in a wide column to the right. Read row
by row, the two columns interleave ("Näringslivsstrategi⇥näringslivsstrategi. Strategin har …",
"för Vänersborgs⇥företagarföreningar i …"), and neither the title nor the text survives. Here such a
block is found from its geometry and given back in reading order: the § number, the left column's
lines (title, case number), then the right column's lines, each as a row of its own.

The cue is shared by every kommun that prints this way, not one template: a row whose first cell is a
§ number (alone, or with the title's first words) in a column narrower than 45% of the text, and, under
it, short cells that stay left of where the text column starts, each within a few line heights of the
one above. A line crossing the column edge (text at full width again), the next § row, or a gap ends
the block; so a page footer or a form whose labels stand in a narrow column is left as it is.
"""

from __future__ import annotations

import re

from indexer.read.pdf_rows import Row, Run, cell_text

__all__ = ["side_headings"]

_PARAGRAPH = re.compile(r"(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}\s+)?§\s*\d{1,4}\.?")
#: A section word that heads a paragraph's text ("Beslut", "Sammanfattning"), never a title's line.
_SECTION_WORD = re.compile(
    r"(?i)(?:beslut|beslutsunderlag|beslutsgång|sammanfattning(?: av ärendet)?|ärendet(?: i korthet)?"
    r"|ärendebeskrivning|beskrivning av ärendet|bakgrund|yrkanden?|förslag till beslut|reservation(?:er)?"
    r"|protokollsanteckning(?:ar)?|propositionsordning|omröstning(?:sresultat)?|underlag|bedömning|motivering"
    r"|beslutsförslag|föredragande|jäv|expediering|(?:beslutet\s+)?(?:skickas|expedieras)\s+till)\s*:?"
)
_NARROW = 0.45  # the heading column's share of the text width, at most
_NEAR = 3.0  # a left cell within this many row heights of the one above belongs to the column
_EDGE = 2.0  # points of slack at the column edge


def _text(row: Row) -> str:
    return " ".join(cell_text(c, row.size) for c in _cells(row)).strip()


def _cells(row: Row) -> list[list[Run]]:
    return row.cells(gap=1.5 * row.size)


def _split_at(row: Row, span: tuple[float, float]) -> float | None:
    """Where the text column starts, when `row` is "§ 31⇥<text>" with the § alone in a narrow column."""
    cells = _cells(row)
    if len(cells) < 2 or not _PARAGRAPH.match(cell_text(cells[0], row.size)):
        return None  # "§ 31" alone, or "§ 31 Strategi för" with the title begun beside the number
    split = cells[1][0].left
    return split if split - span[0] < _NARROW * (span[1] - span[0]) else None


def _block(rows: list[Row], at: int, split: float) -> tuple[list[Row], list[Row], int]:
    """The left column's cells and the right column's rows under the § row at `at`, and where the
    block ends (the row after the left column's last line)."""
    left: list[Row] = []
    right: list[tuple[int, Row]] = []
    last, end = rows[at], at + 1
    for k in range(at + 1, len(rows)):
        row = rows[k]
        cells = _cells(row)
        if any(c[0].left < split - _EDGE < c[-1].right for c in cells):
            break  # a line at full width again
        if _PARAGRAPH.match(cell_text(cells[0], row.size)) or k - end >= 2:
            break  # the next paragraph, or the left column ended two rows ago
        lefts = [c for c in cells if c[-1].right < split - _EDGE]
        if lefts and last.bottom - row.top > _NEAR * row.size:
            break  # far below the column's last line: a footer, not the heading
        if lefts:
            left += [Row(c, max(r.top for r in c), min(r.bottom for r in c)) for c in lefts]
            last, end = row, k + 1
        rest = [r for c in cells if c[-1].right >= split - _EDGE for r in c]
        if rest:
            right.append((k, Row(rest, row.top, row.bottom)))
    return left, [r for k, r in right if k < end], end


def _labels_only(left: list[Row]) -> bool:
    """Whether the left column's lines are section words only ("Beslut", "Ärendebeskrivning"), a word
    broken over two lines at its hyphen ("Omröstnings-" / "resultat") as well."""
    texts = [_text(r) for r in left]
    k = 0
    while k < len(texts):
        word = texts[k]
        if word.endswith("-") and k + 1 < len(texts) and not _SECTION_WORD.fullmatch(word):
            word, k = word[:-1] + texts[k + 1], k + 1
        if not _SECTION_WORD.fullmatch(word):
            return False
        k += 1
    return True


def side_headings(rows: list[Row], span: tuple[float, float]) -> list[Row]:
    """The page's rows with every side-heading block in reading order (see the module docstring).

    Args:
        rows: The page's rows, top to bottom.
        span: The left and right edges of the page's text.

    Returns:
        The rows: a block's § number, its left column's lines, then its text column's lines.
    """
    out: list[Row] = []
    i = 0
    while i < len(rows):
        split = _split_at(rows[i], span)
        left, right, end = _block(rows, i, split) if split is not None else ([], [], i + 1)
        # A left column of section words only is no block of a title and its case number: the words are
        # margin labels, each beside the text it heads ("SBN § 84⇥Godkännande av dagordning" / "Beslut⇥
        # Dagordningen godkänns." / "Ärendebeskrivning⇥…"), or a word over text at full width ("§ 84⇥Val
        # av justerare" / "Beslut" / "Nämnden utser …"). Read row by row, each stays beside its text.
        if split is None or not left or _labels_only(left):
            out.append(rows[i])
            i += 1
            continue
        head = rows[i]
        number = [r for r in head.runs if r.right < split - _EDGE]
        text = [r for r in head.runs if r.right >= split - _EDGE]
        out += [Row(number, head.top, head.bottom), *left, Row(text, head.top, head.bottom), *right]
        i = end
    return out
