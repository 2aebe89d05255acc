"""A probe: members joining a yrkande "med instämmande av" with the words wrapped over a line (kommuner61).

A PDF's text breaks "föreslog, med" / "instämmande av Peter Sjöblom (M) och Ulla-Britt Karlsson (L)": the
joiners proposed as the one they join did. Each wrap point, in a text export and a PDF; unwrapped in Word
and on a web page. Every name is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from indexer.extract import extract_file
from tests.markups import write_placed

HEAD = [
    "Vimby kommun",
    "PROTOKOLL",
    "Kommunstyrelsen 2026-09-17",
    "",
    "Beslutande: Mona Ekblad (S), ordförande, Gustaf Wennerholm (M),",
    "Peter Sjöblom (M), Ulla-Britt Karlsson (L)",
    "",
    "§ 104 Svar på skrivelse om belysning",
    "Dnr KS 2026/297",
    "",
]
WANT = ["Gustaf Wennerholm", "Peter Sjöblom", "Ulla-Britt Karlsson"]
#: The sentence broken at each point a narrow column may break it.
WRAPS = {
    "none": [
        "Gustaf Wennerholm (M) föreslog, med instämmande av Peter Sjöblom (M) och Ulla-Britt Karlsson (L)"
    ],
    "after_med": [
        "Gustaf Wennerholm (M) föreslog, med",
        "instämmande av Peter Sjöblom (M) och Ulla-Britt Karlsson (L), bifall.",
    ],
    "after_instammande": [
        "Gustaf Wennerholm (M) föreslog, med instämmande",
        "av Peter Sjöblom (M) och Ulla-Britt Karlsson (L), bifall.",
    ],
    "after_av": [
        "Gustaf Wennerholm (M) yrkade, med instämmande av",
        "Peter Sjöblom (M) och Ulla-Britt Karlsson (L), bifall.",
    ],
}


@dataclass
class Variant:
    name: str
    write: Callable[[Path], Path]


def _write(fmt: str, body: list[str]) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        ls = [*HEAD, *body, "", "Justerare: Peter Sjöblom"]
        return write_placed(
            tmp / f"vimby_kommunstyrelsen_2026-09-17_protokoll.{fmt}", ls, size=9, left=15, step=5
        )

    return write


def variants() -> list[Variant]:
    out = [Variant(f"{fmt}/{w}", _write(fmt, body)) for w, body in WRAPS.items() for fmt in ("txt", "pdf")]
    out += [Variant(f"{fmt}/none", _write(fmt, WRAPS["none"])) for fmt in ("docx", "html")]
    return out


def result(v: Variant, tmp: Path) -> tuple[bool, list[str]]:
    ex = extract_file(v.write(tmp))
    got = sorted({a.person or "" for it in ex.items for a in it.actions if a.kind == "proposed"})
    return got == sorted(WANT), got


if __name__ == "__main__":  # count: PYTHONPATH=$PWD:tests python tests/joining61_probe.py
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
