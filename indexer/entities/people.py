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
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from indexer.entities.attendance import block_mentions, parse_tail, read_segment
from indexer.entities.inverted import inverted_mentions
from indexer.entities.names import (
    RUN,
    STREET_NOUN,
    TOKEN,
    Mention,
    clean_name,
    is_first_name,
    is_stop_token,
    name_runs,
    party_code,
    party_re,
    soft_joined,
    split_run,
    trim_name,
)
from indexer.entities.signatures import label_mentions, replaced_mentions, stacked_mentions
from indexer.types import Person
from models import gazetteers

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
#: A capitalised word ending a line, the next line starting with one capitalised word and , ( or .
_FIRST_AT_END = re.compile(rf"(?P<first>{TOKEN})[ \t]*(?P<nl>\n)[ \t]*{TOKEN}[ \t]*[,(.]")
#: A line break inside a markdown table cell.
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
#: What may separate the words of a known name in running text: spaces, a line break, a hyphen, a cell <br>.
_NAME_SEP = r"(?:[\s\-]|<br\s*/?>)+"
#: A title word: the lower-case head of "ekonom", "förvaltningsjurist", "biträdande kommundirektör".
_TITLE_WORD = re.compile(
    r"(?:\w+ )?\w*(?:chef|direktör|sekreterare|handläggare|strateg|controller|jurist|ledare|samordnare"
    r"|utvecklare|arkitekt|inspektör|specialist|ekonom|rådgivare|kommunikatör|rektor|läkare|sjuksköterska"
    r"|utredare|råd|ordförande|projektledare|analytiker|assistent|ingenjör)\b"
)
#: A name run right before an action verb at the start of a sentence or line.
_NAME_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=[.:!?]\s)|(?<=\n))[ \t]*(?P<name>{RUN})[ \t]+"
    r"(?:informerar|redogör|föredrar|presenterar|redovisar|går igenom|yrkar|reserverar sig|lyfter|väcker"
    r"|anmäler|sammanfattar|rapporterar)\b",
    re.MULTILINE,
)
#: A company form right after a name run: "... Fastighets AB", "... Bygg HB".
_COMPANY_AFTER = re.compile(r"(?:\s|<br>){1,3}(?:[A-ZÅÄÖ][\wåäö&-]*\s+){0,2}(?:AB|HB|KB|Aktiebolag)\b")
#: A name run ending the text before a party bracket.
_RUN_AT_END = re.compile(rf"({RUN})[ \t]?$")
#: First names that are also ordinary capitalised Swedish words at the start of a sentence.
_AMBIGUOUS_FIRST = frozenset({"Inga", "Per", "Bo", "Hans", "Dag", "Mark", "Sten", "Tor", "Vid", "Kan", "Hon"})
#: A newline inside a name that is followed by a party: "Helen\nThylin (S)", "Anna-\nKarin Granberg (SD)".
_BROKEN = re.compile(
    rf"(?<=[A-Za-zåäöÅÄÖéü])\n(?=[ \t]*{TOKEN}[ \t]?\((?:[A-Za-z]{{1,3}})\))"
    rf"|(?<=[A-Za-zåäöÅÄÖéü]-)\n(?=[ \t]*{RUN}[ \t]?\((?:[A-Za-z]{{1,3}})\))"
)


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """Normalised key of a person's name for identity: case-, space-, hyphen- and accent-insensitive
    (é = e, ü = u, ø = ö, æ = ä), but å, ä, ö stay distinct letters as they are in Swedish.

    "Anna-Karin  Granberg" and "anna karin granberg" give the same key; "Åsa" and "Asa" do not.
    """
    s = unicodedata.normalize("NFC", name).casefold()
    s = s.replace("ø", "ö").replace("æ", "ä")
    kept = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) and ch not in ("\u030a", "\u0308"):  # ring (å) and diaeresis (ä, ö) stay
            continue
        kept.append(ch)
    s = unicodedata.normalize("NFC", "".join(kept)).replace("ü", "u")
    s = re.sub(r"[\s\-‐‑–.]+", " ", s)
    return s.strip()


def parties_compatible(a: str | None, b: str | None) -> bool:
    """Can two appearances with these parties be the same person?

    Rules: an unknown party (None) is compatible with any party; printed forms are normalised first
    ("(s)" = "S", "FP"/"Folkpartiet" = "L", the party's successor name); two different known parties are not
    compatible (a party switch is rare and a same-named colleague in another party is not).
    """
    if a is None or b is None:
        return True
    na = gazetteers.normalize_party(a) or a.upper()
    nb = gazetteers.normalize_party(b) or b.upper()
    return na == nb


def _flatten(text: str) -> str:
    """Same-length copy of `text` where a line break inside a name before a party bracket is a space."""
    return _BROKEN.sub(" ", text)


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


def titled_mentions(text: str) -> list[Mention]:
    """'Namn, titel' in running text: "Katarina Öryd, förvaltningschef, informerar"."""
    out = []
    for hit in _NAME_TITLE.finditer(text):
        words = trim_name(split_run(hit.group("name")), keep="right")
        title = re.split(r"\s+och\s+(?=[A-ZÅÄÖ])", hit.group("title"))[0]
        # A name the first-name list lacks still counts before a real title ("Somayeh Jamshidi, ekonom").
        known = is_first_name(words[0]) if words else False
        if len(words) < 2 or len(words) > 3 or not (known or _TITLE_WORD.match(title)):
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


def verb_mentions(text: str) -> list[Mention]:
    """A two- or three-word name right before an action verb, even when the first-name list lacks it:
    "Somayeh Jamshidi informerar", "Kasra Hassirian redogör"."""
    out = []
    for hit in _NAME_BEFORE_VERB.finditer(text):
        words = split_run(hit.group("name"))
        if not 2 <= len(words) <= 3 or trim_name(words, keep="left") != words:
            continue
        if any(_is_common_capitalised(w) for w in words):
            continue
        out.append(Mention(name=" ".join(words), start=hit.start("name"), end=hit.end("name")))
    return out


def _is_common_capitalised(word: str) -> bool:
    from indexer.entities.names import _is_common_word

    return _is_common_word(word) and not is_first_name(word)


def running_mentions(text: str) -> list[Mention]:
    """First-name-led runs of capitalised words in running text ("Jessica Isaksson och Lisbet Gibson")."""
    out = []
    for hit in name_runs(text):
        raw = hit.group(0)
        if " " not in raw:
            continue  # a single capitalised word is never a full name
        words = split_run(raw)
        i = next((k for k, w in enumerate(words) if is_first_name(w) and w not in _AMBIGUOUS_FIRST), None)
        if i is None:
            continue
        kept = trim_name(words[i:], keep="left")
        if len(kept) < 2 or kept[0] != words[i]:
            continue
        if words[-1].endswith("s") and STREET_NOUN.match(text, hit.end()):
            continue  # "Per Albin Hanssons väg", "Gustav Adolfs torg": a place named after someone
        # A genitive after the surname starts an organisation: "Robin Andersson Löftadalens DK".
        cut = next((k for k in range(2, len(kept)) if kept[k].endswith("s")), len(kept))
        kept = kept[:cut]
        after = text[hit.end() : hit.end() + 30]
        truncated = len(kept) < len(words[i:])
        if truncated and _COMPANY_AFTER.match(text, hit.end()):
            continue  # "Magnus Månsson Fastighets AB": a company named after its owner
        if kept[-1].endswith("s") and len(kept) == 2 and (re.match(r"\s+[a-zåäö]", after) or truncated):
            continue  # "Elof Lindälvs gymnasium": a genitive place name, not a person
        name = " ".join(kept)
        start = text.find(kept[0], hit.start())
        out.append(Mention(name=name, start=start, end=start + len(name)))
    return out


_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$|^[^\t\n]*\t.*$", re.MULTILINE)
_FULL_RUN = re.compile(rf"{RUN}")


def table_mentions(text: str) -> list[Mention]:
    """Tables with the party (and the role) in columns of their own, markdown or tab-separated:
    "| Anna Ek | S | X |  |", "Gunnar Lindh<TAB>S<TAB>ordförande", "Helena Gran<TAB><TAB>sekreterare"."""
    out = []
    for row in _TABLE_ROW.finditer(text):
        line = row.group(0)
        sep = "|" if line.lstrip().startswith("|") else "\t"
        cells = line.split(sep)
        pos = row.start()
        offsets = []
        for c in cells:
            offsets.append(pos)
            pos += len(c) + 1
        for k, raw in enumerate(cells[:-1]):
            cell = raw.strip()
            nxt = cells[k + 1].strip()
            party = party_code(nxt) if len(nxt) <= 3 else None
            if not _FULL_RUN.fullmatch(cell):
                continue
            words = trim_name(split_run(cell), keep="left")
            if len(words) < 2 or " ".join(words) != clean_name(cell):
                continue
            rest = [c.strip() for c in cells[k + 1 :] if c.strip()]
            role = next((c for c in rest if _ROLE_CELL.fullmatch(c)), None)
            if not party and not (role and is_first_name(words[0])):
                continue
            start = offsets[k] + raw.find(cell)
            m = Mention(name=" ".join(words), start=start, end=start + len(cell), party=party)
            if role:
                read_segment(role, m)
            out.append(m)
    return out


#: A table cell holding a role: "ordförande", "1:e vice ordförande", "sekreterare", "ersättare".
_ROLE_CELL = re.compile(
    r"(?i)(?:(?:1:e|2:e|andre|förste|tredje) )?(?:vice )?ordförande|ledamot|(?:tjänstgörande )?ersättare"
    r"|\w*sekreterare|justerare"
)


def doc_mentions(text: str) -> list[Mention]:
    """Every person mention the document text gives, strongest sources first."""
    return [
        *block_mentions(text),
        *label_mentions(text),
        *stacked_mentions(text),
        *replaced_mentions(text),
        *party_mentions(text),
        *table_mentions(text),
        *inverted_mentions(text),
        *titled_mentions(text),
        *verb_mentions(text),
        *running_mentions(text),
    ]


@dataclass
class _Acc:
    names: Counter[str]
    parties: Counter[str]
    roles: list[str]
    title: str | None = None
    affiliation: str | None = None
    strong: bool = False
    printed: set[str] = field(default_factory=set)


def build_persons(mentions: list[Mention]) -> list[Person]:
    """One `Person` per name key, with the most printed party and the union of roles."""
    acc: dict[str, _Acc] = {}
    strong_keys = {person_key(m.name) for m in mentions if not m.genitive}
    # A member named only as replaced by an ersättare was not at the meeting: not a person of it. Every
    # source reads the same printed name, so an appearance is a replaced one by where it starts.
    replaced_at = {m.start for m in mentions if m.replaced}
    present = {person_key(m.name) for m in mentions if m.start not in replaced_at}
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
    return _merge_variants(_drop_contained(persons))


def _merge_variants(persons: list[Person]) -> list[Person]:
    """Fold printed variants into one person: a genitive ("Renée Sylvans" -> "Renée Sylvan") and a first
    name spelled longer or shorter with the same surname and no conflicting party ("Helene Thylin" on the
    signature page of "Helen Thylin (S)")."""
    by_key = {person_key(p.name): p for p in persons}
    out: list[Person] = []
    for p in persons:
        target = _variant_of(p, by_key)
        if target is not None and parties_compatible(target.party, p.party):
            target.spellings = sorted({*target.spellings, p.name, *p.spellings})
            for r in p.roles:
                if r not in target.roles and r != "föredragande":
                    target.roles.append(r)
            continue
        out.append(p)
    return out


def _variant_of(p: Person, by_key: dict[str, Person]) -> Person | None:
    k = person_key(p.name)
    if k.endswith("s") and k[:-1] in by_key:
        return by_key[k[:-1]]
    words = k.split(" ")
    for ok, o in by_key.items():
        if o is p:
            break  # only fold into people listed earlier, so two variants never fold into each other
        ow = ok.split(" ")
        if _one_letter_apart(ow, words) and parties_compatible(o.party, p.party):
            return (
                o  # "Stina Peterson" / "Stina Petersson", "Janine Alm Ericsson (MP)": a typo or an OCR slip
            )
    if p.party is not None:
        return None
    for ok, o in by_key.items():
        if o is p:
            break
        ow = ok.split(" ")
        if o.party is None:
            continue
        longer_first = ow[0].startswith(words[0]) or words[0].startswith(ow[0])
        if (
            ow[-1] == words[-1]
            and ow[0] != words[0]
            and longer_first
            and abs(len(ow[0]) - len(words[0])) <= 2
        ):
            return o  # "Helene Thylin" signing for "Helen Thylin (S)"
        if ow[0] == words[0] and ow[-1] == words[-1] and len(ow) != len(words):
            return o  # "Maria Pia Gathendahl" signing for "Maria Gathendahl (M)"
    return None


def _one_letter_apart(a: list[str], b: list[str]) -> bool:
    """Same first name and word count, and one later word spelled one letter apart (both 6+ letters)."""
    if len(a) != len(b) or len(a) < 2 or a[0] != b[0]:
        return False
    diff = [(x, y) for x, y in zip(a[1:], b[1:], strict=True) if x != y]
    if len(diff) != 1 or min(map(len, diff[0])) < 6:
        return False
    x, y = diff[0]
    # "Anderssons" is the genitive of "Andersson", folded the other way round (see `_variant_of`)
    return x + "s" != y and y + "s" != x and Levenshtein.distance(x, y) == 1


def _fold_truncated(persons: list[Person], text: str) -> list[Person]:
    """Drop a name that is only ever printed as the tail of a longer known name: "France Mulumba (KD)" after
    "Lady" in running text, "Christian Berlin (L)" with "Jens" ending the line before. Checked on the text:
    every printing of the short name must have the long name's first word(s) right before it."""
    by_words = {p.name: person_key(p.name).split(" ") for p in persons}
    out = []
    for p in persons:
        short = by_words[p.name]
        longer = next(
            (
                o
                for o in persons
                if o is not p
                and len(by_words[o.name]) > len(short)
                and by_words[o.name][-len(short) :] == short
                and parties_compatible(o.party, p.party)
            ),
            None,
        )
        if longer is not None and _always_after(text, p.name, longer.name):
            longer.spellings = sorted({*longer.spellings, *p.spellings})
            continue
        out.append(p)
    return out


def _always_after(text: str, short: str, full: str) -> bool:
    sep = _NAME_SEP
    tail = sep.join(re.escape(w) for w in re.split(r"[\s\-]+", short))
    head = sep.join(re.escape(w) for w in re.split(r"[\s\-]+", full)[: -len(short.split())])
    n_short = len(re.findall(rf"(?<![\w\-]){tail}(?![\w\-])", text))
    n_full = len(re.findall(rf"(?<![\w\-]){head}{sep}{tail}(?![\w\-])", text))
    return n_short == n_full


def _drop_contained(persons: list[Person]) -> list[Person]:
    """Drop a party-less run that is a known name plus a stray capitalised word ("Lisa Andersson Vidare")
    or a piece of a known name broken over a line ("Karin Granberg" of "Anna-\nKarin Granberg (SD)")."""
    keys = {person_key(p.name) for p in persons}
    out = []
    for p in persons:
        k = person_key(p.name)
        if not p.party and any(
            k != o and (k.startswith(o + " ") or o.endswith(" " + k) or o.startswith(k + " ")) for o in keys
        ):
            continue
        out.append(p)
    return out


def find_persons(text: str) -> list[Person]:
    """The people of a document, read from its whole (cleaned) text.

    A table cell's line break (<br>) is read as a line break; a name broken by one is joined again
    ("Föredragande: Christina<br>Nordberg, controller", "motion från Carita<br>Boulwén (SD)").
    """
    text = _BR.sub("\n", text)
    joined = soft_joined(text)  # "Heidi Hankanen Äng-\nberg (C)": one word again
    text = _join_broken_first_names(joined[0] if joined else text)
    return _fold_truncated(build_persons(doc_mentions(text)), text)


def _join_broken_first_names(text: str) -> str:
    """Same-length copy where a first name alone at a line end and a lone surname starting the next line
    (followed by a comma, a bracket or a full stop) become one name: "Christina\nNordberg, controller"."""
    out = list(text)
    for m in _FIRST_AT_END.finditer(text):
        before = text[: m.start("first")].rstrip(" \t").rsplit(None, 1)
        prev = before[-1] if before else ""
        # the first name stands alone: after a label ("Föredragande:"), a lower-case word or a cell start
        name_before = prev[:1].isupper() and prev[1:].isalpha() and not is_stop_token(prev)
        if is_first_name(m.group("first")) and not name_before:
            out[m.start("nl")] = " "
    return "".join(out)


class NameFinder:
    """Finds the known people of one document in any text: full names (also genitive, hyphen or line-break
    variants) and first names that only one of them has."""

    def __init__(self, persons: list[Person]) -> None:
        self.by_key: dict[str, Person] = {}
        forms: dict[str, str] = {}
        firsts: Counter[str] = Counter()
        for p in persons:
            self.by_key[person_key(p.name)] = p
            for n in (p.name, *p.spellings):
                forms[n] = person_key(p.name)
            firsts[p.name.split()[0]] += 1
        self.first: dict[str, str] = {}
        for p in persons:
            f = p.name.split()[0]
            if firsts[f] == 1 and f not in _AMBIGUOUS_FIRST:
                self.first[f] = person_key(p.name)
        alts = []
        for n in sorted(forms, key=len, reverse=True):
            parts = [re.escape(w) for w in re.split(r"[\s\-]+", n)]
            alts.append(_NAME_SEP.join(parts))
        full = "|".join(alts) if alts else r"(?!x)x"
        first = "|".join(re.escape(f) for f in sorted(self.first, key=len, reverse=True)) or r"(?!x)x"
        self._full = re.compile(rf"(?<![\w\-])(?:{full})s?(?![\w\-])")
        self._first = re.compile(rf"(?<![\w\-] )(?<![\w\-])(?:{first})(?![\w\-])(?![ \t]+[A-ZÅÄÖ][a-zåäö])")
        self._forms = {re.sub(r"[\s\-]+", " ", k).casefold(): v for k, v in forms.items()}

    def find(self, text: str) -> list[tuple[int, int, Person]]:
        """(start, end, person) for every mention in `text`, in order, non-overlapping; a name hyphenated
        over a line break ("Heidi Hankanen Äng-\nberg") is found, its span covering the break."""
        joined = soft_joined(text)
        if joined is None:
            return self._find(text)
        flat, keep = joined
        return [(keep[s], keep[e - 1] + 1, p) for s, e, p in self._find(flat)]

    def _find(self, text: str) -> list[tuple[int, int, Person]]:
        out: list[tuple[int, int, Person]] = []
        # Full-name matches come in order and never overlap: a bisection finds the one a first name is in.
        starts: list[int] = []
        ends: list[int] = []
        for m in self._full.finditer(text):
            raw = re.sub(_NAME_SEP, " ", m.group(0)).casefold()
            key = self._forms.get(raw) or self._forms.get(raw[:-1])
            if key:
                out.append((m.start(), m.end(), self.by_key[key]))
                starts.append(m.start())
                ends.append(m.end())
        for m in self._first.finditer(text):
            i = bisect.bisect_right(starts, m.start())
            if i and m.start() < ends[i - 1]:
                continue
            out.append((m.start(), m.end(), self.by_key[self.first[m.group(0)]]))
        out.sort(key=lambda t: t[0])
        return out


def chair(persons: list[Person]) -> Person | None:
    """The chair of the meeting: the first person with the role ordförande."""
    return next((p for p in persons if "ordförande" in p.roles), None)


__all__ = ["NameFinder", "chair", "find_persons", "parties_compatible", "person_key"]
_ = (TOKEN, clean_name)  # re-exported pieces used by tests
