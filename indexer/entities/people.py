"""People in a document: who they are (name, party, roles, title, affiliation) and where they are named.

Sources, strongest first: attendance blocks and signature labels (`indexer.entities.attendance`),
names printed with a party in brackets anywhere ("Renée Sylvan (S) yrkar", vote-table rows), "Namn, titel"
in running text, and
first-name-led runs of capitalised words ("Jessica Isaksson och Lisbet Gibson redovisar"). Once the people of
a document are known, every item is searched for their full names (also in the genitive, also broken over a
line) and for a first name that only one of them has ("Elsy går igenom" -> Elsy Bäckström).

Identity across documents is the store's job; it uses `person_key` and `parties_compatible` from here.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from indexer.entities.absence import absent_spans
from indexer.entities.attendance import block_mentions, parse_tail, read_segment
from indexer.entities.capitals import normal_case_names
from indexer.entities.column_breaks import join_column_breaks
from indexer.entities.finder import NameFinder, chair
from indexer.entities.inverted import inverted_mentions, plain_inverted, reorder
from indexer.entities.keys import ambiguous_first, parties_compatible, person_key, soft_joined
from indexer.entities.name_order import normal_order
from indexer.entities.names import (
    RUN,
    STREET_NOUN,
    TITLE_WORD,
    TOKEN,
    Mention,
    clean_name,
    is_first_name,
    is_party_name,
    is_stop_token,
    name_runs,
    split_run,
    trim_name,
)
from indexer.entities.officials import BROKEN_NAME_TITLES, PRESENTER_TITLES, alternation
from indexer.entities.page_turns import join_page_turns
from indexer.entities.parties import NAME_PARTY_CLOSE, party_code, party_re
from indexer.entities.private_parties import after_private_label
from indexer.entities.signatures import (
    inline_justerare,
    label_mentions,
    label_row_mentions,
    replaced_mentions,
    split_two_names,
    stacked_mentions,
)
from indexer.entities.titles_before import titles_before
from indexer.entities.triggers import PRESENTING_VERBS
from indexer.entities.variants import drop_contained, fold_truncated, merge_variants
from indexer.types import Person

#: Nouns after a genitive name: "Susanne Anderssons (SD) yrkande".
_GENITIVE_NOUN = re.compile(
    r"\s*(?:\w*yrkande|förslag|motion|reservation|protokollsanteckning|fråga|initiativ|interpellation|skrivelse)",
    re.I,
)
#: Roles printed between commas after a name in running text: "Tom Silverklo (C), ordförande, öppnar".
_RUNNING_ROLE = re.compile(r"\s*,\s*((?:1:e |2:e |andre |förste )?(?:vice )?ordförande)\s*[,.]", re.I)
#: "Namn, titel" in running text: a lower-case title after the comma.
_NAME_TITLE = re.compile(
    rf"(?<![\w\-/])(?P<name>{RUN}),[ \t]+(?P<title>[a-zåäö][\wåäö\- ]{{2,60}}?)"
    rf"(?=[,.(\n]| presenterar| informerar)"
)
#: The verbs of who did what that follow a name opening a sentence: "Anna Ek informerar".
_ACT_VERBS = (
    rf"(?:{PRESENTING_VERBS}|berättade om|berättar om|svarar|svarade|redovisar|går igenom|yrkar"
    r"|reserverar sig|lyfter|väcker|anmäler|sammanfattar|rapporterar|besvarar)"
)
#: A capitalised word ending a line, the next line starting with one capitalised word and , ( or . or
#: an action verb or "och" ("Kommundirektör Anna⏎Granqvist redogör för …", "Anna⏎Berg och Bo Ek").
_FIRST_AT_END = re.compile(
    rf"(?P<first>{TOKEN})[ \t]*(?P<nl>\n)[ \t]*{TOKEN}(?:[ \t]*[,(.]|[ \t]+(?:{_ACT_VERBS}|och|samt)\b)"
)
#: A line break inside a markdown table cell.
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
#: A name run right before an action verb at the start of a sentence or line.
#: Where the speaker comes from may stand between ("Bo Nyström från SPF Seniorerna informerade", "Anna
#: Berg, PRO, berättade om"), as `indexer.entities.actions` reads its subject.
_NAME_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=[.:!?]\s)|(?<=\n))[ \t]*(?P<name>{RUN})"
    r"(?:[ \t]*,[^,.;:\n]{1,60},|[ \t]+(?:från|vid|inom)(?:[ \t]+[\wåäö\-]+){1,3}?)?"
    rf"[ \t]+{_ACT_VERBS}\b",
    re.MULTILINE,
)
#: Between the names of a list before such a verb: "Anna Berg och Somayeh Jamshidi informerar".
_AND = r"(?:\s*,\s*|\s+och\s+|\s+samt\s+)"
#: Such a list opening a sentence or line, an official's lower-case title allowed before each name.
_LIST_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=[.:!?]\s)|(?<=\n))[ \t]*(?P<names>{RUN}(?:{_AND}(?:[a-zåäö]+[ \t]+)?{RUN})+)"
    rf"[ \t]*\n?[ \t]*(?<=\s){_ACT_VERBS}\b",
    re.MULTILINE,
)
_RUN_ONLY = re.compile(RUN)
#: A company form right after a name run: "... Fastighets AB", "... Bygg HB".
_COMPANY_AFTER = re.compile(r"(?:\s|<br>){1,3}(?:[A-ZÅÄÖ][\wåäö&-]*\s+){0,2}(?:AB|HB|KB|Aktiebolag)\b")
#: A company form right after a run: "Luna Dans AB" is a company whose name starts with a first name.
_COMPANY_FORM = re.compile(r"[ \t]+(?:AB|HB|KB|Aktiebolag)\b")
#: A name run ending the text before a party bracket.
_RUN_AT_END = re.compile(rf"({RUN})[ \t]?$")
#: A newline inside a name that is followed by a party: "Helen\nThylin (S)", "Anna-\nKarin Granberg (SD)".
_BROKEN = re.compile(
    rf"(?<=[A-Za-zåäöÅÄÖéü])\n(?=[ \t]*{TOKEN}[ \t]?\((?:[A-Za-z]{{1,3}})\))"
    rf"|(?<=[A-Za-zåäöÅÄÖéü]-)\n(?=[ \t]*{RUN}[ \t]?\((?:[A-Za-z]{{1,3}})\))"
    # "…, Jonas Ström⏎(V)": the line breaks between a name and its party
    # (not "…Bo Berg⏎(C) Cecilia Lund": that bracket is the next line's, a party printed before the name)
    rf"|(?<=[a-zåäöéü])\n(?=\((?:[A-Za-zÅÄÖ]{{1,3}})\)(?!\w)(?![ \t]+{TOKEN} {TOKEN}))"
)


def _party_heading_after(text: str, at: int) -> bool:
    """Whether the line at `at` opens with a party's name written out ("Centerpartiet (C): …")."""
    word = re.match(r"[ \t]*([^\W\d_]+)", text[at : at + 40])
    return word is not None and is_party_name(word.group(1))


#: A first name ending a line, a double surname and a party starting the next: "Henrik⏎Ekdahl Linds (M)".
#: The next line must start with a surname: "ersätter Nils⏎Peter Wesley (KD)" is two people.
_FIRST_THEN_TWO = re.compile(
    rf"(?P<first>{TOKEN})\n(?=[ \t]*(?P<next>{TOKEN}) {TOKEN}[ \t]?\((?:[A-Za-z]{{1,3}})\))"
)


def _flatten(text: str) -> str:
    """Same-length copy of `text` where a line break inside a name before a party bracket is a space; not
    before a party-group heading ("…, Arvid Pettersson⏎Centerpartiet (C): Mikael Lund, …")."""
    flat = _BROKEN.sub(lambda m: m.group(0) if _party_heading_after(text, m.end()) else " ", text)

    def join(m: re.Match[str]) -> str:
        joined = is_first_name(m.group("first")) and not is_first_name(m.group("next"))
        return m.group("first") + (" " if joined else "\n")

    return _FIRST_THEN_TWO.sub(join, flat) if "\n" in flat else flat


def party_mentions(text: str) -> list[Mention]:
    """Names printed with a party in brackets, anywhere (running text, vote tables, lists)."""
    flat = _flatten(text)
    out = []
    for pm in party_re().finditer(flat):
        # only the last 120 characters of the line count: the line start is looked for within them
        line_start = flat.rfind("\n", max(0, pm.start() - 120), pm.start()) + 1
        before = flat[max(line_start, pm.start() - 120) : pm.start()]
        run = _RUN_AT_END.search(before)
        if not run:
            continue
        alone = not before[: run.start(1)].strip() and line_start >= pm.start() - 120
        words = trim_name(split_run(run.group(1)), keep="right", listed=alone)
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = pm.start() - len(before) + run.start(1) + run.group(1).rfind(words[0]) if len(words) else 0
        start = flat.find(words[0], pm.start() - len(before) + run.start(1))
        m = Mention(name=name, start=start, end=run.end(1) + pm.start() - len(before))
        m.party = party_code(pm.group("party"))
        after = flat[pm.end() : pm.end() + 40]
        if words[-1].endswith("s") and _GENITIVE_NOUN.match(after):
            m.genitive = True
        role = _RUNNING_ROLE.match(after)
        if role:
            parse_tail(role.group(1), m)
        out.append(m)
    return out


#: A name and its party in one bracket, after a comma: "(Ida Berg, V)", as a title names a matter's author.
_BRACKET_NAME_PARTY = re.compile(rf"\((?P<name>{RUN}){NAME_PARTY_CLOSE}")


def bracket_party_mentions(text: str) -> list[Mention]:
    """Names printed with their party inside one bracket: "(Ida Berg, V)"."""
    out = []
    for hit in _BRACKET_NAME_PARTY.finditer(text):
        code = party_code(hit["party"])
        words = split_run(hit["name"])
        if code is None or not 2 <= len(words) <= 4 or not is_first_name(words[0]):
            continue
        start = hit.start("name")
        out.append(Mention(name=hit["name"], start=start, end=hit.end("name"), party=code))
    return out


def titled_mentions(text: str) -> list[Mention]:
    """'Namn, titel' in running text: "Katarina Öryd, förvaltningschef, informerar"."""
    out = []
    for hit in _NAME_TITLE.finditer(text):
        words = trim_name(split_run(hit.group("name")), keep="right")
        title = re.split(r"\s+och\s+(?=[A-ZÅÄÖ])", hit.group("title"))[0]
        # A name the first-name list lacks still counts before a real title ("Somayeh Jamshidi, ekonom").
        known = is_first_name(words[0]) if words else False
        if len(words) < 2 or len(words) > 3 or not (known or TITLE_WORD.match(title)):
            continue
        name = " ".join(words)
        start = hit.start("name") + hit.group("name").rfind(words[0])
        m = Mention(name=name, start=start, end=hit.end("name"))
        parse_tail(title, m)
        party = party_re().match(
            text, hit.end("title") + (1 if text[hit.end("title") : hit.end("title") + 1] == " " else 0)
        )
        if party:  # "Anna Ek, kommunalråd (S)"
            m.party = party_code(party.group("party"))
        out.append(m)
    return out


#: A presenter's title opening the sentence: "Kommunpolis Fredrik Nyström informerade" (the widest titles).
_PRESENTER_TITLE = re.compile(rf"(?i)\w*(?:{alternation(PRESENTER_TITLES)})")


def verb_mentions(text: str) -> list[Mention]:
    """A two- or three-word name right before an action verb, even when the first-name list lacks it:
    "Somayeh Jamshidi informerar", "Kasra Hassirian redogör", "Ekonomichef Dilvina Rostam informerar"."""
    out = []
    for hit in _NAME_BEFORE_VERB.finditer(text):
        words = split_run(hit.group("name"))
        start = hit.start("name")
        if len(words) >= 3 and (
            TITLE_WORD.fullmatch(words[0].casefold()) or _PRESENTER_TITLE.fullmatch(words[0])
        ):
            # "Ekonomichef Farhad Karimi informerar": the official's title opens the sentence
            start = text.find(words[1], start + len(words[0]))
            words = words[1:]
        if not 2 <= len(words) <= 3 or trim_name(words, keep="left") != words:
            continue
        if any(_is_common_capitalised(w) for w in words):
            continue
        out.append(Mention(name=" ".join(words), start=start, end=hit.end("name")))
    # "Anna Berg och Bo Ekström informerar": every name of the list, the first one's title left out
    for hit in _LIST_BEFORE_VERB.finditer(text):
        for run in _RUN_ONLY.finditer(text, hit.start("names"), hit.end("names")):
            words = trim_name(split_run(run.group(0)), keep="left")
            if 2 <= len(words) <= 3 and not any(_is_common_capitalised(w) for w in words):
                start = text.find(words[0], run.start())
                out.append(Mention(name=" ".join(words), start=start, end=run.end()))
    return out


#: A compound's lower-case tail right after a name: "Carl Larsson-skolan", "Astrid Lindgren-priset".
_COMPOUND_TAIL = re.compile(r"-[ \t]*\n?[ \t]*[a-zåäö]")
#: A property's number after its block name (fastighetsbeteckning): "Gustav Vasa 4", "Karl Johan 12:3";
#: not a date or a phone number ("Anna Ek 2026-11-20").
_PROPERTY_NUMBER = re.compile(r"[ \t]+\d{1,4}(?::\d{1,4})?(?!\d)(?![,.:\-/]\d)")
#: A block's noun before its name: "kvarteret Gustav Vasa", "kv. Karl Johan", "fastigheten Anna Lund 3".
_PROPERTY_NOUN = re.compile(r"(?i)(?<![\wåäö])(?:kvarteret|kvarter|kv\.|fastigheten|fastigheterna)[ \t]+$")


def _place_named_after(text: str, start: int, end: int) -> bool:
    """A name run that is part of a place named after someone: a compound ("Carl Larsson-skolan"), a
    city block or property ("kvarteret Gustav Vasa", "Gustav Vasa 4 m.fl.")."""
    return bool(
        _COMPOUND_TAIL.match(text, end)
        or _PROPERTY_NUMBER.match(text, end)
        or _PROPERTY_NOUN.search(text, max(0, start - 20), start)
    )


#: The endings of Swedish abstract nouns ("Tilldelning", "Verksamhet", "Information"): no surname's.
_ABSTRACT_END = re.compile(r"(?:ning|het|tion|skap|else)$")


def _abstract_noun(word: str) -> bool:
    """An ordinary abstract noun that a first name ran into ("Upphandlingschef Jessica Tilldelning enligt
    bilaga": a table's next cell on the same line), not a surname: surnames are often ordinary words
    ("Berg", "Ström", "Wall"), but not nouns of these endings."""
    return bool(_ABSTRACT_END.search(word)) and _is_common_capitalised(word)


def _is_common_capitalised(word: str) -> bool:
    from indexer.entities.names import _is_common_word

    return _is_common_word(word) and not is_first_name(word)


#: An official's title, a first name ending the line and the surname starting the next: "av utredare
#: Johan⏎Claesson bedömt" (the line break is read as a space, keeping the text's length).
_TITLED_BROKEN = re.compile(
    rf"(?P<head>\b[a-zåäö]*(?:{alternation(BROKEN_NAME_TITLES)}) "
    rf"{TOKEN})\n(?={TOKEN}[ \t]+[a-zåäö])"
)


def _titled(words: list[str], k: int, text: str, start: int) -> bool:
    """An official's title right before `words[k]`, in the run ("Skolchef Per Ek", "Controller Per Ek")
    or just before it ("skolchef Per Ek"): a first name that is also an ordinary word ("Per", "Bo") is
    a name after it."""
    before = words[k - 1] if k else (text[max(0, start - 40) : start].split() or [""])[-1]
    return TITLE_WORD.fullmatch(before.casefold()) is not None


#: A full name led by a known first name, then "och", "samt" or a comma, right before another name: "Anna
#: Ek och ", "Anna Ek (S), ".
_NAME_THEN_AND = re.compile(
    rf"(?P<first>{TOKEN}) {TOKEN}(?: {TOKEN})?[ \t]*(?:\([^()\n]{{1,4}}\))?[ \t]*(?:,|och|samt)[ \t]+$"
)


def _paired(k: int, text: str, start: int) -> bool:
    """A first name that is also an ordinary word ("Per", "Bo") is a name where it leads the run right after
    another person's full name and "och" or a comma ("Anna Ek och Per Lund"): a list of people."""
    if k:
        return False
    m = _NAME_THEN_AND.search(text, max(0, start - 60), start)
    return m is not None and is_first_name(m["first"]) and m["first"] not in ambiguous_first()


#: A matter someone authors, then "från" or "av", right before a name: "Medborgarförslag från ", "motion av ".
_AUTHORED_FROM = re.compile(
    r"(?i)(?<![\wåäö])(?:motion(?:en|er)?|interpellation(?:en)?|fråga(?:n)?|initiativärende(?:t)?"
    r"|politikerinitiativ(?:et)?|medborgarinitiativ(?:et)?|medborgarförslag(?:et)?|e-förslag(?:et)?)"
    r"[ \t]+(?:från|av)[ \t]+$"
)


def _authored(k: int, text: str, start: int) -> bool:
    """A first name that is also an ordinary word ("Sten", "Bo") is a name where it leads the run right
    after a matter someone authors and "från" or "av" ("Medborgarförslag från Sten Aronsson"): a matter
    is written by a person."""
    return not k and _AUTHORED_FROM.search(text, max(0, start - 40), start) is not None


#: A comma after a name, perhaps after its party, before what follows it: "Hans Öqvist, ", "Bo Ek (S), ".
_COMMA_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,6}\)[ \t]*)?,[ \t]*")


def _title_after(k: int, text: str, start: int, end: int) -> bool:
    """A first name that is also an ordinary word ("Hans", "Bo") is a name where its run is followed by an
    official's title after a comma ("Hans Öqvist, kommundirektör", in a table's cell or a sentence), as
    a title before it shows one (`_titled`)."""
    comma = _COMMA_AFTER.match(text, end)
    return (
        not k
        and comma is not None
        and (
            TITLE_WORD.match(text[comma.end() : comma.end() + 60].casefold()) is not None
            or _wrapped_title(text, start, comma.end())
        )
    )


def _wrapped_title(text: str, start: int, after: int) -> bool:
    """A name cell "Per Holm," ending its line in a text export, its title wrapped onto a later line of
    the same column ("rektor" standing under "Per" within the next three lines), as `pdftotext -layout`
    prints a table's cells that wrap."""
    if text[after : after + 1] not in ("\n", ""):
        return False
    column = start - (text.rfind("\n", 0, start) + 1)
    pos = after
    for _ in range(3):
        if pos >= len(text):
            return False
        end = text.find("\n", pos + 1)
        line = text[pos + 1 : end if end >= 0 else len(text)]
        # a word starting right at the column (a blank before it), not one running through it
        starts = len(line) > column and line[column].strip() and (column == 0 or not line[column - 1].strip())
        if starts and TITLE_WORD.fullmatch(line[column:].split(None, 1)[0].casefold()):
            return True
        pos = end if end >= 0 else len(text)
    return False


#: A finite verb right after a name ending in "s": the name is the sentence's subject, no genitive ("Gunnar
#: Wass har i ett medborgarförslag föreslagit", "Elin Bliss yrkar").
_VERB_AFTER = re.compile(
    rf"\s+(?:har|hade|är|var|vill|ska|kan|anser|menar|föreslår|föreslog|föreslagit|{_ACT_VERBS})(?![\wåäö])"
)


def _unknown_author(words: list[str], text: str, start: int) -> bool:
    """Two or three capitalised words, none an ordinary word, right after a matter someone authors and
    "från"/"av" (`_authored`): a private person's name, also where no list knows the first name
    ("Medborgarförslag från Tilde Sandström"); a party or an organisation is no such pair of words."""
    return (
        2 <= len(words) <= 3
        and _authored(0, text, start)
        and not any(is_stop_token(w) or _is_common_capitalised(w) or is_party_name(w) for w in words)
    )


def running_mentions(text: str) -> list[Mention]:
    """First-name-led runs of capitalised words in running text ("Jessica Isaksson och Lisbet Gibson")."""
    out = []
    text = _TITLED_BROKEN.sub(r"\g<head> ", text) if "\n" in text else text
    for hit in name_runs(text):
        raw = hit.group(0)
        if " " not in raw:
            continue  # a single capitalised word is never a full name
        words = split_run(raw)
        i = next(
            (
                k
                for k, w in enumerate(words)
                if is_first_name(w)
                and (
                    w not in ambiguous_first()
                    or _titled(words, k, text, hit.start())
                    or _paired(k, text, hit.start())
                    or _authored(k, text, hit.start())
                    or _title_after(k, text, hit.start(), hit.end())
                )
            ),
            None,
        )
        if i is None and _unknown_author(words, text, hit.start()):
            i = 0  # "Ett medborgarförslag från Tilde Sandström": an author whose first name no list knows
        if i is None:
            continue
        kept = trim_name(words[i:], keep="left")
        if len(kept) < 2 or kept[0] != words[i] or _abstract_noun(kept[-1]):
            continue
        if words[-1].endswith("s") and STREET_NOUN.match(text, hit.end()):
            continue  # "Per Albin Hanssons väg", "Gustav Adolfs torg": a place named after someone
        if _place_named_after(text, hit.start(), hit.end()):
            continue  # "Carl Larsson-skolan", "kvarteret Gustav Vasa", "Gustav Vasa 4 m.fl."
        if after_private_label(text, text.find(words[i], hit.start())):
            continue  # "Kontrollansvarig: Lars Wede": a party of the case, not of the meeting
        # A genitive after the surname starts an organisation: "Robin Andersson Löftadalens DK".
        cut = next((k for k in range(2, len(kept)) if kept[k].endswith("s")), len(kept))
        kept = kept[:cut]
        after = text[hit.end() : hit.end() + 30]
        truncated = len(kept) < len(words[i:])
        if (truncated and _COMPANY_AFTER.match(text, hit.end())) or _COMPANY_FORM.match(text, hit.end()):
            continue  # "Magnus Månsson Fastighets AB", "Luna Dans AB": a company (named after its owner)
        genitive = re.match(r"\s+[a-zåäö]", after) and not _VERB_AFTER.match(after)
        if kept[-1].endswith("s") and len(kept) == 2 and (genitive or truncated):
            continue  # "Elof Lindälvs gymnasium": a genitive place name, not a person ("Gunnar Wass har" is)
        # two signatures side by side on one line ("Ella Kuoljok Moa Grönlund" under "Justeras"): two people
        for part in split_two_names(kept) or (kept,):
            name = " ".join(part)
            start = text.find(part[0], hit.start())
            out.append(Mention(name=name, start=start, end=start + len(name)))
    return out


_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$|^[^\t\n]*\t.*$", re.MULTILINE)
#: A row of a list whose columns a text export aligned with spaces: "Jonas Ekdahl      M      ordförande".
_SPACED_ROW = re.compile(r"^[ \t]*[A-ZÅÄÖ][^\t\n|]*?[ ]{2,}\S[^\t\n|]*$", re.MULTILINE)
_FULL_RUN = re.compile(rf"{RUN}")


def _row_cells(text: str) -> list[tuple[list[tuple[str, int]], bool]]:
    """The cells of the table rows of `text`, each with its offset: markdown ("| Anna Ek | S |"),
    tab-separated and space-aligned rows (cells parted by two spaces or more). The flag says whether the
    row is space-aligned: only its first cell may be a name, and only with a party beside it."""
    out: list[tuple[list[tuple[str, int]], bool]] = []
    for row in _TABLE_ROW.finditer(text):
        line = row.group(0)
        sep = "|" if line.lstrip().startswith("|") else "\t"
        cells, pos = [], row.start()
        for c in line.split(sep):
            cells.append((c, pos))
            pos += len(c) + 1
        out.append((cells, False))
    for row in _SPACED_ROW.finditer(text):
        pieces = [(p.group(0), row.start() + p.start()) for p in re.finditer(r"\S+(?: \S+)*", row.group(0))]
        out.append(([*pieces, ("", row.end())], True))
    return out


def table_mentions(text: str) -> list[Mention]:
    """Tables with the party (and the role) in columns of their own, markdown, tab-separated or aligned
    with spaces: "| Anna Ek | S | X |  |", "Gunnar Lindh<TAB>S<TAB>ordförande", "Helena
    Gran<TAB><TAB>sekreterare", "Jonas Ekdahl      M      ordförande", "Hussein Abdi (tj. ers.)<TAB>S"."""
    out = []
    for cells, spaced in _row_cells(text):
        for k, (raw, offset) in enumerate(cells[:-1]):
            if spaced and k > 0:
                break
            cell = raw.strip()
            nxt = cells[k + 1][0].strip()
            party = party_code(nxt) if len(nxt) <= 5 else None
            # "Ann-Marie Quist, ordförande⇥S", "Hussein Abdi (tj. ers.)⇥S": the role in the name cell
            own = _CELL_ROLE.fullmatch(cell)
            if own:
                cell = own["name"]
            if not _FULL_RUN.fullmatch(cell):
                continue
            words = trim_name(split_run(cell), keep="left")
            if len(words) < 2 or " ".join(words) != clean_name(cell):
                continue
            rest = [c.strip() for c, _ in cells[k + 1 :] if c.strip()]
            role = (
                (own["role"] or own["role2"])
                if own
                else next((c for c in rest if _ROLE_CELL.fullmatch(c)), None)
            )
            if not party and (spaced or not (role and is_first_name(words[0]))):
                continue
            start = offset + raw.find(cell)
            m = Mention(name=" ".join(words), start=start, end=start + len(cell), party=party)
            if role:
                read_segment(role, m)
            out.append(m)
    return out


#: A table cell holding a role: "ordförande", "1:e vice ordförande", "sekreterare", "ersättare".
_ROLE_WORDS = (
    r"(?:(?:1:e|2:e|andre|förste|tredje) )?(?:vice )?ordförande|ledamot|(?:tjänstgörande )?ersättare"
    r"|\w*sekreterare|justerare"
)
_ROLE_CELL = re.compile(rf"(?i){_ROLE_WORDS}")
#: Abbreviated roles in a bracket after a name: "(tj. ers.)", "(tjg ers)", "(ers.)", "(ordf.)", "(v. ordf.)".
_ROLE_ABBR = r"(?:tj\.?|tjg\.?|tjänstg\.)[ \t]*ers\.?|ers\.|(?:(?:1:e|2:e) )?(?:v\.[ \t]*|vice )?ordf\."
#: A name cell with the role after a comma or in a bracket: "Ann-Marie Quist, ordförande", "Bengt Fors, 1:e
#: vice ordförande", "Hussein Abdi (tj. ers.)".
_CELL_ROLE = re.compile(
    rf"(?P<name>{RUN})(?:,[ \t]*(?P<role>(?i:{_ROLE_WORDS}|{_ROLE_ABBR}))"
    rf"|[ \t]*\((?P<role2>(?i:{_ROLE_WORDS}|{_ROLE_ABBR}))\))"
)


def doc_mentions(text: str) -> list[Mention]:
    """Every person mention the document text gives, strongest sources first; a name printed surname
    first ("Ekdahl Lind, Henrik", "Lindqvist Anna-Karin") is put in normal order for every source that
    read it (`indexer.entities.inverted`), which keeps the roles they read."""
    mentions = [
        *block_mentions(text),
        *label_mentions(text),
        *inline_justerare(text),
        *stacked_mentions(text),
        *label_row_mentions(text),
        *replaced_mentions(text),
        *party_mentions(text),
        *bracket_party_mentions(text),
        *table_mentions(text),
    ]
    later = [*titled_mentions(text), *verb_mentions(text), *running_mentions(text)]
    inverted = inverted_mentions(text)
    flipped = [*inverted, *plain_inverted(text, mentions + later)]
    out = [*reorder(mentions, flipped), *inverted, *reorder(later, flipped), *flipped[len(inverted) :]]
    return normal_order(out)  # "Karimi Hassan (S), ordförande" where the items print "Hassan Karimi"


@dataclass
class _Acc:
    names: Counter[str]
    parties: Counter[str]
    roles: list[str]
    title: str | None = None
    affiliation: str | None = None
    strong: bool = False
    printed: set[str] = field(default_factory=set)


def build_persons(mentions: list[Mention], absent: list[tuple[int, int]] | None = None) -> list[Person]:
    """One `Person` per name key, with the most printed party and the union of roles.

    Args:
        mentions: Every mention the document text gives.
        absent: Where the text names a member as not taking part (`indexer.entities.absence`).
    """
    acc: dict[str, _Acc] = {}
    strong_keys = {person_key(m.name) for m in mentions if not m.genitive}
    # A member named only as replaced by an ersättare (or as absent) was not at the meeting: not a person
    # of it. Every source reads the same printed name, so an appearance is an absent one by where it starts.
    replaced_at = {m.start for m in mentions if m.replaced}
    merged: list[list[int]] = []  # overlapping places joined, so a bisection finds the one covering
    for lo, hi in sorted(absent or []):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    starts = [lo for lo, _ in merged]
    ends = [hi for _, hi in merged]

    def away(m: Mention) -> bool:
        k = bisect.bisect_right(starts, m.start) - 1
        return m.start in replaced_at or (k >= 0 and m.start < ends[k])

    present = {person_key(m.name) for m in mentions if not away(m)}
    mentions = [m for m in mentions if person_key(m.name) in present]
    for m in mentions:
        name = m.name
        if m.genitive and person_key(name) not in strong_keys:
            name = name[:-1]  # "Renée Sylvans (S) tilläggsyrkande" names Renée Sylvan
        key = person_key(name)
        a = acc.setdefault(key, _Acc(Counter(), Counter(), []))
        a.names[clean_name(name)] += 1
        if m.printed:
            a.printed.add(clean_name(m.printed))
        if m.party:
            a.parties[m.party] += 1
        for r in m.roles:
            if r not in a.roles:
                a.roles.append(r)
        a.title = a.title or m.title
        a.affiliation = a.affiliation or m.affiliation
        a.strong = a.strong or m.strong
    persons = []
    for a in acc.values():
        if not a.strong:
            continue
        name = max(a.names, key=lambda n: (a.names[n], "-" in n, len(n)))
        party = a.parties.most_common(1)[0][0] if a.parties else None
        roles = list(a.roles)
        if not roles and not party and a.title and not re.search(r"(?i)ordförande|ledamot|råd\b", a.title):
            roles = ["föredragande"]  # "Marie Svensson, verksamhetsutvecklare ..., presenterar": a speaker
        persons.append(
            Person(
                name=name,
                party=party,
                roles=roles,
                title=a.title,
                affiliation=a.affiliation,
                spellings=sorted({n for n in a.names if n != name} | a.printed),
            )
        )
    return merge_variants(drop_contained(persons), {person_key(m.name) for m in mentions if m.listed})


def find_persons(text: str, *, planned: bool = False) -> list[Person]:
    """The people of a document, read from its whole (cleaned) text; `planned` for a kallelse (a meeting
    not yet held: no one has served in anyone's place, `indexer.entities.absence.absent_spans`).

    A table cell's line break (<br>) is read as a line break; a name broken by one is joined again
    ("Föredragande: Christina<br>Nordberg, controller", "motion från Carita<br>Boulwén (SD)").
    """
    text = normal_case_names(_BR.sub("\n", text))  # "ANNA EKSTRÖM (S)": in normal case
    text = join_column_breaks(text)  # "Kerstin Abra-" / "… hamsson (S)" in its column
    text = join_page_turns(text)  # "Åsa" / page header / "Lindström (S)"
    joined = soft_joined(text)  # "Heidi Hankanen Äng-\nberg (C)": one word again
    text = _join_broken_first_names(joined[0] if joined else text)
    persons = fold_truncated(build_persons(doc_mentions(text), absent_spans(text, planned=planned)), text)
    return titles_before(persons, text)


#: A line starting with a name printed surname first: "   Ekdahl, Susanne   ekonomichef".
_INVERTED_START = re.compile(rf"[ \t]*{TOKEN},[ \t]+{TOKEN}[ \t]*(?:\(|\t|[ ]{{2}}|\n|$)")


def _inverted_at(word: str) -> bool:
    """ "Falk,": a capitalised surname with the comma an inverted name puts after it."""
    return word.endswith(",") and word[:1].isupper() and word[1:-1].isalpha() and not is_stop_token(word[:-1])


def _join_broken_first_names(text: str) -> str:
    """Same-length copy where a first name alone at a line end and a lone surname starting the next line
    (followed by a comma, a bracket or a full stop) become one name: "Christina\nNordberg, controller"."""
    out = list(text)
    for m in _FIRST_AT_END.finditer(text):
        before = text[: m.start("first")].rstrip(" \t").rsplit(None, 1)
        prev = before[-1] if before else ""
        # the first name stands alone: after a label ("Föredragande:"), a lower-case word or a cell start
        name_before = prev[:1].isupper() and prev[1:].isalpha() and not is_stop_token(prev)
        # "Falk, Magnus⏎Ekdahl, Susanne": a list printing names surname first, one a line
        inverted = _inverted_at(prev) or _INVERTED_START.match(text, m.end("nl")) is not None
        if is_first_name(m.group("first")) and not name_before and not inverted:
            out[m.start("nl")] = " "
    return "".join(out)


__all__ = ["NameFinder", "chair", "find_persons", "parties_compatible", "person_key"]
_ = (TOKEN, clean_name)  # re-exported pieces used by tests


def without_places(persons: list[Person], titles: list[str]) -> list[Person]:
    """The people less those that are a place named after someone: a genitive "name" the items' titles
    print before a street or place noun ("Trafiksäkerhetsåtgärder på Carl Holmbergs väg", whose noun a
    table cell set on the next line of the text), with no party, role or title of its own."""
    out = []
    for p in persons:
        if p.name.endswith("s") and not (p.party or p.roles or p.title):
            pattern = re.compile(rf"(?<![\wåäö]){re.escape(p.name)}{STREET_NOUN.pattern}")
            if any(pattern.search(" ".join(t.split())) for t in titles):
                continue
        out.append(p)
    return out
