import uuid

import pytest
from django.utils import translation

from chumchon.bookings.availability import remaining_in
from chumchon.bookings.errors import MESSAGES
from chumchon.bookings.models import Booking, Closure
from chumchon.bookings.tests.conftest import make_slot
from chumchon.octo.tests.conftest import availability_id, error_of, minutes_from_now

pytestmark = pytest.mark.django_db


def test_the_same_uuid_twice_returns_the_same_booking_and_holds_nothing_more(reseller, departure):
    key = str(uuid.uuid4())
    first = reseller.reserve(departure, units=["adult", "adult"], uuid=key)
    again = reseller.reserve(departure, units=["adult", "adult"], uuid=key)
    assert first.status_code == again.status_code == 200
    assert again.json()["uuid"] == first.json()["uuid"] == key
    assert again.json()["supplierReference"] == first.json()["supplierReference"]
    assert again.json()["unitItems"] == first.json()["unitItems"]
    assert Booking.objects.count() == 1
    assert remaining_in(departure) == 3


def test_a_uuid_used_by_another_reseller_is_refused(reseller, other_reseller, departure):
    key = str(uuid.uuid4())
    reseller.reserve(departure, uuid=key)
    response = other_reseller.reserve(departure, uuid=key)
    assert response.status_code == 400
    assert response.json()["error"] == "INVALID_BOOKING_UUID"
    assert response.json()["uuid"] == key
    assert Booking.objects.count() == 1


def test_without_a_uuid_the_server_makes_one_and_one_per_unit_item(reseller, departure):
    held = reseller.reserve(departure, units=["adult", "child"]).json()
    assert uuid.UUID(held["uuid"]).version == 4 and held["uuid"] == held["uuid"].lower()
    assert len({item["uuid"] for item in held["unitItems"]}) == 2


def test_unit_item_uuids_and_references_sent_by_the_reseller_are_kept(reseller, departure):
    ticket = str(uuid.uuid4())
    response = reseller.post(
        "/bookings",
        {
            "productId": str(departure.offering_id),
            "optionId": "DEFAULT",
            "availabilityId": availability_id(departure),
            "unitItems": [
                {"unitId": "adult", "uuid": ticket, "resellerReference": "T-1"},
                {"unitId": "adult", "contact": {"fullName": "Second Guest"}},
            ],
        },
    )
    items = response.json()["unitItems"]
    assert items[0]["uuid"] == ticket and items[0]["resellerReference"] == "T-1"
    assert items[1]["contact"]["fullName"] == "Second Guest"


def test_a_sold_out_departure_is_unprocessable_and_nothing_is_booked(reseller, departure):
    reseller.reserve(departure, units=["adult"] * 4)
    response = reseller.reserve(departure, units=["adult", "adult"])
    assert response.status_code == 400
    assert response.json()["error"] == "UNPROCESSABLE_ENTITY"
    assert response.json()["errorMessage"] == "Not enough places are left."
    assert Booking.objects.count() == 1 and remaining_in(departure) == 1


def test_the_refusal_is_explained_in_the_readers_language(reseller, departure):
    reseller.reserve(departure, units=["adult"] * 5)
    response = reseller.post(
        "/bookings",
        {
            "productId": str(departure.offering_id),
            "optionId": "DEFAULT",
            "availabilityId": availability_id(departure),
            "unitItems": [{"unitId": "adult"}],
        },
        **{"Accept-Language": "th"},
    )
    assert response.json()["error"] == "UNPROCESSABLE_ENTITY"
    with translation.override("th"):
        assert response.json()["errorMessage"] == str(MESSAGES["sold_out"])
    assert response["Content-Language"] == "th"


def test_a_closed_day_is_unprocessable(reseller, departure, tha_li):
    day = departure.starts_at.astimezone(departure.starts_at.tzinfo).date()
    Closure.objects.create(community=tha_li, date_from=day, date_to=day, reason="Festival")
    response = reseller.reserve(departure)
    assert error_of(response) == "UNPROCESSABLE_ENTITY"
    assert not Booking.objects.exists()


@pytest.mark.parametrize("unit_items", [None, []])
def test_missing_or_empty_unit_items_are_unprocessable(reseller, departure, unit_items):
    body = {
        "productId": str(departure.offering_id),
        "optionId": "DEFAULT",
        "availabilityId": availability_id(departure),
    }
    if unit_items is not None:
        body["unitItems"] = unit_items
    response = reseller.post("/bookings", body)
    assert response.status_code == 400 and error_of(response) == "UNPROCESSABLE_ENTITY"


def test_an_unknown_unit_is_invalid_unit_id(reseller, departure):
    response = reseller.reserve(departure, units=["adult", "pensioner"])
    assert response.status_code == 400
    assert response.json()["error"] == "INVALID_UNIT_ID"
    assert response.json()["unitId"] == "pensioner"
    assert not Booking.objects.exists()


@pytest.mark.parametrize(
    "bad_id", ["invalidAvailabilityId", "2030-01-01T09:00:00+07:00", "2030-01-01", None]
)
def test_an_unknown_availability_is_invalid_availability_id(reseller, departure, bad_id):
    response = reseller.reserve(departure, availabilityId=bad_id)
    assert response.status_code == 400
    assert response.json()["error"] == "INVALID_AVAILABILITY_ID"
    assert response.json()["availabilityId"] == bad_id


def test_another_products_departure_is_invalid_availability_id(reseller, departure, river_morning):
    response = reseller.reserve(departure, availabilityId=availability_id(river_morning))
    assert error_of(response) == "INVALID_AVAILABILITY_ID"


def test_a_departure_that_has_started_is_invalid_availability_id(reseller, weaving, departure):
    past = make_slot(weaving, days=-1)
    response = reseller.reserve(past)
    assert error_of(response) == "INVALID_AVAILABILITY_ID"
    assert response.json()["availabilityId"] == availability_id(past)


def test_an_unknown_product_and_option_are_named(reseller, departure):
    response = reseller.reserve(departure, productId="invalidProductId")
    assert response.json() | {"errorMessage": ""} == {
        "error": "INVALID_PRODUCT_ID",
        "errorMessage": "",
        "productId": "invalidProductId",
    }
    response = reseller.reserve(departure, optionId="invalidOptionId")
    assert error_of(response) == "INVALID_OPTION_ID"
    assert response.json()["optionId"] == "invalidOptionId"


def test_a_hold_lasts_at_most_an_hour(reseller, departure):
    held = reseller.reserve(departure, expirationMinutes=600).json()
    assert 59.5 < minutes_from_now(held["utcExpiresAt"]) <= 60
    held = reseller.reserve(departure).json()
    assert 29.5 < minutes_from_now(held["utcExpiresAt"]) <= 30


@pytest.mark.parametrize(
    "change",
    [
        {"uuid": "not-a-uuid"},
        {"expirationMinutes": 0},
        {"expirationMinutes": "10"},
        {"notes": 5},
        {"contact": "Somchai"},
        {"contact": {"emailAddress": "not an address"}},
        {"resellerReference": "x" * 101},
        {"currency": "USD"},
    ],
)
def test_malformed_fields_are_bad_requests_and_book_nothing(reseller, departure, change):
    response = reseller.reserve(departure, **change)
    assert response.status_code == 400 and error_of(response) == "BAD_REQUEST"
    assert not Booking.objects.exists()


def test_a_body_that_is_not_a_json_object_is_a_bad_request(reseller):
    response = reseller.client.post(
        "/octo/v1/bookings",
        "{not json",
        content_type="application/json",
        headers=reseller.headers(),
    )
    assert response.status_code == 400 and error_of(response) == "BAD_REQUEST"
    response = reseller.post("/bookings", ["a", "list"])
    assert error_of(response) == "BAD_REQUEST"


def test_a_group_unit_takes_the_whole_group_and_costs_the_group_price(reseller, boat):
    trip = make_slot(boat, days=2, capacity=12)
    held = reseller.reserve(trip, units=["group"]).json()
    assert held["pricing"]["retail"] == 150000
    assert remaining_in(trip) == 6
    response = reseller.reserve(trip, units=["group", "group"])
    assert error_of(response) == "UNPROCESSABLE_ENTITY"


def test_a_homestay_party_takes_as_many_rooms_as_it_fills(reseller, tha_li):
    from decimal import Decimal

    from chumchon.catalog.models import Offering, PriceTier

    room = Offering.objects.create(
        community=tha_li, kind="homestay", slug="room", title_en="Room", capacity=3, beds=2
    )
    PriceTier.objects.create(offering=room, kind="adult", amount=Decimal("500"))
    night = make_slot(room, days=2, hour=14, capacity=2, hours=21)
    held = reseller.reserve(night, units=["adult"] * 4).json()
    assert held["status"] == "ON_HOLD" and held["pricing"]["retail"] == 200000
    assert remaining_in(night) == 0


def test_a_long_name_held_is_cut_to_the_booking_s_name_as_confirming_cuts_it(
    reseller, departure
):
    # OCTO allows 300 characters; the booking keeps 120 (PostgreSQL refused the rest: 500).
    name = "Anna " + "Maria " * 40
    response = reseller.reserve(departure, contact={"fullName": name})
    assert response.status_code == 200
    booking = Booking.objects.get(uuid=response.json()["uuid"])
    assert booking.contact_name == name[:120].strip()
