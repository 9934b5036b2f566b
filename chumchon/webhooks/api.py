"""The webhook part of the platform API (/api/v1/webhooks): a key manages its own endpoints.

Endpoints belong to the API key that registered them; another key gets a 404 for
them, as if they did not exist.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import exceptions, status
from rest_framework.response import Response

from chumchon.api import permissions as may
from chumchon.api.errors import ApiError
from chumchon.api.views import AUTH_ERRORS, ApiView, _errors
from chumchon.bookings.models import ApiKey
from chumchon.webhooks import services
from chumchon.webhooks.models import Delivery, WebhookEndpoint
from chumchon.webhooks.serializers import (
    DeliveryQuerySerializer,
    DeliverySerializer,
    EndpointRequestSerializer,
    EndpointSerializer,
    EndpointUpdateSerializer,
    NewEndpointSerializer,
)

MAX_LISTED_DELIVERIES = 100
TAGS = ["webhooks"]


def _owner(request) -> ApiKey:
    key = may.key_of(request)
    if key is None or key.role not in services.OWNER_ROLES:
        raise exceptions.PermissionDenied(_("Webhooks take a partner or coordinator API key."))
    return key


def _endpoint(request, endpoint_id) -> WebhookEndpoint:
    endpoint = services.live_endpoints(_owner(request)).filter(uuid=endpoint_id).first()
    if endpoint is None:
        raise exceptions.NotFound(_("There is no webhook endpoint with this id."))
    return endpoint


def _refused(exc: services.WebhookError) -> ApiError:
    fields = {exc.field: [str(exc.message)]} if exc.field else None
    return ApiError(exc.code, exc.message, status_code=exc.status, fields=fields)


class Endpoints(ApiView):
    @extend_schema(
        operation_id="webhooks_list",
        summary=_("List this key's webhook endpoints"),
        tags=TAGS,
        responses={200: EndpointSerializer(many=True), **_errors(*AUTH_ERRORS)},
    )
    def get(self, request):
        endpoints = services.live_endpoints(_owner(request))
        return Response(EndpointSerializer(endpoints, many=True).data)

    @extend_schema(
        operation_id="webhooks_create",
        summary=_("Register a webhook endpoint (partner or coordinator keys)"),
        description=_(
            "Partner keys hear the bookings made with them, coordinator keys every booking "
            "of their community. Each delivery is a POST signed with the secret returned "
            "here (once): header Chumchon-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "
            "'<t>.<body>'>. A 2xx answer within 5 seconds counts as delivered; anything "
            "else is retried after 1 min, 5 min, 30 min, 2 h and 12 h."
        ),
        tags=TAGS,
        request=EndpointRequestSerializer,
        examples=[
            OpenApiExample(
                "Confirmations and cancellations",
                value={
                    "url": "https://agency.example/hooks/chumchon",
                    "events": ["booking.confirmed", "booking.cancelled"],
                },
                request_only=True,
            )
        ],
        responses={
            201: NewEndpointSerializer,
            **_errors(
                "400:invalid, invalid_url, invalid_events", *AUTH_ERRORS, "409:too_many_endpoints"
            ),
        },
    )
    def post(self, request):
        key = _owner(request)
        data = EndpointRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        try:
            endpoint = services.register_endpoint(
                key,
                url=values["url"],
                events=values.get("events"),
                description=values["description"],
                format=values["format"],
            )
        except services.WebhookError as exc:
            raise _refused(exc) from exc
        body = NewEndpointSerializer(endpoint).data
        return Response(body, status=status.HTTP_201_CREATED)


class EndpointDetail(ApiView):
    @extend_schema(
        operation_id="webhooks_retrieve",
        summary=_("Read a webhook endpoint"),
        tags=TAGS,
        responses={200: EndpointSerializer, **_errors(*AUTH_ERRORS, "404")},
    )
    def get(self, request, endpoint_id):
        return Response(EndpointSerializer(_endpoint(request, endpoint_id)).data)

    @extend_schema(
        operation_id="webhooks_partial_update",
        summary=_("Change a webhook endpoint's URL, events, description, or pause it"),
        tags=TAGS,
        request=EndpointUpdateSerializer,
        responses={
            200: EndpointSerializer,
            **_errors("400:invalid, invalid_url, invalid_events", *AUTH_ERRORS, "404"),
        },
    )
    def patch(self, request, endpoint_id):
        endpoint = _endpoint(request, endpoint_id)
        data = EndpointUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        if "active" in changes:
            changes["is_active"] = changes.pop("active")
        try:
            endpoint = services.update_endpoint(endpoint, **changes)
        except services.WebhookError as exc:
            raise _refused(exc) from exc
        return Response(EndpointSerializer(endpoint).data)

    @extend_schema(
        operation_id="webhooks_destroy",
        summary=_("Remove a webhook endpoint"),
        description=_("Nothing more is sent to it; its delivery log stays readable."),
        tags=TAGS,
        responses={204: None, **_errors(*AUTH_ERRORS, "404")},
    )
    def delete(self, request, endpoint_id):
        services.remove_endpoint(_endpoint(request, endpoint_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class EndpointSecret(ApiView):
    @extend_schema(
        operation_id="webhooks_rotate_secret",
        summary=_("Replace the endpoint's signing secret"),
        description=_(
            "Returns the new secret (only now). For 24 hours every delivery carries two v1 "
            "signatures, with the new and the old secret, so the receiver can switch over."
        ),
        tags=TAGS,
        request=None,
        responses={200: NewEndpointSerializer, **_errors(*AUTH_ERRORS, "404")},
    )
    def post(self, request, endpoint_id):
        endpoint = services.rotate_secret(_endpoint(request, endpoint_id))
        return Response(NewEndpointSerializer(endpoint).data)


class EndpointDeliveries(ApiView):
    @extend_schema(
        operation_id="webhooks_deliveries_list",
        summary=_("The delivery log of an endpoint, newest first (at most 100)"),
        tags=TAGS,
        parameters=[
            OpenApiParameter(
                "state",
                str,
                enum=Delivery.State.values,
                description=_("Only deliveries in this state."),
            )
        ],
        responses={200: DeliverySerializer(many=True), **_errors("400", *AUTH_ERRORS, "404")},
    )
    def get(self, request, endpoint_id):
        endpoint = _endpoint_any(request, endpoint_id)
        query = DeliveryQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        deliveries = endpoint.deliveries.select_related("endpoint", "booking")
        if query.validated_data.get("state"):
            deliveries = deliveries.filter(state=query.validated_data["state"])
        return Response(DeliverySerializer(deliveries[:MAX_LISTED_DELIVERIES], many=True).data)


def _endpoint_any(request, endpoint_id) -> WebhookEndpoint:
    """Also a removed endpoint: its log stays readable by its key."""
    endpoint = WebhookEndpoint.objects.filter(owner=_owner(request), uuid=endpoint_id).first()
    if endpoint is None:
        raise exceptions.NotFound(_("There is no webhook endpoint with this id."))
    return endpoint


class EndpointTest(ApiView):
    @extend_schema(
        operation_id="webhooks_test",
        summary=_("Send a test event (type ping) to the endpoint"),
        tags=TAGS,
        request=None,
        responses={202: DeliverySerializer, **_errors(*AUTH_ERRORS, "404")},
    )
    def post(self, request, endpoint_id):
        delivery = services.send_ping(_endpoint(request, endpoint_id))
        return Response(DeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)


class DeliveryRetry(ApiView):
    @extend_schema(
        operation_id="webhooks_delivery_retry",
        summary=_("Send a failed or given-up delivery again now"),
        description=_("A delivered event is never sent twice (already_delivered)."),
        tags=TAGS,
        request=None,
        responses={
            202: DeliverySerializer,
            **_errors(*AUTH_ERRORS, "404", "409:already_delivered, endpoint_removed"),
        },
    )
    def post(self, request, delivery_id):
        delivery = (
            Delivery.objects.select_related("endpoint", "booking")
            .filter(uuid=delivery_id, endpoint__owner=_owner(request))
            .first()
        )
        if delivery is None:
            raise exceptions.NotFound(_("There is no webhook delivery with this id."))
        try:
            delivery = services.retry_delivery(delivery)
        except services.WebhookError as exc:
            raise _refused(exc) from exc
        return Response(DeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)
