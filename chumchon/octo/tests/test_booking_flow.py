import pytest

from chumchon.bookings.availability import remaining_in
from chumchon.bookings.models import Booking, BookingStatus, Channel
from chumchon.octo.tests.conftest import availability_id, minutes_from_now, parse_utc

pytestmark = pytest.mark.django_db

UUID = "7b3f1c2e-0f5a-4c57-9d0e-2f6a1b9c8d7e"


def test_a_reseller_reserves_extends_confirms_reads_and_cancels_a_booking(reseller, departure):
    # Reserve: two adults and a child, held for 15 minutes.
    response = reseller.reserve(
        departure,
        units=["adult", "adult", "child"],
        uuid=UUID,
        resellerReference="MT-1001",
        notes="One guest is vegetarian",
        expirationMinutes=15,
    )
    assert response.status_code == 200, response.json()
    held = response.json()
    assert held["id"] == held["uuid"] == UUID
    assert held["status"] == "ON_HOLD"
    assert held["testMode"] is False
    assert held["productId"] == str(departure.offering_id) and held["optionId"] == "DEFAULT"
    assert held["availabilityId"] == held["availability"]["id"] == availability_id(departure)
    assert held["availability"]["allDay"] is False
    assert 14.5 < minutes_from_now(held["utcExpiresAt"]) <= 15
    assert held["utcConfirmedAt"] is None and held["utcRedeemedAt"] is None
    assert held["cancellable"] is True and held["cancellation"] is None
    assert held["freesale"] is False
    assert held["resellerReference"] == "MT-1001"
    assert held["notes"] == "One guest is vegetarian"
    assert held["deliveryMethods"] == ["VOUCHER"]
    assert held["voucher"] == {
        "redemptionMethod": "DIGITAL",
        "utcRedeemedAt": None,
        "deliveryOptions": [],
    }
    assert [u["unitId"] for u in held["unitItems"]] == ["adult", "adult", "child"]
    assert len({u["uuid"] for u in held["unitItems"]}) == 3
    assert {u["status"] for u in held["unitItems"]} == {"ON_HOLD"}
    assert held["pricing"]["retail"] == 90000 and held["pricing"]["currency"] == "THB"
    assert [u["pricing"]["retail"] for u in held["unitItems"]] == [35000, 35000, 20000]
    assert remaining_in(departure) == 2
    booking = Booking.objects.get(uuid=UUID)
    assert booking.channel == Channel.OCTO and booking.api_key == reseller.key
    assert booking.reseller_reference == "MT-1001"
    # No traveller yet: the reseller's name stands in, and no made-up address is stored.
    assert booking.contact_name == "Mekong Trails" and booking.contact_email == ""

    # Extend the hold.
    response = reseller.post(f"/bookings/{UUID}/extend", {"expirationMinutes": 45})
    assert response.status_code == 200
    extended = response.json()
    assert extended["status"] == "ON_HOLD"
    assert parse_utc(extended["utcExpiresAt"]) > parse_utc(held["utcExpiresAt"])
    assert 44.5 < minutes_from_now(extended["utcExpiresAt"]) <= 45

    # Confirm with the lead traveller.
    contact = {
        "firstName": "Somchai",
        "lastName": "Jaidee",
        "emailAddress": "somchai@example.org",
        "phoneNumber": "+66812345678",
        "locales": ["th-TH", "en"],
        "country": "TH",
        "notes": "Arrives by bus",
    }
    response = reseller.post(
        f"/bookings/{UUID}/confirm", {"contact": contact, "resellerReference": "MT-1001-A"}
    )
    assert response.status_code == 200, response.json()
    confirmed = response.json()
    assert confirmed["status"] == "CONFIRMED"
    assert confirmed["utcExpiresAt"] is None
    assert parse_utc(confirmed["utcConfirmedAt"]) >= parse_utc(confirmed["utcCreatedAt"])
    assert confirmed["resellerReference"] == "MT-1001-A"
    assert confirmed["contact"] == {
        **contact,
        "fullName": "Somchai Jaidee",
        "postalCode": None,
    }
    assert {u["status"] for u in confirmed["unitItems"]} == {"CONFIRMED"}
    assert [u["uuid"] for u in confirmed["unitItems"]] == [u["uuid"] for u in held["unitItems"]]
    [option] = confirmed["voucher"]["deliveryOptions"]
    assert option["deliveryFormat"] == "QRCODE"
    assert option["deliveryValue"].endswith(f"code={confirmed['supplierReference']}")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED
    assert booking.contact_name == "Somchai Jaidee"
    assert booking.contact_email == "somchai@example.org"
    assert booking.contact_phone == "+66812345678"
    assert booking.language == "th"
    assert booking.notes == "One guest is vegetarian\n\nArrives by bus"

    # Read it back: the same booking as the confirmation returned.
    response = reseller.get(f"/bookings/{UUID}")
    assert response.status_code == 200
    assert response.json() == confirmed

    # Cancel three days ahead: the standard policy refunds half.
    response = reseller.post(f"/bookings/{UUID}/cancel", {"reason": "Guest is ill"})
    assert response.status_code == 200, response.json()
    cancelled = response.json()
    assert cancelled["status"] == "CANCELLED"
    assert cancelled["cancellable"] is False
    assert cancelled["cancellation"]["refund"] == "PARTIAL"
    assert cancelled["cancellation"]["reason"] == "Guest is ill"
    assert parse_utc(cancelled["cancellation"]["utcCancelledAt"]) >= parse_utc(
        confirmed["utcConfirmedAt"]
    )
    assert cancelled["utcConfirmedAt"] == confirmed["utcConfirmedAt"]
    assert cancelled["utcExpiresAt"] is None
    assert {u["status"] for u in cancelled["unitItems"]} == {"CANCELLED"}
    assert remaining_in(departure) == 5
    assert Booking.objects.get(uuid=UUID).status == BookingStatus.CANCELLED
