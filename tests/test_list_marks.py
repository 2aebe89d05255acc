"""One vocabulary of list marks (`indexer.segment.marks`): a list line in every mark a real document
prints, read by every rule that reads a list's mark. Before the vocabulary each rule had its own
class of marks, and a mark one rule took another missed (after_table's list lacked "●◦‣∙*", the
vote and action prefixes "·▪●◦‣∙", none but absence knew the Symbol font's U+F0B7).

Run as a script (`python tests/test_list_marks.py`) it prints how many (mark, use) pairs match, so
the count can be taken on a tree without the module.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from indexer.entities import absence, action_blocks, actions, attendance, doc_actions, inverted
from indexer.entities.votes import lists as vote_lists
from indexer.entities.votes import rows as vote_rows
from indexer.meta import doctype
from indexer.read import agenda_table
from indexer.segment import after_table, common, head_lines
from indexer.segment import lists as seg_lists

#: Marks as documents print them: Word's bullet and its Symbol-font twin (U+F0B7 in a PDF's text),
#: dots, squares, circles, a triangle, arrows, a diamond, ticks, the Wingdings glyphs, a hyphen bullet.
GLYPHS = "•·▪●◦‣∙■□○◆►➢➤❖✓✔⁃\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
#: The en dash, the hyphen, markdown's star.
OTHERS = "–-*"


def _split_heads(mark: str) -> bool:
    """A scraped page of three bullets in `mark` splits into three items."""
    page = "\n".join(f"{mark} {t}" for t in ("Budget 2027 för nämnden", "Skolskjuts i byarna", "Nya lokaler"))
    return len(seg_lists.split_bullets(page, None)) == 3


#: (use, test of a line in a mark): every rule that reads a list mark, on the line it is for.
USES: list[tuple[str, Callable[[str], object]]] = [
    ("doctype list line", lambda m: doctype._LIST_LINE.match(f"{m} Protokoll från mötet")),
    ("head_lines list line", lambda m: head_lines.LIST_LINE.match(f"{m} rekryteringen")),
    ("common list under title", lambda m: not common.continues_title("Budget", f"{m} Sommarlovet", None)),
    ("agenda_table sub-point", lambda m: agenda_table._SUB_POINT.match(f"{m} Lokalöversyn sporthallen")),
    ("agenda_table note row", lambda m: agenda_table._NOTE_ROW.match(f"{m} Sommarlovet")),
    ("after_table list mark", lambda m: after_table._LIST_MARK.match(f"{m} Information om elevhälsan")),
    ("after_table own line", lambda m: after_table._OWN_LINE.match(f"{m} Tid 10.30")),
    ("doc_actions presenter mark", lambda m: doc_actions._BULLET.match(f"{m} Maja Sjödin, ekonom")),
    ("doc_actions authored line", lambda m: doc_actions._AUTHORED_LINE.match(f"{m} Motion från Per Ek (S)")),
    ("doc_actions cited document", lambda m: doc_actions._CITED_DOCUMENT.match(f"{m} Protokollsutdrag KS")),
    ("absence received", lambda m: absence._RECEIVED.match(f"{m} 2022.088 Protokollsutdrag KF § 99")),
    ("inverted name", lambda m: inverted._INVERTED.match(f"{m} Ek, Bo (S)")),
    ("attendance party first", lambda m: attendance._PARTY_BEFORE.match(f"{m} (S) Anna Ek")),
    ("attendance bare name", lambda m: attendance._BARE_NAME_LINE.match(f"{m} Hugo Lindberg")),
    ("action_blocks label", lambda m: action_blocks._LABEL_RE.match(f"{m} Reservation: Anna Ek (M)")),
    ("action_blocks name first", lambda m: action_blocks._NAME_FIRST.match(f"{m} ")),
    ("actions sentence split", lambda m: actions._SENTENCE_SPLIT.search(f"Beslut.\n{m} Anna Ek yrkar")),
    ("vote list label", lambda m: vote_lists._LIST_LABEL.match(f"{m} Ja: Anna Ek (S)")),
    ("vote name line", lambda m: vote_lists._NAME_LINE.match(f"{m} Anna Ek")),
    ("vote", lambda m: (v := vote_rows._ROW_VOTE.match(f"{m} Bo Ek (S)\tJa")) and v["who"] == "Bo Ek (S)"),
]


@pytest.mark.parametrize("mark", list(GLYPHS + OTHERS))
@pytest.mark.parametrize(("use", "test"), USES, ids=[u for u, _ in USES])
def test_every_use_reads_every_mark(use: str, test: Callable[[str], object], mark: str) -> None:
    assert test(mark), f"{use}: {mark!r} (U+{ord(mark):04X})"


@pytest.mark.parametrize("mark", list(GLYPHS))
def test_a_scraped_page_splits_on_every_bullet(mark: str) -> None:
    assert _split_heads(mark)


@pytest.mark.parametrize("mark", list(OTHERS))
def test_a_scraped_page_does_not_split_on_a_dash_or_star(mark: str) -> None:
    """A dash inside a bulleted page's item ("- beslut efter samråd") is its text, not a new item."""
    assert not _split_heads(mark)


@pytest.mark.parametrize("line", ["—  Anna Ek", "o Anna Ek", "•Anna"])
def test_not_a_list_mark(line: str) -> None:
    """The em dash is no list mark (a title's stage, a reply); a mark needs its blank."""
    assert not doctype._LIST_LINE.match(line) and not head_lines.LIST_LINE.match(line)


def _count() -> None:
    per: dict[str, list[str]] = {}
    for use, test in [*USES, ("lists split bullets", _split_heads)]:
        per[use] = [m for m in GLYPHS + OTHERS if not _safe(test, m)]
    total = len(GLYPHS + OTHERS) * len(per)
    print(f"{total - sum(map(len, per.values()))} of {total} (mark, use) pairs match")
    for use, missed in per.items():
        if missed:
            print(f"  {use}: misses {' '.join(m if m.isprintable() else f'U+{ord(m):04X}' for m in missed)}")


def _safe(test: Callable[[str], object], mark: str) -> bool:
    try:
        return bool(test(mark))
    except Exception:  # a probe on a tree where the rule is shaped otherwise
        return False


if __name__ == "__main__":
    _count()
