"""Originals: kept content-addressed in the archive, served byte-identical at the item's page, public
links from `--sources`, and no server path shown to readers."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from arkiv.archive import ArchivePaths, connect
from indexer.pipeline import index_paths
from tests.conftest import hash_settings
from tests.test_pdf_layout import _header, _pdf

PUBLIC = "https://portal.example.se/ks/mote-2026-06-01/protokoll.pdf"


def _inputs(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A three-page PDF protocol, a cp1252 text protocol, and a sources file naming the PDF."""
    folder = tmp_path / "server" / "inkommet"
    (folder / "ks" / "2026-06-01").mkdir(parents=True)
    pdf = folder / "ks" / "2026-06-01" / "protokoll.pdf"
    pdf.write_bytes(
        _pdf(
            [
                [*_header(1), (20, 50, "§ 1 Mötets öppnande"), (20, 60, "Ordföranden öppnar mötet.")],
                [*_header(2), (20, 50, "§ 2 Budget 2027"), (20, 60, "Kommunstyrelsen antar budgeten.")],
                [*_header(3), (20, 50, "§ 3 Trafikplan för Nolhaga"), (20, 60, "Trafikplanen antas.")],
            ]
        )
    )
    txt = folder / "kungsbacka_kf_2024-05-02_protokoll.txt"
    txt.write_bytes(
        "Kungsbacka kommun\nKommunfullmäktige\nProtokoll 2024-05-02\n\n§ 4 Älvsåkers förskola\n"
        "Fullmäktige beslutar att bygga förskolan.\n".encode("cp1252")
    )
    sources = tmp_path / "sources.json"
    sources.write_text(
        json.dumps([{"relativePath": "data/raw/ks/2026-06-01/protokoll.pdf", "pdfUrl": PUBLIC}]),
        encoding="utf-8",
    )
    return pdf, txt, sources


def test_originals_are_served_byte_identical_at_their_page(tmp_path: Path) -> None:
    from api.main import create_app

    pdf, txt, sources = _inputs(tmp_path)
    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    report = index_paths([pdf.parent.parent.parent], settings, sources=sources)
    assert len(report.indexed) == 2, report.skipped
    kept = sorted(p for p in (settings.data / "originals").rglob("*") if p.is_file())
    assert len(kept) == 2
    with TestClient(create_app(settings)) as client:
        hits = client.get("/api/search", params={"q": "Trafikplan Nolhaga", "mode": "lexical"}).json()[
            "results"
        ]
        item = client.get(f"/api/items/{hits[0]['item_id']}").json()
        assert item["page"] == 3 and item["original_url"].endswith("/original#page=3")
        assert item["public_url"] == PUBLIC
        served = client.get(item["original_url"].split("#")[0])
        assert served.status_code == 200 and served.content == pdf.read_bytes()
        assert served.headers["content-type"] == "application/pdf"
        assert 'filename="protokoll.pdf"' in served.headers["content-disposition"]
        assert served.headers["content-disposition"].startswith("inline")
        page = client.get(f"/punkt/{item['item_id']}").text
        assert "Original (PDF, s. 3)" in page and f'href="{item["original_url"]}"' in page
        assert f'href="{PUBLIC}"' in page
        # The text file: its charset, and no public URL (the sources file does not name it).
        hits = client.get("/api/search", params={"q": "Älvsåkers", "mode": "lexical"}).json()["results"]
        text_item = client.get(f"/api/items/{hits[0]['item_id']}").json()
        assert text_item["public_url"] is None and text_item["page"] is None
        served = client.get(text_item["original_url"])
        assert served.content == txt.read_bytes()
        assert served.headers["content-type"] == "text/plain; charset=windows-1252"
        # Readers never see where the files are on the server.
        for html in (page, client.get("/sok", params={"q": "Nolhaga"}).text, json.dumps(hits)):
            assert str(tmp_path) not in html and "inkommet" not in html
        assert client.get("/dokument/999/original").status_code == 404


def test_the_same_bytes_are_kept_once_and_a_replaced_version_is_dropped(tmp_path: Path) -> None:
    pdf, _, _ = _inputs(tmp_path)
    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    copy = tmp_path / "kopia.pdf"
    copy.write_bytes(pdf.read_bytes())
    index_paths([pdf, copy], settings)
    folder = settings.data / "originals"
    assert len([p for p in folder.rglob("*") if p.is_file()]) == 1
    pdf.write_bytes(_pdf([[(20, 50, "§ 9 Ny version"), (20, 60, "Ändrad text i protokollet.")]]))
    index_paths([pdf], settings)
    conn = connect(ArchivePaths(settings.data).db)
    wanted = {r[0] for r in conn.execute("SELECT sha256 FROM documents")}
    conn.close()
    assert {p.name for p in folder.rglob("*") if p.is_file()} == wanted


def test_a_reference_is_served_only_while_the_file_is_unchanged(tmp_path: Path) -> None:
    from api.main import create_app

    pdf, _, _ = _inputs(tmp_path)
    settings = hash_settings(tmp_path / "data", tmp_path / "cache", originals="reference")
    index_paths([pdf], settings)
    assert not (settings.data / "originals").exists()
    with TestClient(create_app(settings)) as client:
        assert client.get("/dokument/1/original").content == pdf.read_bytes()
        pdf.write_bytes(pdf.read_bytes() + b"\n% edited")
        gone = client.get("/dokument/1/original")
        assert gone.status_code == 404 and "ändrats" in gone.text


def test_a_file_that_held_a_personnummer_is_neither_kept_nor_served(tmp_path: Path) -> None:
    from api.main import create_app

    doc = tmp_path / "protokoll.txt"
    doc.write_text(
        "Socialnämnden\nProtokoll\n2025-03-04\n\n§ 1 Ansökan om bistånd\n\n"
        "Sökande 811218-9876 har ansökt om bistånd.\n",
        encoding="utf-8",
    )
    for mode in ("copy", "reference"):
        settings = hash_settings(tmp_path / mode, tmp_path / "cache", originals=mode)
        report = index_paths([doc], settings)
        assert report.masked_personnummer == 1 and report.indexed
        assert not (settings.data / "originals").exists()
        with TestClient(create_app(settings)) as client:
            hit = client.get("/api/search", params={"q": "bistånd", "mode": "lexical"}).json()["results"][0]
            assert client.get(f"/api/items/{hit['item_id']}").json()["original_url"] is None
            served = client.get("/dokument/1/original")
            assert served.status_code == 404 and "personnummer" in served.text
            assert "811218" not in served.text
