"""The solver's rules for trip planning: each tour's own ends and hours, groups, a budget,
and a waypoint with points before and after it. The benchmark files use none of them."""

import math

from chumchon.routing.toptw import Instance, TourSpec, check_solution, solve

# Nodes: 0 start A, 1 end A, 2 start B, 3 end B, then points 4.. on a line.
XS = [0, 0, 100, 100, 10, 20, 30, 40, 60, 70, 80, 90]


def instance(**extra) -> Instance:
    n = len(XS)
    values = {
        "name": "rules",
        "scale": 1,
        "x": tuple(float(x) for x in XS),
        "y": (0.0,) * n,
        "service": (0, 0, 0, 0) + (5,) * (n - 4),
        "score": (0, 0, 0, 0) + (10,) * (n - 4),
        "open": (0,) * n,
        "close": (1000,) * n,
        "travel": tuple(tuple(abs(a - b) for b in XS) for a in XS),
        "tour_specs": (TourSpec(0, 1, 0, 100), TourSpec(2, 3, 500, 600)),
    }
    values.update(extra)
    return Instance(**values)


def run(inst, tours=2):
    solution = solve(inst, tours, time_limit=5, seed=1, iterations=200)
    check = check_solution(inst, solution.tours)
    assert check.feasible, check.problems
    return solution, check


def test_each_tour_keeps_its_own_ends_and_hours():
    solution, check = run(instance())
    first, second = check.schedules
    assert first.visits[0].arrival >= 0 and first.back <= 100
    assert second.visits[0].arrival >= 500 and second.back <= 600
    # Tour A starts and ends at x = 0, tour B at x = 100: each takes the points near it.
    assert set(solution.tours[0]) == {4, 5, 6, 7}
    assert set(solution.tours[1]) == {8, 9, 10, 11}


def test_tour_ends_are_not_points_to_visit():
    assert "is not a point" in check_solution(instance(), [[4, 3], []]).problems[0]


def test_at_most_one_point_of_a_group_is_visited():
    group = (0, 1, 2, 3, 4, 4, 4, 4, 5, 6, 7, 8)  # points 4..7 are one stop on offer 4 times
    solution, _ = run(instance(group=group))
    assert sum(1 for tour in solution.tours for v in tour if v in (4, 5, 6, 7)) == 1
    assert solution.score == 50
    problems = check_solution(instance(group=group), [[4, 5], []]).problems
    assert any("group" in p for p in problems)


def test_the_points_cost_at_most_the_budget():
    # The dear points are near tour A, the cheap ones near tour B: 4 cheap + 2 dear = 140.
    cost = (0, 0, 0, 0, 50, 50, 50, 50, 10, 10, 10, 10)
    for budget, score in ((140, 60), (139, 50), (39, 30)):
        inst = instance(cost=cost, budget=budget)
        solution, _ = run(inst)
        assert sum(cost[v] for tour in solution.tours for v in tour) <= budget
        assert solution.score == score
    assert any("budget" in p for p in check_solution(inst, [[4], []]).problems)


def test_a_waypoint_is_always_passed_with_phased_points_on_their_side():
    # One tour from x = 0 to x = 100 through a checkpoint at x = 50 (a new node 12).
    xs = [*XS, 50]
    n = len(xs)
    phase = (-1, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 1, -1)
    inst = Instance(
        name="border",
        scale=1,
        x=tuple(float(x) for x in xs),
        y=(0.0,) * n,
        service=(0, 0, 0, 0) + (5,) * (n - 5) + (30,),
        score=(0, 0, 0, 0) + (10,) * (n - 5) + (0,),
        open=(0,) * (n - 1) + (200,),
        close=(1000,) * (n - 1) + (260,),
        travel=tuple(tuple(abs(a - b) for b in xs) for a in xs),
        tour_specs=(TourSpec(0, 3, 0, 400, waypoint=12),),
        phase=phase,
    )
    solution, check = run(inst, tours=1)
    tour = solution.tours[0]
    at = tour.index(12)
    assert [v for v in tour[:at] if phase[v] >= 0] == [4, 5, 6, 7]
    assert [v for v in tour[at + 1 :] if phase[v] >= 0] == [8, 9, 10, 11]
    assert 200 <= check.schedules[0].visits[at].start <= 260
    assert solution.score == 80
    wrong = check_solution(inst, [[8, 12, 4]]).problems
    assert sum("wrong side" in p for p in wrong) == 2
    assert any("waypoint" in p for p in check_solution(inst, [[4, 8]]).problems)


def test_the_benchmark_case_is_the_special_case_of_tour_specs():
    plain = instance(tour_specs=())
    assert plain.specs(3) == (TourSpec(0, 0, 0, 1000),) * 3
    assert math.isclose(plain.tmax, 1000)
