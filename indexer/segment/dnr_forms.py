"""Two pieces of the case-number patterns (`indexer.segment.dnr`) that hold only in narrow company.

**"Ärende" as a label.** A bygg- och miljö system (Vision, ECOS) prints a § line's number after the word
"Ärende": "§ 33  Hästen 2:14 – Föreläggande …   Ärende 2026-815". Elsewhere the word labels no number: "i
ärende 2026-774" in a sentence cites another case, "Ärende: Delårsrapport" labels a title, "Ärende 3" is a
row of an agenda. So only the capitalised word (as a label or a column prints it), right before a number
that begins with a year and a separator ("2026-815", "2026/41", "2026.12") and stands alone in its field
(the line or the cell ends after it: "Ärende 2026-090 avser grannfastigheten" opens a sentence citing a
case), is a label: `ARENDE_LABEL`, one alternative of `DNR_LABEL_WORD`.

**An archive code after the number.** Ciceron and W3D3 print the diarieplan's klassificering after the
case, one space away: "KS 2026/0412 023". It is kept as printed and in the key, as a code after a dash is
("KS 2026/12 - 041" -> "KS 2026/12-041"): the key is "KS 2026/0412-023"; the match form drops it (it files
the case, it is not another case). Three digits only (a code of the diarieplan, never a year's four), and
only where the number's field ends after it (the line, a cell, a bracket or a comma, or a wide gap to the
next column): "KS 2026/41 2027", "KS 2026/41 250 000 kr", "KS 2026/41 100 st" keep their figure out, and
so does a sentence whose figure goes on past the comma or the line's end ("KS 2026/41 100, 200 eller 300
kronor", "KS 2026/41 250" / "000 kronor", "KS 2026/41 100" / "miljoner kronor").

**A document number in brackets after the number.** Netpublicator and Platina print the document's number
within the case in brackets: "PN 2026/17 (15)", "RS 2026-00412 (3)". It is kept as printed and in the key
("PN 2026/17 (15)"), as a document number after a colon is, and dropped from the match form. Only digits
(one to three: "(2026)" is a year, "(S)" a party, "(2 st)" a count, "(1/2)" a page), and only where the
number's field ends after it, as for an archive code: "KS 2026/41 (2) bilagor" goes on as a sentence.
On a § line that prints the number before the title ("§ 12 PN 2026/41 (6) Detaljplan för …") the title's
capital after the bracket ends the field.
"""

from __future__ import annotations

import re

__all__ = ["ARCHIVE_CODE", "ARENDE_LABEL", "PAREN_DOC", "PAREN_DOC_BEFORE_TITLE"]

#: The word "Ärende" as a label: capitalised, right before a number that starts with a year and ends its
#: field (the line, a cell, a bracket, a wide gap to the next column).
ARENDE_LABEL = r"(?-i:Ärende|ÄRENDE)(?=:?[ \t]+(?:19|20)\d\d[-/.:]\d+(?:[-/.:]\d+)*[ \t]*(?:$|\n|\t| {2}|\)))"

# What continues a figure over a line's end: a thousands group ("250" / "000 kronor"), a unit or what is
# counted ("100" / "miljoner kronor", "platser", "%"). A wrapped title's next words ("skolan 2027") are none.
_FIGURE_GOES_ON = (
    r"\d{3}(?!\d)|%|(?:kr|kronor|tkr|mkr|miljoner|miljarder|procent|st|stycken|år|dagar|veckor|timmar"
    r"|platser|personer|elever|barn|sidor|meter|kvm|ton)\b"
)
#: A klassificering code one space after the number, where the number's field ends after it (group "arc"):
#: not before a figure after a comma ("KS 2026/12 100, 200 eller 300 kronor") nor a line that goes on with
#: the figure ("KS 2026/12 250" / "000 kronor").
ARCHIVE_CODE = (
    r" (?P<arc>\d{3})(?=[ \t]*(?:$|\t|\)|;| {2}|,(?![ \t]*\d)|\n(?![ \t]*(?:" + _FIGURE_GOES_ON + r"))))"
)

#: A document number in brackets right after a case number, where the number's field ends after it
#: (group "doc"); matched at the number's end.
PAREN_DOC = re.compile(r" ?\((?P<doc>\d{1,3})\)(?=[ \t]*(?:$|\n|\t|[),;]| {2}))")
#: ... on a § line before the title: "§ 12 PN 2026/41 (6) Detaljplan för …" (the title starts with a capital).
PAREN_DOC_BEFORE_TITLE = re.compile(r" ?\((?P<doc>\d{1,3})\)(?= +[A-ZÅÄÖ])")
