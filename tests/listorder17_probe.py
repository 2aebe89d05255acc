"""A probe: an attendance list printed surname first without a comma, its justerare named in the head block
the same way (kommuner59, Åstorp): "Lindahl Ann-Sofie (M)" in the list and "Justerare: Lindahl Ann-Sofie
(M)", while the § choosing her prints "Ann-Sofie Lindahl (M)". One person, one justerare, with and without
a signature block printing the names in normal order; the head block's name inverted or not; in text,
PDF, Word and a web page. Every name is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from indexer.extract import extract_file
from tests.markups import write_placed

HEAD = [
    "Barn- och utbildningsnämnden",
    "Sammanträdesprotokoll",
    "Plats och tid: Kommunhuset i Vimby, torsdagen 2026-09-17 kl. 13.30–16.40",
    "Beslutande",
    "Karlsson Hassan (S), ordförande",
    "Lindgren Ann-Sofie (M), 1:e vice ordförande",
    "Bengtsson Linnea (C), 2:e vice ordförande",
    "Nilsson Pär (S)",
    "Övriga deltagare",
    "Lund Sara, nämndsekreterare",
]
JUSTERARE = {
    "head_inverted": ["Justerare: Lindgren Ann-Sofie (M)"],
    "head_normal": ["Justerare: Ann-Sofie Lindgren (M)"],
    "no_head": [],
}
BODY = [
    "Paragrafer: 62–63",
    "",
    "§ 62  Val av justerare",
    "Beslut",
    "Barn- och utbildningsnämnden utser Ann-Sofie Lindgren (M) att jämte ordföranden justera protokollet.",
    "§ 63  Godkännande av dagordning",
    "Beslut",
    "Dagordningen godkänns.",
    "",
]
SIGNATURES = {
    "lines": [
        "Underskrifter",
        "Sekreterare ____________________   Sara Lund",
        "Ordförande ____________________   Hassan Karlsson",
        "Justerare ____________________   Ann-Sofie Lindgren",
    ],
    "below": [
        "Underskrifter",
        "Sara Lund",
        "Sekreterare",
        "",
        "Hassan Karlsson",
        "Ordförande",
        "",
        "Ann-Sofie Lindgren",
        "Justerare",
    ],
    "none": [],
}


@dataclass
class Variant:
    name: str
    write: Callable[[Path], Path]


def _write(fmt: str, lines: list[str]) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        return write_placed(
            tmp / f"vimby_barn-och-utbildningsnamnden_2026-09-17_protokoll.{fmt}",
            lines,
            size=9,
            left=15,
            step=5,
        )

    return write


def variants() -> list[Variant]:
    return [
        Variant(f"{fmt}/{j}/{s}", _write(fmt, [*HEAD, *jl, *BODY, *sl]))
        for j, jl in JUSTERARE.items()
        for s, sl in SIGNATURES.items()
        for fmt in ("txt", "pdf", "docx", "html")
    ]


def result(v: Variant, tmp: Path) -> tuple[bool, list[tuple[str, str]]]:
    """One justerare, Ann-Sofie Lindgren on § 62; the chair signs by office."""
    ex = extract_file(v.write(tmp))
    got = sorted((a.person or "", it.number) for it in ex.items for a in it.actions if a.kind == "justerare")
    chair = next((p.roles for p in ex.persons if p.name == "Hassan Karlsson"), [])
    return got == [("Ann-Sofie Lindgren", "§62")] and "justerare" not in chair, got


if __name__ == "__main__":  # count: PYTHONPATH=$PWD:tests python tests/listorder17_probe.py
    import tempfile

    ok = 0
    vs = variants()
    with tempfile.TemporaryDirectory() as tmp:
        for v in vs:
            good, got = result(v, Path(tmp))
            ok += good
            if not good:
                print("MISS", v.name, got)
    print(f"{ok}/{len(vs)}")
