from hypothesis import given, settings
from hypothesis import strategies as st

from chumchon.maps.render.labels import LabelRequest, overlaps, place_labels

FRAME = (0.0, 0.0, 400.0, 300.0)

point = st.tuples(st.floats(10, 390), st.floats(10, 290))
size = st.tuples(st.floats(10, 90), st.floats(6, 24))


def _requests(points, sizes):
    return [
        LabelRequest(i, x, y, (x - 6, y - 6, x + 6, y + 6), w, h, priority=1 + i % 3)
        for i, ((x, y), (w, h)) in enumerate(zip(points, sizes, strict=False))
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(point, min_size=1, max_size=40), st.lists(size, min_size=40, max_size=40))
def test_no_label_overlaps_another_label_or_any_marker(points, sizes):
    requests = _requests(points, sizes)
    placed = place_labels(requests, FRAME)
    boxes = [p.box for p in placed.values()]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlaps(a, b)
        for r in requests:
            assert not overlaps(a, r.marker)
        assert FRAME[0] <= a[0] and a[2] <= FRAME[2] and FRAME[1] <= a[1] and a[3] <= FRAME[3]


def test_a_lone_point_gets_the_upper_right_position():
    placed = place_labels(_requests([(200, 150)], [(40, 10)]), FRAME)
    assert placed[0].position == 0
    box = placed[0].box
    assert box[0] > 200 and box[3] < 150 and placed[0].leader is None


def test_crowded_points_keep_every_label_by_moving_them_around():
    # Four points in a tight square: each label must take a different side.
    points = [(200, 150), (214, 150), (200, 164), (214, 164)]
    placed = place_labels(_requests(points, [(30, 8)] * 4), FRAME)
    assert len(placed) == 4
    assert len({p.position for p in placed.values()}) > 1


def test_labels_that_cannot_fit_are_dropped_lowest_priority_first():
    # Both labels can only go into the strip between the two points: one fits.
    frame = (0.0, 10.0, 60.0, 40.0)
    requests = [
        LabelRequest(1, 10, 28, (6, 24, 14, 32), 30, 10, priority=0.1),
        LabelRequest(2, 50, 28, (46, 24, 54, 32), 30, 10, priority=5.0),
    ]
    placed = place_labels(requests, frame, gap=1)
    assert list(placed) == [2]


def test_fixed_obstacles_such_as_the_north_arrow_stay_free():
    obstacle = (205, 100, 300, 146)
    placed = place_labels(_requests([(200, 150)], [(40, 10)]), FRAME, [obstacle])
    assert not overlaps(placed[0].box, obstacle)


def test_a_label_moves_off_a_route_line_when_it_can():
    # A route runs up and to the right from the point: the upper right is taken.
    line = (200.0, 150.0, 300.0, 50.0)
    placed = place_labels(_requests([(200, 150)], [(40, 10)]), FRAME, lines=[line])
    assert placed[0].position != 0
    from chumchon.maps.render.labels import _segment_hits_box

    assert not _segment_hits_box(line, placed[0].box)
