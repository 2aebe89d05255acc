"""A probe: a tjänsteskrivelse's nämnd and its writers' signatures (kommuner61), in five markups (a text
export with blank lines, the text a PDF's reader gives without them, a PDF, Word, a portal page).

- The organ: the nämnd the skrivelse is written to. Without "Till …" it is the body its "Förslag till
  beslut" names as deciding ("Regionala utvecklingsnämnden beslutar", "Socialnämnden föreslås besluta"),
  not the förvaltning in the letterhead ("Regional utveckling", "Socialförvaltningen").
- The writers: "Karin Lundh" over "Avdelningschef" right under the "Beslutet skickas till" list, with no
  blank line between (a PDF's reader drops it). Not writers: recipients in the list, a person among them
  ("Ola Sten" on a line of his own, "Ida Berg, ekonomichef").

Every name, place and number is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: (name, writer's unit in the letterhead, the "Förslag till beslut" sentence, the organ a reader finds).
PROPOSALS = [
    (
        "beslutar",
        "Regional utveckling",
        "Regionala utvecklingsnämnden beslutar",
        "Regionala utvecklingsnämnden",
    ),
    ("foreslas", "Socialförvaltningen", "Socialnämnden föreslås besluta", "Socialnämnden"),
    ("kultur", "Kultur och fritid", "Kultur- och fritidsnämnden beslutar", "Kultur- och fritidsnämnden"),
]
#: (name, recipients' lines, the signature lines, the persons a reader finds).
ENDINGS = [
    (
        "units",
        ["Vimby kommun", "Ekonomienheten, Region Vimby"],
        ["Karin Lundh", "Avdelningschef"],
        ["Karin Lundh"],
    ),
    (
        "two",
        ["Ekonomienheten"],
        ["Karin Lundh", "Avdelningschef regional utveckling", "Viktor Engström", "Utvecklingsstrateg"],
        ["Karin Lundh", "Viktor Engström"],
    ),
    (
        "person_listed",
        ["Ida Berg, ekonomichef", "Löneenheten"],
        ["Karin Lundh", "Avdelningschef"],
        ["Karin Lundh"],
    ),
    ("name_alone", ["Ola Sten", "Löneenheten"], ["Karin Lundh", "Avdelningschef"], ["Karin Lundh"]),
    (
        "name_between",
        ["Löneenheten", "Ola Sten", "Ekonomienheten"],
        ["Karin Lundh", "Handläggare"],
        ["Karin Lundh"],
    ),
]


def lines(unit: str, proposal: str, recipients: list[str], signers: list[str], blank: bool) -> list[str]:
    gap = [""] if blank else []
    return [
        "Region Vimby",
        "TJÄNSTESKRIVELSE",
        unit,
        "Datum 2026-11-10",
        "Ärendenr RUN/2026:118",
        *gap,
        "Regionala utvecklingsmedel till projektet Hållbar besöksnäring",
        *gap,
        "Förslag till beslut",
        proposal,
        "1. att bevilja Vimby kommun 2 400 000 kronor i utvecklingsmedel.",
        *gap,
        "Ärendebeskrivning",
        "Ansökan inkom 2026-09-14. Projektet ligger i linje med den regionala strategin.",
        *gap,
        "Beslutet skickas till",
        *recipients,
        *gap,
        *signers,
    ]


@dataclass
class Variant:
    name: str
    write: Callable[[Path], Path]
    organ: str
    persons: list[str]


_STEM = "regionvimby_namnd_2026-11-10_tjansteskrivelse"


def _txt(ls: list[str]) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        p = tmp / f"{_STEM}.txt"
        p.write_text("\n".join(ls) + "\n", encoding="utf-8")
        return p

    return write


def _pdf(ls: list[str]) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        pdf = FPDF(unit="mm", format="A4")
        pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
        pdf.add_page()
        pdf.set_font("S", size=10)
        y = 20.0
        for ln in ls:
            y += 5 if ln else 4
            if ln:
                pdf.text(20, y, ln)
        p = tmp / f"{_STEM}.pdf"
        p.write_bytes(bytes(pdf.output()))
        return p

    return write


def _docx(ls: list[str]) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        doc = docx.Document()
        for ln in ls:
            if ln:
                doc.add_paragraph(ln)
        p = tmp / f"{_STEM}.docx"
        doc.save(str(p))
        return p

    return write


def _html(ls: list[str]) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        body = "".join(f"<p>{html.escape(ln)}</p>" for ln in ls if ln)
        p = tmp / f"{_STEM}.html"
        p.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
        return p

    return write


def variants() -> list[Variant]:
    out: list[Variant] = []
    for pname, unit, proposal, organ in PROPOSALS:
        for ename, recipients, signers, persons in ENDINGS:
            blank = lines(unit, proposal, recipients, signers, blank=True)
            tight = lines(unit, proposal, recipients, signers, blank=False)
            name = f"{pname}/{ename}"
            out += [
                Variant(f"txt/{name}", _txt(blank), organ, persons),
                Variant(f"txt-tight/{name}", _txt(tight), organ, persons),
                Variant(f"pdf/{name}", _pdf(blank), organ, persons),
                Variant(f"docx/{name}", _docx(blank), organ, persons),
                Variant(f"html/{name}", _html(blank), organ, persons),
            ]
    return out


def result(v: Variant, tmp: Path) -> tuple[bool, bool, str | None, list[str]]:
    """(organ right?, persons right?, the organ found, the persons found)."""
    ex = extract_file(v.write(tmp))
    persons = sorted(p.name for p in ex.persons)
    return ex.meta.organ == v.organ, persons == sorted(v.persons), ex.meta.organ, persons


if __name__ == "__main__":  # count: PYTHONPATH=$PWD:tests python tests/skrivelse61_probe.py
    import tempfile

    organs = people = 0
    vs = variants()
    with tempfile.TemporaryDirectory() as tmp:
        for v in vs:
            o, p, organ, persons = result(v, Path(tmp))
            organs += o
            people += p
            if not (o and p):
                print("MISS", v.name, organ, persons)
    print(f"organ {organs}/{len(vs)}, persons {people}/{len(vs)}")
