"""A route's days laid out in time: when each stop is reached and left, and what is wrong.

Plain dataclasses, so that the route page, the map, the GeoJSON, the API and the
booking all read one computation. Times are minutes after midnight inside; the
dataclasses carry `datetime.time`s for people and `*_minute` integers for sums.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.formats import time_format
from django.utils.translation import gettext as _

from chumchon.places.models import Place, Weekday
from chumchon.routes import travel_matrix
from chumchon.routes.models import Route, RouteDay, RouteStop
from chumchon.routes.travel_matrix import OVERRIDE, MatrixLeg

DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class RouteWarning:
    """Something a coordinator should fix or a visitor should know; `code` is stable."""

    code: str  # closed | closes_during_visit | late | runs_past_end | no_place | not_public
    message: str
    stop_number: int | None = None  # the stop's number on the map, if it is about one


@dataclass(frozen=True)
class Waypoint:
    """Where a day starts or ends (the homestay, a meeting point)."""

    name: str
    latitude: float
    longitude: float
    category: str
    place_id: int


@dataclass(frozen=True)
class StopTimeline:
    number: int  # 1, 2, ... across the whole route: the label on the map
    position: int  # 1, 2, ... within its day
    stop_id: int
    name: str
    latitude: float
    longitude: float
    category: str  # the place's category (temple, homestay, border...)
    place_id: int
    place_name: str
    offering_id: int | None
    offering_kind: str  # "" for a place without an offering
    arrive: dt.time
    depart: dt.time
    arrive_minute: int  # minutes after the day's midnight (may pass 24 h)
    depart_minute: int
    stay_minutes: int
    wait_minutes: int  # time to spare before a fixed arrival time
    fixed_time: bool  # the coordinator set the arrival time
    leg_mode: str  # walk | bicycle | car | boat: how visitors get here
    leg_minutes: int  # 0 for the day's first stop when the day has no start place
    leg_metres: int
    leg_source: str  # override | osrm | estimate, or "" when there is no leg
    note: str
    warnings: list[RouteWarning] = field(default_factory=list)


@dataclass(frozen=True)
class EndLeg:
    """From the day's last stop to where the day ends."""

    mode: str
    minutes: int
    metres: int
    source: str
    arrive: dt.time
    arrive_minute: int


@dataclass(frozen=True)
class DayTimeline:
    number: int
    title: str
    date: dt.date | None  # when the timeline was laid on a calendar
    starts_at: dt.time
    ends_at: dt.time
    start: Waypoint | None
    end: Waypoint | None
    stops: list[StopTimeline]
    end_leg: EndLeg | None
    finishes_at: dt.time  # arrival at the end place, or leaving the last stop
    finish_minute: int
    travel_minutes: int
    travel_metres: int
    warnings: list[RouteWarning]  # every warning of the day, the stops' ones included

    @property
    def path(self) -> list[tuple[float, float]]:
        """The day's line on the map: start, stops, end, as (latitude, longitude)."""
        points = [(self.start.latitude, self.start.longitude)] if self.start else []
        points += [(s.latitude, s.longitude) for s in self.stops]
        if self.end and self.end_leg:
            points.append((self.end.latitude, self.end.longitude))
        return points


def _clock(minute: int) -> dt.time:
    minute %= DAY_MINUTES
    return dt.time(minute // 60, minute % 60)


def _minute(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _waypoint(place: Place | None) -> Waypoint | None:
    if place is None:
        return None
    return Waypoint(
        place.name, float(place.latitude), float(place.longitude), place.category, place.pk
    )


def _weekday_names(days: list[int]) -> str:
    labels = dict(Weekday.choices)
    return ", ".join(str(labels[d]) for d in days)


def _open_at(place: Place, date: dt.date, minute: int) -> bool:
    return place.is_open_at(dt.datetime.combine(date, _clock(minute)))


def _closed_weekdays(place: Place, minute: int) -> list[int]:
    """Weekdays on which `place` is closed at `minute`, by its usual weekly hours."""
    if place.always_open:
        return []
    hours = defaultdict(list)
    for h in place.opening_hours.all():
        hours[h.weekday].append((h.opens, h.closes))
    if not hours:
        return []  # no hours recorded: unknown, not closed
    t = _clock(minute)
    return [d for d in range(7) if not any(a <= t < b for a, b in hours[d])]


def _hours_warnings(
    place: Place, date: dt.date | None, arrive: int, depart: int, number: int
) -> list[RouteWarning]:
    name = place.name
    if date is not None:
        known = (
            place.always_open
            or place.opening_hours.all()
            or any(e.date == date for e in place.opening_exceptions.all())
        )
        if not known:
            return []  # no hours recorded: unknown, not closed
        if not _open_at(place, date, arrive):
            return [
                RouteWarning(
                    "closed",
                    _("%(place)s is closed at %(time)s on that day.")
                    % {"place": name, "time": time_format(_clock(arrive))},
                    number,
                )
            ]
        if depart > arrive and not _open_at(place, date, depart - 1):
            return [
                RouteWarning(
                    "closes_during_visit",
                    _("%(place)s closes before the visit ends at %(time)s.")
                    % {"place": name, "time": time_format(_clock(depart))},
                    number,
                )
            ]
        return []
    closed = _closed_weekdays(place, arrive)
    if len(closed) == 7:
        return [
            RouteWarning(
                "closed",
                _("%(place)s is closed at %(time)s.")
                % {"place": name, "time": time_format(_clock(arrive))},
                number,
            )
        ]
    if closed:
        return [
            RouteWarning(
                "closed",
                _("%(place)s is closed at %(time)s on %(days)s.")
                % {
                    "place": name,
                    "time": time_format(_clock(arrive)),
                    "days": _weekday_names(closed),
                },
                number,
            )
        ]
    if depart > arrive:
        closing = [d for d in _closed_weekdays(place, depart - 1) if d not in closed]
        if closing:
            return [
                RouteWarning(
                    "closes_during_visit",
                    _("%(place)s closes before the visit ends at %(time)s on %(days)s.")
                    % {
                        "place": name,
                        "time": time_format(_clock(depart)),
                        "days": _weekday_names(closing),
                    },
                    number,
                )
            ]
    return []


def _days(route: Route) -> list[RouteDay]:
    """The route's days with everything the timeline reads, in few queries."""
    place_data = ("opening_hours", "opening_exceptions")
    stops = RouteStop.objects.select_related(
        "place", "offering__place", "offering__community"
    ).prefetch_related(
        *(f"place__{p}" for p in place_data), *(f"offering__place__{p}" for p in place_data)
    )
    return list(
        route.days.select_related("start_place", "end_place")
        .prefetch_related(
            Prefetch("stops", queryset=stops),
            *(f"start_place__{p}" for p in place_data),
            *(f"end_place__{p}" for p in place_data),
        )
        .order_by("number")
    )


def _needed_legs(days: list[RouteDay]) -> dict[str, list[tuple[Place, Place]]]:
    by_mode: dict[str, list[tuple[Place, Place]]] = defaultdict(list)
    for day in days:
        previous = day.start_place
        stops = list(day.stops.all())
        for stop in stops:
            here = stop.location
            if previous is not None and here is not None:
                by_mode[stop.mode].append((previous, here))
            previous = here or previous
        if day.end_place is not None and previous is not None:
            mode = stops[-1].mode if stops else "walk"
            by_mode[mode].append((previous, day.end_place))
    return by_mode


def route_timeline(route: Route, on: dt.date | None = None) -> list[DayTimeline]:
    """Lay the route's days out in time, leg by leg, with warnings.

    `on` is the first day's date: opening hours are then checked on the real dates
    (exceptions included); without it, against the usual week ("closed on Sunday").
    A stop's arrival is the previous departure plus the leg, unless the coordinator
    fixed it: then the group waits, or is late (a warning).
    """
    days = _days(route)
    legs: dict[tuple[str, int, int], MatrixLeg] = {}
    for mode, pairs in _needed_legs(days).items():
        for key, leg in travel_matrix.legs_for(pairs, mode).items():
            legs[(mode, *key)] = leg

    timelines = []
    number = 0
    for day in days:
        date = on + dt.timedelta(days=day.number - 1) if on else None
        warnings: list[RouteWarning] = []
        now = _minute(day.starts_at)
        previous = day.start_place
        travel_minutes = travel_metres = 0
        stops_out: list[StopTimeline] = []
        stops = list(day.stops.all())
        for position, stop in enumerate(stops, start=1):
            number += 1
            here = stop.location
            stop_warnings: list[RouteWarning] = []
            if here is None:
                # Only possible when an offering lost its place after the stop was made.
                warnings.append(
                    RouteWarning(
                        "no_place",
                        _("%(stop)s has no place on the map.") % {"stop": stop.name},
                        number,
                    )
                )
                continue
            if previous is not None:
                leg = legs[(stop.mode, previous.pk, here.pk)]
                if stop.leg_minutes_override is not None:
                    leg = MatrixLeg(stop.leg_minutes_override, leg.metres, OVERRIDE)
                source = leg.source
            else:
                leg, source = MatrixLeg(0, 0), ""
            earliest = now + leg.minutes
            wait = 0
            fixed = stop.arrive_at is not None
            arrive = earliest
            if fixed:
                arrive = _minute(stop.arrive_at)
                if arrive < earliest:
                    stop_warnings.append(
                        RouteWarning(
                            "late",
                            _("%(stop)s: the group can only arrive at %(earliest)s, not %(time)s.")
                            % {
                                "stop": stop.name,
                                "earliest": time_format(_clock(earliest)),
                                "time": time_format(stop.arrive_at),
                            },
                            number,
                        )
                    )
                    arrive = earliest
                else:
                    wait = arrive - earliest
            stay = stop.stay
            depart = arrive + stay
            if not here.is_published or (stop.offering_id and not stop.offering.is_published):
                stop_warnings.append(
                    RouteWarning(
                        "not_public",
                        _("%(stop)s is hidden from visitors: publish it or take it off the route.")
                        % {"stop": stop.name},
                        number,
                    )
                )
            stop_warnings += _hours_warnings(here, date, arrive, depart, number)
            warnings += stop_warnings
            travel_minutes += leg.minutes
            travel_metres += leg.metres
            stops_out.append(
                StopTimeline(
                    number=number,
                    position=position,
                    stop_id=stop.pk,
                    name=stop.name,
                    latitude=float(here.latitude),
                    longitude=float(here.longitude),
                    category=here.category,
                    place_id=here.pk,
                    place_name=here.name,
                    offering_id=stop.offering_id,
                    offering_kind=stop.offering.kind if stop.offering_id else "",
                    arrive=_clock(arrive),
                    depart=_clock(depart),
                    arrive_minute=arrive,
                    depart_minute=depart,
                    stay_minutes=stay,
                    wait_minutes=wait,
                    fixed_time=fixed,
                    leg_mode=stop.mode,
                    leg_minutes=leg.minutes,
                    leg_metres=leg.metres,
                    leg_source=source,
                    note=stop.note,
                    warnings=stop_warnings,
                )
            )
            now = depart
            previous = here
        end_leg = None
        if day.end_place is not None and previous is not None:
            mode = stops[-1].mode if stops else "walk"
            leg = legs[(mode, previous.pk, day.end_place.pk)]
            now += leg.minutes
            travel_minutes += leg.minutes
            travel_metres += leg.metres
            end_leg = EndLeg(mode, leg.minutes, leg.metres, leg.source, _clock(now), now)
        if now > _minute(day.ends_at):
            warnings.append(
                RouteWarning(
                    "runs_past_end",
                    _("Day %(day)s runs until %(time)s, past its end at %(end)s.")
                    % {
                        "day": day.number,
                        "time": time_format(_clock(now)),
                        "end": time_format(day.ends_at),
                    },
                )
            )
        timelines.append(
            DayTimeline(
                number=day.number,
                title=day.title,
                date=date,
                starts_at=day.starts_at,
                ends_at=day.ends_at,
                start=_waypoint(day.start_place),
                end=_waypoint(day.end_place),
                stops=stops_out,
                end_leg=end_leg,
                finishes_at=_clock(now),
                finish_minute=now,
                travel_minutes=travel_minutes,
                travel_metres=travel_metres,
                warnings=warnings,
            )
        )
    return timelines
