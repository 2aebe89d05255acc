"""A probe: a party acting as a whole named by its full name as the subject, without "ledamöter" (kommuner61).

Göteborg's "Demokraterna lämnar en protokollsanteckning" is the local party D of the attendance list;
"Vänsterpartiet reserverar sig" the national V. Lookalikes: "Sverigedemokraterna" (SD, not D), a party
named as an object ("förslag från Demokraterna"), a sentence's first word before a reservation. The
attendance list in brackets (text, PDF) and in a table (Word, web page). Every name is invented.
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
MEMBERS = [
    ("Ann-Christin Wessberg", "S", "ordförande"),
    ("Hampus Lindgård", "M", "vice ordförande"),
    ("Kent Falkman", "D", "ledamot"),
    ("Lena Bergdahl", "D", "ledamot"),
    ("Stina Wirsén", "V", "ledamot"),
    ("Åsa Nordvik", "SD", "ledamot"),
]
#: The sentence of the § and the (party, kind) / (person, kind) actions it holds.
CASES: dict[str, tuple[str, set[tuple[str, str]]]] = {
    "local_note": ("Demokraterna lämnar en protokollsanteckning om utredningen.", {("D", "protocol_note")}),
    "local_reserved": ("Demokraterna reserverar sig mot beslutet.", {("D", "reserved")}),
    "local_genitive": ("Demokraternas ledamöter reserverar sig mot beslutet.", {("D", "reserved")}),
    "national_reserved": ("Vänsterpartiet reserverar sig mot beslutet.", {("V", "reserved")}),
    "national_note": ("Moderaterna lämnar en protokollsanteckning.", {("M", "protocol_note")}),
    "lookalike_sd": ("Sverigedemokraterna reserverar sig mot beslutet.", {("SD", "reserved")}),
    "object": (
        "Kent Falkman (D) yrkar bifall till förslaget från Demokraterna.",
        {("Kent Falkman", "proposed")},
    ),
    "first_word": (
        "Därefter reserverar sig Lena Bergdahl (D) mot beslutet.",
        {("Lena Bergdahl", "reserved")},
    ),
}


@dataclass
class Variant:
    name: str
    case: str
    write: Callable[[Path], Path]


def _write(fmt: str, sentence: str) -> Callable[[Path], Path]:
    head = ["Vimby kommun", "PROTOKOLL", "Kommunstyrelsen 2026-09-17", ""]
    body = [
        "",
        "§ 104 Svar på skrivelse om belysning",
        "Dnr KS 2026/297",
        "",
        sentence,
        "",
        "Justerare: Stina Wirsén",
    ]
    listed = ["Beslutande:", *[f"{n} ({p}), {r}" for n, p, r in MEMBERS]]

    def write(tmp: Path) -> Path:
        p = tmp / f"vimby_kommunstyrelsen_2026-09-17_protokoll.{fmt}"
        if fmt == "txt":
            p.write_text("\n".join([*head, *listed, *body]) + "\n", encoding="utf-8")
        elif fmt == "html":
            rows = "".join(f"<tr><td>{n}</td><td>{pa}</td><td>{r}</td></tr>" for n, pa, r in MEMBERS)
            p.write_text(
                "<html><body><main>"
                + "".join(f"<p>{html.escape(x)}</p>" for x in head if x)
                + "<p>Närvarande ledamöter</p><table><tr><th>Namn</th><th>Parti</th><th>Uppdrag</th></tr>"
                + rows
                + "</table>"
                + "".join(f"<p>{html.escape(x)}</p>" for x in body if x)
                + "</main></body></html>",
                encoding="utf-8",
            )
        elif fmt == "docx":
            doc = docx.Document()
            for x in head:
                if x:
                    doc.add_paragraph(x)
            doc.add_paragraph("Närvarande ledamöter")
            t = doc.add_table(rows=1, cols=3)
            for c, w in zip(t.rows[0].cells, ("Namn", "Parti", "Uppdrag"), strict=True):
                c.text = w
            for m in MEMBERS:
                cells = t.add_row().cells
                for c, w in zip(cells, m, strict=True):
                    c.text = w
            for x in body:
                if x:
                    doc.add_paragraph(x)
            doc.save(str(p))
        else:
            pdf = FPDF(unit="mm", format="A4")
            pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
            pdf.add_page()
            pdf.set_font("S", size=9)
            for i, x in enumerate([*head, *listed, *body]):
                pdf.text(15, 20 + 5 * i, x)
            p.write_bytes(bytes(pdf.output()))
        return p

    return write


def variants() -> list[Variant]:
    return [
        Variant(f"{fmt}/{c}", c, _write(fmt, s))
        for c, (s, _) in CASES.items()
        for fmt in ("txt", "pdf", "docx", "html")
    ]


def result(v: Variant, tmp: Path) -> tuple[bool, set[tuple[str, str]]]:
    ex = extract_file(v.write(tmp))
    got = {
        (a.person or a.party or "", a.kind) for it in ex.items for a in it.actions if a.kind != "justerare"
    }
    return got == CASES[v.case][1], got


if __name__ == "__main__":  # count: PYTHONPATH=$PWD:tests python tests/partyname17_probe.py
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
