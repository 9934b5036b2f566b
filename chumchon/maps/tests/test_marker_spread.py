import math

from hypothesis import given, settings
from hypothesis import strategies as st

from chumchon.maps.render.displace import spread

coordinate = st.floats(0, 120)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=25))
def test_spread_markers_never_overlap(points):
    placed = spread(dict(enumerate(points)), 10.0)
    values = list(placed.values())
    for i, (ax, ay) in enumerate(values):
        for bx, by in values[i + 1 :]:
            assert math.hypot(ax - bx, ay - by) >= 10.0 * 0.99


def test_markers_already_clear_stay_where_they_are():
    points = {1: (0.0, 0.0), 2: (50.0, 0.0), 3: (51.0, 1.0)}
    placed = spread(points, 10.0)
    assert placed[1] == (0.0, 0.0)
    assert placed[2] != points[2] and placed[3] != points[3]
    # The crowded pair is centred where it was and keeps its left-right order.
    assert placed[2][0] < placed[3][0]
    assert math.hypot(placed[2][0] - placed[3][0], placed[2][1] - placed[3][1]) >= 10.0
