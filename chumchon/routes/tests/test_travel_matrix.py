"""The travel-time matrix against a tiny fake OSRM server (http.server in a thread)."""

import time

import pytest

from chumchon.routes.models import RouteStop, TravelTime
from chumchon.routes.services import route_timeline
from chumchon.routes.travel_matrix import leg_between, matrix_for
from chumchon.routing.travel import Leg

pytestmark = pytest.mark.django_db


def test_without_osrm_legs_are_estimated_from_coordinates(homestay, market):
    leg = leg_between(homestay, market, "walk")
    assert isinstance(leg, Leg)
    assert (leg.minutes, leg.metres, leg.source) == (20, 1301, "estimate")
    assert TravelTime.objects.count() == 0


def test_the_matrix_has_a_zero_diagonal_and_a_leg_for_every_pair(homestay, market, river):
    matrix = matrix_for([homestay, market, river], "bicycle")
    assert [[leg.minutes for leg in row] for row in matrix] == [[0, 7, 14], [7, 0, 7], [14, 7, 0]]


def test_with_osrm_the_whole_matrix_comes_from_one_table_request(osrm, homestay, market, river):
    matrix = matrix_for([homestay, market, river], "car")
    assert len(osrm.requests) == 1
    assert osrm.paths() == ["car"]
    # 200 s is 3.33 minutes: rounded up like every source.
    assert [[(leg.minutes, leg.metres) for leg in row] for row in matrix] == [
        [(0, 0), (2, 1000), (4, 2000)],
        [(2, 1000), (0, 0), (2, 1000)],
        [(4, 2000), (2, 1000), (0, 0)],
    ]
    assert {leg.source for row in matrix for leg in row if leg.minutes} == {"osrm"}


def test_osrm_answers_are_cached_and_the_second_call_does_not_ask_again(osrm, homestay, market):
    first = leg_between(homestay, market, "walk")
    second = leg_between(homestay, market, "walk")
    assert first == second and first.source == "osrm"
    assert len(osrm.requests) == 1
    assert osrm.paths() == ["foot"]
    row = TravelTime.objects.get(from_place=homestay, to_place=market, mode="walk")
    assert (row.minutes, row.metres, row.source) == (2, 1000, "osrm")


def test_each_mode_asks_its_own_profile(osrm, homestay, market):
    leg_between(homestay, market, "walk")
    leg_between(homestay, market, "bicycle")
    leg_between(homestay, market, "car")
    assert osrm.paths() == ["foot", "bicycle", "car"]


def test_boats_are_always_estimated(osrm, homestay, market):
    leg = leg_between(homestay, market, "boat")
    assert (leg.source, leg.minutes) == ("estimate", 8)
    assert osrm.requests == []


def test_a_place_moved_on_the_map_is_asked_again(osrm, homestay, market):
    leg_between(homestay, market, "car")
    market.latitude = market.latitude + 1
    market.save()
    leg_between(homestay, market, "car")
    assert len(osrm.requests) == 2


def test_a_server_error_falls_back_to_the_estimate_and_caches_nothing(osrm, homestay, market):
    osrm.status = 500
    leg = leg_between(homestay, market, "walk")
    assert (leg.minutes, leg.metres, leg.source) == (20, 1301, "estimate")
    assert TravelTime.objects.count() == 0
    # The server is left alone for a while instead of costing every leg a failure.
    leg_between(homestay, market, "car")
    assert len(osrm.requests) == 1


def test_a_timeout_falls_back_to_the_estimate(osrm, settings, homestay, market):
    osrm.delay = 1.5
    settings.OSRM_TIMEOUT_SECONDS = 0.3
    started = time.monotonic()
    leg = leg_between(homestay, market, "car")
    assert leg.source == "estimate" and leg.minutes == 3  # 1,401 m at 40 km/h: 2.1 → 3
    assert time.monotonic() - started < 1.4


def test_a_pair_osrm_cannot_connect_is_estimated(osrm, homestay, market, river):
    osrm.no_route = {(0, 1)}
    matrix = matrix_for([homestay, market], "walk")
    assert (matrix[0][1].source, matrix[0][1].minutes) == ("estimate", 20)
    assert (matrix[1][0].source, matrix[1][0].minutes) == ("osrm", 2)


def test_the_timeline_asks_once_per_mode_and_keeps_overrides(osrm, route):
    [day] = route_timeline(route)
    assert osrm.paths() == ["foot"]  # the boat legs are estimated
    market, river = day.stops
    assert (market.leg_source, market.leg_minutes) == ("osrm", 2)
    assert (river.leg_source, river.leg_minutes) == ("estimate", 8)
    RouteStop.objects.filter(place__slug="market").update(leg_minutes_override=30)
    [day] = route_timeline(route)
    assert (day.stops[0].leg_source, day.stops[0].leg_minutes) == ("override", 30)
    assert len(osrm.requests) == 1  # the second timeline read the cache


def test_a_server_per_profile_is_named_in_the_url(osrm, settings, homestay, market):
    settings.OSRM_URL = osrm.url + "/routed-{profile}"
    leg_between(homestay, market, "bicycle")
    [path] = osrm.requests
    assert path.startswith("/routed-bicycle/table/v1/driving/101.400000,17.600000;")


def test_the_planners_points_get_one_osrm_table_and_are_cached(osrm, homestay, market, river):
    from chumchon.routes.travel_matrix import matrix_for_points, point_of

    points = [point_of(p) for p in (homestay, market, river)]
    matrix = matrix_for_points(points, "car")
    again = matrix_for_points(points, "car")
    assert len(osrm.requests) == 1 and osrm.paths() == ["car"]
    assert [[(leg.minutes, leg.metres) for leg in row] for row in matrix] == [
        [(0, 0), (2, 1000), (4, 2000)],
        [(2, 1000), (0, 0), (2, 1000)],
        [(4, 2000), (2, 1000), (0, 0)],
    ]
    assert again == matrix


def test_the_planners_points_are_estimated_without_osrm(homestay, market):
    from chumchon.routes.travel_matrix import matrix_for_points, point_of
    from chumchon.routing import travel

    points = [point_of(homestay), point_of(market)]
    assert matrix_for_points(points, "walk") == travel.estimate_matrix(points, "walk")
