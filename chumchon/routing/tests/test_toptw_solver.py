import time

import pytest

from chumchon.routing.toptw.feasibility import check_solution
from chumchon.routing.toptw.instance import read_instance
from chumchon.routing.toptw.solver import solve

from .toptw_helpers import DATA, TINY, write


def test_it_finds_a_feasible_c101_solution_within_95_percent_of_the_optimum_in_2_seconds():
    instance = read_instance(DATA / "c101.txt")
    began = time.perf_counter()
    solution = solve(instance, tours=1, time_limit=2.0, seed=1)
    assert time.perf_counter() - began < 3.0
    check = check_solution(instance, solution.tours, max_tours=1)
    assert check.feasible
    assert check.score == solution.score >= 0.95 * 320  # bks.csv: c101, m=1: 320 (optimal)


def test_more_tours_collect_more_and_every_tour_is_feasible():
    instance = read_instance(DATA / "pr01.txt")
    one = solve(instance, tours=1, time_limit=10, iterations=50)
    three = solve(instance, tours=3, time_limit=10, iterations=50)
    assert len(three.tours) == 3
    assert check_solution(instance, three.tours, max_tours=3).feasible
    assert three.score > one.score


def test_the_same_seed_and_iterations_give_the_same_solution():
    instance = read_instance(DATA / "50_c101.txt")
    first = solve(instance, tours=2, time_limit=30, seed=5, iterations=150)
    second = solve(instance, tours=2, time_limit=30, seed=5, iterations=150)
    assert (first.score, first.tours) == (second.score, second.tours)
    assert first.iterations == second.iterations == 150


def test_when_every_point_fits_all_are_visited(tmp_path):
    instance = read_instance(write(tmp_path, TINY))
    solution = solve(instance, tours=1, time_limit=1, iterations=20)
    assert solution.score == 35
    assert sorted(solution.tours[0]) == [1, 2, 3]


def test_a_point_that_no_tour_can_reach_in_time_is_left_out(tmp_path):
    # Point 2's window now closes at 5, before anyone can get there (10 away).
    instance = read_instance(write(tmp_path, TINY.replace("20 60", "0 5")))
    solution = solve(instance, tours=2, time_limit=1, iterations=20)
    assert 2 not in [v for tour in solution.tours for v in tour]
    assert solution.score == 15


def test_it_refuses_no_tours_and_no_time():
    instance = read_instance(DATA / "50_c101.txt")
    with pytest.raises(ValueError, match="at least 1"):
        solve(instance, tours=0, time_limit=1)
    with pytest.raises(ValueError, match="more than 0 seconds"):
        solve(instance, tours=1, time_limit=0)


def test_progress_reports_the_best_score_so_far():
    instance = read_instance(DATA / "50_c101.txt")
    seen = []
    solution = solve(instance, 1, 10, iterations=100, progress=lambda *a: seen.append(a))
    assert seen
    assert max(score for _, score, _ in seen) <= solution.score
