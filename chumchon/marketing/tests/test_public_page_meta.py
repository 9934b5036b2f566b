"""Public pages tell search engines and chat apps what they are: JSON-LD, hreflang, OG."""

import datetime as dt
from decimal import Decimal

from chumchon.bookings.tests.conftest import make_slot
from chumchon.marketing import services
from chumchon.marketing.tests.conftest import ended_booking, jsonld_of, of_type


def test_community_page_has_a_tourist_destination_and_organization(client, tha_li, temple):
    html = client.get("/en/c/t-tha-li/").content.decode()
    objects = jsonld_of(html)
    destination = of_type(objects, "TouristDestination")[0]
    assert destination["@context"] == "https://schema.org"
    assert destination["name"] == "Tha Li"
    assert destination["url"].endswith("/en/c/t-tha-li/")
    assert destination["geo"]["latitude"] == 17.6236
    assert [a["name"] for a in destination["includesAttraction"]] == ["Temple"]
    organization = of_type(objects, "Organization")[0]
    assert organization["telephone"] == "000"
    assert "aggregateRating" not in organization  # no reviews yet


def test_community_rating_appears_once_there_are_reviews(client, tha_li, weaving):
    for stars in (5, 4):
        services.write_review(ended_booking(weaving, name=f"R{stars}"), rating=stars)
    objects = jsonld_of(client.get("/en/c/t-tha-li/").content.decode())
    rating = of_type(objects, "Organization")[0]["aggregateRating"]
    assert rating == {
        "@type": "AggregateRating",
        "ratingValue": "4.5",
        "reviewCount": 2,
        "bestRating": 5,
        "worstRating": 1,
    }


def test_offering_page_is_a_product_with_its_prices(client, weaving):
    objects = jsonld_of(client.get("/en/c/t-tha-li/offerings/weaving/").content.decode())
    product = of_type(objects, "Product")[0]
    assert product["name"] == "Weaving"
    offers = {o["name"]: (o["price"], o["priceCurrency"]) for o in product["offers"]}
    assert offers == {"Adult": ("350.00", "THB"), "Child": ("200.00", "THB")}
    assert "aggregateRating" not in product


def test_offering_rating_counts_only_ratings_of_that_offering(client, weaving, river_walk):
    booking = ended_booking(weaving)
    services.write_review(booking, rating=2, offering_ratings={weaving.pk: 5})
    services.write_review(
        ended_booking(river_walk, name="Bo"), rating=3, offering_ratings={river_walk.pk: 1}
    )
    objects = jsonld_of(client.get("/en/c/t-tha-li/offerings/weaving/").content.decode())
    product = of_type(objects, "Product")[0]
    assert product["aggregateRating"]["ratingValue"] == "5.0"
    assert product["aggregateRating"]["reviewCount"] == 1
    assert product["review"][0]["author"] == {"@type": "Person", "name": "Anna"}


def test_activity_dates_of_the_coming_weeks_are_events(client, weaving):
    soon = make_slot(weaving, days=3, capacity=6)
    make_slot(weaving, days=40)  # beyond the four weeks announced
    objects = jsonld_of(client.get("/en/c/t-tha-li/offerings/weaving/").content.decode())
    events = of_type(objects, "Event")
    assert len(events) == 1
    event = events[0]
    assert dt.datetime.fromisoformat(event["startDate"]) == soon.starts_at
    assert event["offers"][0]["availability"] == "https://schema.org/InStock"
    assert event["offers"][0]["price"] == "350.00"
    assert event["remainingAttendeeCapacity"] == 6
    assert event["location"]["name"] == "Temple"


def test_a_full_date_is_announced_as_sold_out(client, weaving, contact):
    from chumchon.bookings.services import ItemRequest, hold_places

    slot = make_slot(weaving, days=2, capacity=2)
    hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact)
    event = of_type(
        jsonld_of(client.get("/en/c/t-tha-li/offerings/weaving/").content.decode()), "Event"
    )[0]
    assert event["offers"][0]["availability"] == "https://schema.org/SoldOut"


def test_a_homestay_room_is_also_a_lodging_business(client, room):
    objects = jsonld_of(client.get("/en/c/t-tha-li/offerings/room/").content.decode())
    lodging = of_type(objects, "LodgingBusiness")[0]
    assert lodging["priceRange"] == "฿250"
    assert lodging["address"]["addressCountry"] == "TH"
    assert of_type(objects, "Product")[0]["offers"][0]["priceCurrency"] == "THB"


def test_every_public_page_links_its_three_languages_and_a_default(client, tha_li, temple, weaving):
    for path in (
        "/th/",
        "/lo/c/t-tha-li/",
        "/en/c/t-tha-li/offerings/weaving/",
        "/th/c/t-tha-li/places/temple/",
        "/en/offerings/",
    ):
        html = client.get(path).content.decode()
        rest = path[3:]
        for code in ("th", "lo", "en"):
            assert f'hreflang="{code}" href="http://127.0.0.1:8000/{code}{rest}"' in html, path
        assert f'hreflang="x-default" href="http://127.0.0.1:8000/en{rest}"' in html
        assert f'<link rel="canonical" href="http://127.0.0.1:8000{path}">' in html


def test_canonical_drops_the_query_string(client, tha_li):
    html = client.get("/en/offerings/?kind=meal").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8000/en/offerings/">' in html


def test_open_graph_tags_point_to_the_share_card_in_the_page_language(client, weaving):
    html = client.get("/th/c/t-tha-li/offerings/weaving/").content.decode()
    assert (
        '<meta property="og:image" content="http://127.0.0.1:8000/th/c/t-tha-li/offerings/'
        'weaving/card.png">'
    ) in html
    assert '<meta property="og:title" content="Weaving · Tha Li">' in html
    assert '<meta property="og:locale" content="th_TH">' in html
    assert '<meta property="og:locale:alternate" content="lo_LA">' in html
    assert '<meta property="og:locale:alternate" content="en_US">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_json_ld_cannot_break_out_of_its_script(client, tha_li):
    tha_li.name_en = "Tha Li </script><script>alert(1)</script> & co"
    tha_li.save()
    html = client.get("/en/c/t-tha-li/").content.decode()
    assert "<script>alert(1)" not in html
    destination = of_type(jsonld_of(html), "TouristDestination")[0]
    assert destination["name"] == "Tha Li </script><script>alert(1)</script> & co"


def test_community_name_in_thai_is_used_on_the_thai_page(client, tha_li):
    tha_li.name_th = "ท่าลี่"
    tha_li.save()
    objects = jsonld_of(client.get("/th/c/t-tha-li/").content.decode())
    assert of_type(objects, "TouristDestination")[0]["name"] == "ท่าลี่"
    assert of_type(objects, "TouristDestination")[0]["inLanguage"] == "th"


def test_price_strings_are_exact_decimals(client, basket):
    product = of_type(
        jsonld_of(client.get("/en/c/t-tha-li/offerings/li-basket/").content.decode()), "Product"
    )[0]
    assert Decimal(product["offers"][0]["price"]) == Decimal("120.50")


def test_a_place_page_is_a_tourist_attraction(client, temple):
    objects = jsonld_of(client.get("/en/c/t-tha-li/places/temple/").content.decode())
    attraction = of_type(objects, "TouristAttraction")[0]
    assert attraction["name"] == "Temple"
    assert attraction["url"] == "http://127.0.0.1:8000/en/c/t-tha-li/places/temple/"


def test_pages_offer_line_and_facebook_share_links(client, weaving):
    html = client.get("/th/c/t-tha-li/offerings/weaving/").content.decode()
    page = "http%3A%2F%2F127.0.0.1%3A8000%2Fth%2Fc%2Ft-tha-li%2Fofferings%2Fweaving%2F"
    assert f"https://social-plugins.line.me/lineit/share?url={page}" in html
    assert f"https://www.facebook.com/sharer/sharer.php?u={page}" in html


def test_kip_prices_have_no_decimals(client, bo_tan):
    from chumchon.catalog.models import Offering, PriceTier

    boat = Offering.objects.create(
        community=bo_tan, kind="activity", slug="boat", title_en="Boat", capacity=6
    )
    PriceTier.objects.create(offering=boat, kind="adult", amount=Decimal("150000"))
    product = of_type(
        jsonld_of(client.get("/en/c/t-bo-tan/offerings/boat/").content.decode()), "Product"
    )[0]
    assert product["offers"][0]["price"] == "150000"
    assert product["offers"][0]["priceCurrency"] == "LAK"
