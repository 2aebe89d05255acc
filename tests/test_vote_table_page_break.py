"""A probe: a named vote table that a page break splits, its header printed once.

A nämnd's protocol prints "Ledamot  Ja  Nej  Avstår" and the voters' marks under it; the page ends after
one row or a few, and the next page goes on with the rows without the header. Layouts Swedish protocols
share: the § and its case number in a narrow left column beside the text, the page break repeated there
("§ 64" / "forts."), or one column of text; the table set with drawn cells or with bare text. Each mark
stays under its column on both pages. Every name and number is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from indexer.extract import extract_file

VOTERS = [
    ("Stefan Holm", "S", "ja"),
    ("Ola Bengtsson", "M", "nej"),
    ("Ingrid Kvist", "C", "ja"),
    ("Per Nilsson", "KD", "nej"),
    ("Marianne Dahl", "S", "ja"),
    ("Kent Ljungberg", "SD", "nej"),
    ("Sofie Ahl", "S", "ja"),
    ("Lars Fjäll", "SD", "avstår"),
    ("Annika Rudh", "V", "ja"),
]
WANT = sorted((f"{n}", v) for n, _, v in VOTERS)
PROSE = [
    "Ärendebeskrivning",
    "Ansökan avser ett fritidshus om 95 kvm cirka 40 meter från strandlinjen.",
    "Förvaltningen föreslår avslag.",
    "",
    "Yrkanden",
    "Kent Ljungberg (SD) yrkar bifall till ansökan.",
    "Stefan Holm (S) yrkar bifall till förvaltningens förslag.",
    "",
    "Beslutsgång",
    "Ordföranden ställer förslagen mot varandra. Votering begärs. Den som bifaller",
    "förvaltningens förslag röstar Ja. Den som bifaller Kent Ljungbergs yrkande röstar Nej.",
    "",
    "Omröstningsresultat",
]


def _pdf(path: Path, *, margin: bool, before_break: int, cells: bool) -> None:
    """A protocol whose § 64 vote table breaks after `before_break` rows; `margin`: the § and "forts."
    in a left column with the text beside it; `cells`: the table drawn with bordered cells."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    x = 60.0 if margin else 20.0
    cols = [x, x + 50, x + 65, x + 80]  # Ledamot, Ja, Nej, Avstår

    def page() -> float:
        pdf.add_page()
        pdf.set_font("helvetica", size=9)
        pdf.text(20, 12, "VIMBY KOMMUN   PROTOKOLL   Samhällsbyggnadsnämnden   2026-05-06")
        pdf.text(20, 287, "Justerares signatur                                    Utdragsbestyrkande")
        pdf.set_font("helvetica", size=10)
        return 30.0

    def row(y: float, texts: list[str]) -> None:
        for k, t in enumerate(texts):
            if cells:
                pdf.set_xy(cols[k], y - 4)
                pdf.cell((cols[k + 1] if k + 1 < len(cols) else cols[k] + 15) - cols[k], 5.5, t, border=1)
            elif t:
                pdf.text(cols[k] + (4 if k else 0), y, t)

    y = page()
    pdf.set_font("helvetica", style="B", size=11)
    pdf.text(20, y, "§ 63")
    pdf.text(x, y, "Verksamhetsinformation")
    pdf.set_font("helvetica", size=10)
    pdf.text(x, y + 6, "Samhällsbyggnadschef Jörgen Sand informerar om läget.")
    y += 16
    pdf.set_font("helvetica", style="B", size=11)
    pdf.text(20, y, "§ 64")
    pdf.text(x, y, "Strandskyddsdispens för fritidshus på Fågelvik 1:23")
    pdf.set_font("helvetica", size=10)
    if margin:
        pdf.text(20, y + 5, "Dnr SBN 2026/98")
    y += 10
    # push the table to the foot of the page: filler prose, then the header and the first rows
    while y < 262 - 6 * (before_break + 1) - 6 * len(PROSE):
        pdf.text(x, y, "Förvaltningen har berett ärendet och redovisar sin bedömning nedan.")
        y += 6
    for line in PROSE:
        if line:
            pdf.text(x, y, line)
        y += 6
    row(y, ["Ledamot", "Ja", "Nej", "Avstår"])
    y += 6
    for k, (name, party, vote) in enumerate(VOTERS):
        if k == before_break:
            y = page()
            if margin:
                pdf.set_font("helvetica", style="B", size=11)
                pdf.text(20, y, "§ 64")
                pdf.set_font("helvetica", size=10)
                pdf.text(20, y + 6, "forts.")
        marks = ["X" if vote == v else "" for v in ("ja", "nej", "avstår")]
        row(y, [f"{name} ({party})", *marks])
        y += 6
    counts = [sum(v == w for _, _, v in VOTERS) for w in ("ja", "nej", "avstår")]
    row(y, ["Resultat", *(str(c) for c in counts)])
    y += 10
    pdf.text(x, y, "Beslut")
    pdf.text(x, y + 6, "Nämnden avslår ansökan.")
    pdf.set_font("helvetica", style="B", size=11)
    pdf.text(20, y + 16, "§ 65")
    pdf.text(x, y + 16, "Redovisning av delegationsbeslut")
    pdf.set_font("helvetica", size=10)
    pdf.text(x, y + 22, "Redovisningen läggs till handlingarna.")
    pdf.output(str(path))


VARIANTS = {
    f"{'margin' if m else 'single'}_{'cells' if c else 'text'}_break{b}": (m, b, c)
    for m in (True, False)
    for c in (False, True)
    for b in (1, 3)
}


def votes(name: str, tmp: Path) -> list[tuple[str, str]]:
    margin, before_break, cells = VARIANTS[name]
    p = tmp / f"{name}.pdf"
    _pdf(p, margin=margin, before_break=before_break, cells=cells)
    ex = extract_file(p)
    return sorted((v.person, v.vote) for it in ex.items for v in it.votes)


@pytest.mark.parametrize("name", list(VARIANTS))
def test_a_vote_table_split_by_a_page_break_keeps_every_mark_in_its_column(name: str, tmp_path: Path) -> None:
    assert votes(name, tmp_path) == WANT


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        ok = 0
        for k in VARIANTS:
            got = votes(k, Path(d))
            ok += got == WANT
            print(k, "ok" if got == WANT else f"{len(set(got) & set(WANT))}/{len(WANT)} {got}")
        print(ok, len(VARIANTS))
