import datetime as dt

import pytest

from chumchon.catalog.models import Offering
from chumchon.places.models import OpeningException
from chumchon.routes.models import RouteDay, RouteStop
from chumchon.routes.services import route_timeline

pytestmark = pytest.mark.django_db

SUNDAY = dt.date(2026, 12, 6)
MONDAY = dt.date(2026, 12, 7)


def codes(warnings):
    return [w.code for w in warnings]


def test_each_stop_is_reached_after_the_leg_before_it_and_left_after_its_stay(route):
    [day] = route_timeline(route)
    market, river = day.stops
    assert (market.leg_mode, market.leg_minutes, market.leg_metres) == ("walk", 20, 1301)
    assert market.leg_source == "estimate"
    assert (market.arrive, market.depart) == (dt.time(8, 20), dt.time(9, 20))
    assert (river.leg_mode, river.leg_minutes, river.leg_metres) == ("boat", 8, 1201)
    assert (river.arrive, river.depart) == (dt.time(9, 28), dt.time(9, 58))


def test_the_day_ends_with_the_leg_to_its_end_place_by_the_last_mode(route):
    [day] = route_timeline(route)
    # 2,001.5 m of river × 1.2 ÷ 10 km/h = 14.4 → 15 minutes by boat back to the homestay.
    assert (day.end_leg.mode, day.end_leg.minutes, day.end_leg.metres) == ("boat", 15, 2402)
    assert day.finishes_at == dt.time(10, 13)
    assert day.travel_minutes == 20 + 8 + 15
    assert day.travel_metres == 1301 + 1201 + 2402
    assert day.warnings == []


def test_stops_carry_what_a_map_needs(route, market):
    [day] = route_timeline(route)
    first = day.stops[0]
    assert (first.number, first.name, first.category) == (1, "Market", "market")
    assert (first.latitude, first.longitude) == (17.609, 101.4)
    assert day.start.name == "Homestay" and day.end.category == "homestay"
    assert day.path == [(17.6, 101.4), (17.609, 101.4), (17.618, 101.4), (17.6, 101.4)]


def test_a_coordinators_leg_override_wins_and_moves_everything_after_it(route):
    stop = RouteStop.objects.get(place__slug="market")
    stop.leg_minutes_override = 45
    stop.save()
    [day] = route_timeline(route)
    market, river = day.stops
    assert (market.leg_minutes, market.leg_source, market.leg_metres) == (45, "override", 1301)
    assert market.arrive == dt.time(8, 45)
    assert river.arrive == dt.time(9, 53)


def test_a_fixed_arrival_time_makes_the_group_wait(route):
    RouteStop.objects.filter(place__slug="river").update(arrive_at=dt.time(10, 0))
    [day] = route_timeline(route)
    river = day.stops[1]
    assert (river.arrive, river.wait_minutes, river.fixed_time) == (dt.time(10, 0), 32, True)
    assert river.depart == dt.time(10, 30)


def test_a_fixed_arrival_the_group_cannot_make_is_a_warning(route):
    RouteStop.objects.filter(place__slug="river").update(arrive_at=dt.time(9, 0))
    [day] = route_timeline(route)
    river = day.stops[1]
    assert river.arrive == dt.time(9, 28)
    assert codes(river.warnings) == ["late"]
    assert "09:28" in river.warnings[0].message or "9:28" in river.warnings[0].message


def test_a_stop_reached_when_its_place_is_closed_is_a_warning(route):
    RouteStop.objects.filter(place__slug="market").update(arrive_at=dt.time(13, 0))
    [day] = route_timeline(route)
    assert codes(day.stops[0].warnings) == ["closed"]
    assert day.stops[0].warnings[0].stop_number == 1


def test_without_a_date_the_warning_names_the_weekdays_it_is_closed(route):
    [day] = route_timeline(route)
    assert day.warnings == []  # open every day at 08:20
    RouteStop.objects.filter(place__slug="market").update(arrive_at=dt.time(11, 30))
    [day] = route_timeline(route)
    [warning] = day.stops[0].warnings
    assert warning.code == "closed" and "Sunday" in warning.message


def test_on_a_date_the_real_opening_hours_of_that_date_count(route, market):
    RouteStop.objects.filter(place__slug="market").update(arrive_at=dt.time(10, 0))
    assert codes(route_timeline(route, on=MONDAY)[0].warnings) == []
    assert codes(route_timeline(route, on=SUNDAY)[0].warnings) == ["closed"]
    OpeningException.objects.create(place=market, date=MONDAY, closed=True, reason_en="Festival")
    assert codes(route_timeline(route, on=MONDAY)[0].warnings) == ["closed"]


def test_a_visit_that_outlasts_the_opening_hours_is_a_warning(route):
    RouteStop.objects.filter(place__slug="market").update(arrive_at=dt.time(11, 0), stay_minutes=90)
    [day] = route_timeline(route, on=MONDAY)
    assert codes(day.warnings) == ["closes_during_visit"]


def test_a_day_that_runs_past_its_end_is_a_warning(route):
    RouteDay.objects.filter(route=route).update(ends_at=dt.time(10, 0))
    [day] = route_timeline(route)
    assert codes(day.warnings) == ["runs_past_end"]
    assert day.finishes_at == dt.time(10, 13)


def test_an_offering_stop_takes_its_place_and_duration_from_the_offering(route, river, tha_li):
    trip = Offering.objects.create(
        community=tha_li,
        kind="activity",
        slug="boat-trip",
        title_en="Boat trip",
        duration_minutes=75,
        place=river,
    )
    RouteStop.objects.filter(place__slug="river").update(
        place=None, offering=trip, stay_minutes=None
    )
    [day] = route_timeline(route)
    stop = day.stops[1]
    assert (stop.name, stop.place_name, stop.offering_kind) == ("Boat trip", "River", "activity")
    assert (stop.arrive, stop.depart, stop.stay_minutes) == (dt.time(9, 28), dt.time(10, 43), 75)


def test_a_day_without_a_start_place_begins_at_its_first_stop(route):
    RouteDay.objects.filter(route=route).update(start_place=None)
    [day] = route_timeline(route)
    first = day.stops[0]
    assert (first.leg_minutes, first.leg_source, first.arrive) == (0, "", dt.time(8, 0))


def test_stop_numbers_run_on_across_days(route, homestay, river):
    day2 = RouteDay.objects.create(
        route=route, number=2, starts_at=dt.time(7), ends_at=dt.time(12), start_place=homestay
    )
    RouteStop.objects.create(day=day2, position=1, place=river, mode="bicycle", stay_minutes=10)
    days = route_timeline(route, on=MONDAY)
    assert [s.number for d in days for s in d.stops] == [1, 2, 3]
    assert days[1].date == MONDAY + dt.timedelta(days=1)
    # 2,001.5 m × 1.3 ÷ 12 km/h = 13.01 → 14 minutes.
    assert (days[1].stops[0].leg_minutes, days[1].stops[0].arrive) == (14, dt.time(7, 14))
    assert days[1].end_leg is None


def test_a_stop_hidden_from_visitors_is_a_warning_for_the_coordinator(route, market):
    market.is_published = False
    market.save()
    [day] = route_timeline(route)
    assert codes(day.stops[0].warnings) == ["not_public"]
