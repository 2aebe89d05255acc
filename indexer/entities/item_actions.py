"""Who did what in each item of a document: the item's sentences and blocks, the authors its title or text
names, the presenters of its report lines, and written reservations printed as a bilaga for another
paragraph (moved to that paragraph once every item is read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from indexer.entities import action_blocks, actions, doc_actions, votes
from indexer.entities.keys import person_key
from indexer.entities.note_appendix import NoteAppendix, note_appendices
from indexer.entities.triggers import find_triggers
from indexer.types import Action, Item, Person

#: A point of the meeting's own business: choosing justerare, approving the agenda, the roll call.
_PROCEDURE_TITLE = re.compile(
    r"(?i)\b(?:val av (?:protokoll)?justerare|justering|dagordning(?:en)?|föredragningslista(?:n)?|upprop)\b"
)


@dataclass
class ItemActions:
    """Reads the actions of a document's items, one item at a time, then places its bilagor.

    Args:
        doc: The document: its people, chair and role words; whether it records or plans a meeting (a
            "Föredragande" cell names a presenter) and whether it is a kallelse (what its text "föreslår"
            is put before the meeting, no yrkande).
    """

    doc: actions.ActionContext
    pending: list[tuple[Item, NoteAppendix]] = field(default_factory=list)

    def read(self, item: Item, found: list[tuple[int, int, Person]]) -> None:
        """Set `item.actions` (`found`: the document's people found in the item's text)."""
        # a vote appendix or a written reservation for another paragraph printed in this item is that
        # paragraph's ("Ja = bifall till Karin Falks (M) yrkande", "Reservation § 45" after the last item)
        appendices = note_appendices(item.text, item.number)
        self.pending += [(item, a) for a in appendices]
        cut = min([votes.appendix_start(item.text, item.number), *(a.start for a in appendices)])
        # the authors of the item's matter: what they "föreslår" in its description is their motion
        authors = doc_actions.title_authors(item, self.doc.finder)
        item.actions = actions.find_actions(
            item.text[:cut],
            self.doc,
            [f for f in found if f[1] <= cut],
            authors=frozenset(a.person for a in authors if a.person),
            questions=bool(actions.QUESTIONS_ITEM.match(item.title)),
        )
        reports = action_blocks.information_presenters(item, self.doc.finder) if self.doc.minutes else []
        # a title that says who presents with a verb: "Förvaltningschefen informerar" (its authors are
        # `title_authors`'s; a noun's "Aktuell information från ordförande och regiondirektör" names the
        # topic's source, not who presents it)
        if any(t.lastgroup == "presented" for t in find_triggers(item.title)):
            reports += [a for a in actions.find_actions(item.title, self.doc) if a.kind == "presented"]
        chair = self.doc.chair.name if self.doc.chair is not None else None
        if chair and _PROCEDURE_TITLE.search(item.title):
            # "Godkännande av dagordning | Föredragande: Ordförande": the chair chairs the meeting's own
            # business, which presents no matter
            item.actions = [a for a in item.actions if not (a.kind == "presented" and a.person == chair)]
        # "Interpellation från Framtid Vellinge" asked by "Joakim Mattsson (FV) frågar …": one matter, its
        # member's; the party raises it only where none of its members does in the item
        raisers = {self._party_of(a.person) for a in item.actions if a.kind == "raised" and a.person}
        authors = [a for a in authors if a.person or a.party not in raisers]
        _add(item.actions, [*authors, *reports])

    def _party_of(self, name: str) -> str | None:
        person = self.doc.finder.by_key.get(person_key(name))
        return person.party if person is not None else None

    def place_appendices(self, items: list[Item]) -> None:
        """Give each written reservation or note printed as a bilaga to the paragraph it names (to the item
        it is printed in when the document has no such paragraph)."""
        by_number = {it.number: it for it in items if it.number}
        doc = replace(self.doc, planned=False)  # as a bilaga was always read: it records the meeting
        for item, appendix in self.pending:
            block = item.text[appendix.start : appendix.end]
            target = by_number.get(appendix.target, item)
            _add(target.actions, actions.find_actions(block, doc))


def _add(have: list[Action], more: list[Action]) -> None:
    """Append the actions of `more` that `have` lacks (one per person or party and kind)."""
    keys = {(a.person or f"party:{a.party}", a.kind) for a in have}
    for a in more:
        key = (a.person or f"party:{a.party}", a.kind)
        if key not in keys:
            keys.add(key)
            have.append(a)
