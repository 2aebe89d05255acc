"""A web page's signature set in a `<footer>` of its content: the chair and the secretary who sign a
kallelse or a protocol ("Ingrid Wahl" / "ordförande"), perhaps under the place and date it was signed.

A `<footer>` of the site (its address, its links) is chrome; one inside the page's content (`<main>`,
`<article>`, `<section>`) that holds a signature is the document's own closing, and the people who sign
it are the document's persons. Each case one markup of the same signature. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_SIGNATURES = {
    "name_break_role": "<p>Testby den 3 december 2026</p><p>Ingrid Wahl<br>ordförande</p>"
    "<p>Sara Nyström<br>kommunsekreterare</p>",
    "name_and_role_paragraphs": "<p>Ingrid Wahl</p><p>Ordförande</p>"
    "<p>Sara Nyström</p><p>Kommunsekreterare</p>",
    "divs_side_by_side": '<div class="signer"><div>Ingrid Wahl</div><div>Ordförande</div></div>'
    '<div class="signer"><div>Sara Nyström</div><div>Sekreterare</div></div>',
}
_WRAPPERS = ["main", "article", "section"]


def _page(signature: str, wrapper: str) -> str:
    points = "".join(
        f"<li><h3>{t}</h3><p>Kommunstyrelsen föreslår fullmäktige att anta förslaget.</p></li>"
        for t in ("Val av justerare", "Budget 2027", "Taxor 2027")
    )
    content = (
        "<h1>Kommunfullmäktige</h1><p>Kommunfullmäktige sammanträder den 16 december 2026 kl. 18.30.</p>"
        f'<h2>Ärenden</h2><ol>{points}</ol><footer class="meeting-signature">{signature}</footer>'
    )
    body = (
        f"<main>{content}</main>" if wrapper == "main" else f"<main><{wrapper}>{content}</{wrapper}></main>"
    )
    return (
        "<html><head><title>Kommunfullmäktige 2026-12-16 - Testby kommun</title></head><body>"
        f'{body}<footer class="portal-footer">Testby kommun, 123 45 Testby · Växel 0123-456 00</footer>'
        "</body></html>"
    )


@pytest.mark.parametrize("wrapper", _WRAPPERS)
@pytest.mark.parametrize("signature", sorted(_SIGNATURES))
def test_signers_in_a_content_footer(tmp_path: Path, signature: str, wrapper: str) -> None:
    path = tmp_path / f"testby_kommunfullmaktige_2026-12-16_kallelse_{signature}.html"
    path.write_text(_page(_SIGNATURES[signature], wrapper), encoding="utf-8")
    ex = extract_file(path)
    assert [it.title for it in ex.items] == ["Val av justerare", "Budget 2027", "Taxor 2027"]
    names = {p.name for p in ex.persons}
    assert {"Ingrid Wahl", "Sara Nyström"} <= names
    assert all("Ingrid Wahl" not in it.title for it in ex.items)
    assert "Växel" not in "".join(it.text for it in ex.items)
