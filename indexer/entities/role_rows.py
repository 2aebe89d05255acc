"""Attendance rows that print more than a name: a role label before it, the name surname first, a block
header broken over two lines of its column.

- "Ledamot   Cecilia Lund (C)", "Ordförande   Anna Ek (S)": a form that labels each row with the member's
  role; the row belongs to the block above it (a "Beslutande" member chairing is ordförande and ledamot).
- "Tjänstgörande   Eva Holm (V)" / "ersättare": the label (or a block header) broken over two lines.
- "Lund, Cecilia (C), ordförande": a list printing names surname first keeps the roles after them; the
  line is read by the block reader in normal order (`indexer.entities.inverted` reads the name itself).
"""

from __future__ import annotations

import re

from indexer.entities.names import TOKEN, is_first_name, is_stop_token
from indexer.segment.marks import MARK

#: A member's role label opening a row, then a gap (a tab or two spaces) before the rest of the row.
_ROW_LABEL = re.compile(
    r"(?i)^[ \t]*(?P<label>(?:(?:1:e|2:e|förste|andre)[ \t]+)?vice[ \t]+ordförande|ordförande|ledamot"
    r"|tjänstgörande(?:[ \t]+ersättare)?|ersättare)[ \t]*:?(?:\t|[ ]{2,})(?=\S)"
)
_LABEL_ROLE = {"ledamot": "", "ordförande": "ordförande", "ersättare": "ersättare"}
#: A label line's second half on the next line: "ersättare" alone, or before a gap and more of the row.
_SECOND_HALF = re.compile(r"(?i)^[ \t]*ersättare[ \t]*(?:$|\t|[ ]{2,})")


def row_label(lines: list[str], k: int) -> tuple[str, int, bool] | None:
    """(role, offset of the row's content, whether the role replaces the block's) for a row opened by a
    member's role label ("Ledamot   Cecilia Lund (C)"); None for any other line. "Tjänstgörande" alone,
    its "ersättare" on the next line, is a serving ersättare."""
    hit = _ROW_LABEL.match(lines[k])
    if hit is None:
        return None
    label = " ".join(hit["label"].casefold().split())
    if label.startswith("tjänstgörande"):
        return "tjänstgörande ersättare", hit.end(), True
    if label.endswith("vice ordförande"):
        return "vice ordförande", hit.end(), False
    return _LABEL_ROLE[label], hit.end(), label == "ersättare"


_FIRST_HALVES = ("tjänstgörande", "ej tjänstgörande", "icke tjänstgörande", "närvarande")


def label_rest(lines: list[str], k: int) -> bool:
    """Whether line k is the second half of a label broken over two lines ("Tjänstgörande" / "ersättare")."""
    above = lines[k - 1].strip().casefold() if k else ""
    return above.startswith(_FIRST_HALVES) and bool(_SECOND_HALF.match(lines[k]))


#: A first half of a block header alone on its line: "Tjänstgörande", "Ej tjänstgörande", "Närvarande".
_HALF_HEADER = re.compile(r"(?i)^[ \t]*(?:(?:ej|icke)[ \t]+)?tjänstgörande[ \t]*$")


def broken_header(lines: list[str], k: int) -> tuple[str, int] | None:
    """The header that line k opens and the next line ends ("Tjänstgörande" / "ersättare", a Word file's
    blank line maybe between), with the index of that line; None for any other line."""
    if not _HALF_HEADER.match(lines[k]):
        return None
    j = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].strip()), None)
    if j is None or lines[j].strip().casefold() != "ersättare":
        return None
    return f"{lines[k].strip()} ersättare", j


#: "Surname, First" opening a list line (after a list mark) or a cell of it (after a tab or a gap of two
#: spaces), then a party bracket, a comma, the cell's end or the line's.
_INVERTED_CELL = re.compile(
    rf"(?:^|(?<=\t)|(?<=[ ]{{2}}))(?P<lead>[ \t]*(?:{MARK}[ \t]+)?)"
    rf"(?P<last>{TOKEN}(?: {TOKEN})?),[ ]+(?P<first>{TOKEN}(?: {TOKEN})?)"
    r"(?=[ \t]*(?:\(|,|$|\t|[ ]{2,}))"
)


def _flipped(hit: re.Match[str]) -> str | None:
    """The inverted name of `hit` in normal order, padded to its printed length; None if it is no name."""
    first, last = hit["first"].split(" "), hit["last"].split(" ")
    if not is_first_name(first[0]) or any(is_stop_token(w) for w in first + last):
        return None
    if (len(first) > 1 and not is_first_name(first[1])) or (len(last) > 1 and is_first_name(last[0])):
        return None  # "Göran Persson, Anna Ek": names in normal order, a comma between
    name = f"{hit['first']} {hit['last']}"
    return name + " " * (hit.end() - hit.start("last") - len(name))


def normal_order_line(line: str) -> str:
    """`line` with the names printed surname first that open it or its cells put in normal order, the same
    length ("Lund, Cecilia (C), ordförande" -> "Cecilia Lund  (C), ordförande"; "Ek, Bo   S   Berg, Johan
    C" -> "Bo Ek    S   Johan Berg   C"), so that the block reader reads the roles and parties after them
    (and no surname is read as a tail's place: "Berg" is a kommun too); other lines as they are."""
    if "," not in line:
        return line
    out, pos = [], 0
    for hit in _INVERTED_CELL.finditer(line):
        name = _flipped(hit)
        if name is not None:
            out += [line[pos : hit.start("last")], name]
            pos = hit.end()
    return "".join(out) + line[pos:] if out else line
