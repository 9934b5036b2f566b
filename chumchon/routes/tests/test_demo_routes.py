import datetime as dt

import pytest
from django.utils import timezone
from django.utils.html import escape

from chumchon.bookings.services import Contact
from chumchon.routes.demo import load_demo_routes
from chumchon.routes.models import Route, RouteDay, RouteStop
from chumchon.routes.services import Party, book_route, route_timeline

pytestmark = pytest.mark.django_db


def test_the_two_day_tha_li_route_sleeps_at_the_homestay(demo):
    route = Route.objects.get(community__slug="tha-li", slug="two-days-on-the-heuang")
    assert route.is_published and not route.cross_border
    day1, day2 = route_timeline(route)
    assert day1.end.category == "homestay"
    assert day2.start == day1.end
    modes = {s.leg_mode for d in (day1, day2) for s in d.stops}
    assert {"walk", "bicycle", "boat"} <= modes
    assert all(not d.warnings or all(w.code == "closed" for w in d.warnings) for d in (day1, day2))
    assert day1.finish_minute <= 21 * 60 and day2.finish_minute <= 12 * 60 + 30


def test_the_cross_border_route_passes_the_friendship_bridge(demo):
    route = Route.objects.get(slug="across-the-heuang-to-bo-tan")
    assert route.cross_border
    [day] = route_timeline(route)
    categories = [s.category for s in day.stops]
    assert categories.index("border") < len(categories) - 1
    assert day.start.name.startswith("Tha Li") and "Bo Tan" in day.end.name
    drive = next(s for s in day.stops if s.leg_source == "override")
    assert drive.leg_minutes == 90


def test_the_demo_routes_can_be_booked(demo):
    first_day = timezone.localdate() + dt.timedelta(days=5)
    contact = Contact(name="Demo guest", email="guest@example.org")
    tha_li_route = Route.objects.get(slug="two-days-on-the-heuang")
    [booking] = book_route(tha_li_route, first_day, Party(adults=2), contact)
    assert booking.items.count() == 4
    border = Route.objects.get(slug="across-the-heuang-to-bo-tan")
    bookings = book_route(border, first_day, Party(adults=2), contact)
    assert [b.community.slug for b in bookings] == ["tha-li", "bo-tan"]


def test_loading_the_demo_routes_again_changes_nothing(demo):
    counts = (Route.objects.count(), RouteDay.objects.count(), RouteStop.objects.count())
    RouteStop.objects.filter(day__route__slug="two-days-on-the-heuang").update(stay_minutes=1)
    load_demo_routes()
    assert (Route.objects.count(), RouteDay.objects.count(), RouteStop.objects.count()) == counts
    assert not RouteStop.objects.filter(stay_minutes=1).exists()


@pytest.mark.parametrize("language", ["th", "lo", "en"])
def test_the_demo_route_pages_answer_in_each_language(client, demo, language):
    tha_li, _ = demo
    html = client.get(f"/{language}/c/tha-li/").content.decode()
    assert "/c/tha-li/routes/two-days-on-the-heuang/" in html
    for slug in ("two-days-on-the-heuang", "across-the-heuang-to-bo-tan"):
        response = client.get(f"/{language}/c/tha-li/routes/{slug}/")
        assert response.status_code == 200
        story = getattr(Route.objects.get(slug=slug), f"story_{language}")
        assert escape(story[:30]) in response.content.decode()
