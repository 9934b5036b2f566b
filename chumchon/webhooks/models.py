"""Where a reseller wants to hear about bookings, and every attempt to tell it."""

from __future__ import annotations

import secrets
import uuid
from urllib.parse import urlsplit

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


class EventType(models.TextChoices):
    HELD = "booking.held", _("Booking held")
    CONFIRMED = "booking.confirmed", _("Booking confirmed")
    CANCELLED = "booking.cancelled", _("Booking cancelled")
    CHANGED = "booking.changed", _("Booking changed")
    PING = "ping", _("Test")


# What an endpoint hears when it does not choose: the events a reseller acts on.
DEFAULT_EVENTS = [EventType.CONFIRMED.value, EventType.CANCELLED.value, EventType.CHANGED.value]
BOOKING_EVENTS = [e.value for e in EventType if e != EventType.PING]

# OCTO's single webhook event covers a booking confirmed, updated or cancelled.
OCTO_BOOKING_UPDATE = "booking_update"


class WebhookEndpoint(models.Model):
    class Format(models.TextChoices):
        PLATFORM = "platform", _("Chumchon API")
        OCTO = "octo", _("OCTO")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        "bookings.ApiKey",
        on_delete=models.CASCADE,
        related_name="webhook_endpoints",
        verbose_name=_("API key"),
    )
    url = models.URLField(_("URL"), max_length=2000)
    description = models.CharField(_("description"), max_length=200, blank=True)
    events = models.JSONField(_("events"), default=list)
    # Kept readable (not hashed): every delivery is signed with it.
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    # After a rotation the old secret also signs, for a day, so receivers can switch over.
    previous_secret = models.CharField(max_length=64, blank=True, editable=False)
    previous_secret_expires_at = models.DateTimeField(null=True, blank=True)
    format = models.CharField(
        _("format"), max_length=8, choices=Format.choices, default=Format.PLATFORM
    )
    is_active = models.BooleanField(_("active"), default=True)
    # OCTO's options: prices in the payload, the tourist's language, retries.
    capabilities = models.JSONField(default=list, blank=True)
    use_contact_language = models.BooleanField(default=False)
    retry_on_error = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Removed endpoints stay (inactive) so that their delivery log can still be read.
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self) -> str:
        return self.url

    @property
    def host(self) -> str:
        """The host alone, for pages: a URL may carry credentials in its user part."""
        return urlsplit(self.url).hostname or ""

    def signing_secrets(self, now) -> list[str]:
        secrets_now = [self.secret]
        if (
            self.previous_secret
            and self.previous_secret_expires_at
            and (self.previous_secret_expires_at > now)
        ):
            secrets_now.append(self.previous_secret)
        return secrets_now

    def hears(self, event_type: str) -> bool:
        return "*" in self.events or event_type in self.events


class Delivery(models.Model):
    """One event for one endpoint, with the outcome of its latest attempt."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        FAILED = "failed", _("Failed, will retry")
        DELIVERED = "delivered", _("Delivered")
        DEAD = "dead", _("Given up")

    # The event id: the same on every attempt, so receivers can drop duplicates.
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event_type = models.CharField(_("event"), max_length=32, choices=EventType.choices)
    booking = models.ForeignKey(
        "bookings.Booking",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="webhook_deliveries",
    )
    # Whose log this is: the booking's community (none for a test ping).
    community = models.ForeignKey(
        "communities.Community",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="webhook_deliveries",
    )
    payload = models.JSONField()
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(_("status code"), null=True, blank=True)
    last_error = models.CharField(_("error"), max_length=500, blank=True)
    response_snippet = models.CharField(max_length=500, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self) -> str:
        return f"{self.event_type} → {self.endpoint.host}"

    @property
    def is_open(self) -> bool:
        return self.state in (self.State.PENDING, self.State.FAILED)
