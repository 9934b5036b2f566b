import datetime as dt

import pytest
from django.utils import timezone

from chumchon.api.tests.conftest import error_of
from chumchon.bookings.models import Booking, Closure
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot

pytestmark = pytest.mark.django_db


def test_it_lists_the_published_communities(partner, tha_li, bo_tan):
    bo_tan.is_published = False
    bo_tan.save()
    response = partner.get("/api/v1/communities")
    assert response.status_code == 200
    [community] = response.json()
    assert community == {
        "slug": "t-tha-li",
        "name": "Tha Li",
        "tagline": "",
        "country": "TH",
        "province": "P",
        "district": "D",
        "latitude": 17.6236,
        "longitude": 101.421,
        "location_is_approximate": True,
        "currency": "THB",
        "time_zone": "Asia/Bangkok",
        "main_language": "th",
        "contact_phone": "000",
        "contact_email": "",
        "emergency_phone": "1155",
        "url": "http://testserver/en/c/t-tha-li/",
    }


def test_it_lists_a_communitys_offerings_with_prices_as_strings(partner, weaving, temple):
    response = partner.get("/api/v1/communities/t-tha-li/offerings")
    assert response.status_code == 200
    [offering] = response.json()
    assert offering["id"] == weaving.id
    assert offering["kind"] == "activity" and offering["title"] == "Weaving"
    assert offering["availability_type"] == "start_time"
    assert offering["capacity"] == 8 and offering["duration_minutes"] == 120
    assert offering["prices"] == [
        {"kind": "adult", "price": {"amount": "350.00", "currency": "THB"}, "group_size": None},
        {"kind": "child", "price": {"amount": "200.00", "currency": "THB"}, "group_size": None},
    ]
    assert offering["from_price"] == {"amount": "350.00", "currency": "THB"}
    assert offering["meeting_point"] == {"name": "Temple", "latitude": 17.62, "longitude": 101.42}
    assert offering["url"] == "http://testserver/en/c/t-tha-li/offerings/weaving/"
    assert offering["stock"] is None


def test_kip_prices_have_no_decimals(partner, boat_trip):
    [offering] = partner.get("/api/v1/communities/t-bo-tan/offerings").json()
    assert offering["prices"][0]["price"] == {"amount": "50000", "currency": "LAK"}


def test_a_product_shows_the_pieces_left(partner, tha_li):
    from chumchon.catalog.models import Offering, PriceTier

    basket = Offering.objects.create(
        community=tha_li, kind="product", slug="basket", title_en="Basket", stock=5
    )
    PriceTier.objects.create(offering=basket, kind="item", amount="120.50")
    hold_places(
        [ItemRequest(offering_id=basket.id, quantity=2)], Contact(name="A", email="a@example.org")
    )
    [listed] = partner.get("/api/v1/communities/t-tha-li/offerings").json()
    assert listed["stock"] == 3
    assert listed["from_price"] == {"amount": "120.50", "currency": "THB"}


def test_an_unpublished_offering_is_not_listed(partner, weaving):
    weaving.is_published = False
    weaving.save()
    assert partner.get("/api/v1/communities/t-tha-li/offerings").json() == []
    assert error_of(partner.get(f"/api/v1/offerings/{weaving.id}/slots"))["code"] == "not_found"


def test_an_unknown_community_is_a_json_404(partner, tha_li):
    response = partner.get("/api/v1/communities/nowhere/offerings")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_slots_show_their_capacity_and_what_remains(partner, weaving, slot):
    hold_places([ItemRequest(slot_id=slot.id, adults=2)], Contact(name="A", email="a@example.org"))
    day = timezone.localtime(slot.starts_at).date()
    response = partner.get(f"/api/v1/offerings/{weaving.id}/slots?from={day}&to={day}")
    assert response.status_code == 200
    assert response.json() == [
        {
            "id": slot.id,
            "offering": weaving.id,
            "starts_at": timezone.localtime(slot.starts_at).isoformat(),
            "ends_at": timezone.localtime(slot.ends_at).isoformat(),
            "capacity": 5,
            "remaining": 3,
            "bookable": True,
            "closed_reason": "",
        }
    ]
    assert response.json()[0]["starts_at"].endswith("T09:00:00+07:00")


def test_an_expired_hold_is_a_free_place_again(partner, weaving, slot):
    booking = hold_places(
        [ItemRequest(slot_id=slot.id, adults=5)], Contact(name="A", email="a@example.org")
    )
    Booking.objects.filter(pk=booking.pk).update(expires_at=timezone.now() - dt.timedelta(1))
    [listed] = partner.get(f"/api/v1/offerings/{weaving.id}/slots").json()
    assert listed["remaining"] == 5 and listed["bookable"] is True


def test_slots_outside_the_dates_are_left_out_and_closed_days_say_why(
    partner, weaving, slot, tha_li
):
    later = make_slot(weaving, days=10)
    Closure.objects.create(
        community=tha_li,
        date_from=timezone.localtime(later.starts_at).date(),
        date_to=timezone.localtime(later.starts_at).date(),
        reason="Boat festival",
    )
    today = timezone.localdate()
    ids = [s["id"] for s in partner.get(f"/api/v1/offerings/{weaving.id}/slots?to={today}").json()]
    assert ids == []
    listed = partner.get(f"/api/v1/offerings/{weaving.id}/slots").json()
    assert [(s["id"], s["bookable"], s["closed_reason"]) for s in listed] == [
        (slot.id, True, ""),
        (later.id, False, "Boat festival"),
    ]


@pytest.mark.parametrize(
    "query, field",
    [("from=2027-02-30", "from"), ("from=2027-03-02&to=2027-03-01", "to"), ("to=tomorrow", "to")],
)
def test_bad_dates_are_refused_with_the_field(partner, weaving, query, field):
    response = partner.get(f"/api/v1/offerings/{weaving.id}/slots?{query}")
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid" and list(error["fields"]) == [field]


def test_a_range_of_more_than_a_year_is_refused(partner, weaving):
    response = partner.get(f"/api/v1/offerings/{weaving.id}/slots?from=2027-01-01&to=2028-06-01")
    assert response.status_code == 400 and "to" in error_of(response)["fields"]


def test_an_unknown_offering_is_a_json_404(partner, db):
    assert error_of(partner.get("/api/v1/offerings/999999/slots"))["code"] == "not_found"
