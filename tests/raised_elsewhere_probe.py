"""A probe: who raised a matter, where minutes name someone only in passing, in four markups (Word, a
text export, a portal page, a PDF).

Two sentences every kind of protocol writes: the agenda approved with a matter added that another
paragraph handles ("… med tillägget att ett initiativärende från Bo Berg (SD) behandlas som § 3": Bo Berg
raised it there, not in the agenda's paragraph), and an official presenting a matter in a sentence whose
subordinate clause has a subject of its own ("Kommunstrateg Eva Lind informerar om förslaget till
yttrande, där kommunen särskilt lyfter behovet av …": the kommun "lyfter", Eva Lind raises nothing).
Every name and matter is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: (number, title, body) of each paragraph.
PARAGRAPHS: list[tuple[str, str, str]] = [
    (
        "1",
        "Godkännande av föredragningslista",
        "Utskottet godkänner föredragningslistan med tillägget att ett initiativärende från Bo Berg (SD) "
        "behandlas som § 3.",
    ),
    (
        "2",
        "Godkännande av dagordning",
        "Dagordningen godkänns med tillägg av en fråga från Maja Holm (V) som tas upp under § 4.",
    ),
    (
        "3",
        "Initiativärende om belysning vid Ekvägen",
        "Bo Berg (SD) väcker vid sammanträdet ett initiativärende om belysning längs Ekvägen.",
    ),
    (
        "4",
        "Yttrande över regionens trafikförsörjningsprogram",
        "Kommunstrateg Eva Lind informerar om förslaget till yttrande, där kommunen särskilt lyfter behovet "
        "av fler avgångar. Maja Holm (V) ställer en fråga om nattrafiken.",
    ),
    (
        "5",
        "Information om skolskjuts",
        "Skolskjutssamordnare Per Ek informerar om läget, när nämnden väcker frågan om nya hållplatser.",
    ),
]
#: What a careful reader finds: (number, [(person, kind)]).
EXPECTED: list[tuple[str, list[tuple[str, str]]]] = [
    ("1", []),
    ("2", []),
    ("3", [("Bo Berg", "raised")]),
    ("4", [("Eva Lind", "presented"), ("Maja Holm", "raised")]),
    ("5", [("Per Ek", "presented")]),
]
_HEAD = ["Västeråkra kommun", "Protokoll", "Kommunstyrelsens arbetsutskott", "Sammanträdesdatum 2026-04-07"]


def _docx(path: Path) -> None:
    doc = docx.Document()
    for ln in _HEAD:
        doc.add_paragraph(ln)
    for n, title, body in PARAGRAPHS:
        doc.add_paragraph(f"§ {n}\t{title}")
        doc.add_paragraph(body)
    doc.save(path)


def _text(path: Path) -> None:
    out = [*_HEAD, ""]
    for n, title, body in PARAGRAPHS:
        out += [f"§ {n}      {title}", "", body, ""]
    path.write_text("\n".join(out), encoding="utf-8")


def _html(path: Path) -> None:
    parts = "".join(f"<h2>§ {n} {html.escape(t)}</h2><p>{html.escape(b)}</p>" for n, t, b in PARAGRAPHS)
    head = "".join(f"<p>{html.escape(ln)}</p>" for ln in _HEAD)
    path.write_text(
        f"<html><head><title>Protokoll</title></head><body><main>{head}{parts}</main></body></html>",
        encoding="utf-8",
    )


def _pdf(path: Path) -> None:
    p = FPDF(format="A4")
    p.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    p.add_page()
    p.set_font("S", "", 10)
    for ln in _HEAD:
        p.cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    for n, title, body in PARAGRAPHS:
        p.ln(4)
        p.cell(0, 6, f"§ {n}   {title}", new_x="LMARGIN", new_y="NEXT")
        p.multi_cell(0, 5, body, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


MARKUPS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "docx": ("docx", _docx),
    "text": ("txt", _text),
    "html": ("html", _html),
    "pdf": ("pdf", _pdf),
}


def extract(markup: str, tmp: Path) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """The probe in one markup: (number, sorted (person, kind) of raised and presented) per item."""
    suffix, write = MARKUPS[markup]
    path = tmp / f"vasterakra_kommunstyrelsens-arbetsutskott_2026-04-07_protokoll.{suffix}"
    write(path)
    return [
        (
            (it.number or "").lstrip("§ "),
            sorted(
                {(a.person, a.kind) for a in it.actions if a.person and a.kind in ("raised", "presented")}
            ),
        )
        for it in extract_file(path).items
    ]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for m in MARKUPS:
            got = extract(m, Path(d))
            right = sum(1 for g in got if g in [(n, sorted(a)) for n, a in EXPECTED])
            print(m, f"paragraphs {right}/{len(EXPECTED)}", [g for g in got if g not in EXPECTED])
