"""Case numbers an item lists rather than carries: rows of a table in its text, reported decisions.

Two cues every protocol shares decide whether the numbers an item's text lists are its own:

- A table inside a § with a column headed "Dnr"/"Diarienr" prints each row's case number there, bare
  or not ("Motion om seniorgym⇥2026/107⇥Anna Ek (S)"). Under such a header a bare "2026/107" is a case
  number; without the header it is none (a school year, a ratio). The numbers are read as the text's
  other numbers are, cited, and `indexer.segment.common.settle_dnr` decides whether they are the item's
  (an item announcing new motions makes their numbers its own).
- An item that reports decisions taken elsewhere or documents received ("Anmälan av delegationsbeslut",
  "Meddelanden", "Anmälningsärenden") lists other cases: each row is a step in its own ärende, not this
  item's case (GOLD_FORMAT: "case numbers of a listed delegation decision are references"). Such an
  item keeps the numbers its heading prints and a number its text opens with ("Dnr: 2026-000005" over
  "Redovisning av delegationsbeslut för april"; a kallelse's "KS 2026/4 • Delegationslista", or under a
  label of its own, "Ärende-id" over "KS 2026/0005"): the report's own ärende, printed before anything
  is listed.
"""

from __future__ import annotations

import re

from indexer.segment.common import add_cited
from indexer.segment.dnr import find_dnr, find_dnr_spans
from indexer.segment.dnr_column import column_dnr
from indexer.types import Item

__all__ = ["cite_column_numbers", "drop_reported_numbers"]


def cite_column_numbers(items: list[Item], hint: str | None) -> None:
    """Add the case numbers of a Dnr-headed table column in each item's text as cited numbers."""
    for it in items:
        for d in column_dnr(it.text, hint):
            add_cited(it, d)


#: Titles of items that report decisions or documents of other cases: "Anmälan av delegationsbeslut",
#: "Redovisning av delegerade beslut", "Delegationsbeslut", "Meddelanden", "Anmälningsärenden",
#: "Delgivningar", "Inkomna skrivelser".
_REPORTING = re.compile(
    r"(?i)^(?:(?:anmälan|redovisning|rapportering|återrapportering) av |anmälda |inkomna )?"
    r"(?:delegationsbeslut|delegerade beslut|beslut (?:fattade|tagna) på delegation|meddelanden"
    r"|anmälningsärenden|delgivningar|skrivelser|handlingar för kännedom)\b"
)


def drop_reported_numbers(items: list[Item]) -> None:
    """An item reporting decisions or documents keeps no number its text only cites, but for one its
    text opens with."""
    for it in items:
        if it.dnr_cited and _REPORTING.match(it.title.strip()):
            listed = set(it.dnr_cited) - _opening(it.text)
            it.diarienummer = [k for k in it.diarienummer if k not in listed]


def _opening(text: str) -> set[str]:
    """The numbers a text opens with: on its first line after at most a label ("Dnr:", "Föredragande:"),
    or on the next line when the first is only a label ("Ärende-id" over "KS 2026/0005"). A listed row
    ("Länsstyrelsens beslut om tillsyn, KS 2026/77") prints its number after its words."""
    lines = [ln for ln in text.split("\n") if ln.strip()][:2]
    if len(lines) == 2 and len(lines[0].split()) <= 2 and not find_dnr(lines[0]):
        lines = lines[1:]
    line = lines[0] if lines else ""
    return {d.key for d in find_dnr_spans(line) if len(line[: d.start].split()) <= 2}
