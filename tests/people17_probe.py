"""Invented probe of people and party forms the development sets still missed after session 16 (for
`tests/test_people17.py`).

Each case is one meeting's head block and items as lines, built in the markups of `tests.persons15_probe`
(text, web page, Word, PDF): a local party reserving under its full name, whose code takes letters of a
compound ("Norrbergs Bygdepartiets ledamöter" for NBP), beside national parties named in full; an
attendance list printed "Efternamn Förnamn (P)" without a comma whose names the items print in normal
order; a list in normal order where two people's names are each other's reversed (no one is flipped); a
medborgarförslag's author whose first name no list knows, and one whose surname ends in "ss" before a
verb; a party code printed "FP" (kept as printed, GOLD_FORMAT); an official "Per Holm," whose title a
text export's column wraps onto the next line, beside "per capita" and "Per år". Each case says the
persons (name, party, roles) and the actions a reader finds. Every name is invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from indexer.entities.keys import person_key
from indexer.extract import extract_file
from tests import persons15_probe
from tests.persons15_probe import BUILDERS, Expected


@dataclass
class Case(persons15_probe.Case):
    """A meeting as lines, the persons a reader finds and its actions: (person or "party:X", kind)."""

    actions: set[tuple[str, str]] = field(default_factory=set)


_HEAD = ["Testkommun", "SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen", "Sammanträdesdatum 2026-11-20", ""]
_JUST = ["§ 14 Val av justerare", "Till justerare utses Bo Bergman (M)."]

PARTY_COLUMN = Case(
    "party_column",
    [
        *_HEAD,
        "Närvarolista",
        "Ledamot  Parti  Närvarande",
        "Anna Ek, ordförande  S  X",
        "Bo Bergman  M  X",
        "Cecilia Lund  SD  X",
        "Dragan Petersson  NBP  X",
        "Eva Holm  NBP  X",
        "",
        *_JUST,
        "§ 15 Motion om skolskjutsar",
        "Dragan Petersson (NBP) yrkar bifall till motionen.",
        "Kommunstyrelsen beslutar att avslå motionen.",
        "Reservationer",
        "Norrbergs Bygdepartiets ledamöter reserverar sig mot beslutet till förmån för bifall till motionen.",
        "§ 16 Budget 2027",
        "Kommunstyrelsen beslutar att godkänna förslaget.",
        "Reservation",
        "Sverigedemokraternas ledamöter reserverar sig mot beslutet.",
    ],
    {
        "Anna Ek": ("S", {"ordförande"}),
        "Bo Bergman": ("M", {"justerare"}),
        "Cecilia Lund": ("SD", set()),
        "Dragan Petersson": ("NBP", set()),
        "Eva Holm": ("NBP", set()),
    },
    actions={
        ("Bo Bergman", "justerare"),
        ("Dragan Petersson", "proposed"),
        ("party:NBP", "reserved"),
        ("party:SD", "reserved"),
    },
)

PARTY_BRACKET = Case(
    "party_bracket",
    [
        *_HEAD,
        "Beslutande",
        "Anna Ek (S), ordförande",
        "Bo Bergman (M)",
        "Fredrik Nyqvist (SLP)",
        "Gunilla Strand (SLP)",
        "Hanna Brink (S)",
        "",
        *_JUST,
        "§ 15 Detaljplan för Västerby 3:4",
        "Fredrik Nyqvist (SLP) yrkar avslag.",
        "Kommunstyrelsen beslutar att anta planen.",
        "Reservationer",
        "Sjöviks Lokalpartiets ledamöter reserverar sig mot beslutet.",
        "Socialdemokraternas ledamöter lämnar en protokollsanteckning.",
    ],
    {
        "Anna Ek": ("S", {"ordförande"}),
        "Bo Bergman": ("M", {"justerare"}),
        "Fredrik Nyqvist": ("SLP", set()),
        "Gunilla Strand": ("SLP", set()),
        "Hanna Brink": ("S", set()),
    },
    actions={
        ("Bo Bergman", "justerare"),
        ("Fredrik Nyqvist", "proposed"),
        ("party:SLP", "reserved"),
        ("party:S", "protocol_note"),
    },
)

SURNAME_FIRST = Case(
    "surname_first",
    [
        *_HEAD,
        "Beslutande",
        "Ekberg Hassan (S), ordförande",
        "Dahlqvist Ann-Sofie (M), vice ordförande",
        "Sandgren Linnea (C)",
        "Nilsson Per (S)",
        "Karimi Amra (V), tjänstgörande ersättare för Jönsson Ola (V)",
        "",
        "Övriga deltagare",
        "Mårtensson Patrik, förvaltningschef",
        "Berglund Johanna, utredare, § 15",
        "Lund Sara, nämndsekreterare",
        "",
        "Justerare: Dahlqvist Ann-Sofie (M)",
        "",
        "§ 14 Val av justerare",
        "Nämnden utser Ann-Sofie Dahlqvist (M) att jämte ordföranden justera protokollet.",
        "§ 15 Information om skolvalet",
        "Utredare Johanna Berglund presenterar elevprognosen. Förvaltningschef Patrik Mårtensson informerar"
        " om skolvalet.",
        "§ 16 Yttrande över motion om fritidsgårdar",
        "Amra Karimi (V) har i en motion föreslagit fler fritidsgårdar.",
        "Hassan Ekberg (S) och Linnea Sandgren (C) yrkar bifall till förvaltningens förslag. Amra Karimi (V)"
        " yrkar bifall till motionen.",
        "Reservation",
        "Amra Karimi (V) reserverar sig mot beslutet.",
        "",
        "Underskrifter",
        "Sekreterare  Sara Lund",
        "Ordförande  Hassan Ekberg",
        "Justerare  Ann-Sofie Dahlqvist",
    ],
    {
        "Hassan Ekberg": ("S", {"ordförande"}),
        "Ann-Sofie Dahlqvist": ("M", {"vice ordförande", "justerare"}),
        "Linnea Sandgren": ("C", set()),
        "Per Nilsson": ("S", set()),
        "Amra Karimi": ("V", {"tjänstgörande ersättare"}),
        "Patrik Mårtensson": (None, {"tjänsteperson"}),
        "Johanna Berglund": (None, {"tjänsteperson"}),
        "Sara Lund": (None, {"sekreterare"}),
    },
    absent={"Ola Jönsson"},
    actions={
        ("Ann-Sofie Dahlqvist", "justerare"),
        ("Johanna Berglund", "presented"),
        ("Patrik Mårtensson", "presented"),
        ("Amra Karimi", "raised"),
        ("Hassan Ekberg", "proposed"),
        ("Linnea Sandgren", "proposed"),
        ("Amra Karimi", "proposed"),
        ("Amra Karimi", "reserved"),
    },
)

NORMAL_ORDER = Case(
    "normal_order",
    [
        *_HEAD,
        "Beslutande",
        "Ali Hassan (S), ordförande",
        "Hassan Ali (V)",
        "Bo Bergman (M)",
        "Maria Olof (C)",
        "",
        "Övriga deltagare",
        "Sara Lund, nämndsekreterare",
        "",
        *_JUST,
        "§ 15 Budget 2027",
        "Ali Hassan (S) och Maria Olof (C) yrkar bifall. Hassan Ali (V) yrkar avslag.",
        "Reservation",
        "Hassan Ali (V) reserverar sig mot beslutet.",
    ],
    {
        "Ali Hassan": ("S", {"ordförande"}),
        "Hassan Ali": ("V", set()),
        "Bo Bergman": ("M", {"justerare"}),
        "Maria Olof": ("C", set()),
        "Sara Lund": (None, {"sekreterare"}),
    },
    actions={
        ("Bo Bergman", "justerare"),
        ("Ali Hassan", "proposed"),
        ("Maria Olof", "proposed"),
        ("Hassan Ali", "proposed"),
        ("Hassan Ali", "reserved"),
    },
)

AUTHORS_AND_FP = Case(
    "authors_and_fp",
    [
        *_HEAD,
        "Beslutande  Parti  Anmärkning",
        "Elin Nygård  S  ordförande",
        "Robin Kjellberg  C",
        "Lisa Bäckman  FP  tjänstgörande ersättare",
        "Bo Bergman  M",
        "",
        *_JUST,
        "§ 15 Medborgarförslag om öppetkvällar på fritidsgården",
        "Ett medborgarförslag från Tilde Sandgren har överlämnats av kommunfullmäktige till nämnden.",
        "Elin Nygård (S) yrkar bifall till förslaget.",
        "§ 16 Medborgarförslag om belysning",
        "Gunnar Wass har i ett medborgarförslag föreslagit belysning längs gång- och cykelvägen.",
        "Kommunstyrelsen beslutar att bifalla medborgarförslaget.",
        "§ 17 Skolorganisation",
        "Lisa Bäckman (FP) lämnar en protokollsanteckning.",
    ],
    {
        "Elin Nygård": ("S", {"ordförande"}),
        "Robin Kjellberg": ("C", set()),
        "Lisa Bäckman": ("FP", {"tjänstgörande ersättare"}),
        "Bo Bergman": ("M", {"justerare"}),
        "Tilde Sandgren": (None, set()),
        "Gunnar Wass": (None, set()),
    },
    actions={
        ("Bo Bergman", "justerare"),
        ("Tilde Sandgren", "raised"),
        ("Elin Nygård", "proposed"),
        ("Gunnar Wass", "raised"),
        ("Lisa Bäckman", "protocol_note"),
    },
)

#: A text export of a two-column head block: a name cell "Per Holm," whose title the column wraps.
PER_WRAPPED = Case(
    "per_wrapped",
    [
        *_HEAD,
        "Beslutande        Anna Ek (S), ordförande",
        "                  Bo Bergman (M)",
        "",
        "Övriga            Per Holm,",
        "närvarande        rektor",
        "                  Eva Sund,",
        "                  controller",
        "",
        *_JUST,
        "§ 15 Skolans ekonomi",
        "Per Holm informerar om skolans ekonomi. Kostnaden per elev ökar.",
        "Per år räknat blir det 5 mnkr, per capita 120 kronor.",
        "Per Capita Holmén har inte yttrat sig.",
    ],
    {
        "Anna Ek": ("S", {"ordförande"}),
        "Bo Bergman": ("M", {"justerare"}),
        "Per Holm": (None, set()),
        "Eva Sund": (None, set()),
    },
    actions={("Bo Bergman", "justerare"), ("Per Holm", "presented")},
    markups=("txt",),
)

CASES = [PARTY_COLUMN, PARTY_BRACKET, SURNAME_FIRST, NORMAL_ORDER, AUTHORS_AND_FP, PER_WRAPPED]


#: Persons by key: (name, party, roles).
Persons = dict[str, tuple[str, str | None, set[str]]]


def read(case: Case, markup: str, tmp: Path) -> tuple[Persons, set[tuple[str, str]]]:
    """The case in one markup, extracted: persons by key (name, party, roles) and (actor, kind) actions."""
    ex = extract_file(BUILDERS[markup](case, tmp))
    persons = {person_key(p.name): (p.name, p.party, set(p.roles)) for p in ex.persons}
    acts = {(a.person or f"party:{a.party}", a.kind) for it in ex.items for a in it.actions}
    return persons, acts


def score(case: Case, markup: str, tmp: Path) -> tuple[int, int, int, int]:
    """(persons right in name, party and roles; persons too many; actions found; actions too many)."""
    persons, acts = read(case, markup, tmp)
    expected: Expected = case.persons
    right = sum(
        1
        for name, (party, roles) in expected.items()
        if (got := persons.get(person_key(name))) and got[0] == name and got[1] == party and roles <= got[2]
    )
    extra = len(set(persons) - {person_key(n) for n in expected})
    return right, extra, len(acts & case.actions), len(acts - case.actions)


if __name__ == "__main__":
    import tempfile

    totals = [0, 0, 0, 0]
    wanted = [0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            for markup in case.markups:
                got = score(case, markup, Path(tmp))
                totals = [t + g for t, g in zip(totals, got, strict=True)]
                wanted = [wanted[0] + len(case.persons), wanted[1] + len(case.actions)]
                print(f"{case.name:16} {markup:5} persons {got[0]}/{len(case.persons)} extra {got[1]}"
                      f"  actions {got[2]}/{len(case.actions)} extra {got[3]}")  # fmt: skip
    print(f"total persons {totals[0]}/{wanted[0]} extra {totals[1]}", end="")
    print(f"  actions {totals[2]}/{wanted[1]} extra {totals[3]}")
