"""A probe: kommuner a text places as towns on a journey, a route or in part (kommuner61), in four markups.

"resor till Lund och Vellinge" (where färdtjänst goes), "Skånebanans upprustning genom Kristianstad" (a
route through a town), "delar av Mölndal saknar dricksvatten" (part of a town). Not towns: a surname after
the same words ("genom Per Lund", "till Lund (M)", "genom Berg (S)"), a company named after a town ("genom
Sala Silvergruva AB"), a journey's word without a town ("resor till Lundamässan"), a property named after
a town ("del av Köping 11:2"). Every name is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from indexer.extract import extract_file
from tests.markups import write_placed

#: (name, sentence, the kommuner a reader finds in it).
SENTENCES: list[tuple[str, str, list[str]]] = [
    (
        "resor",
        "Ulla Berg ställer en fråga om väntetiderna vid resor till Lund och Vellinge.",
        ["Lund", "Vellinge"],
    ),
    ("resor_one", "Färdtjänstens resor till Kävlinge har ökat under hösten.", ["Kävlinge"]),
    ("pendling", "Pendlingen till Trelleborg har ökat med tolv procent.", ["Trelleborg"]),
    ("genom", "Nämnden prioriterar Skånebanans upprustning genom Kristianstad.", ["Kristianstad"]),
    ("delar", "Stora delar av Mölndal saknar dricksvatten sedan i tisdags.", ["Mölndal"]),
    ("del", "Ledningsbrottet drabbar en del av Partille och delar av Lerum.", ["Partille", "Lerum"]),
    ("not_person", "Frågan besvaras genom Per Lund, som är trafikchef.", []),
    ("not_party", "Ärendet bereds genom Berg (S) och Lund (M).", []),
    ("not_company", "Avtalet tecknas genom Sala Silvergruva AB.", []),
    ("not_fair", "Resor till Lundamässan ersätts inte.", []),
    ("not_property", "Planbesked för del av Köping 11:2 och delar av Kävlinge 3:4.", []),
]


def lines(sentence: str) -> list[str]:
    return [
        "Vimby kommun",
        "MINNESANTECKNINGAR",
        "Pensionärsrådet 2026-10-07",
        "",
        "1. Information om färdtjänst",
        sentence,
        "",
        "Vid anteckningarna",
        "Eva Ek",
    ]


@dataclass
class Variant:
    name: str
    write: Callable[[Path], Path]
    kommuner: list[str]


_STEM = "vimby_pensionarsradet_2026-10-07_minnesanteckningar"


def _write(fmt: str, ls: list[str]) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        return write_placed(tmp / f"{_STEM}.{fmt}", ls, size=10, left=20, step=6)

    return write


def variants() -> list[Variant]:
    return [
        Variant(f"{fmt}/{name}", _write(fmt, lines(sentence)), want)
        for name, sentence, want in SENTENCES
        for fmt in ("txt", "docx", "html", "pdf")
    ]


def result(v: Variant, tmp: Path) -> tuple[bool, list[str]]:
    """(right?, the kommuner found besides Vimby's own: none of the invented ones is a kommun)."""
    got = sorted(extract_file(v.write(tmp)).kommuner)
    return got == sorted(v.kommuner), got


if __name__ == "__main__":  # count: PYTHONPATH=$PWD:tests python tests/places61_probe.py
    import tempfile

    ok = 0
    vs = variants()
    with tempfile.TemporaryDirectory() as tmp:
        for v in vs:
            good, got = result(v, Path(tmp))
            ok += good
            if not good:
                print("MISS", v.name, got, v.kommuner)
    print(f"{ok}/{len(vs)}")
