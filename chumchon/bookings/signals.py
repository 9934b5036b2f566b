"""What happened to a booking, announced once the transaction that did it has committed.

Other apps listen instead of being called from the booking services: webhooks to
resellers, referral commissions, hand-offs. A receiver therefore never sees a booking
that a rollback later undid, and a failing receiver cannot undo a sale.

Every signal is sent with `booking_id`, `community_id` and `api_key_id` (ints; the key
may be None), so that a listener with nothing to do need not read the booking;
`booking_changed` also with `changed` (the names of what changed), `booking_cancelled`
with `refund_id`.
"""

from django.db import transaction
from django.dispatch import Signal

booking_held = Signal()
booking_confirmed = Signal()
booking_cancelled = Signal()
booking_changed = Signal()


def announce(signal: Signal, booking, **details) -> None:
    """Send `signal` about `booking` after the current transaction commits (at once
    outside one).

    Receivers run with `send_robust`: one that raises is logged and the others still run.
    """

    ids = {
        "booking_id": booking.pk,
        "community_id": booking.community_id,
        "api_key_id": booking.api_key_id,
    }

    def send():
        for receiver, result in signal.send_robust(sender=None, **ids, **details):
            if isinstance(result, Exception):
                import logging

                logging.getLogger("chumchon.bookings").error(
                    "booking signal receiver %r failed", receiver, exc_info=result
                )

    transaction.on_commit(send)
