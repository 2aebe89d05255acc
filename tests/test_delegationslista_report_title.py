"""A delegationslista whose page header names the report by a dash ("Delegationsbeslut – redovisning").

A case system prints its list under a running head of the kommun's name and the report's title, the
title a word for what the report is after a dash ("Delegationsbeslut – redovisning", "Delegationslista -
sammanställning", "Delegationsbeslut – rapport"); the cover below names the body the decisions are
reported to ("Delegationsbeslut anmälda till socialnämnden", "Redovisning av delegationsbeslut till
…", "Anmäls vid socialnämndens sammanträde …"). The word after the dash is no body: the organ is the
body the cover names. Each case as a PDF (the head set as two columns on every page) and as plain text.
Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from indexer.extract import extract_file

_HEADS = [
    "Delegationsbeslut – redovisning",
    "Delegationslista - sammanställning",
    "Delegationsbeslut – rapport",
]
_COVERS = [
    "Delegationsbeslut anmälda till socialnämnden",
    "Redovisning av delegationsbeslut till socialnämnden",
    "Anmäls vid socialnämndens sammanträde den 25 november 2026",
]
_ROWS = [
    ("2026-10-02", "SN 2026/0412", "Beslut om bistånd enligt 4 kap. 1 § SoL", "Anna Ek, handläggare"),
    ("2026-10-09", "SN 2026/0419", "Avslag på ansökan om färdtjänst", "Bo Lind, enhetschef"),
    ("2026-10-20", "SN 2025/0991", "Yttrande till förvaltningsrätten", "Eva Berg, socialchef"),
]
_COLUMNS = (20, 50, 85, 200)


def _pages(head: str, cover: str) -> list[list[tuple[float, float, str]]]:
    pages = []
    for n in (1, 2):
        page = [
            (15, 12, "SIGBY KOMMUN"),
            (170, 12, head),
            (15, 18, f"Sida {n} av 2"),
            (15, 24, "Socialförvaltningen"),
        ]
        y = 32.0
        if n == 1:
            page += [
                (15, 32, cover),
                (15, 38, "Sammanträde: Socialnämnden 2026-11-25"),
                (15, 44, "Period: 2026-10-01 – 2026-10-31"),
            ]
            y = 52.0
        header = ("Beslutsdatum", "Diarienummer", "Ärende", "Delegat")
        page += [(x, y, t) for x, t in zip(_COLUMNS, header, strict=True)]
        for k, row in enumerate(_ROWS):
            page += [(x, y + 6 * (k + 1), t) for x, t in zip(_COLUMNS, row, strict=True)]
        pages.append(page)
    return pages


def _pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    pdf = FPDF(unit="mm", format="A4", orientation="L")
    pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    for texts in pages:
        pdf.add_page()
        pdf.set_font("dejavu", size=9)
        for x, y, text in texts:
            pdf.text(x, y, text)
    return bytes(pdf.output())


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
@pytest.mark.parametrize("cover", range(len(_COVERS)))
@pytest.mark.parametrize("head", range(len(_HEADS)))
def test_organ_is_the_body_reported_to(tmp_path: Path, head: int, cover: int, fmt: str) -> None:
    pages = _pages(_HEADS[head], _COVERS[cover])
    path = tmp_path / f"sigby_socialforvaltningen_2026-11-02_delegationslista_{head}{cover}.{fmt}"
    if fmt == "pdf":
        path.write_bytes(_pdf(pages))
    else:
        text = "\f".join(
            "\n".join(
                "   ".join(t for _x, yy, t in page if yy == y) for y in sorted({yy for _x, yy, _t in page})
            )
            for page in pages
        )
        path.write_text(text + "\n", encoding="utf-8")
    ex = extract_file(path)
    assert (ex.meta.organ, ex.meta.date, ex.meta.doc_type) == (
        "Socialnämnden",
        "2026-11-25",
        "delegationslista",
    )
