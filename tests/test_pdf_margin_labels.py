"""A probe: paragraphs whose section words stand in a margin column, each beside the text it heads.

"BN § 32⇥Detaljplan för …" with the title beside the § number, then "Beslut⇥Nämnden antar …",
"Ärendebeskrivning⇥…", "Omröstnings-" / "resultat⇥…" with the label at the left margin and the text in a
wide column to its right (Formpipe Evolution's layout, and others'). The left column holds section words
only: it is no side heading of a title and a case number (`indexer.read.pdf_side_headings`), and read row
by row each word stays beside its text. The same four paragraphs in three PDF markups (the § number with
a series or without, labels plain or bold, a title over two lines, its bracket of case numbers broken
between them) and as a text export. Every name and matter is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from indexer.extract import extract_file
from tests.paragraph_scores import Got, score_paragraphs

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: (number, title lines, [(label lines, text lines)]) of each paragraph.
PARAGRAPHS: list[tuple[int, list[str], list[tuple[list[str], list[str]]]]] = [
    (31, ["Val av justerare"], [(["Beslut"], ["Nämnden utser Greta Holm (C) att justera protokollet."])]),
    (
        32,
        [
            "Detaljplan för del av Lunnarp 4:12 m.fl., bostäder vid",
            "Kvarnbacken – beslut om granskning (BN 2026-000045)",
        ],
        [
            (["Beslut"], ["Byggnadsnämnden godkänner planförslaget för granskning."]),
            (
                ["Ärendebeskrivning"],
                [
                    "Planarkitekt Tove Ring föredrar ärendet. Planen ger plats för ett trettiotal",
                    "bostäder i radhus och parhus väster om Kvarnbacken.",
                ],
            ),
            (["Yrkanden"], ["Olle Berg (V) yrkar avslag. Ordföranden yrkar bifall till förslaget."]),
            (["Omröstnings-", "resultat"], ["Med 6 ja-röster mot 3 nej-röster bifaller nämnden förslaget."]),
            (["Reservation"], ["Olle Berg (V) reserverar sig till förmån för eget yrkande."]),
        ],
    ),
    (
        33,
        ["Revidering av taxa för bygglov och anmälan (BN", "2026-000077, KS 2026/40)"],
        [
            (
                ["Beslut"],
                [
                    "1. Byggnadsnämnden föreslår kommunfullmäktige att anta reviderad taxa.",
                    "2. Nämnden begär att taxans effekter följs upp efter ett år.",
                ],
            ),
            (["Protokolls-", "anteckning"], ["Liberalerna lämnar en protokollsanteckning om taxans nivå."]),
        ],
    ),
    (
        34,
        ["Anmälan av delegationsbeslut"],
        [
            (["Beslut"], ["Anmälan godkänns."]),
            (
                ["Ärendebeskrivning"],
                ["Förteckning över delegationsbeslut i april:", "BN 2026-000101 Bygglov, carport"],
            ),
        ],
    ),
]
EXPECTED = [
    ("§31", "Val av justerare", []),
    (
        "§32",
        "Detaljplan för del av Lunnarp 4:12 m.fl., bostäder vid Kvarnbacken – beslut om granskning",
        ["BN 2026-000045"],
    ),
    ("§33", "Revidering av taxa för bygglov och anmälan", ["BN 2026-000077", "KS 2026/40"]),
    ("§34", "Anmälan av delegationsbeslut", []),
]
#: A phrase of each paragraph's text that must land in its item.
OWN_TEXT = {
    "§31": "att justera protokollet",
    "§32": "Med 6 ja-röster mot 3 nej-röster",
    "§33": "taxans effekter följs upp",
    "§34": "Anmälan godkänns",
}
_HEAD = ["LUNNARPS KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Byggnadsnämnden", "Datum 2026-05-20"]


def _pdf(path: Path, *, series: str, bold: bool, text_x: float) -> None:
    """The paragraphs with labels at x 20 mm and their text at `text_x`; `series` before "§"."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("S", "", 9)
    for k, line in enumerate(_HEAD):
        pdf.text(20 if k == 0 else 140, 15 + 5 * max(k - 1, 0), line)
    y = 40.0
    for number, title, sections in PARAGRAPHS:
        pdf.set_font("S", "B", 10)
        pdf.text(20, y, f"{series}§ {number}")
        for line in title:
            pdf.text(text_x, y, line)
            y += 5
        for labels, text in sections:
            pdf.set_font("S", "B" if bold else "", 10)
            for k, label in enumerate(labels):
                pdf.text(20, y + 5 * k, label)
            pdf.set_font("S", "", 10)
            for k, line in enumerate(text):
                pdf.text(text_x, y + 5 * k, line)
            y += 5 * max(len(labels), len(text)) + 3
        y += 6
    pdf.output(str(path))


def _text(path: Path) -> None:
    """The text export of the same page: a label and its text's first line on one line, a tab between."""
    out = [*_HEAD, ""]
    for number, title, sections in PARAGRAPHS:
        out += [f"BN § {number}\t{title[0]}", *title[1:]]
        for labels, text in sections:
            rows = max(len(labels), len(text))
            for k in range(rows):
                label = labels[k] if k < len(labels) else ""
                line = text[k] if k < len(text) else ""
                out.append(f"{label}\t{line}" if label else line)
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


MARKUPS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "pdf, series before §, plain labels": ("pdf", lambda p: _pdf(p, series="BN ", bold=False, text_x=62)),
    "pdf, § alone, bold labels": ("pdf", lambda p: _pdf(p, series="", bold=True, text_x=58)),
    "pdf, a wider label column": ("pdf", lambda p: _pdf(p, series="BN ", bold=True, text_x=70)),
    "text export": ("txt", _text),
}


def extract(markup: str, tmp: Path) -> list[tuple[str | None, str, list[str], str]]:
    """The probe in one markup, extracted: (number, title, case numbers, text) per item."""
    suffix, write = MARKUPS[markup]
    path = tmp / f"lunnarp_byggnadsnamnden_2026-05-20_protokoll.{suffix}"
    write(path)
    return [
        (it.number, it.title, [it.dnr_printed.get(k, k) for k in it.diarienummer], " ".join(it.text.split()))
        for it in extract_file(path).items
    ]


def score(got: Got) -> tuple[int, int, int, int]:
    """(right numbers, right titles, right case numbers, items holding their own text and no other's)."""
    return score_paragraphs(got, EXPECTED, OWN_TEXT)


@pytest.mark.parametrize("markup", list(MARKUPS))
def test_margin_labels_stay_beside_their_text(markup: str, tmp_path: Path) -> None:
    got = extract(markup, tmp_path)
    assert [(n, t) for n, t, _, _ in got] == [(n, t) for n, t, _ in EXPECTED]
    numbers, titles, _, text = score(got)
    # The case numbers are counted, not asserted: "(BN" / "2026-000077, …)" keeps its series on the title's
    # line, and the number under it is read bare (case numbers are `indexer.segment.dnr`'s concern).
    assert (numbers, titles, text) == (4, 4, 4)


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        for m in MARKUPS:
            got = extract(m, Path(d))
            print(f"{m:40} numbers/titles/dnr/text {score(got)} of 4 (items {len(got)})")
            if "-v" in sys.argv:
                for g in got:
                    print("   ", g[:3])
