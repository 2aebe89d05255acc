"""A document's local parties: the party codes of its attendance list that are no national party's.

Sweden has hundreds of local parties ("Sjukvårdspartiet" SJVP, "Kommunens Väl" KV, "Öckeröpartiet" ÖP);
no list is complete, but a protocol lists its members one a line with their party in brackets
("Anna Ek (ÖP)"). A bracketed code printed like that after a name starting a line, and printed after names
at least twice in the document, is read as a party of this document; so is a code of two capitals or
more in brackets after a full name with a known first name ("Motion av Kerstin Lund (SJV)"), even
once, and a code of two letters or more in any case after two such names ("Viktor Nygren (BjL)", "Rune
Åström (BjL)"). Abbreviations of bodies and units ("(KS)", "(BUN)", "(GR)") and of the organisations with
seats in a pensionärsråd or funktionshinderråd ("(RPG)", "(DHR)") are never parties.

A local party's name written out ("Håbopartiets ledamöter reserverar sig") is read by the key the document
gives to its codes: "HP = Håbopartiet", "Partiförkortningar: AP = Alvestapartiet", "Eksjö Framåt (EF)",
"Lars-Erik Holm (Kustlistan i Tanum, KLT)". Without a key, a name of two words or more whose initials are
a local code is that party's where the document names it as one acting ("Framtid Vellinges ledamöter
reserverar sig", "Sverigedemokraterna och Framtid Vellinge reserverar sig" for FV), and so is one whose
code takes letters of its compounds ("Sjukvårdspartiet Västernorrland" SJVP, `party_abbreviations`).
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.entities.names import RUN, is_first_name
from indexer.entities.party_abbreviations import abbreviated_names, one_letter_names
from indexer.entities.party_column import party_column_codes
from models import gazetteers

#: A name followed by a bracketed code of one to five letters, upper case first: "Anna Ek (ÖP)", "(SoL)".
_NAME_CODE = re.compile(
    rf"(?P<line>^[ \t]*)?(?<![\w\-/]){RUN}[ \t]?\((?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{{0,4}})\)", re.M
)
#: A code of capitals in a column of its own after a name opening a line, as a member list prints its
#: parties: "Anna Ek⇥SJV⇥ledamot", "Anna Ek      SJV", "| Anna Ek | SJV | X |".
_COLUMN_CODE = re.compile(
    rf"^[ \t|]*(?P<name>{RUN})[ \t]*(?:\t|[ ]{{2,}}|\|)[ \t]*(?P<code>[A-ZÅÄÖ]{{2,5}})"
    r"[ \t]*(?=\t|[ ]{2,}|\||$)",
    re.M,
)
#: Capitals a member list prints in a column of its own that are no party: votes, marks, roles.
_NOT_COLUMN_CODES = frozenset(["JA", "NEJ", "AVST", "NÄRV", "FRÅNV", "ORDF", "ERS", "TJG", "LED", "SEK"])
#: Codes that name bodies, units, places or roles in brackets, never a party.
_NOT_PARTIES = frozenset(
    [
        "KS",
        "KF",
        "AU",
        "KSAU",
        "KFAU",
        "BUN",
        "UN",
        "SBN",
        "SN",
        "SOC",
        "VON",
        "VN",
        "TN",
        "TEN",
        "KUN",
        "KFN",
        "MBN",
        "MHN",
        "BMN",
        "BN",
        "ÖFN",
        "ÖN",
        "RS",
        "RF",
        "HSN",
        "HSS",
        "GR",
        "SKR",
        "SKL",
        "EU",
        "IT",
        "HR",
        "VA",
        "PM",
        "LSS",
        "IVO",
        "AB",
        "HB",
        "KB2",
        "VD",
        "VO",
        "NN",
        "OK",
        "TF",
        "ORDF",
        "SEK",
        "JUST",
        "ERS",
        "LED",
        # organisations with seats in a kommun's pensionärsråd or funktionshinderråd, printed in brackets
        # after their representatives like a party ("Inger Svanström (RPG)")
        "PRO",
        "SPF",
        "SKPF",
        "RPG",
        "SPRF",
        "DHR",
        "FUB",
        "SRF",
        "HRF",
        "RSMH",
        "NHR",
    ]
)


#: A party's name as a key prints it: capitalised words, maybe with a lower-case "i"/"för" between
#: ("Kustlistan i Tanum", "Bodens Väl", "Sjukvårdspartiet Västernorrland").
_PARTY_NAME = r"[A-ZÅÄÖ][\wåäö\-]{2,}(?:[ ](?:(?:i|för|på) )?[A-ZÅÄÖ][\wåäö\-]+){0,3}"


def local_party_names(text: str, codes: frozenset[str]) -> frozenset[tuple[str, str]]:
    """(name, code) of the document's local parties whose name it prints beside the code: "HP =
    Håbopartiet", "Håbopartiet = HP", "Eksjö Framåt (EF)", "(Kustlistan i Tanum, KLT)". A name that
    starts with a first name is a person's, not a party's ("Anna Ek (EF)")."""
    if not codes:
        return frozenset()
    code = "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
    forms = re.compile(
        rf"(?<![\wåäö])(?P<c1>{code})[ \t]*(?:=|:|–)[ \t]*(?P<n1>{_PARTY_NAME})"
        rf"|(?<![\wåäö])(?P<n2>{_PARTY_NAME})[ \t]*(?:=[ \t]*(?P<c2>{code})(?![\wåäö])"
        rf"|\((?P<c3>{code})\))"
        rf"|\((?P<n4>{_PARTY_NAME}),[ \t]*(?P<c4>{code})\)"
    )
    out = set()
    for m in forms.finditer(text):
        if m["c1"]:
            name, code_ = m["n1"], m["c1"]
        elif m["c2"] or m["c3"]:
            name, code_ = m["n2"], m["c2"] or m["c3"]
        else:
            name, code_ = m["n4"], m["c4"]
        # a party's code starts with its name's letter ("Håbopartiet" HP, "Kustlistan i Tanum" KLT); a
        # first name makes the words a person's name ("Anna Ek (EF)", "Ek Anna (EF)")
        if name[0].casefold() != code_[0].casefold() or any(is_first_name(w) for w in name.split()):
            continue
        out.add((name, code_))
    out |= _initials_names(text, codes - {c for _, c in out})
    rest = codes - {c for _, c in out}
    out |= one_letter_names(text, rest, _ACTING_NEXT)
    return frozenset(out | abbreviated_names(text, rest, (_ACTING_NEXT, _ACTING)))


#: The words of a party acting as one: its members, a reservation, a note.
_ACTS = (
    r"(?:ledamöter(?:na)?|grupp(?:en)?|reserverar|reserverade"
    r"|lämnar[ \t]+(?:en[ \t]+|följande[ \t]+)?protokollsanteckning)(?![\wåäö])"
)
#: Words after a party's name that show it acting as a party, maybe after a few words ("Sverigedemokraterna
#: och Framtid Vellinge reserverar sig").
_ACTING = rf"s?[ \t]+(?:[^.\n]{{0,60}}?[ \t])?{_ACTS}"
#: The same right after the name: "Ljusnarsbergs Bygdepartiets ledamöter".
_ACTING_NEXT = rf"s?[ \t]+{_ACTS}"


def _initials_names(text: str, codes: frozenset[str] | set[str]) -> set[tuple[str, str]]:
    """(name, code) of local parties the document names without a key: capitalised words, two or more,
    whose initials are the code of capitals ("Framtid Vellinge" FV), named at least once as a party
    acting (`_ACTING`); a name that starts with a first name is a person's."""
    out = set()
    for code in codes:
        if not (2 <= len(code) <= 4 and code.isupper()):
            continue
        # the last word lazily: "Bygdens Rösts ledamöter" names "Bygdens Röst"
        words = r"[ \t]+".join(rf"{re.escape(ch)}[a-zåäö][\wåäö\-]+?" for ch in code)
        for m in re.finditer(rf"(?<![\wåäö])(?P<n>{words})(?={_ACTING})", text):
            name = re.sub(r"[ \t]+", " ", m["n"])
            if not is_first_name(name.split()[0]):
                out.add((name, code))
    return out


def local_party_codes(text: str) -> frozenset[str]:
    """The document's local party codes (see the module docstring)."""
    forms = gazetteers.party_forms()
    seen: Counter[str] = Counter()
    listed: set[str] = set()
    named: set[str] = set()
    people: dict[str, set[str]] = {}  # code -> the full names printed with it
    for m in _NAME_CODE.finditer(text):
        code = m.group("code")
        if code in forms or code.upper() in forms or code.upper() in _NOT_PARTIES or code.lower() == code:
            continue
        seen[code] += 1
        if m.group("line") is not None:
            listed.add(code)
        words = m.group(0).split()
        if len(code) >= 2 and len(words) >= 3 and is_first_name(words[0].lstrip("(")):
            if code.isupper():
                named.add(code)  # "Motion av Kerstin Lund (SJV)": a full name's bracket of capitals
            people.setdefault(code, set()).add(" ".join(words[:-1]))
    # "Viktor Nygren (BjL)" … "Rune Åström (BjL)": a code in mixed case after two people's full names
    named |= {c for c, names in people.items() if len(names) >= 2}
    # "Anna Ek⇥SJV" … "Bo Berg⇥SJV": a code in a party column after two people's full names
    column: dict[str, set[str]] = {}
    for m in _COLUMN_CODE.finditer(text):
        code, words = m.group("code"), m.group("name").split()
        if code in forms or code in _NOT_PARTIES or code in _NOT_COLUMN_CODES or len(words) < 2:
            continue
        if is_first_name(words[0]):
            column.setdefault(code, set()).add(m.group("name"))
    named |= {c for c, names in column.items() if len(names) >= 2}
    # "Namn | Parti | Funktion": a table's party column names parties, whatever they spell ("TF")
    column_codes = {c for c in party_column_codes(text) if c not in forms and c.upper() not in forms}
    return frozenset(c for c in listed if seen[c] >= 2) | named | _self_named(text, forms) | column_codes


#: A party naming itself as one, its code in brackets: "Vårdpartiet Gävleborg (VG):" over its members,
#: "Sjukvårdspartiet Västernorrland (SJVP)".
_PARTY_WITH_CODE = re.compile(
    rf"(?<![\wåäö])(?P<name>{_PARTY_NAME})[ \t]*\((?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{{1,4}})\)"
)


def _self_named(text: str, forms: dict[str, str]) -> set[str]:
    """Codes printed after a name that says it is a party (a word ending in "parti"/"partiet") and
    starts with the code's letter; a national party's code is none of the document's own."""
    out = set()
    for m in _PARTY_WITH_CODE.finditer(text):
        name, code = m["name"], m["code"]
        if code in forms or code.upper() in _NOT_PARTIES or name[0].casefold() != code[0].casefold():
            continue
        if any(w.casefold().endswith(("parti", "partiet")) for w in name.split()):
            out.add(code)
    return out
