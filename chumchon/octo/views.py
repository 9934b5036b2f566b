"""OCTO supplier API (core + octo/pricing): thin views over chumchon.octo.services."""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_lib
from collections import defaultdict
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from chumchon.bookings.availability import slots_between
from chumchon.bookings.models import Booking, Channel, Slot
from chumchon.catalog.models import Offering
from chumchon.octo import mapping, parsing, reads, services
from chumchon.octo.errors import (
    BAD_REQUEST,
    FORBIDDEN,
    INVALID_AVAILABILITY_ID,
    INVALID_BOOKING_UUID,
    INVALID_OPTION_ID,
    INVALID_PRODUCT_ID,
    INVALID_UNIT_ID,
    OctoError,
    bad_request,
)
from chumchon.octo.http import OctoRequest, booking_errors, octo_view
from chumchon.webhooks import payloads as webhook_payloads
from chumchon.webhooks import services as webhook_services
from chumchon.webhooks.models import DEFAULT_EVENTS, OCTO_BOOKING_UPDATE, WebhookEndpoint

MAX_LISTED_BOOKINGS = 500


# --- Looking things up within the key's scope --------------------------------------


def find_product(key, product_id, *, details: bool = False) -> Offering:
    if not isinstance(product_id, str) or not re.fullmatch(r"[0-9]{1,18}", product_id):
        raise OctoError(INVALID_PRODUCT_ID, productId=product_id)
    pk = int(product_id)
    if details:
        offering = mapping.with_details(mapping.sellable_offerings()).filter(pk=pk).first()
    else:  # to sell it: with its community and prices only
        offering = reads.sellable_offering(pk, mapping.OCTO_KINDS)
    if offering is None:
        raise OctoError(INVALID_PRODUCT_ID, productId=product_id)
    if not mapping.in_scope(key, offering.community_id):
        raise OctoError(FORBIDDEN)
    return offering


def check_option(option_id) -> None:
    if option_id != mapping.OPTION_ID:
        raise OctoError(INVALID_OPTION_ID, optionId=option_id)


def check_currency(body: dict, offering: Offering) -> None:
    currency = body.get("currency")
    if currency is not None and currency != offering.community.currency_id:
        raise bad_request(
            _("This product is sold in %(currency)s only.")
            % {"currency": offering.community.currency_id}
        )


def find_slot(offering: Offering, availability_id) -> Slot:
    slot = mapping.slot_for(offering, availability_id)
    if slot is None:
        raise OctoError(INVALID_AVAILABILITY_ID, availabilityId=availability_id)
    return slot


def find_booking(key, text: str, *, details: bool = False) -> Booking:
    try:
        booking_uuid = uuid_lib.UUID(text)
    except ValueError:
        booking_uuid = None
    if booking_uuid is None:
        booking = None
    elif details:
        found = mapping.bookings_to_render().filter(uuid=booking_uuid, channel=Channel.OCTO)
        booking = found.first()
    else:  # to change it: the row alone
        booking = reads.octo_booking(booking_uuid)
    if booking is None:
        raise OctoError(INVALID_BOOKING_UUID, uuid=text)
    if booking.api_key_id != key.pk:
        raise OctoError(FORBIDDEN)
    return booking


def rendered(octo: OctoRequest, booking: Booking) -> dict:
    """The booking as it now stands, read afresh."""
    fresh = mapping.bookings_to_render().get(pk=booking.pk)
    return mapping.booking(fresh, with_pricing=octo.pricing)


def rendered_in_hand(octo: OctoRequest, booking: Booking) -> dict:
    """A booking the services have just made or confirmed, shown from what they hold:
    reading it back cost more than the rest of the request."""
    if booking.api_key_id == octo.key.pk:
        booking.api_key = octo.key  # the same row
    return mapping.booking(mapping.ready_to_render(booking), with_pricing=octo.pricing)


# --- Supplier and products -------------------------------------------------------------


@octo_view("GET")
def capabilities(octo: OctoRequest):
    return [
        {"id": "octo/pricing", "revision": 1, "required": False, "dependencies": [], "docs": None},
        {"id": "octo/webhooks", "revision": 1, "required": False, "dependencies": [], "docs": None},
    ]


@octo_view("GET")
def supplier(octo: OctoRequest):
    return mapping.supplier(octo.key, octo.request)


@octo_view("GET")
def products(octo: OctoRequest):
    return [
        mapping.product(offering, with_pricing=octo.pricing)
        for offering in mapping.products_for(octo.key)
    ]


@octo_view("GET")
def product(octo: OctoRequest, product_id: str):
    offering = find_product(octo.key, product_id, details=True)
    return mapping.product(offering, with_pricing=octo.pricing)


# --- Availability ---------------------------------------------------------------------------


def _slots(offering: Offering, date_from: dt.date, date_to: dt.date):
    with timezone.override(mapping.zone(offering)):
        return slots_between(offering, date_from, date_to)


@octo_view("POST")
def availability(octo: OctoRequest):
    body = octo.body
    offering = find_product(octo.key, body.get("productId"), details=True)
    check_option(body.get("optionId"))
    check_currency(body, offering)
    people = parsing.party_size(body.get("units"), mapping.units_of(offering))
    asked = [
        body.get("localDate") is not None,
        body.get("localDateStart") is not None or body.get("localDateEnd") is not None,
        body.get("availabilityIds") is not None,
    ]
    if sum(asked) != 1:
        raise bad_request(
            _(
                "Send exactly one of localDate, localDateStart with localDateEnd, "
                "or availabilityIds."
            )
        )
    if asked[0]:
        day = parsing.local_date(body["localDate"], "localDate")
        entries = _slots(offering, day, day)
    elif asked[1]:
        entries = _slots(offering, *parsing.date_range(body))
    else:
        entries = _by_ids(offering, body["availabilityIds"])
    return [
        mapping.availability(offering, entry, people=people, with_pricing=octo.pricing)
        for entry in entries
    ]


def _by_ids(offering: Offering, ids):
    if not isinstance(ids, list) or not ids or len(ids) > 500:
        raise bad_request(_("availabilityIds must be a list of 1 to 500 ids."))
    slots = [find_slot(offering, availability_id) for availability_id in ids]
    tz = mapping.zone(offering)
    days = [slot.starts_at.astimezone(tz).date() for slot in slots]
    wanted = {slot.pk for slot in slots}
    return [e for e in _slots(offering, min(days), max(days)) if e.slot.pk in wanted]


@octo_view("POST")
def availability_calendar(octo: OctoRequest):
    body = octo.body
    offering = find_product(octo.key, body.get("productId"), details=True)
    check_option(body.get("optionId"))
    check_currency(body, offering)
    start, end = parsing.date_range(body)
    people = parsing.party_size(body.get("units"), mapping.units_of(offering))
    tz = mapping.zone(offering)
    by_day = defaultdict(list)
    for entry in _slots(offering, start, end):
        by_day[entry.slot.starts_at.astimezone(tz).date()].append(entry)
    days = (start + dt.timedelta(days=n) for n in range((end - start).days + 1))
    return [
        mapping.calendar_day(
            offering, day, by_day.get(day, []), people=people, with_pricing=octo.pricing
        )
        for day in days
    ]


# --- Bookings ----------------------------------------------------------------------------------


@octo_view("GET", "POST")
def bookings(octo: OctoRequest):
    if octo.request.method == "POST":
        return _reserve(octo)
    return _list(octo)


def _reserve(octo: OctoRequest) -> dict:
    body = octo.body
    booking_uuid = parsing.booking_uuid(body.get("uuid"))
    offering = find_product(octo.key, body.get("productId"))
    check_option(body.get("optionId"))
    check_currency(body, offering)
    availability_id = body.get("availabilityId")
    slot = find_slot(offering, availability_id)
    lines = parsing.unit_items(body.get("unitItems"), mapping.units_of(offering))
    with booking_errors(availabilityId=availability_id, uuid=str(booking_uuid)):
        booking = services.reserve(
            octo.key,
            offering=offering,
            slot=slot,
            lines=lines,
            booking_uuid=booking_uuid,
            contact=parsing.contact(body.get("contact")),
            notes=parsing.text(body, "notes", max_length=2000),
            reseller_reference=parsing.text(body, "resellerReference", max_length=100),
            hold_minutes=parsing.expiration_minutes(body),
        )
    if getattr(booking, "just_held", False):
        return rendered_in_hand(octo, booking)
    return rendered(octo, booking)  # the first request's booking


def _list(octo: OctoRequest) -> list:
    query = octo.request.GET
    filters = ("resellerReference", "supplierReference", "localDate", "localDateStart")
    if not any(query.get(name) for name in filters):
        raise bad_request(
            _("Filter by resellerReference, supplierReference, localDate or a date range.")
        )
    found = mapping.bookings_to_render().filter(api_key=octo.key, channel=Channel.OCTO)
    if query.get("resellerReference"):
        found = found.filter(reseller_reference=query["resellerReference"])
    if query.get("supplierReference"):
        found = found.filter(reference=query["supplierReference"].strip().upper())
    tz = timezone.get_current_timezone()
    if octo.key.community is not None:
        tz = ZoneInfo(octo.key.community.time_zone)
    if query.get("localDate"):
        day = parsing.local_date(query["localDate"], "localDate")
        found = _starting_between(found, day, day, tz)
    elif query.get("localDateStart") or query.get("localDateEnd"):
        found = _starting_between(found, *parsing.date_range(query), tz)
    if query.get("productId"):
        # Past products may no longer be for sale: only the id's form is checked.
        if not re.fullmatch(r"[0-9]{1,18}", query["productId"]):
            raise OctoError(INVALID_PRODUCT_ID, productId=query["productId"])
        found = found.filter(items__offering_id=int(query["productId"]))
    if query.get("optionId"):
        check_option(query["optionId"])
    found = found.distinct().order_by("created_at")[:MAX_LISTED_BOOKINGS]
    return [mapping.booking(b, with_pricing=octo.pricing) for b in found]


def _starting_between(found, date_from: dt.date, date_to: dt.date, tz):
    start = dt.datetime.combine(date_from, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    return found.filter(items__slot__starts_at__gte=start, items__slot__starts_at__lt=end)


@octo_view("GET", "PATCH", "DELETE")
def booking(octo: OctoRequest, booking_uuid: str):
    found = find_booking(octo.key, booking_uuid, details=octo.request.method == "GET")
    if octo.request.method == "DELETE":
        return _cancel(octo, found)
    if octo.request.method == "PATCH":
        return _update(octo, found)
    return mapping.booking(found, with_pricing=octo.pricing)


def _update(octo: OctoRequest, found: Booking) -> dict:
    body = octo.body
    item = found.items.all()[0]
    target = item.offering
    if body.get("productId") is not None:
        target = find_product(octo.key, body["productId"])
    if body.get("optionId") is not None:
        check_option(body["optionId"])
    check_currency(body, target)
    availability_id = body.get("availabilityId")
    slot = find_slot(target, availability_id) if availability_id is not None else None
    if target.pk != item.offering_id and slot is None:
        raise OctoError(INVALID_AVAILABILITY_ID, availabilityId=availability_id)
    units = mapping.units_of(target)
    lines = None
    if body.get("unitItems") is not None:
        lines = parsing.unit_items(body["unitItems"], units)
    elif target.pk != item.offering_id:
        octo_data = mapping.octo_data(found)
        current = octo_data.unit_items.all() if octo_data is not None else []
        lines = [
            parsing.UnitLine(u.unit_id, u.uuid, u.reseller_reference, u.contact) for u in current
        ]
        missing = [line.unit_id for line in lines if line.unit_id not in {u.id for u in units}]
        if missing:
            raise OctoError(INVALID_UNIT_ID, unitId=missing[0])
    email_receipt = parsing.flag(body, "emailReceipt") if "emailReceipt" in body else None
    notes = parsing.text(body, "notes", max_length=2000) if "notes" in body else services.UNSET
    reference = services.UNSET
    if "resellerReference" in body:
        reference = parsing.text(body, "resellerReference", max_length=100)
    with booking_errors(availabilityId=availability_id, uuid=str(found.uuid)):
        updated = services.update(
            found,
            octo.key,
            offering=target if (slot or lines) else None,
            slot=slot,
            lines=lines,
            contact=parsing.contact(body.get("contact")),
            notes=notes,
            reseller_reference=reference,
            hold_minutes=parsing.expiration_minutes(body),
            email_receipt=email_receipt,
        )
    return rendered(octo, updated)


@octo_view("POST")
def confirm(octo: OctoRequest, booking_uuid: str):
    found = find_booking(octo.key, booking_uuid)
    body = octo.body
    contact = parsing.contact(body.get("contact"))
    if contact is None:
        raise bad_request(_("contact is required to confirm a booking."))
    lines = None
    if body.get("unitItems") is not None:
        offering = found.items.all()[0].offering
        lines = parsing.unit_items(body["unitItems"], mapping.units_of(offering))
    with booking_errors(uuid=booking_uuid):
        confirmed = services.confirm(
            found,
            octo.key,
            contact=contact,
            reseller_reference=parsing.text(body, "resellerReference", max_length=100),
            lines=lines,
            email_receipt=parsing.flag(body, "emailReceipt"),
        )
    return rendered_in_hand(octo, confirmed)


@octo_view("POST")
def extend(octo: OctoRequest, booking_uuid: str):
    found = find_booking(octo.key, booking_uuid)
    minutes = parsing.expiration_minutes(octo.body) or min(
        settings.BOOKING_HOLD_MINUTES, parsing.MAX_HOLD_MINUTES
    )
    with booking_errors(uuid=booking_uuid):
        extended = services.extend(found, octo.key, minutes)
    return rendered(octo, extended)


@octo_view("POST")
def cancel(octo: OctoRequest, booking_uuid: str):
    return _cancel(octo, find_booking(octo.key, booking_uuid))


def _cancel(octo: OctoRequest, found: Booking) -> dict:
    reason = parsing.text(octo.body, "reason", max_length=200)
    with booking_errors(uuid=str(found.uuid)):
        cancelled = services.cancel(found, octo.key, reason=reason)
    return rendered(octo, cancelled)


# --- Webhooks (octo/webhooks) ------------------------------------------------------------------


def _find_webhook(key, webhook_id: str) -> WebhookEndpoint:
    try:
        webhook_uuid = uuid_lib.UUID(webhook_id)
    except ValueError:
        webhook_uuid = None
    found = (
        webhook_services.live_endpoints(key, WebhookEndpoint.Format.OCTO).filter(uuid=webhook_uuid)
        if webhook_uuid
        else None
    )
    webhook = found.first() if found is not None else None
    if webhook is None:
        # Another reseller's webhook is as unknown as one that never existed.
        raise OctoError(
            BAD_REQUEST, _("There is no webhook with this id."), status=404, id=webhook_id
        )
    return webhook


@octo_view("GET", "POST")
def webhooks(octo: OctoRequest):
    if octo.request.method == "GET":
        return [
            webhook_payloads.octo_webhook(w)
            for w in webhook_services.live_endpoints(octo.key, WebhookEndpoint.Format.OCTO)
        ]
    body = octo.body
    event = body.get("event")
    if event != OCTO_BOOKING_UPDATE:
        raise bad_request(_("event must be %(event)s.") % {"event": OCTO_BOOKING_UPDATE})
    try:
        webhook = webhook_services.register_endpoint(
            octo.key,
            url=body.get("url"),
            events=list(DEFAULT_EVENTS),
            format=WebhookEndpoint.Format.OCTO,
            # Applied when rendering each delivery, as they were asked for here.
            capabilities=octo.capabilities,
            use_contact_language=parsing.flag(body, "useContactLanguage"),
            retry_on_error=body.get("retryOnError") is None or parsing.flag(body, "retryOnError"),
        )
    except webhook_services.WebhookError as exc:
        raise bad_request(exc.message) from exc
    # The secret signs every delivery (Chumchon-Signature); it is shown only here.
    return {**webhook_payloads.octo_webhook(webhook), "secret": webhook.secret}


@octo_view("GET", "DELETE")
def webhook(octo: OctoRequest, webhook_id: str):
    found = _find_webhook(octo.key, webhook_id)
    if octo.request.method == "DELETE":
        webhook_services.remove_endpoint(found)
    return webhook_payloads.octo_webhook(found)


@csrf_exempt
def not_found(request, path: str = ""):
    error = OctoError(BAD_REQUEST, _("There is no such OCTO endpoint."), status=404)
    return error.response()
