"""A case-number label printed over its number: "Diarienummer" / "KS 2026/41" read as one "Dnr" line.

A boxed heading row (a Word table per §: [§ 12 | title | "Dnr" over the number]) or a form's header
cell prints the label on one line and the number under it. Read row by row, the label stands alone
on its line ("Dnr", "Diarienummer:", "Ärendenummer") and the number alone on the next, so neither
looks like the "Dnr KS 2026/41" line every heading rule knows (`indexer.segment.titles.line_dnr`):
the label ran into the title and the number fell into the body, a reference among the others. Here
the break between them becomes spaces, so the pair is one labelled line and every offset in the text
stays where it was (the page an item starts on is read from them).

Only where a heading's label stands: at a paragraph's start, or right under a § line or under the title
under it. A label that ends a wrapped list row ("9. Frågor gällande … i Alingsås kommun" / "Dnr:" /
"2017.638 BUN", a Meddelanden list) is that row's, a reference, and stays as printed.
"""

from __future__ import annotations

import re

from indexer.segment.dnr import DNR_LABEL_WORD, find_dnr_spans
from indexer.segment.titles import HEAD

__all__ = ["join_label_over_number"]

# The label alone on its line, then at most one blank line, then the line that may hold the number.
_LABEL_ALONE = re.compile(
    rf"(?im)^(?P<label>[ \t]*{DNR_LABEL_WORD}\.?:?)(?P<gap>[ \t]*\n(?:[ \t]*\n)?)(?P<next>[^\n]*)$"
)


def _only_numbers(line: str) -> bool:
    """A line that holds case numbers and nothing else (commas and "och" between them): the label's."""
    found = find_dnr_spans(line, bare=True, labelled=True)
    if not found:
        return False
    rest = line
    for d in reversed(found):
        rest = rest[: d.start] + rest[d.end :]
    return not re.sub(r"(?i)[\s,;&]|\boch\b", "", rest)


def _heading_place(before: str) -> bool:
    """Whether a label after `before` stands where a heading's does: first in a paragraph, or on one of
    the two lines under a § line."""
    above = before.rstrip("\n").split("\n")[-2:] if before.endswith("\n") else []
    if not before.strip() or not above or not above[-1].strip() or before.endswith("\n\n"):
        return True
    return any(HEAD.match(line) for line in above)


def join_label_over_number(text: str) -> str:
    """`text` with every label alone on its line joined to the case numbers on the line under it.

    Args:
        text: A document's cleaned text.

    Returns:
        The text, of the same length: only the line breaks between a label and its number turned to spaces.
    """
    if not re.search(r"(?i)\b(?:dnr|diarie|ärende)", text):
        return text

    def join(m: re.Match[str]) -> str:
        if not _only_numbers(m["next"].strip()) or not _heading_place(text[: m.start()]):
            return m.group(0)
        return m["label"] + " " * len(m["gap"]) + m["next"]

    return _LABEL_ALONE.sub(join, text)
