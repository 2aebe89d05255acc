"""Keys of people's names and the pieces every name reader shares.

`person_key` and `parties_compatible` decide identity, within a document and across documents (the store
uses them); `NAME_SEP` is what may separate the words of a name in running text; `soft_joined` undoes a
PDF's hyphenation of a word over a line break.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from models import gazetteers

#: What may separate the words of a known name in running text: spaces, a line break, a hyphen, a cell <br>.
NAME_SEP = r"(?:[\s\-]|<br\s*/?>)+"
#: First names that are also ordinary capitalised Swedish words at the start of a sentence.
AMBIGUOUS_FIRST = frozenset({"Inga", "Per", "Bo", "Hans", "Dag", "Mark", "Sten", "Tor", "Vid", "Kan", "Hon"})


@lru_cache(maxsize=1)
def ambiguous_first() -> frozenset[str]:
    """First names that are also ordinary words: `AMBIGUOUS_FIRST` and the names the list of first names
    of today marks as words ("Juni", "Maj", "Sol", "Ask", "Vide"). Such a name is a person's in running
    text only after a title or in a list of people, and a first name alone never finds one."""
    return AMBIGUOUS_FIRST | gazetteers.word_first_names()


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


#: A word hyphenated over a line break by a PDF's layout: "informe-\nrar", "Äng-\nberg". A hyphen between
#: two capitalised parts ("Eva-\nLotta") is a hyphenated name: its hyphen is kept, only the break goes.
_SOFT_BREAK = re.compile(
    r"(?<=[a-zåäöéü])-[ \t]*\n[ \t]*(?=[a-zåäöéü])"
    r"|(?<=[a-zåäöéü]-)(?P<name>[ \t]*\n[ \t]*)(?=[A-ZÅÄÖ][a-zåäöéü])"
)
#: The capitalised first part of a hyphenated name ending at a line break: "Eva-", "Anna-", "Per-".
_NAME_PART = re.compile(r"(?<![\wåäöéü\-])[A-ZÅÄÖ][a-zåäöéü]{1,14}-$")


def _name_broken(text: str, start: int, end: int) -> bool:
    """A hyphenated name broken at text[start:end]: a capitalised part before the hyphen ("bygg-⏎Nämnden"
    is none), and a first name before it ("Eva-⏎Lotta") or no first name after it ("Åström-⏎Lidgren");
    "Jonas Åström-⏎Elin Forsberg" is a surname's half and the next column's name on the next line."""
    before = _NAME_PART.search(text, max(0, start - 16), start)
    if before is None:
        return False
    after = re.match(r"[A-ZÅÄÖ][a-zåäöéü]+", text[end : end + 30])
    names = gazetteers.first_names()
    return before.group(0)[:-1] in names or after is None or after.group(0) not in names


def soft_joined(text: str) -> tuple[str, list[int]] | None:
    """`text` with words hyphenated over a line break joined again, and for every character of the joined
    copy (plus its end) the position in `text`; None when there is no such break."""
    if "-\n" not in text and "- \n" not in text and "-\t\n" not in text:
        return None
    keep: list[int] = []
    pos = 0
    for br in _SOFT_BREAK.finditer(text):
        if br.group("name") is not None and not _name_broken(text, br.start(), br.end()):
            continue
        keep += range(pos, br.start())
        pos = br.end()
    if not keep and pos == 0:
        return None
    keep += range(pos, len(text))
    joined = "".join(text[k] for k in keep)
    keep.append(len(text))
    return joined, keep
