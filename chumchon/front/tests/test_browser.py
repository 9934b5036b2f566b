"""End to end in headless Chromium: languages switch and the Tha Li map shows its markers.

Uses Debian's chromium through Playwright's Python API; no browser is ever downloaded.
"""

import os
import shutil

import pytest

CHROMIUM = (
    os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM,
        reason="No Chromium on this machine: install Debian's `chromium` package (or set "
        "CHROMIUM_PATH) to run the browser tests.",
    ),
]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def tha_li_places(transactional_db):
    """Load the demo before the browser starts: Playwright runs an event loop in this thread."""
    from chumchon.communities.models import Community
    from chumchon.demo.services import load_demo

    load_demo()
    return Community.objects.get(slug="tha-li").places.filter(is_published=True).count()


@pytest.fixture
def page(live_server, tha_li_places, settings):
    # As here, where no tile server can be reached: markers on a plain background.
    settings.MAP_TILE_URL = ""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="th-TH")
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.js_errors = errors
        # The closed network here has no map tiles; only our own server may answer.
        page.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(live_server.url)
                else route.abort()
            ),
        )
        yield page
        browser.close()


def test_a_visitor_switches_language_and_opens_the_tha_li_map(live_server, page, tha_li_places):
    places = tha_li_places

    page.goto(f"{live_server.url}/th/")
    assert page.locator("html").get_attribute("lang") == "th"
    assert "ชุมชน" in page.locator("h2").first.inner_text()

    page.click("a[data-lang=lo]")
    page.wait_for_url("**/lo/")
    assert page.locator("html").get_attribute("lang") == "lo"
    assert "ຊຸມຊົນ" in page.locator("h2").first.inner_text()

    page.click("a[data-lang=en]")
    page.wait_for_url("**/en/")
    assert page.locator("h2").first.inner_text() == "Communities"

    page.click("a[href='/en/c/tha-li/']")
    page.wait_for_selector("#map.map-ready", timeout=10000)
    markers = page.locator("#map .place-marker").count()
    clusters = page.locator("#map .marker-cluster").count()
    assert page.locator("#map").get_attribute("data-markers") == str(places)
    assert markers + clusters >= 1
    assert page.js_errors == []
    # Thai text is drawn with the font the site ships, not a system fallback.
    font = page.evaluate("document.fonts.check('16px \"Noto Sans Thai\"', 'ท่าลี่')")
    assert font is True
