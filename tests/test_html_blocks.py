"""Agenda points a portal prints as repeated blocks, whatever its tags and class names (session 11).

Each case is one markup of the same seven-point kallelse: the number, the title and the case number in
sibling elements (divs, spans in a link card, ARIA rows of divs, paragraphs), or a bold title alone
opening each block. Every text is invented; none is copied from a test set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from indexer.extract import extract_file
from indexer.meta.doctype import doc_type
from indexer.read.html import html_to_text

_TITLES = [
    "Val av justerare",
    "Godkännande av dagordning",
    "Budget 2027 för tekniska nämnden",
    "Taxa för avfallshantering 2027",
    "Motion från Eva Lind (V) om fler cykelbanor",
    "Information om vinterväghållning",
    "Delegationsbeslut",
]
_DNRS = [None, None, "TN 2026/00087", "TN 2026/00112", "TN 2026/00045", None, "TN 2026/00003"]


def _block(style: str, n: int, title: str, dnr: str | None) -> str:
    case = f"Dnr {dnr}" if dnr else ""
    if style == "number_div":
        field = f'<div class="x-dnr">{dnr}</div>' if dnr else ""
        return (
            f'<div class="x-item"><div class="x-nr">{n}</div><div class="x-body">'
            f'<div class="x-title">{title}</div>{field}</div></div>'
        )
    if style == "number_dot_link":
        field = f'<div class="meta"><span class="l">Diarienummer:</span> <span>{dnr}</span></div>'
        link = f'<div class="t"><a href="#">{title}</a></div>'
        return f'<div class="item"><div class="nr">{n}.</div>{link}{field if dnr else ""}</div>'
    if style == "link_card_spans":
        field = f'<span class="c">{dnr}</span>' if dnr else ""
        spans = f'<span class="nr">{n}</span><span class="t">{title}</span>{field}'
        return f'<li class="row"><a href="#">{spans}</a></li>'
    if style == "aria_rows":
        cells = "".join(f'<div role="cell">{x}</div>' for x in (n, title, dnr or ""))
        return f'<div role="row" class="r">{cells}</div>'
    if style == "bold_title_unnumbered":
        field = f"<p>{case}</p>" if dnr else ""
        text = "<p>Nämnden föreslås besluta enligt förslaget.</p>"
        return f'<div class="arende"><p><b>{title}</b></p>{field}{text}</div>'
    if style == "title_class_unnumbered":
        field = f"<span>{case}</span>" if dnr else ""
        return (
            f'<section class="punkt"><div class="punkt-rubrik">{title}</div>{field}'
            "<p>Förvaltningen redogör för ärendet.</p></section>"
        )
    raise KeyError(style)


_STYLES = [
    "number_div",
    "number_dot_link",
    "link_card_spans",
    "aria_rows",
    "bold_title_unnumbered",
    "title_class_unnumbered",
]


def _page(style: str) -> str:
    body = "\n".join(_block(style, i + 1, t, d) for i, (t, d) in enumerate(zip(_TITLES, _DNRS, strict=True)))
    if style == "link_card_spans":
        body = f'<ol class="list">{body}</ol>'
    return (
        '<!DOCTYPE html><html lang="sv"><head><title>Tekniska nämnden 2026-11-18 – Kallelse – Testby kommun'
        '</title></head><body><nav><a href="/">Start</a></nav><main><h1>Kallelse Tekniska nämnden</h1>'
        "<p>Datum: 2026-11-18 kl. 13.00</p><p>Plats: Stadshuset, Testby</p><h2>Ärendelista</h2>"
        f"{body}</main><footer>Testby kommun</footer></body></html>"
    )


@pytest.mark.parametrize("style", _STYLES)
def test_repeated_blocks_are_points(style: str, tmp_path: Path) -> None:
    path = tmp_path / f"testby_tekniska-namnden_2026-11-18_kallelse_{style}.html"
    path.write_text(_page(style), encoding="utf-8")
    ex = extract_file(path)
    assert [it.title for it in ex.items] == _TITLES
    assert [it.number for it in ex.items] == [str(i) for i in range(1, 8)]
    by_title = {it.title: list(it.diarienummer) for it in ex.items}
    assert by_title["Taxa för avfallshantering 2027"] == ["TN 2026/00112"]
    assert by_title["Val av justerare"] == []


def test_number_joined_to_title_as_printed() -> None:
    text = html_to_text(_page("number_div"))
    assert "\n3. Budget 2027 för tekniska nämnden\n" in text
    assert "\n3\n" not in text  # the number is no line of its own


_NOT_POINTS: list[tuple[str, str]] = [
    # a calendar's blocks: a day and its month, not a number and a title
    ("calendar", '<div class="d"><span>14</span><span>december</span></div>'
     '<div class="d"><span>18</span><span>december</span></div>'
     '<div class="d"><span>21</span><span>januari</span></div>'),
    # numbers falling: a ranking or a list of something else, no agenda
    ("falling", '<div class="k"><div>9</div><div>Nio saker</div></div>'
     '<div class="k"><div>3</div><div>Tre saker</div></div>'),
    # members of a list of people, each a bold name over their role: no points
    ("people", '<div class="m"><p><b>Anna Ek</b></p><p>ordförande (S)</p></div>'
     '<div class="m"><p><b>Bo Berg</b></p><p>ledamot (M)</p></div>'
     '<div class="m"><p><b>Eva-Lotta Lind</b></p><p>ledamot (V)</p></div>'),
    # a title that goes on in a second bold run is no heading of its own
    ("split_bold", '<p><b>Detaljplan för kajen</b><b>, etapp 3</b><br>text</p>' * 3),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body"), _NOT_POINTS, ids=[n for n, _ in _NOT_POINTS])
def test_blocks_that_are_no_points(name: str, body: str) -> None:
    text = html_to_text(f"<html><body><main>{body}</main></body></html>")
    assert "###" not in text
    assert not any(ln[:3].rstrip().endswith(".") and ln[0].isdigit() for ln in text.splitlines()), text


def test_section_header_inside_main_is_content() -> None:
    """The <header> of the page's content (a meeting's chair and date) is read; the site's is not."""
    page = (
        '<html><body><header class="site"><a href="/">Testby kommun</a><nav>Meny</nav></header><main>'
        '<header class="meeting"><h1>Kommunstyrelsen</h1><dl><dt>Datum</dt><dd>onsdag 2 december 2026</dd>'
        "<dt>Plats</dt><dd>Sammanträdesrummet Ekorren, Stadshuset, Storgatan 1, Testby</dd>"
        "<dt>Ordförande</dt><dd>Karl Ek (M)</dd>"
        "<dt>Sekreterare</dt><dd>Lena Berg, kommunsekreterare</dd></dl>"
        "<p>Ledamot som har förhinder ska snarast anmäla detta till kommunsekreteraren.</p></header>"
        "<p>Text.</p></main></body></html>"
    )
    text = html_to_text(page)
    assert "Karl Ek (M)" in text and "Meny" not in text


def test_decorative_icons_are_no_text() -> None:
    card = '<a><span>Budget 2027</span><span aria-hidden="true">→</span></a>'
    page = f"<html><body><main><ol><li>{card}</li></ol></main></body></html>"
    assert "→" not in html_to_text(page)


_KINDS: list[tuple[str, str, Any]] = [
    ("agenda page, nothing decided", "Kultur- och fritidsnämnden\n\n## Ärendelista\n\n1. Val av justerare\n\n"
     "2. Budget 2027\n\n3. Taxor 2027\n\n4. Kulturpris\n\n5. Delegationsbeslut\n\n"
     "Protokollet publiceras efter justeringen den 20 december på kommunens webbplats\n", "kallelse"),
    ("decided: minutes", "Kultur- och fritidsnämnden\n\n## Dagordning\n\n1. Val av justerare\n\n"
     "2. Budget 2027\n\nNämnden beslutade att godkänna budgeten.\n\nJusterare Eva Ek\n", "protokoll"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "kind"), _KINDS, ids=[n for n, _t, _k in _KINDS])
def test_agenda_page_without_decisions_is_a_kallelse(name: str, text: str, kind: str) -> None:
    lines = text.splitlines()
    assert doc_type(text, lines, [])[0] == kind


@pytest.mark.parametrize("value", ["Peter Lindell, trafikchef", "Trafikchef Peter Lindell"])
def test_presenter_in_a_definition_list(value: str, tmp_path: Path) -> None:
    """A portal's "<dt>Föredragande</dt><dd>…</dd>": the label and its value a blank line apart."""
    blocks = "".join(
        f'<article class="p"><div class="nr">{n}</div><div class="b"><h3>{title}</h3>'
        f"<dl><dt>Föredragande</dt><dd>{value}</dd></dl><p>Förslag enligt förvaltningen.</p>"
        "</div></article>"
        for n, title in ((1, "Budget 2027"), (2, "Taxor 2027"))
    )
    page = (
        "<html><head><title>Kallelse – Tekniska nämnden 2026-11-12 – Testby kommun</title></head><body><main>"
        "<h1>Kallelse</h1><p>Tekniska nämnden sammanträder 2026-11-12.</p>"
        f"<h2>Föredragningslista</h2>{blocks}"
        "</main></body></html>"
    )
    path = tmp_path / "testby_tekniska-namnden_2026-11-12_kallelse.html"
    path.write_text(page, encoding="utf-8")
    presented = [[a.person for a in it.actions if a.kind == "presented"] for it in extract_file(path).items]
    assert presented == [["Peter Lindell"], ["Peter Lindell"]]
