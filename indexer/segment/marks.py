"""List marks: the one vocabulary of the marks a list item opens with ("• ", "– ", "- ", "* ", ""),
and the patterns each rule reads it with.

A mark is what a real document prints before a list item: Word's bullet "•" (and the same glyph from its
Symbol font, which a PDF's text layer gives as the private-use character U+F0B7), a middle dot, squares,
circles, a triangle, an arrow, a diamond, a tick, the Wingdings glyphs of the same (U+F0A7 square, U+F0D8
arrow, U+F076 diamond, U+F0FC tick), the en dash Word's autoformat sets and the typed hyphen, and
markdown's star. The em dash "—" is not one: Swedish print opens a list with the en dash, and an em
dash opening a line is a title's stage or a reply.

Every rule takes the same marks; they differ only in the shape around them:
- `MARK` and a blank: a line that is a list's item ("• Sommarlovet"): a list under a title
  is no part of it (`indexer.segment.titles`, `indexer.segment.common.continues_title`), the title
  stands above the list (`indexer.meta.doctype`), a note or sub-point under an agenda row
  (`indexer.read.agenda_table`), a point's own line (`indexer.segment.after_table`).
- `MARK` placed by a pattern of its own: the marker before a presenter (`indexer.entities.
  doc_actions`), a listed point (`after_table`), a cited document, a received one (`indexer.entities.
  absence`), a name alone or inverted on a list line (`indexer.entities.attendance`, `inverted`), a report
  line (`indexer.entities.action_blocks`), a sentence break before a list line (`indexer.entities.actions`).
- `LEAD`: the blanks and marks that open a line before its label or name ("• Reservation:", "- Ja:",
  "– Anna Ek"), for the vote lists, attendance, authored matters and action blocks.
- `BULLET`, `BULLETS`: the glyphs alone, no dash or star: a scraped page split on its bullets
  (`indexer.segment.lists.split_bullets`): every bullet there starts an item, and a dash inside an
  item's text ("- beslut efter samråd") must not split it. A list under a numbered heading's title
  (`lists`) is the glyphs and the hyphen: an en dash line there is the title's wrapped second half.

Imports only `re`, so readers, segmenters and entity rules all share it.
"""

from __future__ import annotations

import re

__all__ = ["BULLET", "BULLETS", "DASHES", "LEAD", "MARK", "MARKS", "char_class"]

#: Glyph bullets: "•" (and Symbol's U+F0B7), "·", "▪", "●", "◦", "‣", "∙", "■", "□", "○", "◆", "►", "➢", "➤",
#: "❖", "✓", "✔", "⁃", and the Wingdings square, arrow, diamond and tick a PDF's text layer gives.
BULLETS = "•·▪●◦‣∙■□○◆►➢➤❖✓✔⁃\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
#: Dashes that open a list item: the en dash and the hyphen.
DASHES = "–-"
#: Every list mark: the bullets, the dashes, markdown's star.
MARKS = BULLETS + DASHES + "*"


def char_class(chars: str, extra: str = "") -> str:
    """A regex character class of `chars` and the regex class text `extra` ("[ \\t•…]")."""
    return "[" + extra + "".join(re.escape(c) for c in chars) + "]"


#: One list mark.
MARK = char_class(MARKS)
#: One glyph bullet (no dash, no star).
BULLET = char_class(BULLETS)
#: The blanks and list marks opening a line, none or many.
LEAD = char_class(MARKS, r" \t") + "*"
