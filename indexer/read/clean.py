"""Remove page chrome so it never lands in an item's text.

Two kinds of chrome:
- lines that are chrome wherever they appear: page markers (``<!-- sida 3 -->``),
  page numbers ("3 (14)", "Sida 2 av 5"), signature boxes ("Justerandes
  signatur", "Utdragsbestyrkande"), digital-signature footers
  ("Transaktionsidentitet: …"), links to extracted tables, cookie notices and
  "Hoppa över navigering";
- running headers and footers, found generally: the lines at the top (or bottom)
  of the pages that repeat, digits ignored, on at least half of the pages
  ("KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 3 (8)", the organ, "Datum", the date).
  They are removed from every page, but the first keeps its header: the cover
  keeps the meeting's organ and date for `indexer.meta.detect`.
Words hyphenated over a line break by the typesetter are joined again.
Markdown table lines are never treated as headers: a kallelse repeats its table
header on every page and the segmenter needs it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from indexer.read.page_numbers import PAGE_AT_END, PAGE_IN_LINE, is_page_number, without_page_numbers

__all__ = ["Cleaned", "clean_document", "clean_text", "join_broken_words", "split_pages"]

_PAGE_SPLIT = re.compile(r"^\s*<!--\s*sida\s+(\d+)\s*-->\s*$|\f", re.IGNORECASE | re.MULTILINE)

_ALWAYS = re.compile(
    r"""^\s*(?:
        (?:juster(?:andes?|ares|arens)\s+sign(?:atur)?|utdragsbestyrkande|ordförandes\s+sign(?:atur)?)
        (?:\s+(?:juster(?:andes?|ares|arens)\s+sign(?:atur)?|utdragsbestyrkande|ordförandes\s+sign(?:atur)?))*
      | det\s+här\s+dokumentet\s+är\s+(?:digitalt|elektroniskt)\s+signerat\.?
      | transaktionsidentitet\s*:.*
      | \[tabell\s+[\d-]+\]\([^)]*\)
      | hoppa\s+(?:över\s+navigering(?:en)?|till\s+(?:huvud)?innehåll(?:et)?)
      | <!--.*?-->
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# The e-signature service's certificate pages at the end of a signed protocol.
_SIGNATURE_PAGE = re.compile(
    r"^\s*(?:undertecknat\s+av\s+följande\s+personer|dokumentet\s+är\s+signerat\s+av|underskriftstjänst\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
_TOP = 4  # lines looked at for running headers
_BOTTOM = 3  # lines looked at for running footers


def _is_chrome(line: str) -> bool:
    """A line that is chrome wherever it stands: a page number, a signature box, a cookie notice, …"""
    return bool(is_page_number(line) or _ALWAYS.match(line)) or _is_cookie_line(line)


def _is_cookie_line(line: str) -> bool:
    low = line.lower()
    return "cookies" in low and len(line) < 300 and any(w in low for w in ("använder", "we use", "godkänn"))


_PARAGRAPH_RANGE = re.compile(r"§§\s*\d{1,4}\s*[-–]\s*\d{1,4}")


def _key(line: str) -> str:
    """A line's identity for repetition: page numbers and spacing ignored, case folded.

    Other digits count: a paragraph heading ("§ 131 Dnr GA-2025-00165") at the
    top of every page differs from page to page and must not look like a header. The
    range of paragraphs a page holds ("§§ 45–46") is the header's, never a heading.
    """
    line = _NUMBER_CELL.sub("#", line)  # a page number alone on its line or in its own cell: "4"
    line = PAGE_AT_END.sub(" #", line)  # "… 2026-05-06<TAB>2/3": a fraction in a column of its own
    line = _PARAGRAPH_RANGE.sub("§§#", line)
    return re.sub(r"\s+", " ", without_page_numbers(line, "#")).strip().casefold()


def _prints_page_number(line: str) -> bool:
    """Whether a line prints a page number: its `_key`, which takes page numbers out, differs from it."""
    return _key(line) != re.sub(r"\s+", " ", line).strip().casefold()


_NUMBER_CELL = re.compile(r"(?:^|(?<=\t))[ ]*\d{1,3}[ ]*(?=\t|$)")


def _is_signature_page(lines: list[str]) -> bool:
    """A certificate page of the e-signature service (names, timestamps, transaction ids), no content."""
    page = "\n".join(lines)
    if not _SIGNATURE_PAGE.search(page):
        return False
    return not re.search(r"^\s*[§$]\s*\d", page, re.MULTILINE) and sum(1 for ln in lines if ln.strip()) < 40


def split_pages(text: str) -> list[str]:
    """Split on page markers (``<!-- sida N -->`` or form feeds).

    Text without markers (copied from a PDF) is split before each running header
    that carries a page number ("KOMMUN X  PROTOKOLL  3 (14)"), when one repeats.
    """
    return [page for _, page in _numbered_pages(text)]


def _numbered_pages(text: str) -> list[tuple[int | None, str]]:
    """Pages with their physical number: the marker's N, or the count of form feeds; None when the
    text has no page marks (pages guessed from repeated numbered headers are not physical pages)."""
    marks = list(_PAGE_SPLIT.finditer(text))
    if marks:
        pages: list[tuple[int | None, str]] = [(None, text[: marks[0].start()])]
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
            number = int(m.group(1)) if m.group(1) else (pages[-1][0] or 1) + 1
            pages.append((number, text[m.end() : end]))
        if marks[0].group(1) is None:  # form feeds: the text before the first one is page 1
            pages[0] = (1, pages[0][1])
        return pages
    lines = text.split("\n")
    # A header line with a page number, or a page number on its own line ("2(8)").
    numbered = [i for i, ln in enumerate(lines) if PAGE_IN_LINE.search(ln) and len(ln) < 120]
    keys = Counter(_key(lines[i]) for i in numbered)
    starts = [i for i in numbered if keys[_key(lines[i])] >= 2]
    if not starts:
        return [(None, text)]
    bounds = [0, *starts, len(lines)]
    return [(None, "\n".join(lines[a:b])) for a, b in itertools.pairwise(bounds) if b > a]


def _running_lines(pages: list[list[str]]) -> tuple[set[str], set[str]]:
    """Keys of lines that repeat at the top / bottom of at least half of the pages."""
    content = [p for p in pages if any(ln.strip() for ln in p)]
    if len(content) < 2:
        return set(), set()
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for lines in content:
        nonblank = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("|")]
        top.update({_key(ln) for ln in nonblank[:_TOP]})
        bottom.update({_key(ln) for ln in nonblank[-_BOTTOM:]})
    need = max(2, (len(content) + 1) // 2)
    return {k for k, n in top.items() if n >= need}, {k for k, n in bottom.items() if n >= need}


def _strip_running(
    lines: list[str], top: set[str], bottom: set[str], *, numbered: bool = False
) -> tuple[list[str], list[str]]:
    """Drop the leading and trailing runs of running-header/footer lines of one page (`numbered`: only
    footer lines that print a page number).

    Returns:
        The lines kept, and the running lines dropped.
    """
    i = 0
    while i < len(lines) and (
        not lines[i].strip() or (_key(lines[i]) in top and not lines[i].lstrip().startswith("|"))
    ):
        i += 1
    j = len(lines)
    while j > i and (
        not lines[j - 1].strip()
        or (_key(lines[j - 1]) in bottom and (not numbered or _prints_page_number(lines[j - 1])))
    ):
        j -= 1
    return lines[i:j], [ln.strip() for ln in lines[:i] + lines[j:] if ln.strip()]


# A word the typesetter broke over a line: lower-case letters on both sides of the hyphen.
_BROKEN_WORD = re.compile(
    r"(?<=[a-zåäöéü]{2})-[ \t]*\n[ \t]*(?!(?:och|eller|samt|respektive|till)\b)(?=[a-zåäöéü])"
)


# A compound of a letter or an abbreviation broken at its own hyphen: "e-\npost", "VA-\nlösningar".
_BROKEN_COMPOUND = re.compile(
    r"(?<![\w-])([A-Za-zÅÄÖåäö]|[A-ZÅÄÖ]{2,5})-[ \t]*\n[ \t]*"
    r"(?!(?:och|eller|samt|respektive|till)\b)(?=[a-zåäö])"
)


def join_broken_words(text: str) -> str:
    """Undo the typesetter's hyphenation: "budget-\\nramar för 2025" -> "budgetramar för 2025".

    The two lines become one, as the sentence was written (a line that ends in a
    broken word always goes on in the next). "e-\\npost" and "VA-\\nlösningar"
    become "e-post" and "VA-lösningar": the hyphen is the word's own. "Barn-\\noch
    ungdomsnämnden" keeps its hyphen and line break: a Swedish elision.
    """
    return _BROKEN_COMPOUND.sub(r"\1-", _BROKEN_WORD.sub("", text))


# PDF ligatures as letters, soft hyphens dropped, no-break and thin spaces as spaces: the
# words must be the ones a user types.
_CHARS = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\u00ad": None,
     "\u00a0": " ", "\u2009": " ", "\u202f": " "}
)  # fmt: skip


def _join_pages(pages: list[str]) -> str:
    """Pages joined by a blank line, except where a sentence runs on over the page break."""
    return _join_pages_at(pages)[0]


def _join_pages_at(pages: list[str]) -> tuple[str, list[int]]:
    """`_join_pages`, with the offset where each page starts in the joined text."""
    if not pages:
        return "", []
    parts = [pages[0]]
    starts = [0]
    size = len(pages[0])
    # Only the last non-blank character so far decides (searching the joined text for "[\w,]\s*$"
    # on every page made this quadratic: 15 s of a 96,000-word file).
    last = pages[0].rstrip()[-1:]
    for page in pages[1:]:
        runs_on = last and _RUNS_ON_END.match(last) and _RUNS_ON_START.match(page)
        sep = "\n" if runs_on else "\n\n"
        parts.append(sep + page)
        starts.append(size + len(sep))
        size += len(sep) + len(page)
        last = page.rstrip()[-1:] or last
    return "".join(parts), starts


_RUNS_ON_END = re.compile(r"[\w,]")
_RUNS_ON_START = re.compile(r"\s*[a-zåäö]")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def _sub_tracking(pattern: re.Pattern[str], repl: str, text: str, offsets: list[int]) -> str:
    """`pattern.sub(repl, text)` that moves `offsets` (ascending, in place) along with the text."""
    out: list[str] = []
    pos = shift = 0
    k = 0
    for m in pattern.finditer(text):
        while k < len(offsets) and offsets[k] < m.end():
            offsets[k] = min(offsets[k], m.start()) + shift
            k += 1
        new = m.expand(repl)
        out += [text[pos : m.start()], new]
        shift += len(new) - (m.end() - m.start())
        pos = m.end()
    for j in range(k, len(offsets)):
        offsets[j] += shift
    out.append(text[pos:])
    return "".join(out)


@dataclass
class Cleaned:
    """A document's text without page chrome, and what was learnt on the way."""

    text: str
    #: (offset in `text`, physical page number) where each page with content starts; empty when
    #: the source has no page marks.
    page_starts: list[tuple[int, int]] = field(default_factory=list)
    #: Running header and footer lines found on the pages (document metadata, not item text).
    running: list[str] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        """The physical page (1-based) that the character at `offset` lies on, if known."""
        if not self.page_starts:
            return None
        k = bisect_right([o for o, _ in self.page_starts], offset) - 1
        return self.page_starts[max(k, 0)][1]


def clean_text(text: str, *, fmt: str = "txt") -> str:
    """Remove page chrome from a document's text (see `clean_document`).

    Args:
        text: The document text (after parsing and masking).
        fmt: The source format ("txt", "md", "html", "pdf", "docx"); all get the same rules.

    Returns:
        The cleaned text.
    """
    return clean_document(text, fmt=fmt).text


def clean_document(text: str, *, fmt: str = "txt") -> Cleaned:
    """Remove page chrome from a document's text, keeping where each page starts.

    Args:
        text: The document text (after parsing and masking).
        fmt: The source format ("txt", "md", "html", "pdf", "docx"); all get the same rules.

    Returns:
        The text without page markers, running headers/footers, signature and
        cookie lines, pages joined by a blank line; the offsets of the pages in it
        and the running header/footer lines that were removed.
    """
    numbered = _numbered_pages(text.translate(_CHARS))
    pages = [p.split("\n") for _, p in numbered]
    top, bottom = _running_lines(pages)
    running: dict[str, None] = {}
    kept_pages: list[tuple[int | None, str]] = []
    first_content = True
    for (number, _), lines in zip(numbered, pages, strict=True):
        if not any(ln.strip() for ln in lines):
            continue
        if not first_content and _is_signature_page(lines):
            continue
        # The cover keeps its running header (the organ and date `indexer.meta.detect` reads there), and
        # drops only a running footer that prints the page's number ("Socialnämnden | 2026-05-06 | Sida 1
        # av 3"), which would end the first point's text; lines that repeat at the foot of every extract
        # without one ("Protokollet justerat … av ordförande …") are the cover's own.
        stripped, dropped = _strip_running(
            lines, set() if first_content else top, bottom, numbered=first_content
        )
        if first_content and not any(ln.strip() for ln in stripped):
            stripped, dropped = lines, []  # a cover of nothing but its running line: that line is its text
        lines = stripped
        running.update(dict.fromkeys(dropped))
        first_content = False
        kept = [ln.rstrip() for ln in lines if not _is_chrome(ln)]
        page = "\n".join(kept).strip("\n")
        if page.strip():
            kept_pages.append((number, page))
    joined, starts = _join_pages_at([p for _, p in kept_pages])
    out = _sub_tracking(_BROKEN_WORD, "", joined, starts)
    out = _sub_tracking(_BROKEN_COMPOUND, r"\1-", out, starts)
    out = _sub_tracking(_BLANK_RUN, "\n\n", out, starts)
    lead = len(out) - len(out.lstrip("\n"))
    out = out.strip("\n") + "\n"
    page_starts = [
        (max(0, o - lead), n) for o, (n, _) in zip(starts, kept_pages, strict=True) if n is not None
    ]
    return Cleaned(out, page_starts, list(running))
