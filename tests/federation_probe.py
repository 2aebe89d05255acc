"""A probe: a kommunalförbund's minutes name their own organization, the same meeting in several markups.

A förbund (räddningstjänst, samordningsförbund, a shared water company's förbund) is governed by a
direktion, a förbundsstyrelse or förbundsfullmäktige, and its minutes are its own, not those of a
member kommun, though they meet in one ("Plats: Brandstationen, Lund") and name the members. The name
stands in the letterhead, in a header with the body ("Räddningstjänsten Vimbydalen – Protokoll –
Direktionen"), beside the body ("Direktionen, Räddningstjänsten Vimbydalen") or after it ("Förbundsstyrelsen
för Samordningsförbundet Norra Vimby"). Against them, a kommun's own minutes that name a förbund's direktion
in an item keep their kommun. Every name is invented; the kommuner are real places to meet in.
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
NAMES = [
    "Räddningstjänsten Vimbydalen",
    "Samordningsförbundet Norra Vimby",
    "Vimbydalens räddningstjänstförbund",
]
BODIES = ["Direktionen", "Förbundsstyrelsen", "Förbundsfullmäktige"]


def _head(style: str, name: str, body: str) -> list[str]:
    """The head lines of the minutes, the förbund's name placed per `style`."""
    if style == "dash_header":
        return [f"{name} – Protokoll – {body} 2026-05-20", "", "PROTOKOLL", body]
    if style == "comma_line":
        return ["PROTOKOLL", f"{body}, {name}"]
    if style == "for_line":
        return ["Protokoll", f"{body} för {name}"]
    return [name, "", "PROTOKOLL", body]  # letterhead


STYLES = ["dash_header", "comma_line", "for_line", "letterhead"]
MEETING = [
    "Datum: 2026-05-20",
    "Plats: Räddningsstation Lund, Kalkstensvägen 2, Lund",
    "",
    "Närvarande",
    "Anna Ek (S), ordförande, Lund",
    "Per Holm (M), Eslöv",
    "Eva Sund (C), Kävlinge",
    "",
    "Justerare: Per Holm (M)",
    "",
    "§ 1 Val av justerare",
    "Per Holm (M) utses att jämte ordföranden justera protokollet.",
    "",
    "§ 2 Årsredovisning 2025",
    "Förbundet redovisar ett resultat om 3 412 000 kr. Årsredovisningen överlämnas till medlemskommunerna",
    "Lund, Eslöv och Kävlinge.",
    "Beslut",
    "Årsredovisningen godkänns.",
]


def minutes(style: str, name: str, body: str) -> list[str]:
    return [*_head(style, name, body), "", *MEETING]


def kommun_minutes(name: str, body: str) -> list[str]:
    """A member kommun's minutes naming the förbund's body in an item: the kommun's own."""
    lines = ["Lunds kommun", "PROTOKOLL", "Kommunstyrelsen", "", *MEETING[:-8]]
    return [
        *lines,
        "§ 2 Årsredovisning 2025 för " + name,
        f"{body}, {name}, har godkänt årsredovisningen och överlämnat den till medlemskommunerna.",
        "Beslut",
        "Kommunstyrelsen föreslår kommunfullmäktige att bevilja ansvarsfrihet.",
    ]


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_page()
    pdf.set_font("S", size=10)
    for line in lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _docx(path: Path, lines: list[str], header: str | None) -> None:
    doc = docx.Document()
    if header:  # the header line printed on every page, as Word prints it
        doc.sections[0].header.paragraphs[0].text = header
    for line in lines:
        if line and line != header:
            doc.add_paragraph(line)
    doc.save(str(path))


def _html(path: Path, lines: list[str]) -> None:
    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines if x)
    path.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")


@dataclass
class Variant:
    name: str
    write: Callable[[Path], Path]
    want: str


def _writer(stem: str, suffix: str, lines: list[str]) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        p = tmp / f"{stem}.{suffix}"
        if suffix == "txt":
            p.write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif suffix == "pdf":
            p.write_bytes(_pdf(lines))
        elif suffix == "docx":
            _docx(p, lines, lines[0] if " – Protokoll – " in lines[0] else None)
        else:
            _html(p, lines)
        return p

    return write


def variants() -> list[Variant]:
    out = []
    for k, name in enumerate(NAMES):
        for body in BODIES:
            stem = f"forbund{k}_{body.lower()}_2026-05-20_protokoll"
            for style in STYLES:
                for suffix in ("txt", "pdf", "docx", "html"):
                    lines = minutes(style, name, body)
                    out.append(Variant(f"{suffix}/{style}/{body}/{k}", _writer(stem, suffix, lines), name))
            stem = f"lund_kommunstyrelsen_2026-05-{10 + k}_protokoll"
            for suffix in ("txt", "pdf"):
                lines = kommun_minutes(name, body)
                out.append(
                    Variant(f"{suffix}/kommun/{body}/{k}", _writer(stem, suffix, lines), "Lunds kommun")
                )
    return out


def organization(v: Variant, tmp: Path) -> str | None:
    return extract_file(v.write(tmp)).meta.organization


if __name__ == "__main__":  # count: PYTHONPATH=$PWD:tests python tests/federation_probe.py
    import tempfile

    vs = variants()
    ok = 0
    with tempfile.TemporaryDirectory() as tmp:
        for v in vs:
            got = organization(v, Path(tmp))
            ok += got == v.want
            if got != v.want:
                print("MISS", v.name, got)
    print(f"{ok}/{len(vs)}")
