import math

import pytest

from chumchon.maps.render.projection import Frame, fit, nice_scale_length
from chumchon.routing.travel import great_circle_m

FRAME = Frame(20, 30, 400, 300)


def test_every_point_lands_inside_the_frame_with_its_margin():
    points = [(17.60, 101.38), (17.67, 101.45), (17.62, 101.40)]
    proj = fit(points, FRAME, margin=0.1)
    for p in points:
        x, y = proj.point(p)
        assert FRAME.x + 0.1 * FRAME.width - 1e-6 <= x <= FRAME.right - 0.1 * FRAME.width + 1e-6
        assert FRAME.y + 0.1 * FRAME.height - 1e-6 <= y <= FRAME.bottom - 0.1 * FRAME.height + 1e-6


def test_north_is_up_and_east_is_right():
    proj = fit([(17.60, 101.40), (17.65, 101.45)], FRAME)
    south_west = proj.point((17.60, 101.40))
    north_east = proj.point((17.65, 101.45))
    assert north_east[0] > south_west[0] and north_east[1] < south_west[1]


def test_the_scale_bar_measures_ground_distance():
    a, b = (17.62, 101.40), (17.62, 101.46)
    proj = fit([a, b], FRAME)
    page = math.dist(proj.point(a), proj.point(b))
    assert page * proj.ground_metres_per_point() == pytest.approx(great_circle_m(a, b), rel=0.005)


def test_an_inner_frame_keeps_the_points_clear_of_an_inset():
    inner = Frame(220, 30, 200, 300)
    points = [(17.60, 101.38), (17.67, 101.45)]
    proj = fit(points, FRAME, inner=inner)
    assert all(proj.point(p)[0] >= inner.x for p in points)
    assert proj.frame == FRAME


@pytest.mark.parametrize(
    ("metres", "nice"), [(0.5, 1), (7, 5), (180, 100), (2600, 2000), (9999, 5000)]
)
def test_scale_bars_use_round_lengths(metres, nice):
    assert nice_scale_length(metres) == nice
