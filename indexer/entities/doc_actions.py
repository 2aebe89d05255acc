"""Actions read from where a document prints them outside an item's sentences: authors named in an item's
title ("Svar på motion gällande … - Heidi Hankanen Ängberg (C)", "Motion från Anna Ek (S) om …", "Motion om
fria skolluncher (V)") or after the matter in its text ("motion från Björn Pålsson (V) om …"), the
justerare of a protocol printed in its header or signature block ("Utses att justera", "Justerande"), the
justerare proposed in a kallelse's "Val av justerare" row, and the presenters its attendance list names
with their paragraphs ("föredragande §§ 45–46").
"""

from __future__ import annotations

import re

from indexer.entities.finder import NameFinder
from indexer.entities.parties import NAME_PARTY_CLOSE, current_local_parties, party_code
from indexer.entities.party_actors import party_actors
from indexer.meta.dates import CLOCK_SPAN
from indexer.segment.common import TITLE_AND_NAME
from indexer.segment.dnr import parse_dnr
from indexer.segment.marks import LEAD, MARK
from indexer.types import Action, Extraction, Item, Person

#: A matter someone authors: the title or line names its author.
_AUTHORED = re.compile(
    r"(?<![\wåäö])(?:motion(?:er)?|interpellation(?:er)?|(?:enkel |enkla )?fråg(?:a|or)|initiativärende(?:n)?"
    r"|initiativ|politikerinitiativ|medborgarinitiativ|medborgarförslag(?:et)?|e-förslag)(?![\wåäö])",
    re.IGNORECASE,
)
#: What may stand right before an author's name in such a title: a dash, "från", "av", a list separator.
_BEFORE_AUTHOR = re.compile(
    r"(?:[-–:]|\bfrån|(?:motion(?:er)?|interpellation|fråga|initiativärende|medborgarförslag)(?:\s+(?:väckt|ställd|"
    r"inlämnad|lämnad))?\s+av|,|\boch|\bsamt|\bm\.?fl\.?,?"
    # "Motion den 14 oktober 2025 av Rolf Wennerholm": a date between the matter and its author; its
    # number ("Motion 2024:17 av", "Interpellation nr 3 av", "Motion 2025/12 av")
    r"|\d{4}(?:[:/]\d{1,4})?\s+av|\bnr\.?\s*\d{1,4}\s+av)\s*$",
    re.IGNORECASE,
)
#: "… till kommunstyrelsens ordförande Daniel Filipsson (M)": the person asked, not the author.
_ADDRESSEE = re.compile(r"\btill\s+(?:[\wåäö\-:]+\s+){0,3}$", re.IGNORECASE)
#: A line of an item that restates an authored matter: "Motion från Stefan Jägnert (SD) 2024-01-30".
_AUTHORED_LINE = re.compile(
    rf"^{LEAD}(?:svar på |besvarande av )?(?:motion|interpellation|enkel fråga|fråga|initiativärende"
    r"|medborgarförslag)\b[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


#: A matter and its author in running text: "motion från Björn Pålsson (V) om …", "en fråga av Anna Ek".
#: Also a matter's subject between it and its author ("motion om fler bryggor, av Anna Ek"), and a list of
#: matters after a plural label, each with its subject and author ("Nya motioner: om X, av Anna Ek (S);
#: om Y, av Bo Ek (M)": the later ones are the group `next`).
_AUTHORED_BY = re.compile(
    r"(?<![\wåäö])(?:motion(?:en|er)?|interpellation(?:en|er)?|(?:enkel |enkla |den enkla )?fråg(?:a|an|or)"
    r"|initiativärende(?:t|n)?|politikerinitiativ(?:et)?|medborgarförslag(?:et)?)"
    r"(?:[ \t]*:?[ \t]+om[ \t]+[^.;:\n]{1,80}?,)?\s+(?:från|av)\s+"
    r"|(?P<next>;[ \t]*om[ \t]+[^.;:\n]{1,80}?,[ \t]+(?:från|av)[ \t]+)",
    re.IGNORECASE,
)
#: A numbered line citing a document: "9. Protokollsutdrag 2025-11-04 KF § 225 …", "- Tjänsteskrivelse …".
_CITED_DOCUMENT = re.compile(
    rf"[ \t]*(?:\d{{1,3}}[.)]|{MARK})[ \t]+(?:Protokollsutdrag|Protokoll|Tjänsteskrivelse|Skrivelse|Beslut"
    r"|Yttrande|Missiv|Rapport|Underlag|Beslutsunderlag)\b"
)
#: Between two authors of one matter: a party, a comma, "och", "samt".
_AUTHOR_GAP = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*(?:,|och|samt)\s*")


def title_authors(item: Item, finder: NameFinder) -> list[Action]:
    """The authors of the motion, interpellation, question or initiative an item handles, named in its title,
    restated on a line of its own in its text, or named after the matter in running text ("Följande
    motioner anmäls: motion från Björn Pålsson (V) om …")."""
    out: list[Action] = []
    seen: set[str] = set()
    members: set[str | None] = set()  # the parties of the persons named as authors
    lines = [item.title] if _AUTHORED.search(item.title) or _WRITTEN.search(item.title) else []
    lines += [m.group(0) for m in _AUTHORED_LINE.finditer(item.text)]
    found = [(line, _authors(line, finder)) for line in lines]
    found += _running_authors(item.text, finder, item.number or "")
    title_party = _trailing_party(item.title, finder) if lines[:1] == [item.title] else None
    for line, persons in found:
        if title_party and line == item.title and not persons:
            seen.add(f"party:{title_party}")  # "Motion om fria skolluncher (V)": the party's motion
            out.append(
                Action(person="", kind="raised", evidence=" ".join(line.split())[:300], party=title_party)
            )
        for person in persons:
            if person.name not in seen:
                seen.add(person.name)
                out.append(Action(person=person.name, kind="raised", evidence=" ".join(line.split())[:300]))
                members.add(person.party)
        for code in _party_authors(line):
            if f"party:{code}" not in seen:
                seen.add(f"party:{code}")
                evidence = " ".join(line.split())[:300]
                out.append(Action(person="", kind="raised", evidence=evidence, party=code))
    # "Motion från Gustav Persson (V)" and, among the documents, "Motion från Vänsterpartiet": one motion,
    # its member's; the party raises it only where no member of it is named as the author
    return [a for a in out if a.person or a.party not in members]


#: A party code in brackets ending a title: "Motion om fria skolluncher (V)".
_TRAILING_PARTY = re.compile(r"\(\s*(?P<code>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})\s*\)[\s.]*$")


def _trailing_party(title: str, finder: NameFinder) -> str | None:
    """The party whose code in brackets ends a matter's title, when no name stands before the bracket
    ("Motion om fria skolluncher (V)"; not "Motion från Anna Ek (V)": her motion)."""
    m = _TRAILING_PARTY.search(title)
    if m is None or any(e >= m.start() - 2 for _s, e, _p in finder.find(title)):
        return None
    return party_code(m.group("code"))


#: A matter handled under another paragraph: "… en övrig fråga från Stina Hjärpe (SD), se § 96", "med
#: tillägg av initiativärende från Mehmet Arslan (V), § 122", "… från Bo Berg (SD) behandlas som § 43",
#: "… som tas upp under § 4".
_HANDLED_AT = re.compile(
    r"[ \t]*(?:\([^()]{1,12}\))?(?:[ \t]*,?[ \t]*\(?(?:(?:se|jfr)[ \t]+)?"
    # the verb's words may break over lines (a PDF's), the § never stands alone after a line break
    r"|\s*,?\s*(?:som\s+)?(?:behandlas|tas\s+upp)\s+(?:under|i|vid|som)\s+)§[ \t]*(?P<n>\d{1,4})"
)


def _running_authors(text: str, finder: NameFinder, number: str = "") -> list[tuple[str, list[Person]]]:
    """(evidence, authors) of each matter named with its author in running text: the names right after
    "från"/"av", a list of them joined by commas and "och"; not a matter the text sends to another
    paragraph (item `number`) to be handled there ("en övrig fråga från Anna Ek (SD), se § 96")."""
    hits = list(_AUTHORED_BY.finditer(text))
    if not hits:
        return []
    names = finder.find(text)
    out = []
    for hit in hits:
        line_start = text.rfind("\n", 0, hit.start()) + 1
        if _CITED_DOCUMENT.match(text, line_start, hit.start()):
            continue  # "9. Protokollsutdrag KF § 225 Svar på motion från …": a document cited
        if hit["next"] and not _AUTHORED.search(text, line_start, hit.start()):
            continue  # "; om X, av" goes on a list of matters only
        authors: list[Person] = []
        at = hit.end()
        for s, e, person in names:
            if s < at:
                continue
            gap = text[at:s]
            first = not authors and gap.strip() == ""
            if not (first or (authors and _AUTHOR_GAP.fullmatch(gap))) or len(text[s:e].split()) < 2:
                break
            authors.append(person)
            at = e
        there = _HANDLED_AT.match(text, at)
        if there and there["n"] != re.sub(r"\D", "", number):
            continue
        if authors:
            stop = text.find(".", at)
            out.append((text[hit.start() : stop if 0 <= stop < at + 120 else at + 40], authors))
    return out


def _party_authors(line: str) -> list[str]:
    """Parties named as a matter's authors: "Motion av Sverigedemokraterna om …"."""
    kw = _AUTHORED.search(line)
    if kw is None:
        return []
    out = []
    for s, _e, code in party_actors(line, current_local_parties()):
        before = line[max(kw.start(), s - 60) : s]
        if s >= kw.end() and _BEFORE_AUTHOR.search(before) and not _ADDRESSEE.search(before):
            out.append(code)
    return out


#: A letter to the body ("Skrivelse från Anna Ek (M) om …"): a politician's, printed with a party, raises
#: its matter like a motion; anyone else's (a resident, an authority) is no action of the meeting.
_WRITTEN = re.compile(r"(?i)(?<![\wåäö])skrivelse(?:n)?\s+(?:från|av)\s")


#: The end of a bracket holding a name and its party after a comma: ", V)".
_NAME_PARTY_CLOSE = re.compile(NAME_PARTY_CLOSE)


def _authors(line: str, finder: NameFinder) -> list[Person]:
    """The people named as authors on one title-like line."""
    kw = _AUTHORED.search(line)
    written = kw is None and (kw := _WRITTEN.search(line)) is not None
    if kw is None:
        return []
    out: list[Person] = []
    prev_end = kw.end()
    for s, e, person in finder.find(line):
        if s < kw.end() or " " not in line[s:e].strip():
            continue  # a name before the keyword, or a first name alone
        bracket = re.match(r"\s*\(([^()]{1,4})\)", line[e:])
        if written and not (bracket and party_code(bracket.group(1))):
            break  # a letter's author without a party: not a member's matter
        gap = line[prev_end:s]
        before = line[max(kw.start(), s - 60) : s]
        listed = bool(out) and re.fullmatch(r"\s*(?:\([^()]{1,6}\))?\s*(?:,|och|samt)\s*", gap)
        # "Svar på motion om fler vårdplatser (Ida Berg, V)": the author and her party in one bracket
        signed = (
            before.endswith("(") and (tail := _NAME_PARTY_CLOSE.match(line, e)) and party_code(tail["party"])
        )
        if (listed or signed or _BEFORE_AUTHOR.search(before)) and not _ADDRESSEE.search(before):
            out.append(person)
        prev_end = e
    return out


#: The title of a kallelse row that proposes the justerare: "Val av justerare", "Justering av protokollet".
_JUSTERING_TITLE = re.compile(r"(?i)\bjusterare\b|\bjustering\b|\bjustera\b")
#: Persons proposed as substitutes in such a row ("Ersättare: Bo Berg (M)", "Bo Berg (M) som ersättare").
_SUBSTITUTE_BEFORE = re.compile(r"(?i)ersättare\s*:?\s*(?:<br\s*/?>)?\s*$")  # the label right before
#: "… (C) och Per Holm (KD) som ersättare": the name is one of the substitutes the sentence lists. The
#: names listed after it keep their capitals ("…, med Eva Lind (C) som ersättare": "med Eva Lind" is no
#: name, the pair before the comma are the justerare).
_SUBSTITUTE_AFTER = re.compile(
    r"(?i)^\s*(?:\([^()]{1,4}\))?"
    r"(?:\s*(?:,|och|samt)\s*(?-i:[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){1,3})\s*(?:\([^()]{1,4}\))?)*"
    r"\s*(?:som|\()\s*ersättare"
)
#: The last label on a line before a name: "Ordinarie: A, B  Ersättare: C, D".
_ROLE_LABEL = re.compile(r"(?i)\b(ordinarie|ersättare|justerare)\s*:")


#: The roles of one who holds a seat in the body that met.
_MEMBER_ROLES = frozenset(
    ["ledamot", "ersättare", "tjänstgörande ersättare", "ordförande", "vice ordförande"]
)


def add_justerare(ex: Extraction, persons: list[Person], finder: NameFinder, head: str = "") -> None:
    """Give the document's justerare their action.

    A protocol, and notes a member signs as justerare ("Justeras" over the chair's name), print them in
    the header or signature block ("Utses att justera Anton César", "Justerande"): each person with the
    role and no justerare action yet gets one, on the item where justerare are chosen if the protocol has
    one, else on its first item. The secretary or another
    official is never a justerare (they write the minutes the justerare check). A kallelse proposes them in a
    "Val av justerare" row: the people named there (not those named as substitutes), or else those its
    head block (`head`, the text before its first item) names as justerare.
    """
    if not ex.items:
        return
    kallelse = ex.meta.doc_type == "kallelse"
    in_head: set[str] = set()
    if kallelse:
        for item in ex.items:
            if _JUSTERING_TITLE.search(item.title):
                _proposed_justerare(item, finder)
        if any(a.kind == "justerare" for it in ex.items for a in it.actions):
            return
        in_head = {p.name for _s, _e, p in finder.find(head)}
        # No names in the row: the kallelse's head block names them ("Justerare  Sofia Brandt (S)"), and
        # they go on the row where justerare are chosen, as a protocol's header justerare do — only people
        # named in the head block alone (a protocol extract attached to a kallelse has its own justerare).
    elif ex.meta.doc_type not in ("protokoll", "minnesanteckningar", "mötesanteckningar"):
        return  # notes signed "Justeras" by a member name their justerare as a protocol does
    done = {a.person for it in ex.items for a in it.actions if a.kind == "justerare"}
    target = next(
        (it for it in ex.items if any(a.kind == "justerare" for a in it.actions)),
        next((it for it in ex.items if _JUSTERING_TITLE.search(it.title)), ex.items[0]),
    )
    # Notes "Justeras" by the chair and a justerare ("Birgitta Mattsson, ordförande   Gunnel Lindh,
    # justerare"): the chair signs as chair, her caption says so (`indexer.entities.signatures`); two names
    # under "Justeras" with no caption both sign as justerare — unless the text chose whom ("Moa Grönlund
    # valdes att justera tillsammans med ordföranden"): then the chair signs by office (GOLD_FORMAT).
    for p in persons:
        # a member of a council without a party (a pensioners' organisation's) is no official for
        # holding "tjänsteperson" too: the attendance list gives them a seat ("ledamot")
        member = bool(_MEMBER_ROLES & set(p.roles))
        official = "sekreterare" in p.roles or ("tjänsteperson" in p.roles and not p.party and not member)
        by_office = done and "ordförande" in p.roles and p.name not in done
        if "justerare" in p.roles and (official or by_office):
            # the secretary (an official) writes the minutes the justerare check: a header read wrongly
            # gave them both roles ("Sekreterare / Justerare" labels stacked over their values)
            p.roles.remove("justerare")
            continue
        if "justerare" in p.roles and p.name not in done and (not kallelse or p.name in in_head):
            target.actions.append(
                Action(person=p.name, kind="justerare", evidence="justerare enligt protokollet")
            )


def _proposed_justerare(item: Item, finder: NameFinder) -> None:
    """The people a kallelse proposes as justerare; one after an "Ersättare" label is the substitute."""
    have = {a.person for a in item.actions if a.kind == "justerare"}
    prev_end = 0
    for s, e, person in finder.find(item.text):
        before, prev_end = item.text[prev_end:s], e
        if person.name in have or " " not in item.text[s:e].strip():
            continue
        on_line = item.text[item.text.rfind("\n", 0, s) + 1 : s]
        labels = _ROLE_LABEL.findall(on_line)
        if (
            _SUBSTITUTE_BEFORE.search(before)
            or _SUBSTITUTE_AFTER.match(item.text[e : e + 120])
            or (labels and labels[-1].lower() == "ersättare")
        ):
            continue
        have.add(person.name)
        line_start = item.text.rfind("\n", 0, s) + 1
        evidence = " ".join(item.text[line_start : e + 40].split())
        item.actions.append(Action(person=person.name, kind="justerare", evidence=evidence))


#: "föredragande §§ 45–47", "föredrar § 12" in an attendance line: who presents which paragraphs.
_PRESENTS_PARAGRAPHS = re.compile(
    r"(?i)(?<![\wåäö])(?:föredragande|föredrar|föredragare)\b[^\n§]{0,20}§§?\s*(?P<a>\d{1,4})"
    r"(?:\s*(?:[-–]|till)\s*§?\s*(?P<b>\d{1,4}))?(?P<more>(?:\s*(?:,|och)\s*§?\s*\d{1,4})*)"
)


def header_presenters(items: list[Item], header: str, finder: NameFinder) -> None:
    """The presenters an attendance list names with their paragraphs ("Anna Berg, ekonomichef,
    föredragande §§ 45–46"): a presented action on each of those items."""
    by_number = {it.number: it for it in items if it.number}
    if not by_number or "öredrag" not in header:
        return
    for line in header.split("\n"):
        m = _PRESENTS_PARAGRAPHS.search(line)
        names = [p for s, _e, p in finder.find(line) if m is not None and s < m.start()]
        if m is None or not names:
            continue
        first, last = int(m.group("a")), int(m.group("b") or m.group("a"))
        numbers = set(range(first, min(last, first + 50) + 1))
        numbers |= {int(n) for n in re.findall(r"\d{1,4}", m.group("more"))}
        for n in sorted(numbers):
            item = by_number.get(f"§{n}")
            if item is None:
                continue
            have = {(a.person, a.kind) for a in item.actions}
            for person in names[-1:]:  # the name the line's "föredragande" follows
                if (person.name, "presented") not in have:
                    evidence = " ".join(line.split())[:300]
                    item.actions.append(Action(person=person.name, kind="presented", evidence=evidence))


#: An agenda table's header with a presenter column: "Nr  Ärende  Dnr  Föredragande", "… Föredragande/Tid".
_PRESENTER_COLUMN = re.compile(
    r"(?im)^[^\n]*\b(?:ärende|ärenden|rubrik|dnr|diarienummer|punkt)\b[^\n]*(?:\t|[ ]{2,}|[ ])"
    r"(?:föredragande|föredragare)(?:[ \t]*(?:/|,|&|och)[ \t]*(?:tid|kl\.?|klockan))?"
    r"(?:(?:\t|[ ]{2,})(?:tid|kl\.?|klockan|bilagor?|handlingar))?[ \t]*$"
)  # a time or documents column may stand after it ("… Föredragande  Tid"), or share its cell ("…/Tid")
#: Title words set before a presenter's name in the cell: "Planchef", "Mark- och exploateringschef",
#: "projektledare".
_CELL_TITLE = r"(?:[A-ZÅÄÖa-zåäö][\wåäö]*(?:-[\wåäö]+)*-?[ \t]+(?:och[ \t]+)?){1,3}"
#: A party or a lower-case title after a name: "(S)", ", förvaltningschef", ", enhetschef vuxen".
_CELL_AFTER = (
    r"[ \t]*(?:\([^()\n]{1,6}\))?[ \t]*(?:,[ \t]*[a-zåäö][\wåäö\-]*(?:[ \t]+[a-zåäö][\wåäö\-]*){0,3})?"
)
#: The time a presenter is scheduled for, ending the cell: "08.35–08.50", "kl. 9.00", "13:15".
_CELL_TIME = rf"(?:[ \t]*,?[ \t]*(?:kl\.?[ \t]*)?{CLOCK_SPAN})?"
_CELL_OPEN = re.compile(rf"[ \t]*(?:{_CELL_TITLE})?")
_CELL_BETWEEN = re.compile(rf"{_CELL_AFTER}[ \t]*(?:,|och|samt|/|&)[ \t]*(?:{_CELL_TITLE})?")
_CELL_CLOSE = re.compile(rf"{_CELL_AFTER}{_CELL_TIME}[ \t]*")
#: A line of a row without a lower-case letter and with a digit: its case number or time, no presenter.
_NUMBER_LINE = re.compile(r"[^a-zåäö\n]*\d[^a-zåäö\n]*")
#: A list item's mark before a presenter set in a list: "• ", "- ".
_BULLET = re.compile(rf"^{MARK}\s+")


#: An agenda table's header printed as a tab-separated line ("Nr⇥Ärende⇥Dnr").
_AGENDA_HEAD = re.compile(r"(?im)^(?=[^\n]*\t)(?=[^\n]*\bärende\b)[^\n]*$")
#: The header cells of a number, a title and a case number: columns that hold no presenter.
_KNOWN_HEAD = re.compile(
    r"(?i)^(?:nr\.?|§|punkt|ärende|ärenden|rubrik|dnr|diarienr|diarienummer|ärendenummer)$"
)


def _cell_presenters(line: str, finder: NameFinder) -> list[Person]:
    """The people a presenter cell names: names (two words or more) each with an optional title before
    it ("Fastighetschef Mattias Holm, projektledare Elin Bergqvist") or a title after it ("Karin Wulff,
    förvaltningschef"), joined by commas, "och" or "/", and at most a time after the last ("09.10–09.40");
    nothing else on the line. Empty when the line is anything else."""
    found = [(s, e, p) for s, e, p in finder.find(line) if " " in line[s:e].strip()]
    if not found:
        return []
    gaps = [line[: found[0][0]]]
    gaps += [line[found[k][1] : found[k + 1][0]] for k in range(len(found) - 1)]
    ok = _CELL_OPEN.fullmatch(gaps[0]) and all(_CELL_BETWEEN.fullmatch(g) for g in gaps[1:])
    if not ok or not _CELL_CLOSE.fullmatch(line[found[-1][1] :]):
        return []
    out: list[Person] = []
    for _s, _e, p in found:
        if p not in out:
            out.append(p)
    return out


def column_presenters(items: list[Item], text: str, finder: NameFinder) -> None:
    """An agenda printed as a table with a "Föredragande" column: the people named in an item's first line
    of text after its case number (the column's cell after the title's: "Karin Wulff, förvaltningschef",
    "Ekonomichef Sara Lindahl 08.50–09.10", two officials side by side) present it. Without the column,
    an item's first line that is only officials' titles and names ("Chefläkare Sara Lund", set under the
    title in the Ärende cell) names its presenters too."""
    column = "öredrag" in text and _PRESENTER_COLUMN.search(text) is not None
    # a table with a column of its own for something else ("Tid") sets its cells under the title too
    other_column = any(
        any(c.strip() and not _KNOWN_HEAD.match(c.strip()) for c in head.split("\t"))
        for head in _AGENDA_HEAD.findall(text)
    )
    for item in items:
        lines = [ln for ln in item.text.split("\n") if ln.strip() and not _NUMBER_LINE.fullmatch(ln)]
        if column:
            cells = lines[:1]
        elif other_column:
            continue  # a table with a column of its own for something else sets its cells under the title
        else:
            cells = _presenter_lines(lines)
        for line in cells:
            for person in _cell_presenters(line, finder):
                if any(a.person == person.name and a.kind == "presented" for a in item.actions):
                    continue
                evidence = " ".join(line.split())[:300]
                item.actions.append(Action(person=person.name, kind="presented", evidence=evidence))


def _presenter_lines(lines: list[str]) -> list[str]:
    """The lines right under an item's title (past its case number, "Dnr TIM 2026/101") that are only
    officials' titles and names, one line or a list of them ("• Maja Sjödin, ekonom" / "• Linus Karp,
    controller"): a portal or an Ärende cell sets the presenters there without a label. The first other
    line ends them; an item opening with body text has none."""
    out: list[str] = []
    for line in lines:
        bare = _BULLET.sub("", line.strip())
        if not out and parse_dnr(bare.strip(" ()")) is not None:
            continue  # the point's case number, set under its title before the presenters
        if not TITLE_AND_NAME.match(bare):
            break
        out.append(bare)
    return out
