"""The numbers Word draws in front of list paragraphs ("1.", "2.", "•"), which are not in their text.

A kallelse written in Word often numbers its agenda with automatic numbering
(the "List Number" style, or a list set on the paragraph). python-docx gives the
paragraph's text without the number, so an agenda "1. Val av justerare" would
arrive as "Val av justerare". `ListNumbers` follows the numbering definitions
(numbering.xml: num -> abstractNum -> level format and start) and counts the
paragraphs of each list, so the number can be put back in front of the text. A level whose text
has words or a sign ("§ %1", "Ärende %1": a template numbering its paragraphs) is printed as worded.
"""

from __future__ import annotations

import re
from typing import Any

from indexer.read.docx_styles import paragraph_style

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(el: Any, path: str) -> str | None:
    found = el.find(path) if el is not None else None
    return found.get(f"{_W}val") if found is not None else None


class ListNumbers:
    """Counts the list paragraphs of one document and returns each one's printed marker."""

    def __init__(self, document: Any) -> None:
        """Read the numbering definitions of `document` (a python-docx Document)."""
        self._formats: dict[tuple[str, int], tuple[str, int]] = {}  # (numId, level) -> (format, start)
        self._texts: dict[tuple[str, int], str] = {}  # (numId, level) -> a worded level text ("§ %1")
        self._counts: dict[tuple[str, int], int] = {}
        self._styles = document.styles
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):  # a document without lists
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in numbering.iter(f"{_W}abstractNum")}
        for num in numbering.iter(f"{_W}num"):
            absn = abstract.get(_val(num, f"{_W}abstractNumId"))
            # "Set numbering value": the num overrides a level's start ("5." after a table of four rows)
            overrides = {
                o.get(f"{_W}ilvl", "0"): _val(o, f"{_W}startOverride") for o in num.iter(f"{_W}lvlOverride")
            }
            for lvl in absn.iter(f"{_W}lvl") if absn is not None else []:
                level = int(lvl.get(f"{_W}ilvl", "0"))
                start = overrides.get(str(level)) or _val(lvl, f"{_W}start")
                fmt = _val(lvl, f"{_W}numFmt") or "decimal"
                self._formats[(num.get(f"{_W}numId"), level)] = (fmt, int(start) if start else 1)
                text = _val(lvl, f"{_W}lvlText") or ""
                if re.search(r"[^\s%\d.()]", text) and f"%{level + 1}" in text:  # "§ %1", "Ärende %1"
                    self._texts[(num.get(f"{_W}numId"), level)] = text

    def _num_pr(self, paragraph: Any) -> tuple[str, int] | None:
        """(numId, level) of the paragraph's own list, or of its style's."""
        ppr = paragraph._p.pPr
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            style = paragraph_style(paragraph)
            while style is not None and num_pr is None:
                sppr = style.element.find(f"{_W}pPr")
                num_pr = sppr.find(f"{_W}numPr") if sppr is not None else None
                style = style.base_style
        num_id = _val(num_pr, f"{_W}numId")
        if num_id is None or num_id == "0":
            return None
        return num_id, int(_val(num_pr, f"{_W}ilvl") or 0)

    def bullet(self, paragraph: Any) -> bool:
        """Whether Word draws a bullet before this paragraph (no number is counted)."""
        key = self._num_pr(paragraph)
        return key is not None and self._formats.get(key, ("", 0))[0] == "bullet"

    def marker(self, paragraph: Any) -> str:
        """The marker Word draws before this paragraph: "3. ", "• ", or "" for an unnumbered one."""
        key = self._num_pr(paragraph)
        if key is None or key not in self._formats:
            return ""
        fmt, start = self._formats[key]
        if fmt in ("bullet", "none"):
            return "• "
        n = self._counts.get(key, start - 1) + 1
        self._counts[key] = n
        for deeper in [k for k in self._counts if k[0] == key[0] and k[1] > key[1]]:
            del self._counts[deeper]  # a sub-list starts again under the next item
        if key in self._texts and fmt == "decimal":  # a worded number: "§ 412 " (a § cell of a template)
            return re.sub(r"%\d", "", self._texts[key].replace(f"%{key[1] + 1}", str(n))).strip() + " "
        return f"{n}. " if fmt == "decimal" else f"{n}) "
