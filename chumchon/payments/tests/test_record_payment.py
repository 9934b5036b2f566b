import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.bookings.models import Booking, BookingStatus
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot, refused
from chumchon.payments.models import Payment, Refund
from chumchon.payments.services import balance_due, cancel_booking, record_payment

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact():
    return Contact(name="Anna Tourist", email="anna@example.org")


@pytest.fixture
def held(weaving, contact):
    slot = make_slot(weaving, days=10)
    return hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact)  # 700 THB


def test_payment_in_full_confirms_the_booking(held, thali_treasurer):
    record_payment(held, method="cash", amount="700", currency="THB", by=thali_treasurer)
    held.refresh_from_db()
    assert held.status == BookingStatus.CONFIRMED and held.expires_at is None
    assert Payment.objects.get().recorded_by == thali_treasurer


def test_a_deposit_keeps_the_booking_waiting_with_a_fresh_hold(held):
    Booking.objects.filter(pk=held.pk).update(expires_at=timezone.now() + dt.timedelta(minutes=1))
    record_payment(held, method="promptpay", amount="200", currency="THB")
    held.refresh_from_db()
    assert held.status == BookingStatus.PENDING_PAYMENT
    assert held.expires_at > timezone.now() + dt.timedelta(minutes=25)
    assert balance_due(held).amount == Decimal("500.00")
    record_payment(held, method="cash", amount="500", currency="THB")
    held.refresh_from_db()
    assert held.status == BookingStatus.CONFIRMED


@pytest.mark.parametrize(
    "amount,currency,code",
    [
        ("701", "THB", "wrong_amount"),
        ("0", "THB", "wrong_amount"),
        ("-5", "THB", "wrong_amount"),
        ("1.005", "THB", "wrong_amount"),
        ("700", "LAK", "wrong_currency"),
    ],
)
def test_wrong_amounts_and_currencies_are_refused_and_change_nothing(held, amount, currency, code):
    with refused(code):
        record_payment(held, method="cash", amount=amount, currency=currency)
    held.refresh_from_db()
    assert held.status == BookingStatus.PENDING_PAYMENT
    assert not Payment.objects.exists()


def test_a_double_payment_is_refused(held):
    record_payment(held, method="cash", amount="700", currency="THB")
    with refused("already_paid"):
        record_payment(held, method="cash", amount="700", currency="THB")
    assert Payment.objects.count() == 1


def test_a_payment_after_the_hold_expired_is_refused(held):
    Booking.objects.filter(pk=held.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    with refused("hold_expired"):
        record_payment(held, method="cash", amount="700", currency="THB")


def test_an_unknown_method_is_refused(held):
    with refused("invalid_method"):
        record_payment(held, method="bitcoin", amount="700", currency="THB")


def test_a_tourist_cancellation_refunds_by_the_policy(held):
    record_payment(held, method="promptpay", amount="700", currency="THB")
    refund = cancel_booking(held, reason="change of plans")
    assert refund.amount == Decimal("700.00")  # 10 days ahead: in full
    assert refund.method == "promptpay"
    held.refresh_from_db()
    assert held.status == BookingStatus.CANCELLED
    with refused("already_cancelled"):
        cancel_booking(held, reason="again")
    assert Refund.objects.count() == 1


@pytest.mark.parametrize("days,expected", [(10, "700.00"), (3, "350.00"), (1, None)])
def test_the_default_policy_refunds_full_half_or_nothing(weaving, contact, days, expected):
    slot = make_slot(weaving, days=days)
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact)
    record_payment(booking, method="cash", amount="700", currency="THB")
    refund = cancel_booking(booking, reason="tourist")
    assert (str(refund.amount) if refund else None) == expected


def test_the_community_cancels_with_a_full_refund_even_on_the_eve(weaving, contact):
    slot = make_slot(weaving, days=1)
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact)
    record_payment(booking, method="cash", amount="700", currency="THB")
    refund = cancel_booking(
        booking, reason="storm", full_refund=True, refund_method="bank_transfer"
    )
    assert (refund.amount, refund.method) == (Decimal("700.00"), "bank_transfer")


def test_a_deposit_on_a_lapsed_hold_comes_back_in_full(held):
    record_payment(held, method="cash", amount="200", currency="THB")
    Booking.objects.filter(pk=held.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    refund = cancel_booking(held, reason="never paid the rest")
    assert refund.amount == Decimal("200.00")


def test_an_unpaid_lapsed_hold_cannot_be_cancelled(held):
    Booking.objects.filter(pk=held.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    with refused("not_cancellable"):
        cancel_booking(held, reason="late")
