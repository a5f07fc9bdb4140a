"""End to end in real headless Chromium (Debian's, driven by Playwright): load, filter, click through.

Screenshots of every page go to a temporary directory (``BILAT_SCREENSHOTS`` keeps them).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("BILAT_TEST_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _load_kbdata() -> Any:
    if "kbdata" in sys.modules:
        return sys.modules["kbdata"]
    spec = importlib.util.spec_from_file_location("kbdata", Path(__file__).parents[1] / "api" / "kbdata.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["kbdata"] = module
    spec.loader.exec_module(module)
    return module


kbdata = _load_kbdata()


def _chromium_or_skip() -> str:
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"Chromium not found at {CHROMIUM} in CI; scripts/test-services.sh installs it")
    pytest.skip(f"Chromium not found at {CHROMIUM} (set BILAT_TEST_CHROMIUM)")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real server (uvicorn) on 127.0.0.1 and a free port, in a thread."""
    import uvicorn

    from bilat.api import create_app

    _chromium_or_skip()
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
    kbdata.build(url)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    pw_api = pytest.importorskip("playwright.sync_api")
    with pw_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=_chromium_or_skip(), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()
    assert not errors, f"the page logged errors: {errors}"


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    keep = os.environ.get("BILAT_SCREENSHOTS")
    path = Path(keep) if keep else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _shot(page: Any, shots: Path, name: str) -> None:
    out = shots / f"{name}.png"
    page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 5000


def test_browser_every_page_loads_and_is_screenshot(page: Any, server: str, shots: Path) -> None:
    for name, path, heading in (
        ("timeline", "/", "Timeline"),
        ("map", "/map", "Map"),
        ("relations", "/relations?country=USA&country=CHN", "United States – China"),
        ("commitments", "/commitments?as_of=2019-07-01", "Commitments"),
        ("actors", "/actors", "Actors"),
        ("actor", "/actors/Nawaz Sharif", "Nawaz Sharif"),
        ("places", "/places", "Places"),
        ("place", "/places/Lahore", "Lahore"),
        ("documents", "/documents", "Documents"),
        ("search", "/search?q=talks", "Search"),
    ):
        response = page.goto(server + path)
        assert response.status == 200, path
        assert page.locator("h1").inner_text().strip() == heading, path
        _shot(page, shots, name)


def test_browser_timeline_filter_then_click_through_to_the_evidence(
    page: Any, server: str, shots: Path
) -> None:
    page.goto(server + "/")
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 10
    page.select_option("#f-country-a", "IND")
    page.select_option("#f-country-b", "PAK")  # app.js submits on change
    page.wait_for_url("**country=PAK**")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_load_state()
    assert rows.count() == 1
    assert "Lahore" in rows.first.inner_text()
    _shot(page, shots, "timeline-filtered")
    rows.first.locator("a.row-link").click()
    page.wait_for_url("**/events/*")
    assert "India – Pakistan" in page.locator("h1").inner_text()
    sentence = page.locator(".excerpt mark.hl-sentence").first
    assert "Vajpayee arrived in Lahore" in page.locator(".excerpt").first.inner_text()
    assert sentence.is_visible()
    assert page.locator(".excerpt .hl-trigger").first.inner_text() == "arrived"
    page.locator(".report summary").first.click()
    whole = page.locator(".report .article-text").first
    assert whole.is_visible() and "Trade between India and Pakistan" in whole.inner_text()
    _shot(page, shots, "event")
    page.get_by_role("link", name="Vajpayee crosses into Pakistan by bus").first.click()
    page.wait_for_url("**/documents/indpak-1999-02-21")
    assert page.locator(".article-text mark.hl-sentence a").count() == 1
    _shot(page, shots, "document")


def test_browser_event_reported_twice_links_both_articles(page: Any, server: str) -> None:
    page.goto(server + "/?country=USA&country=CHN&since=2019-05-09&until=2019-05-09")
    page.locator("table.events a.row-link").first.click()
    page.wait_for_url("**/events/*")
    assert page.locator("article.report").count() == 2
    assert page.get_by_role("link", name="Talks end without a deal").count() >= 1


def test_browser_keyboard_reaches_the_content_and_filters(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "top-q"
    page.keyboard.type("Bushehr")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Bushehr")
    assert page.locator("mark.hl-match").first.inner_text() == "Bushehr"


def test_browser_pages_read_without_javascript(browser: Any, server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        pg = context.new_page()
        pg.goto(server + "/?country=GRC")
        assert pg.locator("table.events tbody tr").count() == 1
        pg.goto(server + "/relations?country=USA&country=CHN")
        assert pg.locator("svg.chart").count() == 2
        pg.goto(server + "/map")
        assert pg.locator("svg.map a.pt").count() >= 7
    finally:
        context.close()


def test_browser_script_in_an_article_stays_text(page: Any, server: str, shots: Path) -> None:
    page.goto(server + "/documents/inject-1")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<script>window.__pwned=1</script>" in page.locator(".article-text").inner_text()
    assert page.locator(".article-text script, .article-text img, h1 b").count() == 0
    _shot(page, shots, "injection")
    page.goto(server + "/?country=ARG")
    page.locator("table.events a.row-link").first.click()
    page.wait_for_url("**/events/*")
    page.locator(".report summary").first.click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    for path in ("/", "/map", "/places", "/actors", "/search?q=Brasilia"):
        page.goto(server + path)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
