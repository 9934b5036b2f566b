"""The trip planner without Django: every plan is checked independently (plan_check)."""

import datetime as dt

import pytest

from chumchon.routing.planner import PlanError, plan_trip
from chumchon.routing.tests.plan_check import check_plan
from chumchon.routing.tests.planner_world import BO_TAN, MONDAY, T, by_car, request, stops, thb

ITERATIONS = 300


def plan(req, seed=1):
    result = plan_trip(req, by_car, time_limit=10, seed=seed, iterations=ITERATIONS)
    assert check_plan(req, result.to_json(), by_car) == []
    return result


def names(result, day=0):
    return [v.stop.id for v in result.days[day].visits]


def test_a_day_respects_opening_hours_and_the_day_window_and_has_lunch_in_time():
    req = request(days=1)
    result = plan(req)
    visits = result.days[0].visits
    assert len(visits) >= 4
    lunch = [v for v in visits if v.meal == "lunch"]
    assert len(lunch) == 1
    assert lunch[0].stop.kind == "meal"
    assert dt.time(11) <= lunch[0].start.time() <= dt.time(13, 30)
    assert result.warnings == []


def test_the_independent_check_catches_a_visit_outside_its_hours():
    req = request(days=1)
    result = plan(req)
    visit = result.days[0].visits[0]
    visit.start = visit.arrive = dt.datetime.combine(MONDAY, T(3))
    assert check_plan(req, result.to_json(), by_car)


def test_a_trip_of_two_days_sleeps_at_a_homestay_between_them():
    result = plan(request(days=2))
    night = result.days[0].night
    assert night is not None and night.stop.kind == "homestay"
    assert result.days[0].end_location.name == night.stop.name
    assert result.days[1].start_location.name == night.stop.name
    assert any(r.code == "night" for r in night.reasons)


def test_a_cross_border_trip_passes_the_checkpoint_within_its_hours():
    result = plan(request(days=2, finish=BO_TAN))
    crossing = [d for d in result.days if d.crossing]
    assert len(crossing) == 1
    border = [v for v in crossing[0].visits if v.stop.kind == "border"]
    assert len(border) == 1
    assert T(6) <= border[0].start.time() and border[0].leave.time() <= T(18)
    assert any(r.code == "border" for r in border[0].reasons)


def test_a_border_closed_on_the_crossing_day_is_explained():
    world = [s for s in stops() if s.id != "bridge"]
    bridge = next(s for s in stops() if s.id == "bridge")
    closed = type(bridge)(**{**bridge.__dict__, "hours": {}})
    with pytest.raises(PlanError) as error:
        plan_trip(request(days=1, finish=BO_TAN, stops=(*world, closed)), by_car, iterations=50)
    assert error.value.code == "border_closed"


def test_a_feasible_must_see_is_in_the_plan_and_says_why():
    req = request(days=1, interests={"craft": 3}, must_see=("farm",))
    result = plan(req)
    farm = [v for d in result.days for v in d.visits if v.stop.id == "farm"]
    assert farm and any(r.code == "must_see" for r in farm[0].reasons)


def test_a_must_see_closed_on_the_trip_day_is_explained():
    # The morning market is closed on Mondays.
    result = plan(request(days=1, must_see=("market",)))
    assert [(s.id, [r.code for r in why]) for s, why in result.missing] == [("market", ["closed"])]


def test_a_must_see_across_the_border_on_a_one_side_trip_is_explained():
    result = plan(request(days=1, must_see=("waterfall",)))
    assert [(s.id, [r.code for r in why]) for s, why in result.missing] == [
        ("waterfall", ["other_side"])
    ]


def test_a_must_see_over_budget_is_explained_and_the_budget_holds():
    # Tuesday: the weaving class runs, but 900 ฿ is more than is left after lunch money.
    req = request(days=1, budget=thb("500"), must_see=("weaving-class",))
    req = type(req)(
        **{
            **req.__dict__,
            "days": (
                req.days[0].__class__(
                    MONDAY + dt.timedelta(days=1),
                    T(8),
                    T(17),
                    req.days[0].start_location,
                    req.days[0].end_location,
                ),
            ),
        }
    )
    result = plan(req)
    assert [(s.id, [r.code for r in why]) for s, why in result.missing] == [
        ("weaving-class", ["over_budget"])
    ]
    assert result.cost.amount <= 500


def test_two_must_sees_that_do_not_fit_one_day_leave_one_out_with_no_time():
    req = request(days=1, start=T(9), end=T(13, 30), must_see=("rapids", "farm", "workshop"))
    result = plan(req)
    assert result.missing
    assert all([r.code for r in why] == ["no_time"] for _, why in result.missing)


def test_the_same_seed_gives_the_same_plan():
    first = plan(request(days=2, finish=BO_TAN), seed=7).to_json()
    second = plan(request(days=2, finish=BO_TAN), seed=7).to_json()
    first.pop("seconds"), second.pop("seconds")
    assert first == second


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"days": ()}, "no_days"),
        ({"must_see": ("nowhere",)}, "unknown_must_see"),
        ({"pace": "sprint"}, "unknown_pace"),
        ({"interests": {"shopping": 1}}, "unknown_interest"),
    ],
)
def test_a_bad_request_is_refused_with_a_code(change, code):
    req = request(days=1)
    req = type(req)(**{**req.__dict__, **change})
    with pytest.raises(PlanError) as error:
        plan_trip(req, by_car, iterations=10)
    assert error.value.code == code


def test_a_day_that_ends_before_it_starts_is_refused():
    with pytest.raises(PlanError) as error:
        plan_trip(request(days=1, start=T(17), end=T(9)), by_car, iterations=10)
    assert error.value.code == "end_before_start"


def test_more_than_seven_days_are_refused():
    with pytest.raises(PlanError) as error:
        plan_trip(request(days=8), by_car, iterations=10)
    assert error.value.code == "too_many_days"


def test_a_must_see_open_only_before_the_day_starts_says_so_with_its_hours():
    # Tuesday: the morning market is open 05:00–09:00, but the day starts at 09:00.
    req = request(days=1, start=T(9), must_see=("market",))
    tuesday = type(req.days[0])(
        MONDAY + dt.timedelta(days=1),
        T(9),
        T(17),
        req.days[0].start_location,
        req.days[0].end_location,
    )
    result = plan(type(req)(**{**req.__dict__, "days": (tuesday,)}))
    [(stop, why)] = result.missing
    assert stop.id == "market"
    assert [(r.code, dict(r.params)) for r in why] == [
        ("outside_day_hours", {"hours": "05:00–09:00"})
    ]


def without(*ids):
    return tuple(s for s in stops() if s.id not in ids)


def test_a_day_without_any_lunch_provider_warns_to_bring_a_packed_lunch():
    result = plan(request(days=1, stops=without("lunch", "restaurant")))
    assert [(w.code, dict(w.params)) for w in result.warnings] == [
        ("no_lunch", {"date": MONDAY.isoformat()})
    ]
    assert all(not v.meal for v in result.days[0].visits)


def test_a_trip_of_several_days_without_a_homestay_is_refused():
    with pytest.raises(PlanError) as error:
        plan_trip(request(days=2, stops=without("homestay", "lao-homestay")), by_car, iterations=10)
    assert error.value.code == "no_homestay"


@pytest.mark.parametrize(
    ("interest", "expected", "other"),
    [("river", "rapids", "temple"), ("temples", "temple", "rapids")],
)
def test_the_strongest_interest_wins_a_short_morning(interest, expected, other):
    # 09:00–11:30 has room for the rapids (90 min and the drive) or the temple, not both.
    result = plan(request(days=1, start=T(9), end=T(11, 30), interests={interest: 3}))
    assert expected in names(result) and other not in names(result)
    [visit] = [v for v in result.days[0].visits if v.stop.id == expected]
    assert visit.reasons[0].code == "interests"


def test_a_relaxed_pace_gives_each_place_more_time_than_a_packed_one():
    def temple_minutes(pace):
        result = plan(request(days=1, pace=pace, must_see=("temple",)))
        [visit] = [v for v in result.days[0].visits if v.stop.id == "temple"]
        return (visit.leave - visit.start).seconds // 60

    assert temple_minutes("relaxed") == 75
    assert temple_minutes("normal") == 60
    assert temple_minutes("packed") == 48


def test_a_day_may_end_somewhere_given_instead_of_a_homestay():
    req = request(days=2)
    first, second = req.days
    days = (
        type(first)(first.date, first.start, first.end, first.start_location, BO_TAN),
        type(second)(second.date, second.start, second.end, None, second.end_location),
    )
    result = plan(type(req)(**{**req.__dict__, "days": days}))
    assert result.days[0].night is None
    assert result.days[1].start_location == BO_TAN
    assert [d.crossing for d in result.days] == [True, True]


def test_a_homestay_marked_must_see_is_where_the_party_sleeps():
    cheap = next(s for s in stops() if s.id == "homestay")
    dear = type(cheap)(**{**cheap.__dict__, "id": "dear-homestay", "price": thb("5000")})
    for world in ((*stops(), dear), (dear, *stops())):  # whichever comes first
        result = plan(request(days=2, stops=world, must_see=("dear-homestay",)))
        assert result.days[0].night.stop.id == "dear-homestay"
        assert result.missing == []


def test_a_homestay_must_see_on_a_one_day_trip_is_explained():
    result = plan(request(days=1, must_see=("homestay",)))
    assert [(s.id, [r.code for r in why]) for s, why in result.missing] == [
        ("homestay", ["no_night"])
    ]
