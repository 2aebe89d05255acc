"""A probe: notes whose unnumbered points sit between an attendance group and a signature heading.

Notes set the cover's groups, the points and the signature block's heading all alike (bold, a Word
heading style, "## …"): "Närvarande" and a group "Tjänstepersoner" whose people run on in one paragraph,
set apart by semicolons ("Sofie Lund, folkhälsostrateg; Ahmed Karimi, analytiker; …"), then the points,
one of them a kind and its subject ("Rapport: Barns och ungas hälsa"), then "Justeras" over the signatures.
The group is the cover's (`indexer.segment.attendance_groups`), "Rapport: …" a point, and "Justeras" ends
the last point (`indexer.segment.headings`): five points, numbered 1–5 by their order. The same notes in
four markups (markdown, a PDF's bold lines, Word bold paragraphs, Word heading styles), with two group
names and two signature headings. Every name and matter is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"
_COVER = [
    "Minnesanteckningar från Folkhälsoberedningen",
    "Datum och tid: 9 februari 2026, kl. 09.00–11.30",
    "Plats: Regionhuset, sal Åsen",
]
_MEMBERS = (
    "Jenny Ask (M), ordförande; Sven Lind (S), vice ordförande; Birgitta Ståhl (KD); Omar Said (S); "
    "Karolina Wendt (SD); Tove Holm (C)"
)
_STAFF = (
    "Sofie Lund, folkhälsostrateg; Ahmed Karimi, analytiker; Elsa Norén, nämndsekreterare, vid anteckningarna"
)
POINTS = [
    ("Mötets öppnande", "Ordföranden Jenny Ask hälsar välkommen och öppnar mötet."),
    (
        "Folkhälsopolitiskt program 2026–2030 – dialog med kommunerna",
        "Folkhälsostrateg Sofie Lund berättar om dialogerna med kommunerna i länet.",
    ),
    (
        "Rapport: Barns och ungas hälsa i Skogslands län",
        "Analytiker Ahmed Karimi presenterar rapporten om den psykiska hälsan bland unga.",
    ),
    ("Övriga frågor", "Birgitta Ståhl (KD) ställer en fråga om ensamhet bland äldre."),
    ("Nästa möte", "Nästa möte hålls den 13 april 2026."),
]
EXPECTED = [(str(k), t) for k, (t, _) in enumerate(POINTS, 1)]
_SIGNERS = ["Jenny Ask, ordförande", "Sven Lind, vice ordförande"]
#: (group heading, signature heading) of each variant.
VARIANTS = {
    "Tjänstepersoner / Justeras": ("Tjänstepersoner", "Justeras"),
    "Från förvaltningen / Vid anteckningarna": ("Från förvaltningen", "Vid anteckningarna"),
}


def _blocks(group: str, closing: str) -> list[tuple[bool, str]]:
    """The notes as (is a heading, text) after the cover."""
    out = [(True, "Närvarande"), (False, _MEMBERS), (True, group), (False, _STAFF)]
    for title, text in POINTS:
        out += [(True, title), (False, text)]
    return [*out, (True, closing), *((False, s) for s in _SIGNERS)]


def _markdown(path: Path, group: str, closing: str) -> None:
    out = [f"# {_COVER[0]}", "", *_COVER[1:], ""]
    for head, text in _blocks(group, closing):
        out += [f"## {text}" if head else text, ""]
    path.write_text("\n".join(out), encoding="utf-8")


def _pdf(path: Path, group: str, closing: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("S", "", 9)
    pdf.cell(0, 5, "SKOGSLANDS REGION          MINNESANTECKNINGAR", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for k, line in enumerate(_COVER):
        pdf.set_font("S", "B" if k == 0 else "", 12 if k == 0 else 10)
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for head, text in _blocks(group, closing):
        if head:
            pdf.ln(3)
        pdf.set_font("S", "B" if head else "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _docx(path: Path, group: str, closing: str, styled: bool) -> None:
    doc = docx.Document()
    doc.add_heading(_COVER[0], level=1) if styled else doc.add_paragraph(_COVER[0]).runs[0].__setattr__(
        "bold", True
    )
    for line in _COVER[1:]:
        doc.add_paragraph(line)
    for head, text in _blocks(group, closing):
        if head and styled:
            doc.add_heading(text, level=2)
        elif head:
            doc.add_paragraph().add_run(text).bold = True
        else:
            doc.add_paragraph(text)
    doc.save(path)


MARKUPS: dict[str, tuple[str, Callable[[Path, str, str], None]]] = {
    "markdown": ("md", _markdown),
    "pdf, bold lines": ("pdf", _pdf),
    "docx, bold paragraphs": ("docx", lambda p, g, c: _docx(p, g, c, styled=False)),
    "docx, heading styles": ("docx", lambda p, g, c: _docx(p, g, c, styled=True)),
}
CASES = [(m, v) for m in MARKUPS for v in VARIANTS]


def extract(markup: str, variant: str, tmp: Path) -> list[tuple[str | None, str]]:
    """The probe in one markup and variant, extracted: (number, title) per item."""
    suffix, write = MARKUPS[markup]
    path = tmp / f"skogsland_folkhalsoberedningen_2026-02-09_minnesanteckningar.{suffix}"
    write(path, *VARIANTS[variant])
    return [(it.number, it.title) for it in extract_file(path).items]


@pytest.mark.parametrize(("markup", "variant"), CASES)
def test_points_between_an_attendance_group_and_the_signatures(
    markup: str, variant: str, tmp_path: Path
) -> None:
    assert extract(markup, variant, tmp_path) == EXPECTED


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        right = points = 0
        for m, v in CASES:
            got = extract(m, v, Path(d))
            right += got == EXPECTED
            points += sum(1 for a, b in zip(got, EXPECTED, strict=False) if a == b)
            print(f"{m:24} {v:42} {'right' if got == EXPECTED else 'WRONG'} (items {len(got)})")
            if "-v" in sys.argv and got != EXPECTED:
                for g in got:
                    print("   ", g)
        print(f"right {right}/{len(CASES)}; points in place {points}/{len(CASES) * len(EXPECTED)}")
