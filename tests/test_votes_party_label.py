"""A probe: a voteringslista whose "Parti" label stands a word space from "Tjänstgörande ersättare".

A kommunfullmäktige prints its roll call as "Ledamot  Parti  Tjänstgörande ersättare  Parti  Ja  Nej
Avstår", the member's party column narrow, so its label sits one word space from the ersättare's; the
ersättare who serves votes in the member's row. The same list in several markups: a PDF drawn with
DejaVu (the labels set tight, the labels set apart, the tight list over a page break with the header
repeated), the text a layout export gives, and a Word table. Every vote is read, the ersättare's in the
row where they serve. Every name and number is invented.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"
#: (member, party, serving ersättare or "", vote of whoever votes in the row)
ROWS = [
    ("Stina Holmqvist", "S", "", "ja"),
    ("Bertil Aronsson", "S", "", "ja"),
    ("Gunnel Sandin", "S", "Rolf Ekdahl", "ja"),
    ("Mona Strand", "S", "", "ja"),
    ("Olle Wiklander", "M", "", "ja"),
    ("Kerstin Nyhage", "M", "Arvid Brodd", "ja"),
    ("Lena Rosvall", "M", "", "avstår"),
    ("Tord Hägglund", "SD", "", "nej"),
    ("Åsa Lindfors", "SD", "Kjell Norrby", "nej"),
    ("Jonas Brattström", "SD", "", "nej"),
    ("Ylva Kronqvist", "C", "", "ja"),
    ("Henrik Dalhem", "V", "", "nej"),
]
WANT = sorted((sub or member, vote) for member, _, sub, vote in ROWS)
HEADER = ["Ledamot", "Parti", "Tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"]
BEFORE = [
    "Vimby kommun PROTOKOLL",
    "Kommunfullmäktige 2026-10-26",
    "",
    "§ 83 Svar på motion om närproducerade livsmedel",
    "KS/2026:88",
    "Kommunstyrelsens förslag",
    "Motionen anses besvarad.",
    "Propositionsordning",
    "Omröstning begärs. Den som vill bifalla kommunstyrelsens förslag röstar Ja. Den som vill bifalla",
    "motionen röstar Nej.",
    "Omröstningsresultat",
    "Med 7 ja-röster mot 4 nej-röster, 1 ledamot avstår, beslutar kommunfullmäktige enligt",
    "kommunstyrelsens förslag. Voteringslista, se nedan.",
    "",
    "Voteringslista § 83",
]
AFTER = ["", "Kommunfullmäktiges beslut", "Motionen anses besvarad.", "", "§ 84 Delårsrapport", "Godkänd."]


def _cells(member: str, party: str, sub: str, vote: str) -> list[str]:
    marks = ["X" if vote == v else "" for v in ("ja", "nej", "avstår")]
    return [member, party, sub, party if sub else "", *marks]


def _total() -> list[str]:
    return ["Summa", "", "", "", *(str(sum(r[3] == v for r in ROWS)) for v in ("ja", "nej", "avstår"))]


def _pdf(path: Path, *, tight: bool, break_after: int = 0) -> None:
    """The list drawn at positions; `tight`: "Parti" one word space before "Tjänstgörande ersättare" and
    the ersättare's "Parti" one word space after it and before "Ja";
    `break_after`: the page ends after this many rows and the next repeats the header (0: no break)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_page()
    pdf.set_font("S", size=9.5)
    # tight: each "Parti" one word space before the next label, as a narrow party column prints it
    space = pdf.get_string_width("Parti ") if tight else pdf.get_string_width("Parti") + 24
    sub = 195.0 + space
    after = pdf.get_string_width(" ") if tight else 24
    party = sub + pdf.get_string_width("Tjänstgörande ersättare") + after
    cols = [70.0, 195.0, sub, party, party + space, party + space + 35, party + space + 70]
    y = 60.0
    for line in BEFORE:
        pdf.text(70, y, line)
        y += 14

    def row(texts: list[str]) -> None:
        nonlocal y
        for x, t in zip(cols, texts, strict=True):
            if t:
                pdf.text(x, y, t)
        y += 13

    row(HEADER)
    for k, r in enumerate(ROWS):
        if break_after and k == break_after:
            pdf.text(70, 800, "Ordförandes sign: ........   Justerandes sign: ........")
            pdf.add_page()
            y = 60.0
            row(HEADER)
        row(_cells(*r))
    row(_total())
    for line in AFTER:
        pdf.text(70, y, line)
        y += 14
    pdf.output(str(path))


def _text(path: Path) -> None:
    widths = [20, 6, 26, 6, 6, 6, 6]
    lines = ["".join(t.ljust(w) for t, w in zip(c, widths, strict=True)).rstrip() for c in
             [HEADER, *(_cells(*r) for r in ROWS), _total()]]  # fmt: skip
    path.write_text("\n".join([*BEFORE, *lines, *AFTER]) + "\n", encoding="utf-8")


def _docx(path: Path) -> None:
    doc = docx.Document()
    for line in BEFORE:
        doc.add_paragraph(line)
    rows = [HEADER, *(_cells(*r) for r in ROWS), _total()]
    table = doc.add_table(rows=len(rows), cols=len(HEADER))
    for i, cells in enumerate(rows):
        for j, t in enumerate(cells):
            table.cell(i, j).text = t
    for line in AFTER:
        doc.add_paragraph(line)
    doc.save(str(path))


MARKUPS = {
    "pdf, Parti a word space from the ersättare": ("pdf", lambda p: _pdf(p, tight=True)),
    "pdf, labels apart": ("pdf", lambda p: _pdf(p, tight=False)),
    "pdf, tight, over a page break": ("pdf", lambda p: _pdf(p, tight=True, break_after=8)),
    "text export": ("txt", _text),
    "Word table": ("docx", _docx),
}


def votes(name: str, tmp: Path) -> list[tuple[str, str]]:
    suffix, make = MARKUPS[name]
    path = tmp / f"vimby_kommunfullmaktige_2026-10-26_protokoll.{suffix}"
    make(path)
    ex = extract_file(path)
    return sorted((v.person, v.vote) for it in ex.items for v in it.votes)


@pytest.mark.parametrize("name", list(MARKUPS))
def test_the_voteringslista_reads_every_vote(name: str, tmp_path: Path) -> None:
    assert votes(name, tmp_path) == WANT


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        ok = 0
        for k in MARKUPS:
            got = votes(k, Path(d))
            ok += got == WANT
            print(k, "ok" if got == WANT else f"{len(set(got) & set(WANT))}/{len(WANT)} {got}")
        print(ok, len(MARKUPS))
