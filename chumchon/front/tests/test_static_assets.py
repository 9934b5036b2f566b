import pytest
from django.contrib.staticfiles import finders


@pytest.mark.parametrize(
    "path",
    [
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet/leaflet.css",
        "vendor/leaflet/images/marker-icon.png",
        "vendor/markercluster/leaflet.markercluster.js",
        "chumchon/js/map.js",
        "chumchon/css/site.css",
        "vendor/fonts/noto-sans-thai-thai-400-normal.woff2",
        "vendor/fonts/noto-sans-lao-lao-400-normal.woff2",
    ],
)
def test_the_site_serves_its_own_assets(path):
    assert finders.find(path), f"{path} is not found by the static files finders"
