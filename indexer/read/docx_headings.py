"""The paragraphs a Word document sets as its points' headings, for notes whose points print no number.

Word marks a heading two ways: by a heading style ("Heading 2", a Swedish Word's "Rubrik 2", or any
style or paragraph that sets an outline level), or by hand, a Normal paragraph whose every run is bold.
The headings of the level used most below the document's title (level 1, when no lower level heads two
paragraphs or more) are the points; without two such, the bold paragraphs are. They are handed to
segmentation as lines set in bold (`SourceText.bold`, as a PDF's are), so a document that numbers its
points is cut by its numbers and the headings count only where no numbered shape fits
(`indexer.segment.headings`). A heading broken by hand (a line break inside the paragraph) is one line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from indexer.read.docx_styles import paragraph_style, run_style

__all__ = ["Para", "heading_line", "heading_paragraphs", "para_of", "run_in_paragraphs"]

#: A heading style's name: "Heading 2", "heading 2", "Rubrik 2".
_HEADING_STYLE = re.compile(r"(?i)^(?:heading|rubrik)\s*(\d)$")
#: A heading is a few words, not a paragraph of text.
_MAX_HEAD = 150


@dataclass
class Para:
    """A paragraph's text and how it is set."""

    text: str
    level: int | None  # its heading level (1 = the top), None for body text
    bold: bool  # every run that holds text is bold
    lead: str = ""  # a bold title opening the paragraph, its text going on in plain runs ("Budget 2027.")
    rest: str = ""  # the text after that title


def para_of(paragraph: Any) -> Para:
    """How a python-docx paragraph is set."""
    text = paragraph.text.strip()
    bold = bool(text) and _all_bold(paragraph)
    lead, rest = ("", "") if bold or not text else _run_in(paragraph)
    return Para(text, _level(paragraph), bold, lead, rest)


#: A run-in title: a few words, a capital first, no number or § first, ended by a full stop, a colon or
#: a dash ("Budget 2027.", "Nästa möte:"), then the text, a capital first.
_RUN_IN = re.compile(r"^(?![§\d])([A-ZÅÄÖ][^\t\n.:!?]{2,80}?)\s*[.:–-]$")
#: A label of the cover or a section's, not a title: "Datum:", "Plats:", "Närvarande:", "Justerare:".
_LABEL_WORD = re.compile(
    r"(?i)^(?:datum|tid|plats|närvarande|deltagare|frånvarande|ordförande|sekreterare|antecknare|justerare"
    r"|ledamöter|ersättare|övriga|mötestid|lokal|obs|observera|viktigt|notera|not)$"
)


def _run_in(paragraph: Any) -> tuple[str, str]:
    """(the bold title opening the paragraph, the text after it), or ("", "")."""
    runs = [r for r in paragraph.runs if r.text]
    para_bold = _style_bold(paragraph_style(paragraph))
    lead = ""
    k = 0
    while k < len(runs) and (not runs[k].text.strip() or _run_bold(runs[k], para_bold)):
        lead += runs[k].text
        k += 1
    rest = "".join(r.text for r in runs[k:]).strip()
    dashed = rest[:1] in ("–", "-", ":") and lead.strip() != "" and lead.strip()[-1] not in ".:–-"
    if dashed:  # the mark after the title set plain: "Budget 2027" " – förvaltningen redogjorde …"
        lead, rest = lead.strip() + " " + rest[0], rest[1:].strip()
    m = _RUN_IN.match(lead.strip())
    if not m or not (rest[:1].isupper() or (dashed and rest[:1].isalpha())):
        return "", ""
    if _LABEL_WORD.match(m.group(1).strip()):
        return "", ""
    if not lead.strip().endswith(".") and " " not in m.group(1).strip():
        return "", ""  # a one-word label ("Mötesledare: Anna Ek"), not a title
    return m.group(1).strip(), rest


def run_in_paragraphs(paras: list[Para]) -> set[int]:
    """Indexes of the paragraphs whose bold opening title heads a point, in notes that set every point so
    ("Budget 2027. Förvaltningen redogjorde …"): two or more such titles, none a section word ("Beslut:"),
    none repeated. Only where no paragraph heads a point as a heading (`heading_paragraphs`): a bold
    opening among heading-styled points is emphasis."""
    from indexer.segment.common import SECTION

    found = [k for k, p in enumerate(paras) if p.lead and not SECTION.match(p.lead)]
    texts = Counter(paras[k].lead.casefold() for k in found)
    found = [k for k in found if texts[paras[k].lead.casefold()] == 1]
    return set(found) if len(found) >= 2 else set()


def heading_paragraphs(paras: list[Para]) -> set[int]:
    """Indexes of the paragraphs that head the points (see the module's doc), or an empty set."""
    heads = [(k, p.level) for k, p in enumerate(paras) if p.level is not None and _head_text(p.text)]
    levels = Counter(lv for _, lv in heads)
    below = [lv for lv, n in levels.most_common() if lv > 1 and n >= 2]
    level = below[0] if below else 1 if levels[1] >= 2 else None
    if level is not None:
        chosen = {k for k, lv in heads if lv == level}
        return chosen | _bold_peers(paras, sorted(chosen))
    bold = {
        k
        for k, p in enumerate(paras)
        if p.level is None and p.bold and (_head_text(p.text) or _head_text(_colon_title(p.text)))
    }
    return bold if len(bold) >= 2 else set()


def heading_line(p: Para) -> str:
    """A heading paragraph as the line that heads its point: a heading broken by hand is one line, a bold
    title's colon leading to its text is dropped (`_colon_title`)."""
    line = " ".join(p.text.split())
    return line if p.level is not None or _head_text(line) else _colon_title(line) or line


def _colon_title(text: str) -> str:
    """A bold title whose colon leads to its text ("Lägesbild från polisen:") without the colon, or "":
    two words or more, not a label of the cover ("Datum:", "Tid och plats:")."""
    if not text.endswith(":") or text.count(":") > 1 or "\n" in text:
        return ""
    words = text[:-1].split()
    if len(words) < 2 or _LABEL_WORD.match(words[0]):
        return ""
    return text[:-1].rstrip()


#: The words of a point's own sub-sections in notes: "Diskussion", "Synpunkter", "Åtgärder".
_SUB_SECTION = re.compile(
    r"(?i)^(?:diskussion(?:en)?|synpunkter|kommentar(?:er)?|åtgärd(?:er)?|uppföljning|nästa steg|att göra"
    r"|noteringar|slutsats(?:er)?|överenskommelse(?:r)?|frågor och svar|medskick|information)\s*:?$"
)


def _bold_peers(paras: list[Para], heads: list[int]) -> set[int]:
    """The wholly bold paragraphs that are points beside the heading-styled ones, in notes where some
    points were set in bold by hand: each between two paragraphs of text under a point, no section word
    ("Beslut", "Bakgrund", "Diskussion", "Synpunkter"), none repeated (a sub-heading every point has),
    and at most one under each heading (two or more are the heading's sub-sections)."""
    from indexer.segment.common import SECTION

    def body(k: int) -> bool:
        return 0 <= k < len(paras) and paras[k].level is None and not paras[k].bold

    found = [
        k
        for k, p in enumerate(paras)
        if heads
        and k > heads[0]
        and p.level is None
        and p.bold
        and _head_text(p.text)
        and "\n" not in p.text
        and not SECTION.match(p.text)
        and not _SUB_SECTION.match(p.text)
        and body(k - 1)
        and body(k + 1)
    ]
    texts = Counter(paras[k].text.casefold() for k in found)

    def owner(k: int) -> int:
        return max(h for h in heads if h < k)

    # every bold paragraph under a heading, but its section words: one is a point, more are sub-sections
    bold_under = Counter(
        owner(k)
        for k, p in enumerate(paras)
        if k > heads[0] and p.level is None and p.bold and not SECTION.match(p.text)
    )
    peers = {k for k in found if texts[paras[k].text.casefold()] == 1 and bold_under[owner(k)] == 1}
    return peers | _bold_runs(paras, heads[0])


def _bold_runs(paras: list[Para], first: int) -> set[int]:
    """Bold paragraphs two or more in a row after the first heading, between paragraphs of text ("Övriga
    frågor" / "Nästa möte" / "Nästa möte hålls …"): points whose text is short or none, each its own; a
    point's sub-sections stand apart, each over its own text. None a section word, none repeated in the
    document, none of a block of labelled lines."""
    from indexer.segment.common import SECTION

    def title(p: Para) -> bool:
        return (
            p.level is None
            and p.bold
            and _head_text(p.text)
            and "\n" not in p.text
            and not SECTION.match(p.text)
            and not _SUB_SECTION.match(p.text)
        )

    def body(k: int) -> bool:
        return 0 <= k < len(paras) and paras[k].level is None and not paras[k].bold and bool(paras[k].text)

    texts = Counter(p.text.casefold() for p in paras if p.bold)
    out: set[int] = set()
    k = first + 1
    while k < len(paras):
        j = k
        while j < len(paras) and title(paras[j]) and texts[paras[j].text.casefold()] == 1:
            j += 1
        if j - k >= 2 and body(k - 1) and body(j):
            out.update(range(k, j))
        k = max(j, k + 1)
    return out


def _head_text(text: str) -> bool:
    """Short, and no line of a block of labelled lines ("Datum:\tTid:")."""
    return 0 < len(text) <= _MAX_HEAD and "\t" not in text and not re.search(r":\s*\n|:$", text)


def _level(paragraph: Any) -> int | None:
    """The paragraph's heading level: its own outline level, else its style's (or a style it is based
    on), else the number in a heading style's name."""
    own = _outline(paragraph._p.pPr)
    if own is not None:
        return own
    style = paragraph_style(paragraph)
    for _ in range(10):  # a style's chain of bases is short; a loop in a broken file is cut
        if style is None:
            return None
        lv = _outline(style.element.pPr)
        if lv is not None:
            return lv
        m = _HEADING_STYLE.match(style.name or "")
        if m:
            return int(m.group(1))
        style = style.base_style
    return None


def _outline(ppr: Any) -> int | None:
    """An outline level set in paragraph properties (0-based in the file; 9 is body text)."""
    if ppr is None:
        return None
    el = ppr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl")
    if el is None:
        return None
    val = el.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "")
    return int(val) + 1 if val.isdigit() and int(val) < 9 else None


def _all_bold(paragraph: Any) -> bool:
    """Every run that holds text is bold — or underlined, the other way a writer sets a heading apart by
    hand ("Information från socialförvaltningen" underlined among bold ones): set on the run, by its
    character style or by the paragraph's style (a run's own setting wins)."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    para_bold = _style_bold(paragraph_style(paragraph))
    para_under = _style_underlined(paragraph_style(paragraph))
    return all(_run_bold(r, para_bold) or _run_underlined(r, para_under) for r in runs)


def _run_underlined(r: Any, para_under: bool | None) -> bool:
    """Whether a run is underlined (any line style): on the run, else by the paragraph's style."""
    u = r.underline
    if u is None:
        u = para_under
    return bool(u)


def _style_underlined(style: Any) -> bool | None:
    return _style_font(style, "underline")


def _run_bold(r: Any, para_bold: bool | None) -> bool:
    """Whether a run is bold: set on the run, by its character style, else by the paragraph's style."""
    b = r.bold
    if b is None:
        style = run_style(r)
        b = _style_bold(style) if style is not None and style.name != "Default Paragraph Font" else None
    if b is None:
        b = para_bold
    return bool(b)


def _style_bold(style: Any) -> bool | None:
    return _style_font(style, "bold")


def _style_font(style: Any, attr: str) -> bool | None:
    """A font setting of a style, or of the style it is based on (the nearest that sets it)."""
    for _ in range(10):
        if style is None:
            return None
        value = getattr(style.font, attr)
        if value is not None:
            return bool(value)
        style = style.base_style
    return None
