"""Gateway webhooks: verified, recorded once, applied once."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from chumchon.bookings.errors import BookingError
from chumchon.bookings.models import Booking
from chumchon.core.audit import log_action
from chumchon.money import Money
from chumchon.payments.models import Method, WebhookEvent
from chumchon.payments.services import record_payment


def handle_gateway_event(provider: str, event: dict) -> str:
    """Apply a verified event; returns "applied", "duplicate", "ignored" or a refusal code.

    The event row and its effect commit together, so a repeated delivery, even a
    concurrent one, finds the row and changes nothing.
    """
    event_id = str(event.get("id") or "")
    if not event_id:
        return "ignored"
    try:
        with transaction.atomic():
            WebhookEvent.objects.create(provider=provider, event_id=event_id, payload=event)
            if event.get("type") != "charge.succeeded":
                return "ignored"
            data = event.get("data") or {}
            booking = Booking.objects.filter(
                uuid=(data.get("metadata") or {}).get("booking")
            ).first()
            if booking is None:
                return "unknown_booking"
            money = Money.from_minor(int(data["amount"]), data["currency"])
            try:
                with transaction.atomic():
                    record_payment(
                        booking,
                        method=Method.GATEWAY,
                        amount=money.amount,
                        currency=money.currency,
                        provider=provider,
                        provider_reference=str(data["id"]),
                        require_full=True,
                    )
            except BookingError as err:
                # Money arrived for a booking that cannot take it (expired, already paid):
                # keep the event and tell the treasurer, who refunds it.
                log_action(
                    None,
                    "payment.gateway_refused",
                    booking,
                    code=err.code,
                    amount=str(money),
                    charge=str(data["id"]),
                )
                return err.code
            return "applied"
    except IntegrityError:
        return "duplicate"
