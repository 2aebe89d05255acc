"""The lines a document prints at the top of its pages: the cover's header and the running header.

Minutes print who met and when at the top of every page ("Barn- och ungdomsnämnden / Protokoll /
2026-05-26", "KOMMUNSTYRELSEN  SAMMANTRÄDESPROTOKOLL  Sammanträdesdatum 2024-06-03"). A line that
repeats there on most pages is the document's own, which a line of the first page alone need not be
(a letter quoted on the cover, a heading). Lines a narrow header column broke are joined again
("Vård- och" + "omsorgsnämnden", "Kommunstyrelsens" + "arbetsutskott", "Samhällsbyggnadsnämn" +
"den"), and page numbers ("3", "3 (14)", "Sida 3 av 9") are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from indexer.read.clean import split_pages
from indexer.read.page_numbers import PAGE_AT_END, is_page_number, without_page_numbers

__all__ = ["PageHeads", "join_broken", "page_heads", "running_cells"]

_TOP = 7  # non-blank lines looked at on each page
_BOTTOM = 3
_MARKER = re.compile(r"^\s*<!--.*-->\s*$")
# Words a broken organ name ends with once joined ("…nämn" + "den").
_HEAD_END = re.compile(
    r"(?:nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|fullmäktige|beredning(?:en)?)$"
)


@dataclass
class PageHeads:
    """The header lines of a document (markdown marks and columns kept as printed, breaks joined)."""

    cover: list[str] = field(default_factory=list)  # the first page's top lines
    running: list[str] = field(default_factory=list)  # lines at the top or bottom of most pages
    pages: int = 0  # pages with text

    @property
    def lines(self) -> list[str]:
        """Running lines first (the surest), then the cover's that are not among them."""
        return self.running + [ln for ln in self.cover if ln not in self.running]


def join_broken(lines: list[str]) -> list[str]:
    """Header lines with the breaks of a narrow column joined.

    "Barn- och" + "ungdomsnämnden", "Kommunstyrelsens" + "arbetsutskott" (the next line begins in
    lower case), "Samhällsbyggnadsnämn" + "den" (a word cut without a hyphen, joined when the
    result ends like an organ's name).
    """
    out: list[str] = []
    for raw in lines:
        ln = raw.strip()
        if not ln:
            continue
        prev = out[-1] if out else ""
        if prev and (joined := _join_open_name(prev, ln)):
            out[-1:] = joined
            continue
        if prev and re.match(r"[a-zåäö]", ln) and len(ln.split()) <= 3:
            # In a line of columns ("Malmö stad<TAB>Kommunstyrelsens<TAB>1 (4)") the broken cell is the
            # last one that ends in a word: the page number and the date beside it do not wrap.
            cells = prev.split("\t")
            k = next(
                (k for k in range(len(cells) - 1, -1, -1) if re.search(r"[A-Za-zÅÄÖåäö]$", cells[k])), -1
            )
            if k < 0 or re.search(r"[.:,;]$", cells[k]):
                out.append(ln)
                continue
            glued = cells[k] + ln
            if re.fullmatch(r"[a-zåäö]{1,4}", ln.split()[0]) and _HEAD_END.search(glued.split()[-1].lower()):
                cells[k] = glued  # "Samhällsbyggnadsnämn" + "den"
            else:
                cells[k] = f"{cells[k]} {ln}"
            out[-1] = "\t".join(cells)
            continue
        out.append(ln)
    return out


# A body's name cut after a word that cannot end it: "Gemensamma överförmyndarnämnden för Bräcke och" +
# "Ragunda", "Gemensamma nämnden för familjerätt i" + "Östersund och Krokom".
_OPEN_NAME = re.compile(r"(?i)(?:nämnd|styrelse|utskott|beredning|råd|direktion)\w*\b.*\s(?:och|samt|för|i)$")
_COLUMNS = re.compile(r"(\t+|\s{3,})")
_NAME_PART = re.compile(r"[A-ZÅÄÖ][\wåäöé-]*(?:,? (?:[A-ZÅÄÖ][\wåäöé-]*|och|samt))*")


def _join_open_name(prev: str, ln: str) -> list[str] | None:
    """`prev` and `ln` with a body's name that `prev` left open ("… för Bräcke och") closed by the first cell
    of `ln` ("Ragunda"): the joined line, then the rest of `ln` (a page number beside it) as a line of its
    own; None when `prev` leaves no name open or `ln` does not begin with names."""
    cells = _COLUMNS.split(prev)  # cells at even places, the runs of space or tabs between them at odd
    k = next((k for k in range(0, len(cells), 2) if _OPEN_NAME.search(cells[k].strip())), -1)
    first, *rest = _COLUMNS.split(ln, maxsplit=1)
    if k < 0 or not _NAME_PART.fullmatch(first.strip()) or len(first.split()) > 4:
        return None
    cells[k] = f"{cells[k].rstrip()} {first.strip()}"
    tail = rest[-1].strip() if rest else ""
    return ["".join(cells), *([tail] if tail and not is_page_number(tail, bare=True) else [])]


# Between the fields of a running header or footer: "Hjo kommun – Kommunstyrelsen – 2026-03-05",
# "HJO KOMMUN · Kommunstyrelsen", "Hjo kommun, Kommunstyrelsen, Sida 2 (3)" (not the comma of a shared
# word part: "Kultur-, fritids- och …", nor one in a list of words inside a name: "Politisk
# samverkansberedning för vård, omsorg och hälsa"; "…, protokoll 2026-03-05" is a field of its own).
_FIELD_SEP = re.compile(
    r"\t+|\s{3,}|\s+[|│¦–—·•]\s+|(?<!-),\s+(?![a-zåäö][\w-]*(?:,\s+[a-zåäö][\w-]*)*\s+(?:och|samt)\s)"
)


# The kommuner a joint body serves, listed in its name: "Gemensamma lönenämnden för Vimmerby, Hultsfred och
# Kinda" is one field, though "Hjo kommun, Kommunstyrelsen" is two.
_SERVES = re.compile(r"\s(?:för|i)\s+[A-ZÅÄÖ][\wåäöé-]*$")
_LISTED = re.compile(r"(?:[A-ZÅÄÖ][\wåäöé-]*,\s+)*[A-ZÅÄÖ][\wåäöé-]*\s+(?:och|samt)\s+[A-ZÅÄÖ][\wåäöé-]*")


def running_cells(lines: list[str]) -> list[str]:
    """A running header's or footer's lines cut into their fields, each a line of its own."""
    out: list[str] = []
    for ln in lines:
        parts = re.split(f"({_FIELD_SEP.pattern})", ln)
        cells = [parts[0]]
        for sep, cell in zip(parts[1::2], parts[2::2], strict=True):
            if sep.startswith(",") and _SERVES.search(cells[-1]) and _LISTED.fullmatch(cell.strip()):
                cells[-1] += sep + cell
            else:
                cells.append(cell)
        out += [c.strip() for c in cells if c.strip()]
    return out


def _top(lines: list[str]) -> list[str]:
    kept = [ln for ln in lines if ln.strip() and not is_page_number(ln, bare=True) and not _MARKER.match(ln)]
    return join_broken(kept[:_TOP])


def _bottom(lines: list[str]) -> list[str]:
    kept = [ln for ln in lines if ln.strip() and not is_page_number(ln, bare=True) and not _MARKER.match(ln)]
    return join_broken(kept[-_BOTTOM:]) if len(kept) > _TOP else []


def page_heads(raw: str) -> PageHeads:
    """The cover's header lines and the lines running at the top or bottom of most pages.

    Args:
        raw: The document text with its page markers (``<!-- sida N -->``, form feeds), before
            running headers are removed.

    Returns:
        The header lines; `running` is empty for a document of one page.
    """
    pages = [p.split("\n") for p in split_pages(raw)]
    pages = [p for p in pages if any(ln.strip() and not _MARKER.match(ln) for ln in p)]
    if not pages:
        return PageHeads()
    tops = [_top(p) for p in pages]
    heads = PageHeads(cover=tops[0], pages=len(pages))
    if len(pages) < 2:
        return heads
    counts: Counter[str] = Counter()
    for top, p in zip(tops, pages, strict=True):
        counts.update({_key(ln) for ln in top + _bottom(p)})
    need = max(2, (len(pages) + 1) // 2)
    seen: set[str] = set()
    for top, p in zip(tops, pages, strict=True):
        for ln in top + _bottom(p):
            k = _key(ln)
            if counts[k] >= need and k not in seen:
                seen.add(k)
                heads.running.append(ln)
    return heads


def _key(line: str) -> str:
    """A line's identity across pages: its page number ("Sida 2 av 9", "3 (14)") and spacing ignored."""
    line = PAGE_AT_END.sub(" #", line)  # "… 2026-05-06<TAB>2/3": a fraction in a column of its own
    return re.sub(r"\s+", " ", without_page_numbers(line, "#")).strip().casefold()
