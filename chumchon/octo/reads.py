"""Plain SQL for what a reserve and a confirm read (see chumchon/core/fastsql.py).

A reserve reads the product and the slot; a confirm (an extension, a cancellation, an
update) the booking by its uuid and its unit items; both then, to answer, the booking's
item with its offering and what the option shows. Built with the ORM these reads cost
several times the rest of the request (the offering and the community are wide,
translated models); written once as SQL they hand back the same model instances,
converted as the ORM converts them. They only read; every other OCTO read keeps the
ORM querysets of mapping.py.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from chumchon.bookings.models import Booking, BookingItem, Channel, Slot, WeeklySchedule
from chumchon.catalog.models import CancellationPolicy, CancellationRule, Offering, PriceTier
from chumchon.communities.models import Community
from chumchon.core import fastsql
from chumchon.octo.models import OctoBooking, UnitItem


def _load_tiers(offerings: list[Offering]) -> None:
    """Make each `offering.price_tiers.all()` its tiers, as a prefetch would."""
    tier = fastsql.columns(PriceTier, "t")
    ids = [offering.pk for offering in offerings]
    found = defaultdict(list)
    for row in fastsql.rows(
        f"SELECT {tier.sql} FROM catalog_pricetier t "
        f"WHERE t.offering_id IN ({fastsql.placeholders(ids)}) ORDER BY t.kind",
        ids,
    ):
        loaded = tier.load(row)
        found[loaded.offering_id].append(loaded)
    for offering in offerings:
        fastsql.remember(offering, "price_tiers", found[offering.pk])


def sellable_offering(offering_id: int, kinds) -> Offering | None:
    """The offering with its community and price tiers if it is an OCTO product now.

    The same test as mapping.sellable_offerings() (a test keeps them equal): of one of
    `kinds`, published by a published community, priced per adult or per group, with a
    slot to come or a weekly schedule.
    """
    offering, community = fastsql.columns(Offering, "o"), fastsql.columns(Community, "c")
    kinds = list(kinds)
    found = fastsql.rows(
        f"SELECT {offering.sql}, {community.sql} FROM catalog_offering o "
        "JOIN communities_community c ON c.id = o.community_id "
        f"WHERE o.id = %s AND o.kind IN ({fastsql.placeholders(kinds)}) "
        "AND o.is_published = %s AND c.is_published = %s "
        "AND EXISTS (SELECT 1 FROM catalog_pricetier t "
        "WHERE t.offering_id = o.id AND t.kind IN (%s, %s)) "
        "AND (EXISTS (SELECT 1 FROM bookings_slot s "
        "WHERE s.offering_id = o.id AND s.starts_at >= %s) "
        "OR EXISTS (SELECT 1 FROM bookings_weeklyschedule w WHERE w.offering_id = o.id))",
        [
            offering_id,
            *kinds,
            True,
            True,
            "adult",
            "group",
            connection.ops.adapt_datetimefield_value(timezone.now()),
        ],
    )
    if not found:
        return None
    loaded = offering.load(found[0])
    loaded.community = community.load(found[0], offering.width)
    _load_tiers([loaded])
    return loaded


def slot_at(offering_id: int, starts_at: dt.datetime) -> Slot | None:
    """The offering's slot that starts at this moment (one at most: a unique pair)."""
    slot = fastsql.columns(Slot, "s")
    found = fastsql.rows(
        f"SELECT {slot.sql} FROM bookings_slot s WHERE s.offering_id = %s AND s.starts_at = %s",
        [offering_id, connection.ops.adapt_datetimefield_value(starts_at)],
    )
    return slot.load(found[0]) if found else None


def octo_booking(booking_uuid) -> Booking | None:
    """The OCTO booking with this uuid (the row alone)."""
    booking = fastsql.columns(Booking, "b")
    uuid_field = Booking._meta.get_field("uuid")
    found = fastsql.rows(
        f"SELECT {booking.sql} FROM bookings_booking b WHERE b.uuid = %s AND b.channel = %s",
        [uuid_field.get_db_prep_value(booking_uuid, connection), Channel.OCTO],
    )
    return booking.load(found[0]) if found else None


def octo_data(booking: Booking) -> OctoBooking | None:
    """The booking's OCTO data with its unit items (`octo.unit_items.all()`), if it has any."""
    octo, unit = fastsql.columns(OctoBooking, "ob"), fastsql.columns(UnitItem, "u")
    found = fastsql.rows(
        f"SELECT {octo.sql}, {unit.sql} FROM octo_octobooking ob "
        "LEFT JOIN octo_unititem u ON u.octo_booking_id = ob.booking_id "
        "WHERE ob.booking_id = %s ORDER BY u.position, u.id",
        [booking.pk],
    )
    if not found:
        return None
    loaded = octo.load(found[0])
    loaded.booking = booking
    items = [unit.load(row, octo.width) for row in found if row[octo.width] is not None]
    fastsql.remember(loaded, "unit_items", items)
    return loaded


def load_items(booking: Booking) -> None:
    """Make `booking.items.all()` its items, each with its slot and its offering (with the
    community and price tiers), in the items' own order (BookingItem.Meta.ordering)."""
    item, slot = fastsql.columns(BookingItem, "i"), fastsql.columns(Slot, "s")
    offering, community = fastsql.columns(Offering, "o"), fastsql.columns(Community, "c")
    found = fastsql.rows(
        f"SELECT {item.sql}, {slot.sql}, {offering.sql}, {community.sql} "
        "FROM bookings_bookingitem i LEFT JOIN bookings_slot s ON s.id = i.slot_id "
        "JOIN catalog_offering o ON o.id = i.offering_id "
        "JOIN communities_community c ON c.id = o.community_id "
        "WHERE i.booking_id = %s ORDER BY s.starts_at, i.id",
        [booking.pk],
    )
    items, offerings = [], {}
    for row in found:
        loaded = item.load(row)
        loaded.booking = booking
        loaded.slot = slot.load(row, item.width) if loaded.slot_id is not None else None
        if loaded.offering_id not in offerings:
            start = item.width + slot.width
            product = offering.load(row, start)
            product.community = community.load(row, start + offering.width)
            offerings[loaded.offering_id] = product
        loaded.offering = offerings[loaded.offering_id]
        items.append(loaded)
    if offerings:
        _load_tiers(list(offerings.values()))
    fastsql.remember(booking, "items", items)


def load_option_details(offering: Offering) -> None:
    """What the option shows besides the prices: the weekly departures and the
    cancellation policy with its rules (the upcoming starts stay a query of their own)."""
    weekly = fastsql.columns(WeeklySchedule, "w")
    fastsql.remember(
        offering,
        "weekly_schedule",
        [
            weekly.load(row)
            for row in fastsql.rows(
                f"SELECT {weekly.sql} FROM bookings_weeklyschedule w WHERE w.offering_id = %s "
                "ORDER BY w.weekday, w.start_time",
                [offering.pk],
            )
        ],
    )
    if offering.cancellation_policy_id is None:
        offering.cancellation_policy = None
        return
    policy, rule = fastsql.columns(CancellationPolicy, "p"), fastsql.columns(CancellationRule, "r")
    found = fastsql.rows(
        f"SELECT {policy.sql}, {rule.sql} FROM catalog_cancellationpolicy p "
        "LEFT JOIN catalog_cancellationrule r ON r.policy_id = p.id "
        "WHERE p.id = %s ORDER BY r.days_before DESC",
        [offering.cancellation_policy_id],
    )
    loaded = policy.load(found[0])
    rules = [rule.load(row, policy.width) for row in found if row[policy.width] is not None]
    fastsql.remember(loaded, "rules", rules)
    offering.cancellation_policy = loaded


def upcoming_starts(offering: Offering, limit: int) -> list[dt.datetime]:
    """When the offering's next `limit` slots start, soonest first."""
    found = fastsql.rows(
        "SELECT s.starts_at FROM bookings_slot s WHERE s.offering_id = %s AND s.starts_at >= %s "
        "ORDER BY s.starts_at, s.id LIMIT %s",
        [offering.pk, connection.ops.adapt_datetimefield_value(timezone.now()), limit],
    )
    return [_as_datetime(row[0]) for row in found]


def _as_datetime(value) -> dt.datetime:
    # SQLite hands plain SQL datetimes back as naive text, PostgreSQL as aware datetimes;
    # converted as the ORM does (Django's SQLite convert_datetimefield_value).
    if not isinstance(value, dt.datetime):
        value = parse_datetime(value)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, connection.timezone)
    return value
