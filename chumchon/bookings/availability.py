"""What is left to book: always recounted from booking items, never from a counter.

A place is taken by a confirmed booking or by a hold that has not yet expired, so an
expired hold frees its place the moment it expires, with no clean-up job needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet, Sum
from django.utils import timezone

from chumchon.bookings.models import BookingItem, BookingStatus, Closure, Slot


def taking_places(now: dt.datetime | None = None) -> QuerySet[BookingItem]:
    """Items that hold capacity right now."""
    now = now or timezone.now()
    return BookingItem.objects.filter(
        Q(booking__status=BookingStatus.CONFIRMED)
        | Q(booking__status=BookingStatus.PENDING_PAYMENT, booking__expires_at__gt=now)
    )


def used_units(slot_ids, now=None) -> dict[int, int]:
    rows = (
        taking_places(now)
        .filter(slot_id__in=list(slot_ids))
        .values_list("slot_id")
        .annotate(n=Sum("units"))
    )
    return dict(rows)


def sold_pieces(offering_ids, now=None) -> dict[int, int]:
    rows = (
        taking_places(now)
        .filter(offering_id__in=list(offering_ids), slot__isnull=True)
        .values_list("offering_id")
        .annotate(n=Sum("units"))
    )
    return dict(rows)


def closed_reasons(slots: list[Slot]) -> dict[int, str]:
    """Why nobody can book each of these slots today ("" when open), in one query."""
    reasons = {
        slot.id: (slot.closed_reason or "closed") if slot.is_closed else "" for slot in slots
    }
    days = {slot.id: timezone.localtime(slot.starts_at).date() for slot in slots}
    still_open = [slot for slot in slots if not reasons[slot.id]]
    if not still_open:
        return reasons
    closures = list(
        Closure.objects.filter(
            community_id__in={slot.offering.community_id for slot in still_open},
            date_from__lte=max(days[slot.id] for slot in still_open),
            date_to__gte=min(days[slot.id] for slot in still_open),
        ).filter(
            Q(offering__isnull=True) | Q(offering_id__in={slot.offering_id for slot in still_open})
        )
    )
    for slot in still_open:
        day = days[slot.id]
        reasons[slot.id] = next(
            (
                closure.reason
                for closure in closures
                if closure.community_id == slot.offering.community_id
                and closure.offering_id in (None, slot.offering_id)
                and closure.date_from <= day <= closure.date_to
            ),
            "",
        )
    return reasons


def closed_reason(slot: Slot) -> str:
    """Why nobody can book this slot today, or "" when it is open."""
    return closed_reasons([slot])[slot.id]


def busy_resource_slots(slot: Slot, now=None, resource_ids=None) -> QuerySet[Slot]:
    """Other slots that overlap `slot` in time, need one of its resources and have guests.

    `resource_ids`: the resources the slot's offering needs, when the caller knows them
    already (saves a query per slot).
    """
    if resource_ids is None:
        resource_ids = list(slot.offering.resources.values_list("id", flat=True))
    if not resource_ids:
        return Slot.objects.none()
    busy = taking_places(now).values("slot_id")
    return (
        Slot.objects.filter(
            offering__resources__in=resource_ids,
            starts_at__lt=slot.ends_at,
            ends_at__gt=slot.starts_at,
            id__in=busy,
        )
        .exclude(id=slot.id)
        .distinct()
    )


@dataclass
class SlotAvailability:
    slot: Slot
    remaining: int
    closed: str = ""

    @property
    def bookable(self) -> bool:
        return self.remaining > 0 and not self.closed


def slots_between(
    offering, date_from: dt.date, date_to: dt.date, now=None
) -> list[SlotAvailability]:
    """Every slot of `offering` starting on local dates date_from..date_to, with what is left."""
    now = now or timezone.now()
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(date_from, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    slots = list(
        Slot.objects.filter(offering=offering, starts_at__gte=start, starts_at__lt=end)
        .select_related("offering")
        .order_by("starts_at")
    )
    used = used_units([s.id for s in slots], now)
    closures = list(
        Closure.objects.filter(
            community_id=offering.community_id, date_to__gte=date_from, date_from__lte=date_to
        ).filter(Q(offering__isnull=True) | Q(offering=offering))
    )
    has_resources = offering.resources.exists()
    result = []
    for slot in slots:
        day = timezone.localtime(slot.starts_at).date()
        closed = slot.closed_reason or ("closed" if slot.is_closed else "")
        if not closed:
            closed = next((c.reason for c in closures if c.date_from <= day <= c.date_to), "")
        if not closed and slot.starts_at <= now:
            closed = "past"
        if not closed and not offering.in_season(timezone.localtime(slot.starts_at).month):
            closed = "out of season"
        remaining = max(slot.capacity - used.get(slot.id, 0), 0)
        if remaining and has_resources and busy_resource_slots(slot, now).exists():
            remaining = 0
        result.append(SlotAvailability(slot, remaining, closed))
    return result


def remaining_in(slot: Slot, now=None) -> int:
    return max(slot.capacity - used_units([slot.id], now).get(slot.id, 0), 0)
