"""Booking events become webhook deliveries (the booking services know nothing of this)."""

from django.dispatch import receiver

from chumchon.bookings import signals
from chumchon.webhooks.models import EventType
from chumchon.webhooks.services import record_event


def _whose(details: dict) -> dict:
    # Whose booking it is, when the signal says: lets record_event skip the booking when
    # no endpoint hears it (the usual case) instead of reading it first.
    if "community_id" not in details:
        return {}
    return {"community_id": details["community_id"], "api_key_id": details.get("api_key_id")}


@receiver(signals.booking_held, dispatch_uid="webhooks.held")
def on_held(sender, booking_id: int, **details) -> None:
    record_event(booking_id, EventType.HELD, **_whose(details))


@receiver(signals.booking_confirmed, dispatch_uid="webhooks.confirmed")
def on_confirmed(sender, booking_id: int, **details) -> None:
    record_event(booking_id, EventType.CONFIRMED, **_whose(details))


@receiver(signals.booking_cancelled, dispatch_uid="webhooks.cancelled")
def on_cancelled(sender, booking_id: int, **details) -> None:
    record_event(booking_id, EventType.CANCELLED, **_whose(details))


@receiver(signals.booking_changed, dispatch_uid="webhooks.changed")
def on_changed(sender, booking_id: int, **details) -> None:
    record_event(booking_id, EventType.CHANGED, **_whose(details))
