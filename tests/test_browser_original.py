"""In headless Chromium: an item page of a PDF protocol links its original at the item's page, and the
link serves the very bytes that were indexed. `arkiv serve` runs on a hash archive of a PDF made here.
Debian's chromium is required (see tests/test_browser.py); never `playwright install`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from indexer.pipeline import index_paths
from tests.conftest import hash_settings
from tests.test_browser import ARTIFACTS, CHROMIUM, LAUNCH_ARGS, _free_port
from tests.test_pdf_layout import _header, _pdf

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PUBLIC = "https://portal.example.se/ks/2026-06-01/protokoll.pdf"


@pytest.fixture(scope="module")
def pdf_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`arkiv serve` on an archive of one four-page PDF protocol; (base URL, the PDF)."""
    root = tmp_path_factory.mktemp("pdf_server")
    folder = root / "raw" / "ks" / "2026-06-01"
    folder.mkdir(parents=True)
    pdf = folder / "protokoll.pdf"
    pdf.write_bytes(
        _pdf(
            [
                [*_header(1), (20, 50, "§ 1 Mötets öppnande"), (20, 60, "Ordföranden öppnar mötet.")],
                [*_header(2), (20, 50, "§ 2 Budget 2027"), (20, 60, "Kommunstyrelsen antar budgeten.")],
                [*_header(3), (20, 50, "Budgeten gäller från januari.")],
                [*_header(4), (20, 50, "§ 3 Cykelplan för Alingsås"), (20, 60, "Cykelplanen antas.")],
            ]
        )
    )
    sources = root / "sources.json"
    sources.write_text(json.dumps([{"relativePath": "raw/ks/2026-06-01/protokoll.pdf", "pdfUrl": PUBLIC}]))
    settings = hash_settings(root / "data", root / "cache")
    assert index_paths([pdf], settings, sources=sources).indexed
    port = _free_port()
    cmd = [sys.executable, "-m", "arkiv.cli", "serve", "--data", str(settings.data), "--port", str(port)]
    env = {**os.environ, "ARKIV_EMBEDDING_MODEL": "hash", "ARKIV_MODEL_CACHE": str(settings.model_cache)}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, "arkiv serve exited"
            try:
                if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "arkiv serve did not answer within 60 s"
            time.sleep(0.2)
        yield base, pdf
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_item_page_links_the_original_at_its_page(pdf_server: tuple[str, Path]) -> None:
    base, pdf = pdf_server
    assert CHROMIUM.exists(), "Debian chromium is missing: apt-get install -y chromium chromium-driver"
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + "/sok?q=Cykelplan&mode=lexical")
            page.locator("ol.hits a.title").first.click()
            page.wait_for_url("**/punkt/**")
            link = page.get_by_role("link", name="Original (PDF, s. 4)")
            assert link.count() == 1
            href = link.get_attribute("href")
            assert href is not None and href.endswith("/original#page=4")
            public = page.get_by_role("link", name="Publicerad hos kommunen")
            assert public.get_attribute("href") == PUBLIC
            assert str(pdf.parent) not in page.content()
            page.screenshot(path=str(ARTIFACTS / "07_punkt_original.png"), full_page=True)
            served = page.request.get(base + href)  # the browser's own session fetches the link
            assert served.ok and served.headers["content-type"] == "application/pdf"
            assert served.body() == pdf.read_bytes()
            page.close()
        finally:
            browser.close()
