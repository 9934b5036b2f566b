"""The live community map in headless Chromium: category icons, legend, route lines.

Uses Debian's chromium through Playwright's Python API; skips where no Chromium exists.
"""

import os

import pytest

from chumchon.front.tests.test_browser import CHROMIUM, CHROMIUM_ARGS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM, reason="No Chromium on this machine (Debian `chromium`)."),
]


@pytest.fixture
def demo_routes(transactional_db):
    from chumchon.demo.services import load_demo
    from chumchon.routes.models import Route

    load_demo()
    return Route.objects.filter(community__slug="tha-li", is_published=True).count()


def test_the_community_map_draws_icons_a_legend_and_each_routes_days(
    live_server, demo_routes, settings
):
    settings.MAP_TILE_URL = ""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(live_server.url)
                else route.abort()
            ),
        )
        page.goto(f"{live_server.url}/en/c/tha-li/")
        page.wait_for_selector("#map.map-ready", timeout=10000)
        # Route lines arrive by fetch: one SVG path per day of every published route.
        page.wait_for_function(
            "document.querySelectorAll('#map .leaflet-overlay-pane path').length >= 2",
            timeout=10000,
        )
        lines = page.locator("#map .leaflet-overlay-pane path").count()
        # No tile server here: the imported landscape is drawn under the markers.
        page.wait_for_function(
            "document.querySelectorAll('#map .leaflet-tile-pane path').length >= 10",
            timeout=10000,
        )
        if os.environ.get("MAPS_SCREENSHOT"):  # to look at it: MAPS_SCREENSHOT=/tmp/map.png
            page.locator("#map").screenshot(path=os.environ["MAPS_SCREENSHOT"])
        legend = page.locator("#map .map-legend").inner_text()
        icons = page.locator("#map .place-marker svg path").count()
        browser.close()
    assert demo_routes >= 1
    assert lines >= 2
    assert "Temple" in legend and "Border crossing" in legend
    assert icons >= 1
    assert errors == []
