"""The platform's own API (/api/v1/): thin views over the booking and payment services."""

from __future__ import annotations

from collections import Counter

from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
)
from drf_spectacular.views import SpectacularAPIView
from rest_framework import exceptions, status
from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from chumchon.api import permissions as may
from chumchon.api.errors import ApiError, exception_handler
from chumchon.api.serializers import (
    BookingRequestSerializer,
    BookingSerializer,
    CancelRequestSerializer,
    CancelResultSerializer,
    CommunitySerializer,
    ErrorSerializer,
    OfferingSerializer,
    PaymentRequestSerializer,
    PaymentResultSerializer,
    PaymentSerializer,
    SlotCreateSerializer,
    SlotRangeSerializer,
    SlotSerializer,
    read_booking_request,
    refund_data,
)
from chumchon.bookings.availability import (
    SlotAvailability,
    remaining_in,
    slots_between,
    sold_pieces,
)
from chumchon.bookings.errors import BookingError, Conflict
from chumchon.bookings.models import ApiKey, Booking, BookingItem, Channel, Slot
from chumchon.bookings.schedule import add_slot
from chumchon.bookings.services import ItemRequest, hold_places
from chumchon.catalog.models import Offering, OfferingKind
from chumchon.communities.models import Community
from chumchon.core import fastsql
from chumchon.money import Money
from chumchon.network.services import attach_referral
from chumchon.payments.services import cancel_booking, record_payment


class ApiView(APIView):
    """Base of every API view: signed in (key or session), one error shape."""

    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser]

    def get_exception_handler(self):
        # Wired here rather than in REST_FRAMEWORK so that OCTO keeps its own error shape.
        return exception_handler


def _errors(*codes: str) -> dict:
    """Error responses for extend_schema, described by their stable codes."""
    by_status = {
        400: "invalid",
        401: "unauthorized, invalid_key",
        403: "forbidden",
        404: "not_found",
    }
    responses = {}
    for code in codes:
        status_code, names = code.split(":", 1) if ":" in code else (code, by_status[int(code)])
        responses[int(status_code)] = OpenApiResponse(ErrorSerializer, description=names)
    return responses


AUTH_ERRORS = ("401", "403")


# --- Catalogue ---------------------------------------------------------------------


def _published_offerings():
    return (
        Offering.objects.filter(is_published=True)
        .select_related("community", "place")
        .prefetch_related("languages", "price_tiers")
    )


def _offering(request, offering_id: int) -> Offering:
    """A published offering, or an unpublished one for those who manage it."""
    offering = Offering.objects.select_related("community").filter(pk=offering_id).first()
    if offering is not None and (
        (offering.is_published and offering.community.is_published)
        or may.may_manage(request, offering.community)
    ):
        return offering
    raise exceptions.NotFound(_("There is no offering with this id."))


class CommunityList(ApiView):
    @extend_schema(
        operation_id="communities_list",
        summary=_("List the communities"),
        tags=["catalogue"],
        responses={200: CommunitySerializer(many=True), **_errors(*AUTH_ERRORS)},
    )
    def get(self, request):
        communities = Community.objects.filter(is_published=True).order_by("slug")
        return Response(
            CommunitySerializer(communities, many=True, context={"request": request}).data
        )


class CommunityOfferings(ApiView):
    @extend_schema(
        operation_id="community_offerings_list",
        summary=_("List a community's offerings with their prices"),
        tags=["catalogue"],
        responses={200: OfferingSerializer(many=True), **_errors(*AUTH_ERRORS, "404")},
    )
    def get(self, request, slug: str):
        community = Community.objects.filter(slug=slug, is_published=True).first()
        if community is None:
            raise exceptions.NotFound(_("There is no community with this name."))
        offerings = list(_published_offerings().filter(community=community))
        # Pieces held or sold, recounted like places (an expired hold frees its pieces).
        sold = sold_pieces([o.id for o in offerings if o.kind == OfferingKind.PRODUCT])
        context = {"request": request, "sold": sold}
        return Response(OfferingSerializer(offerings, many=True, context=context).data)


class OfferingSlots(ApiView):
    @extend_schema(
        operation_id="offering_slots_list",
        summary=_("List an offering's slots with the places remaining"),
        description=_(
            "Slots starting on local dates from..to (inclusive; default: the next 30 days). "
            "`remaining` is recounted from the bookings: expired holds are free places."
        ),
        tags=["availability"],
        parameters=[
            OpenApiParameter("from", OpenApiTypes.DATE, description=_("First day, YYYY-MM-DD")),
            OpenApiParameter("to", OpenApiTypes.DATE, description=_("Last day, YYYY-MM-DD")),
        ],
        responses={200: SlotSerializer(many=True), **_errors("400", *AUTH_ERRORS, "404")},
    )
    def get(self, request, offering_id: int):
        offering = _offering(request, offering_id)
        query = SlotRangeSerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        slots = slots_between(offering, query.validated_data["from"], query.validated_data["to"])
        return Response(SlotSerializer(slots, many=True).data)

    @extend_schema(
        operation_id="offering_slots_create",
        summary=_("Add a slot (coordinators of the offering's community)"),
        description=_("The slot's end follows from the offering (duration, or check-out)."),
        tags=["availability"],
        request=SlotCreateSerializer,
        examples=[
            OpenApiExample(
                "A departure",
                value={"starts_at": "2027-01-15T09:00:00+07:00", "capacity": 5},
                request_only=True,
            )
        ],
        responses={
            201: SlotSerializer,
            **_errors("400:invalid, not_schedulable", *AUTH_ERRORS, "404", "409:slot_exists"),
        },
    )
    def post(self, request, offering_id: int):
        offering = _offering(request, offering_id)
        if not may.may_add_slots(request, offering.community):
            raise exceptions.PermissionDenied(_("Only the community's coordinators add slots."))
        if offering.kind == OfferingKind.PRODUCT:
            raise BookingError(
                "not_schedulable", _("Products are sold from stock and have no time slots.")
            )
        data = SlotCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        slot = add_slot(
            offering,
            data.validated_data["starts_at"],
            data.validated_data["capacity"],
            by=may.person_of(request),
        )
        availability = SlotAvailability(slot, remaining_in(slot))
        return Response(SlotSerializer(availability).data, status=status.HTTP_201_CREATED)


# --- Bookings ------------------------------------------------------------------------


BOOKING_PREFETCH = (
    Prefetch(
        "items",
        # In the order sent: slot order puts products first or last by database.
        queryset=BookingItem.objects.select_related("slot", "offering").order_by("id"),
    ),
    "refunds",
)


def _booking(request, reference: str) -> Booking:
    booking = (
        Booking.objects.select_related("community")
        .prefetch_related(*BOOKING_PREFETCH)
        .filter(reference=reference.strip().upper())
        .first()
    )
    if booking is None:
        raise exceptions.NotFound(_("There is no booking with this reference."))
    return booking


def _booking_data(request, booking: Booking, **known) -> dict:
    context = {"request": request, "personal": may.may_see_contact(request, booking), **known}
    return BookingSerializer(booking, context=context).data


# Which field of an item a booking error is about, by the error's code.
_SLOT_ITEM_FIELD = {
    "invalid_guests": "adults",
    "too_few_guests": "adults",
    "too_many_guests": "adults",
}
_PRODUCT_ITEM_FIELD = {"invalid_guests": "quantity", "out_of_stock": "quantity"}


def _fields_for(exc: BookingError, items: list[ItemRequest]) -> dict | None:
    """Point a service's refusal at the item (or contact field) it is about."""
    message = [str(exc.message)]
    if exc.code == "no_contact":
        return {"contact": {exc.details.get("field", "non_field_errors"): message}}
    if exc.code == "mixed_communities":
        return {"items": {"non_field_errors": message}}
    if exc.code.startswith("promo_"):
        return {"promo_code": message}
    if "slot" in exc.details:
        key, value = "slot", exc.details["slot"]
        field = _SLOT_ITEM_FIELD.get(exc.code, "slot")
    elif "offering" in exc.details:
        key, value = "offering", exc.details["offering"]
        field = _PRODUCT_ITEM_FIELD.get(exc.code, "offering")
    else:
        return None
    # The same shape as DRF's errors for a list: {"items": {"0": {"adults": [...]}}}.
    attribute = {"slot": "slot_id", "offering": "offering_id"}[key]
    errors = {
        str(i): {field: message}
        for i, item in enumerate(items)
        if getattr(item, attribute) == value
    }
    return {"items": errors} if errors else None


def _same_items(booking: Booking, requests: list[ItemRequest]) -> bool:
    def line(slot_id, offering_id, adults, children, quantity):
        if slot_id is not None:
            return ("slot", slot_id, adults, children, quantity)
        return ("product", offering_id, quantity)

    have = Counter(
        line(i.slot_id, i.offering_id, i.adults, i.children, i.quantity)
        for i in booking.items.all()
    )
    want = Counter(
        line(r.slot_id, r.offering_id, r.adults, r.children, r.quantity) for r in requests
    )
    return have == want


def _communities_of(requests: list[ItemRequest]) -> set[int]:
    slot_ids = [r.slot_id for r in requests if r.slot_id is not None]
    offering_ids = [r.offering_id for r in requests if r.slot_id is None]
    found = set(
        Slot.objects.filter(id__in=slot_ids).values_list("offering__community_id", flat=True)
    )
    found |= set(
        Offering.objects.filter(id__in=offering_ids).values_list("community_id", flat=True)
    )
    return found


IDEMPOTENCY_HEADER = OpenApiParameter(
    "Idempotency-Key",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description=_(
        "Any unique text up to 100 characters. Sending the same request again with the "
        "same key (after a timeout, say) returns the same booking and books nothing more."
    ),
)


class BookingCreate(ApiView):
    @extend_schema(
        operation_id="bookings_create",
        summary=_("Hold places for a party (partner or coordinator keys)"),
        description=_(
            "Holds the places while the tourist pays (30 minutes by default); the response "
            "says how to pay. Items: {slot, adults, children} for activities and meals, "
            "{slot, adults, children, rooms} for a homestay night, {offering, quantity} for "
            "a product."
        ),
        tags=["bookings"],
        parameters=[IDEMPOTENCY_HEADER],
        request=BookingRequestSerializer,
        examples=[
            OpenApiExample(
                "Two adults and a child",
                value={
                    "items": [{"slot": 42, "adults": 2, "children": 1}],
                    "contact": {"name": "Anna", "email": "anna@example.org", "phone": ""},
                    "language": "th",
                },
                request_only=True,
            )
        ],
        responses={
            201: BookingSerializer,
            **_errors(
                "400:invalid, invalid_guests, slot_not_found, slot_in_past, out_of_season, "
                "too_few_guests, too_many_guests, mixed_communities, no_price, no_contact",
                *AUTH_ERRORS,
                "409:sold_out, resource_busy, out_of_stock, slot_closed, idempotency_key_reused",
            ),
        },
    )
    def post(self, request):
        key = may.key_of(request)
        if key is None or key.role == ApiKey.Role.OFFICER:
            raise exceptions.PermissionDenied(_("Booking takes a partner or coordinator API key."))
        idempotency_key = request.headers.get("Idempotency-Key", "").strip()
        if len(idempotency_key) > 100:
            raise exceptions.ValidationError(
                {"Idempotency-Key": [_("Use at most 100 characters.")]}
            )
        wanted = read_booking_request(request.data)
        requests = wanted.items
        communities = _communities_of(requests) if key.community_id else set()
        if not may.may_book_for(request, communities):
            raise exceptions.PermissionDenied(_("This key books only for its own community."))
        channel = Channel.COORDINATOR if key.role == ApiKey.Role.COORDINATOR else Channel.API
        try:
            booking = hold_places(
                requests,
                wanted.contact,
                channel=channel,
                api_key=key,
                idempotency_key=idempotency_key,
                reseller_reference=wanted.reseller_reference,
                promo_code=wanted.promo_code,
                # Who brought the tourist is written with the hold, or neither is.
                on_held=lambda held: attach_referral(held, wanted.referral, api_key=key),
            )
        except BookingError as exc:
            raise ApiError.from_booking_error(exc, fields=_fields_for(exc, requests)) from exc
        if getattr(booking, "just_held", False):
            # Made just now: its items are in hand and it has no payments or refunds yet.
            fastsql.remember(booking, "refunds", [])
            context = {"_paid": {booking.pk: Money.zero(booking.currency_id)}}
            return Response(
                _booking_data(request, booking, **context), status=status.HTTP_201_CREATED
            )
        prefetch_related_objects([booking], *BOOKING_PREFETCH)
        if idempotency_key and not _same_items(booking, requests):
            raise Conflict(
                "idempotency_key_reused",
                _("This Idempotency-Key was already used for a different booking."),
                reference=booking.reference,
            )
        return Response(_booking_data(request, booking), status=status.HTTP_201_CREATED)


class BookingDetail(ApiView):
    @extend_schema(
        operation_id="bookings_retrieve",
        summary=_("Read a booking"),
        description=_(
            "Partners read the bookings made with their key, coordinators their community's, "
            "programme officers any (without the tourist's contact details)."
        ),
        tags=["bookings"],
        responses={200: BookingSerializer, **_errors(*AUTH_ERRORS, "404")},
    )
    def get(self, request, reference: str):
        booking = _booking(request, reference)
        if not may.may_read_booking(request, booking):
            raise exceptions.PermissionDenied(_("This booking is not yours to read."))
        return Response(_booking_data(request, booking))


class BookingPayments(ApiView):
    @extend_schema(
        operation_id="booking_payments_create",
        summary=_("Record a payment received (coordinators and treasurers)"),
        description=_(
            "Paying the balance due confirms the booking and sends the tourist the voucher. "
            "A smaller amount is a deposit: the booking keeps waiting for the rest, with a "
            "fresh hold time. More than is due is refused (wrong_amount)."
        ),
        tags=["payments"],
        request=PaymentRequestSerializer,
        examples=[
            OpenApiExample(
                "Cash on arrival", value={"method": "cash", "amount": "1200.00"}, request_only=True
            )
        ],
        responses={
            201: PaymentResultSerializer,
            **_errors(
                "400:invalid, wrong_amount, wrong_currency, invalid_method",
                *AUTH_ERRORS,
                "404",
                "409:already_paid, hold_expired, not_pending",
            ),
        },
    )
    def post(self, request, reference: str):
        booking = _booking(request, reference)
        if not may.may_record_payment(request, booking):
            raise exceptions.PermissionDenied(
                _("Only the community's coordinators and treasurers record payments.")
            )
        data = PaymentRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        note = values["note"]
        key = may.key_of(request)
        if key is not None:
            note = f"API key {key.name}" + (f": {note}" if note else "")
        payment = record_payment(
            booking,
            method=values["method"],
            amount=values["amount"],
            currency=(values.get("currency") or booking.currency_id).upper(),
            by=may.person_of(request),
            note=note[:200],
        )
        booking = _booking(request, booking.reference)
        return Response(
            {
                "payment": PaymentSerializer(payment).data,
                "booking": _booking_data(request, booking),
            },
            status=status.HTTP_201_CREATED,
        )


class BookingCancel(ApiView):
    @extend_schema(
        operation_id="booking_cancel",
        summary=_("Cancel a booking"),
        description=_(
            "Frees the places and records the refund owed by the offerings' cancellation "
            "policies. Coordinators may refund in full whatever the policy (weather, illness)."
        ),
        tags=["bookings"],
        request=CancelRequestSerializer,
        responses={
            200: CancelResultSerializer,
            **_errors("400:invalid, not_cancellable", *AUTH_ERRORS, "404", "409:already_cancelled"),
        },
    )
    def post(self, request, reference: str):
        booking = _booking(request, reference)
        if not may.may_cancel(request, booking):
            raise exceptions.PermissionDenied(_("This booking is not yours to cancel."))
        data = CancelRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        full_refund = data.validated_data["full_refund"]
        if full_refund and not may.may_refund_in_full(request, booking):
            raise exceptions.PermissionDenied(_("Only the community can refund in full."))
        key = may.key_of(request)
        reason = data.validated_data["reason"] or (
            f"API key {key.name}" if key is not None else str(request.user)
        )
        refund = cancel_booking(
            booking, by=may.person_of(request), reason=reason, full_refund=full_refund
        )
        booking = _booking(request, booking.reference)
        return Response(
            {
                "booking": _booking_data(request, booking),
                "refund": refund_data(refund, booking.currency_id),
            }
        )


# --- Index, schema, docs and unknown addresses --------------------------------------


class ApiRoot(ApiView):
    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(exclude=True)
    def get(self, request):
        def url(name):
            return request.build_absolute_uri(reverse(name))

        return Response(
            {
                "communities": url("api:communities"),
                "schema": url("api:schema"),
                "docs": url("api:docs"),
            }
        )


@extend_schema(exclude=True)
class NotFoundView(ApiView):
    """Any other address under /api/v1/: a JSON 404, whatever the method."""

    permission_classes = [AllowAny]
    authentication_classes = []

    def initial(self, request, *args, **kwargs):
        raise exceptions.NotFound(_("There is nothing at this address; see /api/v1/docs."))


# The API's own routes under their real prefix, so the schema leaves OCTO out.
SCHEMA_URLCONF = "chumchon.api.schema_urls"


class SchemaView(SpectacularAPIView):
    """The OpenAPI schema of this API only (not OCTO's), in YAML or ?format=json."""

    urlconf = SCHEMA_URLCONF
    permission_classes = [AllowAny]
    authentication_classes = []

    def get_exception_handler(self):
        return exception_handler


def _component(schema: dict, ref: str) -> tuple[str, list[dict]]:
    """A schema component's name and its properties, one level deep, for the docs page."""
    name = ref.rsplit("/", 1)[-1] if ref else ""
    component = schema.get("components", {}).get("schemas", {}).get(name, {})
    required = set(component.get("required", []))
    fields = []
    for field, spec in component.get("properties", {}).items():
        items = spec.get("items", {})
        nested = (
            spec.get("$ref")
            or items.get("$ref")
            or next(
                (s["$ref"] for s in spec.get("allOf", []) + spec.get("oneOf", []) if "$ref" in s),
                "",
            )
        )
        kind = nested.rsplit("/", 1)[-1] if nested else spec.get("type", "")
        if spec.get("format"):
            kind += f" ({spec['format']})"
        if spec.get("type") == "array":
            kind = f"[{kind if nested else items.get('type', '')}]"
        fields.append(
            {
                "name": field,
                "type": kind,
                "required": field in required,
                "read_only": spec.get("readOnly", False),
                "nullable": spec.get("nullable", False),
                "description": spec.get("description", ""),
            }
        )
    return name, fields


def _json_ref(part: dict) -> str:
    content = part.get("content", {}).get("application/json", {})
    return content.get("schema", {}).get("$ref", "")


def docs(request):
    """A plain page listing every operation of the schema (no JavaScript, no CDN)."""
    schema = SchemaGenerator(urlconf=SCHEMA_URLCONF).get_schema(request=None, public=True)
    operations = []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            responses = operation.get("responses", {})
            success = next((c for c in responses if c.startswith("2")), None)
            request_name, request_fields = _component(
                schema, _json_ref(operation.get("requestBody", {}))
            )
            response_name, response_fields = _component(
                schema, _json_ref(responses.get(success, {})) if success else ""
            )
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "id": operation.get("operationId", ""),
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        p for p in operation.get("parameters", []) if p.get("in") != "path"
                    ],
                    "request": request_name,
                    "request_fields": request_fields,
                    "response": response_name,
                    "response_fields": response_fields,
                    "responses": [
                        {"status": code, "description": response.get("description", "")}
                        for code, response in responses.items()
                    ],
                }
            )
    return render(
        request,
        "api/docs.html",
        {
            "operations": operations,
            "info": schema.get("info", {}),
            "components": [
                {"name": name, "fields": _component(schema, name)[1]}
                for name in sorted(schema.get("components", {}).get("schemas", {}))
            ],
            "yaml": reverse("api:schema"),
            "json": reverse("api:schema") + "?format=json",
        },
    )
