"""Who did what where a protocol prints it as a block or a label rather than a sentence with a verb.

- a heading and the names under it ("Reservation\\nX (S) och Y (V)", "Yrkanden\\nX (S): bifall");
- a label and the names after it on its line ("Reservationer: X (M), Y (V)", "Protokollsanteckning: X");
- the noun and its author ("Reservation från X (SD), bilaga 1", "Protokollsanteckning av X");
- a written reservation or note signed under its text ("Reservation\\nVi reserverar oss …\\nX (M)");
- a presenter line or kallelse cell ("Föredragande: ekonomichef X", "Föredragande: Ordförande");
- an information item's report lines ("Lokalförsörjning – Anna Berg, lokalstrateg").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from indexer.entities.action_groups import Collector, Mention, first_group
from indexer.entities.block_end import FOR_PARAGRAPH, HEADINGS, block_end
from indexer.entities.finder import NameFinder
from indexer.segment.marks import LEAD, MARK, MARKS
from indexer.types import Action, Item

#: Also a bilaga's heading for a paragraph: "Bilaga 2 – Reservation § 45", "Protokollsanteckning § 45 Budget",
#: "Reservation – KF § 33".
_HEADING_RE = re.compile(
    rf"^[ \t#]*\**(?:Bilaga[ \t]*\d*[ \t]*[-–:,]?[ \t]*)?(?P<word>{HEADINGS})\**[ \t]*:?\**[ \t]*"
    rf"(?:{FOR_PARAGRAPH})?$",
    re.MULTILINE,
)
_HEADING_KIND = {
    "reserv": "reserved",
    "protok": "protocol_note",
    "anteck": "protocol_note",
    "yrkand": "proposed",
    "särski": "protocol_note",
}
#: The nouns of a reservation or a note, in any form: "Reservationen", "protokollsanteckningar".
_NOTE_NOUNS = (
    r"[Rr]eservation(?:er|en|erna)?|[Pp]rotokollsanteckning(?:ar|en|arna)?|[Ss]ärskil[dt]a? yttranden?"
    r"|[Aa]nteckning(?:ar)? till protokollet"
)
#: "Reservationer: X (M), Y (V)", "Yrkande: X (S) – bifall …" at a line start; "Reservation från X (SD)"
#: anywhere.
_LABEL_RE = re.compile(
    rf"(?:^{LEAD}(?P<word>{_NOTE_NOUNS}|Yrkanden?)(?:[ \t]+mot[ \t]+beslutet)?\**(?:[ \t]*:|\t)\**[ \t]*"
    rf"|(?<![\wåäö])(?P<noun>{_NOTE_NOUNS})\s+(?:från|av)\s+)(?=\S)",
    re.MULTILINE,
)
#: "Anna Ek (S): Bifall till förslaget." at the start of a line under a heading.
_COLON_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,4}\))?[ \t]*:")
#: A proposer alone on a line under "Yrkande(n)", the yrkande's text below: "Yrkande⏎Anna Ek (S)⏎Bifall …"
#: (with the party: a name alone without one may be a signature left at a page's foot).
_ALONE_AFTER = re.compile(r"[ \t]*\([^()\n]{1,4}\)[ \t]*(?:\n|$)")
#: A proposer in a row of a yrkanden table, the yrkande in the next cell: "Anna Ek (S)⇥Bifall till …"
#: (a "Yrkande av | Yrkande" table read as a tab, two spaces or more, or a bar between the cells). The
#: cell holds words: a voteringslista's row ("Anna Ek⇥S⇥X") under the block is no yrkande.
_CELL_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,4}\))?(?:\t|[ ]{2,}|[ \t]*\|)[ \t]*[A-ZÅÄÖa-zåäö][a-zåäö]+[ \t]+[\wåäö]"
)
#: The writers speak for themselves in a written reservation or note: "Vi reserverar oss", "jag anser".
_FIRST_PERSON = re.compile(r"(?<![\wåäö])(?:[Vv]i|[Jj]ag|oss|vår|våra|mig)(?![\wåäö])")
#: What may follow a signer's name on its line: a party, a title after a comma.
#: Between two signers listed on one line: a party's bracket and a comma, "och" or "samt"; or a gap alone,
#: as signatures are set side by side ("Anna Ek (S)   Bo Berg (M)", "Anna Ek (S) Bo Berg (M)").
_LISTED_BETWEEN = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*(?:(?:,|och|samt|&)[ \t]*)?|(?:,|och|samt|&)[ \t]*"
    r"|\t[ \t]*|[ ]{2,}[ \t]*)"
)
_SIGNATURE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:,[^\n]{0,60})?[ \t]*(?:\n|$)")
#: "Föredragande: ekonomidirektör Kristina Lundin" at the start of a line; "Föredragande tjänsteperson:",
#: the name on the line below the label, or below a blank line (a portal's "<dt>Föredragande</dt><dd>…").
_PRESENTER_LABEL = re.compile(
    r"^[ \t]*(?:Föredragande|Föredragare|Svarande)(?:[ \t]+tjänste(?:person|personer|man|män))?[ \t]*:?[ \t]*"
    r"(?:\n[ \t]*){0,2}"
    r"(?:[a-zåäö][\wåäö\-]*[ \t]+){0,2}",
    re.MULTILINE,
)
#: A presenter's title before the name in a kallelse cell, capitalised as the cell's first words:
#: "Ekonomichef", "Kommunstyrelsens ordförande" (at most three words on the label's line, no punctuation),
#: one perhaps led by an abbreviation ("VA-chef", "IT-strateg", "HR-specialist").
_TITLE_WORDS = re.compile(r"(?:(?:[A-ZÅÄÖ]{2,4}-[a-zåäö]+|[A-ZÅÄÖa-zåäö][a-zåäö\-]*)[ \t]+){1,3}")
#: A name in a presenter cell followed by its title: ", utredare", ", controller", or the line end.
_TITLED_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*[a-zåäö][\wåäö\-]*(?:[ \t][a-zåäö][\wåäö\-]*)?[ \t]*(?:,|$)|$)", re.M
)


def _kind(word: str) -> str:
    return _HEADING_KIND[word[:6].casefold()]


def block_actions(text: str, mentions: list[Mention], starts: list[int], acts: Collector) -> None:
    """The actors of every heading block and label of an item's text (`starts`: the mentions' starts)."""
    for hm in _HEADING_RE.finditer(text):
        _heading_actions(text, hm, mentions, starts, acts)
    for lm in _LABEL_RE.finditer(text):
        i = bisect_left(starts, lm.end())
        if i < len(mentions) and mentions[i].start == lm.end():
            kind = _kind(lm.group("word") or lm.group("noun"))
            eol = text.find("\n", lm.end())
            evidence = text[lm.start() : eol if eol >= 0 else len(text)]
            for m in first_group(text, mentions[i:]):
                acts.add(m.person, kind, evidence, "yrkande")


def presenter_actions(text: str, mentions: list[Mention], starts: list[int], acts: Collector) -> None:
    """The presenters of "Föredragande: …" lines and kallelse cells."""
    for lm in _PRESENTER_LABEL.finditer(text):
        i = bisect_left(starts, lm.end())
        if i < len(mentions) and (
            mentions[i].start == lm.end() or _TITLE_WORDS.fullmatch(text, lm.end(), mentions[i].start)
        ):
            for m in first_group(text, (mentions[j] for j in range(i, len(mentions)))):
                acts.add(m.person, "presented", text[lm.start() : lm.end() + 80])
            # a cell's second presenter after a wrapped title's tail on the same line ("Peter
            # Hallgren, förvaltningschef - beslut efter samråd Anneli Skoog, utredare")
            eol = text.find("\n", lm.end())
            for m in mentions[i : bisect_left(starts, eol if eol >= 0 else len(text))]:
                if m.person.name and _TITLED_AFTER.match(text, m.end):
                    acts.add(m.person, "presented", text[lm.start() : lm.end() + 80])


def _heading_actions(
    text: str, hm: re.Match[str], mentions: list[Mention], starts: list[int], acts: Collector
) -> None:
    """Actors under a heading: the list right below "Reservation", "Anna Ek (S): ..." lines, and the
    signers of a written reservation or note."""
    kind = _kind(hm.group("word"))
    end = block_end(text, hm.end())  # the next section heading or a voteringslista's header
    block = mentions[bisect_left(starts, hm.end()) : bisect_left(starts, end)]
    evidence = text[hm.start() : min(end, hm.end() + 300)]
    if kind != "proposed":
        first = first_group(text, block)
        signers = _signers(text, hm.end(), block)
        gap = text[hm.end() : first[0].start] if first else "x"
        if not gap.strip() and gap.count("\n") <= 2:
            # "Reservation⏎Vänsterpartiet anser att …⏎Sara Ek (V)": the party the signed text opens with
            # speaks through its signers of that party, no reservation of the party as a whole
            under = _signers(text, hm.end(), block, first_person=False)
            voiced = {m.person.party for m in under if m.person.name}
            for m in first:
                if m.person.name or m.person.party not in voiced or m in under:
                    acts.add(m.person, kind, evidence, "yrkande")
                else:
                    signers += [u for u in under if u.person.party == m.person.party and u not in signers]
        for m in signers:
            acts.add(m.person, kind, evidence, "yrkande")
    for m in block:
        k = m.start  # back over list marks to the line start (not a copy of the whole line per name)
        while k > 0 and text[k - 1] in " \t" + MARKS:
            k -= 1
        if (k == 0 or text[k - 1] == "\n") and (
            _COLON_AFTER.match(text, m.end)
            or (kind == "proposed" and (_ALONE_AFTER.match(text, m.end) or _CELL_AFTER.match(text, m.end)))
        ):
            acts.add(m.person, kind, evidence, "yrkande")
        elif k == 0 or text[k - 1] == "\n":  # "Bo Berg (M) med instämmande av Carl Holm (KD): avslag."
            group = first_group(text, (x for x in block if x.start >= m.start))
            if len(group) > 1 and _COLON_AFTER.match(text, group[-1].end):
                for g in group:
                    acts.add(g.person, kind, evidence, "yrkande")


def _without_names(text: str, start: int, end: int, block: list[Mention]) -> str:
    """The text from `start` to `end` without the names of `block` in it and their parties' brackets,
    "och" or "samt" between them: what else a line prints before a signer."""
    out, pos = [], start
    for m in block:
        if start <= m.start and m.end <= end:
            out.append(text[pos : m.start])
            pos = m.end
    out.append(text[pos:end])
    return re.sub(r"\([^()\n]{1,40}\)|\b(?:och|samt)\b", " ", "".join(out))


def _signers(text: str, body_start: int, block: list[Mention], *, first_person: bool = True) -> list[Mention]:
    """The names signing a written reservation or note: each alone on its line, after the text they
    sign, where that text speaks in the first person ("Vi reserverar oss …\\nAnna Ek (M)"), or in any
    voice when `first_person` is False."""
    out: list[Mention] = []
    for m in reversed(block):
        line_start = text.rfind("\n", 0, m.start) + 1
        before = _without_names(text, line_start, m.start, block)
        # signers may share a line: "Jenny Lundström (S), Milan Kvist (S)" under the note they sign
        listed = bool(out) and _LISTED_BETWEEN.fullmatch(text, m.end, out[0].start) is not None
        if not listed and (before.strip(" \t-–,&") or not _SIGNATURE_TAIL.match(text, m.end)):
            break
        out.insert(0, m)
    if not out:
        return []
    signed = text[body_start : out[0].start]
    return out if _FIRST_PERSON.search(signed) or not first_person else []


#: An item that gathers reports: "Information", "Informationsärenden", "Aktuell information", "Rapporter".
_INFO_TITLE = re.compile(
    r"(?i)^\W*(?:\d+[.)]?\s*)?(?:aktuell |övrig |allmän )?(?:information|informationsärenden|rapporter"
    r"|redovisningar|dragningar|föredragningar)\b"
)
#: A report line naming its presenter last: "• Lokalförsörjning – Anna Berg, lokalstrateg".
_TOPIC_BEFORE = re.compile(
    rf"^[ \t]*(?:{MARK}|\w[.)])?[ \t]*[^\n]{{3,120}}?[ \t]+[-–][ \t]+(?:[a-zåäö]+[ \t]+){{0,2}}$"
)
_TITLE_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*[a-zåäö][^\n,]{0,60})?[ \t]*$")
#: A report line naming its presenter first: "• Anna Berg, lokalstrateg: Lokalförsörjning".
_NAME_FIRST = re.compile(rf"^[ \t]*(?:{MARK}|\w[.)])?[ \t]*$")
_COLON_TOPIC = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*[a-zåäö][^\n:,]{0,60})?[ \t]*:[ \t]*\S"
)


def information_presenters(item: Item, finder: NameFinder) -> list[Action]:
    """The presenters of an information item's report lines: "• Lokalförsörjning – Anna Berg,
    lokalstrateg", "• Anna Berg, lokalstrateg: Lokalförsörjning" (the topic and who gives it)."""
    if not _INFO_TITLE.match(item.title):
        return []
    out: list[Action] = []
    pos = 0
    for line in item.text.split("\n"):
        names = [(s, e, p) for s, e, p in finder.find(line) if len(line[s:e].split()) > 1]
        pos += len(line) + 1
        if not names:
            continue
        s, e, person = names[-1]
        first_s, first_e, first = names[0]
        if _TOPIC_BEFORE.match(line[:s]) and _TITLE_AFTER.match(line[e:]):
            out.append(Action(person=person.name, kind="presented", evidence=" ".join(line.split())[:300]))
        elif _NAME_FIRST.match(line[:first_s]) and _COLON_TOPIC.match(line[first_e:]):
            out.append(Action(person=first.name, kind="presented", evidence=" ".join(line.split())[:300]))
    return out
