"""Checks of the votes the readers found against what the document itself says (issue 9).

- **The voter**: a vote whose voter is none of the document's people (an OCR'd or misprinted name, or
  the absent member whose seat a serving ersättare took) is the vote of the one member it fits, when
  exactly one does and that member has no vote in the omröstning: a member of the same party whose name
  is the voter's but for a letter or two, its order or a name left out ("Ruth Nilsson" of "Ruth Nilsson
  Haapalahti"), or the ersättare who replaces the voter.
- **The printed result** ("Med 10 ja-röster mot 8 nej-röster"): where the readers found fewer votes than
  it counts, the general reader (`indexer.entities.votes.tally`) may read the omröstning's block; where
  they found as many but their counts per answer are not the result's, their reading is suspect and the
  other readings are tried: the same votes with the answers' columns in another order (ja and nej
  swapped, marks read one column off), one vote of a voter the readers gave two, and every block the
  general reader reads with those counts that holds most of the same voters. The reading replaces the
  readers' only when exactly one such reading fits; otherwise the readers' votes stay (a result may be
  misprinted, or be another omröstning's: a result that another round of the item fits is that round's).
  A round with fewer votes than its result that the next round completes (distinct voters, the result's
  counts together) is one omröstning the readers split in two (a table's page break and its header again).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Iterable

from rapidfuzz.distance import Levenshtein

from indexer.entities.finder import NameFinder
from indexer.entities.keys import person_key
from indexer.entities.votes.tally import Blocks, Tally, TallySearch, is_member, tallies, tally_readings
from indexer.types import VOTE_VALUES, Item, Person, Vote


def _fold(name: str) -> str:
    """A name's key without any accent (å = a, ö = o): what an OCR or a font may drop."""
    key = unicodedata.normalize("NFD", person_key(name))
    return "".join(ch for ch in key if not unicodedata.combining(ch))


def similar_names(voter: str, member: str) -> bool:
    """Whether a voter's name as a vote list prints it may be a member's: the same but for accents, a
    letter (two in a long name), the order of its names, or a name the member has that it leaves out
    (the first name kept: "Ruth Nilsson" of "Ruth Nilsson Haapalahti")."""
    a, b = _fold(voter), _fold(member)
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if sorted(ta) == sorted(tb):
        return True
    if len(ta) >= 2 and set(ta) < set(tb) and ta[0] == tb[0]:
        return True
    if len(a) < 8 or ta[-1][:1] != tb[-1][:1]:
        return False
    return Levenshtein.distance(a, b) <= (1 if len(a) < 14 else 2)


def rename_strangers(items: list[Item], persons: list[Person]) -> set[str]:
    """Give each vote whose voter is none of `persons` to the one member it fits (see the module doc),
    in place; returns the keys of the voters renamed."""
    known = {person_key(p.name) for p in persons}
    members = [p for p in persons if is_member(p)]
    renamed: set[str] = set()
    for item in items:
        for rnd in sorted({v.round for v in item.votes}):
            votes = [v for v in item.votes if v.round == rnd]
            voting = {person_key(v.person) for v in votes}
            for v in votes:
                key = person_key(v.person)
                if key in known:
                    continue
                fits = {
                    person_key(p.name): p
                    for p in members
                    if (p.replaces and similar_names(v.person, p.replaces))
                    or (similar_names(v.person, p.name) and v.party in (None, p.party or v.party))
                }
                fits = {k: p for k, p in fits.items() if k not in voting}
                if len(fits) != 1:
                    continue
                ((new, member),) = fits.items()
                renamed.add(key)
                voting.discard(key)
                voting.add(new)
                v.person, v.party = member.name, member.party or v.party
    return renamed


def _fits(tally: Tally, votes: Iterable[Vote]) -> bool:
    counts: dict[str, int] = {}
    for v in votes:
        counts[v.vote] = counts.get(v.vote, 0) + 1
    return tally.fits(counts)


def _pairs(votes: list[Vote]) -> frozenset[tuple[str, str]]:
    return frozenset((person_key(v.person), v.vote) for v in votes)


def _relabelled(votes: list[Vote]) -> Iterable[list[Vote]]:
    """The votes with the answers in every other order (columns read swapped or one off)."""
    for order in itertools.permutations(VOTE_VALUES):
        if order == VOTE_VALUES:
            continue
        to = dict(zip(VOTE_VALUES, order, strict=True))
        yield [Vote(v.person, to.get(v.vote, v.vote), v.round, v.party) for v in votes]


def _one_each(votes: list[Vote]) -> Iterable[list[Vote]]:
    """The votes keeping one vote of each voter the readers gave two or more (a few such voters)."""
    by_key: dict[str, list[Vote]] = {}
    for v in votes:
        by_key.setdefault(person_key(v.person), []).append(v)
    twice = [vs for vs in by_key.values() if len(vs) > 1]
    if not twice or len(twice) > 3:
        return
    once = [vs[0] for vs in by_key.values() if len(vs) == 1]
    for kept in itertools.product(*twice):
        yield once + list(kept)


def one_reading(votes: list[Vote], tally: Tally, readings: Iterable[list[Vote]]) -> list[Vote] | None:
    """The one reading of an omröstning whose counts are its printed result, None when none or several
    are: the readers' `votes` with the answers in another order or one vote per voter, or one of the
    general reader's `readings` that shares most of their voters."""
    found: dict[frozenset[tuple[str, str]], list[Vote]] = {}
    for other in itertools.chain(_relabelled(votes), _one_each(votes)):
        if _fits(tally, other):
            found.setdefault(_pairs(other), other)
    keys = {person_key(v.person) for v in votes}
    for other in readings:
        theirs = {person_key(v.person) for v in other}
        if 2 * len(keys & theirs) > max(len(keys), len(theirs)):
            found.setdefault(_pairs(other), other)
    return next(iter(found.values())) if len(found) == 1 else None


def _joined(item: Item, rnd: int, found: list[Tally]) -> bool:
    """Join round `rnd` and the next when together they give the round's result and the next round's
    votes are not its own result (the item prints none for it, or other counts): one omröstning's
    table the readers took for two (its page break, a header printed again); later rounds move up."""
    tally = found[rnd - 1]
    now = [v for v in item.votes if v.round == rnd]
    after = [v for v in item.votes if v.round == rnd + 1]
    if not now or not after or (rnd < len(found) and _fits(found[rnd], after)):
        return False
    keys = [person_key(v.person) for v in now + after]
    if len(set(keys)) != len(keys) or not _fits(tally, now + after):
        return False
    for v in item.votes:
        if v.round > rnd:
            v.round -= 1
    return True


def checked_by_tally(
    items: list[Item], preamble: str, finder: NameFinder, note: Callable[[Vote, int], None]
) -> None:
    """Check each omröstning whose item prints its result as counts (see the module doc); `note(vote,
    k)` is told each vote put in item k."""
    seen: Blocks = {}
    for k, item in enumerate(items):
        found = tallies(item.text)
        for rnd, tally in enumerate(found, start=1):
            current = [v for v in item.votes if v.round == rnd]
            full = len(current) >= tally.total
            if full and _fits(tally, current):
                continue
            others = {v.round for v in item.votes} - {rnd}
            if full and any(_fits(tally, [v for v in item.votes if v.round == r]) for r in others):
                continue  # another round's result (its own printed in words, or not at all)
            taken = [  # every other omröstning's votes, the item's own other rounds too
                {(person_key(v.person), v.vote) for v in other.votes if v.round == r}
                for j, other in enumerate(items)
                for r in {v.round for v in other.votes}
                if (j, r) != (k, rnd)
            ]
            texts = [item.text, preamble] + [other.text for j, other in enumerate(items) if j != k]
            if not full and _joined(item, rnd, found):
                continue
            readings = tally_readings(texts, TallySearch(tally, finder, taken, rnd - 1, len(found)), seen)
            if full:
                reading = one_reading(current, tally, readings)
                if reading is None:
                    continue
                item.votes = [v for v in item.votes if v.round != rnd]
                votes = reading
            else:
                votes = next(readings, [])
                if not votes:
                    continue
                # a misread of the same block may have put some of its voters in a round no result counts
                keys = {person_key(v.person) for v in votes}
                item.votes = [
                    v for v in item.votes
                    if v.round != rnd and not (v.round > len(found) and person_key(v.person) in keys)
                ]  # fmt: skip
            for v in votes:
                v.round = rnd
                item.votes.append(v)
                note(v, k)


__all__ = ["checked_by_tally", "one_reading", "rename_strangers", "similar_names"]
