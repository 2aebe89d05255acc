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
from dataclasses import dataclass

from indexer.entities.action_blocks import block_actions, presenter_actions
from indexer.entities.action_groups import TITLE_BEFORE, Collector, Mention, first_group, listed
from indexer.entities.author_roles import author_mentions
from indexer.entities.finder import NameFinder
from indexer.entities.keys import person_key
from indexer.entities.parties import current_local_parties
from indexer.entities.party_actors import party_actors
from indexer.entities.procedural import is_procedure
from indexer.entities.rolewords import RoleWords
from indexer.entities.triggers import Trigger, find_triggers
from indexer.segment.marks import MARK, MARKS
from indexer.types import Action, Person

#: Members joining an actor's proposal after the verb: "... yrkar bifall, med instämmande av Bo Ek (M)".
#: Or doing it with the actor: "Anna Ek föredrar ärendet tillsammans med (controller) Bo Berg". The words
#: may wrap over a line ("föreslog, med" / "instämmande av Peter Sjöblom (M)").
_JOINING = re.compile(
    rf"(?:och\s+)?(?:med\s+instämmande\s+(?:av|från)|tillsammans\s+med)\s+(?:{TITLE_BEFORE})?", re.IGNORECASE
)
#: The chair by role ("ordföranden", "mötesordföranden", "vice ordföranden"): with a justerare, the one
#: who signs the minutes beside them ("jämte ordföranden"), never a justerare themself.
_CHAIR_WORD = re.compile(r"(?i)\s*(?:vice |mötes|nämnds)?ordförande(?:n)?\b")
#: Between an inverted or passive trigger and its actor: "av", a lower-case title.
_AFTER_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:av\s+)?(?:[a-zåäö][\wåäö\-]*\s+){0,2}")
#: Where the meeting's part of an item starts: what was moved there, not what the ärende describes.
_MEETING_PART = re.compile(
    r"^[ \t#]*\**(?:Yrkanden?|Förslag (?:till beslut )?på sammanträdet|Beslutsgång|Överläggning|Debatt"
    r"|Propositionsordning|Yrkande(?:n)? och beslutsgång)\b",
    re.MULTILINE,
)
#: The verbs by which an ärende restates what a motion proposes ("X (MP) föreslår att regionen utreder").
_RESTATING = re.compile(r"(?:har\s+)?föresl", re.IGNORECASE)
#: The actors listed after a colon: "Följande ledamöter reserverar sig mot beslutet: A (S), B (V)".
_COLON_LIST = re.compile(r"[^.:;\n]{0,30}:[ \t]*\n?[ \t]*")
#: A name right after the noun for a matter's author: "Motionären Anna Ek (V)"; or after it as a label
#: under the point: "Motionär: Sofie Gran (V)", "Motionärer: Anna Ek (S) och Bo Berg (M)".
_AUTHOR_NOUN = re.compile(
    r"(?<![\wåäö])(?:(?:[Mm]otionär(?:en|erna)|[Ii]nterpellant(?:en|erna)|[Ff]rågeställare(?:n)?"
    r"|[Ff]örslagsställare(?:n|na)?)\s+"
    r"|(?:[Mm]otionär(?:er)?|[Ii]nterpellant(?:er)?|[Ff]rågeställare|[Ff]örslagsställare)[ \t]*:[ \t]*)$"
)
#: Between two authors a label lists: "Anna Ek (S) och Bo Berg (M)", "A (S), B (M)".
_AUTHOR_AND = re.compile(r"[ \t]*(?:\([^()\n]{1,4}\)[ \t]*)?(?:,|och|samt)[ \t]+$")
#: A trigger ending in "av": the actor follows.
_PASSIVE = re.compile(r"\sav$", re.IGNORECASE)
#: Between "Till justerare" / "att jämte ordföranden justera protokollet" and the one chosen: "utses".
_INLINE_UTSES = re.compile(r" (?:utses|utsågs|väljs|valdes) ")
#: A justerare trigger ending in the verb of the choice: "Anteckningarna justeras av", "… utsågs".
_CHOICE_END = re.compile(r"(?i)(?:\sav|utses|utsågs|väljs|valdes)$")
#: A genitive name right before a proposal noun: "Renée Sylvans (S) tilläggsyrkande", "… yrkanden".
_PROPOSAL_NOUN = re.compile(r"\s*(?:\([^()]{1,4}\)\s*)?(?:\w*yrkande(?:n|na)?)(?![\wåäö])", re.IGNORECASE)
#: Between two genitive names sharing the noun: "Sara Öbergs (V) och Bo Bergs (M) yrkanden".
_GENITIVE_AND = re.compile(r"[ \t]*(?:\([^()\n]{1,4}\)[ \t]*)?(?:,|och|samt)\s+")
#: A presentation named by its noun: "Kommundirektörens information", "Information från Anna Ek", "en
#: lägesrapport från räddningschef Anders Blom" (not "redovisning": "Redovisning av delegationsbeslut av …").
_TALK_NOUNS = (
    r"(?:information|informationen|föredragning|redogörelse|presentation|återkoppling|dragning"
    r"|lägesrapport|lägesbild|genomgång)"
)
_TALK_NOUN_AFTER = re.compile(rf"(?:\s*\([^()]{{1,4}}\))?\s+{_TALK_NOUNS}(?![\wåäö])", re.IGNORECASE)
_TALK_NOUN_BEFORE = re.compile(
    rf"(?<![\wåäö]){_TALK_NOUNS}\s+(?:från|av|med)\s+(?:[a-zåäö][\wåäö\-]*\s+){{0,2}}$", re.IGNORECASE
)
#: What may stand between the actors and the trigger: a party, a title between commas, a role.
#: "m.fl." / "med flera" after the first of several authors ("Anna Ek (M) m.fl. har lämnat en motion"), maybe
#: with the group's parties ("Karin Ek m.fl. (S, V, MP) föreslog"); where the speakers come from ("Olle Ek
#: och Fatima Ali från samhällsbyggnadsförvaltningen presenterar").
_SUBJECT_GAP = re.compile(
    r"^(?:\s*\([^()]{0,60}\))*\s*(?:,[^,.;:\n]{0,80},)?\s*"
    r"(?:(?:m\.\s?fl\.?|med flera)\s+(?:\([^()]{0,40}\)\s+)?)?"
    r"(?:(?:från|vid|inom)\s+(?:[\wåäö\-]+\s+){1,3})?(?:\w+\s+){0,1}$"
)
#: "Ordföranden", "Ordförande (L)" used as a name.
_CHAIR_RE = re.compile(
    r"(?<![\wåäö])(?<!vice )(?<!Vice )[Oo]rdförande(?:n)?(?:\s*\([^()]{1,4}\))?(?!\s+(?:[A-ZÅÄÖ]|\())"
)
_SENTENCE_SPLIT = re.compile(rf"(?<=[.!?])\s+(?=[A-ZÅÄÖ]|{MARK})|\n\s*\n|\n\s*{MARK}\s+")


#: The members named after a verb-first reservation: "reserverar sig [till förmån för …] ledamöterna"
#: ("SD-ledamöterna" names a party: `indexer.entities.party_actors`).
_MEMBERS_AFTER = re.compile(
    r"[^.;:\n]{0,100}?(?:\n[^.;:\n]{0,100}?)?(?<![\wåäö\-])(?P<word>ledamöterna|ledamoten|ersättaren|ersättarna)"
    r"(?![\wåäö])",
    re.IGNORECASE,
)


def _proposal_genitive(text: str, m: Mention) -> bool:
    """A name in the genitive before a proposal noun: "Anna Eks (S) yrkande" names the proposer only."""
    return text[m.start : m.end].endswith("s") and _PROPOSAL_NOUN.match(text, m.end) is not None


@dataclass(frozen=True)
class ActionContext:
    """What the actions of an item draw on from the rest of its document.

    Attributes:
        finder: The document's people (`indexer.entities.people.NameFinder`).
        chair: The chair named in the document header, for "Ordföranden yrkar".
        roles: The document's role words ("Förvaltningschefen", "vice ordförande"); by default only the
            chair's.
        minutes: The document records or plans a meeting (protokoll, anteckningar, kallelse): there a
            "Föredragande: Anna Ek" line or cell says Anna Ek presents the item.
        planned: The text is a kallelse's: "Ordföranden föreslår att …" is put before the meeting, no
            yrkande at it.
    """

    finder: NameFinder
    chair: Person | None = None
    roles: RoleWords | None = None
    minutes: bool = False
    planned: bool = False


def find_actions(
    text: str,
    doc: ActionContext,
    found: list[tuple[int, int, Person]] | None = None,
    *,
    authors: frozenset[str] = frozenset(),
    questions: bool = False,
) -> list[Action]:
    """The actions in one item's text.

    Args:
        text: The item's text (title not included).
        doc: The document around the item: its people, chair, role words and kind.
        found: `doc.finder.find(text)` when the caller already has it.
        authors: The authors of the matter the item handles (`indexer.entities.doc_actions`): what they
            "föreslår" before the meeting's part of the item is their motion restated, not a yrkande.
        questions: The item takes the members' own questions ("Övriga frågor", `QUESTIONS_ITEM`): a
            member who "tar upp" something there raises it ("Malin Ek (C) tar upp snöröjningen i Åby").

    Returns:
        Actions in order of appearance, without duplicates (person, kind).
    """
    triggers = _taken_up(text, find_triggers(text), questions)
    has_heading = any(
        w in text
        for w in (
            *("eservation", "rotokollsanteckning", "Yrkande", "yttrande", "nformation", "öredragning"),
            *("nteckning till protokollet", "ägesrapport", "ägesbild", "enomgång"),
            *("otionär", "nterpellant", "rågeställare", "örslagsställare"),
        )
    )
    labelled = doc.minutes and any(w in text for w in ("Föredragande", "Föredragare", "Svarande"))
    if not triggers and not has_heading and not labelled and "yrkande" not in text:
        return []
    roles = doc.roles if doc.roles is not None else RoleWords([doc.chair] if doc.chair is not None else [])
    mentions = _mentions(
        text, doc.finder.find(text) if found is None else found, roles, current_local_parties()
    )
    # Mentions and triggers are in text order: bisection finds those of a sentence or a block, so the
    # work grows with the text, not with sentences times mentions.
    starts = [m.start for m in mentions]
    t_starts = [tm.start() for tm in triggers]
    acts = Collector()
    # the end of the author named last, when a list of authors may go on after it: after a label or a
    # plural noun ("Motionärer: A (S) och B (M)", "Motionärerna A (S) och B (M)"), not "Motionären A (V)
    # och B (M) yrkar bifall", where B only speaks to the matter
    prev_end = -1
    for m in mentions:  # "Motionären Anna Ek (V)", "Interpellanten Bo Berg (M)": the matter's author
        listed = prev_end >= 0 and _AUTHOR_AND.match(text[prev_end : m.start]) is not None
        noun = None if listed else _AUTHOR_NOUN.search(text, max(0, m.start - 30), m.start)
        if m.person.name and (listed or noun):
            acts.add(m.person, "raised", text[max(0, m.start - 30) : m.end + 60])
            authors |= {m.person.name}
            many = listed or (noun is not None and (":" in noun.group(0) or "erna" in noun.group(0)))
            prev_end = m.end if many else -1
        else:
            prev_end = -1
    meeting = _MEETING_PART.search(text) if authors else None
    restated = _Restated(authors, meeting.start() if meeting else len(text), doc.planned)
    sentences = _sentences(text)
    for s_start, s_end in sentences:
        lo, hi = bisect_left(starts, s_start), bisect_left(starts, s_end)
        if lo < hi:
            in_sentence = triggers[bisect_left(t_starts, s_start) : bisect_left(t_starts, s_end)]
            _sentence_actions(text, (s_start, s_end), mentions[lo:hi], in_sentence, acts, restated)
    # "Förslagsställaren presenterar förslaget": the author the item names (in its title or as raising
    # it above), read once the item's raisers are known; only the sentences naming the role are read again
    raisers = {a.person for a in acts.out if a.kind == "raised" and a.person} | set(authors)
    known = [p for name in sorted(raisers) if (p := doc.finder.by_key.get(person_key(name))) is not None]
    if by_role := author_mentions(text, known, mentions):
        # before the meeting's part, what the authors "föreslår" or "yrkar" is their matter restated
        # ("Motionärerna yrkar att:"), not a yrkande at the meeting
        meeting = _MEETING_PART.search(text)
        meeting_at = meeting.start() if meeting else len(text)
        mentions = sorted([*mentions, *by_role], key=lambda m: m.start)
        starts = [m.start for m in mentions]
        for s_start, s_end in sentences:
            if any(s_start <= r.start < s_end for r in by_role):
                lo, hi = bisect_left(starts, s_start), bisect_left(starts, s_end)
                in_sentence = triggers[bisect_left(t_starts, s_start) : bisect_left(t_starts, s_end)]
                said = Collector()
                _sentence_actions(text, (s_start, s_end), mentions[lo:hi], in_sentence, said, restated)
                acts.take([a for a in said.out if a.kind != "proposed" or s_start >= meeting_at])
    block_actions(text, mentions, starts, acts)
    if labelled:
        presenter_actions(text, mentions, starts, acts)
    return acts.done()


#: An item that takes the members' own questions: "Övriga frågor", "Frågor", "Frågestund", "Övrigt",
#: "Frågor från ledamöterna", "Övriga ärenden och frågor".
QUESTIONS_ITEM = re.compile(
    r"(?i)^\W*(?:\d+[.)]?\s*)?(?:övriga frågor|frågor|frågestund|övrigt|övriga ärenden(?: och frågor)?"
    r"|frågor (?:från|och svar)\b.*|ledamöternas frågor|ordet är fritt)\W*$"
)
#: "tar upp", "tog upp": under övriga frågor, bringing up a matter of one's own (the trigger words take
#: "tar upp frågan om …" everywhere; here any object counts). Not a body taking up an ärende, which is
#: the agenda's procedure ("tar upp ärende 7 före ärende 5").
_TAKES_UP = re.compile(r"\b(?:tar|tog) upp\b(?!\s+(?:ärende|punkt|paragraf|§))")
#: "tog upp att det saknas en sen buss", "tar upp behovet av fler bänkar": a matter of one's own brought up
#: in any item (a clause or a need, never an ärende the body takes up).
_TAKES_UP_MATTER = re.compile(r"\b(?:tar|tog) upp\s+(?:att|behovet|problemet|önskemålet|bristen)\b")


#: The kind of a "tar upp" trigger of a questions item: "raised" by a member; an official who "tar upp"
#: something there informs the meeting of it, which is no matter raised.
_TAKEN_UP = "taken_up"


def _taken_up(text: str, triggers: list[Trigger], questions: bool) -> list[Trigger]:
    """`triggers` with each "tar upp" of a questions item, and each "tar upp att …" / "tar upp behovet
    …" of any item, as a trigger of its own (`_TAKEN_UP`)."""
    have = {t.start() for t in triggers}
    low = text.lower()
    pattern = _TAKES_UP if questions else _TAKES_UP_MATTER
    more = [
        Trigger(m.start(), m.end(), _TAKEN_UP, m.group(0))
        for m in pattern.finditer(low if len(low) == len(text) else text)
        if m.start() not in have
    ]
    return sorted([*triggers, *more], key=lambda t: t.start()) if more else triggers


def names_chair(text: str) -> bool:
    """True when the text refers to the chair by role ("Ordföranden", "Ordförande (M)")."""
    return _CHAIR_RE.search(text) is not None


def _mentions(
    text: str, found: list[tuple[int, int, Person]], roles: RoleWords, local: frozenset[str] = frozenset()
) -> list[Mention]:
    """The people named in the text, plus those named by role: "Ordföranden" / "Ordförande (M)" as the
    chair, "vice ordförande", "Förvaltningschefen" as the one official with that title."""
    mentions = [Mention(s, e, p) for s, e, p in found]
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
            mentions.append(Mention(rm.start, rm.end, rm.person))
            added = True
    for ps, pe, code in party_actors(text, local):
        i = bisect_right(starts, ps)
        if not (i and reach[i - 1] > ps):
            mentions.append(Mention(ps, pe, Person(name="", party=code)))
            added = True
    if added:
        mentions.sort(key=lambda m: m.start)
    return mentions


@dataclass
class _Restated:
    """The authors of an item's matter and where the meeting's part of the item starts."""

    authors: frozenset[str]
    meeting_at: int
    planned: bool = False

    def kind(self, kind: str, person: Person, trigger: Trigger) -> str:
        """ "raised" for an author's proposal restated before the meeting's part, "" (none) for what a
        kallelse proposes, else `kind`."""
        if self.planned and kind == "proposed" and _RESTATING.match(trigger.group(0)):
            return ""
        if (
            kind == "proposed"
            and person.name in self.authors
            and trigger.start() < self.meeting_at
            and _RESTATING.match(trigger.group(0))
        ):
            return "raised"
        return kind


def _sentence_actions(
    text: str,
    span: tuple[int, int],
    ms: list[Mention],
    triggers: list[Trigger],
    acts: Collector,
    restated: _Restated,
) -> None:
    """Actions of one sentence: its triggers with their actors, joiners and genitive proposals."""
    s_start, s_end = span
    sentence = text[s_start:s_end]
    starts = [m.start for m in ms]
    for tm in triggers:  # the triggers of this sentence
        kind = tm.lastgroup or ""
        taken_up = kind == _TAKEN_UP
        kind = "raised" if taken_up else kind
        if _procedure(kind, text, tm):
            continue
        direct = bool(_DIRECT_ONLY.match(tm.group(0)))
        actors = _actors(text, tm.start(), tm.end(), s_start, ms, starts, kind, direct=direct)
        for person in actors:
            if taken_up and _is_official(person):
                continue
            if _official_suggests(kind, person, tm) or not (said := restated.kind(kind, person, tm)):
                continue
            acts.add(person, said, sentence, tm.group(0))
        joining = _JOINING.search(text, tm.end(), s_end) if actors else None
        if joining and kind == "justerare" and _CHAIR_WORD.match(text, joining.end()):
            joining = None  # "… utses att justera protokollet tillsammans med ordföranden", who signs anyway
        if joining:  # "... yrkar bifall, med instämmande av Bo Ek (M)"
            i = bisect_left(starts, joining.end())
            if i < len(ms) and ms[i].start - joining.end() <= 3:
                for m in first_group(text, (ms[j] for j in range(i, len(ms)))):
                    acts.add(m.person, kind, sentence, tm.group(0))
    chain: list[Mention] = []  # genitives listed before the noun: "Sara Öbergs (V) och Bo Bergs yrkanden"
    chain_gap = ""
    for m in ms:
        genitive = text[m.start : m.end].endswith("s")
        if chain and text[chain[-1].end : m.start] != chain_gap:
            chain = []
        if genitive and _PROPOSAL_NOUN.match(text, m.end):  # "Susanne Anderssons (SD) yrkande"
            for g in [*chain, m]:
                acts.add(g.person, "proposed", sentence)
            chain = []
        elif genitive and (gap := _GENITIVE_AND.match(text, m.end)) is not None:
            chain, chain_gap = [*chain, m], gap.group(0)
        elif (genitive and _TALK_NOUN_AFTER.match(text, m.end)) or _TALK_NOUN_BEFORE.search(
            text, max(s_start, m.start - 40), m.start
        ):  # "Kommundirektörens information", "Information från förvaltningschefen"
            acts.add(m.person, "presented", sentence)


#: Triggers whose actors must stand right before them ("X (V) bifaller Y:s yrkande"): in "Ordföranden
#: ställer proposition … och finner att nämnden bifaller Y:s yrkande" the chair supports nothing.
_DIRECT_ONLY = re.compile(r"bif", re.IGNORECASE)


def _procedure(kind: str, text: str, trigger: Trigger) -> bool:
    """A proposal of how to proceed (the order of propositions, the chair's change of the agenda), which
    is no yrkande (`indexer.entities.procedural`)."""
    if kind != "proposed" or not _RESTATING.match(trigger.group(0)):
        return False
    return is_procedure(text, trigger.start(), trigger.end())


def _official_suggests(kind: str, person: Person, trigger: Trigger) -> bool:
    """ "Kommundirektör Johan Sandell föredrar ärendet och föreslår att …": an official's suggestion is part
    of presenting the matter; only members move a yrkande."""
    if kind != "proposed" or not _RESTATING.match(trigger.group(0)):
        return False
    return _is_official(person)


def _is_official(person: Person) -> bool:
    """A named person without a party who is a tjänsteperson or has a title that is no politician's."""
    if not person.name or person.party:
        return False
    politician = re.search(r"(?i)ordförande|ledamot|råd\b", person.title or "")
    return "tjänsteperson" in person.roles or bool(person.title and not politician)


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


#: A justerare chosen but not named between a sentence's subject and the trigger: "… föreslår att nämnden
#: utser en justerare att jämte ordföranden justera protokollet", "… att en ledamot utses att jämte
#: ordföranden justera"; the subject only proposes.
_UNNAMED_JUSTERARE = re.compile(
    r"(?i)(?<![\wåäö])(?:(?:en|två|2)[ \t\n]+(?:protokoll)?justerare"
    r"|en[ \t\n]+ledamot|två[ \t\n]+ledamöter)\b"
)


#: A subordinate clause with a subject of its own between the sentence's opener and the trigger:
#: "Eva Lind informerar om förslaget, där kommunen särskilt lyfter behovet …" (the kommun lyfter, not
#: she); a pronoun ("…, där hon lyfter …") is the opener again.
_OWN_SUBJECT = re.compile(
    r"(?i),\s*(?:där|när|då|vilket|eftersom|medan)\s+(?!(?:hon|han|hen|de|dessa|denne|denna)\b)[\wåäö]"
)


def _actors(
    text: str,
    t_start: int,
    t_end: int,
    s_start: int,
    ms: list[Mention],
    starts: list[int],
    kind: str,
    *,
    direct: bool = False,
) -> list[Person]:
    """The people doing the action whose trigger is at text[t_start:t_end] (`starts`: mention starts);
    `direct`: only those right before the trigger count (its subject, not the sentence's opener)."""
    # The mentions ending before the trigger, nearest first; read lazily, as the group stops early.
    before = (m for m in reversed(ms[: bisect_left(starts, t_start)]) if m.end <= t_start)
    # a passive trigger ("föredras av", "har lämnats in av") names its actor after it, never before
    last = None if _PASSIVE.search(text, t_start, t_end) else next(before, None)
    if last is not None:
        group = [last]
        for m in before:
            gap = text[m.end : group[0].start]
            if not listed(gap):
                break
            group.insert(0, m)
        gap = text[group[-1].end : t_start]
        if kind == "justerare" and _UNNAMED_JUSTERARE.search(gap):
            return []  # "Ordföranden föreslår att nämnden utser en justerare att jämte ordföranden justera"
        is_subject = text[s_start : group[0].start].strip(" \t\n" + MARKS) == "" or re.fullmatch(
            r"(?:\S+\s+){0,3}", text[s_start : group[0].start].strip(" \t\n" + MARKS) + " "
        )
        if _SUBJECT_GAP.match(gap) or (
            is_subject and not direct and not re.search(r"[.;:]", gap) and not _OWN_SUBJECT.search(gap)
        ):
            return [m.person for m in group]
    if direct:
        return []
    if kind in ("reserved", "protocol_note") and (members := _MEMBERS_AFTER.match(text, t_end)):
        # "Mot beslutet reserverar sig till förmån för egna förslag ledamöterna A (M), B (SD) samt …"
        named = ms[bisect_left(starts, members.start("word")) :]
        return [m.person for m in named if not _proposal_genitive(text, m)]
    # the first name within reach of the verb, and the list it opens however long
    after = ms[bisect_left(starts, t_end) :]
    if not after or after[0].start > t_end + 40:
        return []
    gap = text[t_end : after[0].start]
    # the trigger names the choice itself ("… justeras av", "Till justerare … utsågs"): the one chosen follows
    chosen = _CHOICE_END.search(text, t_start, t_end) and gap.strip(" ") == ""
    inline = _INLINE_UTSES.fullmatch(gap) and "\t" not in gap and "\n" not in gap
    if kind == "justerare" and not chosen and not inline:
        return []  # "Utses att justera\tAmanda Lindblad": a form field (header justerare are read apart)
    # "Vidare informerar ordföranden", "föredras av planarkitekt Anna Ek", "Till justerare utses Bo Ek (M)":
    # the actor right after the verb
    if re.search(r"(?<![\wåäö])att\s", gap):
        return []  # "Valberedningen föreslår att Ola Berg (M) väljs": the clause's subject, not the actor
    if _AFTER_GAP.fullmatch(gap) or _COLON_LIST.fullmatch(gap):
        return [m.person for m in first_group(text, after)]
    return []
