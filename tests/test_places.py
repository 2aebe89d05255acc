"""Which kommuner a document names: lists of kommuner, its own letterhead, irregular own names."""

from __future__ import annotations

import pytest

from indexer.entities.places import kommuner, regions
from indexer.meta.detect import detect_meta
from indexer.meta.organization import kommun_name
from indexer.read.clean import clean_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skellefteå, Norsjö och Malå kommuner har en gemensam nämnd.", ["Skellefteå", "Norsjö", "Malå"]),
        (
            "i dialog med Halmstads, Varbergs, Kungsbacka och Hylte kommuner.",
            ["Halmstad", "Varberg", "Kungsbacka", "Hylte"],
        ),
        ("avstämt med grannkommunerna Nybro och Mörbylånga samt regionen.", ["Nybro", "Mörbylånga"]),
        (
            "Härryda 42, Partille 62, Kungälv 78 och Tjörn 95 ligger lägst.",
            ["Härryda", "Partille", "Kungälv", "Tjörn"],
        ),
        ("Kommunerna Laxå och Ljusnarsberg har efterfrågat fler turer.", ["Laxå", "Ljusnarsberg"]),
        ("protokoll från Sjöbo och Ystads gemensamma nämnd.", ["Sjöbo", "Ystad"]),
        # A bare name in running text, or two names without a word saying they are kommuner, are not.
        ("Mötet hölls i Lund. Anna Berg och Per Mark deltog.", []),
        ("Resan gick via Mora och Orsa.", []),
    ],
)
def test_kommuner_named_in_lists(text: str, expected: list[str]) -> None:
    assert kommuner([], [], text) == expected


def test_the_documents_own_kommun_counts_though_its_letterhead_is_cleaned_away() -> None:
    assert kommuner([], [], "Inget nämns här.", "Borås Stad") == ["Borås"]
    assert kommuner([], [], "Inget nämns här.", "Falu kommun") == ["Falun"]
    assert kommuner([], [], "Inget nämns här.", "Region Halland") == []


def test_falu_kommun_is_falun() -> None:
    raw = "Falu kommun                      KALLELSE\nBarn- och utbildningsnämnden        2025-10-08\n\n" * 2
    raw += "Ärenden\n1 Val av justerare\n2 Budget 2026\nBorlänge kommun nämns en gång.\n"
    assert detect_meta(clean_text(raw), raw=raw).organization == "Falu kommun"
    assert kommun_name("Falun") == "Falu kommun"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two or more names after "i"/"mellan" are towns; the names of a line-broken list too.
        ("Interpellation om väntetiderna i Kalix och Haparanda.", ["Kalix", "Haparanda"]),
        ("Motion om busstrafik mellan Tranås och Aneby.", ["Tranås", "Aneby"]),
        (
            "ambulansens svarstider i Svalöv, Östra\nGöinge och Perstorp kommuner",
            ["Svalöv", "Östra Göinge", "Perstorp"],
        ),
        # A route, a facility, the Plats line and a postal address place a town.
        ("Nytt dubbelspår på sträckan Hallsberg–Degerfors.", ["Hallsberg", "Degerfors"]),
        ("Information om vårdcentralen i Emmaboda.", ["Emmaboda"]),
        ("Akuten vid Lycksele lasarett och Centralsjukhuset Kristianstad.", ["Lycksele", "Kristianstad"]),
        ("Plats och tid: Regionens hus, sal Ljusnan, Hudiksvall, kl. 09.00–12.00", ["Hudiksvall"]),
        ("Regionkansliet, Box 100, 123 45 Härnösand", ["Härnösand"]),
        # A station, and kommuner one works with (one name alone too), line broken or not.
        ("Ambulansstationen i Överkalix bör bemannas dygnet runt.", ["Överkalix"]),
        ("om samverkan med Ronneby\noch Sölvesborg kring räddningstjänst", ["Ronneby", "Sölvesborg"]),
        ("Lerum bör samverka med\n Alingsås kring tillsynen.", ["Alingsås"]),
        # A region's standby in a town, an area a station serves, a numbered road towards a town.
        ("Fråga om ambulansberedskapen i Malå under julhelgen.", ["Malå"]),
        ("En extra ambulans blir stationerad i Dorotea.", ["Dorotea"]),
        ("Stationen ska även betjäna Leksand och Gagnef.", ["Leksand", "Gagnef"]),
        ("bärighetsåtgärder på väg 95 mot Arjeplog", ["Arjeplog"]),
        ("Trafiken på E4 förbi Umeå och riksväg 45 mellan Mora och Orsa.", ["Umeå", "Mora", "Orsa"]),
        # A police area, a region's traffic in a town, kommuner compared with, examples, what kommuner pay
        # each other.
        ("Närvarande: Polisen lokalpolisområde Ljusdal, räddningstjänsten", ["Ljusdal"]),
        ("Frågan om anropsstyrd trafik i Ydre tas upp.", ["Ydre"]),
        ("Kostnaderna ligger högt jämfört med Avesta och Fagersta.", ["Avesta", "Fagersta"]),
        # Where someone lives or is placed, in a delegationslista's rows (session 12).
        ("Placering i familjehem i Upplands Väsby", ["Upplands Väsby"]),
        ("Köp av plats, HVB i Uppsala", ["Uppsala"]),
        ("Barnet är bosatt i Knivsta sedan 2024.", ["Knivsta"]),
        ("Ärendet överflyttning till Norrtälje", ["Norrtälje"]),
        ("Motionären jämför med Hjo och Tibro.", ["Hjo", "Tibro"]),
        ("flera kommuner, bland\nannat Vansbro och Malung-Sälen, har infört", ["Vansbro", "Malung-Sälen"]),
        ("interkommunala ersättningar till Skara och Götene ökar", ["Skara", "Götene"]),
        # A venue named after its town opens the Plats line.
        ("Plats och tid\tLuleå Energi Arena, sal 2, kl. 09.00", ["Luleå"]),
        # "kommun" on the next line still names the kommun.
        ("i samverkan med Ydre och Kinda\nkommuner samt Boxholms\nkommun", ["Ydre", "Kinda", "Boxholm"]),
    ],
)
def test_kommuner_placed_as_towns(text: str, expected: list[str]) -> None:
    assert kommuner([], [], text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Surnames, double surnames, a court's seat, a county board and a meeting's venue alone are no kommun.
        "Per Mora (S) och Eva Falkenberg (M) yrkar bifall. Anna Lund-Berg (C) reserverar sig.",
        "Beslutet överklagas till Förvaltningsrätten i Luleå.",
        "Ärendet skickas till Länsstyrelsen i Kalmar län och Mark- och miljödomstolen.",
        "Arbetsutskottet sammanträdde i Mölndal.",
        "Trafiken på Storgatan och Sala backe.",
        "Anna Berg 123 45 Lund röstade ja.",  # figures in a row are no postal address
        "Frågan bereds i samråd med Berg (S) och förvaltningen.",  # a member, with a party
        "Kansliet betjänar Berg (S) och Mark (M) i utskottet.",  # members, not a service area
        "Väg 12 och Lund",  # a road and a name, no direction
        "Protokoll från Samverkansnämnden Uppsala–Örebro sjukvårdsregion.",  # a body, no route
        "Jämfört med Berg (S) och Mark (M) yrkar han avslag.",  # members, with their parties
        "Plats och tid: Stora Sessionssalen, kl. 09.00",  # a venue, no town
        "Placering i kö hos Berg (S) och boende i området.",  # no town after the cue
    ],
)
def test_bare_names_that_are_not_towns(text: str) -> None:
    assert kommuner([], [], text) == []


def test_region_gotland_is_the_kommun_gotland() -> None:
    assert kommuner([], [], "Inget nämns här.", "Region Gotland") == ["Gotland"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yttrande till Länsstyrelsen i Hallands län om vindkraft.", []),
        ("Beslut från Länsstyrelsen Skåne om vägbelysning.", []),
        ("Sörmland Vatten och Avfall AB föreslår höjd avgift.", []),
        ("Region Halland har yttrat sig. Länsstyrelsen i Hallands län likaså.", ["Region Halland"]),
        ("Samverkan kring räddningstjänst i Västernorrland.", ["Region Västernorrland"]),
        # A county's authority and its museum, with the county's town in their names, list no regions.
        ("Länsstyrelsen i Kalmar län och Kalmar läns museum bör höras.", []),
        ("Länsstyrelsen i Uppsala län och Uppsala universitet yttrar sig.", []),
        # A region whose name is a definite noun, in the genitive.
        ("Yttrande över Västra Götalandsregionens remiss om strategin.", ["Västra Götalandsregionen"]),
        ("biblioteksplanen för Västra\nGötalandsregionen 2024–2027", ["Västra Götalandsregionen"]),
    ],
)
def test_regions_not_the_county_board_or_a_company(text: str, expected: list[str]) -> None:
    from indexer.entities.nlp import gazetteer_entities

    assert regions(text, gazetteer_entities(text), []) == expected


def test_a_region_s_own_organization_is_its_region_where_the_text_names_it_nowhere() -> None:
    text = "Hälso- och sjukvårdsnämnden\nPlats\tRegionens hus, Östersund\n§ 201 Val av justerare\n"
    assert regions(text, [], [], "Region Jämtland Härjedalen") == ["Region Jämtland Härjedalen"]
    assert regions(text, [], [], "Östersunds kommun") == []  # a kommun's organization is no region
