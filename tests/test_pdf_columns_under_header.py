"""A probe: paragraphs in two text columns under a page header whose middle word stands over the gutter.

"SKOGSLANDS REGION⇥Protokoll⇥Sida 2 (3)": the header's middle cell crosses the x band between the columns
(`indexer.read.pdf_text_columns`). The gutter must be sought below the header, where the columns are;
sought from the header, it lies beside the true one, the columns' ragged lines close it early and the
page is read in bands (the left column's top, the right column's top, then the rest of each), which cuts
a paragraph that begins at the left column's foot from its text at the right column's top. A title set in
the narrow column also breaks inside a name ("Månadsrapport mars 2026 för Region" / "Skogsland") right
over its first section word: the name's last word is the title's. Three PDF markups (the right column's
lines level with the left's or off them, the page header's middle word in capitals or not) and a text
export of the same pages read column by column. Every name and matter is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from indexer.extract import extract_file
from tests.paragraph_scores import Got, score_paragraphs

_FONTS = "/usr/share/fonts/truetype/dejavu/"

_SUMMARY = (
    "Ekonomidirektören redogör för rapporten. Resultatet efter mars uppgår till minus 98 miljoner kronor, "
    "vilket är 40 miljoner kronor sämre än budget. Underskottet förklaras främst av ökade kostnader för "
    "inhyrd personal inom hälso- och sjukvården och för läkemedel under årets första kvartal."
)
#: (number, case number, title lines, [(section word, text)]) of each paragraph.
PARAGRAPHS: list[tuple[int, str, list[str], list[tuple[str, str]]]] = [
    (
        11,
        "",
        ["Val av justerare och tid för justering"],
        [
            ("Beslut", "Regionstyrelsen utser Lena Falk (S) och Nils Ahl (M) att justera dagens protokoll."),
        ],
    ),
    (
        12,
        "2026-00087",
        ["Månadsrapport mars 2026 för Region", "Skogsland"],
        [
            ("Beslut", "Regionstyrelsen godkänner månadsrapporten för mars."),
            ("Sammanfattning", _SUMMARY),
            (
                "Yrkanden",
                "Ordföranden yrkar bifall till förslaget. Maja Ek (S) och Per Ulv (S) yrkar att"
                " regionstyrelsen dessutom ska ge regiondirektören i uppdrag att redovisa en plan.",
            ),
        ],
    ),
    (
        13,
        "2026-00112",
        ["Remissvar – gemensam strategi för", "kollektivtrafik i Skogslands och Åsens län", "2027–2035"],
        [
            ("Beslut", "Regionstyrelsen antar förslaget till remissvar."),
            (
                "Sammanfattning",
                "Region Åsen har bjudit in regionen att lämna synpunkter på en gemensam strategi"
                " för kollektivtrafiken över länsgränsen, med ökad turtäthet på banan och nya busslinjer.",
            ),
        ],
    ),
    (
        14,
        "2025-01311",
        ["Motion från Ove Sand (V) om fria mensskydd för", "unga i regionens ungdomsmottagningar"],
        [
            ("Förslag till regionfullmäktige", "Motionen avslås."),
            (
                "Sammanfattning",
                "Motionären föreslår att regionen ska erbjuda fria mensskydd vid samtliga"
                " ungdomsmottagningar. Nämnden har yttrat sig och avstyrkt motionen.",
            ),
        ],
    ),
]
EXPECTED = [(f"§{n}", " ".join(t), [d] if d else []) for n, d, t, _ in PARAGRAPHS]
OWN_TEXT = {
    "§11": "att justera dagens protokoll",
    "§12": "ökade kostnader för inhyrd personal",
    "§13": "antar förslaget till remissvar",
    "§14": "Motionen avslås",
}
_TOP, _LEAD, _COLUMNS = 40.0, 5.0, [(20.0, 78.0), (106.0, 84.0)]


def _pdf_lines(pdf: FPDF, width: float) -> list[tuple[str, str]]:
    """The paragraphs as (style, line), wrapped to `width`; ("gap", "") after each."""
    out: list[tuple[str, str]] = []
    for number, dnr, title, sections in PARAGRAPHS:
        out += [("", "Paragraf\tDnr"), ("", f"§ {number}\t{dnr}"), *(("B", t) for t in title)]
        for word, text in sections:
            out.append(("B", word))
            pdf.set_font("S", "", 9)
            line = ""
            for w in text.split():
                if line and pdf.get_string_width(f"{line} {w}") > width:
                    out.append(("", line))
                    line = w
                else:
                    line = f"{line} {w}".strip()
            out.append(("", line))
        out.append(("gap", ""))
    return out


def _pdf(path: Path, *, shift: float = 0.0, middle: str = "Protokoll", bottom: float = 150.0) -> None:
    """The paragraphs flowed down the left column to `bottom`, then on at the right column's top."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("S", "", 9)
    pdf.text(20, 15, "SKOGSLANDS REGION")
    # The middle cell begins a little left of where the left column's longest lines end, over the gutter.
    pdf.text(_COLUMNS[0][0] + _COLUMNS[0][1] - 5, 15, middle)
    pdf.text(172, 15, "Sida 2 (3)")
    pdf.text(20, 20, "Regionstyrelsen")
    pdf.text(172, 20, "2026-04-21")
    col, y = 0, _TOP
    for style, line in _pdf_lines(pdf, _COLUMNS[0][1] - 2):
        if y > bottom and col == 0 and style != "gap":
            col, y = 1, _TOP
        if style == "gap":
            y += _LEAD
            continue
        x = _COLUMNS[col][0]
        pdf.set_font("S", style, 9)
        dy = shift if col else 0.0
        if "\t" in line:
            left, right = line.split("\t")
            pdf.text(x, y + dy, left)
            pdf.text(x + 18, y + dy, right)
        else:
            pdf.text(x, y + dy, line)
        y += _LEAD
    pdf.set_font("S", "", 8)
    pdf.text(20, 285, "Justerare")
    pdf.text(160, 285, "Utdragsbestyrkande")
    pdf.output(str(path))


def _text(path: Path) -> None:
    """A text export of the same page, read column by column."""
    out = ["SKOGSLANDS REGION\tProtokoll\tSida 2 (3)", "Regionstyrelsen\t2026-04-21", ""]
    for number, dnr, title, sections in PARAGRAPHS:
        out += ["Paragraf\tDnr", f"§ {number}\t{dnr}".rstrip(), *title]
        for word, text in sections:
            out += [word, text]
        out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


MARKUPS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "pdf, lines level": ("pdf", lambda p: _pdf(p)),
    "pdf, right column's lines off the left's": ("pdf", lambda p: _pdf(p, shift=2.4)),
    "pdf, header's middle word in capitals": ("pdf", lambda p: _pdf(p, middle="SAMMANTRÄDESPROTOKOLL")),
    "text export": ("txt", _text),
}


def extract(markup: str, tmp: Path) -> list[tuple[str | None, str, list[str], str]]:
    """The probe in one markup, extracted: (number, title, case numbers, text) per item."""
    suffix, write = MARKUPS[markup]
    path = tmp / f"skogsland_regionstyrelsen_2026-04-21_protokoll.{suffix}"
    write(path)
    return [
        (it.number, it.title, it.diarienummer, " ".join(it.text.split())) for it in extract_file(path).items
    ]


def score(got: Got) -> tuple[int, int, int, int]:
    """(right numbers, right titles, right case numbers, items holding their own text and no other's)."""
    return score_paragraphs(got, EXPECTED, OWN_TEXT)


@pytest.mark.parametrize("markup", list(MARKUPS))
def test_columns_under_a_centred_header_keep_their_paragraphs(markup: str, tmp_path: Path) -> None:
    got = extract(markup, tmp_path)
    assert [(n, t, d) for n, t, d, _ in got] == EXPECTED
    assert score(got) == (4, 4, 4, 4)


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for m in MARKUPS:
            got = extract(m, Path(d))
            print(f"{m:44} numbers/titles/dnr/text {score(got)} of 4 (items {len(got)})")
            if "-v" in sys.argv:
                for g in got:
                    print("   ", g[:3])
