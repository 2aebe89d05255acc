"""The JSON API in-process (FastAPI TestClient): every endpoint, the error cases, filters + facets, read-only,
start-up — against a hash-embedder archive of corpus/ (`hash_archive`, tests/conftest.py).
The web pages and feeds are tested in tests/test_web.py."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator

import pytest
from apiclient import search_json
from fastapi.testclient import TestClient

from api.main import app_factory, create_app
from arkiv.settings import Settings, get_settings


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


# -- search, filters and facets -----------------------------------------------------------------------------


def test_search_contract_and_highlights(client: TestClient) -> None:
    body = search_json(client, q="skatteväxling")
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
    body = search_json(client, q="vårdval", mode=mode, limit=5)
    assert body["mode"] == mode and 0 < len(body["results"]) <= 5


@pytest.mark.parametrize(
    ("q", "mode"), [("kommun", "lexical"), ("kommun", "hybrid"), ("vårdval", "semantic")]
)
def test_facet_counts_are_what_a_click_returns(
    client: TestClient, q: str, mode: str, wide_floor: None
) -> None:
    # One result per page: the counts cannot come from the page. Clicking a value gives its count.
    body = search_json(client, q=q, mode=mode, limit=1)
    assert body["total"] > 1 and len(body["results"]) == 1
    for name in ("year", "doc_type", "organization"):
        values = body["facets"][name]
        assert values, name
        for v in values[:3]:
            filtered = search_json(client, q=q, mode=mode, limit=1, **{name: v["value"]})
            assert filtered["total"] == v["count"], (name, v)


def test_facet_toggle_urls_set_and_clear_a_filter(client: TestClient) -> None:
    body = search_json(client, q="kommun", mode="lexical")
    year = body["facets"]["year"][0]
    assert year["selected"] is False
    on = client.get(year["toggle_url"]).json()
    assert on["filters"] == {"year": year["value"]} and on["query"] == "kommun" and on["mode"] == "lexical"
    assert all(r["date"] is None or r["date"].startswith(year["value"]) for r in on["results"])
    selected = [v for v in on["facets"]["year"] if v["selected"]]
    assert [v["value"] for v in selected] == [year["value"]]
    off = client.get(selected[0]["toggle_url"]).json()
    assert off["filters"] == {} and off["total"] == body["total"]


@pytest.mark.parametrize("mode", ["semantic", "hybrid"])
def test_filtered_total_equals_the_facet_count(client: TestClient, mode: str, wide_floor: None) -> None:
    body = search_json(client, q="skatteväxling", mode=mode, limit=100)
    org = body["facets"]["organization"][-1]
    filtered = search_json(client, q="skatteväxling", mode=mode, organization=org["value"], limit=100)
    # The semantic match set does not depend on the filters (api.semantic): the facet's count is exact.
    assert filtered["total"] == org["count"] > 0
    assert {r["organization"] for r in filtered["results"]} == {org["value"]}


def test_paging_with_offset(client: TestClient) -> None:
    first = search_json(client, q="kommun", mode="lexical", limit=3)
    second = search_json(client, q="kommun", mode="lexical", limit=3, offset=3)
    ids1 = [r["item_id"] for r in first["results"]]
    ids2 = [r["item_id"] for r in second["results"]]
    assert len(ids2) == 3 and not set(ids1) & set(ids2)
    assert ids1 + ids2 == [
        r["item_id"] for r in search_json(client, q="kommun", mode="lexical", limit=6)["results"]
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 501},
        {"q": "skola", "from": "2024-13-01"},
        {"q": "skola", "sort": "random"},
        {"q": "skola", "format": "xml"},
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


def test_no_query_browses_newest_first(client: TestClient) -> None:
    body = search_json(client, organ="Kommunstyrelsen", limit=100)
    dates = [r["date"] for r in body["results"]]
    assert body["sort"] == "newest" and dates == sorted(dates, reverse=True) and dates
    assert {r["organ"] for r in body["results"]} == {"Kommunstyrelsen"}
    assert body["total"] <= body["total_items"]  # a kallelse row and its paragraph are one row


@pytest.mark.parametrize("query", ['"', "AND", "skola OR", "NEAR(", "*", "-", "a:b", "🙂"])
def test_fts_syntax_in_a_query_never_breaks_it(client: TestClient, query: str) -> None:
    r = client.get("/api/search", params={"q": query, "mode": "lexical"})
    assert r.status_code in (200, 422), r.text


# -- items, persons, cases, stats -----------------------------------------------------------------------


def _first_item(client: TestClient, q: str = "skatteväxling") -> str:
    return str(search_json(client, q=q, mode="lexical")["results"][0]["item_id"])


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
