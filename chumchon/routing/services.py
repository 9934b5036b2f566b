"""Trip plans: from the form or the API's inputs to a saved plan, and from a plan to bookings.

The planning itself is `chumchon.routing.planner` (no Django); this module gathers the
candidate stops from the places and offerings, prices them for the party in the trip's
currency, and stores and books the result.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone

from chumchon.bookings.availability import slots_between
from chumchon.bookings.errors import refuse
from chumchon.bookings.models import Booking, Slot
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.catalog.models import AvailabilityType, Offering, OfferingKind
from chumchon.catalog.pricing import NoPrice, Tiers, quote
from chumchon.communities.models import Community
from chumchon.communities.services import convert, current_rates
from chumchon.core.audit import log_action
from chumchon.money import Money
from chumchon.places.models import Place, PlaceCategory
from chumchon.routing import planner, travel
from chumchon.routing.models import TripPlan
from chumchon.routing.planner import PlanError

# What each kind of place offers to which interest: the one table the planner scores by.
INTERESTS_BY_CATEGORY: dict[str, frozenset[str]] = {
    PlaceCategory.TEMPLE: frozenset({"temples", "culture"}),
    PlaceCategory.VIEWPOINT: frozenset({"views", "nature"}),
    PlaceCategory.WATERFALL: frozenset({"nature"}),
    PlaceCategory.RIVER: frozenset({"river", "nature"}),
    PlaceCategory.MARKET: frozenset({"markets", "food", "culture"}),
    PlaceCategory.WORKSHOP: frozenset({"craft", "culture"}),
    PlaceCategory.FARM: frozenset({"food", "nature"}),
    PlaceCategory.MUSEUM: frozenset({"culture"}),
    PlaceCategory.NATURE: frozenset({"nature"}),
    PlaceCategory.LANDMARK: frozenset({"culture"}),
    PlaceCategory.RESTAURANT: frozenset({"food"}),
}
# An activity's interests: its place's, plus these words of its English title (a trek that
# meets at the village hall is still about nature).
INTERESTS_BY_TITLE_WORD: dict[str, str] = {
    "waterfall": "nature",
    "trek": "nature",
    "hike": "nature",
    "forest": "nature",
    "sunrise": "views",
    "viewpoint": "views",
    "river": "river",
    "rapids": "river",
    "weav": "craft",
    "craft": "craft",
    "cooking": "food",
    "market": "markets",
    "temple": "temples",
    "stupa": "temples",
    "phra that": "temples",
    "legend": "culture",
    "story": "culture",
}
# An offering's interests by its kind, on top of its place's and its title's.
INTERESTS_BY_KIND: dict[str, frozenset[str]] = {
    OfferingKind.MEAL: frozenset({"food"}),
    OfferingKind.ACTIVITY: frozenset(),
    OfferingKind.HOMESTAY: frozenset(),
}
# Places that are not sights: where people meet, sleep or change buses.
NOT_STOPS = {PlaceCategory.HOMESTAY, PlaceCategory.MEETING_POINT, PlaceCategory.TRANSPORT}
KINDS = {
    OfferingKind.ACTIVITY: planner.ACTIVITY,
    OfferingKind.MEAL: planner.MEAL,
    OfferingKind.HOMESTAY: planner.HOMESTAY,
}
MODES = (travel.CAR, travel.BICYCLE, travel.WALK)
CURRENCIES = ("THB", "LAK", "USD")
MAX_PARTY = 20
# The planner's share of a request's two seconds; gathering the stops takes the rest.
PLAN_SECONDS = 1.7
# Searches stop after this many iterations if the time limit has not stopped them first:
# on a machine not too loaded, the same inputs and seed then give the same plan.
PLAN_ITERATIONS = 1500


def travel_matrix_for(points: Sequence[travel.Point], mode: str) -> list[list[travel.Leg]]:
    """Legs between the points by `mode`: the planner's one source of travel times
    (OSRM when configured, else estimated; see routes.travel_matrix)."""
    from chumchon.routes.travel_matrix import matrix_for_points

    return matrix_for_points(points, mode)


# ----- inputs ----------------------------------------------------------------------------


def _date(value, code: str = "invalid_date") -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise PlanError(code, value=str(value)) from None


def _time(value, day: int) -> dt.time:
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        raise PlanError("invalid_time", day=day, value=str(value)) from None


def _community(slug, field: str) -> Community:
    community = Community.objects.filter(slug=str(slug or ""), is_published=True).first()
    if community is None:
        raise PlanError("unknown_community", field=field, value=str(slug or ""))
    return community


def location_of(community: Community) -> planner.Location:
    """Where a trip starts or ends in a community: its meeting point, else its centre."""
    meeting = (
        community.places.filter(category=PlaceCategory.MEETING_POINT, is_published=True)
        .order_by("id")
        .first()
    )
    where = meeting or community
    return planner.Location(
        community.name, float(where.latitude), float(where.longitude), community.country_id
    )


def read_inputs(data: dict) -> dict:
    """Check the plain inputs (form or API) and return them normalised; PlanError if bad."""
    if not isinstance(data, dict):
        raise PlanError("invalid_inputs")
    days = data.get("days")
    if not isinstance(days, list) or not days:
        raise PlanError("no_days")
    if len(days) > planner.MAX_DAYS:
        raise PlanError("too_many_days", max=planner.MAX_DAYS)
    first = _date(data.get("start_date"))
    if first < timezone.localdate():
        raise PlanError("date_in_past", value=first.isoformat())
    clean_days = []
    for number, day in enumerate(days, start=1):
        if not isinstance(day, dict):
            raise PlanError("invalid_time", day=number, value=str(day))
        start, end = (
            _time(day.get("start", "08:00"), number),
            _time(day.get("end", "17:00"), number),
        )
        if end <= start:
            raise PlanError("end_before_start", day=number)
        clean_days.append({"start": start.strftime("%H:%M"), "end": end.strftime("%H:%M")})
    start_community = _community(data.get("start_community", "tha-li"), "start_community")
    end_community = _community(data.get("end_community") or start_community.slug, "end_community")
    pace = data.get("pace") or "normal"
    if pace not in planner.PACES:
        raise PlanError("unknown_pace", pace=str(pace))
    mode = data.get("mode") or travel.CAR
    if mode not in MODES:
        raise PlanError("unknown_mode", mode=str(mode))
    raw = data.get("interests") or {}
    if isinstance(raw, list):
        raw = {name: 1 for name in raw}
    if not isinstance(raw, dict):
        raise PlanError("unknown_interest", interest=str(raw))
    interests = {}
    for name, weight in raw.items():
        if name not in planner.INTERESTS:
            raise PlanError("unknown_interest", interest=str(name))
        if not isinstance(weight, int) or isinstance(weight, bool) or not 0 <= weight <= 3:
            raise PlanError("invalid_weight", interest=str(name))
        interests[name] = weight
    party = data.get("party", 2)
    if not isinstance(party, int) or isinstance(party, bool) or not 1 <= party <= MAX_PARTY:
        raise PlanError("invalid_party", max=MAX_PARTY)
    currency = data.get("currency") or start_community.currency_id
    if currency not in CURRENCIES:
        raise PlanError("unknown_currency", currency=str(currency))
    budget = data.get("budget")
    if budget not in (None, ""):
        try:
            amount = Decimal(str(budget))
        except InvalidOperation:
            raise PlanError("invalid_budget") from None
        if not amount.is_finite() or amount < 0:
            raise PlanError("invalid_budget")
        budget = str(Money.rounded(amount, currency).amount)
    else:
        budget = None
    must_see = data.get("must_see") or []
    if not isinstance(must_see, list) or not all(isinstance(m, str) for m in must_see):
        raise PlanError("unknown_must_see", stop=str(must_see))
    seed = data.get("seed", 0)
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        seed = 0
    return {
        "start_date": first.isoformat(),
        "days": clean_days,
        "start_community": start_community.slug,
        "end_community": end_community.slug,
        "pace": pace,
        "mode": mode,
        "interests": interests,
        "must_see": list(dict.fromkeys(must_see)),
        "party": party,
        "currency": currency,
        "budget": budget,
        "seed": seed,
    }


# ----- candidate stops -------------------------------------------------------------------


def stop_id(obj) -> str:
    kind = "place" if isinstance(obj, Place) else "offering"
    return f"{kind}:{obj.community.slug}/{obj.slug}"


def _dates(first: dt.date, count: int) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range(count)]


def _in_currency(money: Money | None, currency: str, rates) -> Money | None:
    if money is None:
        return None
    converted = convert(money, currency, rates=rates)
    if converted is None:
        raise PlanError("no_rate", currency=currency, other=money.currency)
    return converted


def candidate_stops(
    dates: list[dt.date], party: int, currency: str, communities=None
) -> list[planner.Stop]:
    """Every published place and bookable offering as a planner stop for these dates,
    priced for the party in `currency` (at the stored rates)."""
    rates = current_rates()
    communities = communities or Community.objects.filter(is_published=True)
    places = (
        Place.objects.filter(community__in=communities, is_published=True)
        .exclude(category__in=NOT_STOPS)
        .select_related("community")
        .prefetch_related("opening_hours", "opening_exceptions")
    )
    stops = []
    for place in places:
        kind = {
            PlaceCategory.BORDER: planner.BORDER,
            PlaceCategory.RESTAURANT: planner.MEAL,
        }.get(place.category, planner.PLACE)
        hours = {d: place.hours_on(d) for d in dates}
        stops.append(
            planner.Stop(
                id=stop_id(place),
                name=place.name,
                lat=float(place.latitude),
                lng=float(place.longitude),
                kind=kind,
                side=place.community.country_id,
                interests=INTERESTS_BY_CATEGORY.get(place.category, frozenset()),
                visit_minutes=place.visit_minutes,
                hours=hours,
                closed={d: "closed" for d in dates if not hours[d]},
                group=stop_id(place),
                community=place.community.slug,
            )
        )
    offerings = (
        Offering.objects.filter(community__in=communities, is_published=True, kind__in=list(KINDS))
        .select_related("community", "place")
        .prefetch_related(Prefetch("price_tiers"))
    )
    for offering in offerings:
        stop = _offering_stop(offering, dates, party, currency, rates)
        if stop is not None:
            stops.append(stop)
    homestays = [o for o in offerings if o.kind == OfferingKind.HOMESTAY]
    stops += _shared_nights(homestays, dates, party, currency, rates)
    return stops


def _shared_nights(homestays, dates, party, currency, rates) -> list[planner.Stop]:
    """Nights for a party that no homestay of a community can take alone: the cheapest
    rooms first (per guest), across the community's homestays, one stop per mix."""
    rooms: dict[int, dict[dt.date, tuple[int, dt.time]]] = {}
    each: dict[int, Money] = {}
    for offering in homestays:
        if not offering.is_published:
            continue
        try:
            each[offering.id] = quote(Tiers.of(offering), adults=1)
        except NoPrice:
            continue
        free: dict[dt.date, tuple[int, dt.time]] = {}
        for available in slots_between(offering, dates[0], dates[-1]):
            start = timezone.localtime(available.slot.starts_at)
            if available.bookable and offering.in_season(start.month):
                free.setdefault(start.date(), (available.remaining, start.time()))
        rooms[offering.id] = free
    mixes: dict[tuple, dict] = {}
    for community in {o.community for o in homestays}:
        own = sorted(
            (o for o in homestays if o.community == community and o.id in each),
            key=lambda o: (each[o.id].amount, o.id),
        )
        for date in dates:
            if any(rooms[o.id].get(date, (0,))[0] * o.capacity >= party for o in own):
                continue  # one homestay takes the whole party: no need to share
            left, parts, check_in = party, [], dt.time(0, 0)
            for offering in own:
                if left <= 0:
                    break
                free, at = rooms[offering.id].get(date, (0, None))
                if not free:
                    continue
                taken = min(free, math.ceil(left / max(offering.capacity, 1)))
                guests = min(left, taken * offering.capacity)
                parts.append((offering, guests, taken))
                left -= guests
                check_in = max(check_in, at)
            if left > 0 or len(parts) < 2:
                continue
            key = tuple((o.id, g, r) for o, g, r in parts)
            mix = mixes.setdefault(key, {"parts": parts, "starts": {}})
            mix["starts"][date] = [check_in]
    stops = []
    for mix in mixes.values():
        parts = mix["parts"]
        first = parts[0][0]
        local = sum(
            (quote(Tiers.of(o), adults=g) for o, g, _r in parts),
            Money.zero(first.community.currency_id),
        )
        where = first.place or first.community
        stops.append(
            planner.Stop(
                id="lodging:"
                + first.community.slug
                + "/"
                + "+".join(o.slug for o, _g, _r in parts),
                name=" + ".join(o.title for o, _g, _r in parts),
                lat=float(where.latitude),
                lng=float(where.longitude),
                kind=planner.HOMESTAY,
                side=first.community.country_id,
                visit_minutes=0,
                fixed_duration=True,
                starts=mix["starts"],
                price=_in_currency(local, currency, rates),
                price_local=local,
                community=first.community.slug,
                bookable=True,
                parts=tuple((stop_id(o), g, r) for o, g, r in parts),
            )
        )
    return stops


def _offering_stop(offering, dates, party, currency, rates) -> planner.Stop | None:
    community = offering.community
    # Why it can never be in this plan, whatever the date (a must-see still gets a reason).
    never = ""
    try:
        local = quote(Tiers.of(offering), adults=party)
    except NoPrice:
        local, never = None, "no_price"
    if offering.kind == OfferingKind.HOMESTAY:
        needed = math.ceil(party / max(offering.capacity, 1))
    else:
        needed = party
        if party > offering.capacity:
            never = never or "party_too_large"
        elif party < offering.min_guests:
            never = never or "needs_more_guests"
    starts: dict[dt.date, list[dt.time]] = defaultdict(list)
    closed: dict[dt.date, str] = {d: never for d in dates} if never else {}
    for available in slots_between(offering, dates[0], dates[-1]):
        local_start = timezone.localtime(available.slot.starts_at)
        if available.closed:
            closed.setdefault(local_start.date(), "closed")
        elif available.remaining < needed:
            closed.setdefault(local_start.date(), "sold_out")
        else:
            starts[local_start.date()].append(local_start.time().replace(second=0, microsecond=0))
    for date in dates:
        if never:
            continue
        if not offering.in_season(date.month):
            closed[date] = "out_of_season"
        elif starts.get(date):
            closed.pop(date, None)
        else:
            closed.setdefault(date, "no_departure")
    place = offering.place
    where = place or community
    hours = None
    if offering.availability_type == AvailabilityType.OPENING_HOURS and place is not None:
        # A day ticket: any time while the place is open on a day with a bookable slot.
        hours = {d: place.hours_on(d) for d in starts}
    interests = set(INTERESTS_BY_CATEGORY.get(place.category, ())) if place else set()
    title = (offering.title_en or offering.title).lower()
    interests |= {interest for word, interest in INTERESTS_BY_TITLE_WORD.items() if word in title}
    interests |= INTERESTS_BY_KIND[offering.kind]
    usual = {OfferingKind.MEAL: 90, OfferingKind.HOMESTAY: 0}.get(offering.kind, 120)
    at_place = place is not None and place.category not in NOT_STOPS
    return planner.Stop(
        id=stop_id(offering),
        name=offering.title,
        lat=float(where.latitude),
        lng=float(where.longitude),
        kind=KINDS[offering.kind],
        side=community.country_id,
        interests=frozenset(interests),
        visit_minutes=offering.duration_minutes or usual,
        fixed_duration=True,
        hours=hours or {},
        starts=None if hours is not None else {d: sorted(t) for d, t in starts.items()},
        closed=closed,
        price=_in_currency(local, currency, rates) if local is not None else None,
        price_local=local,
        # A class at a workshop stands in for a visit to the workshop.
        group=stop_id(place) if at_place and offering.kind == OfferingKind.ACTIVITY else "",
        community=community.slug,
        bookable=True,
    )


def names_now(trip: TripPlan) -> dict[str, str]:
    """The plan's stops by id with their names in the active language (the plan keeps the
    names of the language it was made in; a shared link may be read in another)."""
    wanted: dict[str, set[tuple[str, str]]] = {"place": set(), "offering": set()}
    ids = [
        stop["stop"]
        for day in trip.result["days"]
        for stop in [*day["stops"], *([day["night"]] if day["night"] else [])]
    ] + [missing["stop"] for missing in trip.result["missing"]]
    lodgings = [i for i in ids if i.startswith("lodging:")]
    for lodging in lodgings:
        community, slugs = lodging.split(":", 1)[1].split("/", 1)
        ids += [f"offering:{community}/{slug}" for slug in slugs.split("+")]
    for kind, rest in (i.split(":", 1) for i in ids if not i.startswith("lodging:")):
        wanted[kind].add(tuple(rest.split("/", 1)))
    names = {}
    for model, kind, field in ((Place, "place", "name"), (Offering, "offering", "title")):
        keys = wanted[kind]
        if not keys:
            continue
        rows = model.objects.filter(
            community__slug__in={c for c, _ in keys}, slug__in={s for _, s in keys}
        ).select_related("community")
        for row in rows:
            if (row.community.slug, row.slug) in keys:
                names[stop_id(row)] = getattr(row, field)
    for lodging in lodgings:
        community, slugs = lodging.split(":", 1)[1].split("/", 1)
        parts = [names.get(f"offering:{community}/{slug}") for slug in slugs.split("+")]
        if all(parts):
            names[lodging] = " + ".join(parts)
    return names


# ----- planning --------------------------------------------------------------------------


def trip_request(inputs: dict) -> tuple[planner.TripRequest, str]:
    """The planner's request for normalised inputs, and the travel mode."""
    first = dt.date.fromisoformat(inputs["start_date"])
    dates = _dates(first, len(inputs["days"]))
    begin = location_of(Community.objects.get(slug=inputs["start_community"]))
    finish = location_of(Community.objects.get(slug=inputs["end_community"]))
    days = tuple(
        planner.Day(
            date,
            dt.time.fromisoformat(day["start"]),
            dt.time.fromisoformat(day["end"]),
            begin if i == 0 else None,
            finish if i == len(dates) - 1 else None,
        )
        for i, (date, day) in enumerate(zip(dates, inputs["days"], strict=True))
    )
    currency = inputs["currency"]
    stops = candidate_stops(dates, inputs["party"], currency)
    budget = inputs["budget"]
    request = planner.TripRequest(
        days=days,
        stops=tuple(stops),
        currency=currency,
        budget=Money(Decimal(budget), currency) if budget is not None else None,
        party=inputs["party"],
        pace=inputs["pace"],
        interests=inputs["interests"],
        must_see=tuple(inputs["must_see"]),
    )
    return request, inputs["mode"]


def make_plan(
    data: dict, *, language: str, owner=None, time_limit: float = PLAN_SECONDS
) -> TripPlan:
    """Plan a trip from plain inputs and save it under a new share token.

    Raises PlanError (nothing saved) for inputs that cannot be planned."""
    inputs = read_inputs(data)
    request, mode = trip_request(inputs)
    plan = planner.plan_trip(
        request,
        lambda points: travel_matrix_for(points, mode),
        time_limit=time_limit,
        seed=inputs["seed"],
        iterations=PLAN_ITERATIONS,
    )
    result = plan.to_json()
    with transaction.atomic():
        trip = TripPlan.objects.create(
            inputs=inputs,
            result=result,
            language=language,
            owner=owner if owner is not None and owner.is_authenticated else None,
        )
        log_action(owner, "plan.created", trip, days=len(inputs["days"]))
    return trip


# ----- booking ---------------------------------------------------------------------------


def bookable_items(trip: TripPlan) -> list[tuple[str, str, dt.datetime]]:
    """(community, offering slug, local start) of every bookable stop and night in the plan;
    a night shared between homestays gives one item per homestay."""
    return [(c, s, at) for c, s, at, _guests, _rooms in _items(trip)]


def _items(trip: TripPlan) -> list[tuple[str, str, dt.datetime, int | None, int | None]]:
    tz = timezone.get_current_timezone()
    items = []
    for day in trip.result["days"]:
        date = dt.date.fromisoformat(day["date"])
        for stop in [*day["stops"], *([day["night"]] if day["night"] else [])]:
            if not stop.get("bookable") or not stop.get("book_at"):
                continue
            at = dt.datetime.combine(date, dt.time.fromisoformat(stop["book_at"]), tzinfo=tz)
            parts = stop.get("parts") or [{"stop": stop["stop"], "guests": None, "rooms": None}]
            for part in parts:
                community, slug = part["stop"].split(":", 1)[1].split("/", 1)
                items.append((community, slug, at, part["guests"], part["rooms"]))
    return items


def book_plan(trip: TripPlan, contact: Contact, *, by=None) -> list[Booking]:
    """Hold every bookable stop and night of the plan: one booking per community, all in
    one transaction, so either everything is held or nothing is (BookingError)."""
    party = trip.inputs["party"]
    per_community: dict[str, list[ItemRequest]] = defaultdict(list)
    for community, slug, at, guests, rooms in _items(trip):
        slots = Slot.objects.select_related("offering").filter(
            offering__community__slug=community, offering__slug=slug
        )
        # A departure at that time, else that day's ticket (an opening-hours offering) or
        # that night's room (a homestay sharing the night with another checks in earlier).
        slot = slots.filter(starts_at=at).first() or (
            slots.filter(starts_at__date=at.date(), starts_at__lte=at)
            .filter(
                Q(offering__availability_type=AvailabilityType.OPENING_HOURS)
                | Q(offering__kind=OfferingKind.HOMESTAY)
            )
            .order_by("-starts_at")
            .first()
        )
        if slot is None:
            raise refuse("slot_not_found", offering=slug)
        offering = slot.offering
        guests = guests or party
        if offering.kind == OfferingKind.HOMESTAY:
            rooms = rooms or math.ceil(guests / max(offering.capacity, 1))
        else:
            rooms = 0
        per_community[community].append(ItemRequest(slot_id=slot.id, adults=guests, quantity=rooms))
    if not per_community:
        raise refuse("no_items")
    with transaction.atomic():
        bookings = [
            hold_places(requests, contact, created_by=by if by and by.is_authenticated else None)
            for _community, requests in sorted(per_community.items())
        ]
        trip.bookings.add(*bookings)
        log_action(by, "plan.booked", trip, bookings=[b.reference for b in bookings])
    return bookings
