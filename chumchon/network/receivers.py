"""The network listens to the booking signals instead of being called by the booking services."""

from chumchon.bookings import signals
from chumchon.network import services


def on_confirmed(sender, booking_id: int, **kwargs) -> None:
    services.credit_commission(booking_id)


def on_cancelled(sender, booking_id: int, refund_id: int | None = None, **kwargs) -> None:
    services.note_cancellation(booking_id, refund_id)


signals.booking_confirmed.connect(on_confirmed, dispatch_uid="network.credit_commission")
signals.booking_cancelled.connect(on_cancelled, dispatch_uid="network.note_cancellation")
