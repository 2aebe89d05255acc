"""Groups of the attendance list in notes are no points (session 13).

Notes of a råd list who came in groups, each under a heading set as the points' headings are: "Från
Region Västerbotten", "Tjänstepersoner", "Pensionärsorganisationerna", "Från förvaltningen". A heading
over nothing but lines of names ("Anna Ek, PRO", "• Lena Holm (S), ordförande") before the first point is
part of the attendance list. Each case sets the same five points after such groups in another markup
(Word bold, Word heading styles, markdown, plain capitals); the last cases keep a point whose text is one
name ("Val av justerare") and a list of new members under a point after the first. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest

from indexer.extract import extract_file

_POINTS = [
    ("Mötets öppnande", "Ordföranden hälsade välkommen och öppnade mötet."),
    ("Vårdplatsläget", "Hälso- och sjukvårdsdirektör Eva Lind berättade om läget på sjukhusen."),
    ("Tandvård för äldre", "Rådet diskuterade tandvården och ställde frågor."),
    ("Övriga frågor", "Inga övriga frågor togs upp."),
    ("Nästa möte", "Nästa möte hålls den 12 februari 2027."),
]
_MEMBERS = ["Anna Ek (S), ordförande", "Karl Berg, SPF Seniorerna", "Maria Öhlund, PRO distrikt"]
_STAFF = ["Eva Lind, hälso- och sjukvårdsdirektör (punkt 2)", "Per Strand, handläggare, sekreterare"]

#: (the first group's heading, the second's): the second is the one no cover word names
_GROUPS = {
    "region": ("Närvarande", "Från Region Västerbotten"),
    "officials": ("Ledamöter", "Tjänstepersoner"),
    "organisations": ("Pensionärsorganisationerna", "Från förvaltningen"),
    "invited": ("Närvarande", "Inbjudna"),
    "adjungerade": ("Deltagare", "Adjungerade"),
}


def _bold(d: Any, text: str) -> None:
    d.add_paragraph().add_run(text).bold = True


def _docx(tmp_path: Path, name: str, heads: tuple[str, str], *, styled: bool, bullets: bool) -> Path:
    d = docx.Document()
    _bold(d, "Minnesanteckningar från Regionala pensionärsrådet")
    d.add_paragraph("Datum: 2026-11-20, kl. 09.30–12.00")
    d.add_paragraph("Plats: Regionens hus, Umeå")

    def head(text: str) -> None:
        d.add_heading(text, 2) if styled else _bold(d, text)

    for title, people in zip(heads, (_MEMBERS, _STAFF), strict=True):
        head(title)
        for line in people:
            d.add_paragraph(line, style="List Bullet") if bullets else d.add_paragraph(line)
    d.add_paragraph("Förhinder: Lennart Forsman, SPF Seniorerna")
    for title, text in _POINTS:
        head(title)
        d.add_paragraph(text)
    path = tmp_path / f"region-test_regionala-pensionarsradet_2026-11-20_minnesanteckningar_{name}.docx"
    d.save(str(path))
    return path


def _text(tmp_path: Path, name: str, heads: tuple[str, str], *, markup: str) -> Path:
    def head(text: str) -> str:
        return {"md": f"## {text}", "bold": f"**{text}**", "caps": text.upper()}[markup]

    lines = ["# Minnesanteckningar från Kommunala pensionärsrådet", "", "Datum: 2026-11-20", ""]
    for title, people in zip(heads, (_MEMBERS, _STAFF), strict=True):
        lines += [head(title), *(f"- {p}" if markup != "caps" else p for p in people), ""]
    for title, text in _POINTS:
        lines += [head(title), text, ""]
    ext = "txt" if markup == "caps" else "md"
    path = tmp_path / f"testkommun_kommunala-pensionarsradet_2026-11-20_minnesanteckningar_{name}.{ext}"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


_CASES = [
    *((f"docx_bold_{g}", g, "docx_bold") for g in _GROUPS),
    ("docx_styled_region", "region", "docx_styled"),
    ("docx_plain_lines_officials", "officials", "docx_plain"),
    ("md_region", "region", "md"),
    ("md_bold_organisations", "organisations", "bold"),
    ("caps_officials", "officials", "caps"),
]


@pytest.mark.parametrize(("name", "group", "markup"), _CASES)
def test_attendance_groups_are_no_points(tmp_path: Path, name: str, group: str, markup: str) -> None:
    heads = _GROUPS[group]
    if markup.startswith("docx"):
        path = _docx(tmp_path, name, heads, styled=markup == "docx_styled", bullets=markup != "docx_plain")
    else:
        path = _text(tmp_path, name, heads, markup=markup)
    ex = extract_file(path)
    # titles as printed: a heading set in capitals keeps its capitals
    got = [(it.number, it.title.casefold()) for it in ex.items]
    assert got == [(str(k + 1), t.casefold()) for k, (t, _) in enumerate(_POINTS)]


def test_a_point_of_one_name_and_a_later_list_stay_points(tmp_path: Path) -> None:
    d = docx.Document()
    _bold(d, "Minnesanteckningar från Regionala pensionärsrådet")
    d.add_paragraph("Datum: 2026-11-20")
    points = [
        ("Val av justerare", ["Anna Ek (S)"]),
        ("Nya ledamöter i rådet", ["Karl Berg, SPF Seniorerna", "Maria Öhlund, PRO distrikt"]),
        ("Övriga frågor", ["Inga övriga frågor togs upp."]),
    ]
    for title, lines in points:
        _bold(d, title)
        for line in lines:
            d.add_paragraph(line)
    path = tmp_path / "region-test_regionala-pensionarsradet_2026-11-20_minnesanteckningar.docx"
    d.save(str(path))
    ex = extract_file(path)
    assert [it.title for it in ex.items] == [t for t, _ in points]
