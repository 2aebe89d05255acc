"""Presenters a kallelse sets under a point without a printed label (session 12).

Each case is one markup of the same three-point portal kallelse: the presenters in an element only its
class names ("presenter", "np-pres", "foredragande", "speaker"; before or after the point's text, as a
list, as a name and a title in spans of their own), or as officials' titles and names right under the
title and its case number with no class at all. A point may have two presenters. The negative case holds
a "presentation" link and a contact line: no presenter. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_POINTS = [
    ("Budget 2027", [("Peter Lindell", "trafikchef")]),
    ("Taxor 2027", [("Maja Sjödin", "ekonom"), ("Linus Karp", "controller")]),
    ("Cykelplan", [("Sara Öberg", "trafikstrateg")]),
]


def _cap(word: str) -> str:
    return word[0].upper() + word[1:]


def _presenters(style: str, people: list[tuple[str, str]]) -> tuple[str, str]:
    """(markup before the point's text, markup after it)."""
    if style == "class_name_title":
        return "".join(f'<div class="presenter">{n}, {t}</div>' for n, t in people), ""
    if style == "class_title_name_after_text":
        return "", "".join(f'<div class="np-pres">{_cap(t)} {n}</div>' for n, t in people)
    if style == "class_name_only":
        return "<div>" + "".join(f'<span class="foredragande">{n}</span>' for n, _ in people) + "</div>", ""
    if style == "title_name_no_class":
        joined = " och ".join(f"{_cap(t) if k == 0 else t} {n}" for k, (n, t) in enumerate(people))
        return f'<p class="meta">{joined}</p>', ""
    if style == "list_no_class":
        return '<ul class="people">' + "".join(f"<li>{n}, {t}</li>" for n, t in people) + "</ul>", ""
    if style == "speaker_after_files":
        files = '<ul class="files"><li><a href="x.pdf">Tjänsteskrivelse.pdf</a></li></ul>'
        return "", files + "".join(f'<p class="speaker">{n} ({t})</p>' for n, t in people)
    if style == "list_with_class":
        items = "".join(f"<li>{n}, {t}</li>" for n, t in people)
        return "", f'<ul class="agenda-presenters">{items}</ul>'
    if style == "name_and_role_spans":
        inner = "".join(
            f'<div class="presenter"><span class="presenter-name">{n}</span>'
            f'<span class="presenter-role">{t}</span></div>'
            for n, t in people
        )
        return f'<div class="presenters">{inner}</div>', ""
    raise KeyError(style)


_STYLES = [
    "class_name_title",
    "class_title_name_after_text",
    "class_name_only",
    "title_name_no_class",
    "list_no_class",
    "speaker_after_files",
    "list_with_class",
    "name_and_role_spans",
]


def _page(blocks: str) -> str:
    return (
        "<html><head><title>Kallelse – Tekniska nämnden 2026-11-12 – Testby kommun</title></head><body><main>"
        "<h1>Kallelse</h1><p>Tekniska nämnden sammanträder 2026-11-12 kl. 13.00.</p>"
        f"<h2>Föredragningslista</h2>{blocks}</main></body></html>"
    )


@pytest.mark.parametrize("style", _STYLES)
def test_presenters_without_a_label(tmp_path: Path, style: str) -> None:
    blocks = ""
    for i, (title, people) in enumerate(_POINTS):
        before, after = _presenters(style, people)
        dnr = f'<p class="x-dnr">Dnr TIM 2026/{100 + i}</p>'
        text = "<p>Förslag till beslut enligt tjänsteskrivelse.</p>"
        body = (before + dnr if style == "class_name_only" else dnr + before) + text + after
        number = f'<div class="rr-nr">{i + 1}</div>'
        blocks += f'<article class="rr-arende">{number}<div><h3>{title}</h3>{body}</div></article>'
    path = tmp_path / f"testby_tekniska-namnden_2026-11-12_kallelse_{style}.html"
    path.write_text(_page(blocks), encoding="utf-8")
    ex = extract_file(path)
    got = [(it.title, sorted(a.person for a in it.actions if a.kind == "presented")) for it in ex.items]
    assert got == [(t, sorted(n for n, _ in people)) for t, people in _POINTS]
    assert [list(it.diarienummer) for it in ex.items] == [[f"TIM 2026/{100 + i}"] for i in range(3)]


def test_presentation_links_and_contacts_present_nothing(tmp_path: Path) -> None:
    blocks = "".join(
        f'<article class="rr-arende"><div class="rr-nr">{i + 1}</div><div><h3>{t}</h3>'
        f'<p>Dnr TIM 2026/{100 + i}</p><div class="presentation"><a href="p.pdf">Presentation {t}</a></div>'
        '<p class="contact">Kontakt: Eva Ek</p><div class="presenter">Se bilaga.</div></div></article>'
        for i, (t, _) in enumerate(_POINTS)
    )
    path = tmp_path / "testby_tekniska-namnden_2026-11-12_kallelse.html"
    path.write_text(_page(blocks), encoding="utf-8")
    ex = extract_file(path)
    assert len(ex.items) == 3
    assert [a for it in ex.items for a in it.actions if a.kind == "presented"] == []
