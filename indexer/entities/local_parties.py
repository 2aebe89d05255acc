"""A document's local parties: the party codes of its attendance list that are no national party's.

Sweden has hundreds of local parties ("Sjukvårdspartiet" SJVP, "Kommunens Väl" KV, "Öckeröpartiet" ÖP);
no list is complete, but a protocol lists its members one a line with their party in brackets
("Anna Ek (ÖP)"). A bracketed code printed like that after a name starting a line, and printed after names
at least twice in the document, is read as a party of this document; so is a code of two capitals or
more in brackets after a full name with a known first name ("Motion av Kerstin Lund (SJV)"), even
once, and a code of two letters or more in any case after two such names ("Viktor Nygren (BjL)", "Rune
Åström (BjL)"). Abbreviations of bodies and units ("(KS)", "(BUN)", "(GR)") and of the organisations with
seats in a pensionärsråd or funktionshinderråd ("(RPG)", "(DHR)") are never parties.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.entities.names import RUN, is_first_name
from models import gazetteers

#: A name followed by a bracketed code of one to five letters, upper case first: "Anna Ek (ÖP)", "(SoL)".
_NAME_CODE = re.compile(
    rf"(?P<line>^[ \t]*)?(?<![\w\-/]){RUN}[ \t]?\((?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{{0,4}})\)", re.M
)
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
    return frozenset(c for c in listed if seen[c] >= 2) | named
