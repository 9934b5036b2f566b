from chumchon.routing.toptw.feasibility import check_solution, schedule_tour
from chumchon.routing.toptw.instance import read_instance

from .toptw_helpers import C101_OPTIMAL, C101_STARTS, DATA


def test_travel_times_are_euclidean_truncated_to_one_decimal_for_solomon_files():
    instance = read_instance(DATA / "c101.txt")
    # depot (40, 50) to point 1 (45, 68): sqrt(349) = 18.681… -> 18.6
    assert instance.travel[0][1] == 186
    # depot to point 57 (40, 15): exactly 35.0
    assert instance.travel[0][57] == 350
    assert instance.travel[1][0] == instance.travel[0][1]


def test_travel_times_are_truncated_to_two_decimals_for_pr_files():
    instance = read_instance(DATA / "pr01.txt")
    # depot (-10.442, 19.999) to point 1 (-29.730, 64.136): 48.1676… -> 48.16
    assert instance.travel[0][1] == 4816


def test_exact_integer_truncation_keeps_whole_distances_whole():
    # 3-4-5 triangles must give exactly 5.0, never 4.9 from float noise.
    instance = read_instance(DATA / "c101.txt")
    for i in range(instance.n + 1):
        for j in range(instance.n + 1):
            dx = instance.x[i] - instance.x[j]
            dy = instance.y[i] - instance.y[j]
            assert (
                abs(instance.travel[i][j] / 10 - int((dx * dx + dy * dy) ** 0.5 * 10 + 1e-9) / 10)
                < 1e-9
            )


def test_the_readme_c101_optimal_tour_starts_and_returns_as_published():
    instance = read_instance(DATA / "c101.txt")
    schedule = schedule_tour(instance, C101_OPTIMAL)
    assert [v.start / 10 for v in schedule.visits] == C101_STARTS
    assert schedule.back == 11644  # 1164.4 <= Tmax 1236
    assert check_solution(instance, [C101_OPTIMAL]).score == 320
