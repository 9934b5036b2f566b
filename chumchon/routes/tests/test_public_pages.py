import pytest
from django.urls import reverse

from chumchon.routes.models import Route, RouteStop

pytestmark = pytest.mark.django_db

STORIES = {
    "en": "We walk to the market and take the boat.",
    "th": "เดินไปตลาดแล้วนั่งเรือ",
    "lo": "ຍ່າງໄປຕະຫຼາດແລ້ວນັ່ງເຮືອ",
}


def page(client, route, language="en"):
    return client.get(f"/{language}/c/{route.community.slug}/routes/{route.slug}/")


@pytest.mark.parametrize("language", ["th", "lo", "en"])
def test_the_route_page_tells_the_story_in_the_visitors_language(client, route, language):
    response = page(client, route, language)
    assert response.status_code == 200
    html = response.content.decode()
    assert STORIES[language] in html
    for other, story in STORIES.items():
        if other != language:
            assert story not in html
    assert f'lang="{language}"' in html


def test_the_route_page_shows_the_day_by_day_timeline_and_its_map(client, route):
    html = page(client, route).content.decode()
    assert "08:20–09:20" in html and "09:28–09:58" in html
    assert 'id="route-map"' in html and "vendor/leaflet/leaflet.js" in html
    assert 'id="route-map-data"' in html and '"kind": "stop"' in html
    assert "route_map.js" in html
    assert route.get_geojson_url() in html


def test_a_missing_translation_falls_back(client, route):
    Route.objects.filter(pk=route.pk).update(story_lo="")
    html = page(client, route, "lo").content.decode()
    assert STORIES["th"] in html  # Lao readers fall back to Thai first


def test_unpublished_routes_are_not_found(client, route):
    Route.objects.filter(pk=route.pk).update(is_published=False)
    assert page(client, route).status_code == 404
    assert client.get(f"/en/c/t-tha-li/routes/{route.slug}.geojson").status_code == 404


def test_the_community_page_lists_its_published_routes_only(client, route, tha_li):
    Route.objects.create(community=tha_li, slug="secret", title_en="Secret draft")
    html = client.get("/en/c/t-tha-li/").content.decode()
    assert route.get_absolute_url() in html and "River day" in html
    assert "Secret draft" not in html
    listing = client.get(reverse("routes:list", args=["t-tha-li"])).content.decode()
    assert "River day" in listing and "Secret draft" not in listing


def test_a_community_without_routes_shows_no_route_section(client, tha_li):
    html = client.get("/en/c/t-tha-li/").content.decode()
    assert 'id="routes"' not in html


def test_the_geojson_has_numbered_stops_and_one_line_per_day(client, route):
    response = client.get(f"/en/c/t-tha-li/routes/{route.slug}.geojson")
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    stops = [f for f in data["features"] if f["properties"]["kind"] == "stop"]
    lines = [f for f in data["features"] if f["properties"]["kind"] == "day"]
    assert [(s["properties"]["number"], s["properties"]["name"]) for s in stops] == [
        (1, "Market"),
        (2, "River"),
    ]
    assert stops[0]["geometry"] == {"type": "Point", "coordinates": [101.4, 17.609]}
    river = stops[1]["properties"]
    assert (river["category"], river["day"], river["arrive"], river["leg_mode"]) == (
        "river",
        1,
        "09:28",
        "boat",
    )
    [line] = lines
    assert line["geometry"]["type"] == "LineString"
    assert line["geometry"]["coordinates"] == [
        [101.4, 17.6],
        [101.4, 17.609],
        [101.4, 17.618],
        [101.4, 17.6],
    ]
    assert (line["properties"]["minutes"], line["properties"]["metres"]) == (43, 4904)
    assert [leg["mode"] for leg in line["properties"]["legs"]] == ["walk", "boat", "boat"]


def test_each_day_has_its_own_colour(client, route, homestay, river):
    from chumchon.routes.models import RouteDay

    day2 = RouteDay.objects.create(
        route=route, number=2, starts_at="07:00", ends_at="09:00", start_place=homestay
    )
    RouteStop.objects.create(day=day2, position=1, place=river, mode="bicycle")
    data = client.get(f"/en/c/t-tha-li/routes/{route.slug}.geojson").json()
    colours = {
        f["properties"]["day"]: f["properties"]["colour"]
        for f in data["features"]
        if f["properties"]["kind"] == "day"
    }
    assert len(colours) == 2 and colours[1] != colours[2]


def test_each_route_on_the_community_page_has_its_small_map(client, route):
    html = client.get("/en/c/t-tha-li/").content.decode()
    card = html.split('class="route-list"')[1].split("</section>")[0]
    assert "<svg" in card and "<polyline" in card and ">2</text>" in card
