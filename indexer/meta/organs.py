"""Names of the bodies that meet (organ), and their abbreviations.

A document may name its organ only by an abbreviation ("BUN", "KS AU", "VON"). The abbreviation is
expanded from the document's own full names first: a name printed in the text whose letters the
abbreviation follows ("Barn- och ungdomsnämnden" for BUN in Alingsås, "Barn- och utbildningsnämnden"
in Sala). Only when the text prints none is a short gazetteer of common organ names used, and only
where the abbreviation means one body everywhere ("KS"); an ambiguous one ("BN": byggnadsnämnden or
bildningsnämnden) stays unexpanded.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["GAZETTEER", "ORGAN_HEAD", "abbreviates", "expand_abbreviation", "is_abbreviation", "organ_names"]

# Head words of bodies that meet. A line is organ-like when it contains one of them.
ORGAN_HEAD = re.compile(
    r"(styrelse|nämnd|utskott|fullmäktige|beredning|råd(?:et|ets|s)?\b|grupp|presidi|direktion|delegation(?!s)"
    r"|kommitt|forum|samråd|ledningsgrupp|\bSVOM\b)",
    re.IGNORECASE,
)

#: Abbreviation -> the full names it stands for in Swedish kommuner and regioner.
GAZETTEER: dict[str, tuple[str, ...]] = {
    "KF": ("Kommunfullmäktige",),
    "KS": ("Kommunstyrelsen",),
    "KSAU": ("Kommunstyrelsens arbetsutskott",),
    "KS AU": ("Kommunstyrelsens arbetsutskott",),
    "RF": ("Regionfullmäktige",),
    "RS": ("Regionstyrelsen",),
    "RSAU": ("Regionstyrelsens arbetsutskott",),
    "HSN": ("Hälso- och sjukvårdsnämnden",),
    "BUN": ("Barn- och utbildningsnämnden", "Barn- och ungdomsnämnden"),
    "UN": ("Utbildningsnämnden",),
    "KUN": ("Kultur- och utbildningsnämnden",),
    "KFN": ("Kultur- och fritidsnämnden",),
    "SN": ("Socialnämnden",),
    "SOCN": ("Socialnämnden",),
    "VON": ("Vård- och omsorgsnämnden",),
    "ÄN": ("Äldrenämnden",),
    "ON": ("Omsorgsnämnden",),
    "SBN": ("Samhällsbyggnadsnämnden",),
    "BN": ("Byggnadsnämnden", "Bildningsnämnden"),
    "BMN": ("Bygg- och miljönämnden",),
    "MBN": ("Miljö- och byggnadsnämnden", "Miljö- och byggnämnden"),
    "MHN": ("Miljö- och hälsoskyddsnämnden",),
    "MN": ("Miljönämnden",),
    "TN": ("Tekniska nämnden",),
    "TEN": ("Tekniska nämnden",),
    "ÖFN": ("Överförmyndarnämnden",),
    "ÖN": ("Överförmyndarnämnden",),
    "VN": ("Valnämnden",),
    "AMN": ("Arbetsmarknadsnämnden",),
    "GVN": ("Gymnasie- och vuxenutbildningsnämnden",),
    "RUN": ("Regionala utvecklingsnämnden",),
    "KPR": ("Kommunala pensionärsrådet",),
}

_HEAD_LETTER = {
    "nämnd": "N",
    "styrelse": "S",
    "fullmäktige": "F",
    "utskott": "U",
    "råd": "R",
    "beredning": "B",
}
# A body's name in running text: "Barn- och ungdomsnämnden", "Kommunstyrelsens arbetsutskott", "Tekniska
# nämnden", "Nämnden för Kultur & Fritid".
_NAME = re.compile(
    r"\b(?:(?:[A-ZÅÄÖ][a-zåäö]+-\s(?:och|&)\s)?[A-ZÅÄÖa-zåäö][a-zåäö]*"
    r"(?:nämnd(?:en)?|styrelse(?:n|ns arbetsutskott)?|fullmäktige|utskott(?:et)?)"
    r"|[A-ZÅÄÖ][a-zåäö]+(?:a|iska) nämnden|Nämnden för [A-ZÅÄÖ][a-zåäö]+(?: (?:&|och) [A-ZÅÄÖ][a-zåäö]+)?)\b"
)


def is_abbreviation(s: str) -> bool:
    """An organ written as its abbreviation: "BUN", "KS AU", "KSAU", "ÖFN"."""
    return bool(re.fullmatch(r"[A-ZÅÄÖ]{2,5}(?: [A-ZÅÄÖ]{2,3})?", s.strip()))


def abbreviates(abbr: str, name: str) -> bool:
    """Whether `abbr` can stand for `name`: its first letter starts the name, its last letter is the
    name's head word ("N" for -nämnden), and the letters between follow in order
    ("BUN" ~ "Barn- och ungdomsnämnden", "VON" ~ "Vård- och omsorgsnämnden", "KSAU" ~
    "Kommunstyrelsens arbetsutskott")."""
    letters = abbr.replace(" ", "").casefold()
    low = re.sub(r"\b(?:och|för)\b|[-&\s]", "", name.casefold())
    if len(letters) < 2 or not low.startswith(letters[0]):
        return False
    low_name = name.casefold()
    head = max(_HEAD_LETTER, key=low_name.rfind)  # the last head word: "arbetsutskott" of "…styrelsens …"
    if head not in low_name or _HEAD_LETTER[head].casefold() != letters[-1]:
        return False
    pos = 1
    for ch in letters[1:-1]:
        pos = low.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _definite(name: str) -> str:
    """ "Barn- och ungdomsnämnd" -> "Barn- och ungdomsnämnden"; "Kommunstyrelse" -> "Kommunstyrelsen"."""
    if re.search(r"nämnd$", name):
        return name + "en"
    if re.search(r"styrelse$", name):
        return name + "n"
    return name


def organ_names(text: str) -> Counter[str]:
    """The organ names a text prints, in their definite form, with how often."""
    out: Counter[str] = Counter()
    for m in _NAME.finditer(text):
        name = _definite(m.group(0))
        out[name[0].upper() + name[1:]] += 1
    return out


def expand_abbreviation(abbr: str, text: str) -> tuple[str | None, str]:
    """The full name of an organ abbreviation, and how it was found.

    Args:
        abbr: "BUN", "KS AU".
        text: The document's text, whose own full names are preferred.

    Returns:
        (name, source): the name the text prints most that the abbreviation follows ("document"),
        else the gazetteer's only name for it ("gazetteer"), else (None, "") when unknown or
        ambiguous.
    """
    key = re.sub(r"\s+", " ", abbr.strip()).upper()
    names = organ_names(text)
    known = GAZETTEER.get(key, ()) + GAZETTEER.get(key.replace(" ", ""), ())
    printed = [n for n in known if names[n]]
    if printed:
        return max(printed, key=lambda n: names[n]), "document"
    fitting = [(n, c) for n, c in names.items() if abbreviates(key, n)]
    if fitting:
        return max(fitting, key=lambda nc: nc[1])[0], "document"
    if len(set(known)) == 1:
        return known[0], "gazetteer"
    return None, ""
