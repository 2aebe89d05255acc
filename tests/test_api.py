"""The FastAPI service in-process: every JSON endpoint, the error cases, filters + facets, the Atom feeds
and the Swedish web pages, against a hash-embedder archive of corpus/ (`hash_archive`, tests/conftest.py)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import parse_qs, quote, urlsplit
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from api.chart import Series, render_svg, year_series
from api.feeds import build_feed, item_entry
from api.filters import Filters
from api.main import app_factory, create_app
from api.schemas import ItemDetail, ItemRef, PersonRef
from api.search import search
from api.textmark import marked_text
from arkiv.settings import Settings, get_settings

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="session")
def client(hash_archive: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(hash_archive)) as c:
        yield c


@pytest.fixture(scope="session")
def db(hash_archive: Settings) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(hash_archive.data / "archive.sqlite")
    yield conn
    conn.close()


def _json_error(r, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error", "detail"} and body["error"], body
    return body


def _search(client: TestClient, **params: object) -> dict:
    r = client.get("/api/search", params=params)
    assert r.status_code == 200, r.text
    return r.json()


# -- search, filters and facets -----------------------------------------------------------------------------


def test_search_contract_and_highlights(client: TestClient) -> None:
    body = _search(client, q="skatteväxling")
    assert body["query"] == "skatteväxling" and body["mode"] == "hybrid"
    assert body["total"] >= len(body["results"]) > 0
    top = body["results"][0]
    for key in (
        "item_id",
        "source",
        "number",
        "title",
        "snippet",
        "score",
        "organization",
        "organ",
        "date",
        "diarienummer",
        "found_by",
    ):
        assert key in top
    assert any("<mark>" in r["snippet"].lower() for r in body["results"])
    assert set(body["facets"]) >= {"year", "organization", "organ", "doc_type", "party", "person", "kommun"}


@pytest.mark.parametrize("mode", ["lexical", "semantic", "hybrid"])
def test_every_mode_answers(client: TestClient, mode: str) -> None:
    body = _search(client, q="vårdval", mode=mode, limit=5)
    assert body["mode"] == mode and 0 < len(body["results"]) <= 5


def test_facet_counts_are_over_all_matches(client: TestClient) -> None:
    # A lexical query with many matches, one result per page: the counts cannot come from the page.
    body = _search(client, q="kommun", mode="lexical", limit=1)
    assert body["total"] > 5 and len(body["results"]) == 1
    for name in ("year", "doc_type", "organization"):
        values = body["facets"][name]
        assert values, name
        for v in values[:3]:
            filtered = _search(client, q="kommun", mode="lexical", limit=1, **{name: v["value"]})
            assert filtered["total"] == v["count"], (name, v)


def test_facet_toggle_urls_set_and_clear_a_filter(client: TestClient) -> None:
    body = _search(client, q="kommun", mode="lexical")
    year = body["facets"]["year"][0]
    assert year["selected"] is False
    on = client.get(year["toggle_url"]).json()
    assert on["filters"] == {"year": year["value"]} and on["query"] == "kommun" and on["mode"] == "lexical"
    assert all(r["date"] is None or r["date"].startswith(year["value"]) for r in on["results"])
    selected = [v for v in on["facets"]["year"] if v["selected"]]
    assert [v["value"] for v in selected] == [year["value"]]
    off = client.get(selected[0]["toggle_url"]).json()
    assert off["filters"] == {} and off["total"] == body["total"]


def test_filters_never_empty_a_search_with_matches(client: TestClient) -> None:
    body = _search(client, q="skatteväxling", mode="semantic", limit=100)
    org = body["facets"]["organization"][-1]
    filtered = _search(client, q="skatteväxling", mode="semantic", organization=org["value"])
    # The semantic match set is relative to the best similarity within the filters (api.semantic), so it
    # may grow when the filter removes better matches; it never shrinks below the facet's count.
    assert filtered["total"] >= org["count"] > 0
    assert {r["organization"] for r in filtered["results"]} == {org["value"]}


def test_paging_with_offset(client: TestClient) -> None:
    first = _search(client, q="kommun", mode="lexical", limit=3)
    second = _search(client, q="kommun", mode="lexical", limit=3, offset=3)
    ids1 = [r["item_id"] for r in first["results"]]
    ids2 = [r["item_id"] for r in second["results"]]
    assert len(ids2) == 3 and not set(ids1) & set(ids2)
    assert ids1 + ids2 == [
        r["item_id"] for r in _search(client, q="kommun", mode="lexical", limit=6)["results"]
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 501},
        {"q": ""},
        {"q": "   "},
        {"q": "skola", "limit": 0},
        {"q": "skola", "limit": 101},
        {"q": "skola", "limit": "abc"},
        {"q": "skola", "offset": -1},
        {"q": "skola", "mode": "magic"},
        {"q": "skola", "year": "20x4"},
        {"q": "skola", "organ": "o" * 201},
    ],
)
def test_bad_search_input_is_a_json_422(client: TestClient, params: dict) -> None:
    body = _json_error(client.get("/api/search", params=params), 422)
    assert len(body["error"].splitlines()) == 1


def test_missing_q_is_a_422(client: TestClient) -> None:
    _json_error(client.get("/api/search"), 422)


@pytest.mark.parametrize("query", ['"', "AND", "skola OR", "NEAR(", "*", "-", "a:b", "🙂"])
def test_fts_syntax_in_a_query_never_breaks_it(client: TestClient, query: str) -> None:
    r = client.get("/api/search", params={"q": query, "mode": "lexical"})
    assert r.status_code in (200, 422), r.text


# -- items, persons, cases, stats -----------------------------------------------------------------------


def _first_item(client: TestClient, q: str = "skatteväxling") -> str:
    return str(_search(client, q=q, mode="lexical")["results"][0]["item_id"])


def test_item_and_related(client: TestClient) -> None:
    item_id = _first_item(client)
    item = client.get(f"/api/items/{item_id}").json()
    assert item["item_id"] == item_id and item["text"] and item["title"]
    related = client.get(f"/api/items/{item_id}/related").json()
    assert isinstance(related, list)
    assert item_id not in {r["item_id"] for r in related}
    assert all(r["reason"] and r["kind"] in ("case", "semantic") for r in related)


def test_related_puts_the_same_case_first(client: TestClient) -> None:
    case = client.get("/api/cases/HSF240207").json()
    first, other = case["items"][0]["item_id"], case["items"][1]["item_id"]
    related = client.get(f"/api/items/{first}/related").json()
    assert related[0]["item_id"] == other and related[0]["kind"] == "case"


def test_unknown_ids_are_json_404(client: TestClient) -> None:
    _json_error(client.get("/api/items/nope-1"), 404)
    _json_error(client.get("/api/items/nope-1/related"), 404)
    _json_error(client.get("/api/persons/987654321"), 404)
    _json_error(client.get("/api/cases/XX-1999-00001"), 404)
    _json_error(client.get("/api/nothing-here"), 404)


def test_bad_ids_are_json_422(client: TestClient) -> None:
    _json_error(client.get("/api/persons/abc"), 422)
    _json_error(client.get("/api/persons/0"), 422)
    _json_error(client.get("/api/persons", params={"q": ""}), 422)
    _json_error(client.get("/api/items/" + "x" * 101), 422)


def _robert_hamberg(client: TestClient) -> int:
    found = client.get("/api/persons", params={"q": "hamberg"}).json()
    ids = [p["person_id"] for p in found if p["name"] == "Robert Hamberg"]
    assert ids, found
    return int(ids[0])


def test_persons_fuzzy_lookup_and_detail(client: TestClient) -> None:
    found = client.get("/api/persons", params={"q": "robert hamberg"}).json()
    assert found and found[0]["name"] == "Robert Hamberg"
    assert _robert_hamberg(client) == found[0]["person_id"]
    person = client.get(f"/api/persons/{found[0]['person_id']}").json()
    assert person["name"] == "Robert Hamberg"
    raised = person["actions"].get("raised", [])
    assert any(a["date"] == "2024-12-09" for a in raised), raised


def test_case_with_slashes_and_normalisation(client: TestClient, db: sqlite3.Connection) -> None:
    case = client.get("/api/cases/HSF240207").json()
    assert case["dnr"] == "HSF240207" and len(case["items"]) == 2
    dates = [it["date"] or "" for it in case["items"]]
    assert dates == sorted(dates)
    slashed = db.execute("SELECT dnr FROM item_dnr WHERE dnr LIKE '%/%' LIMIT 1").fetchone()[0]
    body = client.get(f"/api/cases/{slashed}").json()
    n = db.execute("SELECT COUNT(DISTINCT item_id) FROM item_dnr WHERE dnr = ?", (slashed,)).fetchone()[0]
    assert body["dnr"] == slashed and len(body["items"]) == n


def test_stats_match_the_archive(client: TestClient, db: sqlite3.Connection) -> None:
    s = client.get("/api/stats").json()
    for table in ("documents", "items", "persons"):
        assert s[table] == db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0], table
    assert s["cases"] == db.execute("SELECT COUNT(DISTINCT dnr) FROM item_dnr").fetchone()[0]
    assert sum(s["organizations"].values()) <= s["items"] and s["organizations"]
    assert s["date_min"] <= s["date_max"] and s["model"].startswith("hash")


# -- read-only, docs, start-up ------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_the_api_is_read_only(client: TestClient, method: str) -> None:
    _json_error(client.request(method, "/api/search", params={"q": "skola"}), 405)
    r = client.request(method, "/sok")
    assert r.status_code == 405 and "text/html" in r.headers["content-type"]


def test_head_is_answered_without_a_body(client: TestClient) -> None:
    for path in ("/api/stats", "/", "/sok?q=skola"):
        r = client.head(path)
        assert r.status_code == 200 and r.content == b"", path


def test_openapi_docs(client: TestClient) -> None:
    docs = _page(client, "/docs")
    assert "cdn" not in docs.lower()  # readable offline and without JavaScript
    for text in ("GET /api/search", "limit", "maximum 100", "GET /api/cases/{dnr}", "/openapi.json"):
        assert text in docs, text
    paths = client.get("/openapi.json").json()["paths"]
    for p in (
        "/api/search",
        "/api/items/{item_id}",
        "/api/items/{item_id}/related",
        "/api/persons",
        "/api/persons/{person_id}",
        "/api/cases/{dnr}",
        "/api/stats",
    ):
        assert p in paths, p
    assert "/sok" not in paths
    spec = client.get("/openapi.json").json()
    error = spec["paths"]["/api/search"]["get"]["responses"]["422"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/Error"}
    assert set(spec["components"]["schemas"]["Error"]["properties"]) == {"error", "detail"}


def test_missing_archive_is_a_clear_503_until_it_is_indexed(tmp_path, hash_archive: Settings) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "later"
    app = create_app(get_settings(data=data, embedding_model="hash"))
    with TestClient(app) as c:
        body = _json_error(c.get("/api/stats"), 503)
        assert "no archive" in body["error"]
        page = c.get("/")
        assert page.status_code == 503 and "Arkivet kunde inte öppnas" in page.text
        shutil.copytree(hash_archive.data, data)  # indexed while the server runs
        assert c.get("/api/stats").json()["items"] > 0


def test_app_factory_reads_the_environment(hash_archive: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARKIV_DATA", str(hash_archive.data))
    monkeypatch.setenv("ARKIV_EMBEDDING_MODEL", "hash")
    with TestClient(app_factory()) as c:
        assert c.get("/api/stats").json()["items"] > 0


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
    dated = [u for e in entries if (u := e.findtext(f"{ATOM}updated") or "").endswith("T00:00:00Z")]
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
    assert root.findtext(f"{ATOM}updated") == "2024-01-02T00:00:00Z"


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
        "År",
        "Organisation",
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


def test_search_page_paging_and_mode_links(client: TestClient) -> None:
    total = _search(client, q="kommun", mode="lexical")["total"]
    assert total > 20  # more than one page
    first = _page(client, "/sok?q=kommun&mode=lexical")
    assert "Sida 1 av" in first and "/sok?q=kommun&amp;mode=lexical&amp;sida=2" in first
    second = _page(client, "/sok?q=kommun&mode=lexical&sida=2")
    assert "Sida 2 av" in second and 'rel="prev"' in second and '<ol class="hits" start="21">' in second
    assert 'href="/sok?q=kommun&amp;mode=semantic"' in first and 'href="/sok?q=kommun"' in first


def _hrefs(html: str) -> list[str]:
    import html as h
    import re

    return [h.unescape(m) for m in re.findall(r'href="([^"]+)"', html)]


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


def test_web_errors_are_friendly_swedish_pages(client: TestClient) -> None:
    assert "Sidan finns inte" in _page(client, "/punkt/nope-1", 404)
    assert "Sidan finns inte" in _page(client, "/arende/XX-1999-00001", 404)
    assert "Sidan finns inte" in _page(client, "/person/987654321", 404)
    assert "Sidan finns inte" in _page(client, "/finns-inte", 404)
    assert "Ogiltig" in _page(client, "/sok?q=skola&sida=abc", 422)
    assert "Sökfrågan är för lång" in _page(client, "/sok?q=" + "x" * 501, 422)


# -- units: chart and marked text ---------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "mode"), [("skatteväxling", "hybrid"), ("kommun", "lexical")])
def test_chart_series_add_up_to_the_year_facet(client: TestClient, query: str, mode: str) -> None:
    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    response = search(ctx, query, mode=mode)
    series = year_series(ctx, query, mode, Filters(), response)
    assert len(series) == len(response.facets["organization"]) >= 2
    years = {v.value: v.count for v in response.facets["year"]}
    assert {y: sum(s.counts.get(y, 0) for s in series) for y in years} == years
    assert sum(sum(s.counts.values()) for s in series) == sum(years.values())


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
