import pytest

from chumchon.bookings.availability import remaining_in
from chumchon.bookings.models import Booking, BookingStatus
from chumchon.bookings.tests.conftest import make_slot
from chumchon.octo.tests.conftest import error_of

pytestmark = pytest.mark.django_db


def confirmed(reseller, slot):
    held = reseller.reserve(slot, units=["adult", "adult"]).json()
    return reseller.post(
        f"/bookings/{held['uuid']}/confirm", {"contact": {"fullName": "Jo"}}
    ).json()


def test_cancelling_a_hold_frees_its_places_with_a_full_refund(reseller, departure):
    held = reseller.reserve(departure, units=["adult", "adult"]).json()
    response = reseller.post(f"/bookings/{held['uuid']}/cancel", {"reason": "Changed plans"})
    assert response.status_code == 200
    cancelled = response.json()
    assert cancelled["status"] == "CANCELLED" and cancelled["cancellable"] is False
    assert cancelled["cancellation"]["refund"] == "FULL"
    assert cancelled["cancellation"]["reason"] == "Changed plans"
    assert cancelled["utcConfirmedAt"] is None and cancelled["utcExpiresAt"] is None
    assert remaining_in(departure) == 5


@pytest.mark.parametrize("days, refund", [(10, "FULL"), (3, "PARTIAL"), (1, "NONE")])
def test_a_confirmed_booking_is_refunded_by_the_offerings_policy(reseller, weaving, days, refund):
    booking = confirmed(reseller, make_slot(weaving, days=days))
    cancelled = reseller.post(f"/bookings/{booking['uuid']}/cancel").json()
    assert cancelled["cancellation"]["refund"] == refund
    assert reseller.get(f"/bookings/{booking['uuid']}").json()["cancellation"]["refund"] == refund


def test_delete_cancels_too_and_a_reason_is_recorded_for_the_community(reseller, departure):
    booking = confirmed(reseller, departure)
    response = reseller.delete(f"/bookings/{booking['uuid']}")
    assert response.status_code == 200 and response.json()["status"] == "CANCELLED"
    row = Booking.objects.get(uuid=booking["uuid"])
    assert row.status == BookingStatus.CANCELLED
    assert row.cancel_reason == "Cancelled by Mekong Trails"


def test_a_booking_cannot_be_cancelled_twice(reseller, departure):
    booking = confirmed(reseller, departure)
    reseller.post(f"/bookings/{booking['uuid']}/cancel")
    response = reseller.post(f"/bookings/{booking['uuid']}/cancel")
    assert response.status_code == 400 and error_of(response) == "UNPROCESSABLE_ENTITY"


def test_an_unknown_booking_cannot_be_cancelled(reseller, departure):
    response = reseller.post("/bookings/invalidUUID/cancel")
    assert error_of(response) == "INVALID_BOOKING_UUID"
    assert response.json()["uuid"] == "invalidUUID"


def test_a_cancellation_made_by_the_community_reads_as_a_full_refund(reseller, departure):
    from chumchon.payments.services import cancel_booking

    booking = confirmed(reseller, departure)
    cancel_booking(Booking.objects.get(uuid=booking["uuid"]), reason="Flood", full_refund=True)
    cancelled = reseller.get(f"/bookings/{booking['uuid']}").json()
    assert cancelled["cancellation"]["refund"] == "FULL"
    assert cancelled["cancellation"]["reason"] == "Flood"
