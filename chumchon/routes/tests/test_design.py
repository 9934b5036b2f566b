import datetime as dt

import pytest

from chumchon.core.models import AuditEntry
from chumchon.routes import services
from chumchon.routes.models import Route, RouteStop
from chumchon.routes.services import RouteError
from chumchon.routes.tests.conftest import make_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(tha_li, thali_coordinator):
    return services.create_route(
        tha_li, by=thali_coordinator, slug="draft", title_en="Draft", title_th="ร่าง"
    )


def names(day):
    return [s.name for s in day.stops.order_by("position")]


def test_a_new_route_is_an_unpublished_draft_and_logged(draft, thali_coordinator):
    assert not draft.is_published and draft.created_by == thali_coordinator
    entry = AuditEntry.objects.get(action="route.created")
    assert entry.actor == thali_coordinator and entry.community == draft.community


def test_a_route_slug_is_unique_within_its_community(draft, tha_li, bo_tan, thali_coordinator):
    with pytest.raises(RouteError) as err:
        services.create_route(tha_li, by=thali_coordinator, slug="draft", title_en="Again")
    assert err.value.code == "slug_taken"
    services.create_route(bo_tan, by=None, slug="draft", title_en="Elsewhere")
    assert Route.objects.filter(slug="draft").count() == 2


def test_a_new_day_starts_where_the_day_before_ended(draft, homestay, market, thali_coordinator):
    first = services.add_day(
        draft,
        by=thali_coordinator,
        starts_at=dt.time(8),
        ends_at=dt.time(18),
        start_place=market,
        end_place=homestay,
    )
    second = services.add_day(
        draft, by=thali_coordinator, starts_at=dt.time(7), ends_at=dt.time(12)
    )
    assert (first.number, second.number) == (1, 2)
    assert second.start_place == homestay


def test_a_day_must_start_before_it_ends(draft, thali_coordinator):
    with pytest.raises(RouteError) as err:
        services.add_day(draft, by=thali_coordinator, starts_at=dt.time(12), ends_at=dt.time(9))
    assert err.value.code == "day_times"
    assert draft.days.count() == 0


def test_stops_are_appended_moved_and_removed_in_order(
    draft, market, river, homestay, thali_coordinator
):
    day = services.add_day(draft, by=thali_coordinator, starts_at=dt.time(8), ends_at=dt.time(18))
    a = services.add_stop(day, by=thali_coordinator, place=market, mode="walk")
    b = services.add_stop(day, by=thali_coordinator, place=river, mode="boat")
    c = services.add_stop(day, by=thali_coordinator, place=homestay, mode="bicycle")
    assert names(day) == ["Market", "River", "Homestay"]
    services.move_stop(c, -1, by=thali_coordinator)
    assert names(day) == ["Market", "Homestay", "River"]
    services.move_stop(a, -1, by=thali_coordinator)  # already first: nothing moves
    assert names(day) == ["Market", "Homestay", "River"]
    services.remove_stop(a, by=thali_coordinator)
    assert names(day) == ["Homestay", "River"]
    assert list(day.stops.order_by("position").values_list("position", flat=True)) == [1, 2]
    assert b.pk in day.stops.values_list("pk", flat=True)
    actions = list(AuditEntry.objects.values_list("action", flat=True).order_by("id"))
    assert actions.count("route.stop_added") == 3 and "route.stop_moved" in actions


def test_a_stop_needs_a_place_or_an_offering_with_one(draft, thali_coordinator, weaving):
    day = services.add_day(draft, by=thali_coordinator, starts_at=dt.time(8), ends_at=dt.time(18))
    with pytest.raises(RouteError) as err:
        services.add_stop(day, by=thali_coordinator, mode="walk")
    assert err.value.code == "no_place"
    weaving.place = None
    weaving.save()
    with pytest.raises(RouteError):
        services.add_stop(day, by=thali_coordinator, offering=weaving, mode="walk")
    assert RouteStop.objects.count() == 0


def test_removing_a_day_moves_the_later_days_up(draft, thali_coordinator):
    days = [
        services.add_day(draft, by=thali_coordinator, starts_at=dt.time(8), ends_at=dt.time(9))
        for _ in range(3)
    ]
    services.remove_day(days[0], by=thali_coordinator)
    assert list(draft.days.values_list("pk", "number")) == [(days[1].pk, 1), (days[2].pk, 2)]


def test_an_empty_route_cannot_be_published(draft, market, thali_coordinator):
    with pytest.raises(RouteError) as err:
        services.set_published(draft, True, by=thali_coordinator)
    assert err.value.code == "empty_route"
    day = services.add_day(draft, by=thali_coordinator, starts_at=dt.time(8), ends_at=dt.time(9))
    services.add_stop(day, by=thali_coordinator, place=market, mode="walk")
    services.set_published(draft, True, by=thali_coordinator)
    draft.refresh_from_db()
    assert draft.is_published
    assert AuditEntry.objects.filter(action="route.published").count() == 1


def test_a_route_with_stops_in_two_countries_crosses_the_border(
    draft, bo_tan, market, thali_coordinator
):
    day = services.add_day(draft, by=thali_coordinator, starts_at=dt.time(8), ends_at=dt.time(18))
    services.add_stop(day, by=thali_coordinator, place=market, mode="walk")
    draft.refresh_from_db()
    assert not draft.cross_border
    lao_market = make_place(bo_tan, "lao-market", "17.580000", category="market")
    stop = services.add_stop(day, by=thali_coordinator, place=lao_market, mode="car")
    draft.refresh_from_db()
    assert draft.cross_border
    services.remove_stop(stop, by=thali_coordinator)
    draft.refresh_from_db()
    assert not draft.cross_border


def test_a_stop_moves_to_another_day_and_goes_last_there(route, homestay, river, thali_coordinator):
    day1 = route.days.get()
    day2 = services.add_day(route, by=thali_coordinator, starts_at=dt.time(7), ends_at=dt.time(12))
    services.add_stop(day2, by=thali_coordinator, place=homestay, mode="walk")
    market_stop = day1.stops.get(place__slug="market")
    services.update_stop(market_stop, by=thali_coordinator, day=day2)
    assert names(day1) == ["River"]
    assert list(day1.stops.values_list("position", flat=True)) == [1]
    assert names(day2) == ["Homestay", "Market"]
    entry = AuditEntry.objects.filter(action="route.stop_changed").get()
    assert entry.data == {"day": 1, "changed": ["day"]}


def test_a_copy_is_a_draft_with_every_day_and_stop(route, thali_coordinator):
    copy = services.copy_route(route, by=thali_coordinator)
    again = services.copy_route(route, by=thali_coordinator)
    assert (copy.slug, again.slug) == ("river-day-copy", "river-day-copy-2")
    assert not copy.is_published and copy.title_th == route.title_th
    original = [
        (s.place_id, s.mode, s.position) for s in RouteStop.objects.filter(day__route=route)
    ]
    copied = [(s.place_id, s.mode, s.position) for s in RouteStop.objects.filter(day__route=copy)]
    assert copied == original and copy.days.get().end_place == route.days.get().end_place
    assert RouteStop.objects.filter(day__route=route).count() == 2  # the original is untouched
