"""sitemap.xml lists every public page in Thai, Lao and English; robots.txt points to it."""

import re

import pytest

from chumchon.catalog.models import Offering


def _locations(xml: str) -> set[str]:
    return set(re.findall(r"<loc>(.*?)</loc>", xml))


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "https://chumchon.example"


def test_sitemap_lists_communities_offerings_and_places_in_every_language(
    client, tha_li, temple, weaving, bo_tan
):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    locations = _locations(response.content.decode())
    for code in ("th", "lo", "en"):
        assert f"https://chumchon.example/{code}/c/t-tha-li/" in locations
        assert f"https://chumchon.example/{code}/c/t-bo-tan/" in locations
        assert f"https://chumchon.example/{code}/c/t-tha-li/offerings/weaving/" in locations
        assert f"https://chumchon.example/{code}/c/t-tha-li/places/temple/" in locations
        assert f"https://chumchon.example/{code}/" in locations


def test_each_sitemap_entry_names_its_language_alternates(client, weaving):
    xml = client.get("/sitemap.xml").content.decode()
    entry = re.search(
        r"<url><loc>https://chumchon.example/lo/c/t-tha-li/offerings/weaving/</loc>(.*?)</url>",
        xml,
        re.S,
    ).group(1)
    for code in ("th", "lo", "en"):
        assert (
            f'<xhtml:link rel="alternate" hreflang="{code}" '
            f'href="https://chumchon.example/{code}/c/t-tha-li/offerings/weaving/"/>'
        ) in entry
    assert 'hreflang="x-default"' in entry


def test_unpublished_things_stay_out_of_the_sitemap(client, tha_li, weaving):
    Offering.objects.filter(pk=weaving.pk).update(is_published=False)
    bo = tha_li.__class__.objects.filter(pk=tha_li.pk)
    xml = client.get("/sitemap.xml").content.decode()
    assert "offerings/weaving/" not in xml
    bo.update(is_published=False)
    assert "/c/t-tha-li/" not in client.get("/sitemap.xml").content.decode()


def test_robots_points_to_the_sitemap_and_keeps_private_pages_out(client, settings):
    settings.SITE_URL = "https://chumchon.example"
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: https://chumchon.example/sitemap.xml" in body
    assert "Disallow: /th/manage/" in body
    assert "Disallow: /en/bookings/" in body
    assert "Disallow: /lo/review/" in body
