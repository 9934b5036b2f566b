"""The trip planner: which stops, in which order, on which day (no Django here).

A request gives the days (date, hours, where the trip starts and ends), the pace, the
interests with weights, the must-see stops, the budget and the party; the candidate stops
come with their opening hours or fixed start times per date and their price for the party.
The planner turns that into one TOPTW instance per choice of nights (see `toptw`):

- each day is a tour with its own start and end (the night's homestay in between days)
  and its own hours, on one timeline of minutes since midnight of the first day;
- each stop becomes one point per day and per opening interval, all of a stop's points
  in one group, so it is visited at most once;
- lunch (and dinner on a day that runs past 19:00) is one point per meal provider with a
  meal-time window, in a group per day, scored far above any sightseeing so that it is
  in whenever it can be; must-see stops are scored above everything but meals;
- a day that crosses between the two sides of the border passes the checkpoint as the
  tour's waypoint, within its hours: that side's stops before it, the other's after;
- the budget, less the nights, caps the points' costs.

The answer says why each stop is in and why a missing must-see could not be, as codes with
parameters: the web pages and the API put them into words in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import time as clock
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from chumchon.money import Money
from chumchon.routing.toptw import Instance, TourSpec, solve
from chumchon.routing.toptw.feasibility import schedule_tour
from chumchon.routing.toptw.search import Params
from chumchon.routing.travel import Leg, Point

DAY = 1440  # minutes
PLACE, ACTIVITY, MEAL, HOMESTAY, BORDER = "place", "activity", "meal", "homestay", "border"
INTERESTS = ("nature", "river", "temples", "culture", "craft", "food", "markets", "views")

# How long a visit to a place takes at each pace (per cent of the usual visit) and the rest
# after each stop; a class or a meal takes as long as it takes at any pace.
PACES = {"relaxed": (125, 20), "normal": (100, 10), "packed": (80, 0)}

BREAKFAST = (dt.time(6, 0), dt.time(9, 30))  # optional: homestays serve breakfast
LUNCH = (dt.time(11, 0), dt.time(13, 30))  # a lunch starts in this window
DINNER = (dt.time(18, 0), dt.time(20, 30))
DINNER_AFTER = dt.time(19, 0)  # a day that ends later than this has a dinner
MAX_DAYS = 7
INTEREST_POINTS = 30  # per matched interest and unit of weight
BASE_POINTS = 10  # any open stop is worth a little: it fills a free hour
# An activity led by community members beats looking around on one's own: it is the point of
# community-based tourism, and its price goes to the host households.
HOST_POINTS = 60

TravelMatrix = Callable[[Sequence[Point]], list[list[Leg]]]


class PlanError(ValueError):
    """A request that cannot be planned as given; `code` is stable, `params` fill the text."""

    def __init__(self, code: str, **params) -> None:
        self.code = code
        self.params = params
        super().__init__(code)


@dataclass(frozen=True)
class Location:
    name: str
    lat: float
    lng: float
    side: str  # the country (or community) whose side of the border it is on


@dataclass(frozen=True)
class Stop:
    """A candidate stop. `hours[date]`: open intervals (the visit lies within one);
    `starts[date]`: fixed start times instead (a class, a dinner, a homestay check-in);
    `closed[date]`: why it is not available that date (sold_out, closed, out_of_season).
    `price`: what the whole party pays, in the trip's currency."""

    id: str
    name: str
    lat: float
    lng: float
    kind: str
    side: str
    interests: frozenset[str] = frozenset()
    visit_minutes: int = 60
    fixed_duration: bool = False
    hours: Mapping[dt.date, Sequence[tuple[dt.time, dt.time]]] = field(default_factory=dict)
    starts: Mapping[dt.date, Sequence[dt.time]] | None = None
    closed: Mapping[dt.date, str] = field(default_factory=dict)
    price: Money | None = None
    price_local: Money | None = None
    group: str = ""  # stops sharing a group are alternatives (a place and its class there)
    community: str = ""
    bookable: bool = False
    # A night for a party too big for one homestay: (homestay id, guests, rooms) of each.
    parts: tuple[tuple[str, int, int], ...] = ()

    @property
    def point(self) -> Point:
        return (self.lat, self.lng)


@dataclass(frozen=True)
class Day:
    date: dt.date
    start: dt.time
    end: dt.time
    start_location: Location | None = None  # None: where the night before was
    end_location: Location | None = None  # None: the night's homestay


@dataclass(frozen=True)
class TripRequest:
    days: tuple[Day, ...]
    stops: tuple[Stop, ...]
    currency: str
    budget: Money | None = None
    party: int = 2
    pace: str = "normal"
    interests: Mapping[str, int] = field(default_factory=dict)  # interest -> weight 1..3
    must_see: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"code": self.code, **({"params": dict(self.params)} if self.params else {})}


@dataclass
class Visit:
    stop: Stop
    arrive: dt.datetime
    start: dt.datetime
    leave: dt.datetime
    travel: Leg  # the leg that leads here
    reasons: list[Reason]
    meal: str = ""
    book_at: dt.time | None = None  # the departure (slot) it books, for a bookable stop


@dataclass
class DayPlan:
    day: Day
    start_location: Location
    end_location: Location
    visits: list[Visit]
    back: dt.datetime  # when the day ends at its end location
    last_leg: Leg
    night: Visit | None = None
    crossing: bool = False


@dataclass
class Plan:
    days: list[DayPlan]
    score: int
    cost: Money
    missing: list[tuple[Stop, list[Reason]]]
    warnings: list[Reason]
    seconds: float
    iterations: int
    seed: int

    def to_json(self) -> dict:
        """The plan as plain JSON: what is stored, shown and sent by the API."""

        def money(value: Money | None) -> dict | None:
            return (
                None if value is None else {"amount": str(value.amount), "currency": value.currency}
            )

        def visit(v: Visit) -> dict:
            s = v.stop
            return {
                "stop": s.id,
                "name": s.name,
                "kind": s.kind,
                "community": s.community,
                "lat": s.lat,
                "lng": s.lng,
                "arrive": v.arrive.strftime("%H:%M"),
                "start": v.start.strftime("%H:%M"),
                "leave": v.leave.strftime("%H:%M"),
                "travel_minutes": v.travel.minutes,
                "travel_metres": v.travel.metres,
                "meal": v.meal,
                "bookable": s.bookable,
                "book_at": v.book_at.strftime("%H:%M") if v.book_at else None,
                "parts": [{"stop": i, "guests": g, "rooms": r} for i, g, r in s.parts],
                "price": money(s.price),
                "price_local": money(s.price_local),
                "reasons": [r.to_json() for r in v.reasons],
            }

        def place(loc: Location) -> dict:
            return {"name": loc.name, "lat": loc.lat, "lng": loc.lng, "side": loc.side}

        return {
            "score": self.score,
            "cost": money(self.cost),
            "days": [
                {
                    "date": d.day.date.isoformat(),
                    "start": d.day.start.strftime("%H:%M"),
                    "end": d.day.end.strftime("%H:%M"),
                    "from": place(d.start_location),
                    "to": place(d.end_location),
                    "crossing": d.crossing,
                    "stops": [visit(v) for v in d.visits],
                    "back": d.back.strftime("%H:%M"),
                    "back_minutes": d.last_leg.minutes,
                    "back_metres": d.last_leg.metres,
                    "night": visit(d.night) if d.night else None,
                }
                for d in self.days
            ],
            "missing": [
                {"stop": s.id, "name": s.name, "reasons": [r.to_json() for r in reasons]}
                for s, reasons in self.missing
            ],
            "warnings": [w.to_json() for w in self.warnings],
            "seconds": round(self.seconds, 3),
            "iterations": self.iterations,
            "seed": self.seed,
        }


# ----- checking the request --------------------------------------------------------------


def validate(request: TripRequest) -> None:
    """Refuse what cannot be planned, with a stable code (PlanError)."""
    days = request.days
    if not days:
        raise PlanError("no_days")
    if len(days) > MAX_DAYS:
        raise PlanError("too_many_days", max=MAX_DAYS)
    for number, day in enumerate(days, start=1):
        if day.end <= day.start:
            raise PlanError("end_before_start", day=number)
        if number > 1 and day.date != days[number - 2].date + dt.timedelta(days=1):
            raise PlanError("days_not_consecutive", day=number)
    if days[0].start_location is None:
        raise PlanError("no_start_location")
    if days[-1].end_location is None:
        raise PlanError("no_end_location")
    if request.pace not in PACES:
        raise PlanError("unknown_pace", pace=request.pace)
    unknown = sorted(set(request.interests) - set(INTERESTS))
    if unknown:
        raise PlanError("unknown_interest", interest=unknown[0])
    if request.party < 1:
        raise PlanError("no_party")
    known = {s.id for s in request.stops}
    for stop_id in request.must_see:
        if stop_id not in known:
            raise PlanError("unknown_must_see", stop=stop_id)
    if request.budget is not None:
        if request.budget.currency != request.currency:
            raise PlanError("budget_currency", currency=request.currency)
        if request.budget.amount < 0:
            raise PlanError("negative_budget")


# ----- building the TOPTW instance -------------------------------------------------------


def minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


@dataclass
class Node:
    point: int  # index into the travel matrix
    stop: Stop | None  # None for a day's start or end
    day: int
    opens: int
    closes: int
    service: int  # the visit plus the rest after it
    visit: int
    score: int
    group: str
    cost: int
    phase: int = -1
    meal: str = ""
    location: Location | None = None


@dataclass
class Nights:
    """One way to spend the nights: a homestay per night, the sides of the days."""

    homestays: tuple[Stop, ...]
    sides: tuple[tuple[str, str], ...]  # per day: (side it starts on, side it ends on)


class Builder:
    """Turns a request into TOPTW instances, one per night plan, and knows every score.

    Scores are whole numbers so that the solver's own check adds them up exactly:
    interest points for sightseeing, above them the must-sees (worth more than all
    sightseeing together), above those the meals at meal time."""

    def __init__(self, request: TripRequest, travel: TravelMatrix) -> None:
        self.request = request
        self.pct, self.rest = PACES[request.pace]
        self.stops = {s.id: s for s in request.stops}
        self.must = set(request.must_see)
        locations = [d.start_location for d in request.days if d.start_location] + [
            d.end_location for d in request.days if d.end_location
        ]
        self.points: list[Point] = [s.point for s in request.stops] + [
            (loc.lat, loc.lng) for loc in locations
        ]
        self.index = {s.id: i for i, s in enumerate(request.stops)}
        self.loc_index = {loc: len(request.stops) + i for i, loc in enumerate(locations)}
        self.legs = travel(self.points)
        self.base = dt.datetime.combine(request.days[0].date, dt.time())
        self.border = [s for s in request.stops if s.kind == BORDER]
        regular = [self.interest_score(s) for s in request.stops if s.kind in (PLACE, ACTIVITY)]
        self.regular_total = sum(regular) + 1
        self.typical = (sum(regular) / len(regular)) if regular else float(BASE_POINTS)
        self.must_points = self.regular_total
        self.meal_points = (len(self.must) + 1) * self.must_points

    # Scores --------------------------------------------------------------------------

    def matched(self, stop: Stop) -> list[str]:
        return sorted(i for i in stop.interests if self.request.interests.get(i, 0) > 0)

    def interest_score(self, stop: Stop) -> int:
        hosted = HOST_POINTS if stop.kind == ACTIVITY and stop.bookable else 0
        return (
            BASE_POINTS
            + hosted
            + sum(INTEREST_POINTS * self.request.interests[i] for i in self.matched(stop))
        )

    def duration(self, stop: Stop) -> int:
        if stop.fixed_duration or stop.kind in (MEAL, BORDER):
            return stop.visit_minutes
        return max(5, math.ceil(stop.visit_minutes * self.pct / 100))

    def windows(self, stop: Stop, date: dt.date, visit: int) -> list[tuple[int, int]]:
        """Start windows on `date` in minutes of that day: the visit must fit the hours."""
        if date in stop.closed:
            return []
        if stop.starts is not None:
            return [(minutes(t), minutes(t)) for t in stop.starts.get(date, ())]
        result = []
        for opens, closes in stop.hours.get(date, ()):
            latest = minutes(closes) - visit
            if closes == dt.time(23, 59):
                latest += 1  # open all day: until midnight
            if latest >= minutes(opens):
                result.append((minutes(opens), latest))
        return result

    def money(self, stop: Stop) -> int:
        return stop.price.minor_units if stop.price is not None else 0

    # Nights --------------------------------------------------------------------------

    def night_options(self) -> list[Nights]:
        """Candidate night plans: per night the cheapest homestay with room on each side,
        with at most two border crossings over the whole trip."""
        days = self.request.days
        first = days[0].start_location.side
        last = days[-1].end_location.side
        per_night: list[dict[str, Stop]] = []
        for day in days[:-1]:
            if day.end_location is not None:
                per_night.append({})
                continue
            best: dict[str, Stop] = {}
            for stop in self.request.stops:
                if stop.kind != HOMESTAY or not self.windows(stop, day.date, 0):
                    continue
                current = best.get(stop.side)
                # A must-see homestay first, then the cheapest.
                rank = (stop.id not in self.must, self.money(stop))
                if current is None or rank < (current.id not in self.must, self.money(current)):
                    best[stop.side] = stop
            per_night.append(best)
        options = []
        choices = [sorted(night) or [None] for night in per_night]
        for sides in itertools.product(*choices):
            homestays = tuple(per_night[i][side] if side else None for i, side in enumerate(sides))
            if any(h is None for i, h in enumerate(homestays) if days[i].end_location is None):
                continue
            day_sides = []
            at = first
            for i, day in enumerate(days):
                if i < len(days) - 1:
                    end = day.end_location.side if day.end_location else homestays[i].side
                else:
                    end = last
                if day.start_location is not None:
                    at = day.start_location.side
                day_sides.append((at, end))
                at = end
            if sum(a != b for a, b in day_sides) <= 2:
                options.append(Nights(homestays, tuple(day_sides)))
        return options

    # Instance ------------------------------------------------------------------------

    def build(self, nights: Nights) -> tuple[Instance | None, list[Node], Reason | None]:
        """The instance for one night plan, its nodes, or why the plan cannot work."""
        request = self.request
        nodes: list[Node] = []
        specs = []
        for d, day in enumerate(request.days):
            offset = d * DAY
            begin, finish = offset + minutes(day.start), offset + minutes(day.end)
            start_at, start_loc = self.end_point(day.start_location, nights, d - 1)
            end_at, end_loc = self.end_point(day.end_location, nights, d)
            start = len(nodes)
            nodes.append(
                Node(start_at, None, d, begin, finish, 0, 0, 0, f"start{d}", 0, location=start_loc)
            )
            end = len(nodes)
            nodes.append(
                Node(end_at, None, d, begin, finish, 0, 0, 0, f"end{d}", 0, location=end_loc)
            )
            waypoint = None
            from_side, to_side = nights.sides[d]
            if from_side != to_side:
                waypoint = self.border_node(nodes, d, day, from_side, to_side)
                if waypoint is None:
                    return None, nodes, Reason("border_closed", {"date": day.date.isoformat()})
            specs.append(TourSpec(start, end, begin, finish, waypoint))
            sides = {from_side, to_side}
            for stop in request.stops:
                if stop.side not in sides or stop.kind in (HOMESTAY, BORDER):
                    continue
                phase = -1 if from_side == to_side else (0 if stop.side == from_side else 1)
                self.stop_nodes(nodes, stop, d, day, phase)
        count = len(nodes)
        travel = tuple(
            tuple(self.leg(nodes[i], nodes[j]).minutes if i != j else 0 for j in range(count))
            for i in range(count)
        )
        groups: dict[str, int] = {}
        instance = Instance(
            name="trip",
            scale=1,
            x=tuple(self.where(n)[0] for n in nodes),
            y=tuple(self.where(n)[1] for n in nodes),
            service=tuple(n.service for n in nodes),
            score=tuple(n.score for n in nodes),
            open=tuple(n.opens for n in nodes),
            close=tuple(n.closes for n in nodes),
            travel=travel,
            tour_specs=tuple(specs),
            group=tuple(groups.setdefault(n.group, len(groups)) for n in nodes),
            cost=tuple(n.cost for n in nodes),
            budget=self.solver_budget(nights),
            phase=tuple(n.phase for n in nodes),
        )
        for spec in specs:
            # The day's bare bones (start, checkpoint, end) must fit, or no plan does.
            skeleton = [spec.waypoint] if spec.waypoint is not None else []
            schedule = schedule_tour(instance, skeleton, spec)
            late = any(v.start > instance.close[v.node] for v in schedule.visits)
            if late or schedule.back > spec.finish:
                day = request.days[nodes[spec.start].day]
                code = "border_closed" if skeleton else "day_too_short"
                return None, nodes, Reason(code, {"date": day.date.isoformat()})
        return instance, nodes, None

    def end_point(self, given: Location | None, nights: Nights, night: int) -> tuple[int, Location]:
        """Where a day starts or ends: the place given, else that night's homestay."""
        if given is not None:
            return self.loc_index[given], given
        home = nights.homestays[night]
        if home is None:
            # The night before ended where that day said, not at a homestay.
            before = self.request.days[night].end_location
            return self.loc_index[before], before
        return self.index[home.id], Location(home.name, home.lat, home.lng, home.side)

    def where(self, node: Node) -> Point:
        return self.points[node.point]

    def leg(self, a: Node, b: Node) -> Leg:
        return self.legs[a.point][b.point]

    def solver_budget(self, nights: Nights) -> int | None:
        if self.request.budget is None:
            return None
        left = self.request.budget.minor_units - sum(
            self.money(h) for h in nights.homestays if h is not None
        )
        return max(left, 0)

    def border_node(
        self, nodes: list[Node], d: int, day: Day, from_side: str, to_side: str
    ) -> int | None:
        for stop in self.border:
            visit = self.duration(stop)
            windows = self.windows(stop, day.date, visit)
            if not windows:
                continue
            # One window per crossing: the longest, should the checkpoint close for lunch.
            opens, closes = max(windows, key=lambda w: w[1] - w[0])
            nodes.append(
                Node(
                    self.index[stop.id],
                    stop,
                    d,
                    d * DAY + opens,
                    d * DAY + closes,
                    visit,
                    visit,
                    0,
                    f"border{d}",
                    0,
                )
            )
            return len(nodes) - 1
        return None

    def stop_nodes(self, nodes: list[Node], stop: Stop, d: int, day: Day, phase: int) -> None:
        visit = self.duration(stop)
        windows = self.windows(stop, day.date, visit)
        if not windows:
            return
        offset = d * DAY
        cost = self.money(stop)
        point = self.index[stop.id]
        score = self.interest_score(stop) + (self.must_points if stop.id in self.must else 0)
        if stop.kind == MEAL:
            meals = [("breakfast", BREAKFAST, 0)]
            if self.needs_lunch(day):
                meals.append(("lunch", LUNCH, self.meal_points))
            if self.needs_dinner(day):
                meals.append(("dinner", DINNER, self.meal_points))
            for meal, (lo, hi), bonus in meals:
                for opens, closes in windows:
                    a, b = max(opens, minutes(lo)), min(closes, minutes(hi))
                    if a <= b:
                        nodes.append(
                            Node(
                                point,
                                stop,
                                d,
                                offset + a,
                                offset + b,
                                visit + self.rest,
                                visit,
                                score + bonus,
                                f"{meal}{d}",
                                cost,
                                phase,
                                meal,
                            )
                        )
            return
        for opens, closes in windows:
            nodes.append(
                Node(
                    point,
                    stop,
                    d,
                    offset + opens,
                    offset + closes,
                    visit + self.rest,
                    visit,
                    score,
                    stop.group or stop.id,
                    cost,
                    phase,
                )
            )

    def needs_lunch(self, day: Day) -> bool:
        return day.start <= dt.time(12, 0) and day.end >= dt.time(13, 0)

    def needs_dinner(self, day: Day) -> bool:
        return day.end > DINNER_AFTER


# ----- solving and explaining ------------------------------------------------------------


def plan_trip(
    request: TripRequest,
    travel: TravelMatrix,
    *,
    time_limit: float = 2.0,
    seed: int = 0,
    iterations: int | None = None,
) -> Plan:
    """The best plan found within about `time_limit` seconds (or `iterations` per search,
    which makes the answer the same on any machine). Raises PlanError for a bad request."""
    began = clock.perf_counter()
    validate(request)
    builder = Builder(request, travel)
    options = builder.night_options()
    if not options:
        raise PlanError(
            "no_homestay",
            date=next(
                (d.date.isoformat() for d in request.days[:-1] if d.end_location is None), ""
            ),
        )
    built = []
    failures: list[Reason] = []
    for nights in options:
        instance, nodes, failure = builder.build(nights)
        if instance is None:
            failures.append(failure)
        else:
            built.append((nights, instance, nodes))
    if not built:
        raise PlanError(failures[0].code, **failures[0].params)
    params = Params(score_scale=max(builder.typical, 1.0))
    tours = len(request.days)
    best = None
    if len(built) > 1:
        # A short search per night plan, then the rest of the time on the best one.
        share = 0.35 * time_limit / len(built)
        short = min(iterations or 10**9, 150)
        for nights, instance, nodes in built:
            solution = solve(instance, tours, share, seed=seed, iterations=short, params=params)
            # A must-see homestay counts like any must-see, though it is no point of a tour.
            score = solution.score + builder.must_points * sum(
                h is not None and h.id in builder.must for h in nights.homestays
            )
            if best is None or score > best[3]:
                best = (nights, instance, nodes, score)
        nights, instance, nodes, _ = best
    else:
        nights, instance, nodes = built[0]
    remaining = max(0.05, time_limit - (clock.perf_counter() - began) - 0.05)
    solution = solve(instance, tours, remaining, seed=seed, iterations=iterations, params=params)
    plan = explain(builder, nights, instance, nodes, solution.tours, failures)
    plan.seconds = clock.perf_counter() - began
    plan.iterations = solution.iterations
    plan.seed = seed
    return plan


def explain(
    builder: Builder,
    nights: Nights,
    instance: Instance,
    nodes: list[Node],
    tours: list[list[int]],
    failures: list[Reason],
) -> Plan:
    """The solver's tours as days of visits with times, costs and reasons."""
    request = builder.request
    days = []
    visited_stops: set[str] = set()
    warnings: list[Reason] = []
    total = Money.zero(request.currency)
    score = 0
    for d, (tour, spec) in enumerate(zip(tours, instance.tour_specs, strict=True)):
        day = request.days[d]
        schedule = schedule_tour(instance, tour, spec)
        visits = []
        previous = nodes[spec.start]
        meals = set()
        for v in schedule.visits:
            node = nodes[v.node]
            stop = node.stop
            reasons = reasons_for(builder, node, nights, d)
            visit = Visit(
                stop=stop,
                arrive=builder.base + dt.timedelta(minutes=v.arrival),
                start=builder.base + dt.timedelta(minutes=v.start),
                leave=builder.base + dt.timedelta(minutes=v.start + node.visit),
                travel=builder.leg(previous, node),
                reasons=reasons,
                meal=node.meal,
                book_at=(builder.base + dt.timedelta(minutes=v.start)).time()
                if stop.bookable
                else None,
            )
            visits.append(visit)
            visited_stops.add(stop.id)
            meals.add(node.meal)
            if stop.price is not None:
                total += stop.price
            if stop.kind in (PLACE, ACTIVITY):
                score += builder.interest_score(stop)
            previous = node
        last_leg = builder.leg(previous, nodes[spec.end])
        night = None
        if d < len(request.days) - 1 and nights.homestays[d] is not None:
            home = nights.homestays[d]
            back = builder.base + dt.timedelta(minutes=schedule.back)
            check_in = home.starts[day.date][0] if home.starts else None
            night = Visit(home, back, back, back, last_leg, [Reason("night")], book_at=check_in)
            visited_stops.add(home.id)
            if home.price is not None:
                total += home.price
        for meal, needed in (
            ("lunch", builder.needs_lunch(day)),
            ("dinner", builder.needs_dinner(day)),
        ):
            if needed and meal not in meals:
                warnings.append(Reason(f"no_{meal}", {"date": day.date.isoformat()}))
        days.append(
            DayPlan(
                day=day,
                start_location=nodes[spec.start].location,
                end_location=nodes[spec.end].location,
                visits=visits,
                back=builder.base + dt.timedelta(minutes=schedule.back),
                last_leg=last_leg,
                night=night,
                crossing=spec.waypoint is not None,
            )
        )
    nights_cost = sum(builder.money(h) for h in nights.homestays if h is not None)
    if request.budget is not None and nights_cost > request.budget.minor_units:
        warnings.append(Reason("nights_over_budget"))
    missing = [
        (
            builder.stops[m],
            why_missing(builder, builder.stops[m], nights, instance, nodes, tours, failures),
        )
        for m in request.must_see
        if m not in visited_stops
    ]
    return Plan(days, score, total, missing, warnings, 0.0, 0, 0)


def reasons_for(builder: Builder, node: Node, nights: Nights, d: int) -> list[Reason]:
    stop = node.stop
    if stop.kind == BORDER:
        a, b = nights.sides[d]
        return [Reason("border", {"from": a, "to": b})]
    reasons = []
    if node.meal:
        lo, hi = LUNCH if node.meal == "lunch" else DINNER
        reasons.append(
            Reason(node.meal, {"from": lo.strftime("%H:%M"), "to": hi.strftime("%H:%M")})
        )
    if stop.id in builder.must:
        reasons.append(Reason("must_see"))
    matched = builder.matched(stop)
    if matched:
        reasons.append(Reason("interests", {"interests": matched}))
    if stop.kind == ACTIVITY and stop.bookable:
        reasons.append(Reason("local_host"))
    if not reasons:
        reasons.append(Reason("fills_time"))
    return reasons


def why_missing(
    builder: Builder,
    stop: Stop,
    nights: Nights,
    instance: Instance,
    nodes: list[Node],
    tours: list[list[int]],
    failures: list[Reason],
) -> list[Reason]:
    """Why a must-see is not in the plan, from the plainest cause to the subtlest: not open
    or bookable on any day, too dear, across a border the trip does not cross, open only
    outside the days' hours, unreachable in any day, or crowded out by meals and others."""
    request = builder.request
    visit = builder.duration(stop)
    open_days = [d for d in request.days if builder.windows(stop, d.date, visit)]
    if not open_days:
        closed = sorted({stop.closed.get(d.date, "closed") for d in request.days})
        return [Reason(code) for code in closed]
    if instance.budget is not None and builder.money(stop) > instance.budget:
        return [Reason("over_budget")]
    if stop.kind == HOMESTAY:
        return [Reason("no_night" if len(request.days) == 1 else "night_elsewhere")]
    sides = {side for pair in nights.sides for side in pair}
    if stop.side not in sides:
        if any(f.code == "border_closed" for f in failures):
            failure = next(f for f in failures if f.code == "border_closed")
            return [Reason("border_closed", failure.params)]
        return [Reason("other_side")]
    within = [
        (opens, closes)
        for day in open_days
        for opens, closes in builder.windows(stop, day.date, visit)
        if opens + visit <= minutes(day.end) and closes >= minutes(day.start)
    ]
    if not within:
        # Open only before the days start or after they end (a morning market at 05:00).
        hours = sorted(
            {
                f"{o.strftime('%H:%M')}–{c.strftime('%H:%M')}"
                for day in open_days
                for o, c in (stop.hours.get(day.date) or ())
            }
            | {
                t.strftime("%H:%M")
                for day in open_days
                for t in (stop.starts or {}).get(day.date, ())
            }
        )
        return [Reason("outside_day_hours", {"hours": ", ".join(hours)})]
    candidates = [i for i, n in enumerate(nodes) if n.stop is not None and n.stop.id == stop.id]
    if not candidates:
        return [Reason("other_side")]
    for i in candidates:
        spec = instance.tour_specs[nodes[i].day]
        skeleton = [spec.waypoint, i] if spec.waypoint is not None else [i]
        if spec.waypoint is not None and nodes[i].phase == 0:
            skeleton = [i, spec.waypoint]
        schedule = schedule_tour(instance, skeleton, spec)
        if schedule.back <= spec.finish and all(
            v.start <= instance.close[v.node] for v in schedule.visits
        ):
            return [Reason("no_time")]
    return [Reason("too_far")]
