import pytest

from chumchon.bookings.availability import remaining_in
from chumchon.bookings.models import Booking, BookingStatus
from chumchon.bookings.services import expire_holds
from chumchon.octo import services
from chumchon.octo.tests.conftest import error_of, shift_hold

pytestmark = pytest.mark.django_db

GUEST = {"fullName": "John Doe", "emailAddress": "johndoe@example.org"}


@pytest.fixture
def hold(reseller, departure):
    return reseller.reserve(departure, units=["adult", "adult"]).json()


def test_an_expired_hold_cannot_be_confirmed(reseller, hold):
    booking = Booking.objects.get(uuid=hold["uuid"])
    shift_hold(booking, -1)
    response = reseller.post(f"/bookings/{hold['uuid']}/confirm", {"contact": GUEST})
    assert response.status_code == 400
    assert response.json()["error"] == "INVALID_BOOKING_UUID"
    assert response.json()["uuid"] == hold["uuid"]
    booking.refresh_from_db()
    assert booking.status == BookingStatus.PENDING_PAYMENT


def test_a_hold_marked_expired_by_the_periodic_task_cannot_be_confirmed(reseller, hold):
    shift_hold(Booking.objects.get(uuid=hold["uuid"]), -1)
    assert expire_holds() == 1
    assert reseller.get(f"/bookings/{hold['uuid']}").json()["status"] == "EXPIRED"
    response = reseller.post(f"/bookings/{hold['uuid']}/confirm", {"contact": GUEST})
    assert error_of(response) == "INVALID_BOOKING_UUID"


def test_an_expired_booking_reads_as_expired_with_its_expiry(reseller, hold):
    shift_hold(Booking.objects.get(uuid=hold["uuid"]), -1)
    expired = reseller.get(f"/bookings/{hold['uuid']}").json()
    assert expired["status"] == "EXPIRED" and expired["cancellable"] is False
    assert expired["utcExpiresAt"] is not None
    assert expired["cancellation"]["utcCancelledAt"] == expired["utcExpiresAt"]


def test_unit_items_sent_on_confirmation_replace_the_held_ones(reseller, hold, departure):
    response = reseller.post(
        f"/bookings/{hold['uuid']}/confirm",
        {"contact": GUEST, "unitItems": [{"unitId": "adult"}] * 3},
    )
    assert response.status_code == 200, response.json()
    confirmed = response.json()
    assert confirmed["status"] == "CONFIRMED"
    assert [u["unitId"] for u in confirmed["unitItems"]] == ["adult"] * 3
    assert confirmed["pricing"]["retail"] == 105000
    assert remaining_in(departure) == 2
    assert Booking.objects.count() == 1


def test_confirming_more_units_than_are_left_changes_nothing(reseller, hold, departure):
    response = reseller.post(
        f"/bookings/{hold['uuid']}/confirm",
        {"contact": GUEST, "unitItems": [{"unitId": "adult"}] * 6},
    )
    assert error_of(response) == "UNPROCESSABLE_ENTITY"
    booking = Booking.objects.get(uuid=hold["uuid"])
    assert booking.status == BookingStatus.PENDING_PAYMENT
    assert booking.items.get().adults == 2 and remaining_in(departure) == 3


def test_an_unknown_unit_on_confirmation_is_invalid_unit_id(reseller, hold):
    response = reseller.post(
        f"/bookings/{hold['uuid']}/confirm",
        {"contact": GUEST, "unitItems": [{"unitId": "invalidUnitId"}] * 2},
    )
    assert error_of(response) == "INVALID_UNIT_ID"
    assert response.json()["unitId"] == "invalidUnitId"


def test_confirming_twice_only_updates_the_references(reseller, hold):
    first = reseller.post(
        f"/bookings/{hold['uuid']}/confirm", {"contact": GUEST, "resellerReference": "A"}
    ).json()
    again = reseller.post(
        f"/bookings/{hold['uuid']}/confirm", {"contact": GUEST, "resellerReference": "B"}
    ).json()
    assert again["status"] == "CONFIRMED" and again["resellerReference"] == "B"
    assert again["utcConfirmedAt"] == first["utcConfirmedAt"]


def test_a_name_alone_is_enough_to_confirm(reseller, hold):
    response = reseller.post(f"/bookings/{hold['uuid']}/confirm", {"contact": {"fullName": "Jo"}})
    assert response.json()["status"] == "CONFIRMED"
    assert Booking.objects.get(uuid=hold["uuid"]).contact_name == "Jo"


def test_a_confirmation_needs_a_contact(reseller, hold):
    response = reseller.post(f"/bookings/{hold['uuid']}/confirm", {"resellerReference": "A"})
    assert error_of(response) == "BAD_REQUEST"


def test_a_cancelled_booking_cannot_be_confirmed(reseller, hold):
    reseller.post(f"/bookings/{hold['uuid']}/cancel")
    response = reseller.post(f"/bookings/{hold['uuid']}/confirm", {"contact": GUEST})
    assert error_of(response) == "UNPROCESSABLE_ENTITY"


def test_an_unknown_booking_is_invalid_booking_uuid(reseller, departure):
    for uuid in ("invalidUUID", "0f8fad5b-d9cb-469f-a165-70867728950e"):
        response = reseller.post(f"/bookings/{uuid}/confirm", {"contact": GUEST})
        assert response.status_code == 400
        assert (
            response.json()["error"] == "INVALID_BOOKING_UUID" and response.json()["uuid"] == uuid
        )


def test_the_guest_is_emailed_only_when_the_reseller_asks(
    reseller, departure, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(services.notifications, "booking_confirmed", sent.append)
    quiet = reseller.reserve(departure).json()
    loud = reseller.reserve(departure).json()
    with django_capture_on_commit_callbacks(execute=True):
        reseller.post(f"/bookings/{quiet['uuid']}/confirm", {"contact": GUEST})
        reseller.post(f"/bookings/{loud['uuid']}/confirm", {"contact": GUEST, "emailReceipt": True})
    assert sent == [Booking.objects.get(uuid=loud["uuid"]).pk]
