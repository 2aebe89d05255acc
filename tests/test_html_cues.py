"""A web page's title, breadcrumb and site header as metadata cues (indexer.read.html, indexer.meta).

A portal page of minutes may name its kommun, organ and date only in its <title>, its breadcrumb trail and
its site header (the home link, the logo), which the HTML reader keeps out of the text. They are read as
cues for the metadata, never as an item's text or title. The pages imitate several portals' markup.
"""

from __future__ import annotations

from pathlib import Path

from indexer.extract import extract_file
from indexer.meta.detect import detect_meta
from indexer.read.html import html_document, html_to_text
from indexer.types import PageCues

# The kommun only in the title, the logo and the breadcrumb (<nav aria-label="Brödsmulor">); the body's
# heading is "Sammanträde" and its text names no kommun.
PORTAL = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Barn- och utbildningsnämnden 2026-03-04 | Protokoll | Mora kommun</title></head>
<body><header class="site-top"><a href="https://www.mora.se/"><img src="/img/mora-logo.svg"
alt="Mora kommun logotyp"></a><form><input name="q"></form></header>
<nav aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li>
<li><a href="/politik">Kommun och politik</a></li>
<li><a href="/politik/protokoll">Möten och protokoll</a></li></ol></nav>
<main><h1>Sammanträde</h1>
<p>Närvarande: Anna Ek (S), ordförande; Bo Berg (M)</p>
<h3>§ 12 Val av justerare</h3><p>Bo Berg (M) utses att justera protokollet.</p>
<h3>§ 13 Skolskjuts i Venjan</h3><p>Diarienummer: BUN 2026/31</p>
<p>Nämnden beslutar att godkänna riktlinjen.</p>
</main><footer>Kontakta oss</footer></body></html>"""


def _meta(html: str):  # type: ignore[no-untyped-def]
    text, cues = html_document(html)
    return detect_meta(text, raw=text, cues=cues), text, cues


def test_title_logo_and_breadcrumb_are_cues_not_text() -> None:
    meta, text, cues = _meta(PORTAL)
    assert cues.title == ["Barn- och utbildningsnämnden 2026-03-04", "Protokoll", "Mora kommun"]
    assert cues.trail == ["Start", "Kommun och politik", "Möten och protokoll"]
    assert "Mora kommun" in cues.site  # the home link's logo, "logotyp" cut
    for chrome in ("Mora kommun", "Kommun och politik", "Möten och protokoll", "Protokoll"):
        assert chrome not in text
    assert (meta.organization, meta.organ, meta.date, meta.doc_type) == (
        "Mora kommun",
        "Barn- och utbildningsnämnden",
        "2026-03-04",
        "protokoll",
    )
    assert not meta.organization_inferred
    assert meta.meta_source["organization"] == "page title"
    assert meta.meta_source["organ"] == "page title"
    assert meta.meta_source["date"] == "page title"
    assert meta.meta_source["doc_type"] == "page title"


def test_cues_never_become_items_or_titles(tmp_path: Path) -> None:
    path = tmp_path / "sammantrade.html"
    path.write_text(PORTAL, encoding="utf-8")
    ex = extract_file(path)
    assert [(it.number, it.title) for it in ex.items] == [
        ("§12", "Val av justerare"),
        ("§13", "Skolskjuts i Venjan"),
    ]
    assert not any("Mora kommun" in it.text or "Möten och protokoll" in it.text for it in ex.items)
    assert ex.meta.organization == "Mora kommun"


# A trail printed as links and separators in a plain div before the content (no class saying so),
# with the page's own step last; the site's name only in og:site_name.
TRAIL_DIV = """<html><head><title>Möte</title>
<meta property="og:site_name" content="Region Kalmar län"></head>
<body><div id="top"><a href="/">Start</a> &gt; <a href="/organ">Nämnder och styrelser</a> &gt;
<a href="/organ/rn">Regionala utvecklingsnämnden</a> &gt; <span>Möte 2025-05-06</span>
<div class="tools"><a href="#">Skriv ut</a> | <a href="/x.pdf">Ladda ner PDF</a></div></div>
<div id="content"><h1>Protokoll</h1><p>Ordförande: Eva Lind (C)</p>
<h3>§ 40 Regional utvecklingsstrategi</h3><p>Nämnden godkänner strategin.</p></div></body></html>"""


def test_a_separated_trail_outside_the_content_is_a_breadcrumb() -> None:
    meta, text, cues = _meta(TRAIL_DIV)
    assert cues.trail == ["Start", "Nämnder och styrelser", "Regionala utvecklingsnämnden", "Möte 2025-05-06"]
    assert "Nämnder och styrelser" not in text and "Skriv ut" in text  # only the trail is taken out
    assert meta.organization == "Region Kalmar län" and meta.meta_source["organization"] == "site name"
    # Read from the page upwards: the organ's step, not the plural heading above it.
    assert meta.organ == "Regionala utvecklingsnämnden" and meta.meta_source["organ"] == "breadcrumb"
    assert meta.date == "2025-05-06" and meta.meta_source["date"] == "page title"


def test_a_link_list_in_the_content_stays_text() -> None:
    html = """<html><body><main><h1>Kommunstyrelsen</h1><p>Beslutsunderlag:
    <a href="a.pdf">Tjänsteskrivelse</a> / <a href="b.pdf">Bilaga 1</a> / <a href="c.pdf">Karta</a></p>
    </main></body></html>"""
    text, cues = html_document(html)
    assert "Tjänsteskrivelse / Bilaga 1 / Karta" in text
    assert cues.trail == []
    assert html_to_text(html) == text
    # Nor in a plain div under the page's heading (no <main>).
    html = html.replace("<main>", "<div>").replace("</main>", "</div>").replace("<p>", "<div>")
    text, cues = html_document(html.replace("</p>", "</div>"))
    assert "Tjänsteskrivelse / Bilaga 1 / Karta" in text and cues.trail == []


def test_the_documents_own_words_beat_the_sites_name() -> None:
    """A protocol published on another kommun's site (a joint body): its anslag names its own kommun."""
    html = """<html><head><title>Protokoll - Gemensam nämnd - Halmstads kommun</title></head><body><main>
    <h1>Gemensamma överförmyndarnämnden</h1><p>Sammanträdesdatum 2026-02-10</p>
    <h3>§ 1 Val av justerare</h3><p>Justeringen har tillkännagivits på Hylte kommuns anslagstavla.</p>
    </main></body></html>"""
    meta, _, _ = _meta(html)
    assert meta.organization == "Hylte kommun" and meta.meta_source["organization"] == "anslag"
    assert meta.organ == "Gemensamma överförmyndarnämnden" and meta.meta_source["organ"] == "cover"
    assert meta.date == "2026-02-10" and meta.meta_source["date"] == "label"


def test_a_page_without_cues_leaves_the_fields_empty() -> None:
    """No title, no trail, no site name: nothing is guessed from them."""
    html = "<html><body><p>Anteckningar från dialogmötet om cykelvägar.</p></body></html>"
    meta, _, cues = _meta(html)
    assert not cues and cues == PageCues()
    assert meta.organization is None and meta.organ is None and meta.date is None


def test_a_menu_marked_nav_in_a_plain_div_is_not_text() -> None:
    html = """<html><head><title>Kallelse – Mora kommun</title></head><body><div id="top">
    <a href="/"><span class="brand">Mora kommun</span></a>
    <ul class="mainnav"><li><a href="/politik">Politik</a></li>
    <li><a href="/kontakt">Kontakt</a></li></ul><ul class="nav-secondary"><li>English</li></ul></div>
    <div id="content"><h1>Kallelse</h1>
    <p>Ledamöter kallas till sammanträde med socialnämnden den 4 mars 2026.</p>
    <ul><li>Val av justerare</li><li>Budget 2027</li></ul></div></body></html>"""
    text, cues = html_document(html)
    assert "Politik" not in text and "Kontakt" not in text and "English" not in text
    assert "• Val av justerare" in text and "• Budget 2027" in text
    meta = detect_meta(text, raw=text, cues=cues)
    assert (meta.organization, meta.organ, meta.date) == ("Mora kommun", "Socialnämnden", "2026-03-04")
