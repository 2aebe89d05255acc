"""Gazetteers for Swedish council documents: kommuner, regioner, parties, first names, organ words.

The CSVs in `models/data/` are derived data (see `models/build_gazetteers.py`) or short hand-written
lists; `first_names_today.txt` is a hand-written list of first names common in Sweden today that the
derived `first_names.csv` lacks (its header says how it was made). Everything is loaded lazily on first
use and cached.

Local parties: besides `models/data/local_parties.csv`, a CSV with the same columns (`code,name,forms`,
forms separated by `|`) named by the setting `local_parties_file` (`ARKIV_LOCAL_PARTIES_FILE`) is read too.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Region:
    """A Swedish region (county council) and the names it is printed under."""

    code: str  # län code, "19"
    name: str  # canonical: "Region Västmanland", "Västra Götalandsregionen"
    lan: str  # "Västmanlands län"
    forms: tuple[str, ...]  # unambiguous name forms, canonical first
    ambiguous_forms: tuple[str, ...]  # bare forms that are also a kommun name ("Örebro")


@dataclass(frozen=True)
class Party:
    """A political party: the code used in the archive, its name and the forms printed."""

    code: str
    name: str
    forms: tuple[str, ...]
    local: bool = False


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=1)
def kommuner() -> dict[str, str]:
    """The 290 kommuner: name -> SCB code ("Kungsbacka" -> "1384")."""
    return {r["kommun"]: r["kod"] for r in _read_csv(DATA / "kommuner.csv")}


#: Regions that are a kommun too (Gotland's kommun is run by Region Gotland).
REGION_KOMMUNER = {"Region Gotland": "Gotland"}

#: Kommuner whose own name is printed in another form before "kommun" (the kommun calls itself so).
IRREGULAR_GENITIVE = {"Falun": "Falu"}


def kommun_genitive(name: str) -> str:
    """The genitive printed before "kommun": "Berg" -> "Bergs", "Borås" -> "Borås", "Falun" -> "Falu"."""
    if name in IRREGULAR_GENITIVE:
        return IRREGULAR_GENITIVE[name]
    return name if name[-1] in "sxzSXZ" else name + "s"


@lru_cache(maxsize=1)
def kommun_forms() -> dict[str, str]:
    """Printed forms of a kommun's own name -> kommun: "Bergs kommun", "Malmö stad", bare "Berg"."""
    out: dict[str, str] = {}
    for name in kommuner():
        gen = kommun_genitive(name)
        for form in (f"{gen} kommun", f"{name} kommun", f"{gen} stad", f"{gen} Stad", f"{name} stad", name):
            out.setdefault(form, name)
    return out


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    """The 21 regioner with their name forms."""
    lan = {r["lan_kod"]: r["lan"] for r in _read_csv(DATA / "lan.csv")}
    out = []
    for r in _read_csv(DATA / "regioner.csv"):
        forms = tuple(f for f in r["forms"].split("|") if f)
        amb = tuple(f for f in r["ambiguous_forms"].split("|") if f)
        out.append(Region(r["lan_kod"], r["region"], lan.get(r["lan_kod"], ""), forms, amb))
    return tuple(out)


@lru_cache(maxsize=1)
def region_forms() -> dict[str, str]:
    """Unambiguous printed form -> canonical region name ("Jämtlands län" -> "Region Jämtland Härjedalen")."""
    return {form: reg.name for reg in regions() for form in (reg.name, *reg.forms)}


@lru_cache(maxsize=1)
def region_ambiguous_forms() -> dict[str, str]:
    """Bare forms that name a region or a kommun ("Örebro") -> canonical region name."""
    return {form: reg.name for reg in regions() for form in reg.ambiguous_forms}


def canonical_region(name: str) -> str | None:
    """Canonical region name for any printed form (ambiguous forms included), or None."""
    name = " ".join(name.split())
    return region_forms().get(name) or region_ambiguous_forms().get(name)


def _local_party_files() -> list[Path]:
    files = [DATA / "local_parties.csv"]
    from arkiv.settings import get_settings  # settings are read when parties are first needed

    extra = get_settings().local_parties_file
    if extra:
        files.append(Path(extra))
    return files


@lru_cache(maxsize=1)
def parties() -> tuple[Party, ...]:
    """Riksdag parties, then local parties (models/data/local_parties.csv + ARKIV_LOCAL_PARTIES_FILE)."""
    out = [
        Party(r["code"], r["name"], tuple(f for f in r["forms"].split("|") if f))
        for r in _read_csv(DATA / "parties.csv")
    ]
    for path in _local_party_files():
        if path.is_file():
            out += [
                Party(r["code"], r["name"], tuple(f for f in r["forms"].split("|") if f), local=True)
                for r in _read_csv(path)
            ]
    return tuple(out)


@lru_cache(maxsize=1)
def party_forms() -> dict[str, str]:
    """Printed form -> party code: "(kd)" content "kd" -> "KD", "Moderaterna" -> "M", "FP" -> "L"."""
    out: dict[str, str] = {}
    for p in parties():
        for form in (p.code, p.name, *p.forms):
            out.setdefault(form, p.code)
    return out


def normalize_party(raw: str | None) -> str | None:
    """The party code for a printed party ("(s)", "Kd", "Folkpartiet"), or None when not a party."""
    if not raw:
        return None
    s = raw.strip().strip("()").strip()
    forms = party_forms()
    return forms.get(s) or forms.get(s.upper())


@lru_cache(maxsize=1)
def _today_names() -> tuple[tuple[str, bool], ...]:
    """(name, also a word) for every name of `first_names_today.txt` (hand-written, see its header)."""
    out = []
    for line in (DATA / "first_names_today.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if parts:
            out.append((parts[0], parts[1:] == ["word"]))
    return tuple(out)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common first names: `first_names.csv` (names of gender-guesser's dictionary used in the Nordic
    countries, western Europe, Turkey, the Arab world and the Balkans, and names printed with a party in
    corpus/ attendance lists; built by `models.build_gazetteers`) together with `first_names_today.txt`
    (first names common in Sweden today, hand-written: "Nova", "Kian", "Farhad", "Hodan", "Katarzyna")."""
    old = {r["name"] for r in _read_csv(DATA / "first_names.csv")}
    return frozenset(old | {name for name, _ in _today_names()})


@lru_cache(maxsize=1)
def word_first_names() -> frozenset[str]:
    """First names that are also ordinary Swedish words ("Juni", "Maj", "Sol", "Ask", "Vide"), as
    `first_names_today.txt` marks them: names only where the shape says so, never as the word alone."""
    return frozenset(name for name, word in _today_names() if word)


@lru_cache(maxsize=1)
def organ_words() -> tuple[str, ...]:
    """Head words of organs ("nämnd", "styrelse", "utskott", ...), longest first."""
    lines = (DATA / "organ_words.txt").read_text(encoding="utf-8").splitlines()
    words = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
    return tuple(sorted(words, key=len, reverse=True))
