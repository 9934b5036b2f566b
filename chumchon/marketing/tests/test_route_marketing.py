"""Route pages are TouristTrips for search engines, with a share card and a sitemap entry."""

import datetime as dt
import io

from PIL import Image

from chumchon.marketing.tests.conftest import jsonld_of, of_type
from chumchon.routes.models import Route, RouteDay, RouteStop

PAGE = "/en/c/t-tha-li/routes/river-day/"


def test_a_route_page_is_a_tourist_trip_with_its_stops_in_order(client, route):
    trip = of_type(jsonld_of(client.get(PAGE).content.decode()), "TouristTrip")[0]
    assert trip["name"] == "River day"
    assert trip["url"] == "http://127.0.0.1:8000" + PAGE
    assert trip["provider"]["name"] == "Tha Li"
    items = trip["itinerary"]["itemListElement"]
    assert [(i["position"], i["item"]["name"]) for i in items] == [(1, "Market"), (2, "River")]
    assert items[1]["item"]["geo"]["latitude"] == 17.618
    assert "subTrip" not in trip  # one day


def test_a_two_day_route_lists_its_days_as_sub_trips(client, route, homestay, river):
    day = RouteDay.objects.create(
        route=route, number=2, title_en="Back home", starts_at=dt.time(8), ends_at=dt.time(12)
    )
    RouteStop.objects.create(day=day, position=1, place=homestay, stay_minutes=30)
    trip = of_type(jsonld_of(client.get(PAGE).content.decode()), "TouristTrip")[0]
    assert [len(d["itinerary"]["itemListElement"]) for d in trip["subTrip"]] == [2, 1]
    assert trip["subTrip"][1]["name"] == "2. Back home"
    assert trip["itinerary"]["numberOfItems"] == 3


def test_a_route_that_books_offerings_carries_their_prices(client, route, weaving):
    RouteStop.objects.create(day=route.days.get(), position=3, offering=weaving)
    trip = of_type(jsonld_of(client.get(PAGE).content.decode()), "TouristTrip")[0]
    assert trip["offers"] == [
        {
            "@type": "Offer",
            "name": "Weaving",
            "price": "350.00",
            "priceCurrency": "THB",
            "url": "http://127.0.0.1:8000/en/c/t-tha-li/offerings/weaving/",
        }
    ]


def test_the_route_page_links_its_languages_and_share_card(client, route):
    html = client.get("/lo/c/t-tha-li/routes/river-day/").content.decode()
    for code in ("th", "lo", "en"):
        assert (
            f'hreflang="{code}" href="http://127.0.0.1:8000/{code}/c/t-tha-li/routes/river-day/"'
        ) in html
    assert (
        '<meta property="og:image" content="http://127.0.0.1:8000/lo/c/t-tha-li/routes/'
        'river-day/card.png">'
    ) in html
    assert '<meta property="og:title" content="ມື້ລິມນ້ຳ · Tha Li">' in html


def test_the_route_card_is_a_1200_by_630_png_that_follows_the_title(client, route):
    first = client.get("/en/c/t-tha-li/routes/river-day/card.png")
    assert first.status_code == 200 and first["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(first.content)).size == (1200, 630)
    Route.objects.filter(pk=route.pk).update(title_en="River and market day")
    second = client.get("/en/c/t-tha-li/routes/river-day/card.png")
    assert second["ETag"] != first["ETag"] and second.content != first.content


def test_an_unpublished_route_has_no_card_and_no_sitemap_entry(client, route):
    Route.objects.filter(pk=route.pk).update(is_published=False)
    assert client.get("/en/c/t-tha-li/routes/river-day/card.png").status_code == 404
    assert "routes/river-day" not in client.get("/sitemap.xml").content.decode()


def test_the_sitemap_lists_routes_in_every_language(client, route, settings):
    settings.SITE_URL = "https://chumchon.example"
    xml = client.get("/sitemap.xml").content.decode()
    for code in ("th", "lo", "en"):
        assert f"<loc>https://chumchon.example/{code}/c/t-tha-li/routes/river-day/</loc>" in xml


def test_the_route_card_says_days_and_the_package_price(route, weaving, river_walk):
    from chumchon.marketing import cards
    from chumchon.marketing.templatetags.marketing import route_parts

    day = route.days.get()
    RouteStop.objects.create(day=day, position=3, offering=weaving)
    RouteStop.objects.create(day=day, position=4, offering=river_walk)
    RouteStop.objects.create(day=day, position=5, offering=weaving)  # counted once
    _stops, offers = route_parts(route)
    card = cards.route_card(route, offers, days=1)
    assert (card.kind, card.price, card.community) == ("Route · 1 day", "from ฿600", "Tha Li")
