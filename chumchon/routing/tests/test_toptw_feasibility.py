from chumchon.routing.toptw.feasibility import check_solution
from chumchon.routing.toptw.instance import read_instance

from .toptw_helpers import C101_OPTIMAL, DATA, TINY, write


def c101():
    return read_instance(DATA / "c101.txt")


def test_the_checker_accepts_the_optimal_c101_tour():
    check = check_solution(c101(), [C101_OPTIMAL], max_tours=1)
    assert check.feasible
    assert check.problems == ()
    assert check.score == 320


def test_the_checker_rejects_a_visit_that_starts_after_its_window():
    # Swap 2 and 21: point 2 (window 825-870) is then reached only after 21's visit.
    tour = [57, 63, 62, 74, 93, 97, 12, 21, 2, 75]
    check = check_solution(c101(), [tour])
    assert not check.feasible
    assert any("point 2 is reached at" in p and "closes at 870.0" in p for p in check.problems)


def test_the_checker_rejects_a_tour_back_after_tmax(tmp_path):
    # Depot (0, 0); 1 at (3, 4), 2 at (6, 8), 3 at (-3, -4): 1-2-3 is back at 55.
    instance = read_instance(write(tmp_path, TINY))
    assert check_solution(instance, [[1, 2, 3]]).feasible
    early = read_instance(write(tmp_path, TINY.replace("0 0 0 100", "0 0 0 50")))
    check = check_solution(early, [[1, 2, 3]])
    assert check.problems == ("tour 1: back at the depot at 55.0, after Tmax = 50.0",)


def test_waiting_for_a_window_to_open_is_free():
    # Point 3 is 16.1 from the depot and opens at 65: the visit waits and starts at 65.
    check = check_solution(c101(), [[3]])
    assert check.feasible
    assert check.schedules[0].visits[0].arrival == 161
    assert check.schedules[0].visits[0].start == 650


def test_the_checker_rejects_repeated_unknown_points_and_too_many_tours():
    instance = c101()
    check = check_solution(instance, [[57], [57, 0, 101]], max_tours=1)
    problems = " | ".join(check.problems)
    assert "2 tours, but at most 1" in problems
    assert "point 57 is visited more than once" in problems
    assert "0 is not a point" in problems
    assert "101 is not a point" in problems


def test_an_empty_tour_is_feasible_and_scores_nothing():
    check = check_solution(c101(), [[], []], max_tours=2)
    assert check.feasible
    assert check.score == 0
