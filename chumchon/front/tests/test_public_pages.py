"""Every public page answers in Thai, Lao and English and shows text in that language."""

import pytest
from django.urls import reverse
from django.utils import translation

from chumchon.catalog.models import Offering
from chumchon.places.models import Place

LANGUAGES = ["th", "lo", "en"]
# A word of the interface that must appear on every page, per language ("Communities").
NAV_WORD = {"th": "ชุมชน", "lo": "ຊຸມຊົນ", "en": "Communities"}


def public_urls(language):
    with translation.override(language):
        urls = [reverse("front:home"), reverse("front:offerings")]
        for slug in ("tha-li", "bo-tan"):
            urls.append(reverse("front:community", args=[slug]))
        urls += [p.get_absolute_url() for p in Place.objects.filter(is_published=True)]
        urls += [o.get_absolute_url() for o in Offering.objects.filter(is_published=True)]
    return urls


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_answers_in_each_language(client, demo, language):
    urls = public_urls(language)
    assert len(urls) > 20
    for url in urls:
        assert url.startswith(f"/{language}/")
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, url
        assert NAV_WORD[language] in html, url


@pytest.mark.parametrize("language", LANGUAGES)
def test_content_comes_in_the_visitors_language(client, demo, language):
    tha_li, _ = demo
    place = tha_li.places.filter(is_published=True).first()
    offering = tha_li.offerings.filter(is_published=True).first()
    for obj, field, url in (
        (tha_li, "name", f"/{language}/c/tha-li/"),
        (place, "name", f"/{language}/c/tha-li/places/{place.slug}/"),
        (offering, "title", f"/{language}/c/tha-li/offerings/{offering.slug}/"),
    ):
        expected = getattr(obj, f"{field}_{language}")
        assert expected
        assert expected in client.get(url).content.decode()


def test_content_falls_back_when_a_translation_is_missing(client, demo):
    tha_li, _ = demo
    place = tha_li.places.filter(is_published=True).first()
    place.summary_lo = ""
    place.save()
    html = client.get(f"/lo/c/tha-li/places/{place.slug}/").content.decode()
    # Lao readers fall back to Thai first.
    assert place.summary_th in html


def test_the_root_redirects_to_a_language(client, demo):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="lo")
    assert response.status_code == 302
    assert response["Location"] == "/lo/"


def test_the_community_page_has_its_map_data_and_grouped_offerings(client, demo):
    import json
    import re

    tha_li, _ = demo
    html = client.get("/en/c/tha-li/").content.decode()
    data = json.loads(
        re.search(
            r'<script id="map-data" type="application/json">(.*?)</script>', html, re.S
        ).group(1)
    )
    assert len(data["features"]) == tha_li.places.filter(is_published=True).count()
    assert 'src="/static/vendor/leaflet/leaflet.js"' in html
    for kind in ("activity", "homestay", "meal", "product", "service"):
        assert f'id="{kind}"' in html
    assert tha_li.emergency_phone in html


def test_unpublished_places_are_hidden(client, demo):
    tha_li, _ = demo
    place = tha_li.places.first()
    place.is_published = False
    place.save()
    assert client.get(f"/en/c/tha-li/places/{place.slug}/").status_code == 404
    assert place.name_en not in client.get("/en/c/tha-li/").content.decode()


def test_the_offering_page_shows_prices_with_approximations(client, demo):
    _, bo_tan = demo
    offering = bo_tan.offerings.filter(is_published=True, price_tiers__kind="adult").first()
    adult = offering.price_tiers.get(kind="adult")
    html = client.get(f"/en/c/bo-tan/offerings/{offering.slug}/").content.decode()
    assert adult.price.format("en") in html
    assert "≈ ฿" in html  # approximate baht for a kip price


def test_the_offering_page_names_no_household(client, demo):
    tha_li, _ = demo
    offering = tha_li.offerings.filter(providers__isnull=False).first()
    html = client.get(f"/en/c/tha-li/offerings/{offering.slug}/").content.decode()
    for household in offering.providers.all():
        assert household.name not in html
        assert household.phone not in html


def test_the_community_geojson_lists_its_places(client, demo):
    tha_li, _ = demo
    response = client.get("/en/c/tha-li/places.geojson")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert 100 < lon < 102 and 17 < lat < 18.5
