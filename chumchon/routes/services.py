"""Route services: designing routes, laying them out in time, and booking them as a package.

Every change is one transaction with one audit entry; the phone pages and the API
call these, never the models directly.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from chumchon.bookings.availability import remaining_in
from chumchon.bookings.errors import MESSAGES as BOOKING_MESSAGES
from chumchon.bookings.errors import BookingError, refuse
from chumchon.bookings.models import Booking, Slot
from chumchon.bookings.services import Contact, ItemRequest, hold_places, price_of
from chumchon.catalog.models import AvailabilityType, OfferingKind
from chumchon.communities.models import Community
from chumchon.core.audit import log_action
from chumchon.money import Money
from chumchon.routes.models import Route, RouteDay, RouteStop
from chumchon.routes.timeline import (  # noqa: F401  (the public names of this module)
    DayTimeline,
    EndLeg,
    RouteWarning,
    StopTimeline,
    Waypoint,
    route_timeline,
)

ERRORS = {
    "empty_route": _("Add at least one day with one stop before publishing."),
    "no_place": _("Choose a place, or an offering that has a place."),
    "slug_taken": _("Another route of this community already has this short name."),
    "day_times": _("A day must start before it ends."),
}


class RouteError(Exception):
    """Refused: nothing was changed. `code` is stable; `message` is translated lazily."""

    def __init__(self, code: str):
        self.code = code
        self.message = ERRORS[code]
        super().__init__(code)

    def __str__(self) -> str:
        return str(self.message)


# --- Keeping derived fields true ------------------------------------------------------


def _countries(route: Route) -> set[int]:
    countries = {route.community.country_id}
    for day in route.days.select_related("start_place__community", "end_place__community"):
        for place in (day.start_place, day.end_place):
            if place is not None:
                countries.add(place.community.country_id)
    stops = RouteStop.objects.filter(day__route=route).select_related(
        "place__community", "offering__community", "offering__place__community"
    )
    for stop in stops:
        if stop.offering_id:
            countries.add(stop.offering.community.country_id)
        if stop.location is not None:
            countries.add(stop.location.community.country_id)
    return countries


def refresh_route(route: Route) -> Route:
    """Recompute what is derived from the stops (the border flag) and touch `updated`."""
    route.cross_border = len(_countries(route)) > 1
    route.save(update_fields=["cross_border", "updated"])
    return route


def _renumber_stops(day: RouteDay) -> None:
    for position, stop in enumerate(day.stops.order_by("position", "id"), start=1):
        if stop.position != position:
            RouteStop.objects.filter(pk=stop.pk).update(position=position)


# --- Designing --------------------------------------------------------------------------


def _check_slug(community: Community, slug: str, route: Route | None = None) -> None:
    others = Route.objects.filter(community=community, slug=slug)
    if route is not None:
        others = others.exclude(pk=route.pk)
    if others.exists():
        raise RouteError("slug_taken")


@transaction.atomic
def create_route(community: Community, *, by, slug: str, **fields: Any) -> Route:
    """A new unpublished route; `fields` are title/summary/story in each language."""
    _check_slug(community, slug)
    route = Route.objects.create(community=community, slug=slug, created_by=_user(by), **fields)
    log_action(by, "route.created", route, slug=slug)
    return route


@transaction.atomic
def update_route(route: Route, *, by, **fields: Any) -> Route:
    """Change the route's short name, title, summary or story."""
    if "slug" in fields:
        _check_slug(route.community, fields["slug"], route)
    for name, value in fields.items():
        setattr(route, name, value)
    route.save()
    log_action(by, "route.changed", route, changed=sorted(fields))
    return route


@transaction.atomic
def set_published(route: Route, published: bool, *, by) -> Route:
    """Publish (it then shows on the community page and can be booked) or withdraw."""
    if published and not RouteStop.objects.filter(day__route=route).exists():
        raise RouteError("empty_route")
    route.is_published = published
    route.save(update_fields=["is_published", "updated"])
    log_action(by, "route.published" if published else "route.unpublished", route)
    return route


@transaction.atomic
def copy_route(route: Route, *, by) -> Route:
    """A draft copy of the route with all its days and stops, to make a variant from."""
    base = f"{route.slug}-copy"[:45]
    taken = set(
        Route.objects.filter(community=route.community, slug__startswith=base).values_list(
            "slug", flat=True
        )
    )
    slug = next(s for s in (base, *(f"{base}-{n}" for n in range(2, 1000))) if s not in taken)
    days = list(route.days.prefetch_related("stops").order_by("number"))
    copy = Route.objects.get(pk=route.pk)
    copy.pk = None
    copy.slug, copy.is_published, copy.created_by = slug, False, _user(by)
    copy.save()
    for day in days:
        stops = list(day.stops.all())
        day.pk, day.route = None, copy
        day.save()
        for stop in stops:
            stop.pk, stop.day = None, day
        RouteStop.objects.bulk_create(stops)
    log_action(by, "route.copied", copy, copied_from=route.slug)
    return copy


@transaction.atomic
def delete_route(route: Route, *, by) -> None:
    """Delete a route with its days and stops (the pages only offer it for drafts)."""
    log_action(by, "route.deleted", route, slug=route.slug)
    route.delete()


@transaction.atomic
def add_day(
    route: Route,
    *,
    by,
    starts_at: dt.time,
    ends_at: dt.time,
    start_place=None,
    end_place=None,
    **fields: Any,
) -> RouteDay:
    """The next day of the route; it starts where the day before ended unless told."""
    if starts_at >= ends_at:
        raise RouteError("day_times")
    last = route.days.order_by("-number").first()
    if start_place is None and last is not None:
        start_place = last.end_place  # the homestay where they slept
    day = RouteDay.objects.create(
        route=route,
        number=(last.number + 1) if last else 1,
        starts_at=starts_at,
        ends_at=ends_at,
        start_place=start_place,
        end_place=end_place,
        **fields,
    )
    refresh_route(route)
    log_action(by, "route.day_added", route, day=day.number)
    return day


@transaction.atomic
def update_day(day: RouteDay, *, by, **fields: Any) -> RouteDay:
    """Change a day's times, places or title."""
    for name, value in fields.items():
        setattr(day, name, value)
    if day.starts_at >= day.ends_at:
        raise RouteError("day_times")
    day.save()
    refresh_route(day.route)
    log_action(by, "route.day_changed", day.route, day=day.number, changed=sorted(fields))
    return day


@transaction.atomic
def remove_day(day: RouteDay, *, by) -> None:
    """Remove a day and its stops; the later days move up one number."""
    route, number = day.route, day.number
    day.delete()
    # Ascending, so that each number is free before the next day takes it.
    for later in route.days.filter(number__gt=number).order_by("number"):
        RouteDay.objects.filter(pk=later.pk).update(number=later.number - 1)
    refresh_route(route)
    log_action(by, "route.day_removed", route, day=number)


def _check_stop(place, offering) -> None:
    if place is None and (offering is None or offering.place_id is None):
        raise RouteError("no_place")


@transaction.atomic
def add_stop(day: RouteDay, *, by, place=None, offering=None, **fields: Any) -> RouteStop:
    """Append a stop (a place, an offering, or an offering at another place) to `day`."""
    _check_stop(place, offering)
    last = day.stops.aggregate(last=Max("position"))["last"] or 0
    stop = RouteStop.objects.create(
        day=day, position=last + 1, place=place, offering=offering, **fields
    )
    refresh_route(day.route)
    log_action(by, "route.stop_added", day.route, day=day.number, stop=stop.name)
    return stop


@transaction.atomic
def update_stop(stop: RouteStop, *, by, **fields: Any) -> RouteStop:
    """Change a stop; given another `day` of the same route, it moves there, last."""
    old_day = stop.day
    new_day = fields.pop("day", old_day)
    if new_day.route_id != old_day.route_id:
        raise ValueError("a stop moves only between days of its own route")
    for name, value in fields.items():
        setattr(stop, name, value)
    _check_stop(stop.place, stop.offering)
    if new_day.pk != old_day.pk:
        stop.day = new_day
        stop.position = (new_day.stops.aggregate(last=Max("position"))["last"] or 0) + 1
        fields["day"] = new_day.number
    stop.save()
    if new_day.pk != old_day.pk:
        _renumber_stops(old_day)
    refresh_route(stop.day.route)
    log_action(by, "route.stop_changed", stop.day.route, day=old_day.number, changed=sorted(fields))
    return stop


@transaction.atomic
def remove_stop(stop: RouteStop, *, by) -> None:
    """Remove a stop; the later stops of its day move up."""
    day = stop.day
    name = stop.name
    stop.delete()
    _renumber_stops(day)
    refresh_route(day.route)
    log_action(by, "route.stop_removed", day.route, day=day.number, stop=name)


@transaction.atomic
def move_stop(stop: RouteStop, offset: int, *, by) -> None:
    """Move a stop up (-1) or down (+1) within its day; at either end nothing moves."""
    day = stop.day
    stops = list(day.stops.order_by("position", "id"))
    index = next(i for i, s in enumerate(stops) if s.pk == stop.pk)
    target = index + offset
    if not 0 <= target < len(stops):
        return
    stops[index], stops[target] = stops[target], stops[index]
    for position, each in enumerate(stops, start=1):
        if each.position != position:
            RouteStop.objects.filter(pk=each.pk).update(position=position)
    log_action(by, "route.stop_moved", day.route, day=day.number, stop=stop.name, offset=offset)


# --- Booking a route as one package ---------------------------------------------------

# How far from the stop's time a departure may be and still be "the one on the route".
NEAR = dt.timedelta(hours=2)


@dataclass(frozen=True)
class Party:
    adults: int
    children: int = 0

    @property
    def guests(self) -> int:
        return self.adults + self.children


@dataclass(frozen=True)
class PackageLine:
    """One offering of the route on one day, with the slot the booking would hold."""

    day: int
    date: dt.date
    stop: StopTimeline
    kind: str
    slot: Slot | None  # None: the offering has no departure near the route's time that day
    request: ItemRequest | None
    units: int  # the places (rooms for a homestay) the party takes


@dataclass(frozen=True)
class PackageCheck:
    """Whether one line of the package can be held; `code` is a BookingError code or ""."""

    line: PackageLine
    remaining: int | None
    code: str
    message: str
    price: Money | None = None  # by the tiers the hold will charge; None without a price

    @property
    def ok(self) -> bool:
        return not self.code


def package_totals(checks: Iterable[PackageCheck]) -> list[Money]:
    """What the package costs, one sum per currency (a cross-border route has two)."""
    totals: dict[str, Money] = {}
    for check in checks:
        if check.price is not None:
            currency = check.price.currency
            totals[currency] = totals.get(currency, Money.zero(currency)) + check.price
    return list(totals.values())


def _named(err: BookingError, offering_title: str, date: dt.date) -> BookingError:
    """The booking error, its message saying which offering on which day."""
    err.message = format_lazy(
        "{offering} ({date}): {reason}",
        offering=offering_title,
        date=date_format(date, "D j M"),
        reason=err.message,
    )
    return err


def _slot_for(stop: StopTimeline, kind: str, date: dt.date) -> Slot | None:
    """The offering's slot for this stop: that night's for a homestay, else the nearest."""
    slots = list(
        Slot.objects.filter(offering_id=stop.offering_id, starts_at__date=date)
        .select_related("offering")
        .order_by("starts_at")
    )
    if not slots:
        return None
    target = timezone.make_aware(dt.datetime.combine(date, stop.arrive))
    # An open slot before a closed one, then the nearest in time.
    best = min(slots, key=lambda s: (s.is_closed, abs(s.starts_at - target)))
    # A homestay night is that night's slot, a day ticket (opening hours) that day's one;
    # a departure must be near the time the route reaches it.
    anytime = kind == OfferingKind.HOMESTAY or (
        best.offering.availability_type == AvailabilityType.OPENING_HOURS
    )
    if not anytime and abs(best.starts_at - target) > NEAR:
        return None
    return best


def _package(route: Route, first_day: dt.date, party: Party) -> list[PackageLine]:
    """Every bookable offering of the route with its slot, or None where there is none.

    Products are bought on the spot and stay out of the package.
    """
    kinds = dict(
        RouteStop.objects.filter(day__route=route, offering__isnull=False).values_list(
            "offering_id", "offering__kind"
        )
    )
    lines = []
    for day in route_timeline(route, on=first_day):
        for stop in day.stops:
            kind = kinds.get(stop.offering_id)
            if kind is None or kind == OfferingKind.PRODUCT:
                continue
            slot = _slot_for(stop, kind, day.date)
            request, units = None, party.guests
            if slot is not None:
                request = ItemRequest(slot_id=slot.pk, adults=party.adults, children=party.children)
                if kind == OfferingKind.HOMESTAY:
                    request.quantity = units = max(
                        math.ceil(party.guests / (slot.offering.capacity or 1)), 1
                    )
            lines.append(PackageLine(day.number, day.date, stop, kind, slot, request, units))
    return lines


def package_lines(route: Route, first_day: dt.date, party: Party) -> list[PackageLine]:
    """What booking the route on `first_day` would hold, or a BookingError for what is missing."""
    lines = _package(route, first_day, party)
    for line in lines:
        if line.slot is None:
            raise _named(
                refuse(
                    "slot_not_found", offering=line.stop.offering_id, date=line.date.isoformat()
                ),
                line.stop.name,
                line.date,
            )
    return lines


def check_package(route: Route, first_day: dt.date, party: Party) -> list[PackageCheck]:
    """Whether each offering has a slot on its day with room for the party; holds nothing.

    The booking itself recounts under its locks: this is what the tourist sees before.
    """
    now = timezone.now()
    checks = []
    for line in _package(route, first_day, party):
        slot = line.slot
        remaining = None if slot is None else remaining_in(slot, now)
        if slot is None:
            code = "slot_not_found"
        elif slot.starts_at <= now:
            code = "slot_in_past"
        elif slot.is_closed:
            code = "slot_closed"
        elif remaining < line.units:
            code = "sold_out"
        else:
            code = ""
        price = None
        if slot is not None:
            try:
                price = price_of(slot.offering, line.request)
            except BookingError:
                price = None  # no price yet: the hold will say so
        checks.append(
            PackageCheck(line, remaining, code, str(BOOKING_MESSAGES[code]) if code else "", price)
        )
    return checks


def book_route(
    route: Route,
    first_day: dt.date,
    party: Party,
    contact: Contact,
    *,
    created_by=None,
    channel: str = "web",
) -> list[Booking]:
    """Hold every offering of the route for the party, starting on `first_day`.

    One booking per community (a cross-border route has two), all in one transaction:
    either every part is held or nothing is. The booking rules (capacity, holds,
    seasons, shared guides) are the ones of `hold_places`, called once per community.
    """
    if party.adults < 0 or party.children < 0 or party.guests < 1:
        raise refuse("invalid_guests")
    # Choosing the slots reads the timeline (maybe asking OSRM): before the transaction,
    # so that no write lock waits on the network. hold_places recounts under its locks.
    lines = package_lines(route, first_day, party)
    if not lines:
        raise refuse("no_items")
    with transaction.atomic():
        by_community: dict[int, list[PackageLine]] = {}
        for line in lines:
            by_community.setdefault(line.slot.offering.community_id, []).append(line)
        # Each part keeps its locks until the whole package commits, so every package
        # takes them community by community in id order: two cross-border routes booked
        # at once (Tha Li's and Bo Tan's) then never wait on each other in a circle.
        order = sorted(by_community)
        note = gettext("Booked as the route “%(route)s”.") % {"route": route.title}
        part_contact = Contact(
            name=contact.name,
            email=contact.email,
            phone=contact.phone,
            language=contact.language,
            dietary_needs=contact.dietary_needs,
            notes=f"{note}\n{contact.notes}".strip(),
        )
        bookings = []
        for community_id in order:
            part = by_community[community_id]
            try:
                bookings.append(
                    hold_places(
                        [line.request for line in part],
                        part_contact,
                        channel=channel,
                        created_by=created_by,
                    )
                )
            except BookingError as err:
                raise _explain(err, part) from None
        # The route's own community first: its booking is the one the tourist sees first.
        bookings.sort(key=lambda b: b.community_id != route.community_id)
        log_action(
            created_by,
            "route.booked",
            route,
            first_day=first_day.isoformat(),
            bookings=[b.reference for b in bookings],
        )
    return bookings


def _explain(err: BookingError, part: Iterable[PackageLine]) -> BookingError:
    """Name the offering a refusal is about, when the refusal says which slot."""
    slot_id = err.details.get("slot")
    for line in part:
        if line.slot.pk == slot_id:
            return _named(err, line.stop.name, line.date)
    return err


def _user(by):
    return by if getattr(by, "is_authenticated", False) else None
