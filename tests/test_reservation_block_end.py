"""A reservation block ends where the decision is sent on or the extract is signed (kommuner60's gislaved
protokollsutdrag: "Reservation" / "Lars Bengtsson (SD) reserverar sig …" / "Beslutet skickas till: …" /
"Vid protokollet" / "Ordförande: Marie Holm (M)" made the chair reserve).

The same § in four markups, the reservation followed by each closing; every name is invented. Probe: main
4/20 (a send line with its recipients on it, or "Vid protokollet" without one, let the block run on into
the signatures), after 20/20.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"
HEAD = [
    "Vimby kommun",
    "PROTOKOLLSUTDRAG",
    "Kommunstyrelsens arbetsutskott",
    "Sammanträdesdatum 2026-03-10",
    "Närvarande beslutande: Marie Holm (M), ordförande; Anders Sjö (S); Lars Bengtsson (SD); Carina Ek (C)",
    "",
    "§ 38 Investeringsbidrag till bygdegårdsförening",
    "Yrkanden",
    "Marie Holm (M) yrkar bifall till förvaltningens förslag.",
    "Lars Bengtsson (SD) yrkar avslag.",
    "Beslut",
    "Arbetsutskottet beviljar bidraget.",
    "Reservation",
]
RESERVING = {
    "one": ["Lars Bengtsson (SD) reserverar sig mot beslutet."],
    "two": ["Lars Bengtsson (SD)", "Carina Ek (C)"],
}
CLOSINGS = {
    "send_line": ["Beslutet skickas till: Föreningen; Ekonomiavdelningen", "Vid protokollet"],
    "expedieras": ["Expedieras till: Föreningen", "Vid protokollet"],
    "vid_protokollet": ["Vid protokollet"],
    "extract_to": ["Protokollsutdrag till: Ekonomiavdelningen"],
    "send_heading": ["Beslutet skickas till", "Föreningen", "Vid protokollet"],
}
SIGNED = ["Sekreterare: Eva Nord", "Ordförande: Marie Holm (M)", "Justerare: Anders Sjö (S)"]


def lines(reserving: str, closing: str) -> list[str]:
    return [*HEAD, *RESERVING[reserving], *CLOSINGS[closing], *SIGNED]


def write(tmp: Path, suffix: str, text: list[str]) -> Path:
    p = tmp / f"vimby_kommunstyrelsens-arbetsutskott_2026-03-10_protokollsutdrag.{suffix}"
    if suffix == "txt":
        p.write_text("\n".join(text) + "\n", encoding="utf-8")
    elif suffix == "pdf":
        pdf = FPDF(unit="mm", format="A4")
        pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
        pdf.add_page()
        pdf.set_font("S", size=9)
        for ln in text:
            pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
        p.write_bytes(bytes(pdf.output()))
    elif suffix == "docx":
        doc = docx.Document()
        for ln in text:
            doc.add_paragraph(ln)
        doc.save(str(p))
    else:
        body = "".join(f"<p>{html.escape(x)}</p>" for x in text if x)
        p.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
    return p


CASES = [
    (suffix, reserving, closing)
    for suffix in ("txt", "pdf", "docx", "html")
    for reserving, closing in (
        ("one", "send_line"),
        ("one", "vid_protokollet"),
        ("two", "expedieras"),
        ("two", "extract_to"),
        ("one", "send_heading"),
    )
]


@pytest.mark.parametrize(("suffix", "reserving", "closing"), CASES)
def test_the_signers_reserve_nothing(suffix: str, reserving: str, closing: str, tmp_path: Path) -> None:
    ex = extract_file(write(tmp_path, suffix, lines(reserving, closing)))
    got = {a.person for it in ex.items for a in it.actions if a.kind == "reserved"}
    assert got == {"Lars Bengtsson"} | ({"Carina Ek"} if reserving == "two" else set())
