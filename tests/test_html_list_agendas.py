"""A portal's agenda as a list whose items hold a whole point (session 12).

Each case is one markup of the same five-point kungörelse: an `<ol>` (or a `<ul>` printing its numbers)
whose `<li>` holds the title (a heading, a bold run, a title-classed div, a link, a `<summary>`, a
paragraph), the case number, a description, a "Föredragande:" line and a nested list of the point's files
linked by name. The files are no points, the page is a kallelse (nothing decided, a body announced to
meet), and the authors named in titles raised their matters. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_POINTS = [
    ("Val av justerare", None, None),
    ("Budget 2027 för Testby kommun", "KS 2026/00412", "Ekonomichef Eva Ek"),
    ("Motion från Rolf Sand (SD) om trygghetskameror", "KS 2026/00133", None),
    (
        "Interpellation från Hugo Alm (C) till kommunstyrelsens ordförande om förskoleplatser",
        "KS 2026/00190",
        None,
    ),
    ("Anmälan av nya motioner", None, None),
]
_TEXT = "Kommunstyrelsen föreslår kommunfullmäktige att anta förslaget."
_FILES = (
    '<ul class="attachments"><li><a href="a.pdf">Tjänsteskrivelse</a></li>'
    '<li><a href="b.pdf">Protokollsutdrag</a></li></ul>'
)


def _item(style: str, i: int, title: str, dnr: str | None, presenter: str | None) -> str:
    case = f'<p class="dnr">Dnr {dnr}</p>' if dnr else ""
    by = f'<p class="pres">Föredragande: {presenter}</p>' if presenter else ""
    if style == "heading_in_item":
        return f'<li class="agenda-item"><h3>{title}</h3>{case}<p>{_TEXT}</p>{by}{_FILES}</li>'
    if style == "bold_and_breaks":
        lines = "".join(
            f"<br>{x}"
            for x in (f"Dnr {dnr}" if dnr else None, _TEXT, by and f"Föredragande: {presenter}")
            if x
        )
        return f"<li><strong>{title}</strong>{lines}</li>"
    if style == "title_div_body_div":
        body = f'<div class="agenda-item__body">{case}<p>{_TEXT}</p>{by}{_FILES}</div>'
        return f'<li class="agenda-item"><div class="agenda-item__title">{title}</div>{body}</li>'
    if style == "link_title_and_case_span":
        span = f'<span class="dnr">{dnr}</span>' if dnr else ""
        return f'<li class="agenda-item"><a href="#p{i}">{title}</a> {span}<p>{_TEXT}</p>{by}</li>'
    if style == "details_summary":
        return f"<li><details><summary>{title}</summary>{case}<p>{_TEXT}</p>{by}{_FILES}</details></li>"
    if style == "title_paragraph":
        return f'<li class="punkt"><p class="rubrik">{title}</p>{case}<p>{_TEXT}</p>{by}</li>'
    if style == "printed_number_in_ul":
        number = f'<span class="num">{i + 1}.</span> <span class="title">{title}</span>'
        return f'<li class="agenda-item">{number}{case}<p>{_TEXT}</p>{by}{_FILES}</li>'
    raise KeyError(style)


_STYLES = [
    "heading_in_item",
    "bold_and_breaks",
    "title_div_body_div",
    "link_title_and_case_span",
    "details_summary",
    "title_paragraph",
    "printed_number_in_ul",
]


@pytest.mark.parametrize("style", _STYLES)
def test_list_agenda_points(tmp_path: Path, style: str) -> None:
    items = "".join(_item(style, i, *point) for i, point in enumerate(_POINTS))
    agenda = (
        f'<ul class="agenda-list">{items}</ul>' if style == "printed_number_in_ul" else f"<ol>{items}</ol>"
    )
    page = (
        "<html><head><title>Kommunfullmäktige 2026-12-16 - Testby kommun</title></head><body>"
        '<header><nav><a href="/">Start</a></nav></header><main><h1>Kommunfullmäktige 2026-12-16</h1>'
        "<p>Kommunfullmäktige sammanträder onsdagen den 16 december 2026 kl. 18.30 i Stadshuset.</p>"
        f"<h2>Ärenden</h2>{agenda}</main><footer>Testby kommun</footer></body></html>"
    )
    path = tmp_path / f"testby_kommunfullmaktige_2026-12-16_kallelse_{style}.html"
    path.write_text(page, encoding="utf-8")
    ex = extract_file(path)
    assert ex.meta.doc_type == "kallelse"
    got = [(it.number, it.title, list(it.diarienummer)) for it in ex.items]
    assert got == [(str(i + 1), t, [d] if d else []) for i, (t, d, _) in enumerate(_POINTS)]
    by_kind = [
        {k: sorted(a.person for a in it.actions if a.kind == k) for k in ("presented", "raised")}
        for it in ex.items
    ]
    assert by_kind[1]["presented"] == ["Eva Ek"]
    assert [by_kind[2]["raised"], by_kind[3]["raised"]] == [["Rolf Sand"], ["Hugo Alm"]]
