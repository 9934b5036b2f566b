"""Booking services: the one set of rules for the site, the phone pages, the API and OCTO.

Every action is one transaction. Selling locks the scarce things it will shrink
(slots, product stock, then the shared resources they need; always in that order and
sorted by id, so two buyers can never deadlock), then recounts what is left from the
booking rows.
On PostgreSQL the locks are SELECT ... FOR UPDATE; on SQLite every transaction
begins IMMEDIATE (settings.py), which serialises writers the same way.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from chumchon.bookings import signals
from chumchon.bookings.availability import (
    busy_resource_slots,
    closed_reasons,
    closures_column,
    read_closures,
    sold_pieces,
    used_units,
)
from chumchon.bookings.errors import BookingError, refuse
from chumchon.bookings.models import Booking, BookingItem, BookingStatus, Channel, Slot
from chumchon.catalog.models import Offering, OfferingKind, PriceTier
from chumchon.catalog.pricing import NoPrice, Tiers, quote
from chumchon.communities.models import Community
from chumchon.core import fastsql
from chumchon.core.audit import log_action
from chumchon.money import Money


@dataclass
class ItemRequest:
    """One line of a booking: a slot with its guests, or a product with a quantity."""

    slot_id: int | None = None
    offering_id: int | None = None
    adults: int = 0
    children: int = 0
    quantity: int = 0


@dataclass
class Contact:
    name: str
    email: str = ""
    phone: str = ""
    language: str = "en"
    dietary_needs: str = ""
    notes: str = ""


@dataclass
class _Line:
    request: ItemRequest
    offering: Offering
    slot: Slot | None
    units: int
    price: Money = field(default=None)


def hold_minutes_default() -> int:
    return getattr(settings, "BOOKING_HOLD_MINUTES", 30)


def _for_update(of: str) -> str:
    # SQLite has no row locks: its transactions begin IMMEDIATE instead (settings.py).
    return f" FOR UPDATE OF {of}" if connection.features.has_select_for_update_of else ""


def _lock_resources(ids) -> None:
    ids = sorted(set(ids))
    if ids:
        fastsql.rows(
            f"SELECT r.id FROM catalog_resource r WHERE r.id IN ({fastsql.placeholders(ids)}) "
            f"ORDER BY r.id{_for_update('r')}",
            ids,
        )


def _resources_of_slots(slot_ids: list[int]) -> list[tuple[int, int]]:
    """(offering id, resource id) for the offerings of these slots."""
    through = Offering.resources.through._meta.db_table
    return fastsql.rows(
        f"SELECT r.offering_id, r.resource_id FROM {through} r "
        "JOIN bookings_slot s ON s.offering_id = r.offering_id "
        f"WHERE s.id IN ({fastsql.placeholders(slot_ids)})",
        slot_ids,
    )


# The rows a sale locks are read by the very query that locks them, with their offering,
# community and price tiers and whether the offering needs shared resources (FOR UPDATE
# OF their own table only, so the rest stay unlocked), in plain SQL: one round trip and
# little Python, which is most of what a booking costs under load (core/fastsql.py).


def _extras_sql() -> str:
    """The offering `o`'s price tiers (as JSON text) and whether it needs resources."""
    through = Offering.resources.through._meta.db_table
    tiers = fastsql.json_rows("t.id, t.kind, t.amount, t.group_size")
    return (
        f"(SELECT {tiers} FROM catalog_pricetier t WHERE t.offering_id = o.id), "
        f"EXISTS (SELECT 1 FROM {through} r WHERE r.offering_id = o.id)"
    )


_AMOUNT = PriceTier._meta.get_field("amount")


def _remember_tiers(offering: Offering, text: str | None) -> None:
    """Make `offering.price_tiers.all()` the tiers read with the lock (as a prefetch)."""
    quantum = Decimal(1).scaleb(-_AMOUNT.decimal_places)
    tiers = [
        PriceTier(
            id=tier_id,
            offering_id=offering.id,
            kind=kind,
            # Exact: PostgreSQL writes numerics as they are; SQLite stores whole amounts
            # as integers; no amount ever passes through a float.
            amount=Decimal(str(amount)).quantize(quantum),
            group_size=group_size,
        )
        for tier_id, kind, amount, group_size in fastsql.read_json_rows(text)
    ]
    fastsql.remember(offering, "price_tiers", tiers)


def _lock_slots(slot_ids: list[int]) -> tuple[dict[int, Slot], bool]:
    """The slots, locked, with their offerings; and whether any offering needs resources.

    Each offering also carries the closures that may touch it (`read_closures`), read by
    the same query.
    """
    slot, offering, community = (
        fastsql.columns(Slot, "s"),
        fastsql.columns(Offering, "o"),
        fastsql.columns(Community, "c"),
    )
    closures_sql, closures_params = closures_column("o")
    found = fastsql.rows(
        f"SELECT {slot.sql}, {offering.sql}, {community.sql}, {_extras_sql()}, {closures_sql} "
        "FROM bookings_slot s JOIN catalog_offering o ON o.id = s.offering_id "
        "JOIN communities_community c ON c.id = o.community_id "
        f"WHERE s.id IN ({fastsql.placeholders(slot_ids)}) ORDER BY s.id{_for_update('s')}",
        [*closures_params, *slot_ids],
    )
    slots, offerings, needs_resources = {}, {}, False
    extras = slot.width + offering.width + community.width
    for row in found:
        item = slot.load(row)
        if item.offering_id not in offerings:
            loaded = offering.load(row, slot.width)
            loaded.community = community.load(row, slot.width + offering.width)
            _remember_tiers(loaded, row[extras])
            loaded.closures_read = read_closures(loaded.community_id, row[extras + 2])
            offerings[item.offering_id] = loaded
        item.offering = offerings[item.offering_id]
        needs_resources = needs_resources or bool(row[extras + 1])
        slots[item.id] = item
    return slots, needs_resources


def _lock_products(product_ids: list[int]) -> dict[int, Offering]:
    offering, community = fastsql.columns(Offering, "o"), fastsql.columns(Community, "c")
    found = fastsql.rows(
        f"SELECT {offering.sql}, {community.sql}, {_extras_sql()} FROM catalog_offering o "
        "JOIN communities_community c ON c.id = o.community_id "
        f"WHERE o.id IN ({fastsql.placeholders(product_ids)}) AND o.kind = %s "
        f"ORDER BY o.id{_for_update('o')}",
        [*product_ids, OfferingKind.PRODUCT],
    )
    products = {}
    for row in found:
        product = offering.load(row)
        product.community = community.load(row, offering.width)
        _remember_tiers(product, row[offering.width + community.width])
        products[product.id] = product
    return products


def _validate_counts(req: ItemRequest) -> None:
    for value in (req.adults, req.children, req.quantity):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise refuse("invalid_guests")


def _line_for(req: ItemRequest, slots: dict[int, Slot], products: dict[int, Offering]) -> _Line:
    _validate_counts(req)
    if req.slot_id is not None:
        slot = slots.get(req.slot_id)
        if slot is None:
            raise refuse("slot_not_found", slot=req.slot_id)
        offering = slot.offering
        guests = req.adults + req.children
        if guests < 1:
            raise refuse("invalid_guests", slot=slot.id)
        if offering.kind == OfferingKind.HOMESTAY:
            rooms = max(req.quantity, 1)
            if guests > offering.capacity * rooms:
                raise refuse("too_many_guests", slot=slot.id)
            return _Line(req, offering, slot, units=rooms)
        if guests < offering.min_guests:
            raise refuse("too_few_guests", slot=slot.id, min=offering.min_guests)
        return _Line(req, offering, slot, units=guests)
    offering = products.get(req.offering_id)
    if offering is None:
        raise refuse("slot_not_found", offering=req.offering_id)
    if req.quantity < 1:
        raise refuse("invalid_guests", offering=offering.id)
    return _Line(req, offering, None, units=req.quantity)


def price_of(offering: Offering, req: ItemRequest) -> Money:
    """What one line costs: products by the piece, everything else by the people."""
    tiers = Tiers.of(offering)
    try:
        if req.slot_id is None:
            return quote(tiers, adults=0, items=req.quantity)
        return quote(tiers, adults=req.adults, children=req.children)
    except (NoPrice, ValueError) as exc:
        raise refuse("no_price", offering=offering.id) from exc


def _price(line: _Line) -> Money:
    return price_of(line.offering, line.request)


def _check_slots(lines: list[_Line], now: dt.datetime, resources: dict[int, list[int]]) -> None:
    """`resources`: offering id -> the shared resources it needs (read while locking them)."""
    wanted: dict[int, int] = defaultdict(int)
    slots = {}
    for line in lines:
        if line.slot is not None:
            wanted[line.slot.id] += line.units
            slots[line.slot.id] = line.slot
    if not slots:
        return
    used = used_units(wanted, now)
    offerings = {slot.offering_id: slot.offering for slot in slots.values()}
    closures = None  # unless every offering came with its closures (_lock_slots)
    if all(hasattr(o, "closures_read") for o in offerings.values()):
        closures = [c for o in offerings.values() for c in o.closures_read]
    closed = closed_reasons(list(slots.values()), closures)
    for slot_id, units in wanted.items():
        slot = slots[slot_id]
        if slot.starts_at <= now:
            raise refuse("slot_in_past", slot=slot_id)
        if closed[slot_id]:
            raise refuse("slot_closed", slot=slot_id)
        if not slot.offering.in_season(timezone.localtime(slot.starts_at).month):
            raise refuse("out_of_season", slot=slot_id)
        if used.get(slot_id, 0) + units > slot.capacity:
            raise refuse(
                "sold_out", slot=slot_id, remaining=max(slot.capacity - used.get(slot_id, 0), 0)
            )
        needs = resources.get(slot.offering_id, [])
        if needs and busy_resource_slots(slot, now, resource_ids=needs).exists():
            raise refuse("resource_busy", slot=slot_id)


def _check_stock(lines: list[_Line], now: dt.datetime) -> None:
    wanted: dict[int, int] = defaultdict(int)
    offerings = {}
    for line in lines:
        if line.slot is None:
            wanted[line.offering.id] += line.units
            offerings[line.offering.id] = line.offering
    if not wanted:
        return
    sold = sold_pieces(wanted, now)
    for offering_id, units in wanted.items():
        stock = offerings[offering_id].stock or 0
        if sold.get(offering_id, 0) + units > stock:
            raise refuse(
                "out_of_stock",
                offering=offering_id,
                remaining=max(stock - sold.get(offering_id, 0), 0),
            )


def hold_places(
    requests: list[ItemRequest],
    contact: Contact,
    *,
    channel: str = Channel.WEB,
    created_by=None,
    api_key=None,
    idempotency_key: str = "",
    hold_minutes: int | None = None,
    reseller_reference: str = "",
    contact_required: bool = True,
    promo_code: str = "",
    on_held: Callable[[Booking], object] | None = None,
) -> Booking:
    """Hold places for a party while they pay; refuses with a BookingError and changes nothing.

    A reseller's hold (OCTO) may come without the traveller's phone or e-mail
    (`contact_required=False`): the reseller gives them when it confirms.

    With an idempotency key, the same request again returns the booking it made the
    first time and books nothing more.

    `on_held(booking)` runs inside the hold's transaction, only when this call made the
    booking: what must be written with the hold or not at all (who referred it).
    """
    # A repeated request is rare, so an API key's is not looked up first: the unique
    # (key, idempotency key) refuses its second booking (IntegrityError), or its places
    # are found taken by itself (BookingError); either way the booking made the first
    # time is the answer. Without an API key the constraint does not apply (NULLs are
    # distinct), so such a request is looked up first.
    if idempotency_key and api_key is None:
        existing = Booking.objects.filter(api_key=None, idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing
    try:
        if not requests:
            raise refuse("no_items")
        if not (contact.name or "").strip():
            raise refuse("no_contact", field="name")
        if contact_required and not (contact.email or contact.phone):
            raise refuse("no_contact")
        return _hold(
            requests,
            contact,
            channel=channel,
            created_by=created_by,
            api_key=api_key,
            idempotency_key=idempotency_key,
            hold_minutes=hold_minutes,
            reseller_reference=reseller_reference,
            promo_code=promo_code,
            on_held=on_held,
        )
    except (IntegrityError, BookingError):
        if idempotency_key:
            existing = Booking.objects.filter(
                api_key=api_key, idempotency_key=idempotency_key
            ).first()
            if existing is not None:
                return existing
        raise


@transaction.atomic
def _hold(
    requests,
    contact,
    *,
    channel,
    created_by,
    api_key,
    idempotency_key,
    hold_minutes,
    reseller_reference,
    promo_code="",
    on_held=None,
) -> Booking:
    slot_ids = sorted({r.slot_id for r in requests if r.slot_id is not None})
    product_ids = sorted({r.offering_id for r in requests if r.slot_id is None})

    # The race is here: lock what we will shrink, then recount it from the rows. The
    # slots, then product stock, then the shared resources they need (a guide, a boat:
    # most offerings need none), each in id order.
    slots, need_resources = _lock_slots(slot_ids) if slot_ids else ({}, False)
    products = _lock_products(product_ids) if product_ids else {}
    resources: dict[int, list[int]] = defaultdict(list)
    if need_resources:
        for offering_id, resource_id in _resources_of_slots(slot_ids):
            resources[offering_id].append(resource_id)
        _lock_resources(rid for ids in resources.values() for rid in ids)
    lines = [_line_for(r, slots, products) for r in requests]
    communities = {line.offering.community_id for line in lines}
    if len(communities) != 1:
        raise refuse("mixed_communities")
    if any(
        not (line.offering.is_published and line.offering.community.is_published) for line in lines
    ):
        raise refuse("slot_not_found")
    now = timezone.now()
    _check_slots(lines, now, resources)
    _check_stock(lines, now)

    community = lines[0].offering.community
    for line in lines:
        line.price = _price(line)
    total = sum((line.price for line in lines), Money.zero(community.currency_id))
    minutes = hold_minutes if hold_minutes is not None else hold_minutes_default()
    booking = Booking(
        community=community,
        channel=channel,
        contact_name=contact.name.strip(),
        contact_email=contact.email,
        contact_phone=contact.phone,
        language=contact.language if contact.language in dict(settings.LANGUAGES) else "en",
        dietary_needs=contact.dietary_needs,
        notes=contact.notes,
        total=total.amount,
        currency_id=community.currency_id,
        expires_at=now + dt.timedelta(minutes=minutes),
        created_by=created_by if getattr(created_by, "is_authenticated", False) else None,
        api_key=api_key,
        idempotency_key=idempotency_key,
        reseller_reference=reseller_reference,
    )
    fastsql.insert([booking])
    items = fastsql.insert(
        BookingItem(
            booking=booking,
            offering=line.offering,
            slot=line.slot,
            adults=line.request.adults,
            children=line.request.children,
            quantity=line.request.quantity,
            units=line.units,
            price=line.price.amount,
        )
        for line in lines
    )
    fastsql.remember(booking, "items", items)  # whoever shows it need not read them back
    if promo_code:
        # Lowers the line prices and the total; locks the code's row (its use limit is a
        # race too) and refuses with a promo_* code, undoing the whole hold.
        from chumchon.marketing.services import redeem_promo

        total -= redeem_promo(promo_code, booking, items, now)
    booking.just_held = True  # this call made it (not a repeat of an earlier request)
    if on_held is not None:
        on_held(booking)  # what the caller writes with the hold (who referred it), or nothing
    log_action(created_by, "booking.held", booking, channel=channel, total=str(total))
    signals.announce(signals.booking_held, booking)
    return booking


@transaction.atomic
def extend_hold(booking: Booking, minutes: int, *, by=None) -> Booking:
    """Keep a live hold for `minutes` from now (a reseller's extension, or a coordinator
    waiting for a guest who pays in cash on arrival)."""
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status != BookingStatus.PENDING_PAYMENT:
        raise refuse("not_pending")
    if not booking.is_held:
        raise refuse("hold_expired")
    booking.expires_at = timezone.now() + dt.timedelta(minutes=minutes)
    booking.save(update_fields=["expires_at"])
    if by is not None:
        log_action(by, "booking.hold_extended", booking, minutes=minutes)
    return booking


@transaction.atomic
def confirm_booking(booking: Booking, *, by=None) -> Booking:
    """Mark a held booking as confirmed (called once it is paid in full)."""
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == BookingStatus.CONFIRMED:
        raise refuse("already_paid")
    if booking.status != BookingStatus.PENDING_PAYMENT:
        raise refuse("not_pending")
    if not booking.is_held:
        raise refuse("hold_expired")
    booking.status = BookingStatus.CONFIRMED
    booking.confirmed_at = timezone.now()
    booking.expires_at = None
    booking.save(update_fields=["status", "confirmed_at", "expires_at"])
    log_action(by, "booking.confirmed", booking)
    signals.announce(signals.booking_confirmed, booking)
    return booking


def expire_holds(now: dt.datetime | None = None) -> int:
    """Mark unpaid holds past their time as expired (their places are already free)."""
    now = now or timezone.now()
    with transaction.atomic():
        expired = list(
            Booking.objects.select_for_update(skip_locked=True)
            .filter(status=BookingStatus.PENDING_PAYMENT, expires_at__lte=now)
            .values_list("id", flat=True)
        )
        Booking.objects.filter(id__in=expired).update(status=BookingStatus.EXPIRED)
    return len(expired)
