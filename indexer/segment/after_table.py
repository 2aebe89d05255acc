"""Points set as paragraphs after an agenda table: the table numbers the matters to decide, and a section
under it ("Information") lists the information points as headings, each with its presenter on the line
below ("Information om läget i räddningstjänsten" / "Föredragande: Räddningschef Stefan Kull").

Nothing numbers them; GOLD_FORMAT numbers points that print no number by their order, and such a point
follows the table's last row, so it goes on with the table's count (9 rows, then 10, 11, 12), as a row
without a number under the numbered ones does (`indexer.read.docx`).

A heading right under the table (after blank lines) is such a point where the line below it labels a
presenter or a case number ("Föredragande: …", "Dnr …"), or where it stands under a section heading
("Information", "Informationsärenden") and is set as a heading (bold, `SourceText.bold`, or "**…**").
The run of points ends at the first line that is neither a point nor a point's own line (a label, a
sentence, a bullet): the document's signature ("Ulrika Hedin" / "Ordförande") is no point's text. A
signature right under the table, before any point, closes the letter's first page, not its agenda:
information points may follow it on a page of their own, and are read there only under a section
heading ("Informationsärenden").

Under a section heading the points may be set other ways Word offers: a bullet or an item of a list
Word numbers ("• Information om …", "5. Information om …": the list's own number counts for nothing,
a list that starts again at 1 would name the table's rows twice), a row of a second table ("Information
om …⇥Elevhälsochef Sara Lund"), or a plain paragraph like the points above it whose presenter line is
left out. The presenter may stand in the title's line after a comma ("…, elevhälsochef Sara Lund") or
on the line under it ("Sara Lund, elevhälsochef, informerar"): the point's text, not its title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.read.agenda_table import NUM_HEAD, OTHER_HEAD, TITLE_HEAD
from indexer.segment.closing import SIGNER_NAME, is_signer_role, starts_closing
from indexer.segment.common import NAME_WORD, OFFICIAL_HEADS, SECTION, TITLE_AND_NAME, line_offsets, make_item
from indexer.segment.dnr import parse_dnr
from indexer.segment.marks import MARK
from indexer.segment.tables import GROUP_HEAD
from indexer.types import Item

__all__ = ["points_after_table"]

#: The heading of a section of unnumbered points: "Information", "Informationsärenden", "För kännedom".
_SECTION_HEAD = re.compile(
    r"(?i)^(?:övrig |aktuell )?(?:information|informationer|informationsärenden|informationspunkter"
    r"|rapporter)\s*:?$"
)
#: A point's title: a capital first, a few words, no label, no sentence's full stop, no exclamation.
_TITLE = re.compile(r"^(?![§\d])[A-ZÅÄÖ][^\t:]{2,148}(?<![.:;,!])$")
#: A line naming who presents the point or its case number: "Föredragande: …", "Dnr KS 2026/12".
_POINT_LABEL = re.compile(
    r"(?i)^(?:föredragande|föredragare|presentatör|ansvarig|handläggare|dnr|diarienr|diarienummer"
    r"|ärendenummer|ärendenr)\b[ \t]*:?[ \t]*\S"
)
#: A line of a point's own text: a label ("Tid: 10.30"), a sentence, a bullet.
_OWN_LINE = re.compile(rf"^(?:[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){{0,3}}\s*:\s*\S|{MARK}\s|.*[a-zåäö)]\.$)")
_BOLD_MARK = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)$|^#{1,6}[ \t]+(.+)$")
#: A web page's heading as the reader prints it ("## Informationsärenden"): its level.
_MD_LEVEL = re.compile(r"^(#{1,6})[ \t]+\S")
#: A label alone on its line, its value on the next ("Diarienummer" / "KS 2026/00013").
_LABEL_ALONE = re.compile(
    r"(?i)^(?:diarienummer|diarienr|dnr|ärendenummer|ärendenr|handlingar|bilagor)\s*:?$"
)
#: A list paragraph's marker as the reader prints it: a bullet, or the number Word counts ("5. ", "2) ").
_LIST_MARK = re.compile(rf"^(?:{MARK}|\d{{1,2}}[.)])[ \t]+(?=\S)")
#: A person's name: two to four capitalised words ("Sara Lund", "Eva-Lotta Pamp").
_NAME = rf"{NAME_WORD}(?: {NAME_WORD}){{1,3}}"
#: An official's title: "elevhälsochef", "biträdande förvaltningschef", "ekonom", or the chair.
_ROLE = rf"(?:[a-zåäö]+ )?[a-zåäö]*(?:{OFFICIAL_HEADS}|ordförande)"
#: A sentence naming who presents: a name, perhaps a party and a role, then the verb ("Sara Lund,
#: elevhälsochef, informerar", "Per Ek (S) föredrar"). The verb is required, the role is not; the other
#: shape, a title and a name without a verb ("Chefläkare Sara Lund"), is `common.TITLE_AND_NAME`.
_PRESENTER_SENTENCE = re.compile(
    rf"^{_NAME}(?:\s*\([A-ZÅÄÖ]{{1,3}}\))?(?:\s*,\s*{_ROLE})?\s*,?\s*"
    r"(?:informerar|föredrar|redogör|presenterar|rapporterar|berättar)\b[^\t]*$"
)
#: A person on a line of their own ("Ulrika Hedin", "Anna Ek (S), ordförande", "Per Ek, skolchef"): a
#: signature, no point. Under a table the signer's role may follow the name after a comma, on its line.
_PERSON_LINE = re.compile(rf"^{SIGNER_NAME}(?:\s*,.*)?$")
#: The heading of information points alone (not "Övrig information", a kallelse's practical notes).
_INFO_HEAD = re.compile(r"(?i)^(?:information|informationsärenden|informationspunkter|rapporter)\s*:?$")
#: The presenter after the title in its line: "…, elevhälsochef Sara Lund", "…, Sara Lund (S)".
_TITLE_PRESENTER = re.compile(rf",\s*((?:{_ROLE}\s+)?{_NAME}(?:\s*\([A-ZÅÄÖ]{{1,3}}\))?(?:\s*,\s*{_ROLE})?)$")


def points_after_table(text: str, rows: list[Item], bold: Sequence[str], hint: str | None) -> list[Item]:
    """`rows` (an agenda table's items) and the unnumbered points set after the table, numbered on from
    its last row (see the module's doc); `rows` itself where none follows."""
    found = _after_last(text, rows, bold, section_first=False)
    if found is None:
        return rows
    points, _, offs = found
    return [*rows, *_numbered_on(rows, points, offs, hint)]


def points_after_list(text: str, items: list[Item], bold: Sequence[str], hint: str | None) -> list[Item]:
    """A kallelse's agenda set as a numbered list ("4. Skolskjuts, nya riktlinjer") and under its last
    point a section of unnumbered ones ("Information" / "Information om elevhälsan" / "Föredragande: …"):
    `items` and those points, numbered on from the list (as under a table), the last point's text ending
    where the section begins. Only under a section heading: the lines under a list's last point are its
    own text otherwise."""
    found = _after_last(text, items, bold, section_first=True)
    if found is None:
        return items
    points, section_at, offs = found
    last = items[-1]
    lines = text.split("\n")
    head = next((k for k, o in enumerate(offs) if o >= last.start), len(lines))
    body = "\n".join(lines[head + 1 : section_at])
    cut = make_item(last.number, last.title, body, last.start, hint)
    return [*items[:-1], cut, *_numbered_on(items, points, offs, hint)]


def _numbered_on(
    rows: list[Item], points: list[tuple[int, str, list[str]]], offs: list[int], hint: str | None
) -> list[Item]:
    count = int(rows[-1].number or 0)
    return [
        make_item(str(count + k), title, "\n".join(own), offs[at], hint)
        for k, (at, title, own) in enumerate(points, start=1)
    ]


def _after_last(
    text: str, rows: list[Item], bold: Sequence[str], section_first: bool
) -> tuple[list[tuple[int, str, list[str]]], int, list[int]] | None:
    """(the points set after the last of `rows`: (line, title, own lines), the line of the section's
    heading or of the first point, the lines' offsets), or None. `section_first`: only points under a
    section heading."""
    numbered = [r for r in rows if r.number and r.number.isdigit()]
    if not numbered or numbered[-1] is not rows[-1]:
        return None
    last = rows[-1]
    lines = text.split("\n")
    offs = line_offsets(text)
    i = next((k for k, o in enumerate(offs) if o >= last.start), len(lines))
    # the last row and the lines set under it, up to a blank line or a group's heading ("Informationsärenden"
    # right under the last row: a title never wraps onto such a line)
    first = i
    while i < len(lines) and lines[i].strip() and not (i > first and GROUP_HEAD.match(lines[i].strip(" *_"))):
        i += 1
    in_bold = {" ".join(b.split()) for b in bold}
    points: list[tuple[int, str, list[str]]] = []
    section: int | None = None  # the line of the section's heading
    in_rows = False  # the last point is a table's row
    plain_follows = False  # the points so far are plain paragraphs, each with its presenter's line
    bare = False  # the points so far are bare title lines under an "Information" heading
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        level = _MD_LEVEL.match(line)
        top = _MD_LEVEL.match(lines[section].strip()) if points and section is not None else None
        if level and top and len(level.group(1)) <= len(top.group(1)):
            break  # a heading as high as the section's ("## Alla handlingar"): the section has ended
        if (
            section_first
            and not points
            and section is None
            and (_LABEL_ALONE.match(line) or _POINT_LABEL.match(line) or parse_dnr(line) is not None)
        ):
            # the last point's own fields under it ("Diarienummer" / "KS 2026/00013", "Föredragande: …")
            i += 1
            continue
        if not points and section is None and starts_closing(lines, i):
            # the letter signed under the table ("Eva Strand" / "Ordförande", "Tranby den 2 december
            # 2026") before a page of information points: past it, points only under their heading
            i, section_first = _past_closing(lines, i), True
            continue
        nxt = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
        # a table's row (cells parted by tabs); a row whose last cells are empty has lost its tabs, but
        # stands in the table's block, right under a row
        # a signature under the table ("Eva Strand" / "Ordförande") is no row that lost its tabs
        signed = _PERSON_LINE.match(line) is not None or is_signer_role(line)
        row = "\t" in lines[i] or (in_rows and bool(lines[i - 1].strip()) and not signed)
        if row and _column_heads(line):
            i += 1  # a second table's header ("Ärende | Föredragande"): no point
            continue
        head, own, listed = _head_of(line, row)
        # the line under a title names its case number or presenter ("Föredragande: …", "Sara Lund,
        # elevhälsochef, informerar", "Projektledare Sara Lund")
        labelled = any(
            rx.match(nxt) is not None for rx in (_POINT_LABEL, _PRESENTER_SENTENCE, TITLE_AND_NAME)
        )
        heading = _BOLD_MARK.match(line) is not None or " ".join(line.split()) in in_bold
        # a case number or a signer ("Klas Åberg (M), ordförande") is no point's title
        is_title = (
            _TITLE.match(head) is not None
            and not SECTION.match(head)
            and parse_dnr(head) is None
            and not (signed and not heading)
        )
        insection = section is not None
        if (
            is_title
            and (labelled or (insection and (heading or listed)))
            and (insection or not section_first)
        ):
            points.append((i, head, own))
            plain_follows = labelled and not heading and not listed
            in_rows = row
        elif (
            is_title
            and plain_follows
            and insection
            and not heading
            and not _PERSON_LINE.match(head)
            and not TITLE_AND_NAME.match(head)
        ):
            points.append((i, head, own))  # a plain point like those above, its presenter left out
        elif (
            is_title
            and section is not None
            and (not points or bare)
            and not (heading or signed or row or labelled)
            and _INFO_HEAD.match(lines[section].strip(" *_#"))
            and len(head.split()) <= 10
        ):
            # a bare list of titles under "Information" ("Information om elevhälsan" / "Rapport från …"),
            # each a line, no presenter printed: points when two or more stand so
            points.append((i, head, own))
            bare = True
        elif not points and not insection and (_SECTION_HEAD.match(head) or GROUP_HEAD.match(head)):
            section = i
        elif points and (
            _OWN_LINE.match(line)
            or _PRESENTER_SENTENCE.match(line)
            or TITLE_AND_NAME.match(line)
            or _LABEL_ALONE.match(line)  # "Ärendenummer:" over its value
            or parse_dnr(line) is not None
        ):
            points[-1][2].append(line)
        else:
            break
        i += 1
    if not points or (bare and len(points) < 2):
        return None
    return points, section if section is not None else points[0][0], offs


def _past_closing(lines: list[str], i: int) -> int:
    """The first line after the closing that begins at line i: its place and date, its signers' names
    and their roles (`indexer.segment.closing`), blank lines between them."""
    k = i
    while k < len(lines):
        cells = [c.strip() for c in re.split(r"\t|[ ]{3,}", lines[k]) if c.strip()]
        if cells and not starts_closing(lines, k) and not all(is_signer_role(c) for c in cells):
            break
        k += 1
    return k


def _column_heads(line: str) -> bool:
    """A table row of column names alone, one of them the title's: "Ärende⇥Föredragande", "Nr⇥Ärende"."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    return (
        len(cells) >= 2
        and any(TITLE_HEAD.match(c) for c in cells)
        and all(TITLE_HEAD.match(c) or NUM_HEAD.match(c) or OTHER_HEAD.match(c) for c in cells)
    )


def _head_of(line: str, row: bool) -> tuple[str, list[str], bool]:
    """(a line's title, the point's own lines in it, whether it is a list's item or a table's row): the
    title without its bold marks or list marker, a second table's other cells and a presenter named
    after a comma ("…, elevhälsochef Sara Lund") apart. `row`: the line is a table's row (it has tabs,
    perhaps only at its end, an empty presenter cell)."""
    m = _BOLD_MARK.match(line)
    head = (m.group(1) or m.group(2)).strip() if m else line
    mark = _LIST_MARK.match(head)
    listed = mark is not None
    if mark:
        head = head[mark.end() :]
    own: list[str] = []
    if row:  # a table's row, its last cells perhaps empty
        cells = [c.strip() for c in head.split("\t")]
        head, own = cells[0], [c for c in cells[1:] if c]
        listed = bool(head) and all(":" not in c for c in own)
    if listed and (tp := _TITLE_PRESENTER.search(head)):
        head, own = head[: tp.start()].rstrip(), [tp.group(1), *own]
    return head, own, listed
