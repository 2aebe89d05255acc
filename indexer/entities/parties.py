"""Party brackets after names: "(S)", "(kd)", "(FP)" of the gazetteer, and the local codes of the document
being read ("(ÖP)", found by `indexer.entities.local_parties` in its attendance list).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from models import gazetteers

#: The end of a bracket holding a name and its party after a comma: ", V)" of "(Ida Berg, V)", as a title
#: names a matter's author. The group `party` is the code as printed, any short capitalised word: check it
#: with `party_code`. `indexer.entities.people` reads the whole bracket with it (the name before the
#: comma), `indexer.entities.doc_actions` its end after a name the finder found.
NAME_PARTY_CLOSE = r",[ \t]*(?P<party>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})[ \t]*\)"


@lru_cache(maxsize=1)
def party_pattern() -> str:
    """Regex alternation of the short party forms printed in brackets: S, s, KD, kd, Kd, FP, KB, ..."""
    forms = sorted(
        {f for f in gazetteers.party_forms() if len(f) <= 4 and " " not in f}, key=len, reverse=True
    )
    return "|".join(re.escape(f) for f in forms)


#: The local party codes of the document being read (see `indexer.entities.local_parties`): a context
#: variable, so documents read side by side in threads never see each other's codes.
_LOCAL_PARTIES: ContextVar[frozenset[str]] = ContextVar("local_parties", default=frozenset())
#: The local parties' names the document prints beside their codes ("HP = Håbopartiet"): (name, code).
_LOCAL_NAMES: ContextVar[frozenset[tuple[str, str]]] = ContextVar("local_party_names", default=frozenset())


@contextmanager
def local_parties(codes: frozenset[str], names: frozenset[tuple[str, str]] = frozenset()) -> Iterator[None]:
    """Read party brackets with these extra (local) codes, and these local parties' written-out names
    ((name, code) pairs), while the block runs."""
    token = _LOCAL_PARTIES.set(codes)
    named = _LOCAL_NAMES.set(names)
    try:
        yield
    finally:
        _LOCAL_NAMES.reset(named)
        _LOCAL_PARTIES.reset(token)


def current_local_parties() -> frozenset[str]:
    """The local party codes of the document being read."""
    return _LOCAL_PARTIES.get()


def current_local_names() -> frozenset[tuple[str, str]]:
    """The local parties' written-out names of the document being read: (name, code) pairs."""
    return _LOCAL_NAMES.get()


def party_re() -> re.Pattern[str]:
    """A party in brackets: "(S)", "(kd)", "(KB)", or one of the document's local codes."""
    return _party_re_for(_LOCAL_PARTIES.get())


@lru_cache(maxsize=64)
def _party_re_for(local: frozenset[str]) -> re.Pattern[str]:
    extra = "|".join(
        re.escape(c) for c in sorted(local - set(gazetteers.party_forms()), key=len, reverse=True)
    )
    return re.compile(rf"\((?P<party>{party_pattern()}{'|' + extra if extra else ''})\)")


def printed_code(raw: str | None) -> str | None:
    """The code of a party the gazetteer knows, as printed where it prints a code ("(s)" -> "S", "Kd" ->
    "KD", "FP" stays "FP"), the party's code where it prints the name ("Moderaterna" -> "M").

    A code is kept as printed (eval/GOLD_FORMAT.md): "FP" is Folkpartiet's old code in an old protocol,
    and in a new one as often a local party's ("Fryksdalspartiet"), which a national code would hide.
    """
    code = gazetteers.normalize_party(raw)
    if code is None or raw is None:
        return code
    s = raw.strip().strip("()").strip()
    return s.upper() if len(s) <= 4 and s.isalpha() else code


def party_code(raw: str | None) -> str | None:
    """The party code of a printed party: a national or gazetteer form (`printed_code`: "(s)" -> "S"), or
    one of the document's local codes as printed; None when not a party."""
    code = printed_code(raw)
    if code or not raw:
        return code
    s = raw.strip().strip("()").strip()
    return s if s in _LOCAL_PARTIES.get() else None
