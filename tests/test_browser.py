"""End to end in headless Chromium: `arkiv serve` on a hash archive of corpus/, driven with Playwright.

Flow: search "skatteväxling", toggle a year facet, open an item, go to a person, go to a case; keyboard
navigation; the phone layout. A screenshot of each page goes to tests/artifacts/ (kept by CI).
Debian's chromium is required (`apt-get install chromium chromium-driver`): without it this test FAILS.
Never `playwright install` (a browser download; this network refuses it).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from arkiv.settings import Settings

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",  # as root the sandbox must be off
    "--disable-gpu",
    "--disable-background-networking",  # else Chromium keeps calling hosts this closed network refuses
    "--disable-component-update",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(hash_archive: Settings) -> Iterator[str]:
    """`arkiv serve` on a free loopback port; its base URL."""
    port = _free_port()
    arkiv = Path(sys.executable).parent / "arkiv"
    cmd = [str(arkiv)] if arkiv.exists() else [sys.executable, "-m", "arkiv.cli"]
    cmd += ["serve", "--data", str(hash_archive.data), "--host", "127.0.0.1", "--port", str(port)]
    env = {**os.environ, "ARKIV_EMBEDDING_MODEL": "hash", "ARKIV_MODEL_CACHE": str(hash_archive.model_cache)}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(
                    f"arkiv serve exited with {proc.returncode}: {proc.stdout.read() if proc.stdout else ''}"
                )
            try:
                if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("arkiv serve did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert CHROMIUM.exists(), "Debian chromium is missing: apt-get install -y chromium chromium-driver"
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _no_horizontal_scroll(page) -> None:  # type: ignore[no-untyped-def]
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{page.url} is {overflow}px wider than the screen"


def _open_item_with_person(page, base: str) -> str:  # type: ignore[no-untyped-def]
    """Open the result items in order until one names a person; returns the search page URL."""
    results_url = page.url
    hrefs = page.locator("ol.hits a.title").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert hrefs, "no results"
    for i, href in enumerate(hrefs):
        if i == 0:
            page.locator("ol.hits a.title").first.click()  # the first one by a real click
        else:
            page.goto(base + href)
        page.wait_for_load_state()
        if page.locator("a.ent-person, #h-persons").count():
            return results_url
    pytest.fail("no item among the results names a person")


def test_search_facet_item_person_case(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Arkivet"
    _shot(page, "01_oversikt")

    page.fill("#q", "skatteväxling")
    page.press("#q", "Enter")
    page.wait_for_url("**/sok?**")
    hits = page.locator("ol.hits > li")
    assert hits.count() > 0
    assert page.locator("ol.hits mark").count() > 0
    assert page.locator("svg.chart rect").count() > 0
    _shot(page, "02_sok_skattevaxling")

    year_link = page.locator('ul[aria-labelledby="f-year"] a').first
    year = year_link.locator(".v").inner_text().strip()
    count = int(year_link.locator(".n").inner_text())
    year_link.click()
    page.wait_for_url("**year=**")
    assert parse_qs(urlsplit(page.url).query)["year"] == [year]
    assert page.locator(".active .chip").first.inner_text().startswith(f"År (mötesdatum): {year}")
    assert page.locator('ul[aria-labelledby="f-year"] a.selected').count() == 1
    shown = int(page.locator("#h-results").inner_text().split()[0])
    # Hybrid: the semantic part of the match set is relative to the best match within the filter
    # (api.semantic), so a filtered search can find more than the facet counted, never fewer.
    assert shown >= count > 0
    _shot(page, "03_sok_filtrerad_ar")

    results_url = _open_item_with_person(page, server)
    assert "/punkt/" in page.url and page.locator("#h-text").is_visible()
    _shot(page, "04_punkt")

    person_link = page.locator("a.ent-person, #h-persons ~ ul a").first
    name = person_link.inner_text().strip()
    person_link.click()
    page.wait_for_url("**/person**")
    assert name.split()[-1] in page.locator("h1").inner_text()
    assert page.locator('link[rel="alternate"][type="application/atom+xml"]').count() == 1
    _shot(page, "05_person")

    # A case: the first diarienummer link of the search results (without the year filter).
    page.goto(results_url.split("&year=")[0].split("?year=")[0])
    if not page.locator('ol.hits a[href^="/arende/"]').count():
        # The hash embedder's semantic half is arbitrary: fall back on a search that must show a case.
        page.goto(server + "/sok?q=HSF240207&mode=lexical")
    dnr_link = page.locator('ol.hits a[href^="/arende/"]').first
    assert dnr_link.count(), "no result carries a diarienummer"
    dnr = dnr_link.inner_text().strip()
    dnr_link.click()
    page.wait_for_url("**/arende/**")
    assert page.locator("h1").inner_text().startswith(f"Ärende {dnr}")
    assert page.locator("ol.path > li").count() >= 1
    _shot(page, "06_arende")
    page.close()


def test_keyboard_reaches_search_box_and_results(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/sok?q=skatteväxling")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    reached: list[str] = []
    for _ in range(60):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate(
                "(() => { const e = document.activeElement;"
                " return e.id || (e.closest('ol.hits') ? 'hit' : e.tagName); })()"
            )
        )
        if "hit" in reached:
            break
    assert "q" in reached, reached
    assert "hit" in reached and reached.index("q") < reached.index("hit"), reached
    page.keyboard.press("Enter")  # follow the focused result link
    page.wait_for_url("**/punkt/**")

    page.goto(server + "/")
    page.focus("#q")
    page.keyboard.type("vårdval")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=v%C3%A5rdval**")
    assert page.locator("ol.hits > li").count() > 0
    page.close()


def test_phone_layout(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    for name, url in (("07_mobil_sok", "/sok?q=skatteväxling"), ("08_mobil_oversikt", "/")):
        page.goto(server + url)
        _no_horizontal_scroll(page)
        _shot(page, name)
    item = page.goto(server + "/sok?q=vårdval&mode=lexical")
    assert item is not None and item.ok
    page.locator("ol.hits a.title").first.click()
    page.wait_for_url("**/punkt/**")
    _no_horizontal_scroll(page)
    _shot(page, "09_mobil_punkt")
    page.close()


def test_browse_home_organization_organ_meeting_item_original(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.get_by_role("link", name="Kungsbacka kommun", exact=True).first.click()
    page.wait_for_url("**/organisation/**")
    _shot(page, "10_organisation")
    page.get_by_role("link", name="Kommunstyrelsen", exact=True).first.click()
    page.wait_for_url("**/organ/**")
    assert page.locator("#h-people").is_visible()
    _shot(page, "11_organ")
    page.locator('a[href^="/mote/"]').last.click()  # the oldest meeting: 2024-08-27, a protokoll
    page.wait_for_url("**/mote/**")
    assert page.locator("ol.agenda > li").count() >= 10 and page.locator("#h-attendance").is_visible()
    _shot(page, "12_mote")
    page.locator("ol.agenda a.title").nth(4).click()
    page.wait_for_url("**/punkt/**")
    crumbs = page.locator("nav.crumbs a")
    assert [crumbs.nth(i).inner_text() for i in range(crumbs.count())][-1].startswith("Möte ")
    _shot(page, "13_punkt_fran_mote")
    original = page.locator("a.original")
    with page.expect_popup() if original.get_attribute("target") else page.expect_navigation():
        original.click()
    assert page.url.endswith("/kalla") or "/original" in page.url
    page.close()


def test_sort_range_years_exclusion_and_no_match(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/sok?q=kommun&mode=lexical")
    page.get_by_role("link", name="Nyast först").click()
    page.wait_for_url("**sort=newest**")
    dates = page.locator("ol.hits .meta").all_inner_texts()
    found = [d for x in dates for d in x.split(" · ") if d[:2] == "20" and len(d) == 10]
    assert found == sorted(found, reverse=True) and found
    _shot(page, "14_sok_nyast")

    page.fill("#from", "2025-01-01")
    page.fill("#to", "2025-12-31")
    page.press("#q", "Enter")
    page.wait_for_url("**from=2025-01-01**")
    assert all(x.startswith("2025") for x in _dates(page))
    _shot(page, "15_sok_datumintervall")

    page.goto(server + "/sok?q=kommun&mode=lexical")
    for year in ("2024", "2025"):
        page.locator(f'ul[aria-labelledby="f-year"] a:has(.v:text-is("{year}"))').click()
        page.wait_for_url(f"**year={year}**")
    assert parse_qs(urlsplit(page.url).query)["year"] == ["2024", "2025"]
    assert {x[:4] for x in _dates(page)} <= {"2024", "2025"}
    assert page.locator('ul[aria-labelledby="f-year"] a.selected').count() == 2
    _shot(page, "16_sok_tva_ar")

    page.goto(server + "/sok?q=budget&mode=lexical")
    budget = int(page.locator("#h-results").inner_text().split()[0])
    page.fill("#q", "budget -skola")
    page.press("#q", "Enter")
    page.wait_for_url("**q=budget+-skola**")
    assert int(page.locator("#h-results").inner_text().split()[0]) < budget
    _shot(page, "17_sok_uteslut")

    page.goto(server + "/sok?q=skattevaxlnig")
    assert page.locator("#h-results").inner_text() == "Inga träffar"
    _shot(page, "18_ingen_traff_forslag")
    page.locator("a.suggestion").first.click()
    page.wait_for_url("**q=skattev%C3%A4xling**")
    assert page.locator("ol.hits > li").count() > 0

    page.goto(server + "/sok?q=kommun&mode=lexical")
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").first.click()
    path = download.value.path()
    header = Path(path).read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id,date,organization,organ,meeting")
    page.close()


def _dates(page) -> list[str]:  # type: ignore[no-untyped-def]
    texts = page.locator("ol.hits .meta").all_inner_texts()
    return [d for x in texts for d in x.split(" · ") if d[:2] == "20" and len(d) == 10]


def test_keyboard_reaches_syntax_help_and_facets(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/sok?q=kommun&mode=lexical")
    reached: list[str] = []
    for _ in range(120):
        page.keyboard.press("Tab")
        reached.append(page.evaluate(
            "(() => { const e = document.activeElement; if (e.tagName === 'SUMMARY') return 'help';"
            " if (e.closest('aside.facets')) return 'facet'; return e.id || e.tagName; })()"
        ))  # fmt: skip
        if "facet" in reached:
            break
    assert reached.index("q") < reached.index("help") < reached.index("facet"), reached
    page.keyboard.press("Enter")  # a focused facet value filters the list
    page.wait_for_url("**year=**")
    page.close()


def test_swagger_ui_renders_offline(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=30_000)  # the bundle's JS read the document
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/search" in paths and "/api/meetings/{meeting_id}" in paths
    assert "Sök eller bläddra" in page.locator("#swagger-ui").inner_text()  # our texts, in Swedish
    _shot(page, "23_docs_swagger")
    page.close()


def test_phone_width_of_the_new_pages(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    meeting = httpx.get(f"{server}/api/meetings", params={"organ": "Kommunstyrelsen"}).json()[-1][
        "meeting_id"
    ]
    for name, url in (
        ("19_mobil_mote", f"/mote/{meeting}"),
        ("20_mobil_blaeddra", "/sok?organ=Kommunstyrelsen"),
        ("21_mobil_personer", "/personer"),
        ("22_mobil_organ", "/organisation/Kungsbacka kommun/organ/Kommunstyrelsen"),
    ):
        page.goto(server + url)
        _no_horizontal_scroll(page)
        _shot(page, name)
    page.close()
