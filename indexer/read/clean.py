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
  They are removed from every page but the first, where the cover keeps the
  meeting's organ and date for `indexer.meta.detect`.
Words hyphenated over a line break by the typesetter are joined again.
Markdown table lines are never treated as headers: a kallelse repeats its table
header on every page and the segmenter needs it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

__all__ = ["clean_text", "split_pages"]

_PAGE_SPLIT = re.compile(r"^\s*<!--\s*sida\s+\d+\s*-->\s*$|\f", re.IGNORECASE | re.MULTILINE)

_ALWAYS = re.compile(
    r"""^\s*(?:
        \d{1,3}\s*\(\s*\d{1,3}\s*\)                                  # 3 (14), 2(8)
      | (?:sida|page)\s+\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?          # Sida 2 av 5
      | (?:justerandes?\s+sign(?:atur)?|utdragsbestyrkande|ordförandes\s+sign(?:atur)?)
        (?:\s+(?:justerandes?\s+sign(?:atur)?|utdragsbestyrkande|ordförandes\s+sign(?:atur)?))*
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


def _is_cookie_line(line: str) -> bool:
    low = line.lower()
    return "cookies" in low and len(line) < 300 and any(w in low for w in ("använder", "we use", "godkänn"))


_PAGE_NO = re.compile(
    r"\b\d{1,3}\s*\(\s*\d{1,3}\s*\)\s*$|\b(?:sida|page)\s+\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?", re.I
)


def _key(line: str) -> str:
    """A line's identity for repetition: page numbers and spacing ignored, case folded.

    Other digits count: a paragraph heading ("§ 131 Dnr GA-2025-00165") at the
    top of every page differs from page to page and must not look like a header.
    """
    return re.sub(r"\s+", " ", _PAGE_NO.sub("#", line)).strip().casefold()


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
    if _PAGE_SPLIT.search(text):
        return _PAGE_SPLIT.split(text)
    lines = text.split("\n")
    # A header line with a page number, or a page number on its own line ("2(8)").
    numbered = [i for i, ln in enumerate(lines) if _PAGE_NO.search(ln) and len(ln) < 120]
    keys = Counter(_key(lines[i]) for i in numbered)
    starts = [i for i in numbered if keys[_key(lines[i])] >= 2]
    if not starts:
        return [text]
    bounds = [0, *starts, len(lines)]
    return ["\n".join(lines[a:b]) for a, b in itertools.pairwise(bounds) if b > a]


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


def _strip_running(lines: list[str], top: set[str], bottom: set[str]) -> list[str]:
    """Drop the leading and trailing runs of running-header/footer lines of one page."""
    out = list(lines)
    i = 0
    while i < len(out) and (
        not out[i].strip() or (_key(out[i]) in top and not out[i].lstrip().startswith("|"))
    ):
        i += 1
    out = out[i:]
    j = len(out)
    while j > 0 and (not out[j - 1].strip() or _key(out[j - 1]) in bottom):
        j -= 1
    return out[:j]


# A word the typesetter broke over a line: lower-case letters on both sides of the hyphen.
_BROKEN_WORD = re.compile(
    r"(?<=[a-zåäöéü]{2})-[ \t]*\n[ \t]*(?!(?:och|eller|samt|respektive|till)\b)(?=[a-zåäöéü])"
)


def join_broken_words(text: str) -> str:
    """Undo the typesetter's hyphenation: "budget-\\nramar för 2025" -> "budgetramar för 2025".

    The two lines become one, as the sentence was written (a line that ends in a
    broken word always goes on in the next). "miljö-\\noch hälsoskydd" and
    "VA-\\nlösningar" keep their hyphen and line break: the first is a Swedish
    elision, the second an abbreviation.
    """
    return _BROKEN_WORD.sub("", text)


# PDF ligatures as letters, soft hyphens dropped, no-break and thin spaces as spaces: the
# words must be the ones a user types.
_CHARS = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\u00ad": None,
     "\u00a0": " ", "\u2009": " ", "\u202f": " "}
)  # fmt: skip


def _join_pages(pages: list[str]) -> str:
    """Pages joined by a blank line, except where a sentence runs on over the page break."""
    if not pages:
        return ""
    parts = [pages[0]]
    # Only the last non-blank character so far decides (searching the joined text for "[\w,]\s*$"
    # on every page made this quadratic: 15 s of a 96,000-word file).
    last = pages[0].rstrip()[-1:]
    for page in pages[1:]:
        runs_on = last and _RUNS_ON_END.match(last) and _RUNS_ON_START.match(page)
        parts.append(("\n" if runs_on else "\n\n") + page)
        last = page.rstrip()[-1:] or last
    return "".join(parts)


_RUNS_ON_END = re.compile(r"[\w,]")
_RUNS_ON_START = re.compile(r"\s*[a-zåäö]")


def clean_text(text: str, *, fmt: str = "txt") -> str:
    """Remove page chrome from a document's text.

    Args:
        text: The document text (after parsing and masking).
        fmt: The source format ("txt", "md", "html", "pdf", "docx"); all get the same rules.

    Returns:
        The text without page markers, running headers/footers, signature and
        cookie lines; pages are joined by a blank line.
    """
    pages = [p.split("\n") for p in split_pages(text.translate(_CHARS))]
    top, bottom = _running_lines(pages)
    kept_pages: list[str] = []
    first_content = True
    for lines in pages:
        if not any(ln.strip() for ln in lines):
            continue
        if not first_content and _is_signature_page(lines):
            continue
        if not first_content:
            lines = _strip_running(lines, top, bottom)
        first_content = False
        kept = [ln.rstrip() for ln in lines if not _ALWAYS.match(ln) and not _is_cookie_line(ln)]
        kept_pages.append("\n".join(kept).strip("\n"))
    out = join_broken_words(_join_pages([p for p in kept_pages if p.strip()]))
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", out).strip("\n") + "\n"
