"""Other apps learn what happened to a booking only once it has really happened."""

import pytest
from django.db import transaction

from chumchon.bookings import signals
from chumchon.bookings.models import BookingStatus
from chumchon.bookings.services import ItemRequest, confirm_booking, hold_places
from chumchon.payments.services import cancel_booking, record_payment

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def heard():
    events = []

    def listen(signal_name):
        def receiver(sender, booking_id, **details):
            events.append((signal_name, booking_id, details))

        return receiver

    receivers = {name: listen(name) for name in ("held", "confirmed", "cancelled", "changed")}
    for name, receiver in receivers.items():
        getattr(signals, f"booking_{name}").connect(receiver)
    yield events
    for name, receiver in receivers.items():
        getattr(signals, f"booking_{name}").disconnect(receiver)


def test_holding_paying_and_cancelling_are_announced_in_order(slot, contact, heard):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact)
    record_payment(booking, method="cash", amount=booking.total, currency="THB")
    cancel_booking(booking, reason="weather", full_refund=True)
    assert [(name, pk) for name, pk, _ in heard] == [
        ("held", booking.pk),
        ("confirmed", booking.pk),
        ("cancelled", booking.pk),
    ]
    assert heard[2][2]["refund_id"] is not None


def test_a_rolled_back_hold_is_never_announced(slot, contact, heard):
    with pytest.raises(RuntimeError), transaction.atomic():
        hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact)
        raise RuntimeError("the caller failed after the hold")
    assert heard == []


def test_a_failing_receiver_does_not_undo_the_sale(slot, contact, heard):
    def broken(sender, **kwargs):
        raise ValueError("listener bug")

    signals.booking_confirmed.connect(broken)
    try:
        booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
        confirm_booking(booking)
    finally:
        signals.booking_confirmed.disconnect(broken)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED
    assert ("confirmed", booking.pk) in [(n, pk) for n, pk, _ in heard]
