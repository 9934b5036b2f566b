from chumchon.routing.toptw.search import TourPool


def test_the_pool_packs_the_best_set_of_tours_that_share_no_point():
    pool = TourPool(size=10)
    pool.add([1, 2, 3], 30)  # best alone, but it blocks both of the next two
    pool.add([3, 4], 20)
    pool.add([1, 5], 20)
    pool.add([6], 5)
    assert pool.pack(m=1, better_than=0, steps=1000) == [[1, 2, 3]]
    packed = pool.pack(m=2, better_than=0, steps=1000)
    assert sorted(map(sorted, packed)) == [[1, 5], [3, 4]]  # 40 beats 30 + 5
    packed = pool.pack(m=3, better_than=0, steps=1000)
    assert sorted(map(sorted, packed)) == [[1, 5], [3, 4], [6]]  # 45


def test_the_pool_answers_none_when_it_cannot_beat_the_best_score():
    pool = TourPool(size=10)
    pool.add([1, 2], 10)
    pool.add([3], 5)
    assert pool.pack(m=2, better_than=15, steps=1000) is None
    assert pool.pack(m=2, better_than=14, steps=1000) == [[1, 2], [3]]


def test_the_same_set_of_points_is_pooled_once():
    pool = TourPool(size=10)
    pool.add([1, 2], 10)
    pool.add([2, 1], 10)
    assert len(pool.tours) == 1
