"""Coordinators' schedules: weekly departures become slots; closed days stop sales."""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone

from chumchon.bookings.availability import taking_places
from chumchon.bookings.errors import refuse
from chumchon.bookings.models import Booking, Closure, Slot, WeeklySchedule
from chumchon.catalog.models import AvailabilityType, OfferingKind
from chumchon.core.audit import log_action

DAYS_AHEAD = 90
# A homestay night runs from check-in to check-out the next morning.
CHECK_OUT = dt.time(11, 0)


def slot_end(offering, starts_at: dt.datetime) -> dt.datetime:
    if offering.availability_type == AvailabilityType.OPENING_HOURS and offering.place:
        # A day ticket lasts until the place closes that day.
        local = timezone.localtime(starts_at)
        closes = [c for _o, c in offering.place.hours_on(local.date()) if c > local.time()]
        if closes:
            return dt.datetime.combine(local.date(), max(closes), tzinfo=local.tzinfo)
    if offering.kind == OfferingKind.HOMESTAY:
        next_day = timezone.localtime(starts_at).date() + dt.timedelta(days=1)
        return dt.datetime.combine(next_day, CHECK_OUT, tzinfo=starts_at.tzinfo)
    return starts_at + dt.timedelta(minutes=offering.duration_minutes or 120)


def generate_from_weekly_schedules(
    days_ahead: int = DAYS_AHEAD, today: dt.date | None = None, offering=None
) -> int:
    """Create the missing slots of every weekly schedule for the coming days; returns the count.

    Existing slots are left alone, so a coordinator's change to one date survives.
    """
    today = today or timezone.localdate()
    tz = timezone.get_current_timezone()
    entries = WeeklySchedule.objects.select_related("offering")
    if offering is not None:
        entries = entries.filter(offering=offering)
    created = 0
    for entry in entries:
        existing = set(
            Slot.objects.filter(offering=entry.offering, starts_at__date__gte=today).values_list(
                "starts_at", flat=True
            )
        )
        new = []
        for offset in range(days_ahead):
            day = today + dt.timedelta(days=offset)
            if day.weekday() != entry.weekday:
                continue
            starts = dt.datetime.combine(day, entry.start_time, tzinfo=tz)
            if starts in existing or starts <= timezone.now():
                continue
            new.append(
                Slot(
                    offering=entry.offering,
                    starts_at=starts,
                    ends_at=slot_end(entry.offering, starts),
                    capacity=entry.capacity,
                )
            )
        Slot.objects.bulk_create(new, ignore_conflicts=True)
        created += len(new)
    return created


def add_slot(offering, starts_at: dt.datetime, capacity: int, *, by=None) -> Slot:
    """One new slot; a second slot at the same start is refused (slot_exists)."""
    try:
        with transaction.atomic():
            # The unique constraint decides a race between two coordinators' phones.
            slot = Slot.objects.create(
                offering=offering,
                starts_at=starts_at,
                ends_at=slot_end(offering, starts_at),
                capacity=capacity,
            )
    except IntegrityError as exc:
        raise refuse("slot_exists") from exc
    log_action(by, "slot.created", slot, community=offering.community, places=capacity)
    return slot


@transaction.atomic
def close_days(
    community, date_from: dt.date, date_to: dt.date, reason: str, *, by=None, offering=None
) -> tuple[Closure, list[Booking]]:
    """Close dates for weather or a festival; returns the bookings the coordinator must call."""
    closure = Closure.objects.create(
        community=community,
        offering=offering,
        date_from=date_from,
        date_to=date_to,
        reason=reason,
        created_by=by,
    )
    affected = taking_places().filter(
        booking__community=community,
        slot__starts_at__date__gte=date_from,
        slot__starts_at__date__lte=date_to,
    )
    if offering is not None:
        affected = affected.filter(offering=offering)
    bookings = list(Booking.objects.filter(items__in=affected).distinct())
    log_action(
        by,
        "closure.created",
        closure,
        community=community,
        reason=reason,
        bookings=[b.reference for b in bookings],
    )
    return closure, bookings
