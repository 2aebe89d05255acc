"""A probe: two signatures side by side at the foot of minutes, in five markups (a PDF typed with the
space bar, a PDF set in columns, Word with tabs, a text export, a portal page).

Two blocks every kind of minutes ends with: labels over names ("Ordförande    Justerare" / "Eva Lind
Bo Berg": the justerare is the one under "Justerare"), and a "Justeras" label over two signatures
captioned after the names ("Eva Lind, ordförande    Bo Berg, PRO": no one was chosen, so everyone signing
there is justerare, the chair too — GOLD_FORMAT). Typed with spaces, a PDF's text layer holds each line
as one run. Every name is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: (document kind, the lines above the signatures, the two signature lines as (left, right) cells,
#: the justerare a careful reader finds).
CASES: list[tuple[str, list[str], list[tuple[str, str]], list[str]]] = [
    (
        "protokollsutdrag",
        ["§ 12 Bidrag till föreningen Framtid", "Dnr KN 2026/0044", "Nämnden beviljar bidraget."],
        [("Ordförande", "Justerare"), ("Eva Lind", "Bo Berg")],
        ["Bo Berg"],
    ),
    (
        "minnesanteckningar",
        ["Information om färdtjänst", "Verksamhetschefen berättade om den nya beställningscentralen."],
        [("Eva Lind, ordförande", "Bo Berg, PRO")],
        ["Bo Berg", "Eva Lind"],
    ),
]


def _lines(kind: str, body: list[str]) -> list[str]:
    return ["Västeråkra kommun", kind.capitalize(), "Kulturnämnden 2026-05-06", "", *body, ""]


def _text(path: Path, kind: str, body: list[str], sig: list[tuple[str, str]]) -> None:
    label = ["Justeras", ""] if kind == "minnesanteckningar" else []
    rows = [f"{a:<40}{b}" for a, b in sig]
    path.write_text("\n".join([*_lines(kind, body), *label, *rows]) + "\n", encoding="utf-8")


def _docx(path: Path, kind: str, body: list[str], sig: list[tuple[str, str]]) -> None:
    doc = docx.Document()
    for ln in _lines(kind, body):
        doc.add_paragraph(ln)
    if kind == "minnesanteckningar":
        doc.add_paragraph("Justeras")
    for a, b in sig:
        doc.add_paragraph(f"{a}\t\t\t{b}")
    doc.save(path)


def _html(path: Path, kind: str, body: list[str], sig: list[tuple[str, str]]) -> None:
    rows = "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>" for a, b in sig)
    label = "<p>Justeras</p>" if kind == "minnesanteckningar" else ""
    paras = "".join(f"<p>{html.escape(ln)}</p>" for ln in _lines(kind, body) if ln)
    path.write_text(
        f"<html><head><title>{kind} – Västeråkra kommun</title></head><body><main>{paras}{label}"
        f"<table>{rows}</table></main></body></html>",
        encoding="utf-8",
    )


def _pdf(path: Path, kind: str, body: list[str], sig: list[tuple[str, str]], spaced: bool) -> None:
    p = FPDF(format="A4")
    p.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    p.add_page()
    p.set_font("S", "", 10)
    y = 20.0
    for ln in [*_lines(kind, body), *(["Justeras", ""] if kind == "minnesanteckningar" else [])]:
        if ln:
            p.text(15, y, ln)
        y += 6
    for a, b in sig:
        if spaced:  # one text, the columns typed with the space bar
            p.text(15, y, a + " " * max(4, 44 - len(a)) + b)
        else:
            p.text(15, y, a)
            p.text(105, y, b)
        y += 6
    p.output(str(path))


MARKUPS: dict[str, tuple[str, Callable[[Path, str, list[str], list[tuple[str, str]]], None]]] = {
    "pdf spaced": ("pdf", lambda path, k, b, s: _pdf(path, k, b, s, spaced=True)),
    "pdf columns": ("pdf", lambda path, k, b, s: _pdf(path, k, b, s, spaced=False)),
    "docx": ("docx", _docx),
    "text": ("txt", _text),
    "html": ("html", _html),
}


def justerare(markup: str, tmp: Path) -> list[list[str]]:
    """The justerare found in each case in one markup."""
    suffix, write = MARKUPS[markup]
    out = []
    for kind, body, sig, _ in CASES:
        path = tmp / f"vasterakra_kulturnamnden_2026-05-06_{kind}.{suffix}"
        write(path, kind, body, sig)
        ex = extract_file(path)
        found = {a.person for it in ex.items for a in it.actions if a.kind == "justerare" and a.person}
        found |= {a.person for a in getattr(ex, "actions", []) if a.kind == "justerare" and a.person}
        found |= {p.name for p in ex.persons if "justerare" in p.roles}
        out.append(sorted(found))
    return out


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for m in MARKUPS:
            got = justerare(m, Path(d))
            right = sum(g == sorted(c[3]) for g, c in zip(got, CASES, strict=True))
            print(m, f"cases {right}/{len(CASES)}", got)
