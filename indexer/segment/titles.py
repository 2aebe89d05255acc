"""Where a § heading's title stands: on the § line, wrapped onto the lines under it, under the line, or
above it.

Swedish minutes print the title of a paragraph in one of four places, and a document keeps to one:
- on the § line ("§ 16  Motion från … om avgiftsfri sommarlovsverksamhet"), where a long title wraps
  onto the next line ("för barn och unga") and the body follows without a blank line in a PDF;
- under a § line that holds only numbers ("KS § 213  Dnr 26/15  sid 2" / "Information om …");
- above the § line ("Val av justerare" / "§ 78"; Gävle, Ale), the line under it being the body;
- around it, a two-line title centred on a number column ("Svar på motion om … genom" / "§ 99" /
  "inredning av vindar …").

Lines that are never title words are skipped or end the title: a page number the text layer put
between the § line and the title ("Sida 6 (8)"), a "Dnr …" line (its numbers are the item's), markdown
heading marks ("### Anmälningar"), a section word ("Beslut", "Ärendebeskrivning"), a list line ("– …").
Whether a title line goes on is decided by `indexer.segment.common.continues_title`. A title goes on
beside a "Dnr …" cell of a narrow left column ("Dnr UN 2026/388   ändrade kursplaner i slöjd") and past a
second case number at the right margin between its lines, where it broke inside a phrase.

This module weighs the places against each other for a § line printed alone (`TitlePlace`,
`place_title`); the readers of each place live beside it, one concern each: the lines at a heading
(`indexer.segment.head_lines`), a title on or under the § line (`.title_below`), whether a line under a
title is the body's (`.title_body`), a title above it (`.title_above`), and the case numbers printed
with a title (`.title_dnr`). The names other modules import from here stay importable here.
"""

from __future__ import annotations

from dataclasses import dataclass

from indexer.segment.common import continues_title, join_lines
from indexer.segment.dnr import Dnr
from indexer.segment.head_lines import HEAD, MD_MARK, TOC_LINE, head_number
from indexer.segment.title_above import block_above
from indexer.segment.title_below import title_block
from indexer.segment.title_dnr import DNR_ON_LINE, line_dnr, own_dnr, tail_dnr

__all__ = [
    "DNR_ON_LINE",
    "HEAD",
    "TOC_LINE",
    "TitlePlace",
    "above_style",
    "head_number",
    "line_dnr",
    "own_dnr",
    "place_title",
    "tail_dnr",
    "title_above_numbers",
    "title_block",
    "title_place",
]


def _full_stop(line: str) -> bool:
    """Ends with a full stop that is no abbreviation's with inner dots ("m.fl.", "bl.a.")."""
    return line.endswith(".") and "." not in line.rsplit(" ", 1)[-1][:-1]


@dataclass
class TitlePlace:
    """A § line printed without a title: the blocks above and under it that could be the title."""

    line: int
    below: list[int]  # title lines under the § line (`title_block`)
    below_title: str
    below_first: str  # the first line under the § line as printed (its full stop kept)
    above: list[int]  # a block above that reads as a title after a sentence or a heading
    above_loose: list[int]  # the same after any line

    @property
    def vote(self) -> int:
        """+1: this heading shows its title above; -1: under; 0: cannot tell."""
        first = self.below_first
        body_under = not self.below or (_full_stop(first) and len(first.split()) >= 6)
        if self.above and body_under:
            return 1
        return -1 if self.below and not self.above_loose else 0


def title_place(lines: list[str], i: int, idx: list[int], title: str) -> TitlePlace:
    """The candidate title blocks of the § line at i, whose title under it is `idx` / `title`."""
    first = lines[idx[0]].strip() if idx else ""
    return TitlePlace(i, idx, title, first, block_above(lines, i), block_above(lines, i, relaxed=True))


def above_style(places: list[TitlePlace]) -> bool:
    """Whether the document prints its titles above the § lines: most headings that show it say so."""
    votes = [p.vote for p in places]
    return votes.count(1) >= 2 and votes.count(1) > votes.count(-1)


def title_above_numbers(lines: list[str], i: int, hint: str | None) -> tuple[list[int], str, list[Dnr]]:
    """A title printed above the case-number lines that stand right above the § line at i ("Budget
    2027" / "Dnr KS 2026/5" / "§ 12"): (its lines, the title, the numbers), or ([], "", []). For a §
    line that found no title under or right above it."""
    k = i - 1
    while k >= max(0, i - 3) and not lines[k].strip():
        k -= 1
    dnr: list[Dnr] = []
    top = k + 1
    while k >= 0 and i - k <= 4 and (found := own_dnr(MD_MARK.sub("", lines[k].strip()), hint)):
        dnr = found + [d for d in dnr if d.key not in {x.key for x in found}]
        top = k
        k -= 1
    block = block_above(lines, top) if dnr else []
    return (block, join_lines([lines[b] for b in block]), dnr) if block else ([], "", [])


def place_title(lines: list[str], p: TitlePlace, above_first: bool) -> tuple[list[int], str]:
    """The title of a § line printed alone: above it, under it, or around it (see the module doc).

    "Svar på motion om … genom" / "§ 99" / "inredning av vindar …" (a number column centred on a
    two-line title) is one title around the line; "Budget 2025" / "§ 12" / "Kommunstyrelsen beslutar
    att …" has its title above and its body right under the line. In a document whose titles stand
    above (`above_first`), a block above after any line is the title.
    """
    above = p.above_loose if above_first else p.above
    idx, title = p.below, p.below_title
    if not above:
        return idx, title
    first = lines[idx[0]].strip() if idx else ""
    if first[:1].islower() and continues_title(lines[above[-1]].strip(), first, None):
        return above + idx, join_lines([lines[k] for k in above + idx])
    if above_first or not idx or (_full_stop(first) and len(first.split()) >= 6):
        return above, join_lines([lines[k] for k in above])
    return idx, title
