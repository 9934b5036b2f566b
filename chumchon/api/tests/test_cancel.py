import pytest

from chumchon.api.tests.conftest import error_of
from chumchon.bookings.availability import remaining_in
from chumchon.bookings.models import BookingStatus
from chumchon.payments.models import Refund
from chumchon.payments.services import record_payment

pytestmark = pytest.mark.django_db


def cancel(client, booking, **body):
    return client.post(f"/api/v1/bookings/{booking.reference}/cancel", body, format="json")


@pytest.fixture
def paid_booking(partner_booking):
    record_payment(partner_booking, method="cash", amount="900.00", currency="THB")
    partner_booking.refresh_from_db()
    return partner_booking


def test_a_partner_cancels_its_held_booking_and_the_places_are_free(partner, partner_booking, slot):
    response = cancel(partner, partner_booking, reason="Change of plans")
    assert response.status_code == 200
    body = response.json()
    assert body["booking"]["status"] == "cancelled"
    assert body["refund"] == {
        "amount": "0.00",
        "currency": "THB",
        "method": None,
        "reason": "",
        "paid_at": None,
    }
    partner_booking.refresh_from_db()
    assert partner_booking.cancel_reason == "Change of plans"
    assert remaining_in(slot) == 5


def test_a_paid_booking_three_days_ahead_gets_half_back_by_the_default_policy(
    partner, paid_booking
):
    body = cancel(partner, paid_booking).json()
    assert body["refund"]["amount"] == "450.00" and body["refund"]["method"] == "cash"
    assert body["booking"]["refunded"] == {"amount": "450.00", "currency": "THB"}
    assert Refund.objects.get().reason == f"API key {paid_booking.api_key.name}"


def test_a_coordinator_refunds_in_full_for_bad_weather(thali_desk, paid_booking):
    response = cancel(thali_desk, paid_booking, reason="Storm", full_refund=True)
    assert response.status_code == 200
    assert response.json()["refund"] == {
        "amount": "900.00",
        "currency": "THB",
        "method": "cash",
        "reason": "Storm",
        "paid_at": None,
    }


def test_a_partner_cannot_grant_itself_a_full_refund(partner, paid_booking):
    response = cancel(partner, paid_booking, full_refund=True)
    assert response.status_code == 403 and error_of(response)["code"] == "forbidden"
    paid_booking.refresh_from_db()
    assert paid_booking.status == BookingStatus.CONFIRMED


def test_cancelling_a_cancelled_booking_is_a_conflict(partner, partner_booking):
    cancel(partner, partner_booking)
    response = cancel(partner, partner_booking)
    assert response.status_code == 409
    assert error_of(response)["code"] == "already_cancelled"


@pytest.mark.parametrize("caller", ["other_partner", "botan_desk", "officer_key"])
def test_others_cannot_cancel(request, caller, partner_booking):
    response = cancel(request.getfixturevalue(caller), partner_booking)
    assert response.status_code == 403 and error_of(response)["code"] == "forbidden"
    partner_booking.refresh_from_db()
    assert partner_booking.status == BookingStatus.PENDING_PAYMENT


def test_a_signed_in_coordinator_cancels(signed_in, thali_coordinator, partner_booking):
    response = cancel(signed_in(thali_coordinator), partner_booking)
    assert response.status_code == 200
    partner_booking.refresh_from_db()
    assert partner_booking.cancel_reason == "t-coord"


def test_a_bad_full_refund_flag_is_refused(thali_desk, partner_booking):
    response = cancel(thali_desk, partner_booking, full_refund="perhaps")
    assert response.status_code == 400 and list(error_of(response)["fields"]) == ["full_refund"]
