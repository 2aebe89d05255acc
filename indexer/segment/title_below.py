"""A title on the § line or under it: the lines it wraps onto, and the case numbers printed among them.

A title on the § line ("§ 16  Motion från … om avgiftsfri sommarlovsverksamhet") wraps onto the next
line ("för barn och unga") and the body follows without a blank line in a PDF; a § line that holds only
numbers ("KS § 213  Dnr 26/15  sid 2") has its title under it. Page numbers and header cells read in
between are skipped; a "Dnr …" line, a section word or a list line ends the title. A title goes on
beside a "Dnr …" cell of a narrow left column and past a second case number at the right margin
between its lines, where it broke inside a phrase, and past one blank line where OCR or a text layout
parted its lines.
"""

from __future__ import annotations

import re

from indexer.segment.common import SECTION, continues_title, ends_open, join_lines
from indexer.segment.dnr import Dnr, is_ministry
from indexer.segment.head_lines import HEAD, LIST_LINE, MD_MARK, TOC_LINE, ends_sentence, is_header_line
from indexer.segment.title_body import body_starts, is_list, last_line_before_section, wraps
from indexer.segment.title_dnr import column_dnr, dnr_run, labelled_below, left_dnr, own_dnr
from indexer.segment.title_ends import without_open_number

__all__ = ["title_block"]

_MAX_TITLE_LINES = 7  # a narrow heading column wraps a long title over six lines


def _next_lines(lines: list[str], j: int) -> tuple[int, str]:
    """The next line from j that can hold title words (page numbers skipped), as (index, text)."""
    while j < len(lines) and is_header_line(lines[j].strip()):
        j += 1
    return j, MD_MARK.sub("", lines[j].strip()) if j < len(lines) else ""


def _wrapped(
    lines: list[str], i: int, rest: str, width: int | None, hint: str | None, stop: re.Pattern[str]
) -> tuple[list[int], str, list[Dnr]]:
    """A title printed on the § line at i, with the lines it wraps onto, and a "Dnr" line under it."""
    idx, parts, shown, dnr = [i], [rest], lines[i].strip(), []
    j, ln = _next_lines(lines, i + 1)
    if not ln and (
        _goes_on_past_blank(lines, j, rest.strip(), hint)
        or _hanging_line(lines, j, _title_column(lines[i], rest))
    ):
        j, ln = _next_lines(lines, j + 1)  # "§ 91⇥Detaljplan för Duveds centrum," / "" / "antagande"
    while ln and len(idx) < _MAX_TITLE_LINES and not ends_sentence(parts[-1]):
        text, found = left_dnr(ln, parts[-1], width, shown, hint)
        if found:  # "Dnr UN 2026/388<gap>ändrade kursplaner i slöjd": number left, the title goes on right
            idx.append(j)
            parts.append(text)
            dnr += found
            shown = text
            j, ln = _next_lines(lines, j + 1)
            continue
        numbers = own_dnr(ln, hint)
        if (
            numbers
            and ends_open(parts[-1])
            and not HEAD.match(ln)
            and _next_lines(lines, j + 1)[1][:1].islower()
        ):
            # "… Österbybruk –" / "BUN-2026-00141" / "beslut om inriktning": a number in the margin column,
            # printed between the title's lines; a body under it starts with a capital and ends the title
            dnr += numbers
            j, ln = _next_lines(lines, j + 1)
            continue
        if numbers and (cut := without_open_number(parts[-1], ln)) is not None:
            parts[-1] = cut  # "… (SBN" / "2026-000098, KS 2026/155)": the bracket is the numbers', no title's
        if SECTION.match(ln) or stop.match(ln) or is_list(lines, j, ln) or numbers:
            break
        text, found = column_dnr(ln, hint)
        # The § line's length counts for the width: a case number at its right margin narrows the title.
        if not continues_title(parts[-1], text, width, shown=shown) or body_starts(lines, j, parts[-1]):
            break
        idx.append(j)
        parts.append(text)
        dnr += found
        shown = ln
        j, ln = _next_lines(lines, j + 1)
    if ln and wraps(idx, parts[-1]) and last_line_before_section(lines, j, ln, parts[-1], hint):
        idx.append(j)
        parts.append(ln)
        j, ln = _next_lines(lines, j + 1)
    below = next((k for k in range(j, min(j + 3, len(lines))) if lines[k].strip()), None)
    if below is not None:  # "§ 14 Budgetuppföljning" / "Dnr: KS/2026:31"
        dnr += dnr_run(lines, below, hint, stop)
    if not dnr:
        dnr = labelled_below(lines, j, hint, stop)
    return idx, join_lines(parts), dnr


def title_block(
    lines: list[str],
    i: int,
    rest: str,
    width: int | None = None,
    hint: str | None = None,
    stop: re.Pattern[str] = HEAD,
) -> tuple[list[int], str, list[Dnr]]:
    """Title lines at or after the heading at line i (`rest`: the heading line after its number); also
    the case numbers found there.

    `width` is the document's line width (`seg_common.text_width`): without a blank
    line under it, a title only goes on where it wraps (`seg_common.continues_title`).
    `hint` is the series of bare case numbers ("Dnr 2024-000123"). A case number on a
    line of its own, above or under the title, is the item's and not part of the title. `stop` matches
    the next heading ("§ 17 …", or a labelled heading "Ärende 4 …" for `indexer.segment.labels`).
    """
    if re.search(r"[A-Za-zÅÄÖåäö]{3}", rest):  # "§ 16 Taxa för …", perhaps wrapped, "Dnr …" under it
        return _wrapped(lines, i, rest, width, hint, stop)
    dnr: list[Dnr] = []
    idx: list[int] = []
    parts: list[str] = []
    j, blanks = i + 1, 0
    while j < len(lines) and len(idx) < _MAX_TITLE_LINES:
        raw = lines[j].strip()
        if not raw or is_header_line(raw):
            if idx and not raw and not _goes_on_past_blank(lines, j, parts[-1], hint):
                break
            blanks += not raw
            if blanks > 2:
                break
            j += 1
            continue
        ln = MD_MARK.sub("", raw)
        if not idx and is_header_line(ln):
            j += 1  # the page header's "Sammanträdesdatum" / "2026-09-22" read in between § and title
            continue
        found = own_dnr(ln, hint)
        if idx and found and all(is_ministry(d.key) for d in found):
            parts.append(ln)  # "(KN2023/03476)" under a remiss title: the remiss it answers, a title word
            idx.append(j)
            break
        if found:  # "Dnr KS-2025-00171" or "2026.016 KS" on its own line, under "§ 86" or under the title
            if idx:
                dnr += dnr_run(lines, j, hint, stop)
                break
            dnr += found
            j += 1
            continue
        if SECTION.match(ln) or HEAD.match(ln) or stop.match(ln) or (not idx and LIST_LINE.match(ln)):
            break
        text, found = column_dnr(ln, hint)
        if idx and (not continues_title(parts[-1], text, width) or body_starts(lines, j, parts[-1])):
            if wraps(idx, parts[-1]) and last_line_before_section(lines, j, ln, parts[-1], hint):
                idx.append(j)
                parts.append(ln)
                j += 1
            break
        idx.append(j)
        parts.append(text)
        dnr += found
        if TOC_LINE.search(ln) or ends_sentence(ln):  # a title ends with its (rare) period
            break
        j += 1
    if idx and not dnr:
        dnr = labelled_below(lines, j, hint, stop)
    # A heading's full stop goes, an abbreviation's ("m.fl.") stays.
    return idx, re.sub(r"(?<=[a-zåäö]{4})\.$", "", join_lines(parts)), dnr


def _goes_on_past_blank(lines: list[str], j: int, prev: str, hint: str | None = None) -> bool:
    """A title line that breaks inside a phrase with a comma ("Försäljning av del av fastigheten
    Åmmeberg 2:41,"), one blank line (j) and a line in lower case that ends no sentence: OCR parts a
    heading's lines as paragraphs where their spacing differs, the title goes on there. So it does
    after any title line where that lower-case line has the heading's case number right under it
    ("… till kommunstyrelsens" / "ordförande om bredband" / "Dnr KS 2026/311"): a body's sentence
    has no case number of its own line under it."""
    if j + 1 >= len(lines) or lines[j].strip():
        return False
    nxt = lines[j + 1].strip()
    if not nxt[:1].islower() or ends_sentence(nxt) or len(nxt.split()) > 12:
        return False
    under = MD_MARK.sub("", lines[j + 2].strip()) if j + 2 < len(lines) else ""
    return prev.endswith(",") or bool(under and own_dnr(under, hint))


#: A title's column in a text layout stands at least this far in: the § number's column is left of it.
_MIN_HANGING = 4


def _title_column(line: str, rest: str) -> int | None:
    """Where the title starts on its § line in a text layout ("§ 203⏵⏵⏵⏵Motion från …"), or None when
    the line is no such layout (tabs, or the title right after the number)."""
    head = rest.strip()[:12]
    at = line.find(head) if head else -1
    if "\t" in line or at < _MIN_HANGING or not re.search(r"\S[ ]{3,}$", line[:at]):
        return None
    return at


def _hanging_line(lines: list[str], j: int, column: int | None) -> bool:
    """A text layout's title wrapped under itself past a blank line (j): the § number in a column of its
    own, the title's next line set exactly at the title's column ("§ 203⏵⏵Motion från Tomas Lund (V) om
    fria⏵⏵KS/2025:402" / "" / "⏵⏵⏵⏵⏵⏵⏵⏵mensskydd i skolan"), a few words that end no sentence, and the
    body after it back at the margin (or a heading)."""
    if column is None or j + 1 >= len(lines) or lines[j].strip():
        return False
    nxt = lines[j + 1]
    text = nxt.strip()
    if not text or len(nxt) - len(nxt.lstrip(" ")) != column or ends_sentence(text) or len(text.split()) > 8:
        return False
    after = lines[j + 2] if j + 2 < len(lines) else ""
    return not after.strip() or not after[:1].isspace()
