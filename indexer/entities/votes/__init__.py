"""Roll-call votes (omröstningar) printed per person: each person's ja, nej or avstår in an item.

- `place`: reads an item's votes (tables first, then lists, then rows) and puts each omröstning in the
  item it belongs to (a bilaga or voteringslista refers back to its §);
- `grid`: a table's lines split into cells, and what its header's columns hold;
- `tables`: the votes of vote tables (marks under Ja/Nej/Avstår, a vote word column, ersättare);
- `lists`: lists grouped by vote ("Ja-röster: …", "Följande röstar nej: …") and sentences;
- `columns`: lists printed side by side ("Ja-röster    Nej-röster"), unfolded one after the other;
- `voters`: who a list names (inverted names, surnames alone, replaced members);
- `rows`: a voter per line with the vote word ("Anna Ek (S)   Ja"), name-vote pairs;
- `propositions`: votes printed per proposal, mapped to ja and nej by the propositionsordning;
- `accents`: vote words that lost their å/ö to an OCR or a font;
- `tally`: the printed result ("Med 10 ja-röster mot 8 nej-röster, 1 ledamot avstår"), and a general
  reader of vote blocks it checks, for an item the readers above give fewer votes than its result counts;
- `check`: the readers' votes checked by the document: a reading whose counts are not the printed result
  gives way to the one other reading whose counts are (answers relabelled, a split table joined, a block
  the general reader reads), a voter none of the document's people is to the one member it fits.

The rewrites (`accents`, `propositions`, `columns`) keep every offset, so what the readers report
(where an omröstning starts) still points into the item's text.
"""

from indexer.entities.votes.place import add_votes, appendix_start, find_votes, placed_votes, target_paragraph

__all__ = ["add_votes", "appendix_start", "find_votes", "placed_votes", "target_paragraph"]
