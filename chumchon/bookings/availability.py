"""What is left to book: always recounted from booking items, never from a counter.

A place is taken by a confirmed booking or by a hold that has not yet expired, so an
expired hold frees its place the moment it expires, with no clean-up job needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils import timezone

from chumchon.bookings.models import BookingItem, BookingStatus, Slot
from chumchon.core import fastsql


def taking_places(now: dt.datetime | None = None) -> QuerySet[BookingItem]:
    """Items that hold capacity right now."""
    now = now or timezone.now()
    return BookingItem.objects.filter(
        Q(booking__status=BookingStatus.CONFIRMED)
        | Q(booking__status=BookingStatus.PENDING_PAYMENT, booking__expires_at__gt=now)
    )


# The recount runs inside every sale, with the slots locked, so it is written once as
# plain SQL: building the same ORM query each time cost more than running it. The
# status test sits in the SUM, not the WHERE, so that the database always starts from
# the slot's own items (an index) and never from every pending booking, whatever its
# statistics say: a fresh database's stats once made each sale scan all holds.
_TAKEN_SQL = """
    SELECT i.{column},
           SUM(CASE WHEN b.status = %s OR (b.status = %s AND b.expires_at > %s)
                    THEN i.units ELSE 0 END)
    FROM bookings_bookingitem i
    JOIN bookings_booking b ON b.id = i.booking_id
    WHERE i.{column} IN ({ids}){extra}
    GROUP BY i.{column}
"""


def _taken(column: str, ids, now, extra: str = "") -> dict[int, int]:
    ids = sorted({int(i) for i in ids})
    if not ids:
        return {}
    sql = _TAKEN_SQL.format(column=column, ids=fastsql.placeholders(ids), extra=extra)
    moment = connection.ops.adapt_datetimefield_value(now or timezone.now())
    params = [BookingStatus.CONFIRMED, BookingStatus.PENDING_PAYMENT, moment, *ids]
    return {row[0]: int(row[1]) for row in fastsql.rows(sql, params) if row[1]}


def used_units(slot_ids, now=None) -> dict[int, int]:
    """Places taken in each slot (slot id -> units; slots with none are left out)."""
    return _taken("slot_id", slot_ids, now)


def sold_pieces(offering_ids, now=None) -> dict[int, int]:
    """Pieces of each product taken (offering id -> pieces), slots aside."""
    return _taken("offering_id", offering_ids, now, extra=" AND i.slot_id IS NULL")


@dataclass(frozen=True)
class _Closure:
    community_id: int
    offering_id: int | None
    date_from: dt.date
    date_to: dt.date
    reason: str


def closed_reasons(slots: list[Slot], closures: list[_Closure] | None = None) -> dict[int, str]:
    """Why nobody can book each of these slots today ("" when open), in one query.

    `closures`: those of the slots' communities and offerings, when the caller read them
    already (a sale reads them with the slots it locks: `closures_column`).
    """
    reasons = {
        slot.id: (slot.closed_reason or "closed") if slot.is_closed else "" for slot in slots
    }
    days = {slot.id: timezone.localtime(slot.starts_at).date() for slot in slots}
    still_open = [slot for slot in slots if not reasons[slot.id]]
    if not still_open:
        return reasons
    if closures is None:
        closures = _closures(
            {slot.offering.community_id for slot in still_open},
            {slot.offering_id for slot in still_open},
            min(days[slot.id] for slot in still_open),
            max(days[slot.id] for slot in still_open),
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


def _as_date(value) -> dt.date:
    # SQLite hands plain SQL dates back as text; PostgreSQL as dates.
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _closures(community_ids, offering_ids, first: dt.date, last: dt.date) -> list[_Closure]:
    """Closures of these communities (whole or of these offerings) touching first..last.

    Plain SQL for the same reason as the recount: it runs inside every sale.
    """
    communities, offerings = sorted(community_ids), sorted(offering_ids)
    sql = (
        "SELECT community_id, offering_id, date_from, date_to, reason FROM bookings_closure "
        f"WHERE community_id IN ({fastsql.placeholders(communities)}) "
        "AND date_from <= %s AND date_to >= %s "
        f"AND (offering_id IS NULL OR offering_id IN ({fastsql.placeholders(offerings)}))"
    )
    ops = connection.ops
    params = [*communities, ops.adapt_datefield_value(last), ops.adapt_datefield_value(first)]
    return [
        _Closure(row[0], row[1], _as_date(row[2]), _as_date(row[3]), row[4])
        for row in fastsql.rows(sql, [*params, *offerings])
    ]


def closures_column(offering_alias: str) -> tuple[str, list]:
    """A column (SQL and its parameters) with the closures of offering `offering_alias`
    and of its whole community that end yesterday or later, as JSON text: read by the
    query that locks a sale's slots, instead of a query of their own."""
    rows = fastsql.json_rows("cl.id, cl.offering_id, cl.date_from, cl.date_to, cl.reason")
    o = offering_alias
    sql = (
        f"(SELECT {rows} FROM bookings_closure cl WHERE cl.community_id = {o}.community_id "
        f"AND (cl.offering_id IS NULL OR cl.offering_id = {o}.id) AND cl.date_to >= %s)"
    )
    # Yesterday: a slot's local day is never before the earliest day anywhere today.
    since = timezone.localdate() - dt.timedelta(days=1)
    return sql, [connection.ops.adapt_datefield_value(since)]


def read_closures(community_id: int, text: str | None) -> list[_Closure]:
    """The closures `closures_column` wrote."""
    return [
        _Closure(community_id, offering_id, _as_date(start), _as_date(end), reason)
        for _id, offering_id, start, end, reason in fastsql.read_json_rows(text)
    ]


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
    closures = _closures({offering.community_id}, {offering.id}, date_from, date_to)
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
