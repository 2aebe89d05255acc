"""The web pages, Atom feeds, chart and marked text in-process (FastAPI TestClient), against a hash-embedder
archive of corpus/ (`hash_archive`, tests/conftest.py): Swedish labels, labelled controls, shareable facet
URLs, escaping, friendly error pages, well-formed Atom."""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, quote, urlsplit
from xml.etree import ElementTree as ET

import pytest
from apiclient import search_json
from fastapi.testclient import TestClient

from api.chart import Series, render_svg, year_series
from api.feeds import build_feed, item_entry
from api.filters import Filters
from api.schemas import ItemDetail, ItemRef, PersonRef
from api.search import search
from api.textmark import marked_text

ATOM = "{http://www.w3.org/2005/Atom}"


def _robert_hamberg(client: TestClient) -> int:
    found = client.get("/api/persons", params={"q": "hamberg"}).json()
    ids = [p["person_id"] for p in found if p["name"] == "Robert Hamberg"]
    assert ids, found
    return int(ids[0])


# -- feeds --------------------------------------------------------------------------------------------------


def _feed(client: TestClient, url: str) -> ET.Element:
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(r.content)
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{tag}") is not None
    return root


def _entries(root: ET.Element) -> list[ET.Element]:
    entries = root.findall(f"{ATOM}entry")
    for e in entries:
        for tag in ("id", "title", "updated", "link"):
            assert e.find(f"{ATOM}{tag}") is not None, tag
    return entries


def test_search_feed_has_the_newest_matches(client: TestClient) -> None:
    root = _feed(client, "/flode/sok?q=skatteväxling")
    entries = _entries(root)
    assert entries
    dated = [u for e in entries if (u := e.findtext(f"{ATOM}updated") or "").endswith("T00:00:00+00:00")]
    assert dated and dated == sorted(dated, reverse=True)  # undated items come last, stamped with build time
    link = entries[0].find(f"{ATOM}link")
    assert link is not None and "/punkt/" in link.get("href", "")
    assert client.get(urlsplit(link.get("href", "")).path).status_code == 200


def test_person_and_case_feeds(client: TestClient) -> None:
    pid = _robert_hamberg(client)
    assert _entries(_feed(client, f"/flode/person/{pid}"))
    assert len(_entries(_feed(client, "/flode/arende/HSF240207"))) == 2
    assert client.get("/flode/arende/XX-1999-00001").status_code == 404
    assert client.get("/flode/sok?q=" + "x" * 501).status_code == 422


def test_feeds_are_linked_from_their_pages(client: TestClient) -> None:
    pid = _robert_hamberg(client)
    for page, feed in (
        ("/sok?q=skatteväxling", "/flode/sok?q="),
        (f"/person/{pid}", f"/flode/person/{pid}"),
        ("/arende/HSF240207", "/flode/arende/HSF240207"),
    ):
        html = client.get(page).text
        assert '<link rel="alternate" type="application/atom+xml"' in html, page
        assert f'href="{feed}' in html, page


def test_feed_xml_escapes_titles() -> None:
    ref = ItemRef(
        item_id="a-1",
        number="§1",
        title="Taxa <2026> & avgifter",
        organization="K & co",
        organ=None,
        date="2024-01-02",
        source="x.txt",
    )
    xml = build_feed(
        title="a & <b>",
        feed_id="tag:x",
        self_url="http://h/f?a=1&b=2",
        page_url="http://h/",
        entries=[item_entry(ref, "http://h")],
    )
    root = ET.fromstring(xml)
    assert root.findtext(f"{ATOM}title") == "a & <b>"
    assert root.findtext(f"{ATOM}entry/{ATOM}title") == "§1 Taxa <2026> & avgifter"
    assert root.findtext(f"{ATOM}updated") == "2024-01-02T00:00:00+00:00"
    assert b"&amp;amp;" not in xml


def test_search_feed_is_escaped_once_and_typed_atom(client: TestClient) -> None:
    r = client.get("/flode/sok", params={"q": "Kultur & Fritid", "mode": "lexical"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    assert b"&amp;amp;" not in r.content
    summaries = [e.findtext(f"{ATOM}summary") or "" for e in ET.fromstring(r.content).findall(f"{ATOM}entry")]
    assert any("Kultur & Fritid" in x for x in summaries), summaries


# -- web pages ----------------------------------------------------------------------------------------------


class _Controls(HTMLParser):
    """Collects form controls and labels, to check that every visible control has a label."""

    def __init__(self) -> None:
        super().__init__()
        self.label_depth = 0
        self.label_for: set[str] = set()
        self.unlabelled: list[str] = []
        self.controls: list[tuple[str | None, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "label":
            self.label_depth += 1
            if a.get("for"):
                self.label_for.add(str(a["for"]))
        elif tag in ("input", "select", "textarea") and a.get("type") != "hidden":
            self.controls.append((a.get("id"), self.label_depth > 0))

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.label_depth -= 1


def _page(client: TestClient, url: str, status: int = 200) -> str:
    r = client.get(url)
    assert r.status_code == status, (url, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<html lang="sv">' in html and 'name="viewport"' in html
    parser = _Controls()
    parser.feed(html)
    for control_id, wrapped in parser.controls:
        assert wrapped or control_id in parser.label_for, (url, control_id)
    return html


def test_overview_page(client: TestClient) -> None:
    html = _page(client, "/")
    for label in (
        "Arkivet",
        "Organisationer",
        "Organ",
        "Dokumenttyper",
        "Punkter per år",
        "Sökord",
        "Sökläge",
    ):
        assert label in html, label
    assert "<svg" in html and "Kungsbacka kommun" in html


def test_search_page(client: TestClient) -> None:
    html = _page(client, "/sok?q=skatteväxling")
    for label in (
        "träffar",
        "Avgränsa",
        "År (mötesdatum)",
        "Kommun eller region som höll mötet",
        "Kombinerad",
        "Betydelse",
        "Hittad med",
        "Prenumerera",
    ):
        assert label in html, label
    assert "<mark>" in html and "<svg" in html and 'role="img"' in html
    assert _page(client, "/sok").count("Sök i arkivet") == 1


def test_search_page_facet_links_carry_the_state(client: TestClient) -> None:
    html = _page(client, "/sok?q=kommun&mode=lexical")
    links = [h for h in _hrefs(html) if h.startswith("/sok?") and "year=" in h]
    assert links
    state = parse_qs(urlsplit(links[0]).query)
    assert state["q"] == ["kommun"] and state["mode"] == ["lexical"] and len(state["year"]) == 1
    filtered = _page(client, links[0])
    assert "Ta bort filtret" in filtered and f'value="{state["year"][0]}"' in filtered


_FACET_LINK = re.compile(r'<a href="([^"]+)"\s+aria-label="Lägg till filtret [^"]*\((\d+) träffar\)">')
_SUMMARY = re.compile(r'<h2 id="h-results" class="summary">(\d+) träff')


@pytest.mark.parametrize(
    ("q", "mode"), [("kommun", "lexical"), ("kommun", "hybrid"), ("skatteväxling", "semantic")]
)
def test_a_facet_link_shows_as_many_hits_as_its_count(
    client: TestClient, q: str, mode: str, wide_floor: None
) -> None:
    links = _FACET_LINK.findall(_page(client, f"/sok?q={quote(q)}&mode={mode}"))
    assert len(links) >= 3
    for href, count in links[:8]:
        summary = _SUMMARY.search(_page(client, html_lib.unescape(href)))
        assert summary and summary.group(1) == count, (href, count)


def test_search_page_paging_and_mode_links(client: TestClient) -> None:
    total = search_json(client, q="kommun", mode="lexical")["total"]
    assert total > 20  # more than one page
    first = _page(client, "/sok?q=kommun&mode=lexical")
    assert "Sida 1 av" in first and "/sok?q=kommun&amp;mode=lexical&amp;sida=2" in first
    second = _page(client, "/sok?q=kommun&mode=lexical&sida=2")
    assert "Sida 2 av" in second and 'rel="prev"' in second and '<ol class="hits" start="21">' in second
    assert 'href="/sok?q=kommun&amp;mode=semantic"' in first and 'href="/sok?q=kommun"' in first


def _hrefs(html: str) -> list[str]:
    return [html_lib.unescape(m) for m in re.findall(r'href="([^"]+)"', html)]


def test_search_page_escapes_the_query(client: TestClient) -> None:
    html = _page(client, "/sok?q=" + quote("<script>alert(1)</script> skola"))
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


def test_item_page_links_people_and_cases(client: TestClient) -> None:
    case = client.get("/api/cases/HSF240207").json()
    item_id = case["items"][0]["item_id"]
    html = _page(client, f"/punkt/{item_id}")
    for label in ("Text", "Relaterade punkter", "Källa", "Diarienummer"):
        assert label in html, label
    assert 'href="/arende/HSF240207"' in html
    item = client.get(f"/api/items/{item_id}").json()
    if item["persons"]:
        assert f'href="/person/{item["persons"][0]["person_id"]}"' in html
    source = client.get(f"/punkt/{item_id}/kalla")
    assert source.status_code == 200 and source.content


def test_person_page_timeline(client: TestClient) -> None:
    pid = _robert_hamberg(client)
    html = _page(client, f"/person/{pid}")
    for label in ("Robert Hamberg", "Tidslinje", "Väckt eller lyft", "2024-12-09", "Förekommer i"):
        assert label in html, label
    assert "Hamberg" in _page(client, "/personer?q=hamberg")


def test_case_page(client: TestClient) -> None:
    html = _page(client, "/arende/HSF240207")
    assert "Ärende HSF240207" in html and "Ärendets väg" in html
    assert html.count('href="/punkt/') >= 2


def test_api_reference_page(client: TestClient) -> None:
    swagger = _page(client, "/docs")
    assert "cdn" not in swagger.lower() and "/docs/assets/swagger-ui-bundle.js" in swagger  # offline
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    docs = _page(client, "/docs/referens")  # without JavaScript
    for text in (
        "GET /api/search",
        "limit",
        "maximum 100",
        "GET /api/cases/{dnr}",
        "GET /api/meetings/{meeting_id}",
    ):
        assert text in docs, text
    assert "`" not in docs.split("<main", 1)[1]  # backticks are <code>, not literal
    spec = client.get("/openapi.json").json()
    assert "Ett JSON-API" in spec["info"]["description"]  # Swedish where we write the text


def test_web_errors_are_friendly_swedish_pages(client: TestClient) -> None:
    assert "Sidan finns inte" in _page(client, "/punkt/nope-1", 404)
    assert "Sidan finns inte" in _page(client, "/arende/XX-1999-00001", 404)
    assert "Sidan finns inte" in _page(client, "/person/987654321", 404)
    assert "Sidan finns inte" in _page(client, "/finns-inte", 404)
    assert "Ogiltig" in _page(client, "/sok?q=skola&sida=abc", 422)
    assert "Sökfrågan är för lång" in _page(client, "/sok?q=" + "x" * 501, 422)


# -- units: chart and marked text ---------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "mode"), [("vård", "hybrid"), ("kommun", "lexical")])
def test_chart_series_add_up_to_the_year_facet(client: TestClient, query: str, mode: str) -> None:
    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    response = search(ctx, query, mode=mode)
    series = year_series(ctx, query, mode, Filters(), response)
    assert len(series) == len(response.facets["organization"]) >= 2
    years = {v.value: v.count for v in response.facets["year"]}
    assert {y: sum(s.counts.get(y, 0) for s in series) for y in years} == years
    assert sum(sum(s.counts.values()) for s in series) == sum(years.values())


def test_chart_splits_a_match_set_larger_than_a_search_page(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The chart counts every match (api.search.pivot), not a page: with a page limit far below the
    # match count it still splits per organization and adds up to the year facet.
    monkeypatch.setattr("api.search.MAX_LIMIT", 20)  # the web page's own page size still fits
    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    response = search(ctx, "vård", mode="hybrid", limit=20)
    assert response.total > 20
    series = year_series(ctx, "vård", "hybrid", Filters(), response)
    assert len(series) == len(response.facets["organization"]) >= 2
    years = {v.value: v.count for v in response.facets["year"]}
    assert {y: sum(s.counts.get(y, 0) for s in series) for y in years} == years
    html = _page(client, "/sok?q=v%C3%A5rd")
    assert "Sida 1 av 2" in html and html.count("<rect") > len(years)  # stacked: several segments


def test_chart_draws_one_bar_per_count_with_titles() -> None:
    svg = str(render_svg([Series("A <org>", {"2020": 2, "2022": 1}), Series("B", {"2022": 3})], title="T"))
    assert svg.count("<rect") == 3 and "A &lt;org&gt;" in svg
    assert ">2021<" in svg  # the gap year is on the axis
    ET.fromstring(svg)  # well-formed
    assert str(render_svg([], title="T")) == ""


def test_marked_text_links_entities_and_escapes() -> None:
    text = "Anna Berg (S) yrkar <bifall> i ärende KS-2025-00970."
    item = ItemDetail(
        item_id="a-1",
        number="§1",
        title="t",
        organization=None,
        organ=None,
        date=None,
        source="x",
        text=text,
        persons=[PersonRef(person_id=7, name="Anna Berg")],
        diarienummer=["KS-2025-00970"],
        entities=[
            {"label": "PERSON", "text": "Anna Berg", "norm": "Anna Berg", "start": 0, "end": 9},
            {"label": "DNR", "text": "KS-2025-00970", "norm": "KS-2025-00970", "start": 38, "end": 51},
        ],
    )
    html = str(marked_text(item))
    assert '<a class="ent ent-person" href="/person/7"' in html
    assert 'href="/arende/KS-2025-00970"' in html and "&lt;bifall&gt;" in html
    without_offsets = str(marked_text(item.model_copy(update={"entities": []})))
    assert without_offsets == html
