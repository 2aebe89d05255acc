"""A portal's point whose number stands in an element of its own beside a title set as a heading.

Each case is one markup of the same five-point kungörelse: every point a repeated block (an `<li>` of an
`<ol>` or `<ul>`, a `<div>`, an `<article>`) whose number ("4." or "4") is printed in a `<span>` or
`<div>` of its own and whose title is an `<h3>` (or `<h4>`, with or without a link) beside it, the
point's case number, text, a "Föredragande:" line and its files under it. Read as text the number is a
line alone over the heading, which no document prints: the number belongs to the title. Every text is
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_POINTS = [
    ("Val av justerare", None, None),
    ("Budget 2027 för Testby kommun", "KS 2026/00412", "Ekonomichef Eva Ek"),
    ("Motion från Rolf Sand (SD) om trygghetskameror", "KS 2026/00133", None),
    ("Taxor och avgifter 2027", "KS 2026/00190", "Controller Lars Ås"),
    ("Anmälan av nya motioner", None, None),
]
_TEXT = "Kommunstyrelsen föreslår kommunfullmäktige att anta förslaget."
_FILES = (
    '<ul class="files"><li><a href="a.pdf">Tjänsteskrivelse.pdf</a></li>'
    '<li><a href="b.pdf">Protokollsutdrag.pdf</a></li></ul>'
)


def _body(dnr: str | None, presenter: str | None) -> str:
    case = f'<div class="case">Ärendenummer: <span>{dnr}</span></div>' if dnr else ""
    by = f'<div class="presenter">Föredragande: {presenter}</div>' if presenter else ""
    return f'{case}<div class="description"><p>{_TEXT}</p></div>{by}{_FILES}'


def _point(style: str, n: int, title: str, dnr: str | None, presenter: str | None) -> str:
    body = _body(dnr, presenter)
    if style == "li_header_div_span_h3_link":
        head = (
            f'<div class="item__header"><span class="item__number">{n}.</span>'
            f'<h3 class="item__title"><a href="/items/{n}">{title}</a></h3></div>'
        )
        return f'<li class="agenda-item" id="item-{n}">{head}{body}</li>'
    if style == "li_span_then_h3":
        return f'<li class="agenda-item"><span class="nr">{n}</span><h3>{title}</h3>{body}</li>'
    if style == "ul_li_div_number_h4":
        return f'<li class="punkt"><div class="punkt-nr">{n}.</div><h4 class="rubrik">{title}</h4>{body}</li>'
    if style == "div_blocks_span_h3":
        return f'<div class="arende"><span class="arende-nr">{n}</span><h3>{title}</h3>{body}</div>'
    if style == "article_header_div_h3_link":
        head = f'<header><div class="num">{n}</div><h3><a href="#p{n}">{title}</a></h3></header>'
        return f'<article class="point">{head}{body}</article>'
    raise KeyError(style)


_STYLES = [
    "li_header_div_span_h3_link",
    "li_span_then_h3",
    "ul_li_div_number_h4",
    "div_blocks_span_h3",
    "article_header_div_h3_link",
]


def _page(style: str) -> str:
    points = "".join(_point(style, i + 1, *p) for i, p in enumerate(_POINTS))
    if style.startswith("li_"):
        points = f'<ol class="agenda-list">{points}</ol>'
    elif style.startswith("ul_"):
        points = f'<ul class="agenda-list">{points}</ul>'
    else:
        points = f'<div class="agenda">{points}</div>'
    return (
        "<html><head><title>Kommunfullmäktige 2026-12-16 - Testby kommun</title></head><body>"
        '<header><nav><a href="/">Start</a></nav></header><main><h1>Kommunfullmäktige</h1>'
        '<p class="doc-type">Kallelse / kungörelse</p>'
        "<dl><dt>Datum</dt><dd>onsdag 16 december 2026</dd><dt>Tid</dt><dd>18:30</dd></dl>"
        f'<section class="agenda"><h2>Ärenden</h2>{points}</section>'
        "<footer><p>Testby den 3 december 2026</p><p>Ingrid Wahl<br>ordförande</p></footer>"
        "</main><footer>Testby kommun</footer></body></html>"
    )


@pytest.mark.parametrize("style", _STYLES)
def test_number_beside_heading(tmp_path: Path, style: str) -> None:
    path = tmp_path / f"testby_kommunfullmaktige_2026-12-16_kallelse_{style}.html"
    path.write_text(_page(style), encoding="utf-8")
    ex = extract_file(path)
    assert ex.meta.doc_type == "kallelse"
    got = [(it.number, it.title, list(it.diarienummer)) for it in ex.items]
    assert got == [(str(i + 1), t, [d] if d else []) for i, (t, d, _) in enumerate(_POINTS)]
    presented = [sorted(a.person for a in it.actions if a.kind == "presented") for it in ex.items]
    assert presented == [[], ["Eva Ek"], [], ["Lars Ås"], []]
    assert [a.person for a in ex.items[2].actions if a.kind == "raised"] == ["Rolf Sand"]
