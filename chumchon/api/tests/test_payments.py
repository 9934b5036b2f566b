import datetime as dt

import pytest
from django.utils import timezone

from chumchon.api.tests.conftest import book, error_of
from chumchon.bookings.models import Booking, BookingStatus
from chumchon.payments.models import Payment

pytestmark = pytest.mark.django_db


def pay(client, booking, amount="900.00", method="cash", **extra):
    return client.post(
        f"/api/v1/bookings/{booking.reference}/payments",
        {"method": method, "amount": amount, **extra},
        format="json",
    )


def test_a_coordinator_key_records_cash_and_the_booking_is_confirmed(thali_desk, partner_booking):
    response = pay(thali_desk, partner_booking)
    assert response.status_code == 201
    body = response.json()
    payment = Payment.objects.get()
    assert body["payment"] == {
        "id": payment.id,
        "method": "cash",
        "amount": {"amount": "900.00", "currency": "THB"},
        "received_at": timezone.localtime(payment.received_at).isoformat(),
        "note": f"API key {thali_desk.key.name}",
    }
    assert body["booking"]["status"] == "confirmed"
    assert body["booking"]["paid"] == {"amount": "900.00", "currency": "THB"}
    assert body["booking"]["payment"] is None and body["booking"]["expires_at"] is None
    partner_booking.refresh_from_db()
    assert partner_booking.status == BookingStatus.CONFIRMED


def test_a_signed_in_treasurer_records_a_promptpay_transfer(
    signed_in, thali_treasurer, partner_booking
):
    response = pay(signed_in(thali_treasurer), partner_booking, method="promptpay", currency="THB")
    assert response.status_code == 201
    assert Payment.objects.get().recorded_by == thali_treasurer


def test_kip_are_paid_in_whole_kip(botan_desk, partner, boat_slot):
    reference = book(partner, boat_slot, adults=3, children=0).json()["reference"]
    booking = Booking.objects.get(reference=reference)
    assert pay(botan_desk, booking, amount="150000.50").json()["error"]["code"] == "wrong_amount"
    response = pay(botan_desk, booking, amount="150000")
    assert response.status_code == 201
    assert response.json()["payment"]["amount"] == {"amount": "150000", "currency": "LAK"}


@pytest.mark.parametrize("amount", ["1000.00", "0", "-900.00"])
def test_more_than_is_due_or_nothing_is_a_wrong_amount_and_nothing_is_recorded(
    thali_desk, partner_booking, amount
):
    response = pay(thali_desk, partner_booking, amount=amount)
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "wrong_amount"
    assert error["details"] == {"expected": "900.00"}
    assert not Payment.objects.exists()
    partner_booking.refresh_from_db()
    assert partner_booking.status == BookingStatus.PENDING_PAYMENT


def test_a_deposit_keeps_the_booking_waiting_for_the_rest(thali_desk, partner_booking, promptpay):
    response = pay(thali_desk, partner_booking, amount="500.00")
    assert response.status_code == 201
    booking = response.json()["booking"]
    assert booking["status"] == "pending_payment"
    assert booking["paid"] == {"amount": "500.00", "currency": "THB"}
    assert booking["payment"]["amount_due"] == {"amount": "400.00", "currency": "THB"}
    assert "5406400.00" in booking["payment"]["promptpay"]["payload"]
    assert pay(thali_desk, partner_booking, amount="400.00").json()["booking"]["status"] == (
        "confirmed"
    )


def test_a_wrong_currency_is_refused(thali_desk, partner_booking):
    response = pay(thali_desk, partner_booking, currency="LAK")
    assert response.status_code == 400 and error_of(response)["code"] == "wrong_currency"


@pytest.mark.parametrize(
    "change, field",
    [
        ({"amount": "lots"}, "amount"),
        ({"method": "gateway"}, "method"),
        ({"amount": None}, "amount"),
    ],
)
def test_bad_payment_bodies_are_refused_per_field(thali_desk, partner_booking, change, field):
    response = thali_desk.post(
        f"/api/v1/bookings/{partner_booking.reference}/payments",
        {"method": "cash", "amount": "900.00", **change},
        format="json",
    )
    assert response.status_code == 400
    assert list(error_of(response)["fields"]) == [field]


def test_a_second_payment_is_a_conflict(thali_desk, partner_booking):
    pay(thali_desk, partner_booking)
    response = pay(thali_desk, partner_booking)
    assert response.status_code == 409 and error_of(response)["code"] == "already_paid"
    assert Payment.objects.count() == 1


def test_paying_after_the_hold_expired_is_a_conflict(thali_desk, partner_booking):
    Booking.objects.filter(pk=partner_booking.pk).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    response = pay(thali_desk, partner_booking)
    assert response.status_code == 409 and error_of(response)["code"] == "hold_expired"
    assert not Payment.objects.exists()


@pytest.mark.parametrize("caller", ["partner", "botan_desk", "officer_key"])
def test_only_the_communitys_coordinators_record_payments(request, caller, partner_booking):
    response = pay(request.getfixturevalue(caller), partner_booking)
    assert response.status_code == 403 and error_of(response)["code"] == "forbidden"
    assert not Payment.objects.exists()


@pytest.mark.parametrize("person", ["botan_coordinator", "officer", "stranger"])
def test_people_of_other_communities_do_not_record_payments(
    request, signed_in, partner_booking, person
):
    response = pay(signed_in(request.getfixturevalue(person)), partner_booking)
    assert response.status_code == 403
    assert not Payment.objects.exists()
