"""A paragraph's continuation label: "§ 32 forts." where a § goes on over a page break.

The PDF table reader drops it from a vote table's margin, the vote lists blank it in a text export, and
the OCR repair keeps it from being read as a new heading. One label, printed many ways: "§ 32 forts.",
"§ 32 (forts.)", "§ 32, forts", "§ 32 – fortsättning", "Forts. § 32", "KF § 32 forts." (the organ's
letters first).
"""

from __future__ import annotations

import re


def label(sign: str = "§") -> str:
    """The label's pattern (no anchors, case-insensitive apart from the organ's capitals).

    Args:
        sign: The pattern of the paragraph sign; OCR passes a class that also takes the digits and
            letters a scanned "§" is read as.

    Returns:
        A regular expression source to compile or embed.
    """
    # "forts" must end a word: "§ 12 Fortsatt arbete med …" is a heading, not a continuation.
    word = r"(?:forts\b\.?|fortsättning|fortsätter)"
    return (
        r"(?:(?-i:[A-ZÅÄÖ]{2,5})[ \t]+)?"
        rf"(?i:{sign}[ \t]*\d{{1,4}}[ \t(,–-]*{word}[ \t]*\)?"
        rf"|forts\.?[ \t]+{sign}[ \t]*\d{{1,4}}|fortsättning[ \t]+{sign}[ \t]*\d{{1,4}})"
    )


#: The label as printed in a text layer.
CONTINUED = re.compile(label())
#: The label in OCR text, where "§" is often read as "8" or "S": matched at a line's start.
OCR_CONTINUED = re.compile(r"^\s*" + label(r"(?:§|[8S])"))
