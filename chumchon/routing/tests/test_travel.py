import math

import pytest

from chumchon.routing import travel

THA_LI = (17.6236, 101.4210)
KAENG_TON = (17.6500, 101.4000)


def test_great_circle_matches_a_known_distance():
    # One degree of latitude is 111.2 km on the mean sphere.
    assert travel.great_circle_m((17.0, 101.0), (18.0, 101.0)) == pytest.approx(111_195, rel=1e-4)


def test_a_walk_takes_longer_than_a_drive_and_rounds_up_to_whole_minutes():
    walk = travel.estimate(THA_LI, KAENG_TON, travel.WALK)
    car = travel.estimate(THA_LI, KAENG_TON, travel.CAR)
    assert walk.metres == round(travel.great_circle_m(THA_LI, KAENG_TON) * 1.3)
    exact = travel.great_circle_m(THA_LI, KAENG_TON) * 1.3 / (4000 / 60)
    assert walk.minutes == math.ceil(exact) and walk.minutes > exact - 1
    assert car.minutes < walk.minutes
    assert isinstance(walk.minutes, int) and walk.minutes >= walk.metres / (4000 / 60)


def test_the_matrix_is_zero_on_its_diagonal_and_symmetric():
    m = travel.estimate_matrix([THA_LI, KAENG_TON, (17.58, 101.19)], travel.BICYCLE)
    assert [m[i][i].minutes for i in range(3)] == [0, 0, 0]
    assert m[0][2] == m[2][0] and m[0][1].minutes > 0


def test_an_unknown_mode_is_refused():
    with pytest.raises(KeyError):
        travel.estimate(THA_LI, KAENG_TON, "helicopter")
