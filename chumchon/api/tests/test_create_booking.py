import datetime as dt
import re

import pytest
from django.utils import timezone

from chumchon.api.tests.conftest import PROMPTPAY_ID, book, booking_body, error_of
from chumchon.bookings.availability import remaining_in
from chumchon.bookings.models import Booking, BookingItem, Channel
from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import Offering, PriceTier
from chumchon.payments.promptpay import payload

pytestmark = pytest.mark.django_db


def test_a_partner_holds_places_and_gets_payment_instructions(partner, slot, promptpay, rates):
    response = book(partner, slot)
    assert response.status_code == 201
    body = response.json()
    booking = Booking.objects.get()
    assert (
        re.fullmatch(r"[A-Z0-9]{7}", body["reference"]) and body["reference"] == booking.reference
    )
    assert body["status"] == "pending_payment"
    assert body["total"] == {"amount": "900.00", "currency": "THB"}
    assert body["approximate_totals"] == [
        {"amount": "540000", "currency": "LAK"},
        {"amount": "27.00", "currency": "USD"},
    ]
    assert body["expires_at"] == timezone.localtime(booking.expires_at).isoformat()
    assert booking.expires_at - timezone.now() == pytest.approx(
        dt.timedelta(minutes=30), abs=dt.timedelta(seconds=10)
    )
    assert body["payment"] == {
        "methods": ["promptpay", "bank_transfer", "cash"],
        "amount_due": {"amount": "900.00", "currency": "THB"},
        "reference": booking.reference,
        "pay_before": body["expires_at"],
        "promptpay": {"payload": payload(PROMPTPAY_ID, booking.total, booking.reference)},
    }
    assert "5406900.00" in body["payment"]["promptpay"]["payload"]  # tag 54: the amount
    assert body["items"] == [
        {
            "offering": slot.offering_id,
            "title": "Weaving",
            "kind": "activity",
            "slot": slot.id,
            "starts_at": timezone.localtime(slot.starts_at).isoformat(),
            "ends_at": timezone.localtime(slot.ends_at).isoformat(),
            "adults": 2,
            "children": 1,
            "quantity": 0,
            "price": {"amount": "900.00", "currency": "THB"},
        }
    ]
    assert body["contact"] == {
        "name": "Anna Tourist",
        "email": "anna@example.org",
        "phone": "+4912345",
    }
    assert body["language"] == "th" and body["channel"] == "api"
    assert body["url"].startswith(f"http://testserver/th/bookings/{booking.reference}/")
    assert booking.api_key == partner.key and booking.channel == Channel.API
    assert remaining_in(slot) == 2


def test_without_a_promptpay_id_there_is_no_qr_payload(partner, slot):
    body = book(partner, slot).json()
    assert body["payment"]["methods"] == ["bank_transfer", "cash"]
    assert "promptpay" not in body["payment"]


def test_kip_totals_have_no_decimals_and_no_promptpay(partner, boat_slot, rates):
    body = book(partner, boat_slot, adults=3, children=0).json()
    assert body["total"] == {"amount": "150000", "currency": "LAK"}
    assert body["approximate_totals"] == [
        {"amount": "240.00", "currency": "THB"},
        {"amount": "7.50", "currency": "USD"},
    ]
    assert "promptpay" not in body["payment"]


def test_the_same_request_with_the_same_key_books_once(partner, slot):
    first = book(partner, slot, key="order-77")
    again = book(partner, slot, key="order-77")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert Booking.objects.count() == 1
    assert remaining_in(slot) == 2


def test_the_same_idempotency_key_of_another_partner_is_another_booking(
    partner, other_partner, slot
):
    book(partner, slot, key="order-1", adults=1, children=0)
    book(other_partner, slot, key="order-1", adults=1, children=0)
    assert Booking.objects.count() == 2 and remaining_in(slot) == 3


def test_an_idempotency_key_reused_for_another_request_is_a_conflict(partner, slot):
    book(partner, slot, key="order-1", adults=1, children=0)
    response = book(partner, slot, key="order-1", adults=3, children=0)
    assert response.status_code == 409
    assert error_of(response)["code"] == "idempotency_key_reused"
    assert Booking.objects.count() == 1 and remaining_in(slot) == 4


def test_an_overlong_idempotency_key_is_refused(partner, slot):
    response = book(partner, slot, key="x" * 101)
    assert response.status_code == 400
    assert list(error_of(response)["fields"]) == ["Idempotency-Key"]
    assert not Booking.objects.exists()


def test_too_few_places_left_is_sold_out(partner, slot):
    book(partner, slot, key="a", adults=4, children=0)
    response = book(partner, slot, key="b", adults=2, children=0)
    assert response.status_code == 409
    error = error_of(response)
    assert error["code"] == "sold_out"
    assert error["message"] == "Not enough places are left."
    assert error["details"] == {"slot": slot.id, "remaining": 1}
    assert error["fields"] == {"items": {"0": {"slot": ["Not enough places are left."]}}}
    assert Booking.objects.count() == 1


def test_a_package_of_an_activity_a_homestay_night_and_a_product(partner, slot, tha_li):
    room = Offering.objects.create(
        community=tha_li, kind="homestay", slug="room", title_en="Room", capacity=2, beds=2
    )
    PriceTier.objects.create(offering=room, kind="adult", amount="500")
    night = make_slot(room, hour=14, capacity=3, hours=21)
    basket = Offering.objects.create(
        community=tha_li, kind="product", slug="basket", title_en="Basket", stock=5
    )
    PriceTier.objects.create(offering=basket, kind="item", amount="120.50")
    body = booking_body(slot, adults=2, children=0)
    body["items"] += [
        {"slot": night.id, "adults": 4, "rooms": 2},
        {"offering": basket.id, "quantity": 2},
    ]
    body["dietary_needs"] = "vegetarian"
    response = partner.post("/api/v1/bookings", body, format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["total"] == {"amount": "2941.00", "currency": "THB"}
    assert [(i["kind"], i["quantity"]) for i in data["items"]] == [
        ("activity", 0),
        ("homestay", 2),
        ("product", 2),
    ]
    assert data["dietary_needs"] == "vegetarian"
    assert remaining_in(night) == 1


@pytest.mark.parametrize(
    "item, code, fields",
    [
        (
            {"adults": 0, "children": 0},
            "invalid_guests",
            {"items": {"0": {"adults": ["Book for at least one guest, and no negative numbers."]}}},
        ),
        (
            {"adults": -1},
            "invalid",
            {"items": {"0": {"adults": ["Ensure this value is greater than or equal to 0."]}}},
        ),
        (
            {"adults": "two"},
            "invalid",
            {"items": {"0": {"adults": ["A valid integer is required."]}}},
        ),
        (
            {"slot": 999999},
            "slot_not_found",
            {"items": {"0": {"slot": ["This date or time does not exist (any more)."]}}},
        ),
        ({"slot": None}, "invalid", {"items": {"0": {"slot": ["This field may not be null."]}}}),
    ],
)
def test_bad_items_are_refused_per_field_and_nothing_is_booked(partner, slot, item, code, fields):
    body = booking_body(slot)
    body["items"][0].update(item)
    response = partner.post("/api/v1/bookings", body, format="json")
    assert response.status_code == 400
    error = error_of(response)
    assert (error["code"], error["fields"]) == (code, fields)
    assert not Booking.objects.exists() and not BookingItem.objects.exists()


def test_a_past_slot_is_refused(partner, weaving):
    past = make_slot(weaving, days=-1)
    response = book(partner, past)
    assert response.status_code == 400
    assert error_of(response)["code"] == "slot_in_past"
    assert not Booking.objects.exists()


def test_a_closed_slot_is_a_conflict(partner, slot):
    slot.is_closed = True
    slot.save()
    response = book(partner, slot)
    assert response.status_code == 409 and error_of(response)["code"] == "slot_closed"


@pytest.mark.parametrize(
    "change, fields",
    [
        ({"items": []}, ["items"]),
        ({"contact": {"email": "a@example.org"}}, ["contact"]),
        ({"contact": {"name": "A", "email": "not-an-email"}}, ["contact"]),
        ({"language": "fr"}, ["language"]),
        ({"items": [{"slot": 1, "offering": 2, "adults": 1}]}, ["items"]),
    ],
)
def test_bad_bodies_are_refused_with_their_fields(partner, slot, change, fields):
    body = booking_body(slot)
    body.update(change)
    response = partner.post("/api/v1/bookings", body, format="json")
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid" and list(error["fields"]) == fields


def test_a_contact_needs_a_phone_or_an_e_mail(partner, slot):
    response = partner.post(
        "/api/v1/bookings", booking_body(slot, contact={"name": "Anna"}), format="json"
    )
    assert response.status_code == 400
    assert error_of(response)["code"] == "no_contact"


def test_a_coordinator_key_books_for_its_own_community(thali_desk, slot):
    response = book(thali_desk, slot)
    assert response.status_code == 201
    assert Booking.objects.get().channel == Channel.COORDINATOR


def test_a_coordinator_key_cannot_book_another_communitys_slots(botan_desk, slot):
    response = book(botan_desk, slot)
    assert response.status_code == 403 and error_of(response)["code"] == "forbidden"
    assert not Booking.objects.exists()


def test_officers_and_people_signed_in_do_not_book_through_the_api(
    officer_key, signed_in, thali_coordinator, slot
):
    for client in (officer_key, signed_in(thali_coordinator)):
        response = book(client, slot)
        assert response.status_code == 403 and error_of(response)["code"] == "forbidden"
    assert not Booking.objects.exists()


def test_no_key_or_a_forged_key_is_unauthorized(anonymous, forged, slot):
    response = book(anonymous, slot)
    assert response.status_code == 401 and error_of(response)["code"] == "unauthorized"
    assert response["WWW-Authenticate"] == "Bearer"
    response = book(forged, slot)
    assert response.status_code == 401 and error_of(response)["code"] == "invalid_key"
    assert not Booking.objects.exists()
