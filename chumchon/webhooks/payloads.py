"""What a delivery carries: the booking as the reseller's own API shows it."""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone, translation
from rest_framework import serializers

from chumchon.bookings.models import Booking
from chumchon.webhooks.models import OCTO_BOOKING_UPDATE, WebhookEndpoint

_DATETIME = serializers.DateTimeField()


class SiteRequest:
    """Stands in for a request where the serializers build absolute links (no request here)."""

    def build_absolute_uri(self, location: str = "/") -> str:
        if location.startswith(("http://", "https://")):
            return location
        return settings.SITE_URL.rstrip("/") + location


def platform_booking(booking_id: int) -> dict | None:
    """The booking as GET /api/v1/bookings/{reference} returns it to its partner."""
    from chumchon.api.serializers import BookingSerializer
    from chumchon.api.views import BOOKING_PREFETCH

    booking = (
        Booking.objects.select_related("community")
        .prefetch_related(*BOOKING_PREFETCH)
        .filter(pk=booking_id)
        .first()
    )
    if booking is None:
        return None
    # Only keys that may read the booking hear of it, and partners see their contacts.
    context = {"request": SiteRequest(), "personal": True}
    with translation.override(settings.LANGUAGE_CODE):
        return BookingSerializer(booking, context=context).data


def platform_event(event_id: str, event_type: str, data: dict) -> dict:
    return {
        "id": event_id,
        "type": event_type,
        "created": _DATETIME.to_representation(timezone.now()),
        "data": data,
    }


def octo_webhook(endpoint: WebhookEndpoint) -> dict:
    """The webhook object of OCTO's octo/webhooks capability."""
    return {
        "id": str(endpoint.uuid),
        "event": OCTO_BOOKING_UPDATE,
        "url": endpoint.url,
        "capabilities": list(endpoint.capabilities),
        "useContactLanguage": endpoint.use_contact_language,
        "retryOnError": endpoint.retry_on_error,
    }


def octo_booking(endpoint: WebhookEndpoint, booking_id: int) -> dict | None:
    """The booking as OCTO's GET /bookings/{uuid} returns it (None: OCTO cannot show it)."""
    from chumchon.octo import mapping

    booking = mapping.bookings_to_render().filter(pk=booking_id).first()
    if booking is None:
        return None
    items = booking.items.all()
    # An OCTO booking is one product at one availability: a shop order has no slot.
    if len(items) != 1 or items[0].slot is None:
        return None
    pricing = any(c.lower() in ("octo/pricing", "pricing") for c in endpoint.capabilities)
    language = booking.language if endpoint.use_contact_language else settings.LANGUAGE_CODE
    with translation.override(language):
        return mapping.booking(booking, with_pricing=pricing)


def octo_event(endpoint: WebhookEndpoint, booking: dict | None) -> dict:
    return {"webhook": octo_webhook(endpoint), "booking": booking}
