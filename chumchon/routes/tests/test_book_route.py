"""Booking a route as one package, through hold_places and its rules."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.bookings.models import Booking, BookingItem
from chumchon.bookings.services import Contact
from chumchon.bookings.tests.conftest import make_slot, refused
from chumchon.catalog.models import Offering, PriceTier
from chumchon.routes.models import RouteDay, RouteStop
from chumchon.routes.services import Party, book_route
from chumchon.routes.tests.conftest import make_place

pytestmark = pytest.mark.django_db

DAYS_AHEAD = 3


@pytest.fixture
def first_day():
    return timezone.localdate() + dt.timedelta(days=DAYS_AHEAD)


@pytest.fixture
def contact():
    return Contact(name="Anna Tourist", email="anna@example.org", language="en")


def offering(community, slug, kind, place, amount, **extra):
    o = Offering.objects.create(
        community=community, kind=kind, slug=slug, title_en=slug.title(), place=place, **extra
    )
    PriceTier.objects.create(offering=o, kind="adult", amount=Decimal(amount))
    return o


@pytest.fixture
def package(route, tha_li, market, river, homestay):
    """River day with a market tour at 08:20, a boat trip at 09:28 and a homestay night."""
    tour = offering(tha_li, "market-tour", "activity", market, "200", duration_minutes=60)
    trip = offering(tha_li, "boat-trip", "activity", river, "300", duration_minutes=30)
    room = offering(tha_li, "room", "homestay", homestay, "500", capacity=2)
    RouteStop.objects.filter(place=market).update(offering=tour)
    RouteStop.objects.filter(place=river).update(offering=trip)
    day = route.days.get()
    RouteStop.objects.create(day=day, position=3, offering=room, mode="walk", stay_minutes=30)
    slots = {
        "tour": make_slot(tour, days=DAYS_AHEAD, hour=8, capacity=6, hours=1),
        "tour-later": make_slot(tour, days=DAYS_AHEAD, hour=15, capacity=6, hours=1),
        "trip": make_slot(trip, days=DAYS_AHEAD, hour=10, capacity=6, hours=1),
        "room": make_slot(room, days=DAYS_AHEAD, hour=14, capacity=2, hours=20),
    }
    return route, slots


def test_a_booked_route_holds_all_its_offerings_in_one_booking(package, first_day, contact):
    route, slots = package
    [booking] = book_route(route, first_day, Party(adults=3), contact)
    items = {item.slot_id: item for item in booking.items.all()}
    # The tour nearest 08:20 (not the 15:00 one), the trip, and rooms for three.
    assert set(items) == {slots["tour"].pk, slots["trip"].pk, slots["room"].pk}
    assert items[slots["room"].pk].units == 2  # two rooms of two for three guests
    assert booking.total == Decimal(3 * 200 + 3 * 300 + 3 * 500)
    assert booking.status == "pending_payment" and booking.expires_at > timezone.now()
    assert "River day" in booking.notes


def test_sold_out_holds_nothing(package, first_day, contact):
    route, slots = package
    slots["trip"].capacity = 2
    slots["trip"].save()
    with refused("sold_out") as err:
        book_route(route, first_day, Party(adults=3), contact)
    assert "Boat-Trip" in str(err.value.message)
    assert Booking.objects.count() == 0 and BookingItem.objects.count() == 0


def test_a_missing_slot_is_named_and_holds_nothing(package, first_day, contact):
    route, slots = package
    slots["room"].delete()
    with refused("slot_not_found") as err:
        book_route(route, first_day, Party(adults=2), contact)
    assert "Room" in str(err.value.message)
    assert Booking.objects.count() == 0


def test_a_departure_far_from_the_routes_time_is_not_the_one(package, first_day, contact):
    route, slots = package
    slots["tour"].delete()  # only the 15:00 tour is left, hours after the route passes
    with refused("slot_not_found"):
        book_route(route, first_day, Party(adults=2), contact)


def test_a_day_in_the_past_is_refused(package, contact):
    route, _ = package
    with refused("slot_not_found"):
        book_route(route, timezone.localdate() - dt.timedelta(days=1), Party(adults=2), contact)


def test_a_cross_border_route_books_each_communitys_part_together(
    package, first_day, contact, bo_tan
):
    route, slots = package
    lao_place = make_place(bo_tan, "lao-hall", "17.627000", category="meeting")
    dinner = offering(bo_tan, "lao-dinner", "meal", lao_place, "60000", duration_minutes=60)
    day = route.days.get()
    RouteStop.objects.create(
        day=day, position=4, offering=dinner, mode="car", arrive_at=dt.time(18)
    )
    dinner_slot = make_slot(dinner, days=DAYS_AHEAD, hour=18, capacity=4, hours=1)
    bookings = book_route(route, first_day, Party(adults=2), contact)
    assert [b.community.slug for b in bookings] == ["t-tha-li", "t-bo-tan"]
    assert [item.slot_id for item in bookings[1].items.all()] == [dinner_slot.pk]
    assert bookings[1].currency_id == "LAK" and bookings[1].total == Decimal("120000")


def test_when_one_communitys_part_fails_no_part_is_held(package, first_day, contact, bo_tan):
    route, _ = package
    lao_place = make_place(bo_tan, "lao-hall", "17.627000", category="meeting")
    dinner = offering(bo_tan, "lao-dinner", "meal", lao_place, "60000", duration_minutes=60)
    RouteStop.objects.create(
        day=route.days.get(), position=4, offering=dinner, mode="car", arrive_at=dt.time(18)
    )
    make_slot(dinner, days=DAYS_AHEAD, hour=18, capacity=1, hours=1)
    with refused("sold_out"):
        book_route(route, first_day, Party(adults=2), contact)
    assert Booking.objects.count() == 0  # Tha Li's part, held first, was rolled back


def test_the_route_page_books_and_redirects_to_the_booking(client, package, first_day):
    route, _ = package
    response = client.post(
        f"/en/c/t-tha-li/routes/{route.slug}/",
        {
            "first_day": first_day.isoformat(),
            "adults": "2",
            "children": "0",
            "name": "Anna",
            "email": "anna@example.org",
            "language": "th",
            "dietary_needs": "no pork",
        },
    )
    booking = Booking.objects.get()
    assert response.status_code == 302 and response["Location"] == booking.get_absolute_url()
    assert (booking.language, booking.dietary_needs) == ("th", "no pork")
    assert booking.items.count() == 3


def test_the_route_page_explains_a_refusal_in_the_visitors_language(client, package, first_day):
    route, slots = package
    slots["trip"].capacity = 1
    slots["trip"].save()
    data = {
        "first_day": first_day.isoformat(),
        "adults": "2",
        "name": "A",
        "phone": "0812345678",
        "language": "th",
    }
    response = client.post(f"/th/c/t-tha-li/routes/{route.slug}/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Boat-Trip" in html and "Not enough places are left." not in html
    assert Booking.objects.count() == 0


def test_the_booking_form_needs_a_way_to_reach_the_guest(client, package, first_day):
    route, _ = package
    response = client.post(
        f"/en/c/t-tha-li/routes/{route.slug}/",
        {"first_day": first_day.isoformat(), "adults": "2", "name": "A", "language": "en"},
    )
    assert "Give a phone number or an e-mail address." in response.content.decode()
    assert Booking.objects.count() == 0


def test_a_two_booking_route_shows_both_links(client, package, first_day, bo_tan):
    route, _ = package
    lao_place = make_place(bo_tan, "lao-hall", "17.627000", category="meeting")
    dinner = offering(bo_tan, "lao-dinner", "meal", lao_place, "60000", duration_minutes=60)
    RouteStop.objects.create(
        day=route.days.get(), position=4, offering=dinner, mode="car", arrive_at=dt.time(18)
    )
    make_slot(dinner, days=DAYS_AHEAD, hour=18, capacity=4, hours=1)
    response = client.post(
        f"/en/c/t-tha-li/routes/{route.slug}/",
        {
            "first_day": first_day.isoformat(),
            "adults": "2",
            "name": "A",
            "email": "a@example.org",
            "language": "en",
        },
        follow=True,
    )
    html = response.content.decode()
    for booking in Booking.objects.all():
        assert booking.get_absolute_url() in html
    assert Booking.objects.count() == 2


def test_another_visitor_does_not_see_those_links(client, package):
    route, _ = package
    response = client.get(f"/en/c/t-tha-li/routes/{route.slug}/booked/")
    assert response.status_code == 302


def test_a_homestay_booked_on_day_two_is_that_nights(route, tha_li, homestay, first_day, contact):
    room = offering(tha_li, "room", "homestay", homestay, "500", capacity=2)
    day2 = RouteDay.objects.create(
        route=route, number=2, starts_at=dt.time(8), ends_at=dt.time(20), start_place=homestay
    )
    RouteStop.objects.create(day=day2, position=1, offering=room, mode="walk")
    make_slot(room, days=DAYS_AHEAD, hour=14, capacity=2, hours=20)
    second_night = make_slot(room, days=DAYS_AHEAD + 1, hour=14, capacity=2, hours=20)
    [booking] = book_route(route, first_day, Party(adults=2), contact)
    assert [item.slot_id for item in booking.items.all()] == [second_night.pk]


def test_checking_a_date_shows_what_is_free_and_holds_nothing(client, package, first_day):
    route, slots = package
    slots["trip"].capacity = 2
    slots["trip"].save()
    response = client.get(
        f"/en/c/t-tha-li/routes/{route.slug}/", {"date": first_day.isoformat(), "adults": "3"}
    )
    html = response.content.decode()
    assert 'data-code="sold_out"' in html and "Not enough places are left." in html
    assert html.count('class="ok"') == 2  # the tour and the room
    assert f'value="{first_day.isoformat()}"' in html  # the booking form starts from it
    assert Booking.objects.count() == 0


def test_check_package_counts_rooms_for_a_homestay(package, first_day):
    from chumchon.routes.services import check_package

    route, slots = package
    checks = {c.line.stop.name: c for c in check_package(route, first_day, Party(adults=5))}
    assert (checks["Room"].line.units, checks["Room"].code) == (3, "sold_out")  # 2 rooms left
    assert (checks["Market-Tour"].remaining, checks["Market-Tour"].ok) == (6, True)


def test_a_route_with_nothing_to_book_is_refused(route, first_day, contact):
    with refused("no_items"):
        book_route(route, first_day, Party(adults=2), contact)


def test_products_on_a_route_are_bought_on_the_spot_not_booked(
    package, first_day, contact, tha_li, market
):
    route, _ = package
    basket = offering(tha_li, "basket", "product", market, "120", stock=5)
    RouteStop.objects.create(day=route.days.get(), position=5, offering=basket, mode="walk")
    [booking] = book_route(route, first_day, Party(adults=1), contact)
    assert basket.pk not in booking.items.values_list("offering_id", flat=True)
    assert booking.items.count() == 3


def test_a_routes_own_community_comes_first_whatever_order_the_parts_are_held_in(
    route, tha_li, bo_tan, market, first_day, contact
):
    from chumchon.routes.models import Route

    lao_place = make_place(bo_tan, "lao-hall", "17.627000", category="meeting")
    dinner = offering(bo_tan, "lao-dinner", "meal", lao_place, "60000", duration_minutes=60)
    tour = offering(tha_li, "market-tour", "activity", market, "200", duration_minutes=60)
    Route.objects.filter(pk=route.pk).update(community=bo_tan)  # Bo Tan's route into Tha Li
    route.refresh_from_db()
    day = route.days.get()
    RouteStop.objects.filter(place=market).update(offering=tour)
    RouteStop.objects.create(
        day=day, position=3, offering=dinner, mode="car", arrive_at=dt.time(18)
    )
    make_slot(tour, days=DAYS_AHEAD, hour=8, capacity=6, hours=1)
    make_slot(dinner, days=DAYS_AHEAD, hour=18, capacity=6, hours=1)
    bookings = book_route(route, first_day, Party(adults=2), contact)
    assert [b.community.slug for b in bookings] == ["t-bo-tan", "t-tha-li"]
    assert bookings[1].pk < bookings[0].pk  # Tha Li's part (the lower id) was held first


def test_checking_a_date_prices_the_package_like_the_hold(client, package, first_day, contact):
    from chumchon.routes.services import check_package, package_totals

    route, _ = package
    checks = check_package(route, first_day, Party(adults=3))
    [total] = package_totals(checks)
    assert (total.amount, total.currency) == (Decimal(3 * 200 + 3 * 300 + 3 * 500), "THB")
    [booking] = book_route(route, first_day, Party(adults=3), contact)
    assert booking.total == total.amount
    html = client.get(
        f"/en/c/t-tha-li/routes/{route.slug}/", {"date": first_day.isoformat(), "adults": "3"}
    ).content.decode()
    assert 'class="total"' in html and "3,000" in html
