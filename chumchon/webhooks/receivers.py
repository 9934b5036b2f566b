"""Booking events become webhook deliveries (the booking services know nothing of this)."""

from django.dispatch import receiver

from chumchon.bookings import signals
from chumchon.webhooks.models import EventType
from chumchon.webhooks.services import record_event


@receiver(signals.booking_held, dispatch_uid="webhooks.held")
def on_held(sender, booking_id: int, **details) -> None:
    record_event(booking_id, EventType.HELD)


@receiver(signals.booking_confirmed, dispatch_uid="webhooks.confirmed")
def on_confirmed(sender, booking_id: int, **details) -> None:
    record_event(booking_id, EventType.CONFIRMED)


@receiver(signals.booking_cancelled, dispatch_uid="webhooks.cancelled")
def on_cancelled(sender, booking_id: int, **details) -> None:
    record_event(booking_id, EventType.CANCELLED)


@receiver(signals.booking_changed, dispatch_uid="webhooks.changed")
def on_changed(sender, booking_id: int, **details) -> None:
    record_event(booking_id, EventType.CHANGED)
