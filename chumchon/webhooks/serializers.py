"""What the webhook API reads and writes (also its OpenAPI description)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from chumchon.webhooks.models import BOOKING_EVENTS, Delivery, WebhookEndpoint

EVENT_CHOICES = [*BOOKING_EVENTS, "*"]


class EndpointRequestSerializer(serializers.Serializer):
    url = serializers.URLField(
        max_length=2000, help_text=_("Where to POST the events: https, a public address.")
    )
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=EVENT_CHOICES),
        min_length=1,
        max_length=len(EVENT_CHOICES),
        required=False,
        help_text=_("Event types to hear, or * for all (default: confirmed, cancelled, changed)."),
    )
    description = serializers.CharField(
        max_length=200, required=False, allow_blank=True, default=""
    )
    format = serializers.ChoiceField(
        choices=WebhookEndpoint.Format.choices,
        default=WebhookEndpoint.Format.PLATFORM,
        help_text=_("platform: the booking as this API shows it; octo: as OCTO shows it."),
    )


class EndpointUpdateSerializer(serializers.Serializer):
    url = serializers.URLField(max_length=2000, required=False)
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=EVENT_CHOICES),
        min_length=1,
        max_length=len(EVENT_CHOICES),
        required=False,
    )
    description = serializers.CharField(max_length=200, required=False, allow_blank=True)
    active = serializers.BooleanField(
        required=False,
        help_text=_("false pauses the endpoint: events that happen meanwhile are not sent."),
    )


class EndpointSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="uuid")
    url = serializers.CharField()
    events = serializers.ListField(child=serializers.CharField())
    description = serializers.CharField()
    format = serializers.CharField()
    active = serializers.BooleanField(source="is_active")
    created_at = serializers.DateTimeField()


class NewEndpointSerializer(EndpointSerializer):
    secret = serializers.CharField(
        help_text=_("Signs every delivery (Chumchon-Signature); shown only now: keep it.")
    )


class DeliverySerializer(serializers.Serializer):
    id = serializers.UUIDField(source="uuid", help_text=_("The event id (Chumchon-Event-Id)."))
    endpoint = serializers.UUIDField(source="endpoint.uuid")
    event = serializers.CharField(source="event_type")
    booking = serializers.CharField(source="booking.reference", allow_null=True, default=None)
    state = serializers.ChoiceField(choices=Delivery.State.choices)
    attempts = serializers.IntegerField()
    next_attempt_at = serializers.DateTimeField(allow_null=True)
    last_attempt_at = serializers.DateTimeField(allow_null=True)
    last_status_code = serializers.IntegerField(allow_null=True)
    last_error = serializers.CharField()
    response_snippet = serializers.CharField()
    delivered_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()
    payload = serializers.JSONField()


class DeliveryQuerySerializer(serializers.Serializer):
    state = serializers.ChoiceField(choices=Delivery.State.choices, required=False)
