"""A portal's agenda of numbered points, each a block whose number stands beside its title's heading,
then a heading "Informationsärenden" (or "Information") over points that print no number, each a
heading and its presenter. The unnumbered points go on with the count (5, 6 after 4), whatever the
blocks' tags, and the last numbered point's own lines (its case number under a label) stay its text.
Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_NUMBERED = [
    ("Val av justerare", None),
    ("Budget 2027", "KS 2026/00412"),
    ("Redovisning av delegationsbeslut", "KS 2026/00012"),
    ("Meddelanden", "KS 2026/00013"),
]
_INFO = [
    ("Information från kommundirektören", "Kommundirektör Sara Ljung informerar"),
    ("Lägesrapport Sjöstaden etapp 2", "Projektledare Filip Hall informerar"),
]


def _block(style: str, n: int | None, title: str, dnr: str | None, presenter: str | None) -> str:
    nr = "" if n is None else str(n)
    meta = (
        f'<div class="meta"><span class="label">Diarienummer</span> <span>{dnr}</span></div>' if dnr else ""
    )
    by = f'<div class="presenter">{presenter}</div>' if presenter else ""
    inner = f"<h3>{title}</h3>{meta}{by}"
    if style == "article_number_div":
        empty = " agenda-item__number--empty" if n is None else ""
        return (
            f'<article class="agenda-item"><div class="agenda-item__number{empty}">{nr}</div>'
            f'<div class="agenda-item__content">{inner}</div></article>'
        )
    if style == "div_number_span":
        return f'<div class="arende"><span class="nr">{nr}</span>{inner}</div>'
    if style == "section_number_dot":
        return (
            f'<section class="punkt"><div class="punkt__nr">{nr + "." if nr else ""}</div>{inner}</section>'
        )
    raise KeyError(style)


@pytest.mark.parametrize("head", ["Informationsärenden", "Information"])
@pytest.mark.parametrize("style", ["article_number_div", "div_number_span", "section_number_dot"])
def test_information_points_after_numbered_blocks(tmp_path: Path, style: str, head: str) -> None:
    numbered = "".join(_block(style, i + 1, t, d, None) for i, (t, d) in enumerate(_NUMBERED))
    info = "".join(_block(style, None, t, None, p) for t, p in _INFO)
    page = (
        "<html><head><title>Kommunstyrelsen 2026-12-02 - Testby kommun</title></head><body><main>"
        "<h1>Kommunstyrelsen</h1><p>Kallelse till sammanträde onsdagen den 2 december 2026 kl. 09.00.</p>"
        f"<h2>Ärenden</h2>{numbered}<h2>{head}</h2>{info}"
        "<h2>Alla handlingar</h2><ul><li>Kallelse (samlad pdf)</li></ul></main></body></html>"
    )
    path = tmp_path / f"testby_kommunstyrelsen_2026-12-02_kallelse_{style}.html"
    path.write_text(page, encoding="utf-8")
    ex = extract_file(path)
    got = [(it.number, it.title) for it in ex.items]
    want = [(str(i + 1), t) for i, (t, _) in enumerate(_NUMBERED + _INFO)]
    assert got == want
    assert ex.items[3].diarienummer == ["KS 2026/00013"]
    presented = [sorted(a.person for a in it.actions if a.kind == "presented") for it in ex.items[4:]]
    assert presented == [["Sara Ljung"], ["Filip Hall"]]
