"""Case numbers printed with a decision an item's text cites: references, never the item's own.

Minutes cite earlier decisions by body, date and paragraph, and often add the decision's case number:
"Frågan har behandlats av kommunstyrelsen 2025-10-14, § 156 (dnr KS 2025/88)", "fullmäktige beslutade
2024-05-12 § 45, KS 2024/88". Such a number names the case of the decision cited (GOLD_FORMAT: "numbers
that are only cited in the running text as references to other decisions"). Where the headings carry
numbers, `indexer.segment.common.settle_dnr` drops the body's anyway; in notes and protocols whose
headings carry none it keeps the body's numbers as the items' — but not one printed only right after a
decision's paragraph.
"""

from __future__ import annotations

import re

from indexer.types import Item

__all__ = ["drop_decision_citations"]

#: What stands right before a number cited with its decision: the paragraph ("§ 156", "§156") and at most
#: a comma, a bracket and a label ("§ 156 (dnr ", "§ 45, ", "§ 12, Dnr: ").
_AFTER_PARAGRAPH = re.compile(
    r"§\s*\d{1,4}\s*[,;]?\s*(?:\(\s*)?(?:(?:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*)?$", re.IGNORECASE
)


def _cites_decision(text: str, printed: str) -> bool:
    """Every place `printed` stands in `text` is right after a decision's paragraph."""
    spots = [m.start() for m in re.finditer(re.escape(printed), text)]
    return bool(spots) and all(_AFTER_PARAGRAPH.search(text[max(0, s - 30) : s]) for s in spots)


def drop_decision_citations(items: list[Item]) -> None:
    """Remove from each item's numbers those its text only cites with a decision's paragraph."""
    for it in items:
        if "§" not in it.text:
            continue  # no decision's paragraph to cite (and no scan per number of a long list)
        cited = {
            k
            for k in it.dnr_cited
            if k in it.diarienummer and _cites_decision(it.text, it.dnr_printed.get(k, k))
        }
        if cited:
            it.diarienummer = [k for k in it.diarienummer if k not in cited]
