"""Roll-call votes (omröstningar) printed per person: each person's ja, nej or avstår in an item.

- `place`: reads an item's votes (tables first, then lists, then rows) and puts each omröstning in the
  item it belongs to (a bilaga or voteringslista refers back to its §);
- `grid`: a table's lines split into cells, and what its header's columns hold;
- `tables`: the votes of vote tables (marks under Ja/Nej/Avstår, a vote word column, ersättare);
- `lists`: lists grouped by vote ("Ja-röster: …", "Följande röstar nej: …") and sentences;
- `rows`: a voter per line with the vote word ("Anna Ek (S)   Ja"), name-vote pairs.
"""

from indexer.entities.votes.place import add_votes, appendix_start, find_votes, placed_votes, target_paragraph

__all__ = ["add_votes", "appendix_start", "find_votes", "placed_votes", "target_paragraph"]
