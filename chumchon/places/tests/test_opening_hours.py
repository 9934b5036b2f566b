import datetime as dt

from chumchon.places.models import OpeningException, OpeningHours


def test_weekly_hours_apply_on_ordinary_days(temple):
    monday_noon = dt.datetime(2026, 11, 30, 12, 0)
    assert temple.is_open_at(monday_noon)
    assert not temple.is_open_at(dt.datetime(2026, 11, 30, 7, 59))
    assert not temple.is_open_at(dt.datetime(2026, 11, 30, 17, 0))


def test_a_day_can_have_a_lunch_break(temple):
    temple.opening_hours.filter(weekday=0).delete()
    OpeningHours.objects.create(place=temple, weekday=0, opens=dt.time(8), closes=dt.time(12))
    OpeningHours.objects.create(place=temple, weekday=0, opens=dt.time(13), closes=dt.time(16))
    day = dt.date(2026, 11, 30)
    assert temple.hours_on(day) == [(dt.time(8), dt.time(12)), (dt.time(13), dt.time(16))]
    assert not temple.is_open_at(dt.datetime(2026, 11, 30, 12, 30))


def test_an_exception_closes_the_place_for_a_festival(temple):
    OpeningException.objects.create(
        place=temple, date=dt.date(2026, 11, 30), closed=True, reason_en="Festival"
    )
    assert temple.hours_on(dt.date(2026, 11, 30)) == []
    assert temple.hours_on(dt.date(2026, 12, 1)) == [(dt.time(8), dt.time(17))]


def test_an_exception_can_change_the_hours(temple):
    OpeningException.objects.create(
        place=temple, date=dt.date(2026, 12, 5), closed=False, opens=dt.time(6), closes=dt.time(9)
    )
    assert temple.is_open_at(dt.datetime(2026, 12, 5, 6, 30))
    assert not temple.is_open_at(dt.datetime(2026, 12, 5, 10, 0))


def test_always_open_places_are_open_at_night(temple):
    temple.always_open = True
    assert temple.is_open_at(dt.datetime(2026, 11, 30, 23, 0))
