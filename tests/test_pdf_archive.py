"""PDF pages through the archive: items keep their pages in SQLite and the API; older archives migrate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from arkiv.archive import ArchiveError, ArchivePaths, connect
from indexer.pipeline import index_paths
from indexer.store.schema import SCHEMA_VERSION
from tests.conftest import hash_settings
from tests.test_pdf_layout import _header, _pdf


def _protocol(tmp_path: Path) -> Path:
    pages = [
        [*_header(1), (20, 50, "§ 1 Mötets öppnande"), (20, 60, "Ordföranden öppnar mötet.")],
        [*_header(2), (20, 50, "§ 2 Budget 2027"), (20, 60, "Kommunstyrelsen antar budgeten.")],
        [*_header(3), (20, 50, "§ 3 Trafikplan"), (20, 60, "Trafikplanen antas."), (20, 70, "Mer text.")],
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "alingsas_ks_2026-06-01_protokoll.pdf"
    path.write_bytes(_pdf(pages))
    return path


def test_items_keep_their_pages_in_the_archive_and_the_api(tmp_path: Path) -> None:
    from api.main import create_app

    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    index_paths([_protocol(tmp_path)], settings)
    conn = connect(ArchivePaths(settings.data).db)
    rows = conn.execute("SELECT uid, number, page, page_end FROM items ORDER BY seq").fetchall()
    assert [(r["number"], r["page"], r["page_end"]) for r in rows] == [
        ("§1", 1, 1),
        ("§2", 2, 2),
        ("§3", 3, 3),
    ]
    assert conn.execute("SELECT pages FROM documents").fetchone()[0] == 3
    conn.close()
    with TestClient(create_app(settings)) as client:
        item = client.get(f"/api/items/{rows[2]['uid']}").json()
    assert (item["page"], item["page_end"]) == (3, 3)


def test_an_archive_of_schema_version_1_is_brought_up_to_date(tmp_path: Path) -> None:
    from api.context import open_archive

    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    pdf = _protocol(tmp_path)
    index_paths([pdf], settings)
    paths = ArchivePaths(settings.data)
    # Make it a version-1 archive: no page columns, version 1 in the manifest.
    conn = connect(paths.db)
    conn.execute("ALTER TABLE items DROP COLUMN page")
    conn.execute("ALTER TABLE items DROP COLUMN page_end")
    conn.execute("ALTER TABLE documents DROP COLUMN pages")
    conn.commit()
    conn.close()
    manifest = json.loads(paths.manifest.read_text(encoding="utf-8"))
    paths.manifest.write_text(json.dumps({**manifest, "schema_version": 1}), encoding="utf-8")

    with pytest.raises(ArchiveError, match="run `arkiv index` on it once"):
        open_archive(settings)
    report = index_paths([pdf], settings)  # nothing new: only the migration
    assert report.unchanged and not report.indexed
    assert json.loads(paths.manifest.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    ctx = open_archive(settings)
    ctx.close()
    conn = connect(paths.db)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(items)")}
    conn.close()
    assert {"page", "page_end"} <= columns
