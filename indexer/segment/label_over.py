"""A case-number label printed over its number: "Diarienummer" / "KS 2026/41" read as one "Dnr" line.

A boxed heading row (a Word table per §: [§ 12 | title | "Dnr" over the number]) or a form's header
cell prints the label on one line and the number under it. Read row by row, the label stands alone
on its line ("Dnr", "Diarienummer:", "Ärendenummer") and the number alone on the next, so neither
looks like the "Dnr KS 2026/41" line every heading rule knows (`indexer.segment.titles.line_dnr`):
the label ran into the title and the number fell into the body, a reference among the others. Here
the break between them becomes spaces, so the pair is one labelled line and every offset in the text
stays where it was (the page an item starts on is read from them).
"""

from __future__ import annotations

import re

from indexer.segment.dnr import DNR_LABEL_WORD, find_dnr_spans

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
        if not _only_numbers(m["next"].strip()):
            return m.group(0)
        return m["label"] + " " * len(m["gap"]) + m["next"]

    return _LABEL_ALONE.sub(join, text)
