"""Chumchon's catalogue and bookings in OCTO's words (we are the OCTO supplier).

- A community is a supplier. A key bound to a community sees that supplier; a partner
  key for the whole platform sees every published community's products under one
  supplier, the platform itself (product ids are unique platform-wide).
- A product is a published activity, meal, homestay room or service that has slots
  (or a weekly schedule that makes them), a price for people, and one option "DEFAULT".
  Local products (sold by the piece, no date) are not OCTO products.
- Units come from the price tiers: adult → ADULT, child → CHILD (ages from the offering's
  child age); an offering priced only per group gets one unit "group" (type OTHER,
  paxCount = the group size). When an offering has both adult and group prices the
  services charge the cheaper, so the booking total may be below the sum of unit prices;
  unit items then share the real total.
- An availability is a slot; its id is the slot's local start with the product's UTC
  offset (e.g. 2026-12-01T09:00:00+07:00), unique per product because a product has one
  slot per start. A homestay slot counts rooms: vacancies are rooms × guests per room,
  and a party takes as many rooms as it needs.
- Money is in minor units of the community's currency (satang for THB; whole kip for
  LAK, see chumchon.money.EXPONENTS).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_lib
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, QuerySet, prefetch_related_objects
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from chumchon.bookings.availability import SlotAvailability
from chumchon.bookings.models import (
    Booking,
    BookingItem,
    BookingStatus,
    Slot,
    WeeklySchedule,
)
from chumchon.bookings.services import ItemRequest
from chumchon.catalog.models import AvailabilityType, Offering, OfferingKind, PriceTier
from chumchon.money import Money, exponent
from chumchon.network.net_rates import booking_net, net_of
from chumchon.octo import reads
from chumchon.payments.services import DEFAULT_REFUND_RULES

OPTION_ID = "DEFAULT"
OCTO_KINDS = (
    OfferingKind.ACTIVITY,
    OfferingKind.MEAL,
    OfferingKind.HOMESTAY,
    OfferingKind.SERVICE,
)
DELIVERY_METHODS = ["VOUCHER"]
DELIVERY_FORMATS = ["QRCODE"]
PLATFORM_SUPPLIER_ID = "chumchon"
# How far ahead the option lists the start times it has departures at.
START_TIMES_DAYS = 60

# OCTO statuses
ON_HOLD, CONFIRMED, REDEEMED = "ON_HOLD", "CONFIRMED", "REDEEMED"
CANCELLED, EXPIRED = "CANCELLED", "EXPIRED"
AVAILABLE, LIMITED, SOLD_OUT, CLOSED = "AVAILABLE", "LIMITED", "SOLD_OUT", "CLOSED"

CONTACT_FIELDS = (
    "fullName",
    "firstName",
    "lastName",
    "emailAddress",
    "phoneNumber",
    "postalCode",
    "country",
    "notes",
)


# --- Time -------------------------------------------------------------------------


def zone(offering: Offering) -> ZoneInfo:
    return ZoneInfo(offering.community.time_zone)


def utc(moment: dt.datetime | None) -> str | None:
    """2026-12-01T02:00:00Z: UTC, whole seconds, a literal Z (what OCTO's validator checks)."""
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_iso(moment: dt.datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).replace(microsecond=0).isoformat()


def hh_mm(value: dt.time) -> str:
    return value.strftime("%H:%M")


def availability_id(slot: Slot, tz: ZoneInfo) -> str:
    return local_iso(slot.starts_at, tz)


def parse_availability_id(text) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def slot_for(offering: Offering, text) -> Slot | None:
    moment = parse_availability_id(text)
    if moment is None:
        return None
    return reads.slot_at(offering.pk, moment)


# --- What a key may sell ------------------------------------------------------------


def sellable_offerings() -> QuerySet[Offering]:
    """Every offering that is an OCTO product, on any community."""
    now = timezone.now()
    return (
        Offering.objects.filter(
            kind__in=OCTO_KINDS, is_published=True, community__is_published=True
        )
        .filter(
            Exists(PriceTier.objects.filter(offering=OuterRef("pk"), kind__in=["adult", "group"]))
        )
        .filter(
            Exists(Slot.objects.filter(offering=OuterRef("pk"), starts_at__gte=now))
            | Exists(WeeklySchedule.objects.filter(offering=OuterRef("pk")))
        )
        .select_related("community__country")
        .prefetch_related("price_tiers")
        .order_by("community__name", "kind", "position", "id")
    )


def with_details(offerings: QuerySet[Offering]) -> QuerySet[Offering]:
    """Offerings ready to render as products in few queries."""
    now = timezone.now()
    upcoming = Slot.objects.filter(
        starts_at__gte=now, starts_at__lt=now + dt.timedelta(days=START_TIMES_DAYS)
    ).order_by("starts_at")
    return offerings.select_related("place", "cancellation_policy").prefetch_related(
        "weekly_schedule",
        "cancellation_policy__rules",
        "place__opening_hours",
        "place__opening_exceptions",
        Prefetch("slots", queryset=upcoming, to_attr="octo_upcoming"),
    )


def products_for(key) -> QuerySet[Offering]:
    offerings = sellable_offerings()
    if key.community_id is not None:
        offerings = offerings.filter(community_id=key.community_id)
    return with_details(offerings)


def in_scope(key, community_id: int) -> bool:
    return key.community_id is None or key.community_id == community_id


# --- Units and parties --------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    id: str
    type: str
    price: Money
    pax: int = 1
    min_age: int = 0
    max_age: int = 100
    net: Money | None = None  # for a partner with an agreement in force (network app)

    @property
    def internal_name(self) -> str:
        if self.id == "child":
            return _("Child (up to %(age)d)") % {"age": self.max_age}
        if self.id == "group":
            return _("Group of up to %(size)d people") % {"size": self.pax}
        return _("Adult")


def units_of(offering: Offering) -> list[Unit]:
    tiers = {tier.kind: tier for tier in offering.price_tiers.all()}
    currency = offering.community.currency_id
    adult, child, group = tiers.get("adult"), tiers.get("child"), tiers.get("group")
    if adult is not None:
        units = [
            Unit(
                "adult",
                "ADULT",
                Money(adult.amount, currency),
                min_age=offering.child_max_age + 1 if child is not None else 0,
            )
        ]
        if child is not None:
            price = Money(child.amount, currency)
            units.append(Unit("child", "CHILD", price, max_age=offering.child_max_age))
        return [replace(u, net=net_of(offering, u.price, u.pax)) for u in units]
    if group is not None and group.group_size:
        price = Money(group.amount, currency)
        net = net_of(offering, price, group.group_size)
        return [Unit("group", "OTHER", price, pax=group.group_size, net=net)]
    return []


def is_homestay(offering: Offering) -> bool:
    return offering.kind == OfferingKind.HOMESTAY


def places_needed(offering: Offering, people: int) -> int:
    """What a party takes from a slot: guests, or for a homestay the rooms they fill."""
    if is_homestay(offering):
        return -(-people // max(offering.capacity, 1))
    return people


def people_in(units: dict[str, Unit], unit_ids: list[str]) -> int:
    return sum(units[unit_id].pax for unit_id in unit_ids)


def item_request(offering: Offering, slot: Slot, unit_ids: list[str]) -> ItemRequest:
    """The booking services' request for this party of OCTO units on a slot."""
    units = {unit.id: unit for unit in units_of(offering)}
    children = sum(1 for unit_id in unit_ids if unit_id == "child")
    adults = people_in(units, [u for u in unit_ids if u != "child"])
    quantity = places_needed(offering, adults + children) if is_homestay(offering) else 0
    return ItemRequest(slot_id=slot.pk, adults=adults, children=children, quantity=quantity)


# --- Money ----------------------------------------------------------------------------


def pricing(money: Money, net: Money | None = None) -> dict:
    """An OCTO Pricing: integers in the currency's minor unit. The net rate only for a
    partner with an agreement in force (see chumchon.network.net_rates)."""
    return {
        "original": money.minor_units,
        "retail": money.minor_units,
        "net": net.minor_units if net is not None else None,
        "currency": money.currency,
        "currencyPrecision": exponent(money.currency),
        "includedTaxes": [],
    }


def unit_pricing(unit: Unit) -> dict:
    return {"unitId": unit.id, **pricing(unit.price, unit.net)}


# --- Supplier ----------------------------------------------------------------------------


def endpoint(request) -> str:
    """Our OCTO base URL, without a trailing slash."""
    return request.build_absolute_uri(reverse("octo:supplier")).rsplit("/", 1)[0]


def e164(phone: str, prefix: str) -> str | None:
    digits = re.sub(r"[^\d+]", "", phone or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = prefix + digits[1:]
    elif digits and not digits.startswith("+"):
        digits = prefix + digits
    return digits if re.fullmatch(r"\+[1-9]\d{7,14}", digits) else None


def supplier(key, request) -> dict:
    community = key.community
    if community is None:
        # A platform-wide partner key sells every community: the platform is its supplier.
        return {
            "id": PLATFORM_SUPPLIER_ID,
            "name": settings.SITE_NAME,
            "endpoint": endpoint(request),
            "contact": {
                "website": request.build_absolute_uri("/"),
                "email": None,
                "telephone": None,
                "address": None,
            },
        }
    address = ", ".join(
        part for part in (community.district, community.province, community.country.name) if part
    )
    return {
        "id": community.slug,
        "name": community.name,
        "endpoint": endpoint(request),
        "contact": {
            "website": request.build_absolute_uri(community.get_absolute_url()),
            "email": community.contact_email or None,
            "telephone": e164(community.contact_phone, community.country.phone_prefix),
            "address": address or None,
        },
    }


# --- Products -------------------------------------------------------------------------------


def refund_rules(offering: Offering) -> list[tuple[int, int]]:
    policy = offering.cancellation_policy
    if policy is not None:
        rules = [(rule.days_before, rule.refund_percent) for rule in policy.rules.all()]
        if rules:
            return sorted(rules, reverse=True)
    return list(DEFAULT_REFUND_RULES)


def cancellation_text(offering: Offering) -> str:
    """The refund policy in words; cancellation itself is possible until the start."""
    parts = []
    for days, percent in refund_rules(offering):
        if percent == 0:
            continue
        values = {"percent": percent, "days": days}
        if days == 0:
            parts.append(_("%(percent)d%% refund if cancelled before the start") % values)
        else:
            parts.append(
                _("%(percent)d%% refund if cancelled at least %(days)d days before the start")
                % values
            )
    parts.append(_("no refund after that; no cancellation once it has started."))
    return "; ".join(parts)


def start_times(offering: Offering) -> list[str]:
    if offering.availability_type == AvailabilityType.OPENING_HOURS:
        return []  # the validator wants [] for OPENING_HOURS (octo.md §12)
    tz = zone(offering)
    times = {hh_mm(entry.start_time) for entry in offering.weekly_schedule.all()}
    upcoming = getattr(offering, "octo_upcoming", None)
    if upcoming is not None:
        starts = [slot.starts_at for slot in upcoming]
    else:
        starts = reads.upcoming_starts(offering, limit=200)
    times |= {hh_mm(start.astimezone(tz).time()) for start in starts}
    if not times:  # no departures ahead: say when it used to leave
        starts = offering.slots.values_list("starts_at", flat=True)[:50]
        times = {hh_mm(start.astimezone(tz).time()) for start in starts}
    return sorted(times)


def unit(u: Unit, *, with_pricing: bool) -> dict:
    data = {
        "id": u.id,
        "internalName": u.internal_name,
        "reference": None,
        "type": u.type,
        "restrictions": {
            "minAge": u.min_age,
            "maxAge": u.max_age,
            "idRequired": False,
            "minQuantity": None,
            "maxQuantity": None,
            "paxCount": u.pax,
            "accompaniedBy": [],
        },
        "requiredContactFields": [],
    }
    if with_pricing:
        data["pricingFrom"] = [pricing(u.price, u.net)]
        data["pricing"] = [pricing(u.price, u.net)]
    return data


def option(offering: Offering, *, with_pricing: bool, units: list[Unit] | None = None) -> dict:
    units = units_of(offering) if units is None else units
    grouped = bool(units) and units[0].pax > 1
    return {
        "id": OPTION_ID,
        "default": True,
        "internalName": _("Standard"),
        "reference": None,
        "availabilityLocalStartTimes": start_times(offering),
        "cancellationCutoff": cancellation_text(offering),
        "cancellationCutoffAmount": 0,
        "cancellationCutoffUnit": "hour",
        # The community needs no more than the reseller has; a name is welcome.
        "requiredContactFields": [],
        "restrictions": {
            "minUnits": 1 if grouped or is_homestay(offering) else max(offering.min_guests, 1),
            "maxUnits": max(offering.capacity // units[0].pax, 1) if grouped else None,
        },
        "units": [unit(u, with_pricing=with_pricing) for u in units],
    }


def product(offering: Offering, *, with_pricing: bool, option_data: dict | None = None) -> dict:
    currency = offering.community.currency_id
    data = {
        "id": str(offering.pk),
        "internalName": offering.title,
        "reference": offering.slug,
        "locale": translation.get_language() or settings.LANGUAGE_CODE,
        "timeZone": offering.community.time_zone,
        "allowFreesale": False,
        "instantConfirmation": True,
        "instantDelivery": True,
        "availabilityRequired": True,
        "availabilityType": "OPENING_HOURS"
        if offering.availability_type == AvailabilityType.OPENING_HOURS
        else "START_TIME",
        "deliveryFormats": DELIVERY_FORMATS,
        "deliveryMethods": DELIVERY_METHODS,
        "redemptionMethod": "DIGITAL",
        "options": [option_data or option(offering, with_pricing=with_pricing)],
    }
    if with_pricing:
        data.update(
            defaultCurrency=currency,
            availableCurrencies=[currency],
            pricingPer="UNIT",
            includeTax=True,
        )
    return data


# --- Availability ------------------------------------------------------------------------------


def opening_hours(offering: Offering, day: dt.date, slot: Slot | None = None) -> list[dict]:
    """For a day ticket: the meeting place's hours that day, else the slot's own times."""
    if offering.availability_type != AvailabilityType.OPENING_HOURS:
        return []
    if offering.place is not None:
        hours = offering.place.hours_on(day)
        if hours:
            return [{"from": hh_mm(opens), "to": hh_mm(closes)} for opens, closes in hours]
    if slot is not None:
        tz = zone(offering)
        start, end = slot.starts_at.astimezone(tz), slot.ends_at.astimezone(tz)
        closes = end.time() if end.date() == start.date() else dt.time(23, 59)
        return [{"from": hh_mm(start.time()), "to": hh_mm(closes)}]
    return []


@dataclass(frozen=True)
class SlotState:
    status: str
    available: bool
    vacancies: int
    capacity: int


def slot_state(offering: Offering, entry: SlotAvailability, people: int = 0) -> SlotState:
    """OCTO's view of a slot; `people` is the party the reseller asked about (0: any)."""
    per_place = offering.capacity if is_homestay(offering) else 1
    capacity = entry.slot.capacity * per_place
    if entry.closed:
        return SlotState(CLOSED, False, 0, capacity)
    if entry.remaining <= 0:
        return SlotState(SOLD_OUT, False, 0, capacity)
    status = LIMITED if entry.remaining * 2 < entry.slot.capacity else AVAILABLE
    fits = places_needed(offering, people) <= entry.remaining
    return SlotState(status, fits, entry.remaining * per_place, capacity)


def availability(
    offering: Offering, entry: SlotAvailability, *, people: int = 0, with_pricing: bool
) -> dict:
    tz = zone(offering)
    slot = entry.slot
    state = slot_state(offering, entry, people)
    data = {
        "id": availability_id(slot, tz),
        "localDateTimeStart": local_iso(slot.starts_at, tz),
        "localDateTimeEnd": local_iso(slot.ends_at, tz),
        "allDay": offering.availability_type == AvailabilityType.OPENING_HOURS,
        "available": state.available,
        "status": state.status,
        "vacancies": state.vacancies,
        "capacity": state.capacity,
        "maxUnits": None,
        # Holds are taken until the start (bookings.services refuses a started slot).
        "utcCutoffAt": utc(slot.starts_at),
        "openingHours": opening_hours(offering, slot.starts_at.astimezone(tz).date(), slot),
    }
    if with_pricing:
        data["unitPricing"] = [unit_pricing(u) for u in units_of(offering)]
    return data


STATUS_RANK = {AVAILABLE: 3, LIMITED: 2, SOLD_OUT: 1, CLOSED: 0}


def calendar_day(
    offering: Offering,
    day: dt.date,
    entries: list[SlotAvailability],
    *,
    people: int = 0,
    with_pricing: bool,
) -> dict:
    states = [slot_state(offering, entry, people) for entry in entries]
    best = max(
        states,
        key=lambda s: (s.available, STATUS_RANK[s.status], s.vacancies),
        default=None,
    )
    data = {
        "localDate": day.isoformat(),
        "available": best.available if best else False,
        "status": best.status if best else CLOSED,
        "vacancies": best.vacancies if best else 0,
        "capacity": best.capacity if best else None,
        "openingHours": opening_hours(offering, day, entries[0].slot if entries else None),
    }
    if with_pricing:
        data["unitPricingFrom"] = [unit_pricing(u) for u in units_of(offering)]
    return data


# --- Bookings ------------------------------------------------------------------------------------


def bookings_to_render() -> QuerySet[Booking]:
    items = BookingItem.objects.select_related(
        "slot",
        "offering__community__country",
        "offering__place",
        "offering__cancellation_policy",
    )
    return Booking.objects.select_related("community", "api_key", "octo").prefetch_related(
        "octo__unit_items",
        Prefetch("items", queryset=items),
        "items__offering__price_tiers",
        "items__offering__weekly_schedule",
        "items__offering__cancellation_policy__rules",
        "items__offering__place__opening_hours",
        "items__offering__place__opening_exceptions",
    )


def _loaded(obj, related_name: str) -> bool:
    return related_name in getattr(obj, "_prefetched_objects_cache", {})


def ready_to_render(booking: Booking) -> Booking:
    """Load what `booking()` needs that `booking` does not hold yet; returns it.

    For a booking this request's services have just made or changed, whose loaded parts
    are current: one just held has its items with their slot, offering, community and
    price tiers. Any other booking is read afresh with bookings_to_render(). The
    meeting place is read only by a day ticket (opening_hours), so it is left to that.
    """
    if not _loaded(booking, "items"):
        reads.load_items(booking)
    prefetch_related_objects([booking], "api_key", "octo__unit_items")  # unless in hand
    offering = booking.items.all()[0].offering  # the one shown
    if not _loaded(offering, "price_tiers"):
        prefetch_related_objects([offering], "price_tiers")
    if not _loaded(offering, "weekly_schedule"):
        reads.load_option_details(offering)
    if not Booking.community.is_cached(booking) and offering.community_id == booking.community_id:
        booking.community = offering.community  # the same row (for the voucher's link)
    return booking


def octo_data(booking: Booking):
    try:
        return booking.octo
    except Booking.octo.RelatedObjectDoesNotExist:
        return None


def booking_status(booking: Booking) -> str:
    if booking.status == BookingStatus.CONFIRMED:
        return REDEEMED if booking.checked_in_at else CONFIRMED
    if booking.status == BookingStatus.CANCELLED:
        return CANCELLED
    if booking.status == BookingStatus.EXPIRED or not booking.is_held:
        return EXPIRED
    return ON_HOLD


def is_cancellable(booking: Booking, status: str | None = None) -> bool:
    """As payments.services.cancel_booking allows: a live hold, or confirmed and not started."""
    status = status or booking_status(booking)
    if status == ON_HOLD:
        return True
    if status != CONFIRMED:
        return False
    now = timezone.now()
    return all(item.slot is None or item.slot.starts_at > now for item in booking.items.all())


def contact(data: dict | None) -> dict:
    data = data or {}
    result = {name: data.get(name) or None for name in CONTACT_FIELDS}
    if result["fullName"] is None and (result["firstName"] or result["lastName"]):
        result["fullName"] = " ".join(p for p in (result["firstName"], result["lastName"]) if p)
    result["locales"] = list(data.get("locales") or [])
    return result


def booking_contact(booking: Booking, octo) -> dict:
    if octo is not None:
        return contact(octo.contact)
    return contact(
        {
            "fullName": booking.contact_name,
            "emailAddress": booking.contact_email,
            "phoneNumber": booking.contact_phone,
            "locales": [booking.language],
        }
    )


def voucher(booking: Booking, status: str) -> dict:
    options = []
    if status in (CONFIRMED, REDEEMED):
        from chumchon.bookings.voucher import checkin_url

        # The same QR code as on the voucher: the community's check-in page for this booking.
        options.append({"deliveryFormat": "QRCODE", "deliveryValue": checkin_url(booking)})
    return {
        "redemptionMethod": "DIGITAL",
        "utcRedeemedAt": utc(booking.checked_in_at) if status == REDEEMED else None,
        "deliveryOptions": options,
    }


def unit_item_rows(booking: Booking, octo, item) -> list[tuple[str, str, str, dict]]:
    """(uuid, unitId, resellerReference, contact) for each ticket of the booking."""
    if octo is not None:
        return [
            (str(u.uuid), u.unit_id, u.reseller_reference, u.contact) for u in octo.unit_items.all()
        ]
    # A booking made elsewhere: derive stable tickets from its counts.
    unit_ids = ["adult"] * item.adults + ["child"] * item.children
    return [
        (str(uuid_lib.uuid5(booking.uuid, f"{unit_id}-{i}")), unit_id, "", {})
        for i, unit_id in enumerate(unit_ids)
    ]


def cancellation(booking: Booking, octo, status: str) -> dict | None:
    if status == CANCELLED:
        # A cancellation made by the community (weather, illness) refunds in full.
        refund = (octo.refund if octo is not None else "") or "FULL"
        return {
            "refund": refund,
            "reason": booking.cancel_reason or None,
            "utcCancelledAt": utc(booking.cancelled_at),
        }
    if status == EXPIRED:
        return {"refund": "FULL", "reason": None, "utcCancelledAt": utc(booking.expires_at)}
    return None


def booking(b: Booking, *, with_pricing: bool) -> dict:
    octo = octo_data(b)
    item = b.items.all()[0]
    offering, slot = item.offering, item.slot
    tz = zone(offering)
    status = booking_status(b)
    units = {u.id: u for u in units_of(offering)}
    rows = unit_item_rows(b, octo, item)
    updated = [m for m in (b.created_at, b.confirmed_at, b.cancelled_at, b.checked_in_at) if m]
    if octo is not None:
        updated.append(octo.updated_at)
    day = slot.starts_at.astimezone(tz).date()
    option_data = option(offering, with_pricing=with_pricing, units=list(units.values()))
    data = {
        "id": str(b.uuid),
        "uuid": str(b.uuid),
        "testMode": bool(b.api_key and b.api_key.is_test),
        "resellerReference": b.reseller_reference or None,
        "supplierReference": b.reference,
        "status": status,
        "utcCreatedAt": utc(b.created_at),
        "utcUpdatedAt": utc(max(updated)),
        "utcExpiresAt": utc(b.expires_at) if status in (ON_HOLD, EXPIRED) else None,
        "utcRedeemedAt": utc(b.checked_in_at) if status == REDEEMED else None,
        "utcConfirmedAt": utc(b.confirmed_at),
        "productId": str(offering.pk),
        "product": product(offering, with_pricing=with_pricing, option_data=option_data),
        "optionId": OPTION_ID,
        "option": option_data,
        "cancellable": is_cancellable(b, status),
        "cancellation": cancellation(b, octo, status),
        "freesale": False,
        "availabilityId": availability_id(slot, tz),
        "availability": {
            "id": availability_id(slot, tz),
            "localDateTimeStart": local_iso(slot.starts_at, tz),
            "localDateTimeEnd": local_iso(slot.ends_at, tz),
            "allDay": offering.availability_type == AvailabilityType.OPENING_HOURS,
            "openingHours": opening_hours(offering, day, slot),
        },
        "contact": booking_contact(b, octo),
        "notes": (octo.notes if octo is not None else b.notes) or None,
        "deliveryMethods": DELIVERY_METHODS,
        "voucher": voucher(b, status),
        "unitItems": [],
    }
    shares = []
    if with_pricing and rows:
        weights = [units[u].price.minor_units if u in units else 0 for _, u, _, _ in rows]
        price = Money(item.price, b.currency_id)
        shares = (
            price.allocate(weights) if sum(weights) else [Money.zero(b.currency_id)] * len(rows)
        )
    for i, (ticket_uuid, unit_id, reference, ticket_contact) in enumerate(rows):
        entry = {
            "uuid": ticket_uuid,
            "resellerReference": reference or None,
            "supplierReference": None,
            "unitId": unit_id,
            "unit": unit(units[unit_id], with_pricing=with_pricing) if unit_id in units else None,
            "status": status,
            "utcRedeemedAt": utc(b.checked_in_at) if status == REDEEMED else None,
            "contact": contact(ticket_contact),
            "ticket": None,  # TICKET is not one of our delivery methods
        }
        if with_pricing:
            entry["pricing"] = pricing(shares[i])
        data["unitItems"].append(entry)
    if with_pricing:
        data["pricing"] = pricing(b.total_money, booking_net(b))
    return data
