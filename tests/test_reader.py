"""A reader's archive in-process: browsing, order and ranges, OR'd facet values, the query syntax, no-match
with did-you-mean, one row per ärende, meetings, exports, the schema migration and the pages built on them —
against the hash-embedder archive of corpus/ (`hash_archive`, tests/conftest.py)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3

import pytest
from apiclient import search_json
from fastapi.testclient import TestClient

from api.context import open_archive
from arkiv.archive import ArchiveError, ArchivePaths, migrate_archive, read_manifest, write_manifest
from arkiv.cli import main
from arkiv.settings import Settings


def _text(client: TestClient, item_id: str) -> str:
    item = client.get(f"/api/items/{item_id}").json()
    return f"{item['title']}\n{item['text']}".casefold()


def _all(client: TestClient, **params: object) -> dict:
    return search_json(client, limit=100, **params)


# -- the query syntax ----------------------------------------------------------------------------------------


def test_exclusion_phrase_or(client: TestClient) -> None:
    budget = _all(client, q="budget", mode="lexical")
    minus = _all(client, q="budget -skola", mode="lexical")
    assert 0 < minus["total"] < budget["total"]  # the "budget -skola" gave more than "budget"
    assert minus["query_syntax"]["excluded"] == ["skola"]
    for r in minus["results"]:
        assert not any(w.startswith("skol") for w in _text(client, r["item_id"]).split()), r["title"]

    phrase = _all(client, q='"nära vård"')
    assert phrase["total"] > 0 and phrase["query_syntax"]["required"] == ["nära vård"]
    for r in phrase["results"]:
        assert "nära vård" in " ".join(_text(client, r["item_id"]).split()), r["title"]

    either = _all(client, q="Vrakatdagen OR fioler", mode="lexical")
    one = [_all(client, q=q, mode="lexical")["total"] for q in ("Vrakatdagen", "fioler")]
    assert either["total"] == sum(one) and either["query_syntax"]["or_groups"] == [["Vrakatdagen", "fioler"]]


def test_a_diarienummer_in_any_form(client: TestClient) -> None:
    ids = {r["item_id"] for r in _all(client, q="KS-2024-00444", mode="lexical")["results"]}
    assert ids and ids == {r["item_id"] for r in _all(client, q="ks 2024-00444", mode="lexical")["results"]}


@pytest.mark.parametrize("mode", ["lexical", "hybrid", "semantic"])
def test_no_word_in_the_archive_is_no_match(client: TestClient, mode: str) -> None:
    body = search_json(client, q="xyzzyqwerty", mode=mode)
    assert body["no_match"] and body["total"] == 0 and body["results"] == []
    assert all(v["count"] == 0 for vs in body["facets"].values() for v in vs)


def test_did_you_mean_offers_the_archive_s_own_word(client: TestClient) -> None:
    body = search_json(client, q="skattevaxlnig", mode="lexical")
    assert body["no_match"] and body["suggestions"][0] == "skatteväxling"
    assert search_json(client, q=body["suggestions"][0], mode="lexical")["total"] > 0
    page = client.get("/sok", params={"q": "skattevaxlnig"}).text
    assert "Menade du" in page and "skatteväxling" in page and "Inga träffar" in page


# -- order, ranges, OR'd values ------------------------------------------------------------------------------


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_sort_by_date(client: TestClient, sort: str) -> None:
    body = _all(client, q="kommunstyrelsen", mode="lexical", sort=sort)
    dates = [r["date"] for r in body["results"] if r["date"]]
    assert len(dates) > 5 and dates == sorted(dates, reverse=sort == "newest")


def test_date_range_and_two_years(client: TestClient) -> None:
    body = _all(client, **{"from": "2025-01-01", "to": "2025-10-31"})
    assert body["total"] > 0 and all("2025-01-01" <= r["date"] <= "2025-10-31" for r in body["results"])
    assert body["filters"] == {"date_from": "2025-01-01", "date_to": "2025-10-31"}
    both = _all(client, q="kommun", mode="lexical", year=["2024", "2025"])
    assert {r["date"][:4] for r in both["results"]} <= {"2024", "2025"}
    years = {v["value"]: v for v in both["facets"]["year"]}
    assert (
        years["2024"]["selected"] and years["2025"]["selected"] and not years.get("2026", {}).get("selected")
    )
    assert both["total"] == years["2024"]["count"] + years["2025"]["count"]  # one year per row: they add up
    for y in ("2024", "2025"):
        assert _all(client, q="kommun", mode="lexical", year=y)["total"] == years[y]["count"]


# -- one ärende, one row; meetings ---------------------------------------------------------------------------


def test_kallelse_row_and_paragraph_are_one_result(client: TestClient) -> None:
    body = search_json(client, q="fioler", mode="lexical")
    assert body["total"] == 1 and body["total_items"] == 2
    row = body["results"][0]
    assert row["doc_type"] == "protokoll" and [a["doc_type"] for a in row["also"]] == ["kallelse"]
    assert {v["value"]: v["count"] for v in body["facets"]["doc_type"]} == {"protokoll": 1, "kallelse": 1}


def test_meeting_api_and_every_item_has_its_meeting(client: TestClient) -> None:
    row = search_json(client, q="Vrakatdagen", mode="lexical", doc_type="protokoll")["results"][0]
    assert client.get(f"/api/items/{row['item_id']}").json()["meeting_id"] == row["meeting_id"]
    m = client.get(f"/api/meetings/{row['meeting_id']}").json()
    assert (m["organ"], m["date"]) == ("Kommunstyrelsen", "2024-08-27")
    assert [d["doc_type"] for d in m["documents"]] == ["protokoll"]
    numbers = [int(a["number"].lstrip("§")) for a in m["agenda"]]
    assert numbers == sorted(numbers) and len(numbers) == m["n_items"] == 20
    roles = {a["name"]: a["roles"] for a in m["attendance"]}
    assert "ordförande" in roles["Lisa Andersson"] and roles["Berit Bergström"] == ["tjänstgörande ersättare"]
    assert m["attendance"][0]["name"] == "Lisa Andersson"  # the chair first
    berit = next(a for a in m["attendance"] if a["name"] == "Berit Bergström")
    assert berit["replaces"] == "Axel Storckenfeldt"  # "ersätter Axel" / "Storckenfeldt (M)" two lines down
    assert m["next"]["date"] == "2025-10-21" and m["previous"] is None
    back = client.get(f"/api/meetings/{m['next']['meeting_id']}").json()
    assert back["previous"]["meeting_id"] == m["meeting_id"]
    kultur = client.get("/api/meetings", params={"organ": "Nämnden för Kultur & Fritid"}).json()
    assert len(kultur) == 1 and kultur[0]["doc_types"] == ["protokoll", "kallelse"]
    agenda = client.get(f"/api/meetings/{kultur[0]['meeting_id']}").json()["agenda"]
    assert sum(1 for a in agenda if a["also"]) >= 18  # the kallelse's rows fold into the paragraphs
    assert client.get("/api/meetings/1999-01-01-00000000").status_code == 404


# -- exports -------------------------------------------------------------------------------------------------


def test_search_exports_every_row(client: TestClient) -> None:
    total = search_json(client, q="kommun", mode="lexical")["total"]
    r = client.get("/api/search", params={"q": "kommun", "mode": "lexical", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert (
        len(rows) == total == int(r.headers["x-total-count"]) and r.headers["x-export-truncated"] == "false"
    )
    assert set(rows[0]) >= {
        "id",
        "date",
        "organization",
        "organ",
        "meeting",
        "number",
        "title",
        "diarienummer",
        "url",
    }
    assert rows[0]["url"].endswith(f"/punkt/{rows[0]['id']}")
    nd = client.get("/api/search", params={"q": "kommun", "mode": "lexical", "format": "ndjson"})
    assert [json.loads(x)["id"] for x in nd.text.splitlines()] == [x["id"] for x in rows]


@pytest.mark.parametrize("fmt", ["ndjson", "csv", "parquet"])
def test_arkiv_export_writes_every_table(hash_archive: Settings, tmp_path, fmt: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "--data", str(hash_archive.data), "--out", str(tmp_path), "--format", fmt]) == 0
    conn = sqlite3.connect(hash_archive.data / "archive.sqlite")
    n_items = conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    for table in ("items", "persons", "actions", "cases", "meetings"):
        assert (tmp_path / f"{table}.{fmt}").stat().st_size > 0
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(tmp_path / "items.parquet").num_rows == n_items
    elif fmt == "csv":
        assert len(list(csv.DictReader((tmp_path / "items.csv").open(encoding="utf-8")))) == n_items
    else:
        assert len((tmp_path / "items.ndjson").read_text(encoding="utf-8").splitlines()) == n_items
    assert "items" in capsys.readouterr().out


def test_cli_search_sort_range_repeated_filters_and_csv(hash_archive: Settings, capsys) -> None:  # type: ignore[no-untyped-def]
    data = str(hash_archive.data)
    args = ["search", "kommun", "--data", data, "--mode", "lexical", "--year", "2024", "--year", "2025"]
    assert main([*args, "--sort", "oldest", "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    dates = [r["date"] for r in body["results"]]
    assert dates == sorted(dates) and {d[:4] for d in dates} <= {"2024", "2025"}
    assert main([*args, "--from", "2025-01-01", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(r["date"] >= "2025-01-01" for r in rows)


# -- the schema migration ------------------------------------------------------------------------------------


def test_an_archive_of_schema_1_is_refused_then_migrated(hash_archive: Settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "old"
    shutil.copytree(hash_archive.data, data)
    conn = sqlite3.connect(data / "archive.sqlite")
    before = dict(conn.execute("SELECT i.uid, m.uid FROM items i JOIN meetings m ON m.id = i.meeting_id"))
    for stmt in (
        "DROP INDEX items_meeting", "DROP INDEX documents_meeting",
        "ALTER TABLE items DROP COLUMN meeting_id", "ALTER TABLE documents DROP COLUMN meeting_id",
        "DROP TABLE meetings", "PRAGMA user_version = 0",
    ):  # fmt: skip
        conn.execute(stmt)
    conn.commit()
    conn.close()
    paths = ArchivePaths(data)
    manifest = read_manifest(paths)
    assert manifest is not None
    write_manifest(paths, {**manifest, "schema_version": 1})
    settings = hash_archive.model_copy(update={"data": data})
    with pytest.raises(ArchiveError, match="arkiv migrate"):
        open_archive(settings)
    assert main(["migrate", "--data", str(data)]) == 0
    migrate_archive(paths)  # twice: nothing more to do
    with open_archive(settings) as ctx:
        after = dict(
            ctx.conn.execute(
                "SELECT i.uid, m.uid FROM items i JOIN meetings m ON m.id = i.meeting_id"
            ).fetchall()
        )
    assert after == before and len(after) > 200


# -- pages ---------------------------------------------------------------------------------------------------


def test_browse_pages_link_home_organ_meeting_item(client: TestClient) -> None:
    home = client.get("/").text
    assert 'href="/organisation/Kungsbacka%20kommun"' in home and 'href="/sok?year=2024"' in home
    assert "e5" not in home and "Sökmodell" not in home  # no model jargon
    org = client.get("/organisation/Kungsbacka kommun").text
    assert "/organisation/Kungsbacka%20kommun/organ/Kommunstyrelsen" in org
    organ = client.get("/organisation/Kungsbacka kommun/organ/Kommunstyrelsen").text
    assert "Lisa Andersson" in organ and "/mote/" in organ
    row = search_json(client, q="Vrakatdagen", mode="lexical", doc_type="protokoll")["results"][0]
    meeting = client.get(f"/mote/{row['meeting_id']}").text
    assert "Dagordning" in meeting and "Närvaro" in meeting and "Moderaterna (M)" in meeting
    item = client.get(f"/punkt/{row['item_id']}", params={"q": "sponsring"}).text
    assert f'href="/mote/{row["meeting_id"]}"' in item and "<mark>sponsring</mark>" in item.casefold()
    assert 'href="/organisation/Kungsbacka%20kommun/organ/Kommunstyrelsen"' in item
    assert "Kommunstyrelsen avslår ansökan." in item  # the decision, above the text
    browse = client.get("/sok", params={"organ": "Kommunstyrelsen"}).text
    assert "Bläddra i arkivet" in browse and "Nyast först" in browse and 'class="hit"' in browse
    assert client.get("/organisation/Ingen kommun").status_code == 404


def test_people_party_case_and_favicon_pages(client: TestClient) -> None:
    people = client.get("/personer").text
    assert "Per organ" in people and "Moderaterna (M)" in people and 'href="/parti/M"' in people
    party = client.get("/parti/M").text
    assert "Moderaterna (M)" in party and "Lisa Andersson" in party
    case = client.get("/arende/KS-2024-00444").text
    assert "Ansökan om sponsring för Vrakatdagen 2024" in case and "Kommunstyrelsen avslår ansökan." in case
    pid = client.get("/api/persons", params={"q": "Lisa Andersson"}).json()[0]["person_id"]
    assert "Moderaterna (M)" in client.get(f"/person/{pid}").text
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tjänstgörande ersättare\nPontus Jensen (S) ersätter Shabnam\nZamani (S)\n", "Shabnam Zamani"),
        ("Anna Berg (S) för Per Olsson (S)\n", "Per Olsson"),
        (
            "Ordförande Lennart Torgeson (M) ersätter Nils\n"
            "Peter Wesley (KD), 1:e vice ordförande Skyman (M)\n",
            "Nils Skyman",
        ),
        # An absent member is not among the persons; a whole name on the line is read, not guessed.
        ("Anna Berg (S) ersätter Ingen Alls (S)\n", "Ingen Alls"),
    ],
)
def test_whom_a_serving_substitute_replaced(text: str, expected: str | None) -> None:
    from indexer.entities.substitutes import mark_substitutes
    from indexer.types import Person

    names = ("Pontus Jensen", "Shabnam Zamani", "Anna Berg", "Per Olsson", "Lennart Torgeson", "Nils Skyman")
    persons = [Person(n) for n in names]
    mark_substitutes(persons, text)
    assert [p.replaces for p in persons if p.replaces] == ([expected] if expected else [])
