"""Entities, people, places and actions of one document: the orchestrator.

The logic lives in `indexer.entities.people` (who), `indexer.entities.actions` (who did what),
`indexer.entities.nlp` (kommuner, regioner, parties, organs), `indexer.entities.places` (which places the
document is about) and `indexer.segment.dnr` (diarienummer); this module runs them over the items and
fills the `Extraction`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from indexer.entities import actions, doc_actions, matter_signers, nlp, people, places, substitutes, votes
from indexer.entities.item_actions import ItemActions
from indexer.entities.local_parties import local_party_codes, local_party_names
from indexer.entities.parties import local_parties, party_code, party_re
from indexer.entities.rolewords import RoleWords
from indexer.segment.dnr import find_dnr
from indexer.types import Entity, Extraction, Item, Person


def annotate(ex: Extraction, text: str) -> None:
    """Fill `ex.persons`, every item's entities and actions, `ex.kommuner` and `ex.regions`.

    Args:
        ex: The extraction with its items already segmented (modified in place).
        text: The cleaned text of the whole document (attendance blocks live outside the items).
    """
    # A local party's code in the attendance list ("Anna Ek (ÖP)") is a party everywhere in the document,
    # and so is its name where the document prints the two side by side ("HP = Håbopartiet").
    codes = local_party_codes(text)
    with local_parties(codes, local_party_names(text, codes)):
        _annotate(ex, text)


def _annotate(ex: Extraction, text: str) -> None:
    planned = ex.meta.doc_type == "kallelse"
    persons = people.without_places(people.find_persons(text, planned=planned), [it.title for it in ex.items])
    substitutes.mark_substitutes(persons, text)
    finder = people.NameFinder(persons)
    chair = people.chair(persons)
    roles = RoleWords(persons)
    hint = _series_hint(ex)
    # A "Föredragande: Anna Ek" cell says who presents the item, in minutes and in a kallelse's agenda
    # alike (issue 9); a tjänsteskrivelse's "Föredragande" is its author's byline.
    minutes = ex.meta.doc_type in ("protokoll", "minnesanteckningar", "mötesanteckningar", "kallelse")
    index_of = {id(p): k for k, p in enumerate(persons)}
    item_ents = _gazetteer_entities(ex.items, text)
    doc_ents = item_ents.pop()
    acts = ItemActions(actions.ActionContext(finder, chair, roles, minutes, planned=planned))
    for i, item in enumerate(ex.items):
        ents: list[Entity] = []
        found = finder.find(item.text)
        for s, e, p in found:
            ents.append(Entity("PERSON", item.text[s:e], p.name, s, e))
            _mark(p, i)
        for _s, _e, p in finder.find(item.title):
            _mark(p, i)
        if chair is not None and actions.names_chair(item.text):
            _mark(chair, i)  # "Ordföranden (M) prövar ...": the chair is in the item
        for label, span, norm, s, e in item_ents[i]:
            ents.append(Entity(label, span, norm, s, e))
        for pm in party_re().finditer(item.text):
            code = party_code(pm.group("party"))
            if code:
                ents.append(Entity("PARTY", pm.group(0), code, pm.start(), pm.end()))
        ents += _dnr_entities(item, hint)
        item.entities = _dedupe(ents)
        acts.read(item, found)
    acts.place_appendices(ex.items)
    first = min((it.start for it in ex.items), default=0)
    doc_actions.add_justerare(ex, persons, finder, text[:first])
    doc_actions.header_presenters(ex.items, text[:first], finder)
    matter_signers.add_signers(ex, finder)
    if minutes:
        doc_actions.column_presenters(ex.items, text, finder)
    voters = votes.add_votes(ex.items, persons, finder, text[:first])
    _speakers(persons, ex.items)
    _implied_roles(persons)
    persons.sort(key=lambda p: index_of[id(p)])
    ex.persons = persons + voters
    # Items are normally slices of `text`; those analysed on their own add their places too.
    all_ents = doc_ents + [e for ents in item_ents for e in ents]
    ex.kommuner = places.kommuner(all_ents, persons, text, ex.meta.organization)
    ex.regions = places.regions(text, all_ents, persons, ex.meta.organization)


def _gazetteer_entities(items: list[Item], text: str) -> list[list[nlp.GazEntity]]:
    """Gazetteer entities of every item (item offsets), then of the whole text (last).

    An item's text is normally a slice of the document text and takes the document's entities in its
    range; an item whose text was rewritten by the segmenter is analysed on its own (in the same spaCy
    call)."""
    # An item's text is looked for up to the next item's heading: searching the rest of the document
    # for every rewritten item made a long protocol quadratic.
    heads = sorted({it.start for it in items})
    bases = []
    for it in items:
        nxt = bisect_right(heads, it.start)
        stop = heads[nxt] if nxt < len(heads) else len(text)
        bases.append(text.find(it.text, max(0, it.start - 1), stop) if it.text else -1)
    own = [i for i, b in enumerate(bases) if b < 0]
    own_at = {i: k for k, i in enumerate(own)}
    results = nlp.gazetteer_entities_many([text] + [items[i].text for i in own])
    doc_ents = results[0]
    starts = [e[3] for e in doc_ents]
    per_item: list[list[nlp.GazEntity]] = []
    for i, it in enumerate(items):
        base = bases[i]
        if base < 0:
            per_item.append(results[1 + own_at[i]])
            continue
        end = base + len(it.text)
        # doc_ents are sorted by start: only those starting inside the item are looked at
        inside = doc_ents[bisect_left(starts, base) : bisect_right(starts, end)]
        per_item.append([(lab, sp, no, s - base, e - base) for lab, sp, no, s, e in inside if e <= end])
    per_item.append(doc_ents)
    return per_item


def _speakers(persons: list[Person], items: list[Item]) -> None:
    """Roles that follow from actions.

    A person with no role or party who presents something in an item is a
    föredragande; whoever is appointed to check the minutes ("utses som
    justerare") is a justerare of this meeting, even when the attendance list
    only says ledamot.
    """
    presenting = {a.person for it in items for a in it.actions if a.kind == "presented"}
    checking = {a.person for it in items for a in it.actions if a.kind == "justerare"}
    for p in persons:
        if not p.roles and not p.party and p.name in presenting:
            p.roles.append("föredragande")
        if p.name in checking and "justerare" not in p.roles:
            p.roles.append("justerare")


#: The roles that already say in what capacity a chair sits.
_SEATS = frozenset({"ledamot", "ersättare", "tjänstgörande ersättare", "närvarande"})
#: What a serving ersättare's block or column also gave them ("Beslutande", "Ersättare", "Närvarande").
_SERVING_ALSO = frozenset({"ledamot", "ersättare", "närvarande"})


def _implied_roles(persons: list[Person]) -> None:
    """The roles a person's other roles imply, as gold writes them (GOLD_FORMAT):

    - a serving ersättare is "tjänstgörande ersättare" alone, not also the role of the block or column
      that lists them ("Beslutande: Eva Holm (V), tjänstgörande ersättare", under "Ersättare" with
      "ersätter Bo Berg");
    - a politician who chairs (or vice-chairs) is a member (ledamot) too where only a table's role cell
      or a form's label named the chair ("Anna Ek | S | Ordförande"); without a party the chair may be an
      official leading a råd's meeting, and under a list of those present ("Närvarande") its seat is
      not said: nothing is added;
    - a secretary without a party is an official (tjänsteperson), also where the list put the name under
      "Övriga närvarande" or a signature's caption alone named the role.
    """
    for p in persons:
        roles = set(p.roles)
        if "tjänstgörande ersättare" in roles:
            p.roles = [r for r in p.roles if r not in _SERVING_ALSO]
        elif p.party and not _SEATS & roles and {"ordförande", "vice ordförande"} & roles:
            p.roles.append("ledamot")
        if "sekreterare" in roles and not p.party and "tjänsteperson" not in roles:
            p.roles.append("tjänsteperson")


def _mark(p: Person, i: int) -> None:
    # Items are visited in order, so an item already marked is the last one (a membership test over
    # the list made a chair named in every item of a long protocol quadratic).
    if not p.items or p.items[-1] != i:
        p.items.append(i)


def _series_hint(ex: Extraction) -> str | None:
    """The series most items already carry ("KS"), for bare numbers like "2025-00970"."""
    counts: dict[str, int] = {}
    for item in ex.items:
        for d in item.diarienummer:
            if "-" in d:
                s = d.split("-")[0]
                counts[s] = counts.get(s, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else None


#: Every diarienummer form has an upper-case series right before digits ("KS-2025", "RS/554", "HSF24",
#: "KS KF/2023") or is a bare year-serial ("2025-00970"); text without either holds none.
_MAYBE_DNR = re.compile(r"[A-ZÅÄÖ][-/ ]?\d\d|[A-Za-z]\d{4}/\d|\b(?:19|20)\d\d-\d{5}")


def _dnr_entities(item: Item, hint: str | None) -> list[Entity]:
    """DNR spans in the item text (which of them are the item's own case is `indexer.segment`'s call)."""
    out: list[Entity] = []
    if not _MAYBE_DNR.search(item.text):
        return out
    for key in find_dnr(item.text, series_hint=hint):
        pos = item.text.find(key)
        if pos >= 0:
            out.append(Entity("DNR", key, key, pos, pos + len(key)))
    return out


def _dedupe(ents: list[Entity]) -> list[Entity]:
    """Sorted by offset; a span inside a longer span of another entity is dropped."""
    ents.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Entity] = []
    for e in ents:
        if out and e.start < out[-1].end and e.end <= out[-1].end and e.label != "PARTY":
            continue
        out.append(e)
    return out
