"""Votes and party actions through the archive: stored (schema 3), in the JSON API (`/api/items/{id}`,
`/api/persons/{id}`), on the item and person pages, in `arkiv person` and `arkiv extract --json`; and
`arkiv person` of an Alingsås politician listing proposals, reservations and initiatives (issue 9)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from arkiv.archive import ArchivePaths
from tests.conftest import hash_settings, write_archive
from tests.test_cli import arkiv

ROOT = Path(__file__).resolve().parents[1]
KS = "kungsbacka_ks_2024-08-27_protokoll.txt"


def _item_with_votes(client: TestClient) -> dict:
    hits = client.get("/api/search", params={"q": "studiebesök förtroendevalda", "mode": "lexical"}).json()
    uid = next(r["item_id"] for r in hits["results"] if r["source"].endswith(KS) and r["number"] == "§199")
    return client.get(f"/api/items/{uid}").json()


def test_item_api_and_page_show_the_omrostning(client: TestClient) -> None:
    item = _item_with_votes(client)
    votes = {(v["person"], v["vote"], v["round"]) for v in item["votes"]}
    assert len(votes) == 15
    assert ("Maria Losman", "nej", 1) in votes and ("Lisa Andersson", "ja", 1) in votes
    assert sum(v["vote"] == "ja" for v in item["votes"]) == 11  # "med 11 ja-röster mot 4 nej-röster"
    assert all(isinstance(v["person_id"], int) for v in item["votes"])
    html = client.get(f"/punkt/{item['item_id']}").text
    assert "Omröstning" in html and "ja 11" in html and "nej 4" in html


def test_person_api_and_page_list_their_votes(client: TestClient) -> None:
    item = _item_with_votes(client)
    pid = next(v["person_id"] for v in item["votes"] if v["person"] == "Maria Losman")
    person = client.get(f"/api/persons/{pid}").json()
    assert [(v["number"], v["vote"]) for v in person["votes"]] == [("§199", "nej")]
    html = client.get(f"/person/{pid}").text
    assert "Röster i omröstningar" in html and "nej" in html


def test_party_actions_are_stored_with_the_party_and_no_person(tmp_path: Path) -> None:
    from indexer.types import Action, DocMeta, Extraction, Item, Person, Vote

    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    ex = Extraction(
        source="sd.txt", sha256="ab" * 32, fmt="txt",
        meta=DocMeta(
            organization="Alingsås kommun", organ="Kommunfullmäktige", date="2026-06-10", doc_type="protokoll"
        ),
        items=[Item("§1", "Budget", "Ledamöterna från SD reserverar sig. Anna Ek (S) röstar ja.",
                    actions=[Action("", "reserved", "Ledamöterna från SD reserverar sig.", party="SD")],
                    votes=[Vote("Anna Ek", "ja", 1, "S")])],
        persons=[Person("Anna Ek", party="S", items=[0])],
    )  # fmt: skip
    write_archive(settings, [ex])
    conn = sqlite3.connect(ArchivePaths(settings.data).db)
    assert conn.execute("SELECT party, kind FROM party_actions").fetchall() == [("SD", "reserved")]
    assert conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == 0
    assert conn.execute("SELECT vote, round, party FROM votes").fetchall() == [("ja", 1, "S")]
    assert ("party", "SD") in conn.execute("SELECT facet, value FROM item_facets").fetchall()
    conn.close()
    from api.main import create_app

    with TestClient(create_app(settings)) as c:
        uid = c.get("/api/search", params={"q": "budget", "mode": "lexical"}).json()["results"][0]["item_id"]
        item = c.get(f"/api/items/{uid}").json()
        assert item["party_actions"] == [
            {"party": "SD", "kind": "reserved", "evidence": "Ledamöterna från SD reserverar sig."}
        ]
        assert "Partiet SD" in c.get(f"/punkt/{uid}").text


def test_extract_json_has_votes_and_party_actions(tmp_path: Path) -> None:
    doc = tmp_path / "protokoll.txt"
    doc.write_text(
        "Kommunfullmäktige\nProtokoll\n2026-06-10\n\nBeslutande\nAnna Ek (S), ordförande\nBo Berg (M)\n"
        "Dora Lind (SD)\n\n§ 1 Budget\nBo Berg (M) yrkar avslag. Ledamöterna från SD reserverar sig.\n"
        "Ja-röster: Anna Ek (S)\nNej-röster: Bo Berg (M), Dora Lind (SD)\n",
        encoding="utf-8",
    )
    run = arkiv("extract", str(doc), "--json")
    assert run.returncode == 0, run.stderr
    item = next(it for it in json.loads(run.stdout)["items"] if it["number"] == "§1")
    assert {"person": None, "party": "SD", "kind": "reserved"} in item["actions"]
    assert {"person": "Bo Berg", "kind": "proposed"} in item["actions"]
    assert [(v["person"], v["vote"], v["round"]) for v in item["votes"]] == [
        ("Anna Ek", "ja", 1),
        ("Bo Berg", "nej", 1),
        ("Dora Lind", "nej", 1),
    ]


@pytest.fixture(scope="module")
def alingsas_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("alingsas") / "data"
    files = [
        ROOT / "corpus" / "alingsas" / "kommunstyrelsen_2026-06-01_protokoll.pdf",
        ROOT / "corpus" / "alingsas" / "kommunstyrelsen_2026-06-15_protokoll.pdf",
        ROOT / "corpus" / "dev" / KS,
    ]
    # --organization: what a user pointing arkiv at their kommun's minutes gives when a document does
    # not print it (the organization is read elsewhere; this test is about people)
    run = arkiv(
        "index", *map(str, files), "--data", str(data), "--organization", "Alingsås kommun",
        env_extra={"ARKIV_MODEL_CACHE": str(data.parent)},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return data


def test_arkiv_person_of_an_alingsas_politician(alingsas_data: Path) -> None:
    run = arkiv("person", "Jens Christian Berlin", "--data", str(alingsas_data))
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert out.startswith("Jens Christian Berlin (L)")
    for heading in ("Yrkanden", "Reservationer", "Väckt eller lyft", "Protokollsanteckningar", "Föredragit"):
        assert f"  {heading} (" in out, heading
    assert "Initiativärende till kommunstyrelsen gällande att inrätta en kollektivtrafikdialog" in out


def test_arkiv_person_lists_votes(alingsas_data: Path) -> None:
    run = arkiv("person", "Maria Losman", "--data", str(alingsas_data))
    assert run.returncode == 0, run.stderr
    assert "Röster i omröstningar (1):" in run.stdout and "nej" in run.stdout
    js = json.loads(arkiv("person", "Maria Losman", "--data", str(alingsas_data), "--json").stdout)
    assert [(v["number"], v["vote"], v["round"]) for v in js["votes"]] == [("§199", "nej", 1)]


def test_schema_version_records_votes() -> None:
    from indexer.store.schema import DDL, SCHEMA_VERSION

    assert SCHEMA_VERSION >= 3
    assert "CREATE TABLE IF NOT EXISTS votes" in DDL and "CREATE TABLE IF NOT EXISTS party_actions" in DDL
