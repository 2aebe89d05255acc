"""Who did what in an agenda item: raised, proposed, reserved, protocol_note, presented, justerare.

Each sentence of an item is searched for trigger words; the actors are the people named just before the
trigger ("Johan Tolinsson (S), Jan-Christer Jansson (V) och Helen Thylin (S) reserverar sig"), the person
right after an inverted or passive trigger ("Vidare informerar ordföranden", "föredras av Anna Ek"), or
the names under a heading word ("Protokollsanteckning\\nRenée Sylvan (S) ..."). "Ordföranden" / "Ordförande
(M)" without a name is the chair named in the document's header.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from indexer.entities.finder import NameFinder
from indexer.entities.parties import current_local_parties
from indexer.entities.party_actors import party_actors
from indexer.entities.rolewords import RoleWords
from indexer.entities.triggers import Trigger, find_triggers
from indexer.types import Action, Person

#: A heading word whose actors follow it: "Reservation\nX (S) ...", "Protokollsanteckning: X".
_HEADINGS = r"Reservation(?:er)?|Protokollsanteckning(?:ar)?|Yrkanden?|Särskil[dt]a? yttranden?"
_HEADING_RE = re.compile(rf"^[ \t#]*\**(?P<word>{_HEADINGS})\**[ \t]*:?\**[ \t]*$", re.MULTILINE)
_HEADING_KIND = {
    "reserv": "reserved",
    "protok": "protocol_note",
    "yrkand": "proposed",
    "särski": "protocol_note",
}
#: "Föredragande: ekonomidirektör Kristina Lundin" at the start of a line.
_PRESENTER_LABEL = re.compile(
    r"^[ \t]*Föredragande[ \t]*:?[ \t]*(?:[a-zåäö][\wåäö\-]*[ \t]+){0,2}", re.MULTILINE
)
#: A name in a presenter cell followed by its title: ", utredare", ", controller", or the line end.
_TITLED_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*[a-zåäö][\wåäö\-]*(?:[ \t][a-zåäö][\wåäö\-]*)?[ \t]*(?:,|$)|$)", re.M
)
#: Where the block under such a heading ends: the next section heading.
_SECTION_END = re.compile(
    r"^[ \t#]*\**(?:Beslutsgång|Omröstning|Propositionsordning|Beslut|Sammanfattning|Beslutsunderlag"
    rf"|Expedieras|Beslutet skickas till|{_HEADINGS})\**[ \t]*:?\**[ \t]*$",
    re.MULTILINE,
)
#: "Anna Ek (S): Bifall till förslaget." at the start of a line under a heading.
_COLON_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,4}\))?[ \t]*:")
#: Members joining an actor's proposal after the verb: "... yrkar bifall, med instämmande av Bo Ek (M)".
_JOINING = re.compile(r"(?:och )?med instämmande (?:av|från) ", re.IGNORECASE)
#: Between an inverted or passive trigger and its actor: "av", a lower-case title.
_AFTER_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:av\s+)?(?:[a-zåäö][\wåäö\-]*\s+){0,2}")
#: Between "Till justerare" / "att jämte ordföranden justera protokollet" and the one chosen: "utses".
_INLINE_UTSES = re.compile(r" (?:utses|utsågs|väljs|valdes) ")
#: A genitive name right before a proposal noun: "Renée Sylvans (S) tilläggsyrkande".
_PROPOSAL_NOUN = re.compile(r"\s*(?:\([^()]{1,4}\)\s*)?(?:\w*yrkande)(?![\wåäö])", re.IGNORECASE)
#: A presentation named by its noun: "Kommundirektörens information", "Information från Anna Ek".
_TALK_NOUNS = r"(?:information|informationen|föredragning|redogörelse|presentation|återkoppling|dragning)"
_TALK_NOUN_AFTER = re.compile(rf"(?:\s*\([^()]{{1,4}}\))?\s+{_TALK_NOUNS}(?![\wåäö])", re.IGNORECASE)
_TALK_NOUN_BEFORE = re.compile(
    rf"(?<![\wåäö]){_TALK_NOUNS}\s+(?:från|av|med)\s+(?:[a-zåäö][\wåäö\-]*\s+){{0,2}}$", re.IGNORECASE
)
#: What may stand between names of one list of actors.
#: An apposition between two actors: "Tobias Ramstedt, Förvaltningschef i Varberg och Patrik Hellberg".
_APPOSITION_GAP = re.compile(
    r"^(?:\s*\([^()]{1,40}\))?\s*,[^,.;:()]{1,100}?(?:,\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+)$"
)
_LIST_GAP = re.compile(
    r"^(?:\s*\([^()]{1,40}\))?\s*(?:,|och|samt|&|(?:och )?med instämmande av)?\s*"
    r"(?:\([^()]{1,40}\))?\s*,?\s*$"
)
#: What may stand between the actors and the trigger: a party, a title between commas, a role.
_SUBJECT_GAP = re.compile(r"^(?:\s*\([^()]{0,60}\))*\s*(?:,[^,.;:\n]{0,80},)?\s*(?:\w+\s+){0,1}$")
#: "Ordföranden", "Ordförande (L)" used as a name.
_CHAIR_RE = re.compile(
    r"(?<![\wåäö])(?<!vice )(?<!Vice )[Oo]rdförande(?:n)?(?:\s*\([^()]{1,4}\))?(?!\s+(?:[A-ZÅÄÖ]|\())"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\-•])|\n\s*\n|\n\s*[-•–]\s+")


#: The members named after a verb-first reservation: "reserverar sig [till förmån för …] ledamöterna".
_MEMBERS_AFTER = re.compile(
    r"[^.;:\n]{0,100}?(?:\n[^.;:\n]{0,100}?)?(?<![\wåäö])(?P<word>ledamöterna|ledamoten|ersättaren|ersättarna)"
    r"(?![\wåäö])",
    re.IGNORECASE,
)


def _proposal_genitive(text: str, m: _Mention) -> bool:
    """A name in the genitive before a proposal noun: "Anna Eks (S) yrkande" names the proposer only."""
    return text[m.start : m.end].endswith("s") and _PROPOSAL_NOUN.match(text, m.end) is not None


@dataclass
class _Mention:
    start: int
    end: int
    person: Person


class _Collector:
    """Actions in order of appearance, each (person, kind) once, with the sentence as evidence."""

    def __init__(self) -> None:
        self.out: list[Action] = []
        self.seen: set[tuple[str, str]] = set()
        self.party_of_named: set[tuple[str, str]] = set()

    def done(self) -> list[Action]:
        """The actions; a party's action dropped where members of the party are named doing it ("Anna Ek (M)
        … lämnar följande reservation: Moderaterna reserverar sig …" is Anna Ek's reservation)."""
        # a party's reservation or note quoted by its named members is theirs; a party's own yrkande is not
        named = {(k, p) for k, p in self.party_of_named if k in ("reserved", "protocol_note")}
        return [a for a in self.out if a.person or (a.kind, a.party) not in named]

    def add(self, person: Person, kind: str, evidence: str, trigger: str = "") -> None:
        if person.name and person.party:
            self.party_of_named.add((kind, person.party))
        if not person.name and not _party_may(kind, trigger):
            return
        key = (person.name or f"party:{person.party}", kind)
        if key not in self.seen:
            self.seen.add(key)
            self.out.append(
                Action(
                    person=person.name,
                    kind=kind,
                    evidence=" ".join(evidence.split())[:300],
                    party=None if person.name else person.party,
                )
            )


def _party_may(kind: str, trigger: str) -> bool:
    """A party acts as a whole by reserving itself, noting in the protocol or moving a yrkande;
    "Vänsterpartiet föreslår" in an ärende's description is what a proposal says, not a move at the
    meeting."""
    if kind in ("reserved", "protocol_note"):
        return True
    return kind == "proposed" and trigger.casefold().lstrip().startswith(
        ("yrka", "tilläggsyrka", "ändringsyrka")
    )


def find_actions(
    text: str,
    finder: NameFinder,
    chair: Person | None,
    found: list[tuple[int, int, Person]] | None = None,
    *,
    minutes: bool = False,
    roles: RoleWords | None = None,
) -> list[Action]:
    """The actions in one item's text.

    Args:
        text: The item's text (title not included).
        finder: The document's people (`indexer.entities.people.NameFinder`).
        chair: The chair named in the document header, for "Ordföranden yrkar".
        found: `finder.find(text)` when the caller already has it.
        minutes: The document records or plans a meeting (protokoll, anteckningar, kallelse): there a
            "Föredragande: Anna Ek" line or cell says Anna Ek presents the item.
        roles: The document's role words ("Förvaltningschefen", "vice ordförande"); by default only the
            chair's.

    Returns:
        Actions in order of appearance, without duplicates (person, kind).
    """
    triggers = find_triggers(text)
    has_heading = any(
        w in text
        for w in ("eservation", "rotokollsanteckning", "Yrkande", "yttrande", "nformation", "öredragning")
    )
    labelled = minutes and "Föredragande" in text
    if not triggers and not has_heading and not labelled and "yrkande" not in text:
        return []
    if roles is None:
        roles = RoleWords([chair] if chair is not None else [])
    mentions = _mentions(text, finder.find(text) if found is None else found, roles, current_local_parties())
    # Mentions and triggers are in text order: bisection finds those of a sentence or a block, so the
    # work grows with the text, not with sentences times mentions.
    starts = [m.start for m in mentions]
    t_starts = [tm.start() for tm in triggers]
    acts = _Collector()
    for s_start, s_end in _sentences(text):
        lo, hi = bisect_left(starts, s_start), bisect_left(starts, s_end)
        if lo < hi:
            in_sentence = triggers[bisect_left(t_starts, s_start) : bisect_left(t_starts, s_end)]
            _sentence_actions(text, s_start, s_end, mentions[lo:hi], in_sentence, acts)
    for hm in _HEADING_RE.finditer(text):
        _heading_actions(text, hm, mentions, starts, acts)
    if labelled:
        for lm in _PRESENTER_LABEL.finditer(text):
            i = bisect_left(starts, lm.end())
            if i < len(mentions) and mentions[i].start == lm.end():
                for m in _first_group(text, (mentions[j] for j in range(i, len(mentions)))):
                    acts.add(m.person, "presented", text[lm.start() : lm.end() + 80])
                # a cell's second presenter after a wrapped title's tail on the same line ("Peter
                # Hallgren, förvaltningschef - beslut efter samråd Anneli Skoog, utredare")
                eol = text.find("\n", lm.end())
                for m in mentions[i : bisect_left(starts, eol if eol >= 0 else len(text))]:
                    if m.person.name and _TITLED_AFTER.match(text, m.end):
                        acts.add(m.person, "presented", text[lm.start() : lm.end() + 80])
    return acts.done()


def names_chair(text: str) -> bool:
    """True when the text refers to the chair by role ("Ordföranden", "Ordförande (M)")."""
    return _CHAIR_RE.search(text) is not None


def _mentions(
    text: str, found: list[tuple[int, int, Person]], roles: RoleWords, local: frozenset[str] = frozenset()
) -> list[_Mention]:
    """The people named in the text, plus those named by role: "Ordföranden" / "Ordförande (M)" as the
    chair, "vice ordförande", "Förvaltningschefen" as the one official with that title."""
    mentions = [_Mention(s, e, p) for s, e, p in found]
    # `found` is in text order; a role word is inside a name when the furthest end among the names
    # starting at or before it lies beyond it.
    starts = [m.start for m in mentions]
    reach = list(itertools.accumulate((m.end for m in mentions), max))
    added = False
    for rm in roles.find(text):
        i = bisect_right(starts, rm.start)
        if i and re.fullmatch(r"\s*(?:\([^()]{1,4}\))?\s*,\s*", text[mentions[i - 1].end : rm.start]):
            continue  # "Lena Engberg, enhetschef …": a title in apposition, not another person
        if not (i and reach[i - 1] > rm.start):
            mentions.append(_Mention(rm.start, rm.end, rm.person))
            added = True
    for ps, pe, code in party_actors(text, local):
        i = bisect_right(starts, ps)
        if not (i and reach[i - 1] > ps):
            mentions.append(_Mention(ps, pe, Person(name="", party=code)))
            added = True
    if added:
        mentions.sort(key=lambda m: m.start)
    return mentions


def _sentence_actions(
    text: str,
    s_start: int,
    s_end: int,
    ms: list[_Mention],
    triggers: list[Trigger],
    acts: _Collector,
) -> None:
    """Actions of one sentence: its triggers with their actors, joiners and genitive proposals."""
    sentence = text[s_start:s_end]
    starts = [m.start for m in ms]
    for tm in triggers:  # the triggers of this sentence
        kind = tm.lastgroup or ""
        actors = _actors(text, tm.start(), tm.end(), s_start, ms, starts, kind)
        for person in actors:
            acts.add(person, kind, sentence, tm.group(0))
        joining = _JOINING.search(text, tm.end(), s_end) if actors else None
        if joining:  # "... yrkar bifall, med instämmande av Bo Ek (M)"
            i = bisect_left(starts, joining.end())
            if i < len(ms) and ms[i].start - joining.end() <= 3:
                for m in _first_group(text, (ms[j] for j in range(i, len(ms)))):
                    acts.add(m.person, kind, sentence, tm.group(0))
    for m in ms:
        genitive = text[m.start : m.end].endswith("s")
        if genitive and _PROPOSAL_NOUN.match(text, m.end):  # "Susanne Anderssons (SD) yrkande"
            acts.add(m.person, "proposed", sentence)
        elif (genitive and _TALK_NOUN_AFTER.match(text, m.end)) or _TALK_NOUN_BEFORE.search(
            text, max(s_start, m.start - 40), m.start
        ):  # "Kommundirektörens information", "Information från förvaltningschefen"
            acts.add(m.person, "presented", sentence)


def _heading_actions(
    text: str, hm: re.Match[str], mentions: list[_Mention], starts: list[int], acts: _Collector
) -> None:
    """Actors under a heading: the list right below "Reservation", and "Anna Ek (S): ..." lines."""
    kind = _HEADING_KIND[hm.group("word")[:6].casefold()]
    nxt = _SECTION_END.search(text, hm.end())
    end = nxt.start() if nxt else len(text)
    block = mentions[bisect_left(starts, hm.end()) : bisect_left(starts, end)]
    evidence = text[hm.start() : min(end, hm.end() + 300)]
    if kind != "proposed":
        first = _first_group(text, block)
        gap = text[hm.end() : first[0].start] if first else "x"
        if not gap.strip() and gap.count("\n") <= 2:
            for m in first:
                acts.add(m.person, kind, evidence, "yrkande")
    for m in block:
        k = m.start  # back over list marks to the line start (not a copy of the whole line per name)
        while k > 0 and text[k - 1] in " \t-•*":
            k -= 1
        if (k == 0 or text[k - 1] == "\n") and _COLON_AFTER.match(text, m.end):
            acts.add(m.person, kind, evidence, "yrkande")
        elif k == 0 or text[k - 1] == "\n":  # "Bo Berg (M) med instämmande av Carl Holm (KD): avslag."
            group = _first_group(text, (x for x in block if x.start >= m.start))
            if len(group) > 1 and _COLON_AFTER.match(text, group[-1].end):
                for g in group:
                    acts.add(g.person, kind, evidence, "yrkande")


#: The longest sentence read as one (the corpus's longest is ~1,700 characters): a longer run without a
#: sentence break (a 2 MB line of names and verbs) is read in pieces, so the work per trigger is bounded.
_MAX_SENTENCE = 5_000


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _SENTENCE_SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > _MAX_SENTENCE:  # cut at the last space before the limit (or at the limit)
            cut = text.rfind(" ", s + 1, s + _MAX_SENTENCE)
            cut = cut if cut > s else s + _MAX_SENTENCE
            out.append((s, cut))
            s = cut
        if e > s:
            out.append((s, e))
    return out


def _first_group(text: str, ms: Iterable[_Mention]) -> list[_Mention]:
    """The first list of names ("A (S), B (V) och C (L)", "A, enhetschef, och B") among `ms`."""
    group: list[_Mention] = []
    for m in ms:
        gap = text[group[-1].end : m.start] if group else ""
        if group and not (_LIST_GAP.match(gap) or _APPOSITION_GAP.match(gap)):
            break
        group.append(m)
    return group


def _actors(
    text: str, t_start: int, t_end: int, s_start: int, ms: list[_Mention], starts: list[int], kind: str
) -> list[Person]:
    """The people doing the action whose trigger is at text[t_start:t_end] (`starts`: mention starts)."""
    # The mentions ending before the trigger, nearest first; read lazily, as the group stops early.
    before = (m for m in reversed(ms[: bisect_left(starts, t_start)]) if m.end <= t_start)
    last = next(before, None)
    if last is not None:
        group = [last]
        for m in before:
            gap = text[m.end : group[0].start]
            if not (_LIST_GAP.match(gap) or _APPOSITION_GAP.match(gap)):
                break
            group.insert(0, m)
        gap = text[group[-1].end : t_start]
        is_subject = text[s_start : group[0].start].strip(" \t\n-•–*") == "" or re.fullmatch(
            r"(?:\S+\s+){0,3}", text[s_start : group[0].start].strip(" \t\n-•–*") + " "
        )
        if _SUBJECT_GAP.match(gap) or (is_subject and not re.search(r"[.;:]", gap)):
            return [m.person for m in group]
    if kind in ("reserved", "protocol_note") and (members := _MEMBERS_AFTER.match(text, t_end)):
        # "Mot beslutet reserverar sig till förmån för egna förslag ledamöterna A (M), B (SD) samt …"
        named = ms[bisect_left(starts, members.start("word")) :]
        return [m.person for m in named if not _proposal_genitive(text, m)]
    after = ms[bisect_left(starts, t_end) : bisect_right(starts, t_end + 40)]
    if not after:
        return []
    gap = text[t_end : after[0].start]
    if kind == "justerare" and (not _INLINE_UTSES.fullmatch(gap) or "\t" in gap or "\n" in gap):
        return []  # "Utses att justera\tAmanda Lindblad": a form field (header justerare are read apart)
    # "Vidare informerar ordföranden", "föredras av planarkitekt Anna Ek", "Till justerare utses Bo Ek (M)":
    # the actor right after the verb
    if _AFTER_GAP.fullmatch(gap):
        return [m.person for m in _first_group(text, after)]
    return []
